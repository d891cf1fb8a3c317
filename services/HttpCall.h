#pragma once

#include "HttpExchange.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class HttpClient;
class QNetworkReply;
class QSslError;

/// One HTTP exchange, with everything a careful client does around it: credentials (and one
/// refresh after a 401 where the authenticator can), a transfer timeout, a response size cap,
/// bounded retries of reads answered 429/503 honouring Retry-After, same-origin redirects only
/// (credentials never go to another host), and TLS errors reported, never ignored.
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
    /// A read is waiting `seconds` before trying again (429/503).
    void retrying(int seconds);

private:
    void authorizeAndSend();
    void sendWith(const HttpHeaders &authHeaders);
    void onFinished();
    bool handleRedirect(const HttpResponse &response);
    bool retryLater(const HttpResponse &response);
    void finishWith(const ServiceError &error);
    void finishWith(const HttpResponse &response);
    /// The TLS errors as one reason, saying which profile setting helps when the issuer is
    /// not trusted.
    QString describeTlsErrors(const QList<QSslError> &errors) const;
    static int retryAfterSeconds(const QByteArray &value);

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QString m_tlsProblems;
    bool m_tooLarge = false;
    bool m_refreshedCredentials = false;
    bool m_done = false;
    int m_retries = 0;
    int m_redirects = 0;
    int m_sentAuthHeaders = 0;
};
