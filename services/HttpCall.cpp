#include "HttpCall.h"

#include "Authenticator.h"
#include "HttpClient.h"
#include "StatusErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "identitydesk.services.http")

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

constexpr int maxRedirects = 5;
} // namespace

HttpCall::HttpCall(HttpClient *client, HttpRequest request, QObject *owner)
    : QObject(owner)
    , m_client(client)
    , m_request(std::move(request))
    , m_url(client->urlFor(m_request))
{ }

HttpCall::~HttpCall()
{
    if (m_reply) {
        // Detach first: abort() emits finished() synchronously.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    authorizeAndSend();
}

void HttpCall::authorizeAndSend()
{
    if (!m_client || !m_client->network()) {
        finishWith(ServiceError::network(tr("the connection was closed")));
        return;
    }
    if (!m_client->tlsSetupProblem().isEmpty() && m_url.scheme() == QLatin1String("https")) {
        // From the event loop: the caller connects to failed() after send() returns.
        const ServiceError error(ServiceError::Kind::Tls, m_client->tlsSetupProblem());
        QTimer::singleShot(0, this, [this, error] { finishWith(error); });
        return;
    }
    Authenticator *authenticator = m_client->authenticator();
    if (!m_request.authenticated || !authenticator) {
        sendWith({});
        return;
    }
    authenticator->authorize(
        this, [this](const HttpHeaders &headers, const std::optional<ServiceError> &error) {
            if (error)
                finishWith(*error);
            else
                sendWith(headers);
        });
}

void HttpCall::sendWith(const HttpHeaders &authHeaders)
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_client->settings().timeoutMs);
    if (const std::optional<QSslConfiguration> &tls = m_client->tlsConfiguration())
        request.setSslConfiguration(*tls);
    // Redirects are followed by hand so that credentials never leave the origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : authHeaders)
        request.setRawHeader(name, value);
    m_sentAuthHeaders = int(authHeaders.size());
    m_tlsProblems.clear();
    m_tooLarge = false;

    QNetworkAccessManager *network = m_client->network();
    QNetworkReply *reply = m_request.body.isEmpty() && m_request.verb == "GET"
        ? network->get(request)
        : network->sendCustomRequest(request, m_request.verb, m_request.body);
    m_reply = reply;

    const qint64 cap = m_client->settings().maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply, cap](qint64 received, qint64 total) {
                if (received > cap || total > cap) {
                    m_tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_tlsProblems = describeTlsErrors(errors); });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError networkError = reply->error();
    qCInfo(lcHttp).noquote() << m_request.verb << m_url.path() << response.status;

    if (m_tooLarge) {
        finishWith(ServiceError::malformed(
            tr("the answer is larger than %1 MiB")
                .arg(m_client->settings().maxResponseBytes / (1024 * 1024))));
        return;
    }
    if (!m_tlsProblems.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        finishWith(
            ServiceError(ServiceError::Kind::Tls,
                         tr("The secure connection to %1 failed: %2")
                             .arg(m_url.host(),
                                  m_tlsProblems.isEmpty() ? reply->errorString() : m_tlsProblems)));
        return;
    }
    if (networkError == QNetworkReply::OperationCanceledError) {
        finishWith(ServiceError::timeout((m_client->settings().timeoutMs + 999) / 1000));
        return;
    }
    if (response.status == 0) {
        finishWith(ServiceError::network(reply->errorString()));
        return;
    }
    response.body = reply->readAll();

    if (response.status >= 300 && response.status < 400) {
        if (!handleRedirect(response))
            return;
    }
    if (response.status == 401 && m_request.authenticated && m_sentAuthHeaders > 0
        && !m_refreshedCredentials && m_client->authenticator()
        && m_client->authenticator()->canRefresh()) {
        m_refreshedCredentials = true;
        m_client->authenticator()->invalidate();
        authorizeAndSend();
        return;
    }
    if ((response.status == 429 || response.status == 503) && retryLater(response))
        return;
    if (response.status >= 400) {
        const ErrorMapper &mapper =
            m_request.errorMapper ? m_request.errorMapper : m_client->errorMapper();
        ServiceError error =
            mapper ? mapper(response) : StatusErrors::forStatus(response.status, QString());
        error.withHttpStatus(response.status);
        if (error.retryAfterSeconds() == 0 && !response.header("Retry-After").isEmpty())
            error.withRetryAfter(retryAfterSeconds(response.header("Retry-After")));
        finishWith(error);
        return;
    }
    finishWith(response);
}

bool HttpCall::handleRedirect(const HttpResponse &response)
{
    const QUrl target = m_url.resolved(QUrl::fromEncoded(response.header("Location")));
    if (!target.isValid() || response.header("Location").isEmpty())
        return true; // not a usable redirect: treat as the answer it is
    if (!sameOrigin(target, m_url)) {
        finishWith(ServiceError(ServiceError::Kind::Server,
                                tr("The server redirected to another host (%1); IdentityDesk does "
                                   "not send credentials there. Check the profile's base URL.")
                                    .arg(target.host())));
        return false;
    }
    if (++m_redirects > maxRedirects) {
        finishWith(ServiceError(ServiceError::Kind::Server, tr("Too many redirects.")));
        return false;
    }
    m_url = target;
    authorizeAndSend();
    return false;
}

bool HttpCall::retryLater(const HttpResponse &response)
{
    if (!m_request.retryable || m_retries >= m_client->settings().maxReadRetries)
        return false;
    int wait = retryAfterSeconds(response.header("Retry-After"));
    if (wait <= 0)
        wait = 1 << m_retries; // 1 s, 2 s, ... when the server does not say
    if (wait > m_client->settings().maxRetryWaitSeconds)
        return false;
    ++m_retries;
    emit retrying(wait);
    // A coarse timer may fire up to 5 % early; a server's Retry-After must not be undercut.
    QTimer::singleShot(wait * 1000, Qt::PreciseTimer, this, &HttpCall::authorizeAndSend);
    return true;
}

QString HttpCall::describeTlsErrors(const QList<QSslError> &errors) const
{
    QStringList reasons;
    bool untrusted = false;
    for (const QSslError &error : errors) {
        reasons.append(error.errorString());
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            untrusted = true;
            break;
        default:
            break;
        }
    }
    const QString reason = reasons.join(QStringLiteral("; "));
    if (!untrusted)
        return reason;
    // The usual cause is a company CA (or a TLS-inspecting proxy) the system does not know:
    // say which setting fixes it, never offer to look away.
    const QString caFile = m_client ? m_client->settings().caCertificatesFile : QString();
    if (caFile.isEmpty())
        return tr("the server's certificate is not trusted (%1). If your organisation uses its "
                  "own certificate authority, set the profile's CA certificates file.")
            .arg(reason);
    return tr("the server's certificate is not trusted (%1), not even with the profile's CA "
              "certificates file %2. Check that the file holds the certificate authority that "
              "issued the server's certificate.")
        .arg(reason, caFile);
}

int HttpCall::retryAfterSeconds(const QByteArray &value)
{
    bool isNumber = false;
    const int seconds = value.trimmed().toInt(&isNumber);
    if (isNumber)
        return std::max(0, seconds);
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

void HttpCall::finishWith(const ServiceError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit failed(error);
    deleteLater();
}

void HttpCall::finishWith(const HttpResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    emit succeeded(response);
    deleteLater();
}
