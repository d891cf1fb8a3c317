// Contract tests of the Acronis account management v2 mock: the token endpoint, Bearer
// authentication on every protected route, user errors, and the errorScheme of every
// pipeline failure (404, 405, 413, 429, 5xx).
#include "AcronisTestSupport.h"
#include "MockServer.h"
#include "RawHttpClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace AcronisTest;

class tst_AcronisApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenSuccess_data();
    void tokenSuccess();
    void tokenErrors_data();
    void tokenErrors();
    void authEnforced_data();
    void authEnforced();
    void accessTokenQueryParameter();
    void expiredToken();
    void userErrors_data();
    void userErrors();
    void tenantRecord();
    void pipelineErrorsUseErrorScheme_data();
    void pipelineErrorsUseErrorScheme();
    void rateLimitAnswers429WithRetryAfter();
    void injectedFailuresUseErrorScheme();

private:
    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
    QString m_token;
    QStringList m_tenants;
    QString m_someUser;
};

void tst_AcronisApi::initTestCase()
{
    m_config.users = 600;
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY(m_server->listen());
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
    m_token = fetchToken(*m_http, m_config.credentials.acronisClientId,
                         m_config.credentials.acronisClientSecret);
    QVERIFY(!m_token.isEmpty());
    m_tenants = tenantIds(*m_http);
    QVERIFY(m_tenants.size() >= 2);
    const QStringList users = tenantUsers(*m_http, m_token, m_tenants.first());
    QVERIFY(!users.isEmpty());
    m_someUser = users.first();
}

void tst_AcronisApi::tokenSuccess_data()
{
    QTest::addColumn<bool>("secretInBody");
    QTest::newRow("HTTP Basic") << false;
    QTest::newRow("client_secret_post") << true;
}

void tst_AcronisApi::tokenSuccess()
{
    QFETCH(bool, secretInBody);
    const MockCredentials &creds = m_config.credentials;
    QList<QPair<QString, QString>> fields = { { QStringLiteral("grant_type"),
                                                QStringLiteral("client_credentials") } };
    RawHttpClient::Headers headers;
    if (secretInBody) {
        fields.append({ QStringLiteral("client_id"), creds.acronisClientId });
        fields.append({ QStringLiteral("client_secret"), creds.acronisClientSecret });
    } else {
        headers.append(RawHttpClient::basic(creds.acronisClientId, creds.acronisClientSecret));
    }
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const RawReply reply =
        m_http->postForm(QStringLiteral("/api/2/idp/token"), form(fields), headers);
    QCOMPARE(reply.status, 200);
    const QJsonObject token = reply.object();
    QVERIFY(!token.value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QVERIFY(!token.value(QStringLiteral("id_token")).toString().isEmpty());
    QCOMPARE(token.value(QStringLiteral("expires_in")).toInt(), m_config.tokenTtlSeconds);
    const qint64 expiresOn = token.value(QStringLiteral("expires_on")).toInteger();
    QVERIFY(expiresOn >= before + m_config.tokenTtlSeconds);
    QVERIFY(expiresOn <= QDateTime::currentSecsSinceEpoch() + m_config.tokenTtlSeconds);

    const RawReply use = m_http->get(
        QStringLiteral("/api/2/users/%1").arg(m_someUser),
        { RawHttpClient::bearer(token.value(QStringLiteral("access_token")).toString()) });
    QCOMPARE(use.status, 200);
}

void tst_AcronisApi::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString id = m_config.credentials.acronisClientId;
    const QString secret = m_config.credentials.acronisClientSecret;
    const QByteArray grant = "grant_type=client_credentials";
    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("wrong secret") << grant << formType << id << QStringLiteral("nope") << 401
                                  << QStringLiteral("access_denied");
    QTest::newRow("unknown client") << grant << formType << QStringLiteral("other") << secret << 401
                                    << QStringLiteral("access_denied");
    QTest::newRow("no client authentication")
        << grant << formType << QString() << QString() << 401 << QStringLiteral("access_denied");
    QTest::newRow("missing grant_type") << QByteArray("scope=x") << formType << id << secret << 400
                                        << QStringLiteral("invalid_request");
    QTest::newRow("password grant")
        << QByteArray("grant_type=password&username=a&password=b") << formType << id << secret
        << 400 << QStringLiteral("invalid_request");
    QTest::newRow("JSON body") << QByteArray(R"({"grant_type":"client_credentials"})")
                               << QByteArray("application/json") << id << secret << 400
                               << QStringLiteral("invalid_request");
}

void tst_AcronisApi::tokenErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(int, status);
    QFETCH(QString, error);
    RawHttpClient::Headers headers = { { "Content-Type", contentType } };
    if (!clientId.isEmpty())
        headers.append(RawHttpClient::basic(clientId, secret));
    const RawReply reply = m_http->send("POST", QStringLiteral("/api/2/idp/token"), body, headers);
    QCOMPARE(reply.status, status);
    // tokenError: both fields required.
    QCOMPARE(reply.object().value(QStringLiteral("error")).toString(), error);
    QVERIFY(!reply.object().value(QStringLiteral("error_description")).toString().isEmpty());
    QVERIFY(!reply.object().contains(QStringLiteral("access_token")));
}

void tst_AcronisApi::authEnforced_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");

    const QString user = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString tenant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<QPair<QByteArray, QString>> routes = {
        { "GET", QStringLiteral("/api/2/tenants/%1/users").arg(tenant) },
        { "GET", QStringLiteral("/api/2/tenants/%1").arg(tenant) },
        { "GET", QStringLiteral("/api/2/users?uuids=%1").arg(user) },
        { "GET", QStringLiteral("/api/2/users/%1").arg(user) },
        { "PUT", QStringLiteral("/api/2/users/%1").arg(user) },
        { "POST", QStringLiteral("/api/2/users/%1/send-activation-email").arg(user) },
    };
    const QList<QPair<const char *, QByteArray>> credentials = {
        { "missing", QByteArray() },
        { "unknown bearer", QByteArray("Bearer not-a-token") },
        { "empty bearer", QByteArray("Bearer ") },
        { "client basic",
          RawHttpClient::basic(m_config.credentials.acronisClientId,
                               m_config.credentials.acronisClientSecret)
              .second },
    };
    for (const auto &[verb, path] : routes) {
        for (const auto &[name, header] : credentials) {
            // "tenants/users", "tenants", "users", "users/send-activation-email"...
            QString route = QString(path.section(QLatin1Char('?'), 0, 0)
                                        .section(QLatin1Char('/'), 3)
                                        .replace(user, QString())
                                        .replace(tenant, QString()))
                                .replace(QStringLiteral("//"), QStringLiteral("/"));
            if (route.endsWith(QLatin1Char('/')))
                route.chop(1);
            QTest::addRow("%s %s, %s", verb.constData(), qPrintable(route), name)
                << verb << path << header;
        }
    }
}

void tst_AcronisApi::authEnforced()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    RawHttpClient::Headers headers = { { "Content-Type", "application/json" } };
    if (!authorization.isEmpty())
        headers.append({ "Authorization", authorization });
    const QByteArray body = verb == "PUT" ? QByteArray(R"({"version":1})") : QByteArray();
    const RawReply reply = m_http->send(verb, path, body, headers);
    verifyErrorScheme(reply, 401, 401);
}

void tst_AcronisApi::accessTokenQueryParameter()
{
    const RawReply reply =
        m_http->get(QStringLiteral("/api/2/users/%1?access_token=%2").arg(m_someUser, m_token));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("id")).toString(), m_someUser);
}

void tst_AcronisApi::expiredToken()
{
    MockServerConfig config;
    config.users = 20;
    config.tokenTtlSeconds = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const QString token = fetchToken(http, config.credentials.acronisClientId,
                                     config.credentials.acronisClientSecret);
    const QString tenant = tenantIds(http).first();
    QCOMPARE(http.get(QStringLiteral("/api/2/tenants/%1/users").arg(tenant),
                      { RawHttpClient::bearer(token) })
                 .status,
             200);
    QTest::qWait(1200);
    verifyErrorScheme(http.get(QStringLiteral("/api/2/tenants/%1/users").arg(tenant),
                               { RawHttpClient::bearer(token) }),
                      401, 401);
}

void tst_AcronisApi::userErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown user")
        << QStringLiteral("/api/2/users/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
        << 404;
    QTest::newRow("malformed user id") << QStringLiteral("/api/2/users/12345") << 400;
    QTest::newRow("unknown tenant") << QStringLiteral("/api/2/tenants/%1")
                                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                    << 404;
    QTest::newRow("malformed tenant id") << QStringLiteral("/api/2/tenants/acme") << 400;
    QTest::newRow("activation for unknown user")
        << QStringLiteral("/api/2/users/%1/send-activation-email")
               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
        << 404;
}

void tst_AcronisApi::userErrors()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const QByteArray verb = path.endsWith(QLatin1String("email")) ? "POST" : "GET";
    verifyErrorScheme(m_http->send(verb, path, {}, { RawHttpClient::bearer(m_token) }), status,
                      status);
}

void tst_AcronisApi::tenantRecord()
{
    const QJsonArray seeded = m_http->get(QStringLiteral("/mock/acronis/tenants"))
                                  .object()
                                  .value(QStringLiteral("tenants"))
                                  .toArray();
    QCOMPARE(seeded.size(), m_tenants.size());
    for (const QJsonValue &entry : seeded) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        // Any case names the same tenant, as for users.
        const RawReply reply = m_http->get(QStringLiteral("/api/2/tenants/%1").arg(id.toUpper()),
                                           { RawHttpClient::bearer(m_token) });
        QCOMPARE(reply.status, 200);
        const QJsonObject tenant = reply.object();
        QCOMPARE(tenant.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(tenant.value(QStringLiteral("name")).toString(),
                 entry.toObject().value(QStringLiteral("name")).toString());
        QVERIFY(!tenant.value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(tenant.value(QStringLiteral("kind")).toString(), QStringLiteral("customer"));
        QVERIFY(tenant.value(QStringLiteral("version")).isDouble());
        QVERIFY(tenant.value(QStringLiteral("enabled")).toBool());
    }
}

void tst_AcronisApi::pipelineErrorsUseErrorScheme_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/api/2/nothing-here")
                                   << QByteArray() << 404 << QByteArray();
    QTest::newRow("DELETE user") << QByteArray("DELETE") << QStringLiteral("/api/2/users/{u}")
                                 << QByteArray() << 405 << QByteArray("GET, PUT");
    QTest::newRow("GET token") << QByteArray("GET") << QStringLiteral("/api/2/idp/token")
                               << QByteArray() << 405 << QByteArray("POST");
    QTest::newRow("oversized PUT")
        << QByteArray("PUT") << QStringLiteral("/api/2/users/{u}")
        << QByteArray(int(MockServerConfig().maxBodyBytes) + 1, 'x') << 413 << QByteArray();
}

void tst_AcronisApi::pipelineErrorsUseErrorScheme()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    path.replace(QStringLiteral("{u}"), m_someUser);
    const RawReply reply =
        m_http->send(verb, path, body,
                     { RawHttpClient::bearer(m_token), { "Content-Type", "application/json" } });
    verifyErrorScheme(reply, status, status);
    if (!allow.isEmpty())
        QCOMPARE(reply.header("Allow"), allow);
    // A failed request leaves the next one unaffected.
    QCOMPARE(m_http
                 ->get(QStringLiteral("/api/2/users/%1").arg(m_someUser),
                       { RawHttpClient::bearer(m_token) })
                 .status,
             200);
}

void tst_AcronisApi::rateLimitAnswers429WithRetryAfter()
{
    MockServerConfig config;
    config.users = 10;
    config.faults.rateLimit = 2;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const QString path = QStringLiteral("/api/2/users?uuids=%1")
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(http.get(path).status, 401);
    QCOMPARE(http.get(path).status, 401);
    const RawReply limited = http.get(path);
    verifyErrorScheme(limited, 429, 429);
    bool ok = false;
    QVERIFY(limited.header("Retry-After").toInt(&ok) > 0);
    QVERIFY(ok);
}

void tst_AcronisApi::injectedFailuresUseErrorScheme()
{
    MockServerConfig config;
    config.users = 10;
    config.faults.failRate = 1.0;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply reply =
        http.postForm(QStringLiteral("/api/2/idp/token"), "grant_type=client_credentials",
                      { RawHttpClient::basic(config.credentials.acronisClientId,
                                             config.credentials.acronisClientSecret) });
    QVERIFY2(reply.status >= 500 && reply.status <= 599,
             QByteArray::number(reply.status).constData());
    verifyErrorScheme(reply, reply.status, reply.status);
}

QTEST_GUILESS_MAIN(tst_AcronisApi)
#include "tst_acronisapi.moc"
