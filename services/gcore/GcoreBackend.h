#pragma once

#include "ConnectionSettings.h"
#include "HttpExchange.h"
#include "IdentityBackend.h"

#include <QPointer>

#include <optional>

class Authenticator;
class HttpClient;
class QNetworkAccessManager;
class TokenAuthenticator;

/// Gcore IAM (API.md §1, specs/gcore-iam.yaml): lists the users of the account with
/// limit/offset paging, reads one user, and changes a user's email with
/// PUT /iam/users/{id}/email, which Gcore approves with that user's own password.
///
/// Authentication: AuthMethod::ApiKey (`Authorization: APIKey <secret>`) or
/// AuthMethod::Password (JWT login as settings.principal with the secret as password,
/// refreshed through the single-use refresh token). Other methods make every call fail with
/// ServiceError::Kind::Unsupported (GcoreSignIn sets this up). The secret stays in memory,
/// inside the authenticator.
///
/// All calls return a job parented to the backend at once (see ServiceJob); network traffic
/// belongs to the job, so cancelling or deleting the job aborts it.
class GcoreBackend : public IdentityBackend
{
    Q_OBJECT
public:
    GcoreBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                 const QString &secret, QObject *parent = nullptr);
    ~GcoreBackend() override;

    BackendCapabilities capabilities() const override;
    UserPageJob *listUsers(const UserQuery &query) override;
    UserJob *user(const QString &userId) override;
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override;
    std::optional<qint64> offsetOfPageToken(const QString &pageToken) const override;
    QString pageTokenAtOffset(const QString &sameListingToken, qint64 offset) const override;

    /// Tokens fetched so far with AuthMethod::Password (logins and refreshes); 0 otherwise.
    int tokenFetchCount() const;

    /// Gcore's largest page (documented default and maximum of `limit`).
    static constexpr int maxPageSize = 1000;

private:
    HttpRequest userRequest(const QString &userId) const;
    void fetchUser(UserJob *job, const QString &userId);
    void readBackAfterChange(EmailChangeJob *job, const QString &userId, const QString &newEmail);
    static std::optional<ServiceError> checkUserId(const QString &userId);
    static ServiceError userNotFound(const ServiceError &error, const QString &userId);

    HttpClient *m_client = nullptr;
    QPointer<TokenAuthenticator> m_tokens;
    /// Set when the profile cannot work (unsupported method, no secret, bad URL).
    std::optional<ServiceError> m_setupError;
};
