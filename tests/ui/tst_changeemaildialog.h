#pragma once

// ChangeEmailDialog with the real backends of the demo profiles against the in-process mock
// server. tst_changeemaildialog.cpp: the fixture, the inputs per backend, the live address
// check and a successful change per backend; tst_changeemaildialog_errors.cpp: errors placed
// beside their input or in the banner with the input kept, cancelling, the "Send code"
// cooldown and the Acronis version conflict with its reload; tst_changeemaildialog_v2.cpp: the
// ZITADEL user service v2 paths (organisation by name, a code step only after a mailed code).
#include "ChangeEmailDialog.h"
#include "ChangeJournal.h"
#include "DemoEnvironment.h"
#include "IdentityBackend.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

#include <memory>

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
    void acronisSaysWhatHappensForThisUser_data();
    void acronisSaysWhatHappensForThisUser();

    // tst_changeemaildialog_v2.cpp: the ZITADEL user service v2 profile.
    void zitadelV2MarkedVerifiedNeedsNoCode();
    void zitadelV2MailedCodeVerifiedByTheAdmin();
    void zitadelV2LaterLeavesTheAddressUnverified();

    void wrongPasswordShownBesideThePassword();
    void sameAddressShownBesideTheNewEmail();
    void wrongCodeShownBesideTheCode();
    void serverFailureShownInTheBanner();
    void cancelWhileRunningKeepsTheInput();
    void laterClosesWithoutVerifying();
    void sendCodeCooldownCountsDown();
    void acronisConflictOffersReload();

private:
    std::unique_ptr<DemoEnvironment> startDemo(const MockServerConfig &config = {});
    std::unique_ptr<IdentityBackend> backend(const QString &profile,
                                             DemoEnvironment *demo = nullptr,
                                             QNetworkAccessManager *network = nullptr);
    /// A ZITADEL v2 user outside the v1 profile's organisation, so the v1 tests (same mock
    /// directory) never meet it.
    User freshV2User();
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
    /// The test's own journal (IDENTITYDESK_JOURNAL), which every dialog writes to.
    ChangeJournal m_journal;
    const JournaledEmailChange::Context m_journalContext {
        QStringLiteral("tests"), QStringLiteral("mock"), QStringLiteral("127.0.0.1"), {}
    };
};
