#pragma once

#include "ZitadelBackendBase.h"

class Authenticator;

/// ZITADEL management API v1 (`/management/v1`), used by a service account: lists and searches
/// the users of one organisation, reads a user, changes a human user's email address (marking it
/// verified, or letting ZITADEL mail a verification) and resends that verification.
///
/// Auth: AuthMethod::PersonalAccessToken (the secret is the bearer token) or
/// AuthMethod::ClientCredentials (principal = client id, secret = client secret, exchanged at
/// `<authUrl or baseUrl>/oauth/v2/token`; tokens are renewed before expiry and once after a 401).
/// Every API request carries `x-zitadel-orgid: settings.organisationId` when that is set.
/// Other auth methods make every call fail with ServiceError::Kind::Unsupported.
///
/// Jobs are parented to the backend and follow the ServiceJob contract. The secret is kept in
/// memory only and never logged.
class ZitadelManagementBackend : public ZitadelBackendBase
{
    Q_OBJECT
public:
    ZitadelManagementBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                             const QString &secret, QObject *parent = nullptr);
    ~ZitadelManagementBackend() override;

    BackendCapabilities capabilities() const override;

    /// One page in user-name order; the page token is the next offset; totalCount from
    /// `details.totalResult`. Contains searches the email (text with '@') or the user name,
    /// ExactEmail the email (both ignoring case), ExactId reads the user (empty page if none).
    UserPageJob *listUsers(const UserQuery &query) override;
    UserJob *user(const QString &userId) override;
    /// Outcome ChangedNow when request.markVerified, else VerificationMailSent; carries the
    /// user as re-read after the change (absent if that read failed).
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override;
    std::optional<qint64> offsetOfPageToken(const QString &pageToken) const override;
    QString pageTokenAtOffset(const QString &sameListingToken, qint64 offset) const override;
    ActionJob *resendVerification(const QString &userId) override;

    /// The authenticator in use (a TokenAuthenticator for client credentials); for tests and
    /// diagnostics. Null when the auth method is unsupported.
    Authenticator *authenticator() const;

    /// The largest page ZITADEL serves by default.
    static constexpr int maxPageSize = 1000;

private:
    void readUser(UserJob *job, const QString &userId);
    void listById(UserPageJob *job, const QString &userId);

    HttpClient *m_tokenHttp = nullptr;
};
