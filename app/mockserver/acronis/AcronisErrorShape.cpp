#include "AcronisErrorShape.h"

#include <QJsonValue>

int AcronisErrorShape::statusFor(MockFault fault)
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

MockResponse AcronisErrorShape::error(MockFault fault, const QString &message) const
{
    const int status = statusFor(fault);
    MockResponse response = make(status, message);
    if (fault == MockFault::Unauthenticated)
        response.withHeader("WWW-Authenticate", "Bearer");
    return response;
}

MockResponse AcronisErrorShape::make(int status, int code, const QString &message,
                                     const QString &info, const QJsonObject &context)
{
    const QJsonObject details {
        { QStringLiteral("info"), info.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(info) }
    };
    const QJsonObject error { { QStringLiteral("code"), code },
                              { QStringLiteral("domain"), QStringLiteral("PlatformAccountServer") },
                              { QStringLiteral("message"), message },
                              { QStringLiteral("details"), details },
                              { QStringLiteral("context"), context } };
    return MockResponse::json(status, QJsonObject { { QStringLiteral("error"), error } });
}

MockResponse AcronisErrorShape::make(int status, const QString &message, const QString &info)
{
    return make(status, status, message, info);
}
