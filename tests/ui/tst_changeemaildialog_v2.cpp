#include "DialogTestSupport.h"
#include "MockServer.h"
#include "tst_changeemaildialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>

using namespace DialogTest;

namespace {
const QString northwindId = QStringLiteral("276381956392018433"); // the v1 profile's organisation
} // namespace

User tst_ChangeEmailDialog::freshV2User()
{
    const QList<User> users = m_users.value(QStringLiteral("zitadel-v2"));
    for (const User &user : users) {
        const QString key = QStringLiteral("zitadel-v2/") + user.id;
        if (user.organisationId == northwindId || m_used.contains(key) || user.email.isEmpty())
            continue;
        m_used.insert(key);
        return user;
    }
    qWarning("no unused ZITADEL v2 user left");
    return {};
}

void tst_ChangeEmailDialog::zitadelV2MarkedVerifiedNeedsNoCode()
{
    auto b = backend(QStringLiteral("zitadel-v2"));
    const User user = freshV2User();
    QVERIFY(!user.organisationName.isEmpty());
    const QString newEmail = uniqueAddress(QStringLiteral("v2verified"));
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    // The organisation by name, its id one hover away.
    const QLabel *organisation = child<QLabel>(dialog, "organisationLabel");
    QVERIFY(organisation->isVisible());
    QCOMPARE(organisation->text(), user.organisationName);
    QCOMPARE(organisation->toolTip(), user.organisationId);

    QTest::keyClicks(child<QLineEdit>(dialog, "newEmailEdit"), newEmail);
    child<QCheckBox>(dialog, "markVerifiedCheck")->setChecked(true);
    click(dialog, "nextButton");
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(changed.first().first().value<EmailChangeOutcome>().kind,
             EmailChangeOutcome::Kind::ChangedNow);
    // Nothing was mailed, so there is nothing to confirm: no code step.
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(m_demo->server()->mailbox().messages(newEmail).isEmpty());
}

void tst_ChangeEmailDialog::zitadelV2MailedCodeVerifiedByTheAdmin()
{
    auto b = backend(QStringLiteral("zitadel-v2"));
    const User user = freshV2User();
    const QString newEmail = uniqueAddress(QStringLiteral("v2code"));
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    QSignalSpy verified(&dialog, &ChangeEmailDialog::emailVerified);
    dialog.show();
    fillAndReview(dialog, newEmail);
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QCOMPARE(changed.first().first().value<EmailChangeOutcome>().kind,
             EmailChangeOutcome::Kind::VerificationMailSent);
    // The user reads the mailed code to the admin, who types it in.
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("verifyPage"));
    QVERIFY(shown(dialog, "laterButton"));
    const QList<MockMail> mails = m_demo->server()->mailbox().messages(newEmail);
    QCOMPARE(mails.size(), 1);
    QTest::keyClicks(child<QLineEdit>(dialog, "verifyCodeEdit"), mails.first().code);
    click(dialog, "verifyButton");
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 15000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto after = wait<User>(b->user(user.id), [](UserJob *job) { return job->user(); });
    QVERIFY(after);
    QCOMPARE(after->email, newEmail);
    QCOMPARE(after->verification, EmailVerification::Verified);
}

void tst_ChangeEmailDialog::zitadelV2LaterLeavesTheAddressUnverified()
{
    auto b = backend(QStringLiteral("zitadel-v2"));
    const User user = freshV2User();
    const QString newEmail = uniqueAddress(QStringLiteral("v2later"));
    ChangeEmailDialog dialog(b.get(), user, &m_journal, m_journalContext);
    QSignalSpy changed(&dialog, &ChangeEmailDialog::emailChanged);
    dialog.show();
    fillAndReview(dialog, newEmail);
    click(dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
    QTRY_VERIFY(shown(dialog, "laterButton"));
    click(dialog, "laterButton");
    QVERIFY(!dialog.isVisible());

    const auto after = wait<User>(b->user(user.id), [](UserJob *job) { return job->user(); });
    QVERIFY(after);
    QCOMPARE(after->email, newEmail);
    QCOMPARE(after->verification, EmailVerification::Unverified);
}
