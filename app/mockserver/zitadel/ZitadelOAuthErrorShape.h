#pragma once

#include "ErrorShape.h"

#include <QString>

/// Errors of ZITADEL's OAuth 2.0 endpoints (RFC 6749 section 5.2):
/// `{"error": "invalid_client", "error_description": "..."}`.
class ZitadelOAuthErrorShape : public ErrorShape
{
public:
    MockResponse error(MockFault fault, const QString &message) const override;

    static MockResponse oauthError(int httpStatus, const QString &error,
                                   const QString &description);
};
