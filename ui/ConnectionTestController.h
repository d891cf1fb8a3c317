#pragma once

#include <QObject>

class ErrorBanner;
class ProfileConnectionTest;
class ProfilesDialogButtons;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;
struct ConnectionSettings;

/// The profiles dialog's "Test connection" and its Cancel: runs a ProfileConnectionTest, says
/// where it connects to while it runs (the dialog shows that in its busy row and takes no other
/// input meanwhile) and the result in the dialog's banner, with the focus back on "Test
/// connection". Cancel (the button, or Escape through the dialog) stops the test and says so.
/// Its messages are the dialog's, in ProfilesDialog's translation context.
///
/// Nothing is owned; the network access manager, the stores, the banner and the buttons must
/// outlive this object.
class ConnectionTestController : public QObject
{
    Q_OBJECT
public:
    ConnectionTestController(QNetworkAccessManager *network, SecretStore *keychain,
                             SecretStore *session, ErrorBanner *banner,
                             const ProfilesDialogButtons &buttons, QObject *parent);

    /// Tests `settings` with `secret`, or when that is empty with the secret stored for
    /// `storedProfile` (empty: none to use).
    void start(const ConnectionSettings &settings, const QString &secret,
               const QString &storedProfile);

    /// Stops a running test and says so in the banner.
    void cancel();
    /// Stops a running test without a word and without ended() (the dialog closes). Destroying
    /// this object does the same.
    void stop();

signals:
    /// A test started; `status` says where it connects to.
    void started(const QString &status);
    /// The test ended (its result is about to be shown) or was cancelled.
    void ended();

private:
    void finish(bool ok, const QString &headline, const QString &details);

    ProfileConnectionTest *m_test;
    ErrorBanner *m_banner;
    QPushButton *m_testButton;
    QPushButton *m_cancelButton;
    bool m_running = false;
};
