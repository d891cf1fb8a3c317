#include "RawHttpClient.h"

#include <QBuffer>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawHttpClient::RawHttpClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    // Tests expect each request to see the server's answer, never a cached or redirected one.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *RawHttpClient::start(const QByteArray &verb, const QString &pathAndQuery,
                                    const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + pathAndQuery));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (body.isEmpty() && verb != "POST" && verb != "PUT" && verb != "PATCH")
        return m_network.sendCustomRequest(request, verb);
    return m_network.sendCustomRequest(request, verb, body);
}

RawReply RawHttpClient::collect(QNetworkReply *reply)
{
    RawReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    return result;
}

RawReply RawHttpClient::send(const QByteArray &verb, const QString &pathAndQuery,
                             const QByteArray &body, const Headers &headers, int timeoutMs)
{
    QNetworkReply *reply = start(verb, pathAndQuery, body, headers);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    RawReply result;
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        result.timedOut = true;
        reply->deleteLater();
        return result;
    }
    result = collect(reply);
    reply->deleteLater();
    return result;
}

RawReply RawHttpClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

RawReply RawHttpClient::sendJson(const QByteArray &verb, const QString &pathAndQuery,
                                 const QJsonObject &body, Headers headers)
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send(verb, pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

RawReply RawHttpClient::postForm(const QString &path, const QByteArray &form, Headers headers)
{
    headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return send("POST", path, form, headers);
}

QPair<QByteArray, QByteArray> RawHttpClient::bearer(const QString &token)
{
    return { "Authorization", "Bearer " + token.toUtf8() };
}

QPair<QByteArray, QByteArray> RawHttpClient::basic(const QString &user, const QString &password)
{
    const QByteArray credentials = user.toUtf8() + ':' + password.toUtf8();
    return { "Authorization", "Basic " + credentials.toBase64() };
}
