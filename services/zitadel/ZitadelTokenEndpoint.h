#pragma once

#include "TokenAuthenticator.h"

#include <QString>

/// ZITADEL's OAuth token endpoint for service accounts: the client-credentials grant.
///
/// `POST /oauth/v2/token` with `Authorization: Basic <clientId:clientSecret>` (each part
/// form-encoded first, RFC 6749 §2.3.1) and the form `grant_type=client_credentials&scope=openid
/// urn:zitadel:iam:org:project:id:zitadel:aud`, answered by `{access_token, token_type,
/// expires_in}`. There is no refresh token: an expired token is fetched again. The secret stays
/// in this object's memory only.
class ZitadelTokenEndpoint : public TokenEndpoint
{
public:
    /// The scope that makes the token valid for ZITADEL's own APIs.
    static const QString &apiScope();

    ZitadelTokenEndpoint(QString clientId, QString clientSecret);

    HttpRequest tokenRequest(const QString &refreshToken) const override;
    std::variant<IssuedToken, ServiceError> parse(const HttpResponse &response) const override;
    ServiceError mapError(const HttpResponse &response) const override;

private:
    QString m_clientId;
    QString m_clientSecret;
};
