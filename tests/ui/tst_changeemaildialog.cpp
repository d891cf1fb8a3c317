#include "tst_changeemaildialog.h"

#include "BackendFactory.h"
#include "DialogTestSupport.h"
#include "InlineMessage.h"
#include "MockServer.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStackedWidget>

using namespace DialogTest;

void tst_ChangeEmailDialog::initTestCase()
{
    QVERIFY2(m_journal.open(), qPrintable(m_journal.errorString()));
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
    QTest::newRow("ZITADEL user service v2: mark as verified")
        << "zitadel-v2" << false << false << false << true << "mail with a code";
    QTest::newRow("ZITADEL self: nothing extra before")
        << "zitadel-self" << false << false << false << false << "mails a code";
    QTest::newRow("CodeArts: code and Send code")
        << "codearts" << false << true << true << false << "confirmed by the code";
    QTest::newRow("Acronis: nothing extra, version check invisible")
        << "acronis" << false << false << false << false << "activated the account";
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    QCOMPARE(afterChange->text(), b->afterChangeFor(user));
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
    ChangeEmailDialog dialog(b.get(), m_users.value(QStringLiteral("zitadel")).first(), &m_journal,
                             m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    // The summary names the user: the status bar shows it after the dialog has closed.
    QCOMPARE(dialog.resultSummary(), outcome.summaryFor(user.shownName(), newEmail));
    QVERIFY2(dialog.resultSummary().contains(user.shownName()), qPrintable(dialog.resultSummary()));
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
    ChangeEmailDialog dialog(b.get(), freshUser(QStringLiteral("zitadel")), &m_journal,
                             m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
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

void tst_ChangeEmailDialog::acronisSaysWhatHappensForThisUser_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("doesNotSay");
    QTest::newRow("activated: a link to the current address")
        << int(UserState::Active) << "mails a confirmation link to the current address"
        << "changes at once";
    QTest::newRow("not activated: changed at once")
        << int(UserState::Initial) << "has not activated the account yet"
        << "confirmation link";
}

void tst_ChangeEmailDialog::acronisSaysWhatHappensForThisUser()
{
    QFETCH(int, state);
    QFETCH(QString, says);
    QFETCH(QString, doesNotSay);
    auto b = backend(QStringLiteral("acronis"));
    User user;
    for (const User &candidate : m_users.value(QStringLiteral("acronis"))) {
        if (candidate.state == UserState(state)) {
            user = candidate;
            break;
        }
    }
    QVERIFY2(!user.id.isEmpty(), "no Acronis user in that state on the first page");
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The row knows whether the user has activated the account: no "if" about it.
    const QString text = child<QLabel>(dialog, "afterChangeLabel")->text();
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(!text.contains(doesNotSay), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("If the user")), qPrintable(text));
    QVERIFY2(text.contains(user.shownName()), qPrintable(text));
    // The review says the same.
    fillAndReview(dialog, uniqueAddress(QStringLiteral("review")));
    bool reviewSays = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        reviewSays = reviewSays || (label->isVisible() && label->text().contains(says));
    QVERIFY(reviewSays);
}

QTEST_MAIN(tst_ChangeEmailDialog)
