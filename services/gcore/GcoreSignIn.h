#pragma once

#include "ConnectionSettings.h"
#include "ServiceError.h"

#include <optional>

class HttpClient;
class QObject;
class TokenAuthenticator;

/// How a GcoreBackend signs in, set up from its profile: the base URL must be a web address,
/// and the profile's method must be one Gcore IAM accepts, with what it needs. AuthMethod::ApiKey
/// sends `Authorization: APIKey <key>` (a pasted key is cleaned of line breaks and of the scheme
/// the docs show with it); AuthMethod::Password signs in through GcoreJwtEndpoint and refreshes
/// the tokens. The messages keep GcoreBackend's translation context, where the catalogue has
/// them.
class GcoreSignIn
{
public:
    struct Result
    {
        /// Why the profile cannot work (the backend fails every call with it); nothing when
        /// the sign-in is set up.
        std::optional<ServiceError> setupError;
        /// The JWT tokens with AuthMethod::Password; null otherwise.
        TokenAuthenticator *tokens = nullptr;
    };

    /// Checks the profile and gives `client` its authenticator, a child of `owner`.
    static Result install(HttpClient *client, const ConnectionSettings &settings,
                          const QString &secret, QObject *owner);
};
