#pragma once

#include "AcronisAuth.h"
#include "AcronisDirectory.h"
#include "AcronisErrorShape.h"
#include "MockApi.h"
#include "MockContext.h"
#include "MockRouter.h"

/// Acronis Cyber Protect Cloud account management API v2 (the user operations of
/// API.md section 4) under /api/2/, plus the mock-only links under /mock/acronis/ that stand
/// in for the mails the platform sends (email-change confirmation, activation).
class AcronisApi : public MockApi
{
public:
    explicit AcronisApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    /// Wraps a handler so that it runs only with a live Bearer token.
    MockRouter::Handler authenticated(MockRouter::Handler handler) const;

    MockResponse tenantUsers(const MockRequest &request) const;
    /// GET /api/2/tenants/{tenant_id}: one tenant's record (its name, kind, parent...).
    MockResponse getTenant(const MockRequest &request) const;
    MockResponse usersBatch(const MockRequest &request) const;
    MockResponse getUser(const MockRequest &request) const;
    MockResponse putUser(const MockRequest &request);
    MockResponse sendActivationEmail(const MockRequest &request);
    /// GET /mock/acronis/tenants: the seeded tenants, so demos and tests can find their ids.
    MockResponse tenants() const;
    MockResponse confirmEmail(const MockRequest &request);
    MockResponse activate(const MockRequest &request);

    QString link(const QString &path, const QString &token) const;

    MockContext m_context;
    AcronisErrorShape m_errorShape;
    AcronisDirectory m_directory;
    AcronisAuth m_auth;
};
