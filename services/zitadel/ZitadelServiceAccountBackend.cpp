#include "ZitadelServiceAccountBackend.h"

#include "Authenticator.h"
#include "JsonReader.h"
#include "OrganisationNames.h"
#include "TokenAuthenticator.h"
#include "ZitadelTokenEndpoint.h"

ZitadelServiceAccountBackend::ZitadelServiceAccountBackend(QNetworkAccessManager *network,
                                                           const ConnectionSettings &settings,
                                                           const QString &secret,
                                                           const QString &apiName, Routes routes,
                                                           QObject *parent)
    : ZitadelBackendBase(network, settings, ZitadelErrorMapper::Api::Management, parent)
    , m_routes(std::move(routes))
    , m_orgNames(new OrganisationNames(
          [this](const QString &id) { return lookUpOrganisationName(id); }, this))
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
        setProfileError({ ServiceError::Kind::Unsupported,
                          tr("%1 signs in with a personal access token or client credentials; "
                             "%2 is not supported.")
                              .arg(apiName, authMethodName(settings.authMethod)) });
        break;
    }
}

ZitadelServiceAccountBackend::~ZitadelServiceAccountBackend() = default;

Authenticator *ZitadelServiceAccountBackend::authenticator() const
{
    return http()->authenticator();
}

QJsonObject ZitadelServiceAccountBackend::textQuery(const QString &queryName,
                                                    const QString &fieldName, const QString &text,
                                                    const char *method)
{
    return { { queryName,
               QJsonObject { { fieldName, text },
                             { QStringLiteral("method"), QLatin1String(method) } } } };
}

bool ZitadelServiceAccountBackend::failIfChangeIsUnusable(EmailChangeJob *job,
                                                          const QString &userId,
                                                          const QString &newEmail) const
{
    if (failIfUnusable(job))
        return true;
    std::optional<ServiceError> problem = checkUserId(userId);
    if (!problem)
        problem = checkNewEmail(newEmail);
    if (problem)
        job->fail(*problem);
    return problem.has_value();
}

std::optional<ServiceError> ZitadelServiceAccountBackend::checkUserId(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty())
        return ServiceError(ServiceError::Kind::Validation, tr("No user was given."));
    if (!isPlausibleId(id))
        return ServiceError(ServiceError::Kind::Validation,
                            tr("\"%1\" is not a ZITADEL user id.").arg(id));
    return std::nullopt;
}

std::optional<ServiceError>
ZitadelServiceAccountBackend::checkWriteAnswer(const HttpResponse &response)
{
    const JsonReader root = JsonReader::parse(response);
    root.optionalObject(QStringLiteral("details"));
    if (!root.ok())
        return root.error();
    return std::nullopt;
}

UserPageJob *ZitadelServiceAccountBackend::listUsers(const UserQuery &query)
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

    QJsonArray queries = scopeQueries();
    switch (query.match) {
    case UserQuery::Match::All:
        break;
    case UserQuery::Match::Contains:
        if (!text.isEmpty()) {
            for (const QJsonValue part : containsQueries(text))
                queries.append(part);
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
    HttpRequest request = HttpRequest::json("POST", m_routes.searchPath, body);
    request.retryable = true; // a search: reading only

    const ZitadelUserMapper::Version version = m_routes.version;
    send(job, request, [this, job, offset, limit, version](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        // protojson omits zero values: no totalResult means 0, no result means none. A total
        // that is there is what the server announces (a negative one too: the listing says so).
        const JsonReader details = root.optionalObject(QStringLiteral("details"));
        const bool announced = details.has(QStringLiteral("totalResult"));
        const qint64 total = details.int64(QStringLiteral("totalResult"), 0);
        const QList<JsonReader> rows =
            root.array(QStringLiteral("result"), false, JsonReader::pageItemCap(limit));
        UserPage page;
        page.users.reserve(rows.size());
        for (const JsonReader &row : rows)
            page.users.append(ZitadelUserMapper::fromJson(row, version));
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        const qint64 next = offset + rows.size();
        bool more = false;
        if (announced || total > 0 || rows.isEmpty()) {
            page.totalCount = total;
            more = !rows.isEmpty() && next < total;
        } else {
            // Rows without a total: the count is unknown; a full page may have a successor.
            more = rows.size() >= limit;
        }
        if (more)
            page.nextPageToken = QString::number(next);
        QList<User> users = std::move(page.users);
        m_orgNames->fill(std::move(users), job, [job, page](QList<User> named) mutable {
            page.users = std::move(named);
            job->succeed(std::move(page));
        });
    });
    return job;
}

void ZitadelServiceAccountBackend::listById(UserPageJob *job, const QString &userId)
{
    const ZitadelUserMapper::Version version = m_routes.version;
    send(
        job, HttpRequest::get(pathWithId(m_routes.usersPath, userId)),
        [this, job, version](const HttpResponse &response) {
            const JsonReader root = JsonReader::parse(response);
            const User user =
                ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")), version);
            if (!root.ok()) {
                job->fail(root.error());
                return;
            }
            m_orgNames->fill(user, job, [job](User named) {
                UserPage page;
                page.users.append(std::move(named));
                page.totalCount = 1;
                job->succeed(std::move(page));
            });
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

UserJob *ZitadelServiceAccountBackend::user(const QString &userId)
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

void ZitadelServiceAccountBackend::readUser(UserJob *job, const QString &userId)
{
    const ZitadelUserMapper::Version version = m_routes.version;
    send(job, HttpRequest::get(pathWithId(m_routes.usersPath, userId)),
         [this, job, version](const HttpResponse &response) {
             const JsonReader root = JsonReader::parse(response);
             const User user =
                 ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")), version);
             if (!root.ok()) {
                 job->fail(root.error());
                 return;
             }
             m_orgNames->fill(user, job, [job](User named) { job->succeed(std::move(named)); });
         });
}

void ZitadelServiceAccountBackend::rereadAfterChange(EmailChangeJob *job, const QString &userId,
                                                     EmailChangeOutcome::Kind kind)
{
    const ZitadelUserMapper::Version version = m_routes.version;
    // The answers of the writes have only event details; read the user back for the outcome.
    send(
        job, HttpRequest::get(pathWithId(m_routes.usersPath, userId)),
        [this, job, kind, version](const HttpResponse &reread) {
            const JsonReader root = JsonReader::parse(reread);
            const User user =
                ZitadelUserMapper::fromJson(root.object(QStringLiteral("user")), version);
            EmailChangeOutcome outcome;
            outcome.kind = kind;
            if (!root.ok()) {
                job->succeed(std::move(outcome));
                return;
            }
            m_orgNames->fill(user, job, [job, outcome](User named) mutable {
                outcome.user = std::move(named);
                job->succeed(std::move(outcome));
            });
        },
        [job, kind](const ServiceError &) {
            // The change is done; only the confirming read failed.
            EmailChangeOutcome outcome;
            outcome.kind = kind;
            job->succeed(std::move(outcome));
        });
}

std::optional<qint64>
ZitadelServiceAccountBackend::offsetOfPageToken(const QString &pageToken) const
{
    return decimalOffset(pageToken);
}

QString ZitadelServiceAccountBackend::pageTokenAtOffset(const QString &, qint64 offset) const
{
    return QString::number(offset);
}
