#pragma once

#include "MockContext.h"
#include "MockRequest.h"
#include "MockResponse.h"

class ZitadelAccess;

/// POST /oauth/v2/token with the client-credentials grant of a service account.
class ZitadelTokenEndpoint
{
public:
    ZitadelTokenEndpoint(const MockContext &context, ZitadelAccess &access);

    MockResponse token(const MockRequest &request) const;

private:
    const MockContext &m_context;
    ZitadelAccess &m_access;
};
