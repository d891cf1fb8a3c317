#pragma once

#include "TokenAuthenticator.h"

#include <QString>

/// Gcore IAM's JWT sign-in: POST /iam/auth/jwt/login {username, password} and the single-use
/// POST /iam/auth/jwt/refresh {refresh}, both answering {refresh, access}. The access token is
/// sent as `Authorization: Bearer <access>`. Its lifetime comes from the JWT's `exp` claim
/// (read, not verified: the server verifies it); tokens that are not JWTs are assumed to last
/// the documented hour. Username and password live only in this object's memory.
class GcoreJwtEndpoint : public TokenEndpoint
{
public:
    GcoreJwtEndpoint(QString username, QString password);

    HttpRequest tokenRequest(const QString &refreshToken) const override;
    std::variant<IssuedToken, ServiceError> parse(const HttpResponse &response) const override;
    ServiceError mapError(const HttpResponse &response) const override;

    /// Seconds the access token stays valid: `exp - iat` of a JWT (immune to clock skew),
    /// else `exp - now`, else 3600. Never less than 1.
    static int lifetimeSeconds(const QString &token, qint64 nowSecondsSinceEpoch);

    static constexpr int documentedLifetimeSeconds = 3600;

private:
    QString m_username;
    QString m_password;
};
