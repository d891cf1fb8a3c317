#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

/// What came back for one raw HTTP request.
struct RawReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

/// A deliberately dumb HTTP client for contract tests: raw verbs, paths, headers and bytes
/// through QNetworkAccessManager, with no knowledge of the client code in services/.
class RawHttpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit RawHttpClient(QUrl baseUrl);

    /// Sends and waits (test-only) until the reply finishes or `timeoutMs` passes.
    RawReply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                  const Headers &headers = {}, int timeoutMs = 15000);
    /// Starts a request without waiting; the caller owns the reply.
    QNetworkReply *start(const QByteArray &verb, const QString &pathAndQuery,
                         const QByteArray &body = {}, const Headers &headers = {});

    RawReply get(const QString &pathAndQuery, const Headers &headers = {});
    RawReply sendJson(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body,
                      Headers headers = {});
    RawReply postForm(const QString &path, const QByteArray &form, Headers headers = {});

    static RawReply collect(QNetworkReply *reply);
    static QPair<QByteArray, QByteArray> bearer(const QString &token);
    static QPair<QByteArray, QByteArray> basic(const QString &user, const QString &password);

    QNetworkAccessManager &network() { return m_network; }
    const QUrl &baseUrl() const { return m_baseUrl; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
