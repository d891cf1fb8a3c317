#include "HttpCall.h"

#include "Authenticator.h"
#include "HttpClient.h"
#include "ResponseIntegrity.h"
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
constexpr qint64 readBufferBytes = qint64(1024) * 1024;

int secondsRoundedUp(qint64 ms)
{
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}
} // namespace

HttpCall::HttpCall(HttpClient *client, HttpRequest request, QObject *owner)
    : QObject(owner)
    , m_client(client)
    , m_request(std::move(request))
    , m_url(client->urlFor(m_request))
    , m_retry(client->settings().maxAttempts, client->settings().retryBudgetSeconds)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &HttpCall::onDeadline);
}

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
    // setTransferTimeout only measures silence: a server sending a byte a second would hold
    // the request for ever. The deadline timer bounds the whole attempt.
    const HttpSettings &settings = m_client->settings();
    const int inactivityMs = settings.inactivityTimeoutMs > 0
        ? std::min(settings.inactivityTimeoutMs, settings.timeoutMs)
        : settings.timeoutMs;
    request.setTransferTimeout(inactivityMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    if (const std::optional<QSslConfiguration> &tls = m_client->tlsConfiguration())
        request.setSslConfiguration(*tls);
    // Redirects are followed by hand so that credentials never leave the origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    // Setting Accept-Encoding turns off Qt's own decoding, which hides corrupt and truncated
    // streams and inflates without bound (ResponseIntegrity::checkTransfer).
    request.setRawHeader("Accept-Encoding", "identity");
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : authHeaders)
        request.setRawHeader(name, value);
    m_sentAuthHeaders = int(authHeaders.size());
    m_body.clear();
    m_tlsProblems.clear();
    m_tooLarge = false;
    m_timedOut = false;
    m_headerProblem.reset();

    QNetworkAccessManager *network = m_client->network();
    QNetworkReply *reply = m_request.body.isEmpty() && m_request.verb == "GET"
        ? network->get(request)
        : network->sendCustomRequest(request, m_request.verb, m_request.body);
    // Back-pressure: Qt's network thread stops reading the socket while this much waits here.
    reply->setReadBufferSize(readBufferBytes);
    m_reply = reply;
    m_attemptClock.start();
    m_deadline->start(settings.timeoutMs);

    // The body is taken out of the reply as it arrives: Qt keeps what it has not handed out
    // as one buffer per piece received, which for a body of tiny chunks costs several times
    // its size. What was taken, and what the reply still holds, is checked against the cap.
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpCall::checkSize);
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::takeBody);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::checkHeaders);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_tlsProblems = describeTlsErrors(errors); });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
}

void HttpCall::takeBody()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    checkSize();
}

void HttpCall::checkSize()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_tooLarge)
        return;
    const qint64 cap = m_client ? m_client->settings().maxResponseBytes : 0;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (m_body.size() + reply->bytesAvailable() > cap || announced > cap) {
        m_tooLarge = true;
        m_body = QByteArray();
        reply->abort();
    }
}

void HttpCall::checkHeaders()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_headerProblem)
        return;
    m_headerProblem = ResponseIntegrity::checkHeaders(reply->rawHeaderPairs());
    if (m_headerProblem)
        reply->abort();
}

void HttpCall::onDeadline()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes with OperationCanceledError
}

ServiceError HttpCall::timeoutError(int status) const
{
    const int seconds = secondsRoundedUp(m_attemptClock.elapsed());
    ServiceError error =
        status > 0 ? ServiceError::unfinished(seconds) : ServiceError::timeout(seconds);
    error.withAddressTried(addressTried());
    return error;
}

QString HttpCall::addressTried() const
{
    const QUrl shown =
        m_url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    return tr("Address tried: %1.").arg(shown.toDisplayString());
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline->stop();
    reply->deleteLater();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.origin = QString::fromLatin1(m_request.verb) + QLatin1Char(' ') + m_url.path();
    const QNetworkReply::NetworkError networkError = reply->error();
    qCInfo(lcHttp).noquote() << m_request.verb << m_url.path() << response.status << networkError;

    // Also here: when the whole answer arrives at once, Qt may finish without metaDataChanged.
    if (!m_headerProblem && response.status > 0)
        m_headerProblem = ResponseIntegrity::checkHeaders(response.headers);
    if (m_headerProblem) {
        finishWith(*m_headerProblem);
        return;
    }
    if (m_tooLarge) {
        finishWith(ServiceError::malformed(
            tr("the answer is larger than %1 MiB")
                .arg(m_client->settings().maxResponseBytes / (qint64(1024) * 1024))));
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
    if (m_timedOut || networkError == QNetworkReply::OperationCanceledError) {
        finishWith(timeoutError(response.status));
        return;
    }
    if (response.status == 0) {
        finishWith(ServiceError::network(reply->errorString()).withAddressTried(addressTried()));
        return;
    }
    m_body += reply->readAll();
    response.body = std::exchange(m_body, {});
    if (const std::optional<ServiceError> broken =
            ResponseIntegrity::checkTransfer(*reply, response)) {
        finishWith(*broken);
        return;
    }

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
        if (error.retryAfterSeconds() == 0)
            error.withRetryAfter(
                std::max(0, HttpRetryPolicy::retryAfterSeconds(response.header("Retry-After"))));
        error.withMoreDetail(std::exchange(m_retryRefusal, {}));
        if (response.status == 404)
            error.withAddressTried(addressTried()); // a wrong base URL shows here first
        finishWith(error);
        return;
    }
    if (m_request.expectsJson) {
        if (const std::optional<ServiceError> notJson =
                ResponseIntegrity::checkJsonBody(response)) {
            finishWith(*notJson);
            return;
        }
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
        finishWith(ServiceError(ServiceError::Kind::Server,
                                tr("The server redirected more than %1 times (last to %2); "
                                   "it is probably a redirect loop. Check the profile's base URL.")
                                    .arg(maxRedirects)
                                    .arg(target.path())));
        return false;
    }
    m_url = target;
    authorizeAndSend();
    return false;
}

bool HttpCall::retryLater(const HttpResponse &response)
{
    const HttpRetryPolicy::Decision decision =
        m_retry.afterAnswer(response.status, response.header("Retry-After"), m_request.retryable);
    if (!decision.retry) {
        m_retryRefusal = decision.reason;
        return false;
    }
    emit retrying(decision.seconds);
    // A coarse timer may fire up to 5 % early; a server's Retry-After must not be undercut.
    QTimer::singleShot(decision.waitMs, Qt::PreciseTimer, this, &HttpCall::authorizeAndSend);
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
    QString reason = reasons.join(QStringLiteral("; "));
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
