// Contract tests of the ZITADEL mock's authentication side: the OAuth token endpoint, bearer
// tokens and permissions on every route, the pipeline's errors in ZITADEL's shapes, and the auth
// v1 self-service routes (/auth/v1/users/me...) where the end user changes and verifies their
// own address with the mailed code.

#include "MockServer.h"
#include "MockServerConfig.h"
#include "RawHttpClient.h"
#include "ZitadelTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace zitadeltest;

namespace {
const QString mePath = QStringLiteral("/auth/v1/users/me");
const QString myEmailPath = QStringLiteral("/auth/v1/users/me/email");
const QString verifyPath = QStringLiteral("/auth/v1/users/me/email/_verify");
const QString resendPath = QStringLiteral("/auth/v1/users/me/email/_resend_verification");
const QString searchPath = QStringLiteral("/management/v1/users/_search");
const QByteArray audienceForm =
    "grant_type=client_credentials&scope=openid%20urn%3Azitadel%3Aiam%3Aorg%3Aproject%3Aid%"
    "3Azitadel%3Aaud";

QString userPath(const QString &id, const QString &suffix = {})
{
    return QStringLiteral("/management/v1/users/") + id + suffix;
}
} // namespace

class TestZitadelAuthApi : public QObject
{
    Q_OBJECT

private:
    /// A shared server for the stateless checks (tokens, permissions, pipeline errors).
    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
    QStringList m_userIds;

    QString pat() const { return m_config.credentials.zitadelPat; }
    QString idAt(int index) const { return m_userIds.value(index); }

    struct Fixture
    {
        MockServerConfig config;
        std::unique_ptr<MockServer> server;
        std::unique_ptr<RawHttpClient> http;
    };

    /// A fresh server per test: the self-service user is one fixed user, so state must not leak.
    static bool start(Fixture *fixture, int codeTtlSeconds = 600)
    {
        fixture->config.users = 200;
        fixture->config.codeTtlSeconds = codeTtlSeconds;
        fixture->server = std::make_unique<MockServer>(fixture->config);
        if (!fixture->server->listen())
            return false;
        fixture->http = std::make_unique<RawHttpClient>(fixture->server->baseUrl());
        return true;
    }
    static Headers self(const Fixture &f) { return bearer(f.config.credentials.zitadelSelfToken); }
    static RawReply setEmail(const Fixture &f, const QString &address)
    {
        return f.http->sendJson("PUT", myEmailPath,
                                QJsonObject { { QStringLiteral("email"), address } }, self(f));
    }
    static RawReply verify(const Fixture &f, const QJsonValue &code)
    {
        return f.http->sendJson("POST", verifyPath,
                                QJsonObject { { QStringLiteral("code"), code } }, self(f));
    }
    static QString latestCode(const Fixture &f, const QString &address)
    {
        const QJsonArray mails = f.http->get(QStringLiteral("/mock/mailbox?to=") + address)
                                     .object()[QStringLiteral("messages")]
                                     .toArray();
        return mails.isEmpty() ? QString() : mails.first()[QStringLiteral("code")].toString();
    }
    static QJsonObject myEmail(const Fixture &f)
    {
        return f.http->get(myEmailPath, self(f)).object();
    }

private slots:
    void initTestCase();

    void tokenEndpointIssuesUsableToken();
    void tokenEndpointAcceptsFormCredentials();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void authenticationEnforced_data();
    void authenticationEnforced();
    void permissions_data();
    void permissions();
    void pipelineErrors_data();
    void pipelineErrors();
    void oversizedBody();
    void rateLimit();
    void injectedFailures();

    void meShapeMatchesManagementView();
    void changeAndVerifyWithMailedCode();
    void wrongCodeKeepsEmailUnverified();
    void expiredCode();
    void noPendingCode();
    void resendIssuesFreshCode();
    void invalidRequests_data();
    void invalidRequests();
    void sameAddressIsNotAChange();
};

void TestZitadelAuthApi::initTestCase()
{
    m_config.users = 200;
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY(m_server->listen());
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
    const RawReply listed = m_http->sendJson("POST", searchPath, {}, bearer(pat()));
    QCOMPARE(listed.status, 200);
    for (const QJsonValue &user : listed.object()[QStringLiteral("result")].toArray())
        m_userIds.append(user[QStringLiteral("id")].toString());
    QVERIFY(m_userIds.size() >= 2);
}

void TestZitadelAuthApi::tokenEndpointIssuesUsableToken()
{
    const RawReply reply =
        m_http->postForm(QStringLiteral("/oauth/v2/token"), audienceForm,
                         { RawHttpClient::basic(m_config.credentials.zitadelClientId,
                                                m_config.credentials.zitadelClientSecret) });
    QCOMPARE(reply.status, 200);
    const QJsonObject token = reply.object();
    QVERIFY(!token[QStringLiteral("access_token")].toString().isEmpty());
    QCOMPARE(token[QStringLiteral("token_type")].toString(), QStringLiteral("Bearer"));
    QVERIFY(token[QStringLiteral("expires_in")].isDouble());
    QCOMPARE(token[QStringLiteral("expires_in")].toInt(), m_config.tokenTtlSeconds);

    const QString access = token[QStringLiteral("access_token")].toString();
    const RawReply listed = m_http->sendJson(
        "POST", searchPath,
        QJsonObject { { QStringLiteral("query"), QJsonObject { { QStringLiteral("limit"), 5 } } } },
        bearer(access));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.object()[QStringLiteral("result")].toArray().size(), 5);
    // The service account behind client credentials may also write.
    const RawReply resend = m_http->sendJson(
        "POST", userPath(QStringLiteral("1"), QStringLiteral("/email/_resend_verification")), {},
        bearer(access));
    ZITADEL_VERIFY_RPC(resend, 404, 5, QStringLiteral("QUERY-Dfbg2"));
}

void TestZitadelAuthApi::tokenEndpointAcceptsFormCredentials()
{
    const QByteArray form = audienceForm
        + "&client_id=" + QUrl::toPercentEncoding(m_config.credentials.zitadelClientId)
        + "&client_secret=" + QUrl::toPercentEncoding(m_config.credentials.zitadelClientSecret);
    const RawReply reply = m_http->postForm(QStringLiteral("/oauth/v2/token"), form);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.object()[QStringLiteral("access_token")].toString().isEmpty());
}

void TestZitadelAuthApi::tokenEndpointErrors_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<bool>("goodClient");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("wrong secret") << formType << audienceForm << false << 401
                                  << QStringLiteral("invalid_client");
    QTest::newRow("other grant") << formType
                                 << QByteArray("grant_type=password&username=a&password=b") << true
                                 << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("missing grant") << formType << QByteArray("scope=openid") << true << 400
                                   << QStringLiteral("invalid_request");
    QTest::newRow("json content type") << QByteArray("application/json") << audienceForm << true
                                       << 400 << QStringLiteral("invalid_request");
    QTest::newRow("missing audience scope")
        << formType << QByteArray("grant_type=client_credentials&scope=openid") << true << 400
        << QStringLiteral("invalid_scope");
}

void TestZitadelAuthApi::tokenEndpointErrors()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, form);
    QFETCH(bool, goodClient);
    QFETCH(int, status);
    QFETCH(QString, error);

    const Headers headers {
        { "Content-Type", contentType },
        RawHttpClient::basic(m_config.credentials.zitadelClientId,
                             goodClient ? m_config.credentials.zitadelClientSecret
                                        : QStringLiteral("wrong-secret")),
    };
    const RawReply reply = m_http->send("POST", QStringLiteral("/oauth/v2/token"), form, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.object()[QStringLiteral("error")].toString(), error);
    QVERIFY(!reply.object()[QStringLiteral("error_description")].toString().isEmpty());
    QVERIFY(!reply.object().contains(QStringLiteral("access_token")));
}

void TestZitadelAuthApi::authenticationEnforced_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("text");

    const QString id = idAt(0);
    const QList<QPair<QByteArray, QString>> routes {
        { "POST", searchPath },
        { "GET", userPath(id) },
        { "GET", userPath(id, QStringLiteral("/email")) },
        { "PUT", userPath(id, QStringLiteral("/email")) },
        { "POST", userPath(id, QStringLiteral("/email/_resend_verification")) },
        { "GET", QStringLiteral("/auth/v1/users/me") },
        { "GET", QStringLiteral("/auth/v1/users/me/email") },
        { "PUT", QStringLiteral("/auth/v1/users/me/email") },
        { "POST", QStringLiteral("/auth/v1/users/me/email/_verify") },
        { "POST", QStringLiteral("/auth/v1/users/me/email/_resend_verification") },
    };
    for (const auto &[verb, path] : routes) {
        const QByteArray name = verb + ' ' + path.toUtf8();
        QTest::newRow(QByteArray(name + " missing").constData())
            << verb << path << QByteArray() << QStringLiteral("auth header missing");
        QTest::newRow(QByteArray(name + " unknown token").constData())
            << verb << path << QByteArray("Bearer not-a-token")
            << QStringLiteral("Errors.Token.Invalid");
        QTest::newRow(QByteArray(name + " basic scheme").constData())
            << verb << path << RawHttpClient::basic(pat(), pat()).second
            << QStringLiteral("Errors.Token.Invalid");
    }
}

void TestZitadelAuthApi::authenticationEnforced()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, text);

    Headers headers { { "Content-Type", "application/json" } };
    if (!authorization.isEmpty())
        headers.append({ "Authorization", authorization });
    const RawReply reply = m_http->send(verb, path, "{\"email\":\"x@y.example\"}", headers);
    ZITADEL_VERIFY_RPC(reply, 401, 16, QStringLiteral("AUTH-7fs1e"), text);
}

void TestZitadelAuthApi::permissions_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");

    const MockCredentials &c = m_config.credentials;
    const QString id = idAt(1);
    QTest::newRow("read-only lists")
        << QByteArray("POST") << searchPath << c.zitadelReadOnlyPat << 200;
    QTest::newRow("read-only reads")
        << QByteArray("GET") << userPath(id) << c.zitadelReadOnlyPat << 200;
    QTest::newRow("read-only changes email")
        << QByteArray("PUT") << userPath(id, QStringLiteral("/email")) << c.zitadelReadOnlyPat
        << 403;
    QTest::newRow("read-only resends")
        << QByteArray("POST") << userPath(id, QStringLiteral("/email/_resend_verification"))
        << c.zitadelReadOnlyPat << 403;
    QTest::newRow("end user lists")
        << QByteArray("POST") << searchPath << c.zitadelSelfToken << 403;
    QTest::newRow("end user reads")
        << QByteArray("GET") << userPath(id) << c.zitadelSelfToken << 403;
    QTest::newRow("PAT on self-service")
        << QByteArray("GET") << QStringLiteral("/auth/v1/users/me") << c.zitadelPat << 403;
    QTest::newRow("read-only PAT on self-service")
        << QByteArray("PUT") << QStringLiteral("/auth/v1/users/me/email") << c.zitadelReadOnlyPat
        << 403;
}

void TestZitadelAuthApi::permissions()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);

    // A valid, different address: a permitted write would change it (sent only where refused).
    const RawReply reply = m_http->sendJson(
        verb, path, QJsonObject { { QStringLiteral("email"), QStringLiteral("p@perm.example") } },
        bearer(token));
    if (status == 200) {
        QCOMPARE(reply.status, 200);
        return;
    }
    ZITADEL_VERIFY_RPC(reply, 403, 7, QStringLiteral("AUTH-5mWD2"),
                       QStringLiteral("No matching permissions found"));
}

void TestZitadelAuthApi::pipelineErrors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown management route")
        << QByteArray("GET") << QStringLiteral("/management/v1/nothing") << 404 << 5
        << QStringLiteral("Not Found");
    QTest::newRow("unknown auth route") << QByteArray("GET") << QStringLiteral("/auth/v1/users")
                                        << 404 << 5 << QStringLiteral("Not Found");
    QTest::newRow("wrong method on search")
        << QByteArray("PUT") << searchPath << 405 << 12 << QStringLiteral("Method Not Allowed");
    QTest::newRow("wrong method on user") << QByteArray("DELETE") << userPath(QStringLiteral("1"))
                                          << 405 << 12 << QStringLiteral("Method Not Allowed");
    QTest::newRow("wrong method on me") << QByteArray("POST") << QStringLiteral("/auth/v1/users/me")
                                        << 405 << 12 << QStringLiteral("Method Not Allowed");
}

void TestZitadelAuthApi::pipelineErrors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, message);

    const RawReply reply = m_http->send(verb, path, {}, bearer(pat()));
    QCOMPARE(reply.status, status);
    // grpc-gateway's routing errors, exactly: no details.
    QCOMPARE(
        reply.object(),
        (QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } }));
    if (status == 405)
        QVERIFY(!reply.header("Allow").isEmpty());

    const RawReply oauth = m_http->send(verb, QStringLiteral("/oauth/v2/nothing"), {});
    QCOMPARE(oauth.status, 404);
    QCOMPARE(oauth.object()[QStringLiteral("error")].toString(), QStringLiteral("invalid_request"));
}

void TestZitadelAuthApi::oversizedBody()
{
    const QByteArray body = "{\"email\":\"" + QByteArray(int(m_config.maxBodyBytes), 'a') + "\"}";
    const RawReply reply =
        m_http->send("PUT", userPath(idAt(0), QStringLiteral("/email")), body,
                     { RawHttpClient::bearer(pat()), { "Content-Type", "application/json" } });
    ZITADEL_VERIFY_RPC(reply, 413, 8);
    const RawReply token = m_http->postForm(QStringLiteral("/oauth/v2/token"), body);
    QCOMPARE(token.status, 413);
    QVERIFY(token.object().contains(QStringLiteral("error")));
}

void TestZitadelAuthApi::rateLimit()
{
    MockServerConfig config;
    config.users = 20;
    config.faults.rateLimit = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    QCOMPARE(http.sendJson("POST", searchPath, {}, bearer(config.credentials.zitadelPat)).status,
             200);
    const RawReply limited =
        http.sendJson("POST", searchPath, {}, bearer(config.credentials.zitadelPat));
    ZITADEL_VERIFY_RPC(limited, 429, 8);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
}

void TestZitadelAuthApi::injectedFailures()
{
    MockServerConfig config;
    config.users = 20;
    config.faults.failRate = 1.0;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply failed =
        http.sendJson("POST", searchPath, {}, bearer(config.credentials.zitadelPat));
    QVERIFY(failed.status >= 500);
    ZITADEL_VERIFY_RPC(failed, failed.status, 14);
    const RawReply token = http.postForm(QStringLiteral("/oauth/v2/token"), audienceForm);
    QVERIFY(token.status >= 500);
    QCOMPARE(token.object()[QStringLiteral("error")].toString(), QStringLiteral("server_error"));
}

void TestZitadelAuthApi::meShapeMatchesManagementView()
{
    Fixture f;
    QVERIFY(start(&f));
    const RawReply me = f.http->get(mePath, self(f));
    QCOMPARE(me.status, 200);
    const QJsonObject user = me.object()[QStringLiteral("user")].toObject();
    const QString id = user[QStringLiteral("id")].toString();
    QCOMPARE(id.size(), 18);
    QVERIFY2(findZeroValue(me.object()).isEmpty(), qPrintable(findZeroValue(me.object())));

    // The same user as the management API shows it (in its own organisation).
    const QString orgId =
        user[QStringLiteral("details")][QStringLiteral("resourceOwner")].toString();
    const RawReply managed = f.http->get(QStringLiteral("/management/v1/users/") + id,
                                         bearer(f.config.credentials.zitadelPat, orgId));
    QCOMPARE(managed.status, 200);
    QCOMPARE(managed.object()[QStringLiteral("user")].toObject(), user);

    const QJsonObject email = myEmail(f);
    QCOMPARE(email[QStringLiteral("email")].toObject(),
             user[QStringLiteral("human")][QStringLiteral("email")].toObject());
    QVERIFY(isUint64String(email[QStringLiteral("details")][QStringLiteral("sequence")]));
    QVERIFY(isRfc3339Utc(email[QStringLiteral("details")][QStringLiteral("creationDate")]));
}

void TestZitadelAuthApi::changeAndVerifyWithMailedCode()
{
    Fixture f;
    QVERIFY(start(&f));
    const qint64 sequence =
        myEmail(f)[QStringLiteral("details")][QStringLiteral("sequence")].toString().toLongLong();
    const QString address = QStringLiteral("me.changed@selfservice.example");
    const RawReply changed = setEmail(f, address);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.object()[QStringLiteral("details")][QStringLiteral("sequence")].toString(),
             QString::number(sequence + 1));

    QJsonObject email = myEmail(f)[QStringLiteral("email")].toObject();
    QCOMPARE(email[QStringLiteral("email")].toString(), address);
    QVERIFY(!email.contains(QStringLiteral("isEmailVerified")));

    const QString code = latestCode(f, address);
    QVERIFY(!code.isEmpty());
    const RawReply verified = verify(f, code);
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.object()[QStringLiteral("details")][QStringLiteral("sequence")].toString(),
             QString::number(sequence + 2));
    email = myEmail(f)[QStringLiteral("email")].toObject();
    QCOMPARE(email[QStringLiteral("isEmailVerified")], QJsonValue(true));

    // The code is used up; the address is verified now.
    ZITADEL_VERIFY_RPC(verify(f, code), 400, 9, QString(),
                       QStringLiteral("Email is already verified"));
    // The change persists for the management API, too.
    const QString id = f.http->get(mePath, self(f))
                           .object()[QStringLiteral("user")][QStringLiteral("id")]
                           .toString();
    const RawReply search = f.http->sendJson(
        "POST", QStringLiteral("/management/v1/users/_search"),
        QJsonObject { { QStringLiteral("queries"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("emailQuery"),
                              QJsonObject { { QStringLiteral("emailAddress"), address } } } } } } },
        bearer(f.config.credentials.zitadelPat));
    const QJsonArray result = search.object()[QStringLiteral("result")].toArray();
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.at(0)[QStringLiteral("id")].toString(), id);
}

void TestZitadelAuthApi::wrongCodeKeepsEmailUnverified()
{
    Fixture f;
    QVERIFY(start(&f));
    const QString address = QStringLiteral("wrong.code@selfservice.example");
    QCOMPARE(setEmail(f, address).status, 200);
    const QString code = latestCode(f, address);
    ZITADEL_VERIFY_RPC(verify(f, QString(code + QStringLiteral("X"))), 400, 3,
                       QStringLiteral("CODE-woT0xc"), QStringLiteral("Code is invalid"));
    QVERIFY(!myEmail(f)[QStringLiteral("email")].toObject().contains(
        QStringLiteral("isEmailVerified")));
    // A wrong attempt does not burn the code.
    QCOMPARE(verify(f, code).status, 200);
}

void TestZitadelAuthApi::expiredCode()
{
    Fixture f;
    QVERIFY(start(&f, 1));
    const QString address = QStringLiteral("slow@selfservice.example");
    QCOMPARE(setEmail(f, address).status, 200);
    const QString code = latestCode(f, address);
    QTest::qWait(1300);
    ZITADEL_VERIFY_RPC(verify(f, code), 400, 3, QString(), QStringLiteral("Code is expired"));
    QVERIFY(!myEmail(f)[QStringLiteral("email")].toObject().contains(
        QStringLiteral("isEmailVerified")));
}

void TestZitadelAuthApi::noPendingCode()
{
    Fixture f;
    QVERIFY(start(&f));
    // Nothing was requested yet: whatever the seeded state, there is no code to check.
    ZITADEL_VERIFY_RPC(verify(f, QStringLiteral("ABCDEFGH")), 400, 9);
}

void TestZitadelAuthApi::resendIssuesFreshCode()
{
    Fixture f;
    QVERIFY(start(&f));
    const QString address = QStringLiteral("resend@selfservice.example");
    QCOMPARE(setEmail(f, address).status, 200);
    const QString first = latestCode(f, address);
    const RawReply resent = f.http->sendJson("POST", resendPath, {}, self(f));
    QCOMPARE(resent.status, 200);
    const QString second = latestCode(f, address);
    QVERIFY(!second.isEmpty());
    QCOMPARE(f.http->get(QStringLiteral("/mock/mailbox?to=") + address)
                 .object()[QStringLiteral("messages")]
                 .toArray()
                 .size(),
             2);
    if (first != second)
        ZITADEL_VERIFY_RPC(verify(f, first), 400, 3, QStringLiteral("CODE-woT0xc"));
    QCOMPARE(verify(f, second).status, 200);
    ZITADEL_VERIFY_RPC(f.http->sendJson("POST", resendPath, {}, self(f)), 400, 9, QString(),
                       QStringLiteral("Email is already verified"));
}

void TestZitadelAuthApi::invalidRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("set: invalid address")
        << myEmailPath << QByteArray("PUT") << QByteArray("{\"email\":\"nope\"}");
    QTest::newRow("set: missing email") << myEmailPath << QByteArray("PUT") << QByteArray("{}");
    QTest::newRow("set: email is a list")
        << myEmailPath << QByteArray("PUT") << QByteArray("{\"email\":[\"a@b.example\"]}");
    QTest::newRow("set: malformed json") << myEmailPath << QByteArray("PUT") << QByteArray("{");
    QTest::newRow("verify: missing code") << verifyPath << QByteArray("POST") << QByteArray("{}");
    QTest::newRow("verify: code is a number")
        << verifyPath << QByteArray("POST") << QByteArray("{\"code\":123456}");
    QTest::newRow("verify: body is a string")
        << verifyPath << QByteArray("POST") << QByteArray("\"code\"");
}

void TestZitadelAuthApi::invalidRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);

    Fixture f;
    QVERIFY(start(&f));
    const QJsonObject before = myEmail(f);
    Headers headers = self(f);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    ZITADEL_VERIFY_RPC(f.http->send(verb, path, body, headers), 400, 3);
    QCOMPARE(myEmail(f), before);
    // The next, valid request is unaffected.
    QCOMPARE(setEmail(f, QStringLiteral("after.bad@selfservice.example")).status, 200);
}

void TestZitadelAuthApi::sameAddressIsNotAChange()
{
    Fixture f;
    QVERIFY(start(&f));
    const QString current = myEmail(f)[QStringLiteral("email")][QStringLiteral("email")].toString();
    ZITADEL_VERIFY_RPC(setEmail(f, current), 400, 9, QStringLiteral("COMMAND-2b7fM"));
}

QTEST_GUILESS_MAIN(TestZitadelAuthApi)
#include "tst_zitadelauthapi.moc"
