#pragma once

#include "MockContext.h"
#include "MockRequest.h"
#include "MockResponse.h"
#include "MockUser.h"
#include "TokenRegistry.h"

#include <optional>

class ZitadelDirectory;

/// Who is calling and what they may do: personal access tokens of the demo service accounts,
/// access tokens from the client-credentials grant, and the end user's self-service token.
class ZitadelAccess
{
public:
    enum class Role { Invalid, Manager, Reader, EndUser };

    ZitadelAccess(const MockContext &context, const ZitadelDirectory &directory);

    /// Checks the bearer token for a management v1 call (`write` needs user.write) and
    /// resolves `x-zitadel-orgid`; returns the error to answer, or nothing with `org` set.
    std::optional<MockResponse> authorizeManagement(const MockRequest &request, bool write,
                                                    MockOrg *org) const;
    /// Checks the bearer token for a user service v2 or organisation call (`write` needs
    /// user.write). These APIs are instance-wide: what the caller may see is decided per user or
    /// organisation (ZitadelDirectory::serviceAccountIsMemberOf), not by a header.
    std::optional<MockResponse> authorizeInstance(const MockRequest &request, bool write) const;
    /// Checks that the caller is the end user behind the self-service token.
    std::optional<MockResponse> authorizeSelf(const MockRequest &request) const;

    /// Issues an access token for the client-credentials service account.
    TokenRegistry::Issued issueAccessToken(const QString &clientId);

private:
    std::optional<MockResponse> authenticate(const MockRequest &request, Role *role) const;

    const MockContext &m_context;
    const ZitadelDirectory &m_directory;
    TokenRegistry m_tokens;
};
