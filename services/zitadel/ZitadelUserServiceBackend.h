#pragma once

#include "ZitadelServiceAccountBackend.h"

/// ZITADEL user service v2 (`/v2/users`), used by a service account: lists and searches the
/// users it may read (all of the instance's, or those of settings.organisationId), reads a
/// user, changes a human user's email address (marking it verified, or letting ZITADEL mail a
/// code), resends or sends that code, and verifies an address with a code the admin was given.
///
/// The change uses `UpdateUser` (`PATCH /v2/users/{id}`), the current RPC; an instance older
/// than UpdateUser answers that the call does not exist, and then the deprecated `SetEmail`
/// (`POST /v2/users/{id}/email`) is used, for this and every later change of the session. The
/// debug log (category identitydesk.services.zitadel) says which one changed the address.
///
/// Sign-in, listing and reading are ZitadelServiceAccountBackend's; organisation names come from
/// the organisation service v2 (`POST /v2/organizations/_search` with an id query). Jobs are
/// parented to the backend and follow the ServiceJob contract. The secret is kept in memory only
/// and never logged.
class ZitadelUserServiceBackend : public ZitadelServiceAccountBackend
{
    Q_OBJECT
public:
    ZitadelUserServiceBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                              const QString &secret, QObject *parent = nullptr);

    BackendCapabilities capabilities() const override;

    /// Outcome ChangedNow when request.markVerified, else VerificationMailSent; carries the
    /// user as re-read after the change (absent if that read failed).
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override;
    /// ResendEmailCode; when ZITADEL has no code waiting (it expired with the change, or the
    /// address was verified meanwhile), SendEmailCode mails a new one.
    ActionJob *resendVerification(const QString &userId) override;
    ActionJob *verifyEmail(const QString &userId, const QString &code) override;

    /// Whether this session found that the instance has no UpdateUser (SetEmail is used).
    bool usesSetEmail() const { return m_useSetEmail; }

protected:
    /// Contains searches the email, the user name and the display name (an OR), ignoring case.
    QJsonArray containsQueries(const QString &text) const override;
    /// The profile's organisation, when it names one.
    QJsonArray scopeQueries() const override;
    ActionJob *lookUpOrganisationName(const QString &organisationId) override;

private:
    void changeWithSetEmail(EmailChangeJob *job, const QString &userId, const QString &email,
                            bool markVerified);
    void sendCode(ActionJob *job, const QString &userId);

    bool m_useSetEmail = false;
};
