#pragma once

#include "AcronisConnection.h"
#include "AcronisPendingChanges.h"
#include "EmailChange.h"

#include <functional>

class EmailChangeJob;
class OrganisationNames;

/// Changing a user's address through account management v2 (API.md section 4) for
/// AcronisBackend. The user's `version` is read right before the PUT, so the change is based on
/// what is there now, and a version the person saw earlier must still be current. Activated
/// users get a confirmation link at their old address: the waiting address is remembered in the
/// session's AcronisPendingChanges. A version mismatch is never retried: the job fails with a
/// Conflict that says what changed and carries the fresh record.
///
/// The messages keep AcronisBackend's translation context, where the catalogue has them.
class AcronisEmailChange
{
public:
    /// All three belong to the backend and outlive this object.
    AcronisEmailChange(AcronisConnection &connection, AcronisPendingChanges &pendingChanges,
                       OrganisationNames &tenantNames);

    /// Checks `request` and changes the address of `id` (a checked UUID) for `job`.
    void start(EmailChangeJob *job, const QString &id, const EmailChangeRequest &request);

private:
    using UserHandler = std::function<void(const AcronisUserSnapshot &)>;

    /// Reads the user with the waiting address applied.
    void readUser(ServiceJob *job, const QString &userId, UserHandler onUser,
                  AcronisConnection::FailureHandler onFailure = {});
    void reportConflict(EmailChangeJob *job, const AcronisUserSnapshot &before,
                        const ServiceError &error);

    AcronisConnection &m_connection;
    AcronisPendingChanges &m_pendingChanges;
    OrganisationNames &m_tenantNames;
};
