#pragma once

#include "MockContext.h"
#include "MockRequest.h"
#include "MockResponse.h"
#include "TokenRegistry.h"

#include <optional>

class UserDirectory;

/// Gcore IAM authentication: the permanent API token (`Authorization: APIKey ...`), and JWT
/// login/refresh issuing `Bearer` access tokens (opaque here; clients must not decode them).
class GcoreAuth
{
public:
    GcoreAuth(const MockContext &context, const UserDirectory &users);

    /// nullopt when the request carries valid credentials, else the DRF-style 401 to send.
    std::optional<MockResponse> reject(const MockRequest &request) const;

    /// POST /iam/auth/jwt/login
    MockResponse login(const MockRequest &request);
    /// POST /iam/auth/jwt/refresh (refresh tokens are single use)
    MockResponse refresh(const MockRequest &request);

private:
    MockResponse issuePair(const QString &userId);

    MockContext m_context;
    const UserDirectory &m_users;
    TokenRegistry m_access;
    TokenRegistry m_refresh;
};
