#pragma once

#include "ZitadelBackendBase.h"

#include <functional>

/// ZITADEL auth API v1 (`/auth/v1/users/me...`): the signed-in end user's own account, with
/// the user's own bearer token (AuthMethod::SessionToken; no refresh: an expired token must be
/// replaced by signing in again). Other auth methods make every call fail with
/// ServiceError::Kind::Unsupported.
///
/// Lists just the signed-in user; calls for any other user id fail with Forbidden (the API has
/// no way to act on anyone else, so the id is checked against `/users/me` before any write).
/// A change mails a code to the new address; verifyEmail() confirms it.
///
/// Jobs are parented to the backend and follow the ServiceJob contract. The token is kept in
/// memory only and never logged.
class ZitadelSelfBackend : public ZitadelBackendBase
{
    Q_OBJECT
public:
    ZitadelSelfBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                       const QString &secret, QObject *parent = nullptr);

    BackendCapabilities capabilities() const override;

    /// The signed-in user as a page of one (Contains/ExactEmail: Unsupported; ExactId: the
    /// user when the id is theirs, else an empty page).
    UserPageJob *listUsers(const UserQuery &query) override;
    UserJob *user(const QString &userId) override;
    /// Always VerificationMailSent (request.markVerified is refused: only administrators can).
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override;
    ActionJob *resendVerification(const QString &userId) override;
    ActionJob *verifyEmail(const QString &userId, const QString &code) override;

private:
    /// Reads the signed-in user and remembers their id; failures fail `job`.
    void readMe(ServiceJob *job, std::function<void(const User &)> then);
    /// Runs `then` when `userId` is the signed-in user's (empty means the signed-in user).
    void ensureOwnAccount(ServiceJob *job, const QString &userId, std::function<void()> then);

    QString m_ownId;
};
