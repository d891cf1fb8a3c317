#include "ZitadelSelfBackend.h"

#include "Authenticator.h"
#include "JsonReader.h"
#include "UserLookup.h"
#include "ZitadelUserMapper.h"

#include <QJsonObject>

namespace {
const QString mePath = QStringLiteral("/auth/v1/users/me");

std::optional<ServiceError> checkWriteAnswer(const HttpResponse &response)
{
    const JsonReader root = JsonReader::parse(response);
    root.optionalObject(QStringLiteral("details"));
    if (!root.ok())
        return root.error();
    return std::nullopt;
}
} // namespace

ZitadelSelfBackend::ZitadelSelfBackend(QNetworkAccessManager *network,
                                       const ConnectionSettings &settings, const QString &secret,
                                       QObject *parent)
    : ZitadelBackendBase(network, settings, ZitadelErrorMapper::Api::Self, parent)
{
    const QString token = secret.trimmed();
    if (settings.authMethod != AuthMethod::SessionToken) {
        setProfileError({ ServiceError::Kind::Unsupported,
                          tr("ZITADEL self-service signs in with your own session token; %1 is "
                             "not supported.")
                              .arg(authMethodName(settings.authMethod)) });
        return;
    }
    if (token.isEmpty()) {
        setProfileError({ ServiceError::Kind::Unauthenticated,
                          tr("The profile has no session token; sign in to ZITADEL and enter "
                             "your access token.") });
    }
    http()->setAuthenticator(
        new StaticHeaderAuthenticator("Authorization", "Bearer " + token.toUtf8(), this));
}

BackendCapabilities ZitadelSelfBackend::capabilities() const
{
    BackendCapabilities caps;
    caps.apiName = tr("ZITADEL self-service (auth v1)");
    caps.needsPassword = false;
    caps.needsVerificationCode = false;
    caps.canRequestVerificationCode = false;
    caps.canMarkVerified = false;
    caps.ownAccountOnly = true;
    caps.hasVersionCheck = false;
    caps.canResendVerification = true;
    caps.verifiesWithCodeAfterChange = true;
    caps.hasServerSearch = false;
    caps.reportsTotalCount = true;
    caps.afterChange = tr("ZITADEL changes your address at once and mails a code to it; enter "
                          "that code to verify the new address.");
    return caps;
}

void ZitadelSelfBackend::readMe(ServiceJob *job, std::function<void(const User &)> then)
{
    send(job, HttpRequest::get(mePath),
         [this, job, then = std::move(then)](const HttpResponse &response) {
             const JsonReader root = JsonReader::parse(response);
             const User me = ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")));
             if (!root.ok()) {
                 job->fail(root.error());
                 return;
             }
             m_ownId = me.id;
             then(me);
         });
}

void ZitadelSelfBackend::ensureOwnAccount(ServiceJob *job, const QString &userId,
                                          std::function<void()> then)
{
    const QString id = userId.trimmed();
    if (id.isEmpty() || (!m_ownId.isEmpty() && id == m_ownId)) {
        then();
        return;
    }
    readMe(job, [job, id, then = std::move(then)](const User &me) {
        if (me.id != id) {
            job->fail({ ServiceError::Kind::Forbidden,
                        tr("A self-service token acts only on your own account; this user is "
                           "someone else.") });
            return;
        }
        then();
    });
}

UserPageJob *ZitadelSelfBackend::listUsers(const UserQuery &query)
{
    auto *job = new UserPageJob(this);
    if (failIfUnusable(job))
        return job;
    const QString text = query.text.trimmed();
    if (query.match == UserQuery::Match::Contains && !text.isEmpty()) {
        job->fail({ ServiceError::Kind::Unsupported,
                    UserLookup::textSearchUnsupported(capabilities().apiName) });
        return job;
    }
    if (!query.pageToken.isEmpty()) {
        job->fail({ ServiceError::Kind::Validation,
                    tr("The page token was not issued by this ZITADEL profile; load the list "
                       "again from the start.") });
        return job;
    }
    // The only user there is: an exact lookup (id or address) is a comparison with it.
    readMe(job, [job, query](const User &me) {
        UserPage page;
        if (query.match == UserQuery::Match::All || query.match == UserQuery::Match::Contains
            || UserLookup::matches(query, me))
            page.users.append(me);
        page.totalCount = page.users.size();
        job->succeed(std::move(page));
    });
    return job;
}

UserJob *ZitadelSelfBackend::user(const QString &userId)
{
    auto *job = new UserJob(this);
    if (failIfUnusable(job))
        return job;
    const QString id = userId.trimmed();
    readMe(job, [job, id](const User &me) {
        if (!id.isEmpty() && me.id != id) {
            job->fail({ ServiceError::Kind::Forbidden,
                        tr("A self-service token can read only your own account.") });
            return;
        }
        job->succeed(me);
    });
    return job;
}

EmailChangeJob *ZitadelSelfBackend::changeEmail(const QString &userId,
                                                const EmailChangeRequest &request)
{
    auto *job = new EmailChangeJob(this);
    if (failIfUnusable(job))
        return job;
    if (request.markVerified) {
        job->fail({ ServiceError::Kind::Unsupported,
                    tr("Only an administrator can mark an address verified; self-service always "
                       "mails a code to the new address.") });
        return job;
    }
    if (const auto problem = checkNewEmail(request.newEmail)) {
        job->fail(*problem);
        return job;
    }
    const QString email = request.newEmail.trimmed();
    ensureOwnAccount(job, userId, [this, job, email] {
        send(job,
             HttpRequest::json("PUT", mePath + QStringLiteral("/email"),
                               QJsonObject { { QStringLiteral("email"), email } }),
             [this, job](const HttpResponse &response) {
                 if (const auto problem = checkWriteAnswer(response)) {
                     job->fail(*problem);
                     return;
                 }
                 // Read the account back so the caller sees the new, unverified address.
                 send(
                     job, HttpRequest::get(mePath),
                     [job](const HttpResponse &reread) {
                         const JsonReader root = JsonReader::parse(reread);
                         const User me =
                             ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")));
                         EmailChangeOutcome outcome;
                         outcome.kind = EmailChangeOutcome::Kind::VerificationMailSent;
                         if (root.ok())
                             outcome.user = me;
                         job->succeed(std::move(outcome));
                     },
                     [job](const ServiceError &) {
                         // The change is done; only the confirming read failed.
                         EmailChangeOutcome outcome;
                         outcome.kind = EmailChangeOutcome::Kind::VerificationMailSent;
                         job->succeed(std::move(outcome));
                     });
             });
    });
    return job;
}

ActionJob *ZitadelSelfBackend::verifyEmail(const QString &userId, const QString &code)
{
    auto *job = new ActionJob(this);
    if (failIfUnusable(job))
        return job;
    const QString trimmedCode = code.trimmed();
    const auto invalidCode = [job](const QString &message) {
        ServiceError error(ServiceError::Kind::Validation, message);
        error.withFieldError(RequestField::verificationCode, message);
        job->fail(error);
        return job;
    };
    if (trimmedCode.isEmpty())
        return invalidCode(tr("Enter the code from the verification mail."));
    // VerifyMyEmailRequest.code: 1 to 200 characters.
    if (trimmedCode.size() > 200)
        return invalidCode(tr("The code is too long; copy it exactly from the verification mail."));
    ensureOwnAccount(job, userId, [this, job, trimmedCode] {
        send(job,
             HttpRequest::json("POST", mePath + QStringLiteral("/email/_verify"),
                               QJsonObject { { QStringLiteral("code"), trimmedCode } }),
             [job](const HttpResponse &response) {
                 if (const auto problem = checkWriteAnswer(response)) {
                     job->fail(*problem);
                     return;
                 }
                 job->succeed(tr("The address is verified."));
             });
    });
    return job;
}

ActionJob *ZitadelSelfBackend::resendVerification(const QString &userId)
{
    auto *job = new ActionJob(this);
    if (failIfUnusable(job))
        return job;
    ensureOwnAccount(job, userId, [this, job] {
        send(job,
             HttpRequest::json("POST", mePath + QStringLiteral("/email/_resend_verification"),
                               QJsonObject()),
             [job](const HttpResponse &response) {
                 if (const auto problem = checkWriteAnswer(response)) {
                     job->fail(*problem);
                     return;
                 }
                 job->succeed(tr("ZITADEL mailed a new verification code to your address."));
             });
    });
    return job;
}
