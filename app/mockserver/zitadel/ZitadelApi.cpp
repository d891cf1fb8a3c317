#include "ZitadelApi.h"

#include "MockRouter.h"

ZitadelApi::ZitadelApi(const MockContext &context)
    : m_context(context)
    , m_directory(context.config.seed, context.config.usersFor(context.config.zitadelUsers),
                  context.config.codeTtlSeconds, context.mailbox, context.baseUrl)
    , m_access(m_context, m_directory)
    , m_tokenEndpoint(m_context, m_access)
    , m_management(m_directory, m_access)
    , m_self(m_directory, m_access)
    , m_userV2(m_directory, m_access)
    , m_orgs(m_directory, m_access)
{ }

void ZitadelApi::registerRoutes(MockRouter &router)
{
    router.addErrorShape(QStringLiteral("/management/v1/"), m_errorShape);
    router.addErrorShape(QStringLiteral("/auth/v1/"), m_errorShape);
    router.addErrorShape(QStringLiteral("/v2/"), m_errorShape);
    router.addErrorShape(QStringLiteral("/oauth/v2/"), m_oauthErrorShape);

    const auto bind = [](auto *service, auto method) {
        return
            [service, method](const MockRequest &request) { return (service->*method)(request); };
    };

    router.add("POST", QStringLiteral("/oauth/v2/token"),
               bind(&m_tokenEndpoint, &ZitadelTokenEndpoint::token));

    // Literal routes before placeholder routes on the same level.
    router.add("POST", QStringLiteral("/management/v1/users/_search"),
               bind(&m_management, &ZitadelManagementService::listUsers));
    router.add("GET", QStringLiteral("/management/v1/users/{userId}"),
               bind(&m_management, &ZitadelManagementService::getUser));
    router.add("GET", QStringLiteral("/management/v1/users/{userId}/email"),
               bind(&m_management, &ZitadelManagementService::getEmail));
    router.add("PUT", QStringLiteral("/management/v1/users/{userId}/email"),
               bind(&m_management, &ZitadelManagementService::updateEmail));
    router.add("POST", QStringLiteral("/management/v1/users/{userId}/email/_resend_verification"),
               bind(&m_management, &ZitadelManagementService::resendEmailVerification));

    router.add("GET", QStringLiteral("/management/v1/orgs/me"),
               bind(&m_orgs, &ZitadelOrgService::getMyOrg));
    router.add("POST", QStringLiteral("/v2/organizations/_search"),
               bind(&m_orgs, &ZitadelOrgService::listOrganizations));

    router.add("POST", QStringLiteral("/v2/users"),
               bind(&m_userV2, &ZitadelUserServiceV2::listUsers));
    router.add("GET", QStringLiteral("/v2/users/{userId}"),
               bind(&m_userV2, &ZitadelUserServiceV2::getUser));
    if (!m_context.config.zitadelWithoutUpdateUser) {
        router.add("PATCH", QStringLiteral("/v2/users/{userId}"),
                   bind(&m_userV2, &ZitadelUserServiceV2::updateUser));
    }
    router.add("POST", QStringLiteral("/v2/users/{userId}/email"),
               bind(&m_userV2, &ZitadelUserServiceV2::setEmail));
    router.add("POST", QStringLiteral("/v2/users/{userId}/email/resend"),
               bind(&m_userV2, &ZitadelUserServiceV2::resendEmailCode));
    router.add("POST", QStringLiteral("/v2/users/{userId}/email/send"),
               bind(&m_userV2, &ZitadelUserServiceV2::sendEmailCode));
    router.add("POST", QStringLiteral("/v2/users/{userId}/email/verify"),
               bind(&m_userV2, &ZitadelUserServiceV2::verifyEmail));

    router.add("GET", QStringLiteral("/auth/v1/users/me"),
               bind(&m_self, &ZitadelSelfService::getMyUser));
    router.add("GET", QStringLiteral("/auth/v1/users/me/email"),
               bind(&m_self, &ZitadelSelfService::getMyEmail));
    router.add("PUT", QStringLiteral("/auth/v1/users/me/email"),
               bind(&m_self, &ZitadelSelfService::setMyEmail));
    router.add("POST", QStringLiteral("/auth/v1/users/me/email/_verify"),
               bind(&m_self, &ZitadelSelfService::verifyMyEmail));
    router.add("POST", QStringLiteral("/auth/v1/users/me/email/_resend_verification"),
               bind(&m_self, &ZitadelSelfService::resendMyEmailVerification));
}
