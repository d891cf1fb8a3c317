#include "GenericErrorShape.h"

int GenericErrorShape::statusFor(MockFault fault)
{
    switch (fault) {
    case MockFault::Unauthenticated:
        return 401;
    case MockFault::Forbidden:
        return 403;
    case MockFault::NotFound:
        return 404;
    case MockFault::MethodNotAllowed:
        return 405;
    case MockFault::PayloadTooLarge:
        return 413;
    case MockFault::UnsupportedMediaType:
        return 415;
    case MockFault::MalformedBody:
        return 400;
    case MockFault::RateLimited:
        return 429;
    case MockFault::ServerError:
        return 503;
    }
    return 500;
}

MockResponse GenericErrorShape::error(MockFault fault, const QString &message) const
{
    const int status = statusFor(fault);
    return MockResponse::json(
        status,
        QJsonObject { { QStringLiteral("error"), message }, { QStringLiteral("status"), status } });
}
