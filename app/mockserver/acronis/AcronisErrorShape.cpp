#include "AcronisErrorShape.h"

#include "GenericErrorShape.h"

#include <QJsonValue>

MockResponse AcronisErrorShape::error(MockFault fault, const QString &message) const
{
    // errorScheme's `code` is the HTTP status when there is no platform code.
    const int status = GenericErrorShape::statusFor(fault);
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
