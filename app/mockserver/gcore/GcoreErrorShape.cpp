#include "GcoreErrorShape.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
// The shared pipeline phrases its messages for humans; DRF's texts carry the same facts in
// fixed wording, so the few variable parts (method, seconds) are lifted out of the message.
QString firstCapture(const QString &pattern, const QString &message)
{
    const QRegularExpression expression(pattern);
    return expression.match(message).captured(1);
}
} // namespace

MockResponse GcoreErrorShape::detail(int status, const QString &text)
{
    return MockResponse::json(status, QJsonObject { { QStringLiteral("detail"), text } });
}

MockResponse GcoreErrorShape::unauthorized(const QString &text)
{
    // djangorestframework-simplejwt's JWTAuthentication.authenticate_header().
    return detail(401, text).withHeader("WWW-Authenticate", "Bearer realm=\"api\"");
}

MockResponse GcoreErrorShape::error(MockFault fault, const QString &message) const
{
    switch (fault) {
    case MockFault::Unauthenticated:
        return unauthorized(message.isEmpty()
                                ? QStringLiteral("Authentication credentials were not provided.")
                                : message);
    case MockFault::Forbidden:
        return detail(403, QStringLiteral("You do not have permission to perform this action."));
    case MockFault::NotFound:
        return detail(404, QStringLiteral("Not found."));
    case MockFault::MethodNotAllowed: {
        const QString method = firstCapture(QStringLiteral("^Method (\\S+) "), message);
        return detail(405,
                      method.isEmpty() ? message
                                       : QStringLiteral("Method \"%1\" not allowed.").arg(method));
    }
    case MockFault::PayloadTooLarge:
        return detail(413, message);
    case MockFault::UnsupportedMediaType:
        return detail(415, message);
    case MockFault::MalformedBody:
        // DRF's ParseError as Gcore IAM renders it (spec schema JSONParseError).
        return MockResponse::json(
            400,
            QJsonObject { { QStringLiteral("message"),
                            QString(QStringLiteral("JSON parse error - ") + message) } });
    case MockFault::RateLimited: {
        const QString seconds = firstCapture(QStringLiteral("(\\d+)"), message);
        if (seconds.isEmpty())
            return detail(429, QStringLiteral("Request was throttled."));
        const QString unit =
            seconds == QLatin1String("1") ? QStringLiteral("second") : QStringLiteral("seconds");
        return detail(429,
                      QStringLiteral("Request was throttled. Expected available in %1 %2.")
                          .arg(seconds, unit));
    }
    case MockFault::ServerError:
        // DRF's ServiceUnavailable.
        return detail(503, QStringLiteral("Service temporarily unavailable, try again later."));
    }
    return detail(500, QStringLiteral("A server error occurred."));
}
