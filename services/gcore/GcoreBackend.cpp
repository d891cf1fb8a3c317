#include "GcoreBackend.h"

#include "GcoreErrorMapper.h"
#include "GcoreSignIn.h"
#include "GcoreUserReader.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "TokenAuthenticator.h"
#include "UserLookup.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcGcore, "identitydesk.services.gcore")

namespace {
const QString apiName = QStringLiteral("Gcore IAM");

/// Obviously not an address; the server judges everything else.
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return shape.match(text).hasMatch();
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
    m_client = new HttpClient(network, HttpSettings::forConnection(settings),
                              &GcoreErrorMapper::map, this);
    const GcoreSignIn::Result signIn = GcoreSignIn::install(m_client, settings, secret, this);
    m_setupError = signIn.setupError;
    m_tokens = signIn.tokens;
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
            const User user = GcoreUserReader::read(root);
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
            page.users.append(GcoreUserReader::read(row));
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        if (count < 0) {
            job->fail(ServiceError::malformed(tr("field \"count\" is negative")));
            return;
        }
        const bool nextIsNull = root.kind(QStringLiteral("next")) == JsonReader::Kind::Null;
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
        User user = GcoreUserReader::read(root);
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
        User user = GcoreUserReader::read(root);
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
