#pragma once

#include "CodeArtsDirectory.h"
#include "CodeArtsErrorShape.h"
#include "CodeArtsIamTokens.h"
#include "CodeArtsVerification.h"
#include "MockApi.h"
#include "MockContext.h"
#include "MockRequest.h"
#include "MockResponse.h"

#include <optional>

/// Huawei IAM (token issue, /v3/) and CodeArts Repo v4 (current user's email, /v4/).
/// CodeArts Repo is self-service only: every /v4/ route acts on the token's own user.
class CodeArtsApi : public MockApi
{
public:
    explicit CodeArtsApi(const MockContext &context);
    void registerRoutes(MockRouter &router) override;

private:
    MockResponse showUserEmails(const MockRequest &request) const;
    MockResponse sendVerifyCode(const MockRequest &request);
    MockResponse updateUserEmail(const MockRequest &request);

    /// Resolves X-Auth-Token to the CodeArts user id, or nullopt (caller answers 401).
    std::optional<QString> authenticate(const MockRequest &request) const;
    /// 415 when a body is declared as something other than JSON; nullopt when acceptable.
    static std::optional<MockResponse> checkMediaType(const MockRequest &request);
    static MockResponse fieldError(const JsonBody &body);

    MockContext m_context;
    CodeArtsErrorShape m_repoShape { CodeArtsErrorShape::Service::Repo };
    CodeArtsErrorShape m_iamShape { CodeArtsErrorShape::Service::Iam };
    CodeArtsDirectory m_directory;
    CodeArtsIamTokens m_iam;
    CodeArtsVerification m_verification;
};
