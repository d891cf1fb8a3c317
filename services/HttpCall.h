#pragma once

#include "HttpExchange.h"
#include "HttpRetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class HttpClient;
class QNetworkReply;
class QSslError;
class QTimer;

/// One HTTP exchange, with everything a careful client does around it: credentials (and one
/// refresh after a 401 where the authenticator can), a total deadline per attempt besides the
/// inactivity timeout, a response size cap that holds after decompression, answers checked for
/// being whole and being the API's JSON (ResponseIntegrity), retries of 429/503 within a
/// budget honouring Retry-After (HttpRetryPolicy), same-origin redirects only (credentials
/// never go to another host), and TLS errors reported, never ignored.
///
/// Emits exactly one of succeeded() (status < 400) or failed(), then deletes itself.
/// Deleting it earlier (e.g. with its owning job) aborts the reply.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(HttpClient *client, HttpRequest request, QObject *owner);
    ~HttpCall() override;

    void start();

signals:
    void succeeded(const HttpResponse &response);
    void failed(const ServiceError &error);
    /// The call is waiting `seconds` (rounded up) before trying again (429/503).
    void retrying(int seconds);

private:
    void authorizeAndSend();
    void sendWith(const HttpHeaders &authHeaders);
    void onFinished();
    bool handleRedirect(const HttpResponse &response);
    bool retryLater(const HttpResponse &response);
    void onDeadline();
    void takeBody();
    void checkSize();
    void checkHeaders();
    ServiceError timeoutError(int status) const;
    /// "Address tried: <url>." without query, fragment or user info (which may carry
    /// credentials): said with every error where the address itself may be the problem
    /// (unreachable, silent, 404), so that a mistyped host or path is seen at once.
    QString addressTried() const;
    void finishWith(const ServiceError &error);
    void finishWith(const HttpResponse &response);
    /// The TLS errors as one reason, saying which profile setting helps when the issuer is
    /// not trusted.
    QString describeTlsErrors(const QList<QSslError> &errors) const;

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    /// The body read so far (taken from the reply as it arrives).
    QByteArray m_body;
    QString m_tlsProblems;
    HttpRetryPolicy m_retry;
    /// Why the last 429/503 was not retried, added to the error.
    QString m_retryRefusal;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_attemptClock;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    std::optional<ServiceError> m_headerProblem;
    bool m_refreshedCredentials = false;
    bool m_done = false;
    int m_redirects = 0;
    int m_sentAuthHeaders = 0;
};
