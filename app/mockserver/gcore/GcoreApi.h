#pragma once

#include "GcoreAuth.h"
#include "GcoreDirectory.h"
#include "GcoreErrorShape.h"
#include "MockApi.h"
#include "MockContext.h"
#include "MockRouter.h"
#include "TokenRegistry.h"

/// Gcore IAM (https://api.gcore.com/iam/...): JWT login/refresh, the user list and user
/// details, and the password-approved email change. Everything under /iam/ answers errors in
/// Django REST framework's `{"detail": ...}` shape.
class GcoreApi : public MockApi
{
public:
    explicit GcoreApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    using Member = MockResponse (GcoreApi::*)(const MockRequest &);
    /// Wraps a handler so that it runs only for requests with valid credentials.
    MockRouter::Handler authenticated(Member handler);

    MockResponse listUsers(const MockRequest &request);
    MockResponse getUser(const MockRequest &request);
    MockResponse changeEmail(const MockRequest &request);
    MockResponse confirmEmail(const MockRequest &request);

    void sendConfirmation(const QString &userId, const QString &address);

    MockContext m_context;
    GcoreErrorShape m_shape;
    GcoreDirectory m_directory;
    GcoreAuth m_auth;
    /// Links of the confirmation mails; subject "<user id> <address>".
    TokenRegistry m_confirmations;
};
