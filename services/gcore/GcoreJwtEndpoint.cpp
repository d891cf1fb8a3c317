#include "GcoreJwtEndpoint.h"

#include "GcoreErrorMapper.h"
#include "JsonReader.h"
#include "StatusErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

GcoreJwtEndpoint::GcoreJwtEndpoint(QString username, QString password)
    : m_username(std::move(username))
    , m_password(std::move(password))
{ }

HttpRequest GcoreJwtEndpoint::tokenRequest(const QString &refreshToken) const
{
    HttpRequest request = refreshToken.isEmpty()
        ? HttpRequest::json("POST", QStringLiteral("/iam/auth/jwt/login"),
                            QJsonObject { { QStringLiteral("username"), m_username },
                                          { QStringLiteral("password"), m_password } })
        : HttpRequest::json("POST", QStringLiteral("/iam/auth/jwt/refresh"),
                            QJsonObject { { QStringLiteral("refresh"), refreshToken } });
    request.authenticated = false;
    return request;
}

std::variant<IssuedToken, ServiceError> GcoreJwtEndpoint::parse(const HttpResponse &response) const
{
    const JsonReader root = JsonReader::parse(response);
    const QString access = root.string(QStringLiteral("access"));
    const QString refresh = root.string(QStringLiteral("refresh"));
    if (!root.ok())
        return root.error();
    if (access.trimmed().isEmpty() || access.contains(QLatin1Char(' '))) {
        return ServiceError::malformed(
            QCoreApplication::translate("GcoreJwtEndpoint", "field \"access\" is not a token"));
    }
    IssuedToken token;
    token.headerName = "Authorization";
    token.headerValue = "Bearer " + access.toLatin1();
    token.refreshToken = refresh;
    token.expiresInSeconds =
        lifetimeSeconds(access, QDateTime::currentDateTimeUtc().toSecsSinceEpoch());
    return token;
}

ServiceError GcoreJwtEndpoint::mapError(const HttpResponse &response) const
{
    return StatusErrors::signInError(GcoreErrorMapper::mapLogin(response), response.status,
                                     QStringLiteral("Gcore"));
}

int GcoreJwtEndpoint::lifetimeSeconds(const QString &token, qint64 nowSecondsSinceEpoch)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return documentedLifetimeSeconds;
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return documentedLifetimeSeconds;
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    const qint64 lifetime = iat.isDouble() ? qint64(exp.toDouble()) - qint64(iat.toDouble())
                                           : qint64(exp.toDouble()) - nowSecondsSinceEpoch;
    return int(std::clamp<qint64>(lifetime, 1, 366LL * 24 * 3600));
}
