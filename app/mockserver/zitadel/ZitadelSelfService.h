#pragma once

#include "MockRequest.h"
#include "MockResponse.h"

class ZitadelAccess;
class ZitadelDirectory;

/// The end user's own routes of the auth v1 API (/auth/v1/users/me...).
class ZitadelSelfService
{
public:
    ZitadelSelfService(ZitadelDirectory &directory, const ZitadelAccess &access);

    MockResponse getMyUser(const MockRequest &request) const;
    MockResponse getMyEmail(const MockRequest &request) const;
    MockResponse setMyEmail(const MockRequest &request) const;
    MockResponse verifyMyEmail(const MockRequest &request) const;
    MockResponse resendMyEmailVerification(const MockRequest &request) const;

private:
    ZitadelDirectory &m_directory;
    const ZitadelAccess &m_access;
};
