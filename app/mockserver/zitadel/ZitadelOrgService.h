#pragma once

#include "MockRequest.h"
#include "MockResponse.h"

class ZitadelAccess;
class ZitadelDirectory;

/// The organisation reads IdentityDesk uses for names: management v1 `GetMyOrg`
/// (`GET /management/v1/orgs/me`, the organisation in `x-zitadel-orgid`, from `org.proto`) and
/// the organisation service v2 `ListOrganizations` (`POST /v2/organizations/_search`, from
/// `org/v2/org_service.proto`; id and name queries). Only organisations the service accounts
/// are members of are visible.
class ZitadelOrgService
{
public:
    ZitadelOrgService(const ZitadelDirectory &directory, const ZitadelAccess &access);

    MockResponse getMyOrg(const MockRequest &request) const;
    MockResponse listOrganizations(const MockRequest &request) const;

private:
    const ZitadelDirectory &m_directory;
    const ZitadelAccess &m_access;
};
