#pragma once

#include "ConnectionSettings.h"
#include "IdentityBackend.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class HttpClient;
class QNetworkAccessManager;
class ServiceJob;
class TokenAuthenticator;
struct HttpRequest;
struct HttpResponse;
struct HuaweiIdentity;

/// Huawei Cloud CodeArts Repo, API v4: the signed-in IAM user's own CodeArts profile.
///
/// CodeArts Repo has no directory of users: every /v4/user route acts on the token's owner.
/// So the "list" is that one account (`GET /v4/user/emails`), user() finds only its id, and an
/// email change is self-service in two steps: requestVerificationCode() mails a code to the new
/// address (`POST /v4/user/email-verify-code`), then changeEmail() sends address and code
/// (`PUT /v4/user/emails`) and the address is in effect at once. The email shown is the
/// account's commit email; CodeArts reports no verified flag (verification stays Unknown).
///
/// Authentication (ConnectionSettings::authMethod):
/// - AuthMethod::Password: a Huawei IAM password login (`POST <authUrl>/v3/auth/tokens`,
///   account = accountName, user = principal, project = projectName or the region in the
///   CodeArts host name); the token is cached for its lifetime, renewed shortly before it
///   expires and once after a 401. The IAM host may differ from the CodeArts host.
/// - AuthMethod::SessionToken: an X-Auth-Token pasted from the console (no renewal).
/// Any other method, or a profile missing what its method needs, makes every call fail with
/// ServiceError::Kind::Unsupported saying what to fix. The secret stays in memory only.
class CodeArtsBackend : public IdentityBackend
{
    Q_OBJECT
public:
    CodeArtsBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                    const QString &secret, QObject *parent = nullptr);
    ~CodeArtsBackend() override;

    BackendCapabilities capabilities() const override;

    /// The signed-in account as a page of one (ExactId: of one or none). Contains and
    /// ExactEmail searches fail with Unsupported: CodeArts Repo cannot search users. A non-empty
    /// page token lies past the end (this backend never hands one out) and gives an empty page.
    UserPageJob *listUsers(const UserQuery &query) override;
    /// The signed-in account when `userId` is its id; any other id fails with NotFound.
    UserJob *user(const QString &userId) override;
    /// Changes the signed-in account's email with the code mailed by requestVerificationCode().
    /// `userId` must be the signed-in account's id (empty means that account); the address and
    /// the code are trimmed and checked locally before anything is sent.
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override;
    /// Mails a verification code to `newEmail` for the signed-in account.
    ActionJob *requestVerificationCode(const QString &newEmail) override;

    /// IAM tokens fetched so far (always 0 with a pasted token), for diagnostics and tests.
    int tokenFetchCount() const;

private:
    using ResponseHandler = std::function<void(const HttpResponse &)>;
    using UserHandler = std::function<void(const User &)>;

    void configureAuthentication(QNetworkAccessManager *network, const ConnectionSettings &settings,
                                 const QString &secret);
    /// Fails `job` at once when the profile cannot work; true when it did.
    bool failIfMisconfigured(ServiceJob *job) const;
    /// Sends `request` under `job`: errors fail the job, success goes to `onSuccess`.
    void send(ServiceJob *job, const HttpRequest &request, ResponseHandler onSuccess);
    /// Reads the signed-in account (GET /v4/user/emails) and passes it on, or fails `job`.
    void readOwnUser(ServiceJob *job, UserHandler onUser);
    /// Parses a CodeArts user object; on a malformed answer fails `job` and returns nullopt.
    std::optional<User> userFrom(ServiceJob *job, const HttpResponse &response);
    ServiceError notTheSignedInAccount(const QString &userId, const User &self) const;

    std::optional<ServiceError> m_profileError;
    HttpClient *m_client = nullptr;
    /// The IAM side of a password login (null with a pasted token).
    HttpClient *m_iamClient = nullptr;
    TokenAuthenticator *m_tokens = nullptr;
    std::shared_ptr<HuaweiIdentity> m_identity;
    QString m_accountName;
    /// The signed-in account's id, once read: the token's owner does not change.
    QString m_ownUserId;
};
