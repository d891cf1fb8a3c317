#pragma once

#include "ServiceError.h"

/// The kind and a plain message for an HTTP status, for backends whose error body says little
/// (or cannot be parsed). Backend mappers start here and refine.
class StatusErrors
{
public:
    static ServiceError::Kind kindFor(int status);
    /// `detail` is the server's own text, appended when present.
    static ServiceError forStatus(int status, const QString &detail);
    /// A token endpoint's error: `mapped` as the backend's mapper made it, except that a failing
    /// sign-in service (5xx) says nothing about the credentials (issue 12): that is a server
    /// error, never "wrong secret", whatever its body says, keeping the status, backend code and
    /// Retry-After of `mapped`.
    static ServiceError signInError(ServiceError mapped, int status, const QString &service);
};
