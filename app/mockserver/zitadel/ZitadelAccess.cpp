#include "ZitadelAccess.h"

#include "ZitadelDirectory.h"
#include "ZitadelErrorShape.h"

ZitadelAccess::ZitadelAccess(const MockContext &context, const ZitadelDirectory &directory)
    : m_context(context)
    , m_directory(directory)
{ }

TokenRegistry::Issued ZitadelAccess::issueAccessToken(const QString &clientId)
{
    return m_tokens.issue(QStringLiteral("zit-access"), clientId, m_context.config.tokenTtlSeconds);
}

std::optional<MockResponse> ZitadelAccess::authenticate(const MockRequest &request,
                                                        Role *role) const
{
    *role = Role::Invalid;
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.isEmpty())
        return ZitadelErrorShape::authHeaderMissing();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return ZitadelErrorShape::tokenInvalid();
    const QString token = QString::fromUtf8(header.mid(space + 1).trimmed());
    const MockCredentials &credentials = m_context.config.credentials;
    // The service account's PAT, or a token issued for its client credentials.
    if (token == credentials.zitadelPat || m_tokens.subject(token))
        *role = Role::Manager;
    else if (token == credentials.zitadelReadOnlyPat)
        *role = Role::Reader;
    else if (token == credentials.zitadelSelfToken)
        *role = Role::EndUser;
    else
        return ZitadelErrorShape::tokenInvalid();
    return std::nullopt;
}

std::optional<MockResponse> ZitadelAccess::authorizeManagement(const MockRequest &request,
                                                               bool write, MockOrg *org) const
{
    Role role = Role::Invalid;
    if (auto failure = authenticate(request, &role))
        return failure;
    // The end user has no manager role; the read-only service account lacks user.write.
    if (role == Role::EndUser || (write && role == Role::Reader))
        return ZitadelErrorShape::permissionDenied();
    const QString orgId = QString::fromUtf8(request.header("x-zitadel-orgid").trimmed());
    if (orgId.isEmpty()) {
        *org = m_directory.defaultOrg();
        return std::nullopt;
    }
    // Inference: an unknown org id fails like an org without membership (403), since the
    // permission check runs before any lookup of the organisation.
    if (!m_directory.serviceAccountIsMemberOf(orgId))
        return ZitadelErrorShape::permissionDenied();
    *org = *m_directory.org(orgId);
    return std::nullopt;
}

std::optional<MockResponse> ZitadelAccess::authorizeInstance(const MockRequest &request,
                                                             bool write) const
{
    Role role = Role::Invalid;
    if (auto failure = authenticate(request, &role))
        return failure;
    if (role == Role::EndUser || (write && role == Role::Reader))
        return ZitadelErrorShape::permissionDenied();
    return std::nullopt;
}

std::optional<MockResponse> ZitadelAccess::authorizeSelf(const MockRequest &request) const
{
    Role role = Role::Invalid;
    if (auto failure = authenticate(request, &role))
        return failure;
    // Inference: the auth API is for interactive end users; service account tokens are
    // refused with PERMISSION_DENIED.
    if (role != Role::EndUser)
        return ZitadelErrorShape::permissionDenied();
    return std::nullopt;
}
