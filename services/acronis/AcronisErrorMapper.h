#pragma once

#include "HttpExchange.h"
#include "ServiceError.h"

#include <QCoreApplication>
#include <QString>

/// Turns Acronis account-management errors into ServiceErrors phrased for a helpdesk person.
///
/// The API answers errors with `errorScheme`
/// `{"error": {"code": 1001, "message": "...", "domain": "...", "details": {"info": ...},
/// "context": {...}}}` where `code` is a platform code (1001 "Version mismatch", 1002 access
/// denied, ...) or the HTTP status, and its token endpoint with the OAuth `tokenError`
/// `{"error": "access_denied", "error_description": "..."}`. Bodies that are neither (proxies,
/// gateways) still get the message of their status. `backendCode` carries the vendor code,
/// `httpStatus` the status.
class AcronisErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(AcronisErrorMapper)
public:
    /// The call that failed, so the message can name what the person was doing.
    enum class Operation {
        Generic,
        /// GET /api/2/tenants/{tenant}/users
        ListTenantUsers,
        /// GET /api/2/users?uuids=...
        ReadUsers,
        /// GET /api/2/users/{id}
        ReadUser,
        /// PUT /api/2/users/{id} with a new contact email
        ChangeEmail,
        /// POST /api/2/users/{id}/send-activation-email
        SendActivation,
    };

    /// Platform code of a stale `version` in PUT /users/{id}.
    static inline const QString VersionMismatchCode = QStringLiteral("1001");

    static ServiceError map(const HttpResponse &response);
    static ServiceError map(const HttpResponse &response, Operation operation);
    /// Errors of POST /api/2/idp/token (tokenError); other bodies go through map().
    static ServiceError mapTokenError(const HttpResponse &response);

    /// Why an activation mail cannot be sent to an activated user.
    static QString alreadyActivatedMessage();
};
