#pragma once

#include "MockApi.h"
#include "MockContext.h"
#include "ZitadelAccess.h"
#include "ZitadelDirectory.h"
#include "ZitadelErrorShape.h"
#include "ZitadelManagementService.h"
#include "ZitadelOAuthErrorShape.h"
#include "ZitadelSelfService.h"
#include "ZitadelTokenEndpoint.h"

/// ZITADEL: management v1 and auth v1 user routes (REST over grpc-gateway) and the OAuth 2.0
/// token endpoint, with rpcStatus / OAuth error bodies.
class ZitadelApi : public MockApi
{
public:
    explicit ZitadelApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    MockContext m_context;
    ZitadelErrorShape m_errorShape;
    ZitadelOAuthErrorShape m_oauthErrorShape;
    ZitadelDirectory m_directory;
    ZitadelAccess m_access;
    ZitadelTokenEndpoint m_tokenEndpoint;
    ZitadelManagementService m_management;
    ZitadelSelfService m_self;
};
