#include "tst_secretcanaries_desktop.h"

#include "ChangeEmailDialog.h"
#include "ChangeJournal.h"
#include "DialogTestSupport.h"
#include "ErrorBanner.h"
#include "InlineMessage.h"
#include "ProfilesDialog.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStackedWidget>

using namespace DialogTest;

void TstSecretCanariesDesktop::initTestCase()
{
    if (qEnvironmentVariable("IDENTITYDESK_PRIVATE_KEYRING") != QLatin1String("1"))
        QSKIP("runs only inside tests/with-keyring.sh (a private keyring), never against yours");
    QVERIFY(!m_root.isEmpty());
    captureMessages();

    MockServerConfig config;
    config.users = 20;
    config.credentials = SecretCanaries::credentials();
    m_server = std::make_unique<MockServer>(config);
    QVERIFY(m_server->listen());
    m_canaries = std::make_unique<SecretCanaries>(config.credentials);

    // As app/desktop/main.cpp does: the profile file, QSettings and the journal at their
    // default places, which the private folders hold.
    QCOMPARE(ProfileStore::defaultFilePath().left(m_root.size()), m_root);
    QCOMPARE(ChangeJournal::defaultPath().left(m_root.size()), m_root);
    m_store = std::make_unique<ProfileStore>();
    QVERIFY(m_store->load());
    m_profiles = std::make_unique<ProfileListModel>(m_store.get());
    m_window = std::make_unique<MainWindow>(m_profiles.get(), &m_keyring, &m_session, &m_network);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstSecretCanariesDesktop::cleanup()
{
    if (!m_window)
        return;
    delete m_window->findChild<ProfilesDialog *>();
    delete m_window->userActions()->dialog();
}

void TstSecretCanariesDesktop::everySignInMethod_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("zitadelApi");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<Asks>("asks");
    QTest::addColumn<bool>("markVerified");
    QTest::addColumn<bool>("verifyAfterwards");
    /// A wrong password or code typed first: refused, and never written anywhere either.
    QTest::addColumn<QByteArray>("wrongSecret");

    if (!m_server)
        return;
    const MockCredentials &c = m_server->config().credentials;
    const QString gcore = QStringLiteral("gcore");
    const QString zitadel = QStringLiteral("zitadel");
    const QString v1 = QStringLiteral("v1");
    const QString v2 = QStringLiteral("v2");
    const QString clientCredentials = QStringLiteral("client-credentials");
    const QString pat = QStringLiteral("personal-access-token");
    const QString sessionToken = QStringLiteral("session-token");

    QTest::newRow("gcore-api-key")
        << gcore << QStringLiteral("api-key") << QString() << QString() << c.gcoreApiKey
        << Asks::Password << false << false << QByteArray("CanaryTypedWrongPassword-44aa01");
    // Signs in as the user whose address the row above changed.
    QTest::newRow("gcore-password")
        << gcore << QStringLiteral("password") << QString()
        << QStringLiteral("gcore-api-key.canary@example.com") << c.gcoreUserPassword
        << Asks::Password << false << false << QByteArray();
    QTest::newRow("zitadel-v2-pat") << zitadel << pat << v2 << QString() << c.zitadelPat
                                    << Asks::MarkVerified << true << false << QByteArray();
    QTest::newRow("zitadel-v2-client")
        << zitadel << clientCredentials << v2 << c.zitadelClientId << c.zitadelClientSecret
        << Asks::MarkVerified << false << true << QByteArray();
    QTest::newRow("zitadel-v1-pat") << zitadel << pat << v1 << QString() << c.zitadelPat
                                    << Asks::MarkVerified << true << false << QByteArray();
    QTest::newRow("zitadel-v1-client")
        << zitadel << clientCredentials << v1 << c.zitadelClientId << c.zitadelClientSecret
        << Asks::MarkVerified << false << false << QByteArray();
    QTest::newRow("zitadel-self-token")
        << QStringLiteral("zitadel-self") << sessionToken << QString() << QString()
        << c.zitadelSelfToken << Asks::Nothing << false << true
        << QByteArray("CanaryTypedWrongVerifyCode-5e0c3a");
    QTest::newRow("codearts-iam-password")
        << QStringLiteral("codearts") << QStringLiteral("password") << QString() << c.huaweiUser
        << c.huaweiPassword << Asks::MailedCode << false << false
        << QByteArray("CanaryTypedWrongCode-6d1e08");
    QTest::newRow("codearts-token")
        << QStringLiteral("codearts") << sessionToken << QString() << QString() << c.codeArtsToken
        << Asks::MailedCode << false << false << QByteArray();
    QTest::newRow("acronis-client")
        << QStringLiteral("acronis") << clientCredentials << QString() << c.acronisClientId
        << c.acronisClientSecret << Asks::Nothing << false << false << QByteArray();
}

void TstSecretCanariesDesktop::everySignInMethod()
{
    QFETCH(QString, kind);
    QFETCH(QString, method);
    QFETCH(QString, zitadelApi);
    QFETCH(QString, principal);
    QFETCH(QString, secret);
    QFETCH(Asks, asks);
    QFETCH(bool, markVerified);
    QFETCH(bool, verifyAfterwards);
    QFETCH(QByteArray, wrongSecret);
    const MockCredentials &c = m_server->config().credentials;
    const QString name = QString::fromLatin1(QTest::currentDataTag());

    ConnectionProfile profile;
    profile.name = name;
    profile.settings.kind = ConnectionProfile::parseKind(kind).value();
    profile.settings.authMethod = ConnectionProfile::parseAuthMethod(method).value();
    profile.settings.baseUrl = m_server->baseUrl();
    profile.settings.principal = principal;
    if (!zitadelApi.isEmpty())
        profile.settings.zitadelApi = ConnectionProfile::parseZitadelApi(zitadelApi).value();
    if (kind == QLatin1String("codearts")) {
        profile.settings.accountName = c.huaweiDomain;
        profile.settings.projectName = QStringLiteral("ap-southeast-3");
        if (method == QLatin1String("password"))
            profile.settings.authUrl = m_server->baseUrl();
    }
    if (kind == QLatin1String("acronis"))
        profile.settings.organisationId = acronisTenant();
    addProfileThroughTheDialog(profile, secret);
    m_typedSecrets.insert(name, secret);
    if (QTest::currentTestFailed())
        return;

    openProfile(name);
    if (QTest::currentTestFailed())
        return;
    // Unique per row, and known in advance for the Gcore password sign-in.
    const QString address = name + QStringLiteral(".canary@example.com");
    if (!wrongSecret.isEmpty())
        m_canaries->add(wrongSecret);
    selectUserOtherThan(principal);
    changeEmail(address, asks, markVerified, wrongSecret, verifyAfterwards);
    if (QTest::currentTestFailed())
        return;
    // Every code the mock mailed to the address is a secret too (ZITADEL v1 mails one that
    // this test does not type).
    for (const MockMail &mail : m_server->mailbox().messages(address)) {
        if (!m_mailedCodes.contains(mail.code.toUtf8()))
            m_mailedCodes.append(mail.code.toUtf8());
        m_canaries->add(mail.code.toUtf8());
    }
    QTRY_VERIFY_WITH_TIMEOUT(journalHasChange(name, address), 10000);
}

QString TstSecretCanariesDesktop::acronisTenant()
{
    const MockResponse tenants =
        m_server->handle(MockRequest("GET", QStringLiteral("/mock/acronis/tenants"), {}, {}, {}));
    return QJsonDocument::fromJson(tenants.body)
        .object()
        .value(QLatin1String("tenants"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

void TstSecretCanariesDesktop::addProfileThroughTheDialog(const ConnectionProfile &profile,
                                                          const QString &secret)
{
    QAction *manage = m_window->findChild<QAction *>(QStringLiteral("profilesAction"));
    QVERIFY(manage);
    manage->trigger();
    ProfilesDialog *dialog = m_window->findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy changed(dialog, &ProfilesDialog::profilesChanged);

    click(*dialog, "addButton");
    QVERIFY(dialog->isEditing());
    const ConnectionSettings &s = profile.settings;
    chooseData(*dialog, "kindCombo", ConnectionProfile::kindName(s.kind));
    chooseData(*dialog, "authMethodCombo", ConnectionProfile::authMethodName(s.authMethod));
    if (s.kind == BackendKind::ZitadelManagement)
        chooseData(*dialog, "zitadelApiCombo", ConnectionProfile::zitadelApiName(s.zitadelApi));
    typeInto(*dialog, "nameEdit", profile.name);
    typeInto(*dialog, "baseUrlEdit", s.baseUrl.toString());
    const std::pair<const char *, QString> optional[] = {
        { "principalEdit", s.principal },        { "organisationEdit", s.organisationId },
        { "accountEdit", s.accountName },        { "projectEdit", s.projectName },
        { "authUrlEdit", s.authUrl.toString() },
    };
    for (const auto &[edit, text] : optional) {
        if (!text.isEmpty())
            typeInto(*dialog, edit, text);
    }
    // "Test connection" first, with a wrong secret typed and then the right one: both go over
    // the wire with debug logging on, and neither may be written anywhere.
    const ErrorBanner *banner = child<ErrorBanner>(*dialog, "banner");
    QVERIFY(banner);
    const QByteArray wrong = "CanaryTypedWrongSecret-" + profile.name.toUtf8();
    m_canaries->add(wrong);
    typeInto(*dialog, "secretEdit", QString::fromUtf8(wrong));
    click(*dialog, "testButton");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && !shown(*dialog, "busyStatus"), 15000);
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    typeInto(*dialog, "secretEdit", secret);
    click(*dialog, "testButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        banner->level() == ErrorBanner::Level::Information && !shown(*dialog, "busyStatus"), 15000);
    // "Connected: N users" or, for an own-account API, "Connected as NAME".
    QVERIFY2(banner->headline().startsWith(u"Connected"), qPrintable(banner->headline()));

    click(*dialog, "saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QVERIFY(!dialog->isEditing());
    QVERIFY(m_store->find(profile.name).has_value());
    click(*dialog, "closeButton");
    QTRY_VERIFY(!m_window->findChild<ProfilesDialog *>());
}

void TstSecretCanariesDesktop::openProfile(const QString &name)
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    const int row = m_profiles->rowForName(name);
    QVERIFY2(row >= 0, qPrintable(name));
    QSignalSpy loaded(m_window.get(), &MainWindow::pageLoaded);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    if (combo->currentIndex() == row)
        m_window->reload(); // already open (the window chose it itself): load it again
    else
        combo->setCurrentIndex(row);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(m_window->userModel()->rowCount() > 0);
}

void TstSecretCanariesDesktop::selectUserOtherThan(const QString &signedIn)
{
    const UserFilterProxyModel *proxy = m_window->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        const User user = m_window->userModel()->userAt(proxy->mapToSource(index).row());
        if (signedIn.isEmpty() || user.email.compare(signedIn, Qt::CaseInsensitive) != 0) {
            m_window->tableView()->setCurrentIndex(index);
            return;
        }
    }
    QFAIL("no user to change");
}

void TstSecretCanariesDesktop::changeEmail(const QString &newEmail, Asks asks, bool markVerified,
                                           const QByteArray &wrongSecret, bool verifyAfterwards)
{
    const MockCredentials &c = m_server->config().credentials;
    m_window->userActions()->changeEmailAction()->trigger();
    ChangeEmailDialog *dialog = m_window->userActions()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy changed(dialog, &ChangeEmailDialog::emailChanged);
    QSignalSpy verified(dialog, &ChangeEmailDialog::emailVerified);
    QTest::keyClicks(child<QLineEdit>(*dialog, "newEmailEdit"), newEmail);

    // The secret the change asks for: typed wrong first where a row says so, then right.
    const auto tryChange = [&](const char *edit, const QString &value) {
        typeInto(*dialog, edit, value);
        click(*dialog, "nextButton");
        click(*dialog, "changeButton");
    };
    const auto refusedBeside = [&](const char *message) {
        QTRY_VERIFY_WITH_TIMEOUT(shown(*dialog, message), 15000);
        QCOMPARE(changed.size(), 0);
    };
    switch (asks) {
    case Asks::Password:
        QVERIFY(shown(*dialog, "passwordEdit"));
        if (!wrongSecret.isEmpty()) {
            tryChange("passwordEdit", QString::fromUtf8(wrongSecret));
            refusedBeside("passwordMessage");
        }
        tryChange("passwordEdit", c.gcoreUserPassword);
        break;
    case Asks::MailedCode: {
        QVERIFY(shown(*dialog, "codeEdit"));
        click(*dialog, "sendCodeButton");
        QTRY_VERIFY_WITH_TIMEOUT(shown(*dialog, "codeStatus"), 15000);
        QCOMPARE(m_server->mailbox().messages(newEmail).size(), 1);
        const QString code = mailedCode(newEmail);
        if (!wrongSecret.isEmpty()) {
            tryChange("codeEdit", QString::fromUtf8(wrongSecret));
            refusedBeside("codeMessage");
        }
        tryChange("codeEdit", code);
        break;
    }
    case Asks::MarkVerified:
    case Asks::Nothing:
        QCOMPARE(shown(*dialog, "markVerifiedCheck"), asks == Asks::MarkVerified);
        if (asks == Asks::MarkVerified)
            child<QCheckBox>(*dialog, "markVerifiedCheck")->setChecked(markVerified);
        click(*dialog, "nextButton");
        click(*dialog, "changeButton");
        break;
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);

    if (verifyAfterwards) {
        QCOMPARE(child<QStackedWidget>(*dialog, "stack")->currentWidget()->objectName(),
                 QStringLiteral("verifyPage"));
        const QString code = mailedCode(newEmail);
        QVERIFY(!code.isEmpty());
        if (!wrongSecret.isEmpty()) {
            typeInto(*dialog, "verifyCodeEdit", QString::fromUtf8(wrongSecret));
            click(*dialog, "verifyButton");
            QTRY_VERIFY_WITH_TIMEOUT(shown(*dialog, "verifyCodeMessage"), 15000);
            QVERIFY(verified.isEmpty());
        }
        typeInto(*dialog, "verifyCodeEdit", code);
        click(*dialog, "verifyButton");
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 15000);
    }
    QTRY_VERIFY(!m_window->userActions()->dialog());
}

QString TstSecretCanariesDesktop::mailedCode(const QString &address)
{
    const QList<MockMail> mails = m_server->mailbox().messages(address);
    if (mails.isEmpty())
        return {};
    m_mailedCodes.append(mails.first().code.toUtf8());
    m_canaries->add(mails.first().code.toUtf8());
    return mails.first().code;
}

bool TstSecretCanariesDesktop::journalHasChange(const QString &profile,
                                                const QString &newEmail) const
{
    ChangeJournal journal;
    if (!journal.open())
        return false;
    ChangeJournal::Filter filter;
    filter.profile = profile;
    const QStringList done { QStringLiteral("changed"), QStringLiteral("verification-mailed"),
                             QStringLiteral("awaiting-confirmation") };
    for (const JournalChange &change : journal.changes(filter)) {
        if (change.intent.newEmail == newEmail && done.contains(change.state()))
            return true;
    }
    return false;
}
