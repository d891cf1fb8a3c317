#pragma once

#include "TokenAuthenticator.h"

#include <QCoreApplication>
#include <QString>

/// OAuth 2.0 client credentials of an Acronis API client: POST /api/2/idp/token with
/// `Authorization: Basic base64(client_id:client_secret)` and `grant_type=client_credentials`,
/// answered by `{access_token, token_type, expires_in, expires_on, id_token}`. There is no
/// refresh token for API clients: renewing is a new client-credentials request. The secret
/// lives only in this object's memory.
class AcronisTokenEndpoint : public TokenEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(AcronisTokenEndpoint)
public:
    /// Documented lifetime of an access token, used when the answer does not say.
    static constexpr int DefaultLifetimeSeconds = 2 * 60 * 60;

    AcronisTokenEndpoint(QString clientId, QString clientSecret);

    HttpRequest tokenRequest(const QString &refreshToken) const override;
    std::variant<IssuedToken, ServiceError> parse(const HttpResponse &response) const override;
    ServiceError mapError(const HttpResponse &response) const override;

private:
    QString m_clientId;
    QString m_clientSecret;
};
