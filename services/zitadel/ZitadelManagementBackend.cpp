#include "ZitadelManagementBackend.h"

#include "JsonReader.h"

namespace {
const QString usersPath = QStringLiteral("/management/v1/users");
} // namespace

ZitadelManagementBackend::ZitadelManagementBackend(QNetworkAccessManager *network,
                                                   const ConnectionSettings &settings,
                                                   const QString &secret, QObject *parent)
    : ZitadelServiceAccountBackend(
        network, settings, secret, tr("ZITADEL management v1"),
        { usersPath, usersPath + QStringLiteral("/_search"), ZitadelUserMapper::Version::V1 },
        parent)
{ }

BackendCapabilities ZitadelManagementBackend::capabilities() const
{
    BackendCapabilities caps;
    caps.apiName = tr("ZITADEL management v1");
    caps.needsPassword = false;
    caps.needsVerificationCode = false;
    caps.canRequestVerificationCode = false;
    caps.canMarkVerified = true;
    caps.ownAccountOnly = false;
    caps.hasVersionCheck = false;
    caps.requestsPerChange = 2; // the user is read again after the PUT, for the outcome
    caps.canResendVerification = true;
    caps.verifiesWithCodeAfterChange = false;
    caps.hasServerSearch = true;
    caps.reportsTotalCount = true;
    caps.afterChange = tr("ZITADEL changes the address at once; unless you mark it verified, the "
                          "user gets a mail to verify the new address.");
    return caps;
}

QJsonArray ZitadelManagementBackend::containsQueries(const QString &text) const
{
    if (text.contains(QLatin1Char('@')))
        return { textQuery(QStringLiteral("emailQuery"), QStringLiteral("emailAddress"), text,
                           "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE") };
    return { textQuery(QStringLiteral("userNameQuery"), QStringLiteral("userName"), text,
                       "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE") };
}

ActionJob *ZitadelManagementBackend::lookUpOrganisationName(const QString &organisationId)
{
    auto *job = new ActionJob(this);
    if (!isPlausibleId(organisationId)) {
        job->fail({ ServiceError::Kind::Validation, tr("Not an organisation id.") });
        return job;
    }
    // GetMyOrg answers for the organisation in x-zitadel-orgid, which overrides the profile's.
    HttpRequest request = HttpRequest::get(QStringLiteral("/management/v1/orgs/me"));
    request.headers.append({ "x-zitadel-orgid", organisationId.toUtf8() });
    request.retryable = true;
    send(job, request, [job](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        const QString name =
            root.object(QStringLiteral("org")).optionalString(QStringLiteral("name"));
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        job->succeed(name);
    });
    return job;
}

EmailChangeJob *ZitadelManagementBackend::changeEmail(const QString &userId,
                                                      const EmailChangeRequest &request)
{
    auto *job = new EmailChangeJob(this);
    const QString id = userId.trimmed();
    if (failIfChangeIsUnusable(job, id, request.newEmail))
        return job;
    const QJsonObject body { { QStringLiteral("email"), request.newEmail.trimmed() },
                             { QStringLiteral("isEmailVerified"), request.markVerified } };
    const EmailChangeOutcome::Kind kind = request.markVerified
        ? EmailChangeOutcome::Kind::ChangedNow
        : EmailChangeOutcome::Kind::VerificationMailSent;
    // A write: never retried, whatever the answer.
    send(job, HttpRequest::json("PUT", pathWithId(usersPath, id, QStringLiteral("/email")), body),
         [this, job, id, kind](const HttpResponse &response) {
             if (const auto problem = checkWriteAnswer(response)) {
                 job->fail(*problem);
                 return;
             }
             rereadAfterChange(job, id, kind);
         });
    return job;
}

ActionJob *ZitadelManagementBackend::resendVerification(const QString &userId)
{
    auto *job = new ActionJob(this);
    if (failIfUnusable(job))
        return job;
    const QString id = userId.trimmed();
    if (const auto problem = checkUserId(id)) {
        job->fail(*problem);
        return job;
    }
    send(job,
         HttpRequest::json("POST",
                           pathWithId(usersPath, id, QStringLiteral("/email/_resend_verification")),
                           QJsonObject()),
         [job](const HttpResponse &response) {
             if (const auto problem = checkWriteAnswer(response)) {
                 job->fail(*problem);
                 return;
             }
             job->succeed(tr("ZITADEL mailed the verification to the user's address again."));
         });
    return job;
}
