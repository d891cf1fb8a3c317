#include "GcoreBackend.h"

#include "Authenticator.h"
#include "GcoreErrorMapper.h"
#include "GcoreJwtEndpoint.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "TokenAuthenticator.h"
#include "UserLookup.h"
#include "UserWords.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcGcore, "identitydesk.services.gcore")

namespace {
const QString apiName = QStringLiteral("Gcore IAM");

QString methodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return GcoreBackend::tr("an API key");
    case AuthMethod::Password:
        return GcoreBackend::tr("a user name and password");
    case AuthMethod::PersonalAccessToken:
        return GcoreBackend::tr("a personal access token");
    case AuthMethod::ClientCredentials:
        return GcoreBackend::tr("OAuth client credentials");
    case AuthMethod::SessionToken:
        return GcoreBackend::tr("a pasted session token");
    }
    return GcoreBackend::tr("this sign-in method");
}

/// A pasted key often carries a line break, and sometimes the scheme the docs show with it.
QString cleanApiKey(const QString &secret)
{
    QString key = secret.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^apikey\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    key.remove(scheme);
    return key;
}

bool isHeaderSafe(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// Obviously not an address; the server judges everything else.
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return shape.match(text).hasMatch();
}

/// Whether `key` is present and not null (optional flags are Unknown when absent).
bool hasValue(const JsonReader &json, const QString &key)
{
    return json.has(key) && !json.value().toObject().value(key).isNull();
}

UserPage emptyPage()
{
    UserPage page;
    page.totalCount = 0;
    return page;
}
} // namespace

GcoreBackend::GcoreBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                           const QString &secret, QObject *parent)
    : IdentityBackend(parent)
{
    HttpSettings http = HttpSettings::forConnection(settings);
    m_client = new HttpClient(network, http, &GcoreErrorMapper::map, this);

    const QString scheme = settings.baseUrl.scheme();
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        m_setupError = ServiceError(ServiceError::Kind::Unsupported,
                                    tr("The profile's base URL \"%1\" is not a web address such "
                                       "as https://api.gcore.com.")
                                        .arg(settings.baseUrl.toDisplayString()));
        return;
    }

    switch (settings.authMethod) {
    case AuthMethod::ApiKey: {
        const QString key = cleanApiKey(secret);
        if (key.isEmpty()) {
            m_setupError = ServiceError(ServiceError::Kind::Unauthenticated,
                                        tr("The profile has no Gcore API key; enter it in the "
                                           "profile."));
        } else if (!isHeaderSafe(key)) {
            m_setupError =
                ServiceError(ServiceError::Kind::Unauthenticated,
                             tr("The Gcore API key contains spaces or characters that cannot "
                                "be part of a key; paste it again."));
        } else {
            m_client->setAuthenticator(
                new StaticHeaderAuthenticator("Authorization", "APIKey " + key.toLatin1(), this));
        }
        break;
    }
    case AuthMethod::Password:
        if (settings.principal.trimmed().isEmpty()) {
            m_setupError = ServiceError(ServiceError::Kind::Unsupported,
                                        tr("The profile has no user name (the login email) for "
                                           "the Gcore sign-in; enter it in the profile."));
        } else if (secret.isEmpty()) {
            m_setupError = ServiceError(ServiceError::Kind::Unauthenticated,
                                        tr("The profile has no password for the Gcore sign-in; "
                                           "enter it in the profile."));
        } else {
            m_tokens = new TokenAuthenticator(
                m_client, std::make_unique<GcoreJwtEndpoint>(settings.principal.trimmed(), secret),
                this);
            m_client->setAuthenticator(m_tokens);
        }
        break;
    case AuthMethod::PersonalAccessToken:
    case AuthMethod::ClientCredentials:
    case AuthMethod::SessionToken:
        m_setupError = ServiceError(ServiceError::Kind::Unsupported,
                                    tr("Gcore IAM does not support signing in with %1; use an "
                                       "API key or a user name and password.")
                                        .arg(methodName(settings.authMethod)));
        break;
    }
}

GcoreBackend::~GcoreBackend() = default;

BackendCapabilities GcoreBackend::capabilities() const
{
    BackendCapabilities capabilities;
    capabilities.apiName = apiName;
    capabilities.needsPassword = true;
    capabilities.needsVerificationCode = false;
    capabilities.canRequestVerificationCode = false;
    capabilities.canMarkVerified = false;
    capabilities.ownAccountOnly = false;
    capabilities.hasVersionCheck = false;
    capabilities.canResendVerification = false;
    capabilities.verifiesWithCodeAfterChange = false;
    capabilities.hasServerSearch = false;
    capabilities.reportsTotalCount = true;
    capabilities.afterChange =
        tr("Gcore changes the address at once when the user's own password approves it; the "
           "account may show the new address as unconfirmed until the user confirms it.");
    return capabilities;
}

int GcoreBackend::tokenFetchCount() const
{
    return m_tokens ? m_tokens->fetchCount() : 0;
}

User GcoreBackend::userFromJson(const JsonReader &json)
{
    User user;
    user.id = json.id(QStringLiteral("id"));
    user.email = json.string(QStringLiteral("email"));
    user.login = user.email;
    const QString name = json.optionalString(QStringLiteral("name")).trimmed();
    user.displayName = name.isEmpty() ? user.email : name;

    // "activated": "true - user confirmed the email".
    const bool hasActivated = hasValue(json, QStringLiteral("activated"));
    const bool activated = json.optionalBoolean(QStringLiteral("activated"), false);
    user.verification = !hasActivated ? EmailVerification::Unknown
        : activated                   ? EmailVerification::Verified
                                      : EmailVerification::Unverified;

    const bool deleted = json.optionalBoolean(QStringLiteral("deleted"), false);
    const bool hasActive = hasValue(json, QStringLiteral("is_active"));
    const bool active = json.optionalBoolean(QStringLiteral("is_active"), false);
    if (deleted) {
        user.state = UserState::Deleted;
        user.stateText = QString::fromLatin1(UserWords::deleted);
    } else if (hasActive) {
        user.state = active ? UserState::Active : UserState::Inactive;
        user.stateText = QString::fromLatin1(active ? UserWords::active : UserWords::inactive);
    }

    // The account ("client") the user belongs to; its company name, or the one listed for that
    // client in client_and_roles.
    if (hasValue(json, QStringLiteral("client")))
        user.organisationId = json.id(QStringLiteral("client"));
    user.organisationName = json.optionalString(QStringLiteral("company")).trimmed();
    const QList<JsonReader> roles = json.array(QStringLiteral("client_and_roles"), false);
    for (const JsonReader &role : roles) {
        const std::optional<qint64> clientId = role.optionalInteger(QStringLiteral("client_id"));
        const QString company = role.optionalString(QStringLiteral("client_company_name"));
        if (user.organisationId.isEmpty() && clientId)
            user.organisationId = QString::number(*clientId);
        if (user.organisationName.isEmpty() && clientId
            && QString::number(*clientId) == user.organisationId)
            user.organisationName = company.trimmed();
    }
    return user;
}

std::optional<ServiceError> GcoreBackend::checkUserId(const QString &userId)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (digits.match(userId).hasMatch())
        return std::nullopt;
    return ServiceError(
        ServiceError::Kind::NotFound,
        tr("\"%1\" is not a Gcore user id; Gcore user ids are whole numbers.").arg(userId));
}

ServiceError GcoreBackend::userNotFound(const ServiceError &error, const QString &userId)
{
    if (error.kind() != ServiceError::Kind::NotFound)
        return error;
    return error.rephrasedAs(
        tr("Gcore has no user with id %1 (it may have been deleted).").arg(userId));
}

HttpRequest GcoreBackend::userRequest(const QString &userId) const
{
    return HttpRequest::get(QStringLiteral("/iam/users/") + userId);
}

UserPageJob *GcoreBackend::listUsers(const UserQuery &query)
{
    auto *job = new UserPageJob(this);
    if (m_setupError) {
        job->fail(*m_setupError);
        return job;
    }

    switch (query.match) {
    case UserQuery::Match::Contains:
        job->fail({ ServiceError::Kind::Unsupported,
                    UserLookup::textSearchUnsupported(capabilities().apiName) });
        return job;
    case UserQuery::Match::ExactEmail:
        // IAM has no email filter: the documented fallback scans the whole listing.
        delete job; // nothing was started or connected on it
        return UserLookup::scanForEmail(this, query.text);
    case UserQuery::Match::ExactId: {
        const QString id = query.text.trimmed();
        if (checkUserId(id)) {
            job->succeed(emptyPage()); // no Gcore user can have this id
            return job;
        }
        HttpCall *call = m_client->send(userRequest(id), job);
        connect(call, &HttpCall::succeeded, job, [job](const HttpResponse &response) {
            const JsonReader root = JsonReader::parse(response);
            const User user = userFromJson(root);
            if (!root.ok()) {
                job->fail(root.error());
                return;
            }
            UserPage page;
            page.users.append(user);
            page.totalCount = 1;
            job->succeed(std::move(page));
        });
        connect(call, &HttpCall::failed, job, [job](const ServiceError &error) {
            if (error.kind() == ServiceError::Kind::NotFound)
                job->succeed(emptyPage());
            else
                job->fail(error);
        });
        return job;
    }
    case UserQuery::Match::All:
        break;
    }

    qint64 offset = 0;
    if (!query.pageToken.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
        if (!digits.match(query.pageToken).hasMatch()) {
            job->fail({ ServiceError::Kind::Validation,
                        tr("The page token \"%1\" does not come from a Gcore IAM listing; start "
                           "again from the first page.")
                            .arg(query.pageToken) });
            return job;
        }
        offset = query.pageToken.toLongLong();
    }
    // Always send a limit: without one IAM returns the whole directory in one answer.
    const int limit = query.pageSize > 0 ? std::min(query.pageSize, maxPageSize) : 100;
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    parameters.addQueryItem(QStringLiteral("offset"), QString::number(offset));

    HttpCall *call =
        m_client->send(HttpRequest::get(QStringLiteral("/iam/users"), parameters), job);
    connect(call, &HttpCall::succeeded, job, [job, offset, limit](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        const qint64 count = root.integer(QStringLiteral("count"));
        // Some rendered Gcore docs call the list "result"; the spec says "results".
        const QString listKey =
            !root.has(QStringLiteral("results")) && root.has(QStringLiteral("result"))
            ? QStringLiteral("result")
            : QStringLiteral("results");
        const QList<JsonReader> rows = root.array(listKey, true, JsonReader::pageItemCap(limit));
        root.optionalString(QStringLiteral("next")); // type check only
        UserPage page;
        page.users.reserve(rows.size());
        for (const JsonReader &row : rows)
            page.users.append(userFromJson(row));
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        if (count < 0) {
            job->fail(ServiceError::malformed(tr("field \"count\" is negative")));
            return;
        }
        const bool nextIsNull = root.has(QStringLiteral("next"))
            && root.value().toObject().value(QStringLiteral("next")).isNull();
        const qint64 nextOffset = offset + rows.size();
        if (!rows.isEmpty() && !nextIsNull && nextOffset < count)
            page.nextPageToken = QString::number(nextOffset);
        page.totalCount = count;
        job->succeed(std::move(page));
    });
    connect(call, &HttpCall::failed, job, [job](const ServiceError &error) {
        // The list itself cannot be missing: the profile points somewhere else.
        if (error.kind() == ServiceError::Kind::NotFound) {
            job->fail(
                error.rephrasedAs(tr("There is no Gcore IAM user list at this address; check the "
                                     "profile's base URL (usually https://api.gcore.com).")));
        } else {
            job->fail(error);
        }
    });
    return job;
}

UserJob *GcoreBackend::user(const QString &userId)
{
    auto *job = new UserJob(this);
    if (m_setupError) {
        job->fail(*m_setupError);
        return job;
    }
    if (const std::optional<ServiceError> invalid = checkUserId(userId)) {
        job->fail(*invalid);
        return job;
    }
    fetchUser(job, userId);
    return job;
}

void GcoreBackend::fetchUser(UserJob *job, const QString &userId)
{
    HttpCall *call = m_client->send(userRequest(userId), job);
    connect(call, &HttpCall::succeeded, job, [job](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        User user = userFromJson(root);
        if (!root.ok())
            job->fail(root.error());
        else
            job->succeed(std::move(user));
    });
    connect(call, &HttpCall::failed, job,
            [job, userId](const ServiceError &error) { job->fail(userNotFound(error, userId)); });
}

EmailChangeJob *GcoreBackend::changeEmail(const QString &userId, const EmailChangeRequest &request)
{
    auto *job = new EmailChangeJob(this);
    if (m_setupError) {
        job->fail(*m_setupError);
        return job;
    }
    if (const std::optional<ServiceError> invalid = checkUserId(userId)) {
        job->fail(*invalid);
        return job;
    }

    // Gcore trims the address (DRF EmailField); so do we, before checking it.
    const QString newEmail = request.newEmail.trimmed();
    QMap<QString, QString> problems;
    if (newEmail.isEmpty())
        problems.insert(RequestField::newEmail, tr("Enter the new email address."));
    else if (!looksLikeEmail(newEmail))
        problems.insert(RequestField::newEmail, tr("This is not a valid email address."));
    if (request.password.isEmpty()) {
        problems.insert(RequestField::password,
                        tr("Enter the user's password; Gcore confirms email changes with it."));
    }
    if (!problems.isEmpty()) {
        QStringList messages;
        if (problems.contains(RequestField::newEmail))
            messages.append(problems.value(RequestField::newEmail));
        if (problems.contains(RequestField::password))
            messages.append(problems.value(RequestField::password));
        ServiceError error(ServiceError::Kind::Validation, messages.join(QLatin1Char(' ')));
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            error.withFieldError(it.key(), it.value());
        job->fail(error);
        return job;
    }

    const HttpRequest put =
        HttpRequest::json("PUT", QStringLiteral("/iam/users/%1/email").arg(userId),
                          QJsonObject { { QStringLiteral("new_email"), newEmail },
                                        { QStringLiteral("password"), request.password } });
    HttpCall *call = m_client->send(put, job);
    connect(call, &HttpCall::succeeded, job,
            [this, job, userId, newEmail](const HttpResponse &response) {
                const JsonReader root = JsonReader::parse(response);
                // The documented answer is {"new_email": "..."}; anything else (null, missing)
                // does not say that the change happened.
                const QString accepted = root.string(QStringLiteral("new_email"));
                if (!root.ok()) {
                    job->fail(root.error());
                    return;
                }
                readBackAfterChange(job, userId, accepted);
            });
    connect(call, &HttpCall::failed, job,
            [job, userId](const ServiceError &error) { job->fail(userNotFound(error, userId)); });
    return job;
}

void GcoreBackend::readBackAfterChange(EmailChangeJob *job, const QString &userId,
                                       const QString &newEmail)
{
    // The change is done; the answer only echoes the address, so the user is read again to show
    // what Gcore now reports (e.g. `activated` back to false). A failing read does not undo
    // the change, so it is not reported as a failure of it.
    HttpCall *call = m_client->send(userRequest(userId), job);
    connect(call, &HttpCall::succeeded, job, [job, newEmail](const HttpResponse &response) {
        EmailChangeOutcome outcome;
        outcome.kind = EmailChangeOutcome::Kind::ChangedNow;
        const JsonReader root = JsonReader::parse(response);
        User user = userFromJson(root);
        if (root.ok()) {
            if (user.email.compare(newEmail, Qt::CaseInsensitive) != 0)
                user.pendingEmail = newEmail; // accepted, but not shown yet
            outcome.user = std::move(user);
        } else {
            qCWarning(lcGcore).noquote()
                << "email changed, but the user could not be read back:" << root.error().message();
        }
        job->succeed(std::move(outcome));
    });
    connect(call, &HttpCall::failed, job, [job](const ServiceError &error) {
        qCWarning(lcGcore).noquote()
            << "email changed, but the user could not be read back:" << error.message();
        EmailChangeOutcome outcome;
        outcome.kind = EmailChangeOutcome::Kind::ChangedNow;
        job->succeed(std::move(outcome));
    });
}

std::optional<qint64> GcoreBackend::offsetOfPageToken(const QString &pageToken) const
{
    return decimalOffset(pageToken);
}

QString GcoreBackend::pageTokenAtOffset(const QString &, qint64 offset) const
{
    return QString::number(offset);
}
