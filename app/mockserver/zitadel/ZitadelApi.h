#pragma once

#include "MockApi.h"
#include "MockContext.h"
#include "ZitadelAccess.h"
#include "ZitadelDirectory.h"
#include "ZitadelErrorShape.h"
#include "ZitadelManagementService.h"
#include "ZitadelOAuthErrorShape.h"
#include "ZitadelOrgService.h"
#include "ZitadelSelfService.h"
#include "ZitadelTokenEndpoint.h"
#include "ZitadelUserServiceV2.h"

/// ZITADEL: management v1, user service v2 and auth v1 user routes, the organisation reads
/// (REST over grpc-gateway) and the OAuth 2.0 token endpoint, with rpcStatus / OAuth error
/// bodies. With MockServerConfig::zitadelWithoutUpdateUser, `PATCH /v2/users/{userId}` is not
/// routed, so it answers 405 / UNIMPLEMENTED like an instance older than UpdateUser.
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
    ZitadelUserServiceV2 m_userV2;
    ZitadelOrgService m_orgs;
};
