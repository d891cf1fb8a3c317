#pragma once

#include "FaultInjector.h"

#include <QJsonObject>
#include <QString>

/// Credentials the mock accepts. The defaults are documented demo values (README, "Mock
/// server"); they protect nothing and exist so that clients exercise real authentication.
struct MockCredentials
{
    QString gcoreApiKey = QStringLiteral("demo-gcore-apikey");
    /// Password of every seeded Gcore user: for JWT login and for confirming email changes.
    QString gcoreUserPassword = QStringLiteral("demo-password");

    QString zitadelPat = QStringLiteral("demo-zitadel-pat");
    /// A personal access token whose service account may read but not write (403 on changes).
    QString zitadelReadOnlyPat = QStringLiteral("demo-zitadel-readonly-pat");
    QString zitadelClientId = QStringLiteral("identitydesk-demo");
    QString zitadelClientSecret = QStringLiteral("demo-zitadel-secret");
    /// An end user's own token for the auth v1 (self-service) API.
    QString zitadelSelfToken = QStringLiteral("demo-zitadel-self-token");

    QString huaweiDomain = QStringLiteral("demo-domain");
    QString huaweiUser = QStringLiteral("helpdesk");
    QString huaweiPassword = QStringLiteral("demo-huawei-password");
    /// A ready-made X-Auth-Token for the same IAM user, as if pasted from the console.
    QString codeArtsToken = QStringLiteral("demo-codearts-token");

    QString acronisClientId = QStringLiteral("demo-acronis-client");
    QString acronisClientSecret = QStringLiteral("demo-acronis-secret");
};

struct MockServerConfig
{
    static constexpr int maxUsers = 1000000;
    /// CodeArts only ever shows the signed-in user, so it keeps at most this many whatever is
    /// asked.
    static constexpr int maxCodeArtsUsers = 5;

    quint16 port = 0;
    quint64 seed = 42;
    /// Users of every directory whose own count below is 0.
    int users = 200;
    /// Per-directory counts; 0 means "as many as `users`".
    int gcoreUsers = 0;
    int zitadelUsers = 0;
    int acronisUsers = 0;
    int codeArtsUsers = 0; ///< capped at maxCodeArtsUsers
    int tokenTtlSeconds = 3600;
    int codeTtlSeconds = 600;
    qint64 maxBodyBytes = qint64(1024) * 1024;
    /// Answer like a ZITADEL older than the user service's UpdateUser (PATCH /v2/users/{id}):
    /// the route is missing, SetEmail still works. JSON key "zitadelWithoutUpdateUser".
    bool zitadelWithoutUpdateUser = false;
    FaultInjector::Settings faults;
    MockCredentials credentials;

    /// Overrides fields present in `object`; unknown keys and wrong types are errors, so a
    /// typo in a config file is reported instead of silently ignored.
    bool applyJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    /// The effective size of a directory: `perDirectory` when set, else `users`.
    int usersFor(int perDirectory) const { return perDirectory > 0 ? perDirectory : users; }
    /// Checks ranges (users 1..1,000,000, per-directory counts 0..1,000,000, fail rate 0..1, ...);
    /// returns an empty string when valid.
    QString validate() const;
};
