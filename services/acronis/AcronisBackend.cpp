#include "AcronisBackend.h"

#include "JsonReader.h"
#include "OrganisationNames.h"
#include "UserLookup.h"

#include <QHash>

namespace {
QString tenantPath(const QString &tenantId)
{
    return QStringLiteral("/api/2/tenants/") + tenantId;
}

/// The users of a batch in the order of the listing's `ids` (UUIDs, any case); users deleted
/// since the listing was fetched are left out.
QList<User> inListingOrder(const QStringList &ids, QList<User> received)
{
    // The platform answers in the order asked: then there is nothing to look up (perf: the
    // lowered ids, hash nodes and User copies were ~5% of a 100,000-user listing).
    const auto sameId = [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    if (received.size() == ids.size()
        && std::equal(ids.cbegin(), ids.cend(), received.cbegin(),
                      [&](const QString &id, const User &user) { return sameId(id, user.id); }))
        return received;
    QHash<QString, qsizetype> byId;
    for (qsizetype at = 0; at < received.size(); ++at)
        byId.insert(received.at(at).id.toLower(), at);
    QList<User> users;
    users.reserve(ids.size());
    for (const QString &id : ids) {
        const auto it = byId.constFind(id.toLower());
        if (it != byId.constEnd())
            users.append(received.at(*it));
    }
    return users;
}
} // namespace

AcronisBackend::AcronisBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                               const QString &secret, QObject *parent)
    : IdentityBackend(parent)
    , m_connection(network, settings, secret, this)
    , m_settings(settings)
    , m_tenantNames(
          new OrganisationNames([this](const QString &id) { return lookUpTenantName(id); }, this))
    , m_emailChange(m_connection, m_pendingChanges, *m_tenantNames)
{ }

AcronisBackend::~AcronisBackend() = default;

BackendCapabilities AcronisBackend::capabilities() const
{
    BackendCapabilities capabilities;
    capabilities.apiName = tr("Acronis account management v2");
    capabilities.needsPassword = false;
    capabilities.needsVerificationCode = false;
    capabilities.canRequestVerificationCode = false;
    capabilities.canMarkVerified = false;
    capabilities.ownAccountOnly = false;
    capabilities.hasVersionCheck = true;
    capabilities.requestsPerChange = 2; // the version is read right before the PUT
    capabilities.canResendVerification = true;
    capabilities.verifiesWithCodeAfterChange = false;
    capabilities.hasServerSearch = false;
    capabilities.reportsTotalCount = true;
    capabilities.afterChange =
        tr("If the user has activated the account, Acronis mails a confirmation link to the "
           "current address and the address changes only once the user opens it; otherwise it "
           "changes at once.");
    return capabilities;
}

QString AcronisBackend::afterChangeFor(const User &user) const
{
    switch (user.state) {
    case UserState::Initial:
        return tr("%1 has not activated the account yet, so the address changes at once.")
            .arg(user.shownName());
    case UserState::Active:
    case UserState::Inactive:
    case UserState::Locked:
        return tr("%1 has activated the account: Acronis mails a confirmation link to the "
                  "current address (%2), and the address changes only once the user opens it.")
            .arg(user.shownName(), user.email);
    case UserState::Deleted:
    case UserState::Unknown:
        break;
    }
    return capabilities().afterChange;
}

int AcronisBackend::tokenFetchCount() const
{
    return m_connection.tokenFetchCount();
}

void AcronisBackend::readUser(ServiceJob *job, const QString &userId, Operation operation,
                              UserHandler onUser, FailureHandler onFailure)
{
    m_connection.readUser(job, userId, operation, m_pendingChanges.appliedBefore(std::move(onUser)),
                          std::move(onFailure));
}

// --- listing ----------------------------------------------------------------------------

UserPageJob *AcronisBackend::listUsers(const UserQuery &query)
{
    auto *job = new UserPageJob(this);
    if (m_connection.rejectIfUnusable(job))
        return job;
    switch (query.match) {
    case UserQuery::Match::Contains:
        job->fail(ServiceError(ServiceError::Kind::Unsupported,
                               UserLookup::textSearchUnsupported(capabilities().apiName)));
        return job;
    case UserQuery::Match::ExactEmail:
        // Account management v2 has no email filter: the documented fallback scans the
        // tenant's whole listing.
        delete job; // nothing was started or connected on it
        return UserLookup::scanForEmail(this, query.text);
    case UserQuery::Match::ExactId:
        listExactId(job, query.text.trimmed());
        return job;
    case UserQuery::Match::All:
        break;
    }
    const int pageSize =
        query.pageSize <= 0 ? MaxPageSize : std::min(query.pageSize, int(MaxPageSize));
    if (query.pageToken.isEmpty())
        startListing(job, pageSize);
    else
        continueListing(job, query.pageToken, pageSize);
    return job;
}

void AcronisBackend::listExactId(UserPageJob *job, const QString &userId)
{
    if (!AcronisUserReader::isUuid(userId)) {
        // Nobody can have an id that is not a UUID: an empty result, not an error.
        UserPage page;
        page.totalCount = 0;
        job->succeed(page);
        return;
    }
    readUser(
        job, userId, Operation::ReadUser,
        [this, job](const AcronisUserSnapshot &record) {
            m_tenantNames->fill(record.user, job, [job](User named) {
                UserPage page;
                page.users.append(std::move(named));
                page.totalCount = 1;
                job->succeed(page);
            });
        },
        [job](const ServiceError &error) {
            if (error.kind() != ServiceError::Kind::NotFound)
                return false;
            UserPage page;
            page.totalCount = 0;
            job->succeed(page);
            return true;
        });
}

void AcronisBackend::startListing(UserPageJob *job, int pageSize)
{
    const QString tenantId = m_settings.organisationId.trimmed();
    if (tenantId.isEmpty()) {
        job->fail(ServiceError(ServiceError::Kind::Unsupported,
                               tr("The profile has no Acronis tenant id; enter the id of the "
                                  "tenant whose users to list.")));
        return;
    }
    if (!AcronisUserReader::isUuid(tenantId)) {
        job->fail(ServiceError(ServiceError::Kind::Unsupported,
                               tr("The profile's tenant id \"%1\" is not an Acronis tenant id "
                                  "(Acronis ids are UUIDs).")
                                   .arg(tenantId.left(64))));
        return;
    }
    m_connection.send(
        job, HttpRequest::get(QStringLiteral("/api/2/tenants/%1/users").arg(tenantId)),
        Operation::ListTenantUsers, [this, job, pageSize](const HttpResponse &response) {
            ServiceError error;
            const std::optional<AcronisListings::Listing> listing =
                m_listings.add(response, MaxTenantUsers, &error);
            if (!listing) {
                job->fail(error);
                return;
            }
            loadPage(job, *listing, 0, pageSize);
        });
}

void AcronisBackend::continueListing(UserPageJob *job, const QString &pageToken, int pageSize)
{
    ServiceError error;
    const auto found = m_listings.find(pageToken, &error);
    if (!found) {
        job->fail(error);
        return;
    }
    loadPage(job, found->first, found->second, pageSize);
}

void AcronisBackend::loadPage(UserPageJob *job, const AcronisListings::Listing &listing, int offset,
                              int pageSize)
{
    const QStringList ids = listing.ids.mid(offset, pageSize);
    const qint64 total = listing.ids.size();
    const qsizetype next = offset + ids.size();
    UserPage page;
    page.totalCount = total;
    page.nextPageToken =
        next < total ? AcronisListings::pageToken(listing.serial, next) : QString();
    if (ids.isEmpty()) {
        job->succeed(page);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("uuids"), ids.join(QLatin1Char(',')));
    m_connection.send(
        job, HttpRequest::get(QStringLiteral("/api/2/users"), query), Operation::ReadUsers,
        [this, job, ids, page](const HttpResponse &response) mutable {
            const JsonReader root = JsonReader::parse(response);
            const QList<JsonReader> items =
                root.array(QStringLiteral("items"), true, JsonReader::pageItemCap(ids.size()));
            QList<User> received;
            received.reserve(items.size());
            for (const JsonReader &item : items) {
                AcronisUserSnapshot record = AcronisUserReader::read(item);
                if (!root.ok())
                    break;
                m_pendingChanges.apply(record);
                received.append(std::move(record.user));
            }
            if (!root.ok()) {
                job->fail(root.error());
                return;
            }
            m_tenantNames->fill(inListingOrder(ids, std::move(received)), job,
                                [job, page](QList<User> named) mutable {
                                    page.users = std::move(named);
                                    job->succeed(page);
                                });
        });
}

// --- single user, change, activation -----------------------------------------------------

UserJob *AcronisBackend::user(const QString &userId)
{
    auto *job = new UserJob(this);
    if (m_connection.rejectIfUnusable(job)
        || !AcronisConnection::checkUserId(job, userId.trimmed()))
        return job;
    readUser(job, userId.trimmed(), Operation::ReadUser,
             [this, job](const AcronisUserSnapshot &record) {
                 m_tenantNames->fill(record.user, job,
                                     [job](User named) { job->succeed(std::move(named)); });
             });
    return job;
}

EmailChangeJob *AcronisBackend::changeEmail(const QString &userId,
                                            const EmailChangeRequest &request)
{
    auto *job = new EmailChangeJob(this);
    if (m_connection.rejectIfUnusable(job)
        || !AcronisConnection::checkUserId(job, userId.trimmed()))
        return job;
    m_emailChange.start(job, userId.trimmed(), request);
    return job;
}

ActionJob *AcronisBackend::lookUpTenantName(const QString &tenantId)
{
    auto *job = new ActionJob(this);
    if (m_connection.rejectIfUnusable(job))
        return job;
    if (!AcronisUserReader::isUuid(tenantId)) {
        // Never part of a path unless it is a UUID; the id is shown instead.
        job->fail(ServiceError(ServiceError::Kind::Validation, tr("Not an Acronis tenant id.")));
        return job;
    }
    HttpRequest request = HttpRequest::get(tenantPath(tenantId));
    request.retryable = true;
    m_connection.send(job, request, Operation::Generic, [job](const HttpResponse &response) {
        const JsonReader root = JsonReader::parse(response);
        const QString name = root.optionalString(QStringLiteral("name")).trimmed();
        if (!root.ok()) {
            job->fail(root.error());
            return;
        }
        job->succeed(name);
    });
    return job;
}

ActionJob *AcronisBackend::resendVerification(const QString &userId)
{
    auto *job = new ActionJob(this);
    if (m_connection.rejectIfUnusable(job)
        || !AcronisConnection::checkUserId(job, userId.trimmed()))
        return job;
    const QString id = userId.trimmed();
    // Read first: the answer (204) does not say where the mail went, and an activated user
    // gets none.
    readUser(job, id, Operation::ReadUser, [this, job, id](const AcronisUserSnapshot &record) {
        if (record.activated) {
            job->fail(ServiceError(ServiceError::Kind::Validation,
                                   AcronisErrorMapper::alreadyActivatedMessage()));
            return;
        }
        HttpRequest request;
        request.verb = "POST";
        request.path = AcronisConnection::userPath(id) + QStringLiteral("/send-activation-email");
        m_connection.send(job, request, Operation::SendActivation,
                          [job, email = record.user.email](const HttpResponse &) {
                              job->succeed(tr("An activation mail was sent to %1.").arg(email));
                          });
    });
    return job;
}

std::optional<qint64> AcronisBackend::offsetOfPageToken(const QString &pageToken) const
{
    const qsizetype colon = pageToken.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    return decimalOffset(pageToken.mid(colon + 1));
}

QString AcronisBackend::pageTokenAtOffset(const QString &sameListingToken, qint64 offset) const
{
    const qsizetype colon = sameListingToken.indexOf(QLatin1Char(':'));
    bool serialOk = false;
    const quint64 serial = sameListingToken.left(colon).toULongLong(&serialOk);
    if (colon <= 0 || !serialOk || offset < 0)
        return {};
    return AcronisListings::pageToken(serial, offset);
}
