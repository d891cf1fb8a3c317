// Contract tests for the Gcore IAM mock: authentication (APIKey and JWT), login/refresh and
// the errors of the shared pipeline rendered in DRF's `{"detail": ...}` shape (API.md §1).

#include "MockServer.h"
#include "RawHttpClient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {
using Header = QPair<QByteArray, QByteArray>;

Header authorization(const QByteArray &value)
{
    return { "Authorization", value };
}

QJsonObject detail(const QString &text)
{
    return { { QStringLiteral("detail"), text } };
}

QJsonObject fieldErrors(const QJsonObject &errors)
{
    return { { QStringLiteral("errors"), errors } };
}

const QString notProvided = QStringLiteral("Authentication credentials were not provided.");
const QString noTokenType = QStringLiteral("Given token not valid for any token type");
const QString invalidOrExpired = QStringLiteral("Token is invalid or expired");
const QString noActiveAccount =
    QStringLiteral("No active account found with the given credentials.");
} // namespace

class TestGcoreAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void authenticationIsEnforced_data();
    void authenticationIsEnforced();
    void apiKeySchemeIsCaseInsensitive_data();
    void apiKeySchemeIsCaseInsensitive();
    void loginGivesWorkingBearerTokens();
    void loginErrors_data();
    void loginErrors();
    void refreshTokensAreSingleUse();
    void refreshErrors_data();
    void refreshErrors();
    void expiredAccessTokenIsRejected();

    void unknownRouteIsNotFound();
    void wrongMethodIsNotAllowed();
    void oversizedBodyIsRejected();
    void rateLimitAnswers429WithRetryAfter();
    void injectedFailuresUseTheGcoreShape();

private:
    RawHttpClient::Headers apiKey() const
    {
        return { authorization("APIKey " + m_config.credentials.gcoreApiKey.toLatin1()) };
    }
    RawReply login(const QString &username, const QString &password);
    QString activeEmail(bool active);

    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
};

void TestGcoreAuth::initTestCase()
{
    m_config.users = 60;
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
}

RawReply TestGcoreAuth::login(const QString &username, const QString &password)
{
    return m_http->sendJson(
        "POST", QStringLiteral("/iam/auth/jwt/login"),
        { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } });
}

QString TestGcoreAuth::activeEmail(bool active)
{
    const RawReply reply = m_http->get(QStringLiteral("/iam/users"), apiKey());
    for (const QJsonValue &user : reply.object()[QStringLiteral("results")].toArray()) {
        if (user[QStringLiteral("is_active")].toBool() == active)
            return user[QStringLiteral("email")].toString();
    }
    return {};
}

void TestGcoreAuth::authenticationIsEnforced_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("message");

    const QList<QPair<QByteArray, QString>> routes = {
        { "GET", QStringLiteral("/iam/users") },
        { "GET", QStringLiteral("/iam/users?limit=5") },
        { "GET", QStringLiteral("/iam/users/100000") },
        { "PUT", QStringLiteral("/iam/users/100000/email") },
    };
    const QList<QPair<QByteArray, QString>> credentials = {
        { QByteArray(), notProvided },
        { "APIKey wrong-key", QStringLiteral("Invalid API key.") },
        { "APIKey",
          QStringLiteral("Authorization header must contain two space-delimited values") },
        { "Bearer not-a-jwt", noTokenType },
        { "Bearer gc-access-neverissued", invalidOrExpired },
        { "Basic ZGVtbzpkZW1v", noTokenType },
        { "Token demo-gcore-apikey", noTokenType },
    };
    for (const auto &[method, path] : routes) {
        for (const auto &[header, message] : credentials) {
            const QByteArray name = method + ' ' + path.toLatin1() + " / "
                + (header.isEmpty() ? QByteArray("no header") : header);
            QTest::newRow(name.constData()) << method << path << header << message;
        }
    }
}

void TestGcoreAuth::authenticationIsEnforced()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, header);
    QFETCH(QString, message);

    RawHttpClient::Headers headers;
    if (!header.isEmpty())
        headers.append(authorization(header));
    headers.append(Header("Content-Type", "application/json"));
    const QByteArray body = method == "PUT"
        ? QByteArray(R"({"new_email":"someone@blueharbor.example","password":"demo-password"})")
        : QByteArray();
    const RawReply reply = m_http->send(method, path, body, headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object(), detail(message));
    QVERIFY(!reply.header("WWW-Authenticate").isEmpty());
}

void TestGcoreAuth::apiKeySchemeIsCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::newRow("documented") << QByteArray("APIKey");
    QTest::newRow("lower case (spec example)") << QByteArray("apikey");
    QTest::newRow("upper case") << QByteArray("APIKEY");
}

void TestGcoreAuth::apiKeySchemeIsCaseInsensitive()
{
    QFETCH(QByteArray, scheme);
    const RawReply reply =
        m_http->get(QStringLiteral("/iam/users/100001"),
                    { authorization(scheme + ' ' + m_config.credentials.gcoreApiKey.toLatin1()) });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()[QStringLiteral("id")].toInteger(), 100001);
}

void TestGcoreAuth::loginGivesWorkingBearerTokens()
{
    const QString email = activeEmail(true);
    QVERIFY(!email.isEmpty());
    const RawReply reply = login(email, m_config.credentials.gcoreUserPassword);
    QCOMPARE(reply.status, 200);
    const QJsonObject tokens = reply.object();
    QCOMPARE(tokens.keys(), QStringList({ QStringLiteral("access"), QStringLiteral("refresh") }));
    const QString access = tokens[QStringLiteral("access")].toString();
    const QString refresh = tokens[QStringLiteral("refresh")].toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    QVERIFY(access != refresh);

    for (const QString &path :
         { QStringLiteral("/iam/users?limit=2"), QStringLiteral("/iam/users/100002") })
        QCOMPARE(m_http->get(path, { RawHttpClient::bearer(access) }).status, 200);
    // Usernames are email addresses, matched without regard to case.
    QCOMPARE(login(email.toUpper(), m_config.credentials.gcoreUserPassword).status, 200);
    // A refresh token is no access token.
    const RawReply misuse =
        m_http->get(QStringLiteral("/iam/users"), { RawHttpClient::bearer(refresh) });
    QCOMPARE(misuse.status, 401);
    QCOMPARE(misuse.object(), detail(noTokenType));
}

void TestGcoreAuth::loginErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("expected");

    const auto required = [](const QStringList &fields) {
        QJsonObject errors;
        for (const QString &field : fields)
            errors.insert(field, QJsonArray { QStringLiteral("This field is required.") });
        return fieldErrors(errors);
    };
    const QJsonObject noAccount =
        fieldErrors({ { QStringLiteral("errors"), QJsonArray { noActiveAccount } } });

    QTest::newRow("missing password") << QByteArray(R"({"username":"@ACTIVE@"})") << 400
                                      << required({ QStringLiteral("password") });
    QTest::newRow("missing username")
        << QByteArray(R"({"password":"@PW@"})") << 400 << required({ QStringLiteral("username") });
    QTest::newRow("empty object") << QByteArray(
        "{}") << 400 << required({ QStringLiteral("password"), QStringLiteral("username") });
    QTest::newRow("password not a string")
        << QByteArray(R"({"username":"@ACTIVE@","password":12345})") << 400
        << fieldErrors({ { QStringLiteral("password"),
                           QJsonArray { QStringLiteral("Not a valid string.") } } });
    QTest::newRow("one_time_password not a string")
        << QByteArray(R"({"username":"@ACTIVE@","password":"@PW@","one_time_password":7})") << 400
        << fieldErrors({ { QStringLiteral("one_time_password"),
                           QJsonArray { QStringLiteral("Not a valid string.") } } });
    QTest::newRow("wrong password")
        << QByteArray(R"({"username":"@ACTIVE@","password":"wrong"})") << 400 << noAccount;
    QTest::newRow("unknown user") << QByteArray(
        R"({"username":"nobody@nowhere.example","password":"@PW@"})")
                                  << 400 << noAccount;
    QTest::newRow("inactive user")
        << QByteArray(R"({"username":"@INACTIVE@","password":"@PW@"})") << 400 << noAccount;
    QTest::newRow("array instead of object")
        << QByteArray(R"(["@ACTIVE@","@PW@"])") << 400
        << fieldErrors({ { QStringLiteral("non_field_errors"),
                           QJsonArray { QStringLiteral(
                               "Invalid data. Expected a dictionary, but got list.") } } });
    QTest::newRow("malformed JSON") << QByteArray(R"({"username": "x",)") << 400
                                    << QJsonObject { { QStringLiteral("message"), QString() } };
}

void TestGcoreAuth::loginErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QJsonObject, expected);

    const QString active = activeEmail(true);
    const QString inactive = activeEmail(false);
    QVERIFY(!active.isEmpty() && !inactive.isEmpty());
    body.replace("@ACTIVE@", active.toUtf8())
        .replace("@INACTIVE@", inactive.toUtf8())
        .replace("@PW@", m_config.credentials.gcoreUserPassword.toUtf8());
    const RawReply reply = m_http->send("POST", QStringLiteral("/iam/auth/jwt/login"), body,
                                        { { "Content-Type", "application/json" } });
    QCOMPARE(reply.status, status);
    if (expected.contains(QStringLiteral("message"))) {
        // JSONParseError: a fixed prefix, then the parser's own description.
        QCOMPARE(reply.object().keys(), QStringList { QStringLiteral("message") });
        QVERIFY(reply.object()[QStringLiteral("message")].toString().startsWith(
            QLatin1String("JSON parse error - ")));
    } else {
        QCOMPARE(reply.object(), expected);
    }
    // The failure leaves no trace: a correct login right after succeeds.
    QCOMPARE(login(active, m_config.credentials.gcoreUserPassword).status, 200);
}

void TestGcoreAuth::refreshTokensAreSingleUse()
{
    const RawReply first = login(activeEmail(true), m_config.credentials.gcoreUserPassword);
    QCOMPARE(first.status, 200);
    const QString refresh = first.object()[QStringLiteral("refresh")].toString();
    const auto refreshWith = [this](const QString &token) {
        return m_http->sendJson("POST", QStringLiteral("/iam/auth/jwt/refresh"),
                                { { QStringLiteral("refresh"), token } });
    };

    const RawReply renewed = refreshWith(refresh);
    QCOMPARE(renewed.status, 200);
    const QString newAccess = renewed.object()[QStringLiteral("access")].toString();
    const QString newRefresh = renewed.object()[QStringLiteral("refresh")].toString();
    QVERIFY(!newAccess.isEmpty());
    QVERIFY(!newRefresh.isEmpty() && newRefresh != refresh);
    QCOMPARE(m_http->get(QStringLiteral("/iam/users/100000"), { RawHttpClient::bearer(newAccess) })
                 .status,
             200);

    const RawReply reused = refreshWith(refresh);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.object(), detail(invalidOrExpired));
    QCOMPARE(refreshWith(newRefresh).status, 200);
}

void TestGcoreAuth::refreshErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("missing refresh")
        << QByteArray("{}") << 400
        << fieldErrors({ { QStringLiteral("refresh"),
                           QJsonArray { QStringLiteral("This field is required.") } } });
    QTest::newRow("refresh not a string")
        << QByteArray(R"({"refresh":true})") << 400
        << fieldErrors({ { QStringLiteral("refresh"),
                           QJsonArray { QStringLiteral("Not a valid string.") } } });
    QTest::newRow("unknown token")
        << QByteArray(R"({"refresh":"gc-refresh-forged"})") << 401 << detail(invalidOrExpired);
}

void TestGcoreAuth::refreshErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QJsonObject, expected);
    const RawReply reply = m_http->send("POST", QStringLiteral("/iam/auth/jwt/refresh"), body,
                                        { { "Content-Type", "application/json" } });
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.object(), expected);
}

void TestGcoreAuth::expiredAccessTokenIsRejected()
{
    MockServerConfig config;
    config.users = 20;
    config.tokenTtlSeconds = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply listing = http.get(QStringLiteral("/iam/users"), apiKey());
    QString email;
    for (const QJsonValue &user : listing.object()[QStringLiteral("results")].toArray()) {
        if (user[QStringLiteral("is_active")].toBool()) {
            email = user[QStringLiteral("email")].toString();
            break;
        }
    }
    const RawReply tokens =
        http.sendJson("POST", QStringLiteral("/iam/auth/jwt/login"),
                      { { QStringLiteral("username"), email },
                        { QStringLiteral("password"), config.credentials.gcoreUserPassword } });
    QCOMPARE(tokens.status, 200);
    const QString access = tokens.object()[QStringLiteral("access")].toString();
    QCOMPARE(
        http.get(QStringLiteral("/iam/users/100000"), { RawHttpClient::bearer(access) }).status,
        200);
    QTest::qWait(1300);
    const RawReply expired =
        http.get(QStringLiteral("/iam/users/100000"), { RawHttpClient::bearer(access) });
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.object(), detail(invalidOrExpired));
}

void TestGcoreAuth::unknownRouteIsNotFound()
{
    for (const QString &path :
         { QStringLiteral("/iam/nothing-here"), QStringLiteral("/iam/users/100000/unknown") }) {
        const RawReply reply = m_http->get(path, apiKey());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object(), detail(QStringLiteral("Not found.")));
    }
}

void TestGcoreAuth::wrongMethodIsNotAllowed()
{
    const RawReply reply = m_http->send("DELETE", QStringLiteral("/iam/users"), {}, apiKey());
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.object(), detail(QStringLiteral("Method \"DELETE\" not allowed.")));
    QCOMPARE(reply.header("Allow"), QByteArray("GET"));

    const RawReply get = m_http->get(QStringLiteral("/iam/auth/jwt/login"));
    QCOMPARE(get.status, 405);
    QCOMPARE(get.object(), detail(QStringLiteral("Method \"GET\" not allowed.")));
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
}

void TestGcoreAuth::oversizedBodyIsRejected()
{
    const QByteArray padding(int(m_config.maxBodyBytes), ' ');
    const QByteArray body = R"({"new_email":"big@blueharbor.example","password":"x"})" + padding;
    RawHttpClient::Headers headers = apiKey();
    headers.append(Header("Content-Type", "application/json"));
    const RawReply reply =
        m_http->send("PUT", QStringLiteral("/iam/users/100000/email"), body, headers);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.object().keys(), QStringList { QStringLiteral("detail") });
    QVERIFY(!reply.object()[QStringLiteral("detail")].toString().isEmpty());
    // The next, normal request is unaffected.
    QCOMPARE(m_http->get(QStringLiteral("/iam/users/100000"), apiKey()).status, 200);
}

void TestGcoreAuth::rateLimitAnswers429WithRetryAfter()
{
    MockServerConfig config;
    config.users = 5;
    config.faults.rateLimit = 2;
    config.faults.rateWindowSeconds = 30;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    QCOMPARE(http.get(QStringLiteral("/iam/users"), apiKey()).status, 200);
    QCOMPARE(http.get(QStringLiteral("/iam/users"), apiKey()).status, 200);
    const RawReply limited = http.get(QStringLiteral("/iam/users"), apiKey());
    QCOMPARE(limited.status, 429);
    bool ok = false;
    const int retryAfter = limited.header("Retry-After").toInt(&ok);
    QVERIFY(ok && retryAfter > 0 && retryAfter <= 30);
    const QString unit = retryAfter == 1 ? QStringLiteral("second") : QStringLiteral("seconds");
    QCOMPARE(limited.object(),
             detail(QStringLiteral("Request was throttled. Expected available in %1 %2.")
                        .arg(retryAfter)
                        .arg(unit)));
}

void TestGcoreAuth::injectedFailuresUseTheGcoreShape()
{
    MockServerConfig config;
    config.users = 5;
    config.faults.failRate = 1.0;
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    const RawReply failed = http.get(QStringLiteral("/iam/users"), apiKey());
    QVERIFY(failed.status >= 500 && failed.status <= 599);
    QCOMPARE(failed.object(),
             detail(QStringLiteral("Service temporarily unavailable, try again later.")));
    const RawReply loginFailed = http.sendJson("POST", QStringLiteral("/iam/auth/jwt/login"), {});
    QVERIFY(loginFailed.status >= 500);
    QVERIFY(loginFailed.object().contains(QStringLiteral("detail")));
}

QTEST_GUILESS_MAIN(TestGcoreAuth)
#include "tst_gcoreauth.moc"
