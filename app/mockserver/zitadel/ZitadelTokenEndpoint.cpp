#include "ZitadelTokenEndpoint.h"

#include "ZitadelAccess.h"
#include "ZitadelOAuthErrorShape.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace {
const QString &audienceScope()
{
    static const QString scope = QStringLiteral("urn:zitadel:iam:org:project:id:zitadel:aud");
    return scope;
}

MockResponse invalidRequest(const QString &description)
{
    return ZitadelOAuthErrorShape::oauthError(400, QStringLiteral("invalid_request"), description);
}
} // namespace

ZitadelTokenEndpoint::ZitadelTokenEndpoint(const MockContext &context, ZitadelAccess &access)
    : m_context(context)
    , m_access(access)
{ }

MockResponse ZitadelTokenEndpoint::token(const MockRequest &request) const
{
    if (request.mediaType() != "application/x-www-form-urlencoded") {
        return invalidRequest(QStringLiteral("Content-Type must be "
                                             "application/x-www-form-urlencoded"));
    }
    // '+' encodes a space in forms; QUrlQuery leaves it alone.
    QByteArray formBytes = request.body();
    formBytes.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(formBytes));
    const auto value = [&form](const char *key) {
        return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };

    // Checked in the order of ZITADEL's OIDC library: grant type, client, then scopes.
    const QString grantType = value("grant_type");
    if (grantType.isEmpty())
        return invalidRequest(QStringLiteral("grant_type missing"));
    if (grantType != QLatin1String("client_credentials")) {
        return ZitadelOAuthErrorShape::oauthError(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("grant_type %1 not supported").arg(grantType));
    }

    QString clientId = value("client_id");
    QString clientSecret = value("client_secret");
    const QByteArray authorization = request.header("Authorization").trimmed();
    const bool usedBasic = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    if (usedBasic) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        } else {
            clientId.clear();
        }
    }
    const MockCredentials &credentials = m_context.config.credentials;
    if (clientId.isEmpty() || clientId != credentials.zitadelClientId
        || clientSecret != credentials.zitadelClientSecret) {
        MockResponse failure = ZitadelOAuthErrorShape::oauthError(
            401, QStringLiteral("invalid_client"),
            clientId.isEmpty() ? QStringLiteral("client authentication missing")
                               : QStringLiteral("client authentication failed"));
        if (usedBasic)
            failure.withHeader("WWW-Authenticate", "Basic realm=\"zitadel\"");
        return failure;
    }

    const QStringList scopes = value("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.contains(QLatin1String("openid")) || !scopes.contains(audienceScope())) {
        // Inference: upstream would issue a token that every API call then rejects; the mock
        // reports the missing scope right away.
        return ZitadelOAuthErrorShape::oauthError(
            400, QStringLiteral("invalid_scope"),
            QStringLiteral("scope must contain \"openid\" and \"%1\"").arg(audienceScope()));
    }

    const TokenRegistry::Issued issued = m_access.issueAccessToken(clientId);
    return MockResponse::json(200,
                              QJsonObject {
                                  { QStringLiteral("access_token"), issued.token },
                                  { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                                  { QStringLiteral("expires_in"), issued.expiresInSeconds },
                              })
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}
