#include "AcronisTokenEndpoint.h"

#include "AcronisErrorMapper.h"
#include "JsonReader.h"
#include "StatusErrors.h"

#include <QDateTime>
#include <QUrlQuery>

AcronisTokenEndpoint::AcronisTokenEndpoint(QString clientId, QString clientSecret)
    : m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{ }

HttpRequest AcronisTokenEndpoint::tokenRequest(const QString &) const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    HttpRequest request = HttpRequest::form(QStringLiteral("/api/2/idp/token"), form);
    const QByteArray credentials =
        QByteArray(m_clientId.toUtf8() + ':' + m_clientSecret.toUtf8()).toBase64();
    request.headers.append(
        { QByteArrayLiteral("Authorization"), QByteArray("Basic " + credentials) });
    request.authenticated = false;
    return request;
}

std::variant<IssuedToken, ServiceError>
AcronisTokenEndpoint::parse(const HttpResponse &response) const
{
    const JsonReader root = JsonReader::parse(response);
    const QString accessToken = root.string(QStringLiteral("access_token"));
    const QString tokenType = root.string(QStringLiteral("token_type"));
    root.optionalString(QStringLiteral("id_token")); // required by the spec; unused here
    const std::optional<qint64> expiresIn = root.optionalInteger(QStringLiteral("expires_in"));
    const std::optional<qint64> expiresOn = root.optionalInteger(QStringLiteral("expires_on"));
    if (!root.ok())
        return root.error();
    if (accessToken.isEmpty())
        return ServiceError::malformed(tr("field \"access_token\" is empty"));
    if (tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        return ServiceError::malformed(
            tr("field \"token_type\" is \"%1\", but only bearer tokens are supported")
                .arg(tokenType.left(40)));
    }

    qint64 lifetime = DefaultLifetimeSeconds;
    if (expiresIn && *expiresIn > 0)
        lifetime = *expiresIn;
    else if (expiresOn && *expiresOn > QDateTime::currentSecsSinceEpoch())
        lifetime = *expiresOn - QDateTime::currentSecsSinceEpoch();

    IssuedToken token;
    token.headerName = QByteArrayLiteral("Authorization");
    token.headerValue = QByteArray("Bearer " + accessToken.toUtf8());
    token.expiresInSeconds = int(std::min<qint64>(lifetime, qint64(24) * 60 * 60));
    return token;
}

ServiceError AcronisTokenEndpoint::mapError(const HttpResponse &response) const
{
    return StatusErrors::signInError(AcronisErrorMapper::mapTokenError(response), response.status,
                                     QStringLiteral("Acronis"));
}
