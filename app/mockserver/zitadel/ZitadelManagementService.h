#pragma once

#include "MockRequest.h"
#include "MockResponse.h"

class ZitadelAccess;
class ZitadelDirectory;

/// The user routes of the management v1 API (/management/v1/users/...), scoped to the
/// organisation in `x-zitadel-orgid`.
class ZitadelManagementService
{
public:
    ZitadelManagementService(ZitadelDirectory &directory, const ZitadelAccess &access);

    MockResponse listUsers(const MockRequest &request) const;
    MockResponse getUser(const MockRequest &request) const;
    MockResponse getEmail(const MockRequest &request) const;
    MockResponse updateEmail(const MockRequest &request) const;
    MockResponse resendEmailVerification(const MockRequest &request) const;

private:
    ZitadelDirectory &m_directory;
    const ZitadelAccess &m_access;
};
