#pragma once

#include "ServiceError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// An HTTP answer with a status code (any status; errors are mapped by the caller's mapper).
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    /// The request this answers, "GET /iam/users", so that a malformed answer names its endpoint.
    QString origin;

    QByteArray header(const QByteArray &name) const;
};

/// Turns an error answer (status >= 400) into a ServiceError, in one backend's dialect.
using ErrorMapper = std::function<ServiceError(const HttpResponse &)>;

/// One request relative to the client's base URL.
struct HttpRequest
{
    QByteArray verb = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    HttpHeaders headers;
    /// Send the authenticator's headers (false for token endpoints and logins).
    bool authenticated = true;
    /// Reads may be retried on 429 and 503; writes only on 429, where the server says it did not
    /// process the request (a 503 may come from a proxy after the write went through).
    bool retryable = false;
    /// A 2xx body, when there is one, must be the API's JSON: an HTML page or another content
    /// type is reported, not handed to the decoder.
    bool expectsJson = true;
    /// Overrides the client's error mapper (token endpoints speak OAuth, not the API dialect).
    ErrorMapper errorMapper;

    static HttpRequest get(const QString &path, const QUrlQuery &query = {});
    /// A JSON body; `retryable` stays false unless the caller marks a read (e.g. a POST search).
    static HttpRequest json(const QByteArray &verb, const QString &path, const QJsonObject &body);
    static HttpRequest form(const QString &path, const QUrlQuery &fields);
};
