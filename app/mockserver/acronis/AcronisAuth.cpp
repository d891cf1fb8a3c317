#include "AcronisAuth.h"

#include "AcronisErrorShape.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// Parses an application/x-www-form-urlencoded body ('+' is a space there, unlike in URLs).
QUrlQuery parseForm(const QByteArray &body)
{
    QByteArray normalized = body;
    normalized.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(normalized));
}

/// The credentials of an `Authorization: Basic` header, if the request has a well-formed one.
std::optional<QPair<QString, QString>> basicCredentials(const MockRequest &request)
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (!header.toLower().startsWith("basic "))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &pair = decoded.decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return qMakePair(QString::fromUtf8(pair.left(colon)), QString::fromUtf8(pair.mid(colon + 1)));
}
} // namespace

AcronisAuth::AcronisAuth(const MockContext &context)
    : m_context(context)
{ }

MockResponse AcronisAuth::tokenError(int status, const QString &error, const QString &description)
{
    return MockResponse::json(status,
                              QJsonObject { { QStringLiteral("error"), error },
                                            { QStringLiteral("error_description"), description } })
        .withHeader("Cache-Control", "no-store");
}

MockResponse AcronisAuth::issueToken(const MockRequest &request)
{
    const QString invalidRequest = QStringLiteral("invalid_request");
    if (request.mediaType() != "application/x-www-form-urlencoded") {
        // Inference: the documented tokenError (not 415) for a body that is not a form.
        return tokenError(400, invalidRequest,
                          QStringLiteral("Content-Type must be "
                                         "application/x-www-form-urlencoded."));
    }
    const QUrlQuery form = parseForm(request.body());
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    if (grantType.isEmpty())
        return tokenError(400, invalidRequest, QStringLiteral("grant_type is required."));
    if (grantType != QLatin1String("client_credentials")) {
        return tokenError(400, invalidRequest,
                          QStringLiteral("grant_type \"%1\" is not available to API clients; "
                                         "use client_credentials.")
                              .arg(grantType));
    }

    QString clientId;
    QString clientSecret;
    if (const auto basic = basicCredentials(request)) {
        clientId = basic->first;
        clientSecret = basic->second;
    } else if (form.hasQueryItem(QStringLiteral("client_id"))) {
        // token_endpoint_auth_method = client_secret_post (documented alternative).
        clientId = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        clientSecret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    } else {
        return tokenError(401, QStringLiteral("access_denied"),
                          QStringLiteral("Client authentication is required: send "
                                         "Authorization: Basic base64(client_id:client_secret)."));
    }
    const MockCredentials &credentials = m_context.config.credentials;
    if (clientId != credentials.acronisClientId || clientSecret != credentials.acronisClientSecret)
        return tokenError(401, QStringLiteral("access_denied"),
                          QStringLiteral("Invalid client credentials."));

    const int lifetime = m_context.config.tokenTtlSeconds;
    const TokenRegistry::Issued issued =
        m_tokens.issue(QStringLiteral("ac-access"), clientId, lifetime);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject body { { QStringLiteral("access_token"), issued.token },
                             { QStringLiteral("token_type"), QStringLiteral("bearer") },
                             { QStringLiteral("expires_in"), issued.expiresInSeconds },
                             { QStringLiteral("expires_on"), now + lifetime },
                             { QStringLiteral("id_token"),
                               idToken(clientId, now, now + lifetime) } };
    return MockResponse::json(200, body)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
}

QString AcronisAuth::idToken(const QString &clientId, qint64 issuedAt, qint64 expiresOn) const
{
    // An unsigned JWT with the usual claims: clients must treat it as opaque anyway.
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("none") },
                               { QStringLiteral("typ"), QStringLiteral("JWT") } };
    const QJsonObject claims { { QStringLiteral("iss"), m_context.baseUrl() },
                               { QStringLiteral("sub"), clientId },
                               { QStringLiteral("aud"), clientId },
                               { QStringLiteral("iat"), issuedAt },
                               { QStringLiteral("exp"), expiresOn } };
    const QByteArray jwt = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
    return QString::fromLatin1(jwt);
}

std::optional<MockResponse> AcronisAuth::rejectUnauthenticated(const MockRequest &request) const
{
    QString token;
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.toLower().startsWith("bearer "))
        token = QString::fromLatin1(header.mid(7).trimmed());
    else if (header.isEmpty())
        token = request.queryItem(QStringLiteral("access_token"));

    if (token.isEmpty()) {
        return AcronisErrorShape::make(401,
                                       QStringLiteral("Authorization required: send "
                                                      "Authorization: Bearer "
                                                      "<access_token>."))
            .withHeader("WWW-Authenticate", "Bearer");
    }
    if (!m_tokens.subject(token)) {
        return AcronisErrorShape::make(401,
                                       QStringLiteral("The access token is invalid or expired."))
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    return std::nullopt;
}
