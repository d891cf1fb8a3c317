#pragma once

#include "AcronisConnection.h"
#include "AcronisEmailChange.h"
#include "AcronisListings.h"
#include "AcronisPendingChanges.h"
#include "AcronisUserReader.h"
#include "ConnectionSettings.h"
#include "HttpExchange.h"
#include "IdentityBackend.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class OrganisationNames;
class QNetworkAccessManager;

/// Acronis Cyber Protect Cloud account management API v2 (API.md section 4).
///
/// Signs in as an API client (OAuth client credentials, AuthMethod::ClientCredentials only;
/// see AcronisConnection) against the data-center URL of the profile and works in the tenant of
/// `settings.organisationId`.
///
/// Listing: the tenant's user UUIDs are fetched once when a listing starts (empty page token)
/// and kept in memory for the following pages of that listing; every page is one batch read
/// of at most 100 users. The page token names the listing and the next offset. There is no
/// server search; ExactId reads the one user.
///
/// Changing an email (AcronisEmailChange) reads the user's `version` right before the PUT.
/// Activated users get a confirmation link at their old address and keep it until they open
/// the link; the backend remembers the waiting address for this session and reports it as
/// User::pendingEmail. A version mismatch is never retried: the job fails with a Conflict
/// that says what changed and carries the fresh record.
///
/// Every user handed out carries its tenant's name (User::organisationName), read with
/// `GET /api/2/tenants/{id}` once per tenant and session (OrganisationNames).
class AcronisBackend : public IdentityBackend
{
    Q_OBJECT
public:
    /// Users per batch read (the API's limit for `uuids`), and the largest page.
    static constexpr int MaxPageSize = 100;
    /// The most user ids read from a tenant's id list, which comes in one answer: the cap on
    /// items every backend applies to a page (JsonReader::array), here for the list that all
    /// pages of an Acronis listing come from, so that a lying server cannot fill memory.
    static constexpr int MaxTenantUsers = 100'000;

    AcronisBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                   const QString &secret, QObject *parent = nullptr);
    ~AcronisBackend() override;

    BackendCapabilities capabilities() const override;
    /// Whether a link goes to the old address depends on whether the user has activated the
    /// account, which the row already tells.
    QString afterChangeFor(const User &user) const override;
    UserPageJob *listUsers(const UserQuery &query) override;
    UserJob *user(const QString &userId) override;
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override;
    /// Page tokens are "<listing serial>:<offset>" into the listing's user ids.
    std::optional<qint64> offsetOfPageToken(const QString &pageToken) const override;
    QString pageTokenAtOffset(const QString &sameListingToken, qint64 offset) const override;
    /// Sends the activation mail again (only for users who have not activated their account).
    ActionJob *resendVerification(const QString &userId) override;

    /// How many access tokens were fetched so far (for tests and diagnostics).
    int tokenFetchCount() const;
    /// The session's tenant names (for diagnostics and tests).
    const OrganisationNames &tenantNames() const { return *m_tenantNames; }

private:
    using Operation = AcronisConnection::Operation;
    using FailureHandler = AcronisConnection::FailureHandler;
    using UserHandler = std::function<void(const AcronisUserSnapshot &)>;

    /// AcronisConnection::readUser() with the remembered pending address applied.
    void readUser(ServiceJob *job, const QString &userId, Operation operation, UserHandler onUser,
                  FailureHandler onFailure = {});
    void listExactId(UserPageJob *job, const QString &userId);
    void startListing(UserPageJob *job, int pageSize);
    void continueListing(UserPageJob *job, const QString &pageToken, int pageSize);
    void loadPage(UserPageJob *job, const AcronisListings::Listing &listing, int offset,
                  int pageSize);
    /// A job whose message() is the tenant's name (`GET /api/2/tenants/{id}`).
    ActionJob *lookUpTenantName(const QString &tenantId);

    AcronisConnection m_connection;
    ConnectionSettings m_settings;
    AcronisListings m_listings;
    AcronisPendingChanges m_pendingChanges;
    OrganisationNames *m_tenantNames = nullptr;
    AcronisEmailChange m_emailChange;
};
