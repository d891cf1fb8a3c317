#pragma once

#include "ErrorShape.h"

/// Gcore IAM is a Django REST framework service: generic errors are `{"detail": "..."}` with
/// DRF's standard texts ("Not found.", 'Method "PUT" not allowed.', "Request was throttled...").
class GcoreErrorShape : public ErrorShape
{
public:
    MockResponse error(MockFault fault, const QString &message) const override;

    /// `{"detail": text}` with `status`.
    static MockResponse detail(int status, const QString &text);
    /// 401 `{"detail": text}` with the WWW-Authenticate challenge DRF sends with every 401.
    static MockResponse unauthorized(const QString &text);
};
