#include "DialogTestSupport.h"
#include "ErrorBanner.h"
#include "InlineMessage.h"
#include "MockRequest.h"
#include "MockServer.h"
#include "tst_changeemaildialog.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStackedWidget>

#include <algorithm>

using namespace DialogTest;

void tst_ChangeEmailDialog::wrongPasswordShownBesideThePassword()
{
    auto b = backend(QStringLiteral("gcore"));
    const User user = freshUser(QStringLiteral("gcore"));
    const QString newEmail = uniqueAddress(QStringLiteral("wrongpw"));
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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

    // The error was about the last attempt: once the input is edited for the next one, it goes.
    QTest::keyClick(child<QLineEdit>(dialog, "newEmailEdit"), Qt::Key_Backspace);
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->headline().isEmpty());
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    // Escape while a request runs stops the request, not the dialog.
    click(dialog, "nextButton");
    click(dialog, "changeButton");
    QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), newEmail);

    // Nothing arrives late from the abandoned jobs.
    QTest::qWait(config.faults.latencyMs + 500);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));

    // Closing wipes the password; the typed address may stay.
    click(dialog, "closeButton");
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
}

void tst_ChangeEmailDialog::laterClosesWithoutVerifying()
{
    auto b = backend(QStringLiteral("zitadel-self"));
    const User user = freshUser(QStringLiteral("zitadel-self"));
    const QString newEmail = uniqueAddress(QStringLiteral("later"));
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    QSignalSpy verified(&dialog, &ChangeEmailDialog::emailVerified);
    dialog.show();
    fillAndReview(dialog, newEmail);
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QVERIFY(shown(dialog, "verifyButton"));
    QVERIFY(!child<QPushButton>(dialog, "verifyButton")->isEnabled()); // no code typed yet

    click(dialog, "laterButton");
    QCOMPARE(dialog.result(), int(QDialog::Accepted)); // the change itself is done
    QCOMPARE(verified.size(), 0);
    const auto after = wait<User>(b->user(user.id), [](UserJob *job) { return job->user(); });
    QVERIFY(after);
    QCOMPARE(after->email, newEmail);
    QCOMPARE(after->verification, EmailVerification::Unverified);
}

void tst_ChangeEmailDialog::sendCodeCooldownCountsDown()
{
    auto b = backend(QStringLiteral("codearts"));
    ChangeEmailDialog dialog(b.get(), freshUser(QStringLiteral("codearts")), &m_journal,
                             m_journalContext);
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
    QCOMPARE(send->text(), QStringLiteral("&Send code"));
}

void tst_ChangeEmailDialog::acronisConflictOffersReload()
{
    const User user = freshUser(QStringLiteral("acronis"), UserState::Initial);
    QVERIFY(!user.id.isEmpty());
    const QString interloper = uniqueAddress(QStringLiteral("interloper"));
    InterceptingNetwork network;
    auto b = backend(QStringLiteral("acronis"), nullptr, &network);
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    // A conflict is about the user's record, not the input: editing keeps the way out shown.
    QTest::keyClick(child<QLineEdit>(dialog, "newEmailEdit"), Qt::Key_End);
    QTest::keyClick(child<QLineEdit>(dialog, "newEmailEdit"), Qt::Key_X);
    QTest::keyClick(child<QLineEdit>(dialog, "newEmailEdit"), Qt::Key_Backspace);
    QVERIFY(banner->isVisible());
    QVERIFY(reload->isVisible());
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
