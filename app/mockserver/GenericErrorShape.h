#pragma once

#include "ErrorShape.h"

/// Errors for paths that belong to no backend (unknown prefixes and the /mock/ control routes):
/// `{"error": "...", "status": 404}`.
class GenericErrorShape : public ErrorShape
{
public:
    MockResponse error(MockFault fault, const QString &message) const override;
    static int statusFor(MockFault fault);
};
