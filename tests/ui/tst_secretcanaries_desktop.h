#pragma once

#include "ConnectionProfile.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MockServer.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "SecretCanaries.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

/// No secret ever on disk, desktop half (the CLI half is tests/cli/tst_secretcanaries.cpp):
/// the real main window, Manage Profiles dialog and change-email dialog, on every backend and
/// sign-in method the profile editor offers, with canary secrets, debug logging on and a
/// private HOME and XDG folders (set in main(), before QApplication). Every file written
/// there (profiles, QSettings, the journal, anything else), everything logged and everything
/// written to stderr is then searched for the canaries: none may appear. The keyring, a
/// private gnome-keyring (CTest runs this through tests/with-keyring.sh), holds them.
///
/// tst_secretcanaries_desktop.cpp runs the flows, tst_secretcanaries_desktop_search.cpp
/// searches (and has main()).
class TstSecretCanariesDesktop : public QObject
{
    Q_OBJECT
public:
    /// What a change through the dialog asks for, after the new address.
    enum class Asks { Nothing, Password, MailedCode, MarkVerified };

    explicit TstSecretCanariesDesktop(QString root)
        : m_root(std::move(root))
    { }

    /// From now on every message logged is kept (see capturedMessages()); warnings and worse
    /// still reach QtTest.
    static void captureMessages();
    static QByteArray capturedMessages();

private slots:
    void initTestCase();
    /// A row that failed half-way leaves no dialog behind for the next one.
    void cleanup();
    void everySignInMethod_data();
    void everySignInMethod();
    void closingTheWindowWritesTheSettings();
    void theSearchFindsAPlantedCanary_data();
    void theSearchFindsAPlantedCanary();
    void noCanaryInAnyFileOrOutput();
    void onlyTheKeyringHoldsTheSecrets();

private:
    void addProfileThroughTheDialog(const ConnectionProfile &profile, const QString &secret);
    void openProfile(const QString &name);
    /// Selects the first listed user other than `signedIn` (a login of this profile).
    void selectUserOtherThan(const QString &signedIn);
    /// The code mailed to `address` (the first one), now a canary too.
    QString mailedCode(const QString &address);
    void changeEmail(const QString &newEmail, Asks asks, bool markVerified,
                     const QByteArray &wrongSecret, bool verifyAfterwards);
    bool journalHasChange(const QString &profile, const QString &newEmail) const;
    QString acronisTenant();

    QString m_root;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<SecretCanaries> m_canaries;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileListModel> m_profiles;
    KeychainSecretStore m_keyring;
    MemorySecretStore m_session;
    std::unique_ptr<MainWindow> m_window;
    /// Every verification code the mock mailed (canaries too).
    QList<QByteArray> m_mailedCodes;
    /// Profile name -> the secret typed for it.
    QHash<QString, QString> m_typedSecrets;
};

Q_DECLARE_METATYPE(TstSecretCanariesDesktop::Asks)
