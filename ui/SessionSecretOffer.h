#pragma once

#include <QObject>

class ErrorBanner;
class MemorySecretStore;
class QWidget;
struct ConnectionProfile;

/// The main window's way on when the system keyring is missing: its banner offers "Use a
/// Secret for This Session Only…", which asks for the profile's secret (SessionSecretDialog)
/// and keeps it in the session store (memory) until IdentityDesk quits, the way the profiles
/// dialog offers it when saving. Nothing is written anywhere.
class SessionSecretOffer : public QObject
{
    Q_OBJECT
public:
    /// Neither argument is owned; without a session store (null) nothing is offered.
    SessionSecretOffer(ErrorBanner *banner, MemorySecretStore *sessionSecrets, QWidget *window);

    /// Adds the offer to the banner, which shows why the secret could not be read.
    void offer();
    /// Asks for `profile`'s secret in a dialog on the window (the banner's offer leads here).
    void ask(const ConnectionProfile &profile);

signals:
    /// The secret of `profileName` is in the session store now: the profile can be opened.
    void secretKept(const QString &profileName);

private:
    ErrorBanner *m_banner;
    MemorySecretStore *m_sessionSecrets;
    QWidget *m_window;
};
