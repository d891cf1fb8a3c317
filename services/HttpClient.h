#pragma once

#include "ConnectionSettings.h"
#include "HttpExchange.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class Authenticator;
class HttpCall;

/// Limits and policies for one backend connection.
struct HttpSettings
{
    QUrl baseUrl;
    /// No answer (no bytes) for this long ends the request as a timeout.
    int timeoutMs = 30000;
    /// Answers larger than this are cut off and reported, never buffered without bound.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    /// Reads answered 429/503 are retried at most this often...
    int maxReadRetries = 2;
    /// ...and only when the wait asked for (Retry-After) is at most this long.
    int maxRetryWaitSeconds = 10;
    /// Certificate authorities trusted besides the system's (ConnectionSettings).
    QString caCertificatesFile;

    /// What every backend takes from its profile: base URL, timeout and trusted CAs. Backends
    /// start from this, so that a profile setting reaches each of their HTTP clients.
    static HttpSettings forConnection(const ConnectionSettings &connection);
};

/// The HTTP side of one backend connection: base URL, credentials, limits and the backend's
/// error dialect. The QNetworkAccessManager is injected and shared; the client owns nothing
/// global. Calls are HttpCall objects parented to the caller's job.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    HttpClient(QNetworkAccessManager *network, HttpSettings settings, ErrorMapper errorMapper,
               QObject *parent = nullptr);

    /// Takes the authenticator used for requests marked `authenticated` (may be null).
    void setAuthenticator(Authenticator *authenticator);
    Authenticator *authenticator() const { return m_authenticator; }

    /// Starts `request`; the call belongs to `owner` (deleting the owner aborts it).
    HttpCall *send(const HttpRequest &request, QObject *owner);

    QNetworkAccessManager *network() const { return m_network; }
    const HttpSettings &settings() const { return m_settings; }
    const ErrorMapper &errorMapper() const { return m_errorMapper; }
    QUrl urlFor(const HttpRequest &request) const;

    /// The TLS configuration requests use: the system's CAs plus the profile's. Nothing when
    /// the profile adds none (Qt's defaults apply) or when its CA file cannot be used.
    const std::optional<QSslConfiguration> &tlsConfiguration() const { return m_tls; }
    /// Why the profile's CA certificates file cannot be used; requests over https then fail
    /// with this as a TLS error rather than silently trusting less than the profile says.
    const QString &tlsSetupProblem() const { return m_tlsSetupProblem; }

private:
    QPointer<QNetworkAccessManager> m_network;
    HttpSettings m_settings;
    ErrorMapper m_errorMapper;
    QPointer<Authenticator> m_authenticator;
    std::optional<QSslConfiguration> m_tls;
    QString m_tlsSetupProblem;
};
