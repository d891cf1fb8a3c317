#pragma once

#include "ConnectionSettings.h"
#include "IdentityBackend.h"

#include <QObject>
#include <QPointer>

class ProfileSecretLookup;
class QNetworkAccessManager;
class SecretStore;

/// "Test connection" for the profiles dialog: builds the backend for some settings and a
/// secret with BackendFactory and lists one page of a single user. Without a typed secret it
/// first looks up the stored one (session store, then keyring). Reports once per start()
/// through succeeded() or failed(), always from the event loop; cancel() stops the work
/// without a report. The backend (and with it the secret) lives only while the test runs.
/// Nothing is owned; the network access manager and the stores must outlive this object.
class ProfileConnectionTest : public QObject
{
    Q_OBJECT
public:
    ProfileConnectionTest(QNetworkAccessManager *network, SecretStore *keychain,
                          SecretStore *session, QObject *parent = nullptr);
    ~ProfileConnectionTest() override;

    /// Tests `settings` with `secret`, or when that is empty with the secret stored for
    /// `storedProfile` (empty: none to use).
    void start(const ConnectionSettings &settings, const QString &secret,
               const QString &storedProfile);
    void cancel();

signals:
    /// "Connected: 200 users." or, for own-account APIs, who is signed in.
    void succeeded(const QString &summary);
    /// What went wrong, as a banner headline and the service's (or keyring's) own words.
    void failed(const QString &headline, const QString &details);

private:
    void connectWith(const QString &secret);
    void finish();
    void dropBackend();

    QNetworkAccessManager *m_network = nullptr;
    ProfileSecretLookup *m_lookup = nullptr;
    ConnectionSettings m_settings;
    QPointer<IdentityBackend> m_backend;
    QPointer<UserPageJob> m_job;
};
