#include "ChangeEmailForm.h"

#include "EmailAddressCheck.h"
#include "InlineMessage.h"
#include "PendingEmailChanges.h"
#include "SendCodeButton.h"
#include "ServiceError.h"
#include "VerificationIcon.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>

ChangeEmailForm::ChangeEmailForm(const BackendCapabilities &capabilities, const User &user,
                                 QWidget *parent)
    : QWidget(parent)
    , m_capabilities(capabilities)
    , m_user(user)
{
    auto *layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    buildUserSection(layout);
    buildInputs(layout);

    auto *afterChange = new QLabel(m_capabilities.afterChange, this);
    afterChange->setObjectName(QStringLiteral("afterChangeLabel"));
    afterChange->setWordWrap(true);
    afterChange->setTextFormat(Qt::PlainText);
    afterChange->setAccessibleName(tr("What happens after the change"));
    afterChange->setVisible(!m_capabilities.afterChange.isEmpty());
    layout->addRow(afterChange);

    showUser();
    revalidate();
}

void ChangeEmailForm::buildUserSection(QFormLayout *layout)
{
    const auto selectable = [this](const QString &name, const QString &accessibleName) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        // Mouse selection only, so the keyboard's tab order goes straight to the inputs.
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAccessibleName(accessibleName);
        return label;
    };
    m_userLabel = selectable(QStringLiteral("userLabel"), tr("User"));
    m_idLabel = selectable(QStringLiteral("userIdLabel"), tr("User ID"));
    m_organisationLabel = selectable(QStringLiteral("organisationLabel"), tr("Organisation"));
    m_currentEmailLabel = selectable(QStringLiteral("currentEmailLabel"), tr("Current email"));
    m_verificationIcon = new QLabel(this);
    m_verificationIcon->setObjectName(QStringLiteral("verificationIcon"));
    m_verificationLabel = selectable(QStringLiteral("verificationLabel"), tr("Verification"));
    // A warning, not a fact among the others: a second change sends a second link.
    m_pendingMessage = new InlineMessage(this);
    m_pendingMessage->setObjectName(QStringLiteral("pendingEmailMessage"));
    m_pendingMessage->setAccessibleName(tr("Pending address"));

    auto *state = new QHBoxLayout;
    state->addWidget(m_verificationIcon);
    state->addWidget(m_verificationLabel, 1);

    layout->addRow(tr("User:"), m_userLabel);
    layout->addRow(tr("ID:"), m_idLabel);
    layout->addRow(tr("Organisation:"), m_organisationLabel);
    layout->addRow(tr("Current email:"), m_currentEmailLabel);
    layout->addRow(QString(), state);
    layout->addRow(QString(), m_pendingMessage);
}

void ChangeEmailForm::buildInputs(QFormLayout *layout)
{
    const auto message = [this](const QString &name) {
        auto *widget = new InlineMessage(this);
        widget->setObjectName(name);
        return widget;
    };

    m_newEmail = new QLineEdit(this);
    m_newEmail->setObjectName(QStringLiteral("newEmailEdit"));
    m_newEmail->setAccessibleName(tr("New email"));
    m_newEmail->setPlaceholderText(tr("name@example.com"));
    m_newEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_newEmail->setMaxLength(320);
    m_newEmailMessage = message(QStringLiteral("newEmailMessage"));
    // Alt+N is the dialog's Next button.
    layout->addRow(tr("New &email:"), m_newEmail);
    layout->addRow(QString(), m_newEmailMessage);
    connect(m_newEmail, &QLineEdit::textEdited, this, [this] {
        m_fieldsWithServiceErrors.removeAll(RequestField::newEmail);
        revalidate();
        emit edited(RequestField::newEmail);
    });

    if (m_capabilities.needsPassword) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setAccessibleName(tr("The user's password"));
        m_password->setToolTip(tr("The service confirms the change with this user's own "
                                  "password. IdentityDesk does not store it."));
        m_passwordMessage = message(QStringLiteral("passwordMessage"));
        layout->addRow(tr("User's &password:"), m_password);
        layout->addRow(QString(), m_passwordMessage);
        connect(m_password, &QLineEdit::textEdited, this, [this] {
            m_fieldsWithServiceErrors.removeAll(RequestField::password);
            m_passwordMessage->clear();
            revalidate();
            emit edited(RequestField::password);
        });
    }

    if (m_capabilities.needsVerificationCode || m_capabilities.canRequestVerificationCode) {
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("codeEdit"));
        m_code->setAccessibleName(tr("Verification code"));
        m_code->setPlaceholderText(tr("From the mail sent to the new address"));
        m_code->setMaxLength(200);
        auto *row = new QHBoxLayout;
        row->addWidget(m_code, 1);
        if (m_capabilities.canRequestVerificationCode) {
            m_sendCode = new SendCodeButton(this);
            m_sendCode->setObjectName(QStringLiteral("sendCodeButton"));
            m_sendCode->setAutoDefault(false);
            row->addWidget(m_sendCode);
            connect(m_sendCode, &QPushButton::clicked, this,
                    [this] { emit sendCodeRequested(newEmail()); });
            connect(m_sendCode, &SendCodeButton::cooldownFinished, this,
                    &ChangeEmailForm::revalidate);
        }
        m_codeMessage = message(QStringLiteral("codeMessage"));
        m_codeStatus = message(QStringLiteral("codeStatus"));
        auto *codeLabel = new QLabel(tr("Verification &code:"), this);
        codeLabel->setBuddy(m_code);
        layout->addRow(codeLabel, row);
        layout->addRow(QString(), m_codeMessage);
        layout->addRow(QString(), m_codeStatus);
        connect(m_code, &QLineEdit::textEdited, this, [this] {
            m_fieldsWithServiceErrors.removeAll(RequestField::verificationCode);
            m_codeMessage->clear();
            revalidate();
            emit edited(RequestField::verificationCode);
        });
    }

    if (m_capabilities.canMarkVerified) {
        m_markVerified = new QCheckBox(tr("&Mark the new address as verified"), this);
        m_markVerified->setObjectName(QStringLiteral("markVerifiedCheck"));
        m_markVerified->setAccessibleName(tr("Mark the new address as verified"));
        m_markVerified->setToolTip(tr("Only when you know the address belongs to the user; "
                                      "otherwise the user gets a mail to verify it."));
        layout->addRow(QString(), m_markVerified);
        connect(m_markVerified, &QCheckBox::toggled, this, [this] { emit edited(QString()); });
    }
}

QString ChangeEmailForm::pendingWarning(const User &user)
{
    if (user.pendingEmail.isEmpty())
        return {};
    const QString secondLink = tr("Another change sends a second link; ask the user to open the "
                                  "first one instead.");
    if (!user.pendingSince.isValid())
        return tr("A change to %1 waits for confirmation at the current address.")
                   .arg(user.pendingEmail)
            + QLatin1Char(' ') + secondLink;
    return tr("A change to %1 has waited for confirmation at the current address for %2 "
              "(requested %3, as this computer's change journal says).")
               .arg(user.pendingEmail, PendingEmailChanges::ageText(user.pendingSince),
                    QLocale().toString(user.pendingSince.toLocalTime(), QLocale::ShortFormat))
        + QLatin1Char(' ') + secondLink;
}

void ChangeEmailForm::setUser(const User &user)
{
    m_user = user;
    showUser();
    revalidate();
}

void ChangeEmailForm::showUser()
{
    QString name = m_user.displayName.isEmpty() ? m_user.login : m_user.displayName;
    if (!m_user.login.isEmpty() && m_user.login != name)
        name = tr("%1 (%2)").arg(name, m_user.login);
    m_userLabel->setText(name);
    m_idLabel->setText(m_user.id);
    // The organisation by name where the backend knows it; its id stays one hover away.
    const QString organisation =
        m_user.organisationName.isEmpty() ? m_user.organisationId : m_user.organisationName;
    m_organisationLabel->setText(organisation);
    m_organisationLabel->setToolTip(m_user.organisationName.isEmpty() ? QString()
                                                                      : m_user.organisationId);
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_organisationLabel, !organisation.isEmpty());
    m_currentEmailLabel->setText(m_user.email.isEmpty() ? tr("(none)") : m_user.email);

    QString state = tr("verification state not reported by this service");
    if (m_user.verification == EmailVerification::Verified)
        state = tr("verified");
    else if (m_user.verification == EmailVerification::Unverified)
        state = tr("not verified");
    // The same tick, mark or question as in the users table, drawn sharp at any scale.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_verificationIcon->setPixmap(
        VerificationIcon::forState(m_user.verification).pixmap(size, size));
    m_verificationLabel->setText(state);
    if (m_user.pendingEmail.isEmpty())
        m_pendingMessage->clear();
    else
        m_pendingMessage->showMessage(InlineMessage::Level::Warning, pendingWarning(m_user));
    m_pendingMessage->setVisible(!m_user.pendingEmail.isEmpty());
}

EmailChangeRequest ChangeEmailForm::request() const
{
    EmailChangeRequest request;
    request.newEmail = newEmail();
    if (m_password)
        request.password = m_password->text(); // exactly as typed: spaces may belong to it
    if (m_code)
        request.verificationCode = m_code->text().trimmed();
    if (m_markVerified)
        request.markVerified = m_markVerified->isChecked();
    // The version the person is looking at: if the user changed since, the backend refuses
    // instead of overwriting (after "Reload user" this is the fresh version).
    if (m_capabilities.hasVersionCheck)
        request.expectedVersion = m_user.version;
    return request;
}

QString ChangeEmailForm::newEmail() const
{
    return m_newEmail->text().trimmed();
}

void ChangeEmailForm::revalidate()
{
    const EmailAddressCheck::Problem problem = EmailAddressCheck::check(newEmail(), m_user.email);
    const bool addressOk = problem == EmailAddressCheck::Problem::None;
    if (!m_fieldsWithServiceErrors.contains(RequestField::newEmail)) {
        m_newEmailMessage->showMessage(InlineMessage::Level::Warning,
                                       EmailAddressCheck::message(problem, m_user.email));
    }

    bool complete = addressOk;
    if (m_password && m_password->text().isEmpty())
        complete = false;
    if (m_code && m_capabilities.needsVerificationCode && m_code->text().trimmed().isEmpty())
        complete = false;

    if (m_sendCode)
        m_sendCode->setAvailable(addressOk);
    if (m_codeStatus && !m_codeSentTo.isEmpty()) {
        if (EmailAddressCheck::isSameAddress(newEmail(), m_codeSentTo)) {
            m_codeStatus->showMessage(InlineMessage::Level::Information,
                                      tr("A code was sent to %1.").arg(m_codeSentTo));
        } else {
            m_codeStatus->showMessage(InlineMessage::Level::Warning,
                                      tr("The code was sent to %1, not to this address; send a "
                                         "new code.")
                                          .arg(m_codeSentTo));
        }
    }

    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged(complete);
    }
}

InlineMessage *ChangeEmailForm::messageFor(const QString &field) const
{
    if (field == RequestField::newEmail)
        return m_newEmailMessage;
    if (field == RequestField::password)
        return m_passwordMessage;
    if (field == RequestField::verificationCode)
        return m_codeMessage;
    return nullptr;
}

QWidget *ChangeEmailForm::inputFor(const QString &field) const
{
    if (field == RequestField::newEmail)
        return m_newEmail;
    if (field == RequestField::password)
        return m_password;
    if (field == RequestField::verificationCode)
        return m_code;
    return nullptr;
}

bool ChangeEmailForm::showFieldError(const QString &field, const QString &message)
{
    InlineMessage *label = messageFor(field);
    if (!label)
        return false;
    label->showMessage(InlineMessage::Level::Error, message);
    if (!m_fieldsWithServiceErrors.contains(field))
        m_fieldsWithServiceErrors.append(field);
    return true;
}

QWidget *ChangeEmailForm::showFieldErrors(const QMap<QString, QString> &errors, bool *allPlaced)
{
    *allPlaced = true;
    // In the order of the inputs on screen, so focus goes to the topmost one in error.
    const QStringList order { RequestField::newEmail, RequestField::password,
                              RequestField::verificationCode };
    QWidget *first = nullptr;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (!showFieldError(it.key(), it.value()))
            *allPlaced = false;
    }
    for (const QString &field : order) {
        if (!first && errors.contains(field))
            first = inputFor(field);
    }
    return first;
}

void ChangeEmailForm::clearFieldErrors()
{
    m_fieldsWithServiceErrors.clear();
    if (m_passwordMessage)
        m_passwordMessage->clear();
    if (m_codeMessage)
        m_codeMessage->clear();
    revalidate(); // puts the live check's own message (if any) back beside the address
}

void ChangeEmailForm::setCodeSending()
{
    if (m_sendCode)
        m_sendCode->setSending(true);
}

void ChangeEmailForm::codeSent(const QString &address, const QString &message, int cooldownSeconds)
{
    m_codeSentTo = address;
    if (m_sendCode) {
        m_sendCode->setSending(false);
        m_sendCode->startCooldown(cooldownSeconds);
    }
    revalidate();
    if (m_codeStatus && !message.isEmpty())
        m_codeStatus->showMessage(InlineMessage::Level::Information, message);
    if (m_code)
        m_code->setFocus();
}

void ChangeEmailForm::codeRequestEnded(int cooldownSeconds)
{
    if (!m_sendCode)
        return;
    m_sendCode->setSending(false);
    m_sendCode->startCooldown(cooldownSeconds);
    revalidate();
}

void ChangeEmailForm::clearSecrets()
{
    if (m_password)
        m_password->clear();
    revalidate();
}

QWidget *ChangeEmailForm::firstInput() const
{
    return m_newEmail;
}

QWidget *ChangeEmailForm::lastInput() const
{
    if (m_markVerified)
        return m_markVerified;
    if (m_sendCode)
        return m_sendCode;
    if (m_code)
        return m_code;
    if (m_password)
        return m_password;
    return m_newEmail;
}
