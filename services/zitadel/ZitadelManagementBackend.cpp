#include "ZitadelManagementBackend.h"

#include "Authenticator.h"
#include "JsonReader.h"
#include "TokenAuthenticator.h"
#include "ZitadelTokenEndpoint.h"
#include "ZitadelUserMapper.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
const QString usersPath = QStringLiteral("/management/v1/users");

QJsonObject textQuery(const QString &queryName, const QString &fieldName, const QString &text,
                      const char *method)
{
    return { { queryName,
               QJsonObject { { fieldName, text },
                             { QStringLiteral("method"), QLatin1String(method) } } } };
}

/// Ids are checked before they become part of a path.
std::optional<ServiceError> checkUserId(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty())
        return ServiceError(ServiceError::Kind::Validation,
                            ZitadelManagementBackend::tr("No user was given."));
    if (!ZitadelManagementBackend::isPlausibleId(id))
        return ServiceError(
            ServiceError::Kind::Validation,
            ZitadelManagementBackend::tr("\"%1\" is not a ZITADEL user id.").arg(id));
    return std::nullopt;
}

/// A 2xx answer of a write must still be ZITADEL's JSON (`{"details": {...}}`): an HTML page
/// from a proxy with status 200 means the change never reached ZITADEL.
std::optional<ServiceError> checkWriteAnswer(const HttpResponse &response)
{
    const JsonReader root = JsonReader::parse(response);
    root.optionalObject(QStringLiteral("details"));
    if (!root.ok())
        return root.error();
    return std::nullopt;
}
} // namespace

ZitadelManagementBackend::ZitadelManagementBackend(QNetworkAccessManager *network,
                                                   const ConnectionSettings &settings,
                                                   const QString &secret, QObject *parent)
    : ZitadelBackendBase(network, settings, ZitadelErrorMapper::Api::Management, parent)
{
    if (!settings.organisationId.trimmed().isEmpty())
        addCommonHeader("x-zitadel-orgid", settings.organisationId.trimmed().toUtf8());

    // Pasted secrets often end with a line break, which no header may carry.
    const QString key = secret.trimmed();
    switch (settings.authMethod) {
    case AuthMethod::PersonalAccessToken:
        if (key.isEmpty()) {
            setProfileError({ ServiceError::Kind::Unauthenticated,
                              tr("The profile has no personal access token; create one for the "
                                 "service account in ZITADEL and enter it.") });
        }
        http()->setAuthenticator(
            new StaticHeaderAuthenticator("Authorization", "Bearer " + key.toUtf8(), this));
        break;
    case AuthMethod::ClientCredentials: {
        if (settings.principal.trimmed().isEmpty() || key.isEmpty()) {
            setProfileError({ ServiceError::Kind::Unauthenticated,
                              tr("The profile needs the service account's client id and client "
                                 "secret.") });
        }
        HttpSettings tokenSettings = HttpSettings::forConnection(settings);
        tokenSettings.baseUrl = settings.effectiveAuthUrl();
        m_tokenHttp = new HttpClient(
            network, tokenSettings,
            [](const HttpResponse &response) { return ZitadelErrorMapper::map(response); }, this);
        http()->setAuthenticator(new TokenAuthenticator(
            m_tokenHttp, std::make_unique<ZitadelTokenEndpoint>(settings.principal.trimmed(), key),
            this));
        break;
    }
    case AuthMethod::ApiKey:
    case AuthMethod::Password:
    case AuthMethod::SessionToken:
        setProfileError(
            { ServiceError::Kind::Unsupported,
              tr("ZITADEL management v1 signs in with a personal access token or client "
                 "credentials; %1 is not supported.")
                  .arg(authMethodName(settings.authMethod)) });
        break;
    }
}

ZitadelManagementBackend::~ZitadelManagementBackend() = default;

Authenticator *ZitadelManagementBackend::authenticator() const
{
    return http()->authenticator();
}

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

UserPageJob *ZitadelManagementBackend::listUsers(const UserQuery &query)
{
    auto *job = new UserPageJob(this);
    if (failIfUnusable(job))
        return job;
    const QString text = query.text.trimmed();
    const auto invalid = [job](const QString &message) {
        job->fail({ ServiceError::Kind::Validation, message });
        return job;
    };
    // ZITADEL's text queries take at most 200 characters.
    if (text.size() > 200)
        return invalid(tr("The search text is too long (at most 200 characters)."));

    QJsonArray queries;
    switch (query.match) {
    case UserQuery::Match::All:
        break;
    case UserQuery::Match::Contains:
        if (text.contains(QLatin1Char('@'))) {
            queries.append(textQuery(QStringLiteral("emailQuery"), QStringLiteral("emailAddress"),
                                     text, "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"));
        } else if (!text.isEmpty()) {
            queries.append(textQuery(QStringLiteral("userNameQuery"), QStringLiteral("userName"),
                                     text, "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE"));
        }
        break;
    case UserQuery::Match::ExactEmail:
        if (text.isEmpty())
            return invalid(tr("Enter the email address to look for."));
        queries.append(textQuery(QStringLiteral("emailQuery"), QStringLiteral("emailAddress"), text,
                                 "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"));
        break;
    case UserQuery::Match::ExactId:
        if (text.isEmpty())
            return invalid(tr("Enter the user id to look for."));
        if (!isPlausibleId(text)) {
            // No ZITADEL id looks like this: no match, without asking.
            UserPage page;
            page.totalCount = 0;
            job->succeed(std::move(page));
            return job;
        }
        listById(job, text);
        return job;
    }

    qint64 offset = 0;
    if (!query.pageToken.isEmpty()) {
        bool isNumber = false;
        offset = query.pageToken.toLongLong(&isNumber);
        if (!isNumber || offset < 0)
            return invalid(tr("The page token was not issued by this ZITADEL profile; load the "
                              "list again from the start."));
    }
    const int limit = query.pageSize <= 0 ? 100 : std::min(query.pageSize, maxPageSize);

    QJsonObject body {
        { QStringLiteral("query"),
          QJsonObject { // protojson: uint64 as a string, uint32 as a number.
                        { QStringLiteral("offset"), QString::number(offset) },
                        { QStringLiteral("limit"), limit },
                        { QStringLiteral("asc"), true } } },
        // User names are unique, so this order is stable between pages.
        { QStringLiteral("sortingColumn"), QStringLiteral("USER_FIELD_NAME_USER_NAME") },
    };
    if (!queries.isEmpty())
        body.insert(QStringLiteral("queries"), queries);
    HttpRequest request = HttpRequest::json("POST", usersPath + QStringLiteral("/_search"), body);
    request.retryable = true; // a search: reading only

    send(job, request, [job, offset, limit](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        // protojson omits zero values: no totalResult means 0, no result means none.
        const qint64 total =
            root.optionalObject(QStringLiteral("details")).int64(QStringLiteral("totalResult"), 0);
        const QList<JsonReader> rows =
            root.array(QStringLiteral("result"), false, JsonReader::pageItemCap(limit));
        UserPage page;
        page.users.reserve(rows.size());
        for (const JsonReader &row : rows)
            page.users.append(ZitadelUserMapper::fromJson(row));
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        const qint64 next = offset + rows.size();
        bool more = false;
        if (total > 0 || rows.isEmpty()) {
            page.totalCount = total;
            more = !rows.isEmpty() && next < total;
        } else {
            // Rows without a total: the count is unknown; a full page may have a successor.
            more = rows.size() >= limit;
        }
        if (more)
            page.nextPageToken = QString::number(next);
        job->succeed(std::move(page));
    });
    return job;
}

void ZitadelManagementBackend::listById(UserPageJob *job, const QString &userId)
{
    send(
        job, HttpRequest::get(pathWithId(usersPath, userId)),
        [job](const HttpResponse &response) {
            const JsonReader root = JsonReader::parse(response);
            const User user = ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")));
            if (!root.ok()) {
                job->fail(root.error());
                return;
            }
            UserPage page;
            page.users.append(user);
            page.totalCount = 1;
            job->succeed(std::move(page));
        },
        [job](const ServiceError &error) {
            // ZITADEL's "user not found" (it carries an error id) is simply no match; a 404
            // without one is the gateway's: the address of the API is wrong.
            if (error.kind() == ServiceError::Kind::NotFound && !error.backendCode().isEmpty()) {
                UserPage page;
                page.totalCount = 0;
                job->succeed(std::move(page));
                return;
            }
            job->fail(error);
        });
}

UserJob *ZitadelManagementBackend::user(const QString &userId)
{
    auto *job = new UserJob(this);
    if (failIfUnusable(job))
        return job;
    if (const auto problem = checkUserId(userId)) {
        job->fail(*problem);
        return job;
    }
    readUser(job, userId.trimmed());
    return job;
}

void ZitadelManagementBackend::readUser(UserJob *job, const QString &userId)
{
    send(job, HttpRequest::get(pathWithId(usersPath, userId)), [job](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        User user = ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")));
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        job->succeed(std::move(user));
    });
}

EmailChangeJob *ZitadelManagementBackend::changeEmail(const QString &userId,
                                                      const EmailChangeRequest &request)
{
    auto *job = new EmailChangeJob(this);
    if (failIfUnusable(job))
        return job;
    const QString id = userId.trimmed();
    if (const auto problem = checkUserId(id)) {
        job->fail(*problem);
        return job;
    }
    if (const auto problem = checkNewEmail(request.newEmail)) {
        job->fail(*problem);
        return job;
    }
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
             // The answer has only event details; read the user back for the outcome.
             send(
                 job, HttpRequest::get(pathWithId(usersPath, id)),
                 [job, kind](const HttpResponse &reread) {
                     const JsonReader root = JsonReader::parse(reread);
                     const User user =
                         ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")));
                     EmailChangeOutcome outcome;
                     outcome.kind = kind;
                     if (root.ok())
                         outcome.user = user;
                     job->succeed(std::move(outcome));
                 },
                 [job, kind](const ServiceError &) {
                     // The change is done; only the confirming read failed.
                     EmailChangeOutcome outcome;
                     outcome.kind = kind;
                     job->succeed(std::move(outcome));
                 });
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

std::optional<qint64> ZitadelManagementBackend::offsetOfPageToken(const QString &pageToken) const
{
    return decimalOffset(pageToken);
}

QString ZitadelManagementBackend::pageTokenAtOffset(const QString &, qint64 offset) const
{
    return QString::number(offset);
}
