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
    /// The total deadline of one attempt, from sending the request to the answer's last byte:
    /// a server that drips its answer cannot hold a request longer than this. Waits between
    /// retries do not count; they are bounded by the retry budget below.
    int timeoutMs = 30000;
    /// No bytes at all for this long also ends the attempt; 0 (or more than timeoutMs) means
    /// the same as timeoutMs.
    int inactivityTimeoutMs = 0;
    /// Answers larger than this (after decompression) are cut off and reported, never
    /// buffered without bound.
    qint64 maxResponseBytes = qint64(32) * 1024 * 1024;
    /// Tries in all for one request answered 429 (any request) or 503 (reads only)...
    int maxAttempts = 4;
    /// ...and seconds of waiting between them in all. A Retry-After beyond what is left of this
    /// budget fails at once, saying how long the server asked to wait.
    int retryBudgetSeconds = 60;
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

    /// "IdentityDesk/0.1.0 (Qt 6.4.2; Debian GNU/Linux 12 (bookworm))", sent with every
    /// request so that server operators can tell who calls them.
    static QByteArray userAgent();

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
