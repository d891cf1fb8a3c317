// Contract tests of the Huawei IAM token endpoint and the CodeArts Repo v4 current-user read,
// plus the shared pipeline (404/405/413/429/5xx) rendered in the Huawei error bodies.
#include "CodeArtsTestSupport.h"
#include "MockServer.h"

#include <QDateTime>
#include <QTest>

using namespace CodeArtsTest;

class TestCodeArtsApi : public QObject
{
    Q_OBJECT

private slots:
    void issueToken_returnsSubjectTokenAndBody();
    void issueToken_rejects_data();
    void issueToken_rejects();
    void issuedToken_readsSameUserAsConsoleToken();
    void showUserEmails_shape();
    void authEnforced_data();
    void authEnforced();
    void token_expiresAfterLifetime();
    void routing_data();
    void routing();
    void payloadTooLarge_data();
    void payloadTooLarge();
    void rateLimited_data();
    void rateLimited();
    void injectedFailure_data();
    void injectedFailure();
    void determinism();
    void badTokenRequest_doesNotAffectNext();
};

namespace {
QDateTime keystoneTime(const QString &text)
{
    // "2019-02-13T06:52:13.855000Z": microseconds and UTC.
    QDateTime time =
        QDateTime::fromString(text.left(23), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

void TestCodeArtsApi::issueToken_returnsSubjectTokenAndBody()
{
    MockServerConfig config;
    config.tokenTtlSeconds = 86400; // IAM's documented 24 h
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());

    const RawReply reply = http.sendJson(
        "POST", tokensPath,
        tokenRequest(config.credentials.huaweiDomain, config.credentials.huaweiUser,
                     config.credentials.huaweiPassword, QStringLiteral("la-north-2")));
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.header("X-Subject-Token").isEmpty());

    const QJsonObject token = reply.object().value(QStringLiteral("token")).toObject();
    const QDateTime issued = keystoneTime(token.value(QStringLiteral("issued_at")).toString());
    const QDateTime expires = keystoneTime(token.value(QStringLiteral("expires_at")).toString());
    QVERIFY(issued.isValid());
    QVERIFY(expires.isValid());
    QVERIFY(matches(QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)"),
                    token.value(QStringLiteral("expires_at")).toString()));
    QCOMPARE(issued.secsTo(expires), qint64(config.tokenTtlSeconds));
    QVERIFY(qAbs(issued.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(token.value(QStringLiteral("methods")).toArray(),
             QJsonArray { QStringLiteral("password") });

    const QJsonObject user = token.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), config.credentials.huaweiUser);
    QVERIFY(matches(QStringLiteral("[0-9a-f]{32}"), user.value(QStringLiteral("id")).toString()));
    const QJsonObject domain = user.value(QStringLiteral("domain")).toObject();
    QCOMPARE(domain.value(QStringLiteral("name")).toString(), config.credentials.huaweiDomain);
    QVERIFY(!domain.value(QStringLiteral("id")).toString().isEmpty());

    const QJsonObject project = token.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("la-north-2"));
    QVERIFY(!project.value(QStringLiteral("id")).toString().isEmpty());
}

void TestCodeArtsApi::issueToken_rejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const MockCredentials demo;
    const auto request = [](const QString &domain, const QString &user, const QString &password) {
        return json(tokenRequest(domain, user, password));
    };
    // Documented IAM codes: IAM.0001 (401), IAM.0011 (bad body), IAM.0072 / IAM.0073 (field).
    QTest::newRow("wrong password")
        << request(demo.huaweiDomain, demo.huaweiUser, QStringLiteral("nope")) << 401
        << QStringLiteral("IAM.0001") << QStringLiteral("password");
    QTest::newRow("wrong user") << request(demo.huaweiDomain, QStringLiteral("mallory"),
                                           demo.huaweiPassword)
                                << 401 << QStringLiteral("IAM.0001") << QString();
    QTest::newRow("wrong domain") << request(QStringLiteral("other-domain"), demo.huaweiUser,
                                             demo.huaweiPassword)
                                  << 401 << QStringLiteral("IAM.0001") << QString();
    QTest::newRow("malformed json") << QByteArray("{\"auth\": {") << 400
                                    << QStringLiteral("IAM.0011") << QStringLiteral("JSON");
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << 400 << QStringLiteral("IAM.0011") << QStringLiteral("object");
    QTest::newRow("empty body") << QByteArray() << 400 << QStringLiteral("IAM.0011")
                                << QStringLiteral("empty");
    QTest::newRow("missing auth") << QByteArray("{}") << 400 << QStringLiteral("IAM.0072")
                                  << QStringLiteral("'auth'");

    const QJsonObject full = demoTokenRequest(demo);
    QJsonObject auth = full.value(QStringLiteral("auth")).toObject();
    QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    QJsonObject passwordObject = identity.value(QStringLiteral("password")).toObject();
    QJsonObject user = passwordObject.value(QStringLiteral("user")).toObject();

    const auto withUser = [&](const QJsonObject &changedUser) {
        QJsonObject p = passwordObject;
        p.insert(QStringLiteral("user"), changedUser);
        QJsonObject i = identity;
        i.insert(QStringLiteral("password"), p);
        QJsonObject a = auth;
        a.insert(QStringLiteral("identity"), i);
        return json({ { QStringLiteral("auth"), a } });
    };
    QJsonObject noPassword = user;
    noPassword.remove(QStringLiteral("password"));
    QTest::newRow("missing user password")
        << withUser(noPassword) << 400 << QStringLiteral("IAM.0072")
        << QStringLiteral("'auth.identity.password.user.password'");
    QJsonObject numericName = user;
    numericName.insert(QStringLiteral("name"), 42);
    QTest::newRow("user name not a string")
        << withUser(numericName) << 400 << QStringLiteral("IAM.0073")
        << QStringLiteral("'auth.identity.password.user.name'");
    QJsonObject noDomain = user;
    noDomain.remove(QStringLiteral("domain"));
    QTest::newRow("missing domain") << withUser(noDomain) << 400 << QStringLiteral("IAM.0072")
                                    << QStringLiteral("'auth.identity.password.user.domain'");

    QJsonObject tokenMethod = identity;
    tokenMethod.insert(QStringLiteral("methods"), QJsonArray { QStringLiteral("token") });
    QJsonObject authTokenMethod = auth;
    authTokenMethod.insert(QStringLiteral("identity"), tokenMethod);
    QTest::newRow("methods without password")
        << json({ { QStringLiteral("auth"), authTokenMethod } }) << 400
        << QStringLiteral("IAM.0073") << QStringLiteral("'auth.identity.methods'");

    QJsonObject noScope = auth;
    noScope.remove(QStringLiteral("scope"));
    QTest::newRow("missing scope") << json({ { QStringLiteral("auth"), noScope } }) << 400
                                   << QStringLiteral("IAM.0072") << QStringLiteral("'auth.scope'");
    QJsonObject emptyProject = auth;
    emptyProject.insert(QStringLiteral("scope"),
                        QJsonObject { { QStringLiteral("project"), QJsonObject {} } });
    QTest::newRow("missing project name")
        << json({ { QStringLiteral("auth"), emptyProject } }) << 400 << QStringLiteral("IAM.0072")
        << QStringLiteral("'auth.scope.project.name'");
}

void TestCodeArtsApi::issueToken_rejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    MockServer server(MockServerConfig {});
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply reply = http.send("POST", tokensPath, body,
                                     { { "Content-Type", "application/json;charset=utf8" } });
    verifyHuaweiError(reply, status, QStringLiteral("IAM."));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(errorCode(reply), code);
    QVERIFY2(errorMessage(reply).contains(messagePart), qPrintable(errorMessage(reply)));
    QVERIFY(reply.header("X-Subject-Token").isEmpty());
}

void TestCodeArtsApi::issuedToken_readsSameUserAsConsoleToken()
{
    MockServerConfig config;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());

    const RawReply tokenReply =
        http.sendJson("POST", tokensPath, demoTokenRequest(config.credentials));
    QCOMPARE(tokenReply.status, 201);
    const QString token = QString::fromUtf8(tokenReply.header("X-Subject-Token"));
    const QJsonObject iamUser = tokenReply.object()
                                    .value(QStringLiteral("token"))
                                    .toObject()
                                    .value(QStringLiteral("user"))
                                    .toObject();

    const RawReply viaIssued = http.get(emailsPath, authHeader(token));
    const RawReply viaConsole = http.get(emailsPath, authHeader(config.credentials.codeArtsToken));
    QCOMPARE(viaIssued.status, 200);
    QCOMPARE(viaConsole.status, 200);
    QCOMPARE(viaIssued.object(), viaConsole.object());
    // A CodeArts user is the IAM user: same name, and the "long user ID" is the IAM user id.
    QCOMPARE(viaIssued.object().value(QStringLiteral("name")).toString(),
             iamUser.value(QStringLiteral("name")).toString());
    QCOMPARE(viaIssued.object().value(QStringLiteral("username")).toString(),
             iamUser.value(QStringLiteral("id")).toString());
}

void TestCodeArtsApi::showUserEmails_shape()
{
    MockServerConfig config;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());

    const RawReply reply = http.get(emailsPath, authHeader(config.credentials.codeArtsToken));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject user = reply.object();
    QStringList keys = user.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({ QStringLiteral("commit_email"), QStringLiteral("created_at"),
                           QStringLiteral("id"), QStringLiteral("is_default"),
                           QStringLiteral("last_activity_on"), QStringLiteral("name"),
                           QStringLiteral("state"), QStringLiteral("updated_at"),
                           QStringLiteral("username") }));
    const QJsonValue id = user.value(QStringLiteral("id"));
    QVERIFY(id.isDouble());
    QCOMPARE(id.toDouble(), double(id.toInt()));
    QVERIFY(id.toInt() >= 1);
    QVERIFY(
        matches(QStringLiteral("[0-9a-f]{32}"), user.value(QStringLiteral("username")).toString()));
    QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    const QString timePattern =
        QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d)");
    QVERIFY(matches(timePattern, user.value(QStringLiteral("created_at")).toString()));
    QVERIFY(matches(timePattern, user.value(QStringLiteral("updated_at")).toString()));
    QVERIFY(matches(QStringLiteral(R"(\d{4}-\d\d-\d\d)"),
                    user.value(QStringLiteral("last_activity_on")).toString()));
    QVERIFY(user.value(QStringLiteral("commit_email")).toString().contains(QLatin1Char('@')));
    QCOMPARE(user.value(QStringLiteral("is_default")), QJsonValue(true));
    QCOMPARE(user.value(QStringLiteral("name")).toString(), config.credentials.huaweiUser);
}

void TestCodeArtsApi::authEnforced_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");

    const QList<QPair<QByteArray, QString>> routes { { "GET", emailsPath },
                                                     { "PUT", emailsPath },
                                                     { "POST", verifyCodePath } };
    const MockCredentials demo;
    for (const auto &[verb, path] : routes) {
        const QByteArray name = verb + ' ' + path.toLatin1();
        QTest::newRow(QByteArray(name + " no token").constData())
            << verb << path << QByteArray() << QByteArray();
        QTest::newRow(QByteArray(name + " empty token").constData())
            << verb << path << QByteArray("X-Auth-Token") << QByteArray("");
        QTest::newRow(QByteArray(name + " unknown token").constData())
            << verb << path << QByteArray("X-Auth-Token") << QByteArray("MIIforged-token");
        QTest::newRow(QByteArray(name + " console token as bearer").constData())
            << verb << path << QByteArray("Authorization")
            << QByteArray("Bearer " + demo.codeArtsToken.toUtf8());
        QTest::newRow(QByteArray(name + " IAM password as token").constData())
            << verb << path << QByteArray("X-Auth-Token") << demo.huaweiPassword.toUtf8();
    }
}

void TestCodeArtsApi::authEnforced()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);

    MockServer server(MockServerConfig {});
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    RawHttpClient::Headers headers { { "Content-Type", "application/json" } };
    if (!headerName.isEmpty())
        headers.append({ headerName, headerValue });
    // A valid body, so only the credentials can be wrong.
    const QByteArray body = verb == "GET"
        ? QByteArray()
        : QByteArray(R"({"email": "someone@example.org", "verify_code": "ABC123"})");
    verifyRepoUnauthorized(http.send(verb, path, body, headers));
}

void TestCodeArtsApi::token_expiresAfterLifetime()
{
    MockServerConfig config;
    config.tokenTtlSeconds = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());

    const QString token = login(http, config.credentials);
    QVERIFY(!token.isEmpty());
    QCOMPARE(http.get(emailsPath, authHeader(token)).status, 200);
    QTest::qWait(1300);
    verifyRepoUnauthorized(http.get(emailsPath, authHeader(token)));
}

void TestCodeArtsApi::routing_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("codePrefix");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("unknown /v4 route") << QByteArray("GET") << QStringLiteral("/v4/user/nope")
                                       << 404 << QStringLiteral("DEV.") << QByteArray();
    QTest::newRow("DELETE /v4/user/emails") << QByteArray("DELETE") << emailsPath << 405
                                            << QStringLiteral("DEV.") << QByteArray("GET, PUT");
    QTest::newRow("GET verify-code") << QByteArray("GET") << verifyCodePath << 405
                                     << QStringLiteral("DEV.") << QByteArray("POST");
    QTest::newRow("unknown /v3 route") << QByteArray("GET") << QStringLiteral("/v3/users") << 404
                                       << QStringLiteral("IAM.") << QByteArray();
    QTest::newRow("GET /v3/auth/tokens")
        << QByteArray("GET") << tokensPath << 405 << QStringLiteral("IAM.") << QByteArray("POST");
}

void TestCodeArtsApi::routing()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, codePrefix);
    QFETCH(QByteArray, allow);

    MockServerConfig config;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply reply = http.send(verb, path, {}, authHeader(config.credentials.codeArtsToken));
    verifyHuaweiError(reply, status, codePrefix);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(errorMessage(reply).contains(path), qPrintable(errorMessage(reply)));
    if (!allow.isEmpty()) {
        QStringList expected = QString::fromLatin1(allow).split(QStringLiteral(", "));
        QStringList actual = QString::fromLatin1(reply.header("Allow")).split(QStringLiteral(", "));
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }
}

void TestCodeArtsApi::payloadTooLarge_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("codePrefix");
    QTest::newRow("PUT /v4/user/emails")
        << QByteArray("PUT") << emailsPath << QStringLiteral("DEV.");
    QTest::newRow("POST /v4/user/email-verify-code")
        << QByteArray("POST") << verifyCodePath << QStringLiteral("DEV.");
    QTest::newRow("POST /v3/auth/tokens")
        << QByteArray("POST") << tokensPath << QStringLiteral("IAM.");
}

void TestCodeArtsApi::payloadTooLarge()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QString, codePrefix);

    MockServerConfig config;
    config.maxBodyBytes = 1024;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const QByteArray body = R"({"email": ")" + QByteArray(2000, 'a') + R"(@example.org"})";
    RawHttpClient::Headers headers = authHeader(config.credentials.codeArtsToken);
    headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    verifyHuaweiError(http.send(verb, path, body, headers), 413, codePrefix);
}

void TestCodeArtsApi::rateLimited_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/v4/") << emailsPath;
    QTest::newRow("/v3/") << QStringLiteral("/v3/auth/tokens");
}

void TestCodeArtsApi::rateLimited()
{
    QFETCH(QString, path);
    MockServerConfig config;
    config.faults.rateLimit = 2;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());

    for (int i = 0; i < 2; ++i)
        QVERIFY(http.get(emailsPath, authHeader(config.credentials.codeArtsToken)).status != 429);
    const RawReply reply = http.get(path, authHeader(config.credentials.codeArtsToken));
    // Huawei's API Gateway throttles both services with the same documented code.
    verifyHuaweiError(reply, 429, QStringLiteral("APIGW.0308"));
    bool ok = false;
    const int retryAfter = reply.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY(retryAfter > 0 && retryAfter <= config.faults.rateWindowSeconds);
}

void TestCodeArtsApi::injectedFailure_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("codePrefix");
    QTest::newRow("/v4/") << QByteArray("GET") << emailsPath << QStringLiteral("DEV.");
    QTest::newRow("/v3/") << QByteArray("POST") << tokensPath << QStringLiteral("IAM.");
}

void TestCodeArtsApi::injectedFailure()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QString, codePrefix);
    MockServerConfig config;
    config.faults.failRate = 1.0;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());

    const RawReply reply = http.send(verb, path, json(demoTokenRequest(config.credentials)),
                                     authHeader(config.credentials.codeArtsToken));
    QVERIFY2(reply.status >= 500 && reply.status <= 599,
             QByteArray::number(reply.status).constData());
    verifyHuaweiError(reply, reply.status, codePrefix);
}

void TestCodeArtsApi::determinism()
{
    const auto read = [](quint64 seed) {
        MockServerConfig config;
        config.seed = seed;
        MockServer server(config);
        if (!server.listen())
            return QByteArray();
        RawHttpClient http(server.baseUrl());
        const RawReply tokenReply =
            http.sendJson("POST", tokensPath, demoTokenRequest(config.credentials));
        const QJsonObject user = tokenReply.object()
                                     .value(QStringLiteral("token"))
                                     .toObject()
                                     .value(QStringLiteral("user"))
                                     .toObject();
        return QByteArray(http.get(emailsPath, authHeader(config.credentials.codeArtsToken)).body
                          + '|' + QJsonDocument(user).toJson(QJsonDocument::Compact));
    };
    const QByteArray first = read(42);
    QVERIFY(!first.isEmpty());
    QCOMPARE(read(42), first);
    QVERIFY(read(43) != first);
}

void TestCodeArtsApi::badTokenRequest_doesNotAffectNext()
{
    MockServerConfig config;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());

    QCOMPARE(http.send("POST", tokensPath, "{not json", { { "Content-Type", "application/json" } })
                 .status,
             400);
    QCOMPARE(http.sendJson("POST", tokensPath,
                           tokenRequest(config.credentials.huaweiDomain,
                                        config.credentials.huaweiUser, QStringLiteral("wrong")))
                 .status,
             401);
    const QString token = login(http, config.credentials);
    QVERIFY(!token.isEmpty());
    QCOMPARE(http.get(emailsPath, authHeader(token)).status, 200);
}

QTEST_GUILESS_MAIN(TestCodeArtsApi)
#include "tst_codeartsapi.moc"
