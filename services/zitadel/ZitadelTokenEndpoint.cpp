#include "ZitadelTokenEndpoint.h"

#include "JsonReader.h"
#include "StatusErrors.h"
#include "ZitadelErrorMapper.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {
/// Without expires_in (optional in RFC 6749), renew after five minutes; a 401 before that
/// still triggers one fresh token.
constexpr int defaultLifetimeSeconds = 300;
} // namespace

const QString &ZitadelTokenEndpoint::apiScope()
{
    static const QString scope =
        QStringLiteral("openid urn:zitadel:iam:org:project:id:zitadel:aud");
    return scope;
}

ZitadelTokenEndpoint::ZitadelTokenEndpoint(QString clientId, QString clientSecret)
    : m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{ }

HttpRequest ZitadelTokenEndpoint::tokenRequest(const QString &) const
{
    const QUrlQuery form { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                           { QStringLiteral("scope"), apiScope() } };
    HttpRequest request = HttpRequest::form(QStringLiteral("/oauth/v2/token"), form);
    const QByteArray credentials =
        QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(m_clientSecret);
    request.headers.append({ "Authorization", "Basic " + credentials.toBase64() });
    request.authenticated = false;
    return request;
}

std::variant<IssuedToken, ServiceError>
ZitadelTokenEndpoint::parse(const HttpResponse &response) const
{
    const JsonReader root = JsonReader::parse(response);
    const QString accessToken = root.string(QStringLiteral("access_token"));
    const QString tokenType = root.optionalString(QStringLiteral("token_type"));
    const std::optional<qint64> expiresIn = root.optionalInteger(QStringLiteral("expires_in"));
    if (!root.ok())
        return root.error();
    if (accessToken.isEmpty())
        return ServiceError::malformed(
            QCoreApplication::translate("ZitadelTokenEndpoint", "field \"access_token\" is empty"));
    if (!tokenType.isEmpty() && tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive))
        return ServiceError::malformed(
            QCoreApplication::translate("ZitadelTokenEndpoint",
                                        "field \"token_type\" is \"%1\", not \"Bearer\"")
                .arg(tokenType));
    IssuedToken token;
    token.headerValue = "Bearer " + accessToken.toUtf8();
    token.expiresInSeconds = expiresIn && *expiresIn > 0
        ? int(std::min<qint64>(*expiresIn, qint64(7) * 24 * 3600))
        : defaultLifetimeSeconds;
    return token;
}

ServiceError ZitadelTokenEndpoint::mapError(const HttpResponse &response) const
{
    return StatusErrors::signInError(ZitadelErrorMapper::map(response), response.status,
                                     QStringLiteral("ZITADEL"));
}
