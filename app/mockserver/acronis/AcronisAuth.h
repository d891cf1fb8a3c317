#pragma once

#include "MockContext.h"
#include "MockRequest.h"
#include "MockResponse.h"
#include "TokenRegistry.h"

#include <optional>

/// Authentication of the Acronis mock: the OAuth 2.0 token endpoint (client credentials of an
/// API client, HTTP Basic or client_secret_post) and the Bearer check of every other route.
class AcronisAuth
{
public:
    explicit AcronisAuth(const MockContext &context);

    /// POST /api/2/idp/token: 200 `token`, 400/401 `tokenError`.
    MockResponse issueToken(const MockRequest &request);
    /// Nothing when the request carries a live access token (`Authorization: Bearer` or the
    /// documented `access_token` query parameter); otherwise the 401 errorScheme to answer.
    std::optional<MockResponse> rejectUnauthenticated(const MockRequest &request) const;

private:
    static MockResponse tokenError(int status, const QString &error, const QString &description);
    QString idToken(const QString &clientId, qint64 issuedAt, qint64 expiresOn) const;

    MockContext m_context;
    TokenRegistry m_tokens;
};
