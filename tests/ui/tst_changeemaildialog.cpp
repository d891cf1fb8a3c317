// ChangeEmailDialog with the real backends of the demo profiles against the in-process mock
// server: which inputs each backend gets, the live address check, a successful change per
// backend, errors placed beside their input or in the banner with the input kept, cancelling,
// the "Send code" cooldown and the Acronis version conflict with its reload.
#include "BackendFactory.h"
#include "ChangeEmailDialog.h"
#include "DemoEnvironment.h"
#include "DialogTestSupport.h"
#include "ErrorBanner.h"
#include "InlineMessage.h"
#include "MockRequest.h"
#include "MockServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStackedWidget>

#include <memory>

using namespace DialogTest;

class tst_ChangeEmailDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void inputsFollowTheBackend_data();
    void inputsFollowTheBackend();
    void liveCheckDisablesNext_data();
    void liveCheckDisablesNext();

    void gcoreChangesWithThePassword();
    void keyboardOnlyChange();
    void zitadelMarksTheAddressVerified();
    void codeArtsChangesWithTheMailedCode();
    void zitadelSelfChangesThenVerifies();
    void acronisActivatedUserAwaitsConfirmation();

    void wrongPasswordShownBesideThePassword();
    void sameAddressShownBesideTheNewEmail();
    void wrongCodeShownBesideTheCode();
    void serverFailureShownInTheBanner();
    void cancelWhileRunningKeepsTheInput();
    void sendCodeCooldownCountsDown();
    void acronisConflictOffersReload();

private:
    std::unique_ptr<DemoEnvironment> startDemo(const MockServerConfig &config = {});
    std::unique_ptr<IdentityBackend> backend(const QString &profile,
                                             DemoEnvironment *demo = nullptr,
                                             QNetworkAccessManager *network = nullptr);
    /// A user of `profile` that no other test changes (own-account profiles: the account).
    User freshUser(const QString &profile, UserState state = UserState::Unknown);
    /// Types into the form and goes to the review page.
    void fillAndReview(ChangeEmailDialog &dialog, const QString &newEmail,
                       const QString &password = {});
    static QString uniqueAddress(const QString &tag);

    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    QHash<QString, QList<User>> m_users;
    QSet<QString> m_used;
    const MockCredentials m_credentials;
};

void tst_ChangeEmailDialog::initTestCase()
{
    m_demo = startDemo();
    QVERIFY(m_demo);
    for (const DemoProfile &profile : m_demo->profiles()) {
        auto b = backend(profile.name);
        const QList<User> users = firstPage(*b);
        QVERIFY2(!users.isEmpty(), qPrintable(profile.name));
        m_users.insert(profile.name, users);
    }
}

std::unique_ptr<DemoEnvironment> tst_ChangeEmailDialog::startDemo(const MockServerConfig &config)
{
    auto demo = std::make_unique<DemoEnvironment>(config);
    QSignalSpy ready(demo.get(), &DemoEnvironment::ready);
    demo->start();
    if (!ready.wait(10000) || !ready.first().first().toBool())
        return nullptr;
    return demo;
}

std::unique_ptr<IdentityBackend> tst_ChangeEmailDialog::backend(const QString &profile,
                                                                DemoEnvironment *demo,
                                                                QNetworkAccessManager *network)
{
    const std::optional<DemoProfile> found = (demo ? demo : m_demo.get())->profile(profile);
    if (!found)
        return nullptr;
    return std::unique_ptr<IdentityBackend>(
        BackendFactory::create(network ? network : &m_network, found->settings, found->secret));
}

User tst_ChangeEmailDialog::freshUser(const QString &profile, UserState state)
{
    const QList<User> users = m_users.value(profile);
    if (users.size() == 1)
        return users.first(); // own-account profiles: tests type distinct new addresses
    // The first user is only looked at (inputsFollowTheBackend), never changed.
    for (qsizetype i = 1; i < users.size(); ++i) {
        const User &user = users.at(i);
        const QString key = profile + QLatin1Char('/') + user.id;
        if (m_used.contains(key) || user.email.isEmpty()
            || (state != UserState::Unknown && user.state != state))
            continue;
        m_used.insert(key);
        return user;
    }
    qWarning("no unused %s user left", qPrintable(profile));
    return {};
}

QString tst_ChangeEmailDialog::uniqueAddress(const QString &tag)
{
    static int serial = 0;
    return QStringLiteral("%1.%2@example.org").arg(tag).arg(++serial);
}

void tst_ChangeEmailDialog::fillAndReview(ChangeEmailDialog &dialog, const QString &newEmail,
                                          const QString &password)
{
    QLineEdit *email = child<QLineEdit>(dialog, "newEmailEdit");
    QVERIFY(email);
    QTest::keyClicks(email, newEmail);
    if (!password.isEmpty()) {
        QLineEdit *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
        QVERIFY(passwordEdit);
        QTest::keyClicks(passwordEdit, password);
    }
    click(dialog, "nextButton");
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("reviewPage"));
}

void tst_ChangeEmailDialog::inputsFollowTheBackend_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("password");
    QTest::addColumn<bool>("code");
    QTest::addColumn<bool>("sendCode");
    QTest::addColumn<bool>("markVerified");
    QTest::addColumn<QString>("sentence"); // a phrase of the backend's afterChange

    QTest::newRow("Gcore: the user's password")
        << "gcore" << true << false << false << false << "password approves";
    QTest::newRow("ZITADEL management: mark as verified")
        << "zitadel" << false << false << false << true << "unless you mark it verified";
    QTest::newRow("ZITADEL self: nothing extra before")
        << "zitadel-self" << false << false << false << false << "mails a code";
    QTest::newRow("CodeArts: code and Send code")
        << "codearts" << false << true << true << false << "confirmed by the code";
    QTest::newRow("Acronis: nothing extra, version check invisible")
        << "acronis" << false << false << false << false << "confirmation link";
}

void tst_ChangeEmailDialog::inputsFollowTheBackend()
{
    QFETCH(QString, profile);
    QFETCH(bool, password);
    QFETCH(bool, code);
    QFETCH(bool, sendCode);
    QFETCH(bool, markVerified);
    QFETCH(QString, sentence);

    auto b = backend(profile);
    const User user = m_users.value(profile).first();
    ChangeEmailDialog dialog(b.get(), user);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(shown(dialog, "newEmailEdit"));
    QCOMPARE(shown(dialog, "passwordEdit"), password);
    QCOMPARE(shown(dialog, "codeEdit"), code);
    QCOMPARE(shown(dialog, "sendCodeButton"), sendCode);
    QCOMPARE(shown(dialog, "markVerifiedCheck"), markVerified);
    if (password)
        QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);

    const QLabel *afterChange = child<QLabel>(dialog, "afterChangeLabel");
    QVERIFY(afterChange && afterChange->isVisible());
    QCOMPARE(afterChange->text(), b->capabilities().afterChange);
    QVERIFY2(afterChange->text().contains(sentence), qPrintable(afterChange->text()));

    // Who and what is changed: name, id, current address and its state in words.
    QVERIFY(child<QLabel>(dialog, "userLabel")->text().size() > 0);
    QCOMPARE(child<QLabel>(dialog, "userIdLabel")->text(), user.id);
    QCOMPARE(child<QLabel>(dialog, "currentEmailLabel")->text(), user.email);
    const QString state = child<QLabel>(dialog, "verificationLabel")->text();
    QVERIFY(!child<QLabel>(dialog, "verificationIcon")->pixmap().isNull());
    switch (user.verification) {
    case EmailVerification::Verified:
        QCOMPARE(state, QStringLiteral("verified"));
        break;
    case EmailVerification::Unverified:
        QCOMPARE(state, QStringLiteral("not verified"));
        break;
    case EmailVerification::Unknown:
        QVERIFY(state.contains(QStringLiteral("not reported")));
        break;
    }
    QVERIFY(!child<QPushButton>(dialog, "nextButton")->isEnabled());
    screenshot(dialog, QStringLiteral("form-") + profile);
}

void tst_ChangeEmailDialog::liveCheckDisablesNext_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("explanation");
    const QString current = m_users.value(QStringLiteral("zitadel")).first().email;
    const QString syntax = QStringLiteral("name@example.com");
    const QString same = QStringLiteral("current address");
    QTest::newRow("no at sign") << "ada.example.org" << syntax;
    QTest::newRow("two at signs") << "ada@@example.org" << syntax;
    QTest::newRow("space inside") << "ada lovelace@example.org" << syntax;
    QTest::newRow("no dot in the domain") << "ada@example" << syntax;
    QTest::newRow("empty domain label") << "ada@example..org" << syntax;
    QTest::newRow("same as current") << current << same;
    QTest::newRow("same with a capitalised domain") << current.section(QLatin1Char('@'), 0, 0)
            + QLatin1Char('@') + current.section(QLatin1Char('@'), 1).toUpper()
                                                    << same;
}

void tst_ChangeEmailDialog::liveCheckDisablesNext()
{
    QFETCH(QString, typed);
    QFETCH(QString, explanation);
    auto b = backend(QStringLiteral("zitadel"));
    ChangeEmailDialog dialog(b.get(), m_users.value(QStringLiteral("zitadel")).first());
    dialog.show();
    QLineEdit *email = child<QLineEdit>(dialog, "newEmailEdit");
    QPushButton *next = child<QPushButton>(dialog, "nextButton");
    const InlineMessage *message = child<InlineMessage>(dialog, "newEmailMessage");

    QTest::keyClicks(email, typed);
    QVERIFY(!next->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(explanation), qPrintable(message->text()));
    QCOMPARE(message->level(), InlineMessage::Level::Warning);
    // Enter does not skip the check either.
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    if (QTest::currentDataTag() == QByteArray("no at sign"))
        screenshot(dialog, QStringLiteral("form-invalid-address"));

    email->selectAll();
    QTest::keyClicks(email, uniqueAddress(QStringLiteral("valid")));
    QVERIFY(next->isEnabled());
    QVERIFY(!message->isVisible());
}

void tst_ChangeEmailDialog::gcoreChangesWithThePassword()
{
    auto b = backend(QStringLiteral("gcore"));
    const User user = freshUser(QStringLiteral("gcore"));
    const QString newEmail = uniqueAddress(QStringLiteral("gcore"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();

    fillAndReview(dialog, newEmail, m_credentials.gcoreUserPassword);
    const QString review = child<QLabel>(dialog, "reviewText")->text();
    QVERIFY2(review.contains(user.email) && review.contains(newEmail), qPrintable(review));
    QVERIFY(child<QLabel>(dialog, "reviewDetails")->text().contains(b->capabilities().afterChange));
    screenshot(dialog, QStringLiteral("review-gcore"));

    click(dialog, "changeButton");
    QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "newEmailEdit")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    const auto outcome = changed.first().first().value<EmailChangeOutcome>();
    QCOMPARE(outcome.kind, EmailChangeOutcome::Kind::ChangedNow);
    QCOMPARE(changed.first().at(1).toString(), newEmail);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.resultSummary(), outcome.summary(newEmail));
    // The password does not outlive the dialog's use.
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());

    const auto after = wait<User>(b->user(user.id), [](UserJob *job) { return job->user(); });
    QVERIFY(after);
    QCOMPARE(after->email, newEmail);
}

void tst_ChangeEmailDialog::keyboardOnlyChange()
{
    // Typing, Tab, Space and Enter are enough: the address first, then each input in order,
    // Enter for Next and again for "Change email".
    auto b = backend(QStringLiteral("zitadel"));
    ChangeEmailDialog dialog(b.get(), freshUser(QStringLiteral("zitadel")));
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "newEmailEdit"));
    QTest::keyClicks(QApplication::focusWidget(), uniqueAddress(QStringLiteral("keyboard")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "markVerifiedCheck"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(child<QCheckBox>(dialog, "markVerifiedCheck")->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "closeButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "nextButton"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("reviewPage"));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "changeButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
}

void tst_ChangeEmailDialog::zitadelMarksTheAddressVerified()
{
    auto b = backend(QStringLiteral("zitadel"));
    const User user = freshUser(QStringLiteral("zitadel"));
    const QString newEmail = uniqueAddress(QStringLiteral("zitadel"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "newEmailEdit"), newEmail);
    child<QCheckBox>(dialog, "markVerifiedCheck")->setChecked(true);
    click(dialog, "nextButton");
    QVERIFY(child<QLabel>(dialog, "reviewDetails")->text().contains(QStringLiteral("verified")));
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto after = wait<User>(b->user(user.id), [](UserJob *job) { return job->user(); });
    QVERIFY(after);
    QCOMPARE(after->email, newEmail);
    QCOMPARE(after->verification, EmailVerification::Verified);
}

void tst_ChangeEmailDialog::codeArtsChangesWithTheMailedCode()
{
    auto b = backend(QStringLiteral("codearts"));
    const User user = freshUser(QStringLiteral("codearts"));
    const QString newEmail = uniqueAddress(QStringLiteral("codearts"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();

    QTest::keyClicks(child<QLineEdit>(dialog, "newEmailEdit"), newEmail);
    QVERIFY(!child<QPushButton>(dialog, "nextButton")->isEnabled()); // the code is missing
    click(dialog, "sendCodeButton");
    const InlineMessage *status = child<InlineMessage>(dialog, "codeStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 15000);
    QVERIFY2(status->text().contains(newEmail), qPrintable(status->text()));
    const QList<MockMail> mails = m_demo->server()->mailbox().messages(newEmail);
    QCOMPARE(mails.size(), 1);

    QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), mails.first().code);
    click(dialog, "nextButton");
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(changed.first().first().value<EmailChangeOutcome>().kind,
             EmailChangeOutcome::Kind::ChangedNow);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_ChangeEmailDialog::zitadelSelfChangesThenVerifies()
{
    auto b = backend(QStringLiteral("zitadel-self"));
    const User user = freshUser(QStringLiteral("zitadel-self"));
    const QString newEmail = uniqueAddress(QStringLiteral("self"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    QSignalSpy verified(&dialog, &ChangeEmailDialog::emailVerified);
    dialog.show();

    fillAndReview(dialog, newEmail);
    click(dialog, "changeButton");
    // The change is reported at once; the dialog stays open for the code.
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(changed.first().first().value<EmailChangeOutcome>().kind,
             EmailChangeOutcome::Kind::VerificationMailSent);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("verifyPage"));
    QVERIFY(shown(dialog, "laterButton"));
    screenshot(dialog, QStringLiteral("verify-zitadel-self"));

    const QList<MockMail> mails = m_demo->server()->mailbox().messages(newEmail);
    QVERIFY(!mails.isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "verifyCodeEdit"), mails.first().code);
    click(dialog, "verifyButton");
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 15000);
    QCOMPARE(verified.first().first().toString(), newEmail);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto after = wait<User>(b->user(user.id), [](UserJob *job) { return job->user(); });
    QVERIFY(after);
    QCOMPARE(after->email, newEmail);
    QCOMPARE(after->verification, EmailVerification::Verified);
}

void tst_ChangeEmailDialog::acronisActivatedUserAwaitsConfirmation()
{
    auto b = backend(QStringLiteral("acronis"));
    const User user = freshUser(QStringLiteral("acronis"), UserState::Active);
    QVERIFY(!user.id.isEmpty());
    const QString newEmail = uniqueAddress(QStringLiteral("acronis"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    fillAndReview(dialog, newEmail);
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    const auto outcome = changed.first().first().value<EmailChangeOutcome>();
    QCOMPARE(outcome.kind, EmailChangeOutcome::Kind::AwaitingConfirmationAtOldAddress);
    QVERIFY(dialog.resultSummary().contains(QStringLiteral("current address")));
    QCOMPARE(dialog.user().pendingEmail, newEmail);
}

void tst_ChangeEmailDialog::wrongPasswordShownBesideThePassword()
{
    auto b = backend(QStringLiteral("gcore"));
    const User user = freshUser(QStringLiteral("gcore"));
    const QString newEmail = uniqueAddress(QStringLiteral("wrongpw"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    fillAndReview(dialog, newEmail, QStringLiteral("not-the-password"));
    click(dialog, "changeButton");

    const InlineMessage *message = child<InlineMessage>(dialog, "passwordMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 15000);
    QCOMPARE(message->level(), InlineMessage::Level::Error);
    QVERIFY2(message->text().contains(QStringLiteral("assword")), qPrintable(message->text()));
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    QVERIFY(!shown(dialog, "errorBanner"));
    QVERIFY(!child<InlineMessage>(dialog, "newEmailMessage")->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), newEmail);
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), QStringLiteral("not-the-password"));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "passwordEdit"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(changed.size(), 0);
    screenshot(dialog, QStringLiteral("error-wrong-password"));

    // Editing the password takes its message away; a second try with the right one works.
    QLineEdit *password = child<QLineEdit>(dialog, "passwordEdit");
    password->clear();
    QTest::keyClicks(password, m_credentials.gcoreUserPassword);
    QVERIFY(!message->isVisible());
    click(dialog, "nextButton");
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
}

void tst_ChangeEmailDialog::sameAddressShownBesideTheNewEmail()
{
    // Capitals before the "@" pass the dialog's own check (that part may be case-sensitive);
    // Gcore compares addresses case-insensitively and answers "Same email address".
    auto b = backend(QStringLiteral("gcore"));
    const User user = freshUser(QStringLiteral("gcore"));
    const QString sameAddress = user.email.left(1).toUpper() + user.email.mid(1);
    QVERIFY(sameAddress != user.email);
    ChangeEmailDialog dialog(b.get(), user);
    dialog.show();
    fillAndReview(dialog, sameAddress, m_credentials.gcoreUserPassword);
    click(dialog, "changeButton");

    const InlineMessage *message = child<InlineMessage>(dialog, "newEmailMessage");
    QTRY_VERIFY_WITH_TIMEOUT(
        message->isVisible() && message->level() == InlineMessage::Level::Error, 15000);
    QVERIFY2(message->text().contains(QStringLiteral("ame"), Qt::CaseInsensitive),
             qPrintable(message->text()));
    QVERIFY(!child<InlineMessage>(dialog, "passwordMessage")->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), sameAddress);
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), m_credentials.gcoreUserPassword);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "newEmailEdit"));
}

void tst_ChangeEmailDialog::wrongCodeShownBesideTheCode()
{
    auto b = backend(QStringLiteral("codearts"));
    const User user = freshUser(QStringLiteral("codearts"));
    const QString newEmail = uniqueAddress(QStringLiteral("wrongcode"));
    ChangeEmailDialog dialog(b.get(), user);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "newEmailEdit"), newEmail);
    click(dialog, "sendCodeButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<InlineMessage>(dialog, "codeStatus")->isVisible(), 15000);
    const QList<MockMail> mails = m_demo->server()->mailbox().messages(newEmail);
    QCOMPARE(mails.size(), 1);
    QString wrong = mails.first().code;
    std::reverse(wrong.begin(), wrong.end());
    if (wrong == mails.first().code)
        wrong += QLatin1Char('9');

    QTest::keyClicks(child<QLineEdit>(dialog, "codeEdit"), wrong);
    click(dialog, "nextButton");
    click(dialog, "changeButton");
    const InlineMessage *message = child<InlineMessage>(dialog, "codeMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 15000);
    QCOMPARE(message->level(), InlineMessage::Level::Error);
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), newEmail);
    QCOMPARE(child<QLineEdit>(dialog, "codeEdit")->text(), wrong);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "codeEdit"));
    QVERIFY(!shown(dialog, "errorBanner"));
}

void tst_ChangeEmailDialog::serverFailureShownInTheBanner()
{
    // Every request of this second server fails with a 5xx. Its directory is the same as the
    // main one's (same seed), so a user read from the main server exists there too.
    MockServerConfig config;
    config.faults.failRate = 1.0;
    auto failing = startDemo(config);
    QVERIFY(failing);
    auto b = backend(QStringLiteral("gcore"), failing.get());
    const User user = freshUser(QStringLiteral("gcore"));
    const QString newEmail = uniqueAddress(QStringLiteral("fail"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    fillAndReview(dialog, newEmail, m_credentials.gcoreUserPassword);
    click(dialog, "changeButton");

    const ErrorBanner *banner = child<ErrorBanner>(dialog, "errorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    QVERIFY2(banner->headline().contains(QStringLiteral("try again later")),
             qPrintable(banner->headline()));
    QVERIFY(!banner->details().isEmpty());
    QVERIFY(!banner->actionButton()->isVisible());
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), newEmail);
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), m_credentials.gcoreUserPassword);
    QVERIFY(child<QPushButton>(dialog, "nextButton")->isEnabled());
    QCOMPARE(changed.size(), 0);
    screenshot(dialog, QStringLiteral("error-server-banner"));
}

void tst_ChangeEmailDialog::cancelWhileRunningKeepsTheInput()
{
    MockServerConfig config;
    config.faults.latencyMs = 1500;
    auto slow = startDemo(config);
    QVERIFY(slow);
    auto b = backend(QStringLiteral("gcore"), slow.get());
    const User user = freshUser(QStringLiteral("gcore"));
    const QString newEmail = uniqueAddress(QStringLiteral("cancel"));
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    fillAndReview(dialog, newEmail, m_credentials.gcoreUserPassword);
    click(dialog, "changeButton");

    QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QCOMPARE(child<QProgressBar>(dialog, "busyIndicator")->maximum(), 0); // indeterminate
    QVERIFY(!child<QLineEdit>(dialog, "newEmailEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY(!shown(dialog, "changeButton"));
    screenshot(dialog, QStringLiteral("busy-gcore"));
    click(dialog, "cancelButton");

    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    QVERIFY(!child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "newEmailEdit")->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), newEmail);
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), m_credentials.gcoreUserPassword);
    QVERIFY(child<QPushButton>(dialog, "nextButton")->isEnabled());
    QVERIFY(dialog.isVisible());
    const ErrorBanner *banner = child<ErrorBanner>(dialog, "errorBanner");
    QCOMPARE(banner->level(), ErrorBanner::Level::Information);
    QVERIFY(banner->headline().contains(QStringLiteral("Cancelled")));
    // Nothing arrives late from the abandoned job.
    QTest::qWait(config.faults.latencyMs + 500);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
}

void tst_ChangeEmailDialog::sendCodeCooldownCountsDown()
{
    auto b = backend(QStringLiteral("codearts"));
    ChangeEmailDialog dialog(b.get(), freshUser(QStringLiteral("codearts")));
    dialog.setCodeCooldownSeconds(2);
    dialog.show();
    QPushButton *send = child<QPushButton>(dialog, "sendCodeButton");
    QVERIFY(!send->isEnabled()); // no address yet
    QTest::keyClicks(child<QLineEdit>(dialog, "newEmailEdit"),
                     uniqueAddress(QStringLiteral("cooldown")));
    QVERIFY(send->isEnabled());
    click(dialog, "sendCodeButton");

    QTRY_COMPARE_WITH_TIMEOUT(send->text(), QStringLiteral("Send again in 2 s"), 15000);
    QVERIFY(!send->isEnabled());
    screenshot(dialog, QStringLiteral("form-codearts-cooldown"));
    QTRY_COMPARE_WITH_TIMEOUT(send->text(), QStringLiteral("Send again in 1 s"), 3000);
    QVERIFY(!send->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 3000);
    QCOMPARE(send->text(), QStringLiteral("Send &code"));
}

void tst_ChangeEmailDialog::acronisConflictOffersReload()
{
    const User user = freshUser(QStringLiteral("acronis"), UserState::Initial);
    QVERIFY(!user.id.isEmpty());
    const QString interloper = uniqueAddress(QStringLiteral("interloper"));
    InterceptingNetwork network;
    auto b = backend(QStringLiteral("acronis"), nullptr, &network);
    ChangeEmailDialog dialog(b.get(), user);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    QSignalSpy reloaded(&dialog, &ChangeEmailDialog::userReloaded);
    dialog.show();
    const QString newEmail = uniqueAddress(QStringLiteral("mine"));
    fillAndReview(dialog, newEmail);

    // Someone else changes the address right between the backend's read and its write.
    network.beforeNextPut = [&](const QNetworkRequest &request) {
        const QJsonObject body {
            { QStringLiteral("contact"), QJsonObject { { QStringLiteral("email"), interloper } } },
            { QStringLiteral("version"), user.version.toLongLong() },
        };
        const MockResponse response = m_demo->server()->handle(
            MockRequest("PUT", request.url().path(), {},
                        { { "Authorization", request.rawHeader("Authorization") },
                          { "Content-Type", "application/json" } },
                        QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QCOMPARE(response.status, 200);
    };
    click(dialog, "changeButton");

    const ErrorBanner *banner = child<ErrorBanner>(dialog, "errorBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
    QVERIFY(!network.beforeNextPut); // the concurrent change happened
    QVERIFY2(banner->headline().contains(QStringLiteral("changed this user")),
             qPrintable(banner->headline()));
    QVERIFY2(banner->details().contains(interloper), qPrintable(banner->details()));
    QPushButton *reload = banner->actionButton();
    QVERIFY(reload->isVisible());
    QCOMPARE(reload->accessibleName(), QStringLiteral("Reload user and try again"));
    QTRY_COMPARE(QApplication::focusWidget(), reload);
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), newEmail);
    QCOMPARE(child<QLabel>(dialog, "currentEmailLabel")->text(), user.email);
    screenshot(dialog, QStringLiteral("error-acronis-conflict"));

    QTest::mouseClick(reload, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 15000);
    QCOMPARE(child<QLabel>(dialog, "currentEmailLabel")->text(), interloper);
    QCOMPARE(dialog.user().email, interloper);
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), newEmail);
    QCOMPARE(banner->level(), ErrorBanner::Level::Information);
    QVERIFY(banner->headline().contains(interloper));

    // And trying again now works.
    click(dialog, "nextButton");
    QVERIFY(child<QLabel>(dialog, "reviewText")->text().contains(interloper));
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(changed.first().first().value<EmailChangeOutcome>().kind,
             EmailChangeOutcome::Kind::ChangedNow);
}

QTEST_MAIN(tst_ChangeEmailDialog)
#include "tst_changeemaildialog.moc"
