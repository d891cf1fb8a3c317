#pragma once

#include "ErrorShape.h"

#include <QString>

/// ZITADEL's REST error body, a google rpcStatus rendered by grpc-gateway:
/// `{"code": 5, "message": "User could not be found (QUERY-Dfbg2)", "details": [{"@type":
/// "type.googleapis.com/zitadel.v1.ErrorDetail", "id": "QUERY-Dfbg2", "message": "..."}]}`.
/// Errors raised by ZITADEL itself carry the ErrorDetail; errors of the gateway (routing, JSON
/// decoding) and of request validation carry only code and message, as upstream.
class ZitadelErrorShape : public ErrorShape
{
public:
    /// The gRPC status codes ZITADEL uses.
    enum Code {
        InvalidArgument = 3,
        NotFound = 5,
        AlreadyExists = 6,
        PermissionDenied = 7,
        ResourceExhausted = 8,
        FailedPrecondition = 9,
        Unimplemented = 12,
        Internal = 13,
        Unavailable = 14,
        Unauthenticated = 16,
    };

    MockResponse error(MockFault fault, const QString &message) const override;

    /// An error raised by ZITADEL: message "<text> (<id>)" plus an ErrorDetail{id, message}.
    static MockResponse zitadelError(Code code, const QString &id, const QString &text);
    /// An error without ErrorDetail (gateway, protojson decoding, request validation).
    static MockResponse plainError(Code code, const QString &message);
    /// HTTP status grpc-gateway maps a gRPC code to.
    static int httpStatus(Code code);

    // Frequently used ZITADEL errors.
    static MockResponse authHeaderMissing();
    static MockResponse tokenInvalid();
    static MockResponse permissionDenied();
    static MockResponse userNotFound();
    static MockResponse emailNotChanged();
    static MockResponse emailAlreadyVerified();

private:
    static MockResponse render(int httpStatus, Code code, const QString &message,
                               const QString &detailId, const QString &detailText);
};
