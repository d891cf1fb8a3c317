#include "CodeArtsErrorShape.h"

#include <QJsonObject>

namespace Code = CodeArtsErrorCode;

CodeArtsErrorShape::CodeArtsErrorShape(Service service)
    : m_service(service)
{ }

MockResponse CodeArtsErrorShape::body(int status, const QString &code, const QString &message)
{
    return MockResponse::json(status,
                              QJsonObject { { QStringLiteral("error_code"), code },
                                            { QStringLiteral("error_msg"), message } });
}

MockResponse CodeArtsErrorShape::repoUnauthenticated()
{
    // Exact documented text (seed 002), whatever the cause: missing, unknown or expired token.
    return body(401, Code::unauthenticated, QStringLiteral("Authentication information expired."));
}

MockResponse CodeArtsErrorShape::error(MockFault fault, const QString &message) const
{
    const bool iam = m_service == Service::Iam;
    switch (fault) {
    case MockFault::Unauthenticated:
        return iam ? body(401, Code::iamUnauthenticated,
                          QStringLiteral("The request you have made requires authentication."))
                   : repoUnauthenticated();
    case MockFault::Forbidden:
        return body(403, iam ? Code::iamForbidden : Code::forbidden, message);
    case MockFault::NotFound:
        return body(404, iam ? Code::iamNotFound : Code::notFound, message);
    case MockFault::MethodNotAllowed:
        return body(405, iam ? Code::iamMethodNotAllowed : Code::methodNotAllowed, message);
    case MockFault::PayloadTooLarge:
        return body(413, iam ? Code::iamPayloadTooLarge : Code::payloadTooLarge, message);
    case MockFault::UnsupportedMediaType:
        return body(415, iam ? Code::iamUnsupportedMediaType : Code::unsupportedMediaType, message);
    case MockFault::MalformedBody:
        return body(400, iam ? Code::iamBadBody : Code::badRequest, message);
    case MockFault::RateLimited:
        // The gateway's throttling code; the status is an inference (docs: "600 calls per API
        // per minute", status not stated).
        return body(429, Code::throttled,
                    QStringLiteral("The throttling threshold has been reached (600 calls per API "
                                   "per minute). %1")
                        .arg(message));
    case MockFault::ServerError:
        return body(500, iam ? Code::iamServerError : Code::serverError, message);
    }
    return body(500, iam ? Code::iamServerError : Code::serverError, message);
}
