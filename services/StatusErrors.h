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
    /// A token endpoint that failed (5xx): a server error, never "wrong secret", whatever its
    /// body says. Keeps the status, backend code and Retry-After of `mapped`.
    static ServiceError signInServiceFailed(const ServiceError &mapped, int status,
                                            const QString &service);
};
