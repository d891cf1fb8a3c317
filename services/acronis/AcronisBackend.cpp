#include "AcronisBackend.h"

#include "AcronisTokenEndpoint.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "JsonReader.h"
#include "OrganisationNames.h"
#include "TokenAuthenticator.h"
#include "UserLookup.h"
#include "UserWords.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace {
/// Listings kept for paging at the same time (one per open view is plenty).
constexpr qsizetype MaxListings = 4;

/// The data-center root: "https://eu2-cloud.acronis.com/api/2/" and
/// "https://eu2-cloud.acronis.com" both name the same API, whose paths start with /api/2.
QUrl dataCenterRoot(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/2")))
        path.chop(6);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isUsableUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString userPath(const QString &userId)
{
    return QStringLiteral("/api/2/users/") + userId;
}

QString tenantPath(const QString &tenantId)
{
    return QStringLiteral("/api/2/tenants/") + tenantId;
}

QString pageToken(quint64 serial, qsizetype offset)
{
    return QString::number(serial) + QLatin1Char(':') + QString::number(offset);
}

/// The spec's `email` pattern is `\S+@\S+`; one @ and no spaces is what can be checked here.
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@]+$"));
    return pattern.match(text).hasMatch();
}
} // namespace

AcronisBackend::AcronisBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                               const QString &secret, QObject *parent)
    : IdentityBackend(parent)
    , m_network(network)
    , m_settings(settings)
    , m_nextSerial(QRandomGenerator::global()->generate())
    , m_tenantNames(
          new OrganisationNames([this](const QString &id) { return lookUpTenantName(id); }, this))
{
    HttpSettings http = HttpSettings::forConnection(settings);
    http.baseUrl = dataCenterRoot(settings.baseUrl);
    const ErrorMapper mapper = [](const HttpResponse &response) {
        return AcronisErrorMapper::map(response);
    };
    m_client = new HttpClient(network, http, mapper, this);

    if (settings.authMethod != AuthMethod::ClientCredentials) {
        QString method;
        switch (settings.authMethod) {
        case AuthMethod::ApiKey:
            method = tr("an API key");
            break;
        case AuthMethod::Password:
            method = tr("a user name and password");
            break;
        case AuthMethod::PersonalAccessToken:
            method = tr("a personal access token");
            break;
        case AuthMethod::SessionToken:
            method = tr("a pasted session token");
            break;
        case AuthMethod::ClientCredentials:
            break;
        }
        m_unusable = ServiceError(ServiceError::Kind::Unsupported,
                                  tr("Acronis profiles sign in with the client id and secret of "
                                     "an API client; signing in with %1 is not supported.")
                                      .arg(method));
        return;
    }
    if (!isUsableUrl(http.baseUrl)) {
        m_unusable = ServiceError(ServiceError::Kind::Unsupported,
                                  tr("The profile has no valid Acronis data-center URL (such as "
                                     "https://eu2-cloud.acronis.com)."));
        return;
    }
    if (settings.principal.trimmed().isEmpty() || secret.isEmpty()) {
        m_unusable = ServiceError(ServiceError::Kind::Unauthenticated,
                                  settings.principal.trimmed().isEmpty()
                                      ? tr("The profile has no API client id for Acronis.")
                                      : tr("The profile has no API client secret for Acronis."));
        return;
    }

    HttpClient *authClient = m_client;
    const QUrl authRoot = dataCenterRoot(settings.effectiveAuthUrl());
    if (isUsableUrl(authRoot) && authRoot != http.baseUrl) {
        HttpSettings authSettings = http;
        authSettings.baseUrl = authRoot;
        authClient = new HttpClient(network, authSettings, mapper, this);
    }
    m_authenticator = new TokenAuthenticator(
        authClient, std::make_unique<AcronisTokenEndpoint>(settings.principal.trimmed(), secret),
        this);
    m_client->setAuthenticator(m_authenticator);
}

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
    return m_authenticator ? m_authenticator->fetchCount() : 0;
}

bool AcronisBackend::rejectIfUnusable(ServiceJob *job) const
{
    if (!m_unusable)
        return false;
    job->fail(*m_unusable);
    return true;
}

bool AcronisBackend::checkUserId(ServiceJob *job, const QString &userId)
{
    if (AcronisUserReader::isUuid(userId))
        return true;
    job->fail(ServiceError(ServiceError::Kind::Validation,
                           userId.isEmpty()
                               ? tr("No user was given.")
                               : tr("\"%1\" is not an Acronis user id (Acronis ids are UUIDs).")
                                     .arg(userId.left(64))));
    return false;
}

void AcronisBackend::send(ServiceJob *job, HttpRequest request, Operation operation,
                          SuccessHandler onSuccess, FailureHandler onFailure)
{
    if (!m_network) {
        job->fail(ServiceError::network(tr("the application closed its network access")));
        return;
    }
    request.errorMapper = [operation](const HttpResponse &response) {
        return AcronisErrorMapper::map(response, operation);
    };
    // The call belongs to the job: cancelling or deleting the job aborts it.
    HttpCall *call = m_client->send(request, job);
    connect(
        call, &HttpCall::succeeded, job,
        [onSuccess = std::move(onSuccess)](const HttpResponse &response) { onSuccess(response); });
    connect(call, &HttpCall::failed, job,
            [job, onFailure = std::move(onFailure)](const ServiceError &error) {
                if (!onFailure || !onFailure(error))
                    job->fail(error);
            });
    connect(call, &HttpCall::retrying, job, [job](int seconds) {
        emit job->progress(
            tr("Acronis asks to wait %n second(s); trying again then.", nullptr, seconds));
    });
}

void AcronisBackend::readUser(ServiceJob *job, const QString &userId, Operation operation,
                              UserHandler onUser, FailureHandler onFailure)
{
    send(
        job, HttpRequest::get(userPath(userId)), operation,
        [this, job, onUser = std::move(onUser)](const HttpResponse &response) {
            const JsonReader root = JsonReader::parse(response);
            AcronisUserSnapshot record = AcronisUserReader::read(root);
            if (!root.ok()) {
                job->fail(root.error());
                return;
            }
            applyPendingChange(record);
            onUser(record);
        },
        std::move(onFailure));
}

void AcronisBackend::applyPendingChange(AcronisUserSnapshot &record)
{
    const QString key = record.user.id.toLower();
    const auto it = m_pendingChanges.constFind(key);
    if (it == m_pendingChanges.constEnd())
        return;
    if (record.user.email.compare(it->email, Qt::CaseInsensitive) == 0
        || record.user.version != it->version) {
        // Confirmed, or the user changed since: what waits (if anything) is no longer known.
        m_pendingChanges.remove(key);
        return;
    }
    record.user.pendingEmail = it->email;
}

// --- listing ----------------------------------------------------------------------------

UserPageJob *AcronisBackend::listUsers(const UserQuery &query)
{
    auto *job = new UserPageJob(this);
    if (rejectIfUnusable(job))
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
    send(job, HttpRequest::get(QStringLiteral("/api/2/tenants/%1/users").arg(tenantId)),
         Operation::ListTenantUsers, [this, job, pageSize](const HttpResponse &response) {
             const JsonReader root = JsonReader::parse(response);
             const QList<JsonReader> items =
                 root.array(QStringLiteral("items"), true, MaxTenantUsers);
             if (!root.ok()) {
                 job->fail(root.error());
                 return;
             }
             Listing listing;
             listing.serial = m_nextSerial++;
             QSet<QString> seen;
             for (qsizetype i = 0; i < items.size(); ++i) {
                 const QJsonValue value = items.at(i).value();
                 if (!value.isString() || !AcronisUserReader::isUuid(value.toString())) {
                     job->fail(ServiceError::malformed(
                         tr("field \"items[%1]\" should be a user id (a UUID)").arg(i)));
                     return;
                 }
                 const QString id = value.toString();
                 if (seen.contains(id.toLower()))
                     continue; // listed twice: shown once
                 seen.insert(id.toLower());
                 listing.ids.append(id);
             }
             m_listings.prepend(listing);
             while (m_listings.size() > MaxListings)
                 m_listings.removeLast();
             loadPage(job, listing, 0, pageSize);
         });
}

void AcronisBackend::continueListing(UserPageJob *job, const QString &pageToken, int pageSize)
{
    const QStringList parts = pageToken.split(QLatin1Char(':'));
    bool serialOk = false;
    bool offsetOk = false;
    const quint64 serial = parts.value(0).toULongLong(&serialOk);
    const int offset = parts.value(1).toInt(&offsetOk);
    const auto listing =
        std::find_if(m_listings.cbegin(), m_listings.cend(),
                     [serial](const Listing &candidate) { return candidate.serial == serial; });
    if (parts.size() != 2 || !serialOk || !offsetOk || offset < 0
        || (listing != m_listings.cend() && offset > listing->ids.size())) {
        job->fail(ServiceError(ServiceError::Kind::Validation,
                               tr("The page token \"%1\" does not belong to an Acronis user list; "
                                  "load the list from the start.")
                                   .arg(pageToken.left(64))));
        return;
    }
    if (listing == m_listings.cend()) {
        job->fail(ServiceError(ServiceError::Kind::Conflict,
                               tr("This Acronis user list was replaced by newer ones; load the "
                                  "list from the start.")));
        return;
    }
    loadPage(job, *listing, offset, pageSize);
}

void AcronisBackend::loadPage(UserPageJob *job, const Listing &listing, int offset, int pageSize)
{
    const QStringList ids = listing.ids.mid(offset, pageSize);
    const qint64 total = listing.ids.size();
    const qsizetype next = offset + ids.size();
    UserPage page;
    page.totalCount = total;
    page.nextPageToken = next < total ? pageToken(listing.serial, next) : QString();
    if (ids.isEmpty()) {
        job->succeed(page);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("uuids"), ids.join(QLatin1Char(',')));
    send(job, HttpRequest::get(QStringLiteral("/api/2/users"), query), Operation::ReadUsers,
         [this, job, ids, page](const HttpResponse &response) mutable {
             const JsonReader root = JsonReader::parse(response);
             const QList<JsonReader> items =
                 root.array(QStringLiteral("items"), true, JsonReader::pageItemCap(ids.size()));
             QHash<QString, User> byId;
             for (const JsonReader &item : items) {
                 AcronisUserSnapshot record = AcronisUserReader::read(item);
                 if (!root.ok())
                     break;
                 applyPendingChange(record);
                 byId.insert(record.user.id.toLower(), record.user);
             }
             if (!root.ok()) {
                 job->fail(root.error());
                 return;
             }
             // In the order of the listing; users deleted since it was fetched are left out.
             QList<User> users;
             for (const QString &id : ids) {
                 const auto it = byId.constFind(id.toLower());
                 if (it != byId.constEnd())
                     users.append(*it);
             }
             m_tenantNames->fill(std::move(users), job, [job, page](QList<User> named) mutable {
                 page.users = std::move(named);
                 job->succeed(page);
             });
         });
}

// --- single user, change, activation -----------------------------------------------------

UserJob *AcronisBackend::user(const QString &userId)
{
    auto *job = new UserJob(this);
    if (rejectIfUnusable(job) || !checkUserId(job, userId.trimmed()))
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
    if (rejectIfUnusable(job) || !checkUserId(job, userId.trimmed()))
        return job;
    const QString id = userId.trimmed();
    const QString newEmail = request.newEmail.trimmed();
    if (newEmail.isEmpty() || !looksLikeEmail(newEmail)) {
        const QString message = newEmail.isEmpty()
            ? tr("Enter the new email address.")
            : tr("\"%1\" is not an email address.").arg(newEmail.left(100));
        job->fail(ServiceError(ServiceError::Kind::Validation, message)
                      .withFieldError(RequestField::newEmail, message));
        return job;
    }
    if (request.markVerified) {
        job->fail(ServiceError(ServiceError::Kind::Unsupported,
                               tr("Acronis cannot mark an address as verified from IdentityDesk; "
                                  "the user confirms it by mail.")));
        return job;
    }

    // The version is read right before writing, so the PUT is based on what is there now; a
    // version the person saw earlier must still be current, or their view is out of date.
    readUser(
        job, id, Operation::ReadUser,
        [this, job, id, newEmail,
         expected = request.expectedVersion.trimmed()](const AcronisUserSnapshot &before) {
            if (!expected.isEmpty() && expected != before.user.version) {
                job->fail(ServiceError(ServiceError::Kind::Conflict,
                                       tr("Someone changed this user after you opened it (email "
                                          "is now %1); reload and try again.")
                                           .arg(before.user.email))
                              .withCurrentUser(before.user));
                return;
            }
            if (before.user.email == newEmail) {
                const QString message = tr("%1 already is this user's address.").arg(newEmail);
                job->fail(ServiceError(ServiceError::Kind::Validation, message)
                              .withFieldError(RequestField::newEmail, message));
                return;
            }
            const QJsonObject body {
                { QStringLiteral("contact"),
                  QJsonObject { { QStringLiteral("email"), newEmail } } },
                { QStringLiteral("version"), before.version },
            };
            send(
                job, HttpRequest::json("PUT", userPath(id), body), Operation::ChangeEmail,
                [this, job, newEmail](const HttpResponse &response) {
                    const JsonReader root = JsonReader::parse(response);
                    AcronisUserSnapshot after = AcronisUserReader::read(root);
                    if (!root.ok()) {
                        job->fail(root.error());
                        return;
                    }
                    EmailChangeOutcome outcome;
                    const QString key = after.user.id.toLower();
                    if (after.user.email.compare(newEmail, Qt::CaseInsensitive) == 0) {
                        // Not activated: changed at once (and the version went up).
                        m_pendingChanges.remove(key);
                        after.user.pendingEmail.clear();
                        outcome.kind = EmailChangeOutcome::Kind::ChangedNow;
                    } else {
                        // Activated: a link went to the old address; nothing changes until then.
                        m_pendingChanges.insert(key, { newEmail, after.user.version });
                        after.user.pendingEmail = newEmail;
                        outcome.kind = EmailChangeOutcome::Kind::AwaitingConfirmationAtOldAddress;
                    }
                    m_tenantNames->fill(after.user, job, [job, outcome](User named) mutable {
                        outcome.user = std::move(named);
                        job->succeed(outcome);
                    });
                },
                [this, job, before](const ServiceError &error) {
                    if (error.backendCode() != AcronisErrorMapper::VersionMismatchCode)
                        return false;
                    reportConflict(job, before, error);
                    return true;
                });
        });
    return job;
}

void AcronisBackend::reportConflict(EmailChangeJob *job, const AcronisUserSnapshot &before,
                                    const ServiceError &error)
{
    // Never write again silently: read what is there now and let the person decide.
    readUser(
        job, before.user.id, Operation::ReadUser,
        [job, before, error](const AcronisUserSnapshot &fresh) {
            QStringList changes;
            if (fresh.user.email != before.user.email)
                changes.append(tr("email is now %1").arg(fresh.user.email));
            if (fresh.user.displayName != before.user.displayName)
                changes.append(tr("name is now %1").arg(fresh.user.displayName));
            if (fresh.user.login != before.user.login)
                changes.append(tr("login is now %1").arg(fresh.user.login));
            if (fresh.user.state != before.user.state)
                changes.append(tr("status is now \"%1\"").arg(UserWords::stateText(fresh.user)));
            if (changes.isEmpty())
                changes.append(
                    tr("version %1 is now %2").arg(before.user.version, fresh.user.version));
            ServiceError conflict(ServiceError::Kind::Conflict,
                                  tr("Someone changed this user meanwhile (%1); reload and try "
                                     "again.")
                                      .arg(changes.join(QStringLiteral(", "))));
            conflict.withHttpStatus(error.httpStatus())
                .withBackendCode(error.backendCode())
                .withCurrentUser(fresh.user);
            job->fail(conflict);
        },
        [job, error](const ServiceError &) {
            // The fresh record could not be read: the conflict itself is still the news.
            job->fail(error);
            return true;
        });
}

ActionJob *AcronisBackend::lookUpTenantName(const QString &tenantId)
{
    auto *job = new ActionJob(this);
    if (rejectIfUnusable(job))
        return job;
    if (!AcronisUserReader::isUuid(tenantId)) {
        // Never part of a path unless it is a UUID; the id is shown instead.
        job->fail(ServiceError(ServiceError::Kind::Validation, tr("Not an Acronis tenant id.")));
        return job;
    }
    HttpRequest request = HttpRequest::get(tenantPath(tenantId));
    request.retryable = true;
    send(job, request, Operation::Generic, [job](const HttpResponse &response) {
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
    if (rejectIfUnusable(job) || !checkUserId(job, userId.trimmed()))
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
        request.path = userPath(id) + QStringLiteral("/send-activation-email");
        send(job, request, Operation::SendActivation,
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
    return pageToken(serial, offset);
}
