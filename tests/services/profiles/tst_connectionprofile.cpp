#include "ConnectionProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// A valid profile's JSON for each kind, written out by hand (not via toJson) so the format
/// itself is under test.
QJsonObject validJson(const QString &kind)
{
    if (kind == u"gcore")
        return { { QStringLiteral("name"), QStringLiteral("Gcore production") },
                 { QStringLiteral("kind"), QStringLiteral("gcore") },
                 { QStringLiteral("baseUrl"), QStringLiteral("https://api.gcore.com") },
                 { QStringLiteral("authMethod"), QStringLiteral("password") },
                 { QStringLiteral("principal"), QStringLiteral("admin@example.com") },
                 { QStringLiteral("timeoutMs"), 15000 } };
    if (kind == u"zitadel")
        return { { QStringLiteral("name"), QStringLiteral("ZITADEL") },
                 { QStringLiteral("kind"), QStringLiteral("zitadel") },
                 { QStringLiteral("baseUrl"), QStringLiteral("https://acme.zitadel.cloud") },
                 { QStringLiteral("authMethod"), QStringLiteral("client-credentials") },
                 { QStringLiteral("organisationId"), QStringLiteral("209876543210") },
                 { QStringLiteral("principal"), QStringLiteral("identitydesk") },
                 { QStringLiteral("timeoutMs"), 30000 } };
    if (kind == u"zitadel-self")
        return { { QStringLiteral("name"), QStringLiteral("My ZITADEL account") },
                 { QStringLiteral("kind"), QStringLiteral("zitadel-self") },
                 { QStringLiteral("baseUrl"), QStringLiteral("http://localhost:8080") },
                 { QStringLiteral("authMethod"), QStringLiteral("session-token") },
                 { QStringLiteral("timeoutMs"), 30000 } };
    if (kind == u"codearts")
        return { { QStringLiteral("name"), QStringLiteral("Huawei") },
                 { QStringLiteral("kind"), QStringLiteral("codearts") },
                 { QStringLiteral("baseUrl"),
                   QStringLiteral("https://codehub-ext.ap-southeast-3.myhuaweicloud.com") },
                 { QStringLiteral("authUrl"),
                   QStringLiteral("https://iam.ap-southeast-3.myhuaweicloud.com/v3") },
                 { QStringLiteral("authMethod"), QStringLiteral("password") },
                 { QStringLiteral("accountName"), QStringLiteral("acme-domain") },
                 { QStringLiteral("projectName"), QStringLiteral("ap-southeast-3") },
                 { QStringLiteral("principal"), QStringLiteral("iam-admin") },
                 { QStringLiteral("timeoutMs"), 60000 } };
    if (kind == u"acronis")
        return { { QStringLiteral("name"), QStringLiteral("Acronis EU2") },
                 { QStringLiteral("kind"), QStringLiteral("acronis") },
                 { QStringLiteral("baseUrl"), QStringLiteral("https://eu2-cloud.acronis.com") },
                 { QStringLiteral("authMethod"), QStringLiteral("client-credentials") },
                 { QStringLiteral("organisationId"),
                   QStringLiteral("3f9c1a2e-0000-4000-8000-000000000001") },
                 { QStringLiteral("principal"), QStringLiteral("0d2c-client") },
                 { QStringLiteral("timeoutMs"), 30000 } };
    return {};
}

/// `json` with some keys replaced; an undefined value removes the key.
QJsonObject with(QJsonObject json, const QList<QPair<QString, QJsonValue>> &changes)
{
    for (const auto &change : changes) {
        if (change.second.isUndefined())
            json.remove(change.first);
        else
            json.insert(change.first, change.second);
    }
    return json;
}

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

ConnectionProfile profileOf(BackendKind kind, AuthMethod method)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("p");
    profile.settings.kind = kind;
    profile.settings.authMethod = method;
    profile.settings.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    profile.settings.principal = QStringLiteral("someone");
    profile.settings.organisationId = QStringLiteral("tenant-1");
    profile.settings.accountName = QStringLiteral("account");
    profile.settings.projectName = QStringLiteral("ap-southeast-3");
    return profile;
}

} // namespace

class TstConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void kindNames_data()
    {
        QTest::addColumn<BackendKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("gcore") << BackendKind::GcoreIam << QStringLiteral("gcore");
        QTest::newRow("zitadel") << BackendKind::ZitadelManagement << QStringLiteral("zitadel");
        QTest::newRow("zitadel-self") << BackendKind::ZitadelSelf << QStringLiteral("zitadel-self");
        QTest::newRow("codearts") << BackendKind::CodeArtsRepo << QStringLiteral("codearts");
        QTest::newRow("acronis") << BackendKind::Acronis << QStringLiteral("acronis");
    }
    void kindNames()
    {
        QFETCH(BackendKind, kind);
        QFETCH(QString, name);
        QCOMPARE(ConnectionProfile::kindName(kind), name);
        QCOMPARE(ConnectionProfile::parseKind(name), std::optional<BackendKind>(kind));
        QVERIFY(ConnectionProfile::kindNames().contains(name));
        QVERIFY(!ConnectionProfile::kindDisplayName(kind).isEmpty());
    }

    void authMethodNames_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<QString>("name");
        QTest::newRow("api-key") << AuthMethod::ApiKey << QStringLiteral("api-key");
        QTest::newRow("password") << AuthMethod::Password << QStringLiteral("password");
        QTest::newRow("pat") << AuthMethod::PersonalAccessToken
                             << QStringLiteral("personal-access-token");
        QTest::newRow("client-credentials")
            << AuthMethod::ClientCredentials << QStringLiteral("client-credentials");
        QTest::newRow("session-token")
            << AuthMethod::SessionToken << QStringLiteral("session-token");
    }
    void authMethodNames()
    {
        QFETCH(AuthMethod, method);
        QFETCH(QString, name);
        QCOMPARE(ConnectionProfile::authMethodName(method), name);
        QCOMPARE(ConnectionProfile::parseAuthMethod(name), std::optional<AuthMethod>(method));
        QVERIFY(ConnectionProfile::authMethodNames().contains(name));
    }

    void unknownNamesAreRejected()
    {
        QCOMPARE(ConnectionProfile::kindNames().size(), 5);
        QCOMPARE(ConnectionProfile::authMethodNames().size(), 5);
        for (const QString &name :
             { QStringLiteral("Gcore"), QStringLiteral("GCORE"), QStringLiteral(""),
               QStringLiteral("zitadel_self"), QStringLiteral(" gcore") })
            QVERIFY2(!ConnectionProfile::parseKind(name), qPrintable(name));
        for (const QString &name : { QStringLiteral("API-KEY"), QStringLiteral("apikey"),
                                     QStringLiteral("pat"), QStringLiteral("") })
            QVERIFY2(!ConnectionProfile::parseAuthMethod(name), qPrintable(name));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QJsonObject>("json");
        for (const QString &kind : ConnectionProfile::kindNames())
            QTest::newRow(qPrintable(kind)) << validJson(kind);
    }
    void roundTrip()
    {
        QFETCH(QJsonObject, json);
        ProfileProblem problem;
        const std::optional<ConnectionProfile> profile =
            ConnectionProfile::fromJson(json, &problem);
        QVERIFY2(profile, qPrintable(problem.describe()));
        QVERIFY(profile->isValid());
        // The written form is exactly the input: same keys, same values, nothing added.
        QCOMPARE(profile->toJson(), json);
        const std::optional<ConnectionProfile> again =
            ConnectionProfile::fromJson(profile->toJson());
        QVERIFY(again);
        QCOMPARE(*again, *profile);
    }

    void zitadelApiVersion_data()
    {
        QTest::addColumn<QJsonValue>("apiVersion"); // undefined: the field is absent
        QTest::addColumn<int>("expected");
        QTest::addColumn<QJsonValue>("written");
        QTest::newRow("absent: saved before v2, so v1")
            << QJsonValue(QJsonValue::Undefined) << int(ZitadelApiVersion::V1)
            << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("v1") << QJsonValue(QStringLiteral("v1")) << int(ZitadelApiVersion::V1)
                            << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("v2") << QJsonValue(QStringLiteral("v2")) << int(ZitadelApiVersion::V2)
                            << QJsonValue(QStringLiteral("v2"));
    }
    void zitadelApiVersion()
    {
        QFETCH(QJsonValue, apiVersion);
        QFETCH(int, expected);
        QFETCH(QJsonValue, written);
        QJsonObject json = validJson(QStringLiteral("zitadel"));
        if (!apiVersion.isUndefined())
            json.insert(QStringLiteral("apiVersion"), apiVersion);
        const std::optional<ConnectionProfile> profile = ConnectionProfile::fromJson(json);
        QVERIFY(profile);
        QCOMPARE(int(profile->settings.zitadelApi), expected);
        QCOMPARE(profile->toJson().value(QStringLiteral("apiVersion")), written);
        QCOMPARE(*ConnectionProfile::fromJson(profile->toJson()), *profile);
    }

    void secretEnvironmentVariableRoundTrips_data()
    {
        QTest::addColumn<QJsonValue>("secretEnv"); // undefined: the field is absent
        QTest::newRow("absent: the keyring") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("a variable") << QJsonValue(QStringLiteral("GCORE_API_KEY"));
        QTest::newRow("underscore first") << QJsonValue(QStringLiteral("_KEY2"));
    }
    void secretEnvironmentVariableRoundTrips()
    {
        QFETCH(QJsonValue, secretEnv);
        QJsonObject json = validJson(QStringLiteral("gcore"));
        if (!secretEnv.isUndefined())
            json.insert(QStringLiteral("secretEnv"), secretEnv);
        const std::optional<ConnectionProfile> profile = ConnectionProfile::fromJson(json);
        QVERIFY(profile);
        QCOMPARE(profile->secretEnvironmentVariable, secretEnv.toString());
        // Only the name is kept; an empty one is left out, as other optional fields are.
        QCOMPARE(profile->toJson().value(QStringLiteral("secretEnv")), secretEnv);
        QCOMPARE(*ConnectionProfile::fromJson(profile->toJson()), *profile);
    }

    void unknownZitadelApiVersion_data()
    {
        QTest::addColumn<QJsonValue>("apiVersion");
        QTest::newRow("v3") << QJsonValue(QStringLiteral("v3"));
        QTest::newRow("a number") << QJsonValue(2);
    }
    void unknownZitadelApiVersion()
    {
        QFETCH(QJsonValue, apiVersion);
        QJsonObject json = validJson(QStringLiteral("zitadel"));
        json.insert(QStringLiteral("apiVersion"), apiVersion);
        ProfileProblem problem;
        QVERIFY(!ConnectionProfile::fromJson(json, &problem));
        QCOMPARE(problem.field, QStringLiteral("apiVersion"));
    }

    void fieldsAreReadIntoSettings()
    {
        const std::optional<ConnectionProfile> profile =
            ConnectionProfile::fromJson(validJson(QStringLiteral("codearts")));
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("Huawei"));
        const ConnectionSettings &s = profile->settings;
        QCOMPARE(s.kind, BackendKind::CodeArtsRepo);
        QCOMPARE(s.baseUrl,
                 QUrl(QStringLiteral("https://codehub-ext.ap-southeast-3.myhuaweicloud.com")));
        QCOMPARE(s.authUrl,
                 QUrl(QStringLiteral("https://iam.ap-southeast-3.myhuaweicloud.com/v3")));
        QCOMPARE(s.authMethod, AuthMethod::Password);
        QCOMPARE(s.accountName, QStringLiteral("acme-domain"));
        QCOMPARE(s.projectName, QStringLiteral("ap-southeast-3"));
        QCOMPARE(s.principal, QStringLiteral("iam-admin"));
        QCOMPARE(s.organisationId, QString());
        QCOMPARE(s.timeoutMs, 60000);
    }

    void optionalFieldsDefault()
    {
        const QJsonObject json { { QStringLiteral("name"), QStringLiteral("key") },
                                 { QStringLiteral("kind"), QStringLiteral("gcore") },
                                 { QStringLiteral("baseUrl"),
                                   QStringLiteral("https://api.gcore.com") },
                                 { QStringLiteral("authMethod"), QStringLiteral("api-key") } };
        const std::optional<ConnectionProfile> profile = ConnectionProfile::fromJson(json);
        QVERIFY(profile);
        QCOMPARE(profile->settings.timeoutMs, ConnectionSettings().timeoutMs);
        QVERIFY(profile->settings.authUrl.isEmpty());
        QVERIFY(profile->settings.principal.isEmpty());
        // Empty optional strings are left out when written; the timeout is always written.
        const QJsonObject written = profile->toJson();
        QCOMPARE(written.keys(),
                 (QStringList { QStringLiteral("authMethod"), QStringLiteral("baseUrl"),
                                QStringLiteral("kind"), QStringLiteral("name"),
                                QStringLiteral("timeoutMs") }));
        QCOMPARE(written.value(u"timeoutMs").toInt(), 30000);
    }

    void invalidJson_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");

        const QJsonObject gcore = validJson(QStringLiteral("gcore"));
        const QJsonObject zitadel = validJson(QStringLiteral("zitadel"));
        const QJsonObject self = validJson(QStringLiteral("zitadel-self"));
        const QJsonObject codearts = validJson(QStringLiteral("codearts"));
        const QJsonObject acronis = validJson(QStringLiteral("acronis"));
        const QString name = QStringLiteral("name");
        const QString kind = QStringLiteral("kind");
        const QString baseUrl = QStringLiteral("baseUrl");
        const QString authUrl = QStringLiteral("authUrl");
        const QString authMethod = QStringLiteral("authMethod");
        const QString principal = QStringLiteral("principal");
        const QString timeoutMs = QStringLiteral("timeoutMs");

        QTest::newRow("name missing") << with(gcore, { { name, removed } }) << name << "missing";
        QTest::newRow("name null") << with(gcore, { { name, QJsonValue() } }) << name << "missing";
        QTest::newRow("name not text") << with(gcore, { { name, 42 } }) << name << "must be text";
        QTest::newRow("name empty")
            << with(gcore, { { name, QString() } }) << name << "needs a name";
        QTest::newRow("name padded")
            << with(gcore, { { name, QStringLiteral(" prod ") } }) << name << "spaces";
        QTest::newRow("name line break")
            << with(gcore, { { name, QStringLiteral("a\nb") } }) << name << "control";
        QTest::newRow("name too long")
            << with(gcore, { { name, QString(101, u'x') } }) << name << "at most 100";

        QTest::newRow("kind missing") << with(gcore, { { kind, removed } }) << kind << "missing";
        QTest::newRow("kind not text") << with(gcore, { { kind, 1 } }) << kind << "must be text";
        QTest::newRow("kind unknown") << with(gcore, { { kind, QStringLiteral("Gcore") } }) << kind
                                      << "Unknown API kind \"Gcore\"";

        QTest::newRow("baseUrl missing")
            << with(gcore, { { baseUrl, removed } }) << baseUrl << "missing";
        QTest::newRow("baseUrl empty")
            << with(gcore, { { baseUrl, QString() } }) << baseUrl << "base URL is missing";
        QTest::newRow("baseUrl not text")
            << with(gcore, { { baseUrl, QJsonArray() } }) << baseUrl << "must be text";
        QTest::newRow("baseUrl invalid")
            << with(gcore, { { baseUrl, QStringLiteral("https://exa mple.com") } }) << baseUrl
            << "not a valid web address";
        QTest::newRow("baseUrl no scheme")
            << with(gcore, { { baseUrl, QStringLiteral("api.gcore.com") } }) << baseUrl
            << "must start with https://";
        QTest::newRow("baseUrl ftp")
            << with(gcore, { { baseUrl, QStringLiteral("ftp://api.gcore.com") } }) << baseUrl
            << "must start with https://";
        QTest::newRow("baseUrl no host")
            << with(gcore, { { baseUrl, QStringLiteral("https:///v1") } }) << baseUrl
            << "no host name";
        QTest::newRow("baseUrl plain http")
            << with(gcore, { { baseUrl, QStringLiteral("http://api.gcore.com") } }) << baseUrl
            << "only allowed for this computer (localhost, 127.0.0.1 or ::1)";
        QTest::newRow("baseUrl http lookalike")
            << with(gcore, { { baseUrl, QStringLiteral("http://localhost.evil.example") } })
            << baseUrl << "must use https://";
        QTest::newRow("baseUrl with password")
            << with(gcore, { { baseUrl, QStringLiteral("https://u:pw@api.gcore.com") } }) << baseUrl
            << "must not contain a user name or password";

        QTest::newRow("authUrl plain http")
            << with(codearts, { { authUrl, QStringLiteral("http://iam.example.com/v3") } })
            << authUrl << "must use https://";
        QTest::newRow("authUrl not text")
            << with(codearts, { { authUrl, 5 } }) << authUrl << "must be text";

        QTest::newRow("authMethod missing")
            << with(gcore, { { authMethod, removed } }) << authMethod << "missing";
        QTest::newRow("authMethod unknown")
            << with(gcore, { { authMethod, QStringLiteral("apikey") } }) << authMethod
            << "Unknown sign-in method \"apikey\"";
        QTest::newRow("gcore with PAT")
            << with(gcore, { { authMethod, QStringLiteral("personal-access-token") } })
            << authMethod << "Gcore IAM does not support sign-in with personal access token";
        QTest::newRow("zitadel with API key")
            << with(zitadel, { { authMethod, QStringLiteral("api-key") } }) << authMethod
            << "does not support";
        QTest::newRow("zitadel-self with password")
            << with(self, { { authMethod, QStringLiteral("password") } }) << authMethod
            << "does not support";
        QTest::newRow("codearts with client credentials")
            << with(codearts, { { authMethod, QStringLiteral("client-credentials") } })
            << authMethod << "does not support";
        QTest::newRow("acronis with password")
            << with(acronis, { { authMethod, QStringLiteral("password") } }) << authMethod
            << "does not support";

        QTest::newRow("password without user")
            << with(gcore, { { principal, removed } }) << principal << "user name";
        QTest::newRow("password with blank user")
            << with(gcore, { { principal, QStringLiteral("  ") } }) << principal << "user name";
        QTest::newRow("client credentials without client id")
            << with(zitadel, { { principal, removed } }) << principal << "client id";
        QTest::newRow("acronis without client id")
            << with(acronis, { { principal, removed } }) << principal << "client id";
        QTest::newRow("acronis without tenant")
            << with(acronis, { { QStringLiteral("organisationId"), removed } })
            << QStringLiteral("organisationId") << "tenant id";
        QTest::newRow("codearts password without account")
            << with(codearts, { { QStringLiteral("accountName"), removed } })
            << QStringLiteral("accountName") << "account (domain) name";
        QTest::newRow("codearts password without project")
            << with(codearts, { { QStringLiteral("projectName"), removed } })
            << QStringLiteral("projectName") << "project (region";
        QTest::newRow("principal not text")
            << with(gcore, { { principal, true } }) << principal << "must be text";

        QTest::newRow("timeout as text") << with(gcore, { { timeoutMs, QStringLiteral("30000") } })
                                         << timeoutMs << "whole number";
        QTest::newRow("timeout fraction")
            << with(gcore, { { timeoutMs, 1500.5 } }) << timeoutMs << "whole number";
        QTest::newRow("timeout negative")
            << with(gcore, { { timeoutMs, -1 } }) << timeoutMs << "whole number";
        QTest::newRow("timeout too short")
            << with(gcore, { { timeoutMs, 999 } }) << timeoutMs << "between 1000 and 600000";
        QTest::newRow("timeout too long")
            << with(gcore, { { timeoutMs, 600001 } }) << timeoutMs << "between 1000 and 600000";

        const QString secretEnv = QStringLiteral("secretEnv");
        QTest::newRow("secretEnv not text")
            << with(gcore, { { secretEnv, 3 } }) << secretEnv << "must be text";
        QTest::newRow("secretEnv starts with a digit")
            << with(gcore, { { secretEnv, QStringLiteral("1KEY") } }) << secretEnv
            << "not an environment variable name";
        QTest::newRow("secretEnv with a dash")
            << with(gcore, { { secretEnv, QStringLiteral("GCORE-KEY") } }) << secretEnv
            << "not an environment variable name";
        QTest::newRow("secretEnv with an assignment")
            << with(gcore, { { secretEnv, QStringLiteral("KEY=value") } }) << secretEnv
            << "not an environment variable name";
    }
    void invalidJson()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, says);
        ProfileProblem problem;
        QVERIFY(!ConnectionProfile::fromJson(json, &problem));
        QCOMPARE(problem.field, field);
        QVERIFY2(problem.message.contains(says), qPrintable(problem.message));
        QVERIFY2(problem.message.endsWith(u'.') || problem.message.endsWith(u')'),
                 qPrintable(problem.message));
        QCOMPARE(problem.describe(), field + u": " + problem.message);
        // Without a place for the problem it still fails.
        QVERIFY(!ConnectionProfile::fromJson(json));
    }

    void acceptedUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << QStringLiteral("https://api.gcore.com");
        QTest::newRow("https with port and path")
            << QStringLiteral("https://idp.example:8443/base");
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080");
        QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080");
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:38057");
        QTest::newRow("http 127.1.2.3 (loopback net)") << QStringLiteral("http://127.1.2.3");
        QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9000/");
    }
    void acceptedUrls()
    {
        QFETCH(QString, url);
        const QJsonObject json =
            with(validJson(QStringLiteral("gcore")), { { QStringLiteral("baseUrl"), url } });
        ProfileProblem problem;
        const std::optional<ConnectionProfile> profile =
            ConnectionProfile::fromJson(json, &problem);
        QVERIFY2(profile, qPrintable(problem.describe()));
        QCOMPARE(profile->settings.baseUrl, QUrl(url));
    }

    void authMethodsPerKind_data()
    {
        QTest::addColumn<BackendKind>("kind");
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<bool>("supported");
        // The table from the product brief, written out rather than derived from the code.
        const QMap<BackendKind, QList<AuthMethod>> allowed {
            { BackendKind::GcoreIam, { AuthMethod::ApiKey, AuthMethod::Password } },
            { BackendKind::ZitadelManagement,
              { AuthMethod::PersonalAccessToken, AuthMethod::ClientCredentials } },
            { BackendKind::ZitadelSelf, { AuthMethod::SessionToken } },
            { BackendKind::CodeArtsRepo, { AuthMethod::Password, AuthMethod::SessionToken } },
            { BackendKind::Acronis, { AuthMethod::ClientCredentials } },
        };
        for (BackendKind kind : ConnectionProfile::allKinds()) {
            for (AuthMethod method : ConnectionProfile::allAuthMethods()) {
                QTest::addRow("%s/%s", qPrintable(ConnectionProfile::kindName(kind)),
                              qPrintable(ConnectionProfile::authMethodName(method)))
                    << kind << method << allowed.value(kind).contains(method);
            }
        }
    }
    void authMethodsPerKind()
    {
        QFETCH(BackendKind, kind);
        QFETCH(AuthMethod, method);
        QFETCH(bool, supported);
        const QList<ProfileProblem> problems = profileOf(kind, method).validate();
        QCOMPARE(ConnectionProfile::supportedAuthMethods(kind).contains(method), supported);
        if (supported) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).describe()));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, QStringLiteral("authMethod"));
        }
    }

    void requirementsDependOnMethod()
    {
        // Session tokens and API keys need no user name; Huawei session tokens need no
        // account or project.
        ConnectionProfile apiKey = profileOf(BackendKind::GcoreIam, AuthMethod::ApiKey);
        apiKey.settings.principal.clear();
        QVERIFY(apiKey.isValid());
        ConnectionProfile token = profileOf(BackendKind::CodeArtsRepo, AuthMethod::SessionToken);
        token.settings.principal.clear();
        token.settings.accountName.clear();
        token.settings.projectName.clear();
        QVERIFY(token.isValid());
        ConnectionProfile pat =
            profileOf(BackendKind::ZitadelManagement, AuthMethod::PersonalAccessToken);
        pat.settings.principal.clear();
        pat.settings.organisationId.clear();
        QVERIFY(pat.isValid());
    }

    void validateListsEveryProblem()
    {
        ConnectionProfile profile = profileOf(BackendKind::CodeArtsRepo, AuthMethod::Password);
        profile.name.clear();
        profile.settings.baseUrl = QUrl(QStringLiteral("http://codehub.example.com"));
        profile.settings.principal.clear();
        profile.settings.accountName.clear();
        profile.settings.projectName.clear();
        profile.settings.timeoutMs = 0;
        const QList<ProfileProblem> problems = profile.validate();
        QStringList fields;
        for (const ProfileProblem &problem : problems) {
            fields << problem.field;
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(fields,
                 (QStringList { QStringLiteral("name"), QStringLiteral("baseUrl"),
                                QStringLiteral("principal"), QStringLiteral("accountName"),
                                QStringLiteral("projectName"), QStringLiteral("timeoutMs") }));
        QVERIFY(!profile.isValid());
        // fromJson reports the first of them.
        ProfileProblem first;
        QVERIFY(!ConnectionProfile::fromJson(profile.toJson(), &first));
        QCOMPARE(first.field, QStringLiteral("name"));
    }

    void equality()
    {
        const ConnectionProfile a = profileOf(BackendKind::Acronis, AuthMethod::ClientCredentials);
        ConnectionProfile b = a;
        QCOMPARE(a, b);
        b.settings.timeoutMs += 1;
        QVERIFY(a != b);
        b = a;
        b.settings.projectName = QStringLiteral("other");
        QVERIFY(a != b);
        b = a;
        b.settings.caCertificatesFile = QStringLiteral("/etc/ssl/company-ca.pem");
        QVERIFY(a != b);
    }

    void caCertificatesFileProblems_data()
    {
        QTest::addColumn<QString>("fileName"); // in a temporary folder; "" for a relative path
        QTest::addColumn<QByteArray>("contents"); // written unless null
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray()
                                 << QStringLiteral("does not exist");
        QTest::newRow("a folder") << QStringLiteral(".") << QByteArray()
                                  << QStringLiteral("is a folder");
        QTest::newRow("empty") << QStringLiteral("empty.pem") << QByteArray("")
                               << QStringLiteral("holds no PEM certificate");
        QTest::newRow("not PEM") << QStringLiteral("notes.txt")
                                 << QByteArray("just some notes, no certificate\n")
                                 << QStringLiteral("holds no PEM certificate");
        QTest::newRow("damaged PEM") << QStringLiteral("damaged.pem")
                                     << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 "
                                                   "at all\n-----END CERTIFICATE-----\n")
                                     << QStringLiteral("holds no PEM certificate");
        QTest::newRow("a private key only")
            << QStringLiteral("key.pem")
            << QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n"
                          "-----END PRIVATE KEY-----\n")
            << QStringLiteral("holds no PEM certificate");
        QTest::newRow("relative path") << QString() << QByteArray() << QStringLiteral("full path");
    }

    void caCertificatesFileProblems()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contents);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = fileName.isEmpty() ? QStringLiteral("certs/company-ca.pem")
                                                : QDir::cleanPath(dir.filePath(fileName));
        if (!contents.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        ConnectionProfile profile =
            profileOf(BackendKind::ZitadelManagement, AuthMethod::PersonalAccessToken);
        QVERIFY(profile.isValid());
        profile.settings.caCertificatesFile = path;

        const QList<ProfileProblem> problems = profile.validate();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("caCertificatesFile"));
        QVERIFY2(problems.first().message.contains(mentions), qPrintable(problems.first().message));
        QVERIFY2(problems.first().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(problems.first().message));

        // A profile file stays readable when a CA file goes missing: connecting reports it.
        const std::optional<ConnectionProfile> read = ConnectionProfile::fromJson(profile.toJson());
        QVERIFY(read);
        QCOMPARE(read->settings.caCertificatesFile, path);
    }

    void caCertificatesFileAccepted_data()
    {
        QTest::addColumn<int>("copies");
        QTest::newRow("one certificate") << 1;
        QTest::newRow("several certificates") << 3;
    }

    void caCertificatesFileAccepted()
    {
        QFETCH(int, copies);
        QFile source(QFINDTESTDATA("../../data/selfsigned-test.crt"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray pem = source.readAll();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("company ca.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < copies; ++i)
            file.write(pem);
        file.close();

        ConnectionProfile profile = profileOf(BackendKind::GcoreIam, AuthMethod::ApiKey);
        profile.settings.caCertificatesFile = path;
        QVERIFY2(profile.isValid(), qPrintable(profile.validate().value(0).describe()));
        const QJsonObject json = profile.toJson();
        QCOMPARE(json.value(QStringLiteral("caCertificatesFile")).toString(), path);
        QCOMPARE(ConnectionProfile::fromJson(json), std::optional(profile));
        // Without one the key is left out, as other empty optional fields are.
        profile.settings.caCertificatesFile.clear();
        QVERIFY(!profile.toJson().contains(QStringLiteral("caCertificatesFile")));
    }
};

QTEST_GUILESS_MAIN(TstConnectionProfile)
#include "tst_connectionprofile.moc"
