#pragma once

#include "ZitadelBackendBase.h"
#include "ZitadelUserMapper.h"

#include <QJsonArray>
#include <QJsonObject>

class Authenticator;
class OrganisationNames;

/// What ZITADEL management v1 and the user service v2 share, both used by a service account:
/// the sign-in (AuthMethod::PersonalAccessToken, the secret being the bearer token, or
/// AuthMethod::ClientCredentials through `/oauth/v2/token`; other methods make every call fail
/// with ServiceError::Kind::Unsupported), the `x-zitadel-orgid` header when the profile names an
/// organisation, the listing (`{query: {offset, limit, asc}, sortingColumn, queries}` is the
/// same message in both versions, paged by decimal offsets so a page pipeline can fetch pages
/// concurrently), reading one user (`{"user": ...}` in both), and the organisation names, looked
/// up once per organisation and session.
///
/// The versions differ in their paths, the user's field names (see ZitadelUserMapper), the
/// search queries and the writes; subclasses say which. Jobs follow the ServiceJob contract.
class ZitadelServiceAccountBackend : public ZitadelBackendBase
{
    Q_OBJECT
public:
    ~ZitadelServiceAccountBackend() override;

    UserPageJob *listUsers(const UserQuery &query) override;
    UserJob *user(const QString &userId) override;

    std::optional<qint64> offsetOfPageToken(const QString &pageToken) const override;
    QString pageTokenAtOffset(const QString &sameListingToken, qint64 offset) const override;

    /// The authenticator in use (a TokenAuthenticator for client credentials); for tests and
    /// diagnostics. Null when the auth method is unsupported.
    Authenticator *authenticator() const;
    /// The session's organisation names (for diagnostics and tests).
    const OrganisationNames &organisationNames() const { return *m_orgNames; }

    /// The largest page ZITADEL serves by default.
    static constexpr int maxPageSize = 1000;

protected:
    /// How a version spells its user routes.
    struct Routes
    {
        /// "/management/v1/users" or "/v2/users": `<usersPath>/<id>` reads one user.
        QString usersPath;
        /// Where ListUsers is POSTed.
        QString searchPath;
        ZitadelUserMapper::Version version;
    };

    /// `apiName` names the API in messages ("ZITADEL management v1").
    ZitadelServiceAccountBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                                 const QString &secret, const QString &apiName, Routes routes,
                                 QObject *parent);

    /// The queries of a search for `text` (UserQuery::Match::Contains; `text` is not empty).
    virtual QJsonArray containsQueries(const QString &text) const = 0;
    /// Queries every listing of this version carries (the organisation filter of v2).
    virtual QJsonArray scopeQueries() const { return {}; }
    /// Starts a lookup of an organisation's name: a job whose message() is the name.
    virtual ActionJob *lookUpOrganisationName(const QString &organisationId) = 0;

    const Routes &routes() const { return m_routes; }

    /// Reads `userId` (checked with checkUserId) into `job`, organisation name included.
    void readUser(UserJob *job, const QString &userId);
    /// Reads a user after a change; any failure still reports the change as done.
    void rereadAfterChange(EmailChangeJob *job, const QString &userId,
                           EmailChangeOutcome::Kind kind);

    /// A SearchQuery on one text field: `{queryName: {fieldName: text, method: method}}`.
    static QJsonObject textQuery(const QString &queryName, const QString &fieldName,
                                 const QString &text, const char *method);
    /// Ids are checked before they become part of a path.
    static std::optional<ServiceError> checkUserId(const QString &userId);
    /// Fails `job` when the profile is unusable, `userId` (trimmed) is not an id or `newEmail`
    /// not an address; true when it did.
    bool failIfChangeIsUnusable(EmailChangeJob *job, const QString &userId,
                                const QString &newEmail) const;
    /// A 2xx answer of a write must still be ZITADEL's JSON object: an HTML page from a proxy
    /// with status 200 means the change never reached ZITADEL.
    static std::optional<ServiceError> checkWriteAnswer(const HttpResponse &response);

private:
    void listById(UserPageJob *job, const QString &userId);

    Routes m_routes;
    HttpClient *m_tokenHttp = nullptr;
    OrganisationNames *m_orgNames = nullptr;
};
