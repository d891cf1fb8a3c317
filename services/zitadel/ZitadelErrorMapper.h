#pragma once

#include "HttpExchange.h"
#include "ServiceError.h"

#include <QCoreApplication>

/// Turns ZITADEL's error answers into ServiceErrors a helpdesk person understands.
///
/// Two dialects reach the client:
/// - the REST gateway's google rpcStatus `{"code": <gRPC code>, "message": "<text> (<id>)",
///   "details": [{"@type": "...zitadel.v1.ErrorDetail", "id": "COMMAND-2b7fM", "message": "..."}]}`
///   (management v1 and auth v1), where the gRPC code decides the kind and the ErrorDetail id
///   (or the "(<id>)" suffix of the message) becomes ServiceError::backendCode();
/// - OAuth 2 `{"error": "invalid_client", "error_description": "..."}` from /oauth/v2/token,
///   where the error code becomes the backendCode.
///
/// Answers in neither dialect fall back to StatusErrors. Stateless; safe from any thread.
class ZitadelErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(ZitadelErrorMapper)

public:
    /// Which API answered: the wording of permission and credential problems differs between a
    /// service account (management) and an end user's own token (auth, self-service).
    enum class Api { Management, Self };

    /// Maps an error answer (status >= 400) of the management API or the token endpoint.
    static ServiceError map(const HttpResponse &response);
    /// The same for the self-service (auth v1) API.
    static ServiceError mapSelf(const HttpResponse &response);
    static ServiceError map(const HttpResponse &response, Api api);

    /// gRPC status codes ZITADEL uses.
    enum GrpcCode {
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

private:
    static ServiceError mapRpcStatus(const HttpResponse &response, int code, const QString &text,
                                     const QString &id, Api api);
    static ServiceError mapOAuth(const HttpResponse &response, const QString &error,
                                 const QString &description);
};
