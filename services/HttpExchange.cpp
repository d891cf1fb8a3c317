#include "HttpExchange.h"

#include <QJsonDocument>

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpRequest HttpRequest::get(const QString &path, const QUrlQuery &query)
{
    HttpRequest request;
    request.path = path;
    request.query = query;
    request.retryable = true;
    return request;
}

HttpRequest HttpRequest::json(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    HttpRequest request;
    request.verb = verb;
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return request;
}

HttpRequest HttpRequest::form(const QString &path, const QUrlQuery &fields)
{
    HttpRequest request;
    request.verb = "POST";
    request.path = path;
    request.body = fields.query(QUrl::FullyEncoded).toUtf8();
    request.contentType = "application/x-www-form-urlencoded";
    return request;
}
