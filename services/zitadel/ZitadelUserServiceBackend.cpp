#include "ZitadelUserServiceBackend.h"

#include "JsonReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcZitadel, "identitydesk.services.zitadel")

namespace {
const QString usersPath = QStringLiteral("/v2/users");

/// zitadel.user.v2.SetHumanEmail (and the same fields of SetEmailRequest): the address and how
/// ownership is settled, the `verification` oneof: `isVerified`, or `sendCode` (ZITADEL mails a
/// code, with its default link when `urlTemplate` is absent).
QJsonObject withVerification(QJsonObject message, bool markVerified)
{
    if (markVerified)
        message.insert(QStringLiteral("isVerified"), true);
    else
        message.insert(QStringLiteral("sendCode"), QJsonObject());
    return message;
}

/// Whether an answer to UpdateUser means the instance does not have it: grpc-gateway answers an
/// unknown method on a known path with 405 as UNIMPLEMENTED (HTTP 501); an unknown path is a
/// 404 without ZITADEL's error id (a missing user always carries one).
bool isMissingRpc(const ServiceError &error)
{
    if (error.httpStatus() == 405 || error.httpStatus() == 501)
        return true;
    return error.kind() == ServiceError::Kind::NotFound && error.httpStatus() == 404
        && error.backendCode().isEmpty();
}

/// ResendEmailCode's "Code is empty": no code is waiting for the address.
bool isNoCodeWaiting(const ServiceError &error)
{
    return error.backendCode() == QLatin1String("EMAIL-5w5ilin4yt")
        || error.backendCode() == QLatin1String("COMMAND-2M9fs");
}
} // namespace

ZitadelUserServiceBackend::ZitadelUserServiceBackend(QNetworkAccessManager *network,
                                                     const ConnectionSettings &settings,
                                                     const QString &secret, QObject *parent)
    : ZitadelServiceAccountBackend(network, settings, secret, tr("ZITADEL user service v2"),
                                   { usersPath, usersPath, ZitadelUserMapper::Version::V2 }, parent)
{ }

BackendCapabilities ZitadelUserServiceBackend::capabilities() const
{
    BackendCapabilities caps;
    caps.apiName = tr("ZITADEL user service v2");
    caps.canMarkVerified = true;
    caps.canResendVerification = true;
    // An admin who was given the code (by phone, say) can confirm the address for the user.
    caps.verifiesWithCodeAfterChange = true;
    caps.hasServerSearch = true;
    caps.reportsTotalCount = true;
    caps.requestsPerChange = 2; // the user is read again after the change, for the outcome
    caps.afterChange = tr("ZITADEL changes the address at once; unless you mark it verified, the "
                          "user gets a mail with a code to verify the new address.");
    return caps;
}

QJsonArray ZitadelUserServiceBackend::containsQueries(const QString &text) const
{
    const char *method = "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE";
    const QJsonArray anyOf {
        textQuery(QStringLiteral("emailQuery"), QStringLiteral("emailAddress"), text, method),
        textQuery(QStringLiteral("userNameQuery"), QStringLiteral("userName"), text, method),
        textQuery(QStringLiteral("displayNameQuery"), QStringLiteral("displayName"), text, method),
    };
    return { QJsonObject {
        { QStringLiteral("orQuery"), QJsonObject { { QStringLiteral("queries"), anyOf } } } } };
}

QJsonArray ZitadelUserServiceBackend::scopeQueries() const
{
    const QString orgId = settings().organisationId.trimmed();
    if (orgId.isEmpty())
        return {};
    return { QJsonObject { { QStringLiteral("organizationIdQuery"),
                             QJsonObject { { QStringLiteral("organizationId"), orgId } } } } };
}

ActionJob *ZitadelUserServiceBackend::lookUpOrganisationName(const QString &organisationId)
{
    auto *job = new ActionJob(this);
    const QJsonObject body {
        { QStringLiteral("query"),
          QJsonObject { { QStringLiteral("offset"), QStringLiteral("0") },
                        { QStringLiteral("limit"), 1 } } },
        { QStringLiteral("queries"),
          QJsonArray {
              QJsonObject { { QStringLiteral("idQuery"),
                              QJsonObject { { QStringLiteral("id"), organisationId } } } } } },
    };
    HttpRequest request =
        HttpRequest::json("POST", QStringLiteral("/v2/organizations/_search"), body);
    request.retryable = true; // a search: reading only
    send(job, request, [job, organisationId](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        const QList<JsonReader> rows = root.array(QStringLiteral("result"), false, 10);
        QString name;
        for (const JsonReader &row : rows) {
            if (row.optionalString(QStringLiteral("id")) == organisationId)
                name = row.optionalString(QStringLiteral("name"));
        }
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        job->succeed(name);
    });
    return job;
}

EmailChangeJob *ZitadelUserServiceBackend::changeEmail(const QString &userId,
                                                       const EmailChangeRequest &request)
{
    auto *job = new EmailChangeJob(this);
    const QString id = userId.trimmed();
    if (failIfChangeIsUnusable(job, id, request.newEmail))
        return job;
    const QString email = request.newEmail.trimmed();
    const bool markVerified = request.markVerified;
    if (m_useSetEmail) {
        changeWithSetEmail(job, id, email, markVerified);
        return job;
    }
    const QJsonObject body {
        { QStringLiteral("human"),
          QJsonObject {
              { QStringLiteral("email"),
                withVerification({ { QStringLiteral("email"), email } }, markVerified) } } }
    };
    const EmailChangeOutcome::Kind kind = markVerified
        ? EmailChangeOutcome::Kind::ChangedNow
        : EmailChangeOutcome::Kind::VerificationMailSent;
    // A write: never retried, whatever the answer.
    send(
        job, HttpRequest::json("PATCH", pathWithId(usersPath, id), body),
        [this, job, id, kind](const HttpResponse &response) {
            // UpdateUserResponse has no details, only {changeDate, emailCode?}: any JSON object.
            const JsonReader root = JsonReader::parse(response);
            root.optionalString(QStringLiteral("changeDate"));
            if (!root.ok()) {
                job->fail(root.error());
                return;
            }
            qCDebug(lcZitadel) << "changed the email of user" << id << "with UpdateUser";
            rereadAfterChange(job, id, kind);
        },
        [this, job, id, email, markVerified](const ServiceError &error) {
            if (!isMissingRpc(error)) {
                job->fail(error);
                return;
            }
            qCDebug(lcZitadel) << "this instance has no UpdateUser (HTTP" << error.httpStatus()
                               << "); using SetEmail from now on";
            m_useSetEmail = true;
            changeWithSetEmail(job, id, email, markVerified);
        });
    return job;
}

void ZitadelUserServiceBackend::changeWithSetEmail(EmailChangeJob *job, const QString &userId,
                                                   const QString &email, bool markVerified)
{
    const QJsonObject body = withVerification({ { QStringLiteral("email"), email } }, markVerified);
    const EmailChangeOutcome::Kind kind = markVerified
        ? EmailChangeOutcome::Kind::ChangedNow
        : EmailChangeOutcome::Kind::VerificationMailSent;
    send(job,
         HttpRequest::json("POST", pathWithId(usersPath, userId, QStringLiteral("/email")), body),
         [this, job, userId, kind](const HttpResponse &response) {
             if (const auto problem = checkWriteAnswer(response)) {
                 job->fail(*problem);
                 return;
             }
             qCDebug(lcZitadel) << "changed the email of user" << userId << "with SetEmail";
             rereadAfterChange(job, userId, kind);
         });
}

ActionJob *ZitadelUserServiceBackend::resendVerification(const QString &userId)
{
    auto *job = new ActionJob(this);
    if (failIfUnusable(job))
        return job;
    const QString id = userId.trimmed();
    if (const auto problem = checkUserId(id)) {
        job->fail(*problem);
        return job;
    }
    const QJsonObject body { { QStringLiteral("sendCode"), QJsonObject() } };
    send(
        job,
        HttpRequest::json("POST", pathWithId(usersPath, id, QStringLiteral("/email/resend")), body),
        [job](const HttpResponse &response) {
            if (const auto problem = checkWriteAnswer(response)) {
                job->fail(*problem);
                return;
            }
            job->succeed(tr("ZITADEL mailed a new verification code to the user's address."));
        },
        [this, job, id](const ServiceError &error) {
            if (!isNoCodeWaiting(error)) {
                job->fail(error);
                return;
            }
            sendCode(job, id);
        });
    return job;
}

void ZitadelUserServiceBackend::sendCode(ActionJob *job, const QString &userId)
{
    const QJsonObject body { { QStringLiteral("sendCode"), QJsonObject() } };
    send(job,
         HttpRequest::json("POST", pathWithId(usersPath, userId, QStringLiteral("/email/send")),
                           body),
         [job](const HttpResponse &response) {
             if (const auto problem = checkWriteAnswer(response)) {
                 job->fail(*problem);
                 return;
             }
             job->succeed(tr("No code was waiting; ZITADEL mailed a new verification code to the "
                             "user's address."));
         });
}

ActionJob *ZitadelUserServiceBackend::verifyEmail(const QString &userId, const QString &code)
{
    auto *job = new ActionJob(this);
    if (failIfUnusable(job))
        return job;
    const QString id = userId.trimmed();
    if (const auto problem = checkUserId(id)) {
        job->fail(*problem);
        return job;
    }
    const QString trimmed = code.trimmed();
    // VerifyEmailRequest.verification_code: 1 to 20 characters.
    if (trimmed.isEmpty() || trimmed.size() > 20) {
        const QString message = tr("Enter the code from the verification mail (at most 20 "
                                   "characters).");
        ServiceError error(ServiceError::Kind::Validation, message);
        error.withFieldError(RequestField::verificationCode, message);
        job->fail(error);
        return job;
    }
    const QJsonObject body { { QStringLiteral("verificationCode"), trimmed } };
    send(
        job,
        HttpRequest::json("POST", pathWithId(usersPath, id, QStringLiteral("/email/verify")), body),
        [job](const HttpResponse &response) {
            if (const auto problem = checkWriteAnswer(response)) {
                job->fail(*problem);
                return;
            }
            job->succeed(tr("The new address is verified."));
        });
    return job;
}
