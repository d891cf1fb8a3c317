#pragma once

#include "MockResponse.h"

#include <QString>

/// Failures that the shared request pipeline detects before a handler runs, or that handlers
/// report in the generic way. Each backend renders them in its own documented error body.
enum class MockFault {
    Unauthenticated,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    MalformedBody,
    RateLimited,
    ServerError,
};

/// How one backend spells its errors (status code and body). The router picks the shape by
/// path prefix, so an unknown route under /iam/ answers like Gcore and under /api/2/ like Acronis.
class ErrorShape
{
public:
    virtual ~ErrorShape() = default;
    virtual MockResponse error(MockFault fault, const QString &message) const = 0;
};
