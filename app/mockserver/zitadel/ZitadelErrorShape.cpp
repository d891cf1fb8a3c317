#include "ZitadelErrorShape.h"

#include <QJsonArray>
#include <QJsonObject>

MockResponse ZitadelErrorShape::render(int status, Code code, const QString &message,
                                       const QString &detailId, const QString &detailText)
{
    QJsonObject body { { QStringLiteral("code"), int(code) },
                       { QStringLiteral("message"), message } };
    if (!detailId.isEmpty()) {
        const QJsonObject detail {
            { QStringLiteral("@type"),
              QStringLiteral("type.googleapis.com/zitadel.v1.ErrorDetail") },
            { QStringLiteral("id"), detailId },
            { QStringLiteral("message"), detailText },
        };
        body.insert(QStringLiteral("details"), QJsonArray { detail });
    }
    return MockResponse::json(status, body);
}

int ZitadelErrorShape::httpStatus(Code code)
{
    switch (code) {
    case InvalidArgument:
    case FailedPrecondition:
        return 400;
    case NotFound:
        return 404;
    case AlreadyExists:
        return 409;
    case PermissionDenied:
        return 403;
    case ResourceExhausted:
        return 429;
    case Unimplemented:
        return 501;
    case Internal:
        return 500;
    case Unavailable:
        return 503;
    case Unauthenticated:
        return 401;
    }
    return 500;
}

MockResponse ZitadelErrorShape::zitadelError(Code code, const QString &id, const QString &text)
{
    return render(httpStatus(code), code, QStringLiteral("%1 (%2)").arg(text, id), id, text);
}

MockResponse ZitadelErrorShape::plainError(Code code, const QString &message)
{
    return render(httpStatus(code), code, message, {}, {});
}

MockResponse ZitadelErrorShape::authHeaderMissing()
{
    return zitadelError(Unauthenticated, QStringLiteral("AUTH-7fs1e"),
                        QStringLiteral("auth header missing"));
}

MockResponse ZitadelErrorShape::tokenInvalid()
{
    return zitadelError(Unauthenticated, QStringLiteral("AUTH-7fs1e"),
                        QStringLiteral("Errors.Token.Invalid"));
}

MockResponse ZitadelErrorShape::permissionDenied()
{
    return zitadelError(PermissionDenied, QStringLiteral("AUTH-5mWD2"),
                        QStringLiteral("No matching permissions found"));
}

MockResponse ZitadelErrorShape::userNotFound()
{
    return zitadelError(NotFound, QStringLiteral("QUERY-Dfbg2"),
                        QStringLiteral("User could not be found"));
}

MockResponse ZitadelErrorShape::emailNotChanged()
{
    return zitadelError(FailedPrecondition, QStringLiteral("COMMAND-2b7fM"),
                        QStringLiteral("Email not changed"));
}

MockResponse ZitadelErrorShape::emailAlreadyVerified()
{
    return zitadelError(FailedPrecondition, QStringLiteral("COMMAND-3m9ds"),
                        QStringLiteral("Email is already verified"));
}

MockResponse ZitadelErrorShape::error(MockFault fault, const QString &message) const
{
    switch (fault) {
    case MockFault::Unauthenticated:
        return zitadelError(Unauthenticated, QStringLiteral("AUTH-7fs1e"), message);
    case MockFault::Forbidden:
        return zitadelError(PermissionDenied, QStringLiteral("AUTH-5mWD2"), message);
    case MockFault::NotFound:
        // grpc-gateway's routing error, verbatim.
        return render(404, NotFound, QStringLiteral("Not Found"), {}, {});
    case MockFault::MethodNotAllowed:
        return render(405, Unimplemented, QStringLiteral("Method Not Allowed"), {}, {});
    case MockFault::PayloadTooLarge:
        // Inference: gRPC rejects oversized messages with RESOURCE_EXHAUSTED; the mock keeps
        // the HTTP status of its body cap (413) so clients can tell it from rate limiting.
        return render(413, ResourceExhausted, message, {}, {});
    case MockFault::UnsupportedMediaType:
        return render(415, InvalidArgument, message, {}, {});
    case MockFault::MalformedBody:
        return plainError(InvalidArgument, message);
    case MockFault::RateLimited:
        return plainError(ResourceExhausted, message);
    case MockFault::ServerError:
        return plainError(Unavailable, message);
    }
    return plainError(Internal, message);
}
