#include "ProfileEditor.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "ProfileFieldText.h"
#include "ProfileFormRows.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

const QString ProfileEditor::secretField = QStringLiteral("secret");

namespace {

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout)
    , m_rows(std::make_unique<ProfileFormRows>(this, m_layout))
{
    // Spare height goes below the form, not between its rows.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = addLineEdit(ProfileField::name, "nameEdit", tr("Profile name"));
    m_name->setMaxLength(ConnectionProfile::maximumNameLength + 20);
    m_rows->add(ProfileField::name, m_name, tr("&Name:"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Backend API"));
    m_kind->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (BackendKind kind : ConnectionProfile::allKinds())
        m_kind->addItem(ConnectionProfile::kindDisplayName(kind),
                        ConnectionProfile::kindName(kind));
    m_rows->add(ProfileField::kind, m_kind, tr("&API:"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillAuthMethods(kind(), authMethod());
        updateVisibleFields();
        touch(ProfileField::kind);
    });

    m_baseUrl = addLineEdit(ProfileField::baseUrl, "baseUrlEdit", tr("Base URL"));
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_rows->add(ProfileField::baseUrl, m_baseUrl, tr("Base &URL:"));

    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(QStringLiteral("authMethodCombo"));
    m_authMethod->setAccessibleName(tr("Sign-in method"));
    m_authMethod->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_rows->add(ProfileField::authMethod, m_authMethod, tr("Sign-in &method:"));
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        touch(ProfileField::authMethod);
    });

    m_zitadelApi = new QComboBox(this);
    m_zitadelApi->setObjectName(QStringLiteral("zitadelApiCombo"));
    m_zitadelApi->setAccessibleName(tr("ZITADEL API version"));
    m_zitadelApi->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_zitadelApi->addItem(tr("User service v2 (current)"),
                          ConnectionProfile::zitadelApiName(ZitadelApiVersion::V2));
    m_zitadelApi->addItem(tr("Management v1 (legacy)"),
                          ConnectionProfile::zitadelApiName(ZitadelApiVersion::V1));
    m_rows->add(ProfileField::apiVersion, m_zitadelApi, tr("API &version:"));
    connect(m_zitadelApi, &QComboBox::currentIndexChanged, this,
            [this] { touch(ProfileField::apiVersion); });

    m_principal = addLineEdit(ProfileField::principal, "principalEdit", QString());
    m_rows->add(ProfileField::principal, m_principal, QString());
    m_organisation = addLineEdit(ProfileField::organisationId, "organisationEdit", QString());
    m_rows->add(ProfileField::organisationId, m_organisation, QString());
    m_account = addLineEdit(ProfileField::accountName, "accountEdit", tr("Huawei account name"));
    m_rows->add(ProfileField::accountName, m_account, tr("Huawei a&ccount:"));
    m_project = addLineEdit(ProfileField::projectName, "projectEdit", tr("Huawei project"));
    m_project->setPlaceholderText(QStringLiteral("ap-southeast-3"));
    m_rows->add(ProfileField::projectName, m_project, tr("Huawei &project:"));
    m_authUrl = addLineEdit(ProfileField::authUrl, "authUrlEdit", tr("Sign-in URL, optional"));
    m_authUrl->setPlaceholderText(tr("Optional; the base URL when empty"));
    m_rows->add(ProfileField::authUrl, m_authUrl, tr("Sign-&in URL:"));

    m_secret = addLineEdit(secretField, "secretEdit", QString());
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Kept in the system keyring, never in the profile file."));
    m_rows->add(secretField, m_secret, QString());

    // Optional and the same for every kind: a company CA or a TLS-inspecting proxy's.
    m_caFile = new FileChooser(tr("Choose the CA Certificates File"),
                               tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"), this);
    QLineEdit *caEdit = setUpLineEdit(m_caFile->lineEdit(), ProfileField::caCertificatesFile,
                                      "caFileEdit", tr("CA certificates file, optional"));
    caEdit->setPlaceholderText(tr("Optional; a PEM file trusted besides the system's"));
    m_caFile->browseButton()->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_caFile->browseButton()->setAccessibleName(tr("Browse for the CA certificates file"));
    connect(m_caFile, &FileChooser::chosen, this,
            [this] { touch(ProfileField::caCertificatesFile); });
    m_rows->add(ProfileField::caCertificatesFile, m_caFile, tr("CA certi&ficates:"))
        ->setBuddy(caEdit);

    m_otherProblems = new InlineMessage(this);
    m_otherProblems->setObjectName(QStringLiteral("otherProblemsMessage"));
    m_layout->addRow(m_otherProblems);

    startNew();
}

ProfileEditor::~ProfileEditor() = default;

QLineEdit *ProfileEditor::addLineEdit(const QString &field, const char *objectName,
                                      const QString &accessibleName)
{
    return setUpLineEdit(new QLineEdit(this), field, objectName, accessibleName);
}

QLineEdit *ProfileEditor::setUpLineEdit(QLineEdit *edit, const QString &field,
                                        const char *objectName, const QString &accessibleName)
{
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(2000);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { touch(field); });
    return edit;
}

void ProfileEditor::startNew()
{
    m_loading = true;
    m_isNew = true;
    m_originalName.clear();
    m_base = ConnectionSettings();
    m_secretEnvironmentVariable.clear();
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->clear();
    m_kind->setCurrentIndex(m_kind->findData(ConnectionProfile::kindName(m_base.kind)));
    fillAuthMethods(m_base.kind, m_base.authMethod);
    // A new ZITADEL profile speaks v2; v1 stays one choice away for older setups.
    m_zitadelApi->setCurrentIndex(m_zitadelApi->findData(
        ConnectionProfile::zitadelApiName(ConnectionProfile::defaultZitadelApi)));
    m_touched.clear();
    m_loading = false;
    updateVisibleFields();
}

void ProfileEditor::startEdit(const ConnectionProfile &profile)
{
    m_loading = true;
    m_isNew = false;
    m_originalName = profile.name;
    m_base = profile.settings;
    m_secretEnvironmentVariable = profile.secretEnvironmentVariable;
    const ConnectionSettings &s = profile.settings;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(m_kind->findData(ConnectionProfile::kindName(s.kind)));
    fillAuthMethods(s.kind, s.authMethod);
    m_zitadelApi->setCurrentIndex(
        m_zitadelApi->findData(ConnectionProfile::zitadelApiName(s.zitadelApi)));
    m_baseUrl->setText(s.baseUrl.toString());
    m_authUrl->setText(s.authUrl.toString());
    m_principal->setText(s.principal);
    m_organisation->setText(s.organisationId);
    m_account->setText(s.accountName);
    m_project->setText(s.projectName);
    m_caFile->lineEdit()->setText(s.caCertificatesFile);
    m_secret->clear();
    m_touched.clear();
    m_loading = false;
    updateVisibleFields();
}

void ProfileEditor::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    revalidate();
}

BackendKind ProfileEditor::kind() const
{
    return ConnectionProfile::parseKind(m_kind->currentData().toString())
        .value_or(BackendKind::GcoreIam);
}

AuthMethod ProfileEditor::authMethod() const
{
    return ConnectionProfile::parseAuthMethod(m_authMethod->currentData().toString())
        .value_or(AuthMethod::ApiKey);
}

void ProfileEditor::fillAuthMethods(BackendKind kind, AuthMethod preferred)
{
    const QList<AuthMethod> methods = ConnectionProfile::supportedAuthMethods(kind);
    m_authMethod->clear();
    for (AuthMethod method : methods)
        m_authMethod->addItem(ProfileFieldText::methodName(method),
                              ConnectionProfile::authMethodName(method));
    // Keep the method when the new kind accepts it, else take the kind's usual one.
    const int index = int(methods.indexOf(preferred));
    m_authMethod->setCurrentIndex(index >= 0 ? index : 0);
}

void ProfileEditor::updateVisibleFields()
{
    const BackendKind k = kind();
    const AuthMethod method = authMethod();
    const bool password = method == AuthMethod::Password;
    const bool huaweiLogin = k == BackendKind::CodeArtsRepo && password;

    m_rows->setShown(ProfileField::principal, password || method == AuthMethod::ClientCredentials);
    if (method == AuthMethod::ClientCredentials)
        m_rows->setLabel(ProfileField::principal, tr("Client &id:"));
    else if (k == BackendKind::CodeArtsRepo)
        m_rows->setLabel(ProfileField::principal, tr("IAM us&er name:")); // Alt+M: sign-in method
    else
        m_rows->setLabel(ProfileField::principal, tr("Login &email:"));

    m_rows->setShown(ProfileField::apiVersion, k == BackendKind::ZitadelManagement);
    m_rows->setShown(ProfileField::organisationId,
                     k == BackendKind::ZitadelManagement || k == BackendKind::Acronis);
    if (k == BackendKind::Acronis) {
        m_rows->setLabel(ProfileField::organisationId, tr("Acronis &tenant id:"));
        m_organisation->setPlaceholderText(QString());
    } else {
        m_rows->setLabel(ProfileField::organisationId, tr("ZITADEL &org id:"));
        m_organisation->setPlaceholderText(tr("Optional; the service account's own when empty"));
    }

    // Only a Huawei IAM password login fetches a token, possibly from another host.
    m_rows->setShown(ProfileField::accountName, huaweiLogin);
    m_rows->setShown(ProfileField::projectName, huaweiLogin);
    m_rows->setShown(ProfileField::authUrl, huaweiLogin);

    m_rows->setLabel(secretField, ProfileFieldText::secretLabel(method) + QLatin1Char(':'));
    m_secret->setPlaceholderText(m_isNew ? QString() : tr("Leave empty to keep the stored secret"));
    m_baseUrl->setPlaceholderText(ProfileFieldText::baseUrlExample(k));
    revalidate();
}

void ProfileEditor::updateSecretHint()
{
    // Only while editing: a form that merely shows a profile has nothing to keep or replace.
    m_secret->setPlaceholderText(
        isEnabled() && !m_isNew ? tr("Leave empty to keep the stored secret") : QString());
}

void ProfileEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        updateSecretHint();
}

void ProfileEditor::touch(const QString &field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    revalidate();
    emit edited();
}

ConnectionProfile ProfileEditor::profile() const
{
    const BackendKind k = kind();
    const AuthMethod method = authMethod();
    const bool huaweiLogin = k == BackendKind::CodeArtsRepo && method == AuthMethod::Password;
    const auto shownText = [](bool shown, const QLineEdit *edit) {
        return shown ? edit->text().trimmed() : QString();
    };

    ConnectionProfile profile;
    profile.name = m_name->text();
    profile.settings = m_base;
    profile.secretEnvironmentVariable = m_secretEnvironmentVariable;
    profile.settings.kind = k;
    profile.settings.authMethod = method;
    profile.settings.baseUrl = urlFrom(m_baseUrl);
    profile.settings.authUrl = huaweiLogin ? urlFrom(m_authUrl) : QUrl();
    profile.settings.principal = shownText(
        method == AuthMethod::Password || method == AuthMethod::ClientCredentials, m_principal);
    profile.settings.organisationId =
        shownText(k == BackendKind::ZitadelManagement || k == BackendKind::Acronis, m_organisation);
    profile.settings.accountName = shownText(huaweiLogin, m_account);
    profile.settings.projectName = shownText(huaweiLogin, m_project);
    profile.settings.caCertificatesFile = m_caFile->lineEdit()->text().trimmed();
    if (k == BackendKind::ZitadelManagement) {
        profile.settings.zitadelApi =
            ConnectionProfile::parseZitadelApi(m_zitadelApi->currentData().toString())
                .value_or(ConnectionProfile::defaultZitadelApi);
    }
    return profile;
}

QString ProfileEditor::secret() const
{
    return m_secret->text();
}

void ProfileEditor::clearSecret()
{
    m_secret->clear();
    revalidate();
}

QString ProfileEditor::messageFor(const QString &field) const
{
    return m_rows->messageFor(field);
}

QWidget *ProfileEditor::firstInput() const
{
    return m_name;
}

QList<QWidget *> ProfileEditor::inputs() const
{
    return { m_name,
             m_kind,
             m_baseUrl,
             m_authMethod,
             m_zitadelApi,
             m_principal,
             m_organisation,
             m_account,
             m_project,
             m_authUrl,
             m_secret,
             m_caFile->lineEdit(),
             m_caFile->browseButton() };
}

void ProfileEditor::revalidate()
{
    const bool wasValid = isValid();
    const ConnectionProfile current = profile();
    QList<ProfileProblem> problems = current.validate();
    m_settingsValid = problems.isEmpty();
    if (!current.name.isEmpty() && m_takenNames.contains(current.name))
        problems.append({ ProfileField::name,
                          tr("Another profile is already called \"%1\".").arg(current.name) });
    if (m_isNew && m_secret->text().isEmpty())
        problems.append(
            { secretField, ProfileFieldText::secretRequired(current.settings.authMethod) });
    m_problems = problems;

    // Beside each edited field its own problems; problems of a field the form does not show
    // (a timeout from a hand-edited file) go below the form, as they cannot be fixed here.
    QHash<QString, QStringList> byField;
    QStringList elsewhere;
    for (const ProfileProblem &problem : problems) {
        if (m_rows->isShown(problem.field))
            byField[problem.field].append(problem.message);
        else
            elsewhere.append(problem.message);
    }
    for (const QString &field : m_rows->fields()) {
        const bool show = m_touched.contains(field) || !m_isNew;
        m_rows->showMessage(field, show ? byField.value(field).join(QLatin1Char('\n')) : QString());
    }
    m_otherProblems->showMessage(InlineMessage::Level::Error, elsewhere.join(QLatin1Char('\n')));

    if (wasValid != isValid())
        emit validityChanged(isValid());
}
