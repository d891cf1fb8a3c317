#include "ZitadelOAuthErrorShape.h"

#include "GenericErrorShape.h"

#include <QJsonObject>

MockResponse ZitadelOAuthErrorShape::oauthError(int httpStatus, const QString &error,
                                                const QString &description)
{
    return MockResponse::json(httpStatus,
                              QJsonObject { { QStringLiteral("error"), error },
                                            { QStringLiteral("error_description"), description } })
        .withHeader("Cache-Control", "no-store");
}

MockResponse ZitadelOAuthErrorShape::error(MockFault fault, const QString &message) const
{
    const int status = GenericErrorShape::statusFor(fault);
    switch (fault) {
    case MockFault::Unauthenticated:
        return oauthError(status, QStringLiteral("invalid_client"), message);
    case MockFault::Forbidden:
        return oauthError(status, QStringLiteral("unauthorized_client"), message);
    case MockFault::MalformedBody:
    case MockFault::UnsupportedMediaType:
    case MockFault::PayloadTooLarge:
    case MockFault::NotFound:
    case MockFault::MethodNotAllowed:
        return oauthError(status, QStringLiteral("invalid_request"), message);
    case MockFault::RateLimited:
        // Inference: RFC 6749 defines no rate-limit code; "temporarily_unavailable" is the
        // closest registered one.
        return oauthError(status, QStringLiteral("temporarily_unavailable"), message);
    case MockFault::ServerError:
        return oauthError(status, QStringLiteral("server_error"), message);
    }
    return oauthError(500, QStringLiteral("server_error"), message);
}
