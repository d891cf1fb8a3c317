#pragma once

#include "ZitadelServiceAccountBackend.h"

/// ZITADEL management API v1 (`/management/v1`, legacy), used by a service account: lists and
/// searches the users of one organisation, reads a user, changes a human user's email address
/// (marking it verified, or letting ZITADEL mail a verification) and resends that verification.
///
/// Sign-in, the `x-zitadel-orgid` header (settings.organisationId; without it, the service
/// account's own organisation), listing and reading are ZitadelServiceAccountBackend's. The
/// organisation names come from `GET /management/v1/orgs/me` with the organisation's id in
/// `x-zitadel-orgid`.
///
/// Jobs are parented to the backend and follow the ServiceJob contract. The secret is kept in
/// memory only and never logged.
class ZitadelManagementBackend : public ZitadelServiceAccountBackend
{
    Q_OBJECT
public:
    ZitadelManagementBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                             const QString &secret, QObject *parent = nullptr);

    BackendCapabilities capabilities() const override;

    /// Outcome ChangedNow when request.markVerified, else VerificationMailSent; carries the
    /// user as re-read after the change (absent if that read failed).
    EmailChangeJob *changeEmail(const QString &userId, const EmailChangeRequest &request) override;
    ActionJob *resendVerification(const QString &userId) override;

protected:
    /// Contains searches the email (text with '@') or the user name, ignoring case.
    QJsonArray containsQueries(const QString &text) const override;
    ActionJob *lookUpOrganisationName(const QString &organisationId) override;
};
