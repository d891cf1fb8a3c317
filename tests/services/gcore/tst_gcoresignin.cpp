// GcoreBackend's sign-in with user name and password (JWT): login, sharing one token, renewal
// from the token's `exp`, refresh after a 401 with the single-use refresh token, a fresh login
// when that fails, and every documented login error. Mock server and ScriptedHttpServer.

#include "GcoreErrorMapper.h"
#include "GcoreJwtEndpoint.h"
#include "GcoreScripted.h"
#include "MockServer.h"
#include "RawHttpClient.h"

#include <QDateTime>

using namespace gcoretest;

class TstGcoreSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_network = std::make_unique<QNetworkAccessManager>(); }

    void passwordSignInWorksForEveryCall();
    void wrongPasswordIsUnauthenticated();
    void expiredTokenIsRefreshed();
    void rejectedAccessTokenUsesTheRefreshToken();
    void rejectedRefreshTokenSignsInAgain();
    void jwtExpiryIsHonouredBeforeTheServerSaysSo();
    void lifetimeSeconds_data();
    void lifetimeSeconds();
    void loginErrorBodies_data();
    void loginErrorBodies();

private:
    std::unique_ptr<GcoreBackend> scripted(ScriptedHttpServer &server, AuthMethod method)
    {
        return scriptedBackend(m_network.get(), server, method);
    }
    /// The first active user of a mock (JWT login refuses inactive ones), as the raw API shows it.
    static QJsonObject activeUser(const MockServer &server, qsizetype *total = nullptr)
    {
        RawHttpClient raw(server.baseUrl());
        const QJsonArray all =
            raw.get(QStringLiteral("/iam/users"),
                    { { "Authorization",
                        "APIKey " + server.config().credentials.gcoreApiKey.toLatin1() } })
                .object()[QStringLiteral("results")]
                .toArray();
        if (total)
            *total = all.size();
        for (const QJsonValue &user : all) {
            if (user[QStringLiteral("is_active")].toBool())
                return user.toObject();
        }
        return {};
    }
    /// A scripted server that signs in (access "acc-N", refresh "ref-N") and serves one user.
    static ScriptedHttpServer::Handler jwtServer(int *issued,
                                                 std::function<bool(const QByteArray &)> accept)
    {
        return [issued, accept](const ScriptedRequest &request) {
            if (request.method == "POST") {
                ++*issued;
                return ScriptedResponse::json(200,
                                              tokenPair("acc-" + QByteArray::number(*issued),
                                                        "ref-" + QByteArray::number(*issued)));
            }
            if (!accept(request.header("Authorization")))
                return ScriptedResponse::json(
                    401, R"({"detail":"Token is invalid or expired","code":"token_not_valid"})");
            return ScriptedResponse::json(200, listing({ sampleUser(7) }, 1));
        };
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TstGcoreSignIn::passwordSignInWorksForEveryCall()
{
    MockServer server { MockServerConfig {} };
    QVERIFY(server.listen());
    // Sign in as an active user (JWT login refuses inactive ones), then change that user.
    qsizetype total = 0;
    const QJsonObject me = activeUser(server, &total);
    QVERIFY(!me.isEmpty());
    const QString id = QString::number(me[QStringLiteral("id")].toInteger());
    const QString password = server.config().credentials.gcoreUserPassword;

    GcoreBackend gcore(
        m_network.get(),
        settingsFor(server.baseUrl(), AuthMethod::Password, me[QStringLiteral("email")].toString()),
        password);
    const Result<UserPage> page = listPage(gcore, 10);
    QVERIFY2(page.ok(), page.why().constData());
    QCOMPARE(page.value->totalCount, std::optional<qint64>(total));
    const Result<User> user = readUser(gcore, id);
    QVERIFY2(user.ok(), user.why().constData());
    const QString newEmail = QStringLiteral("jwt.%1@example.org").arg(id);
    const Result<EmailChangeOutcome> changed = changeEmail(gcore, id, newEmail, password);
    QVERIFY2(changed.ok(), changed.why().constData());
    QCOMPARE(changed.value->user->email, newEmail);
    QCOMPARE(gcore.tokenFetchCount(), 1); // one sign-in shared by all calls
}

void TstGcoreSignIn::wrongPasswordIsUnauthenticated()
{
    MockServer server { MockServerConfig {} };
    QVERIFY(server.listen());
    GcoreBackend gcore(
        m_network.get(),
        settingsFor(server.baseUrl(), AuthMethod::Password, QStringLiteral("nobody@example.org")),
        QStringLiteral("wrong"));
    const Result<UserPage> page = listPage(gcore, 10);
    QVERIFY(page.error);
    QCOMPARE(page.error->kind(), ServiceError::Kind::Unauthenticated);
    QCOMPARE(page.error->message(), QStringLiteral("Wrong user name or password."));
    QCOMPARE(page.error->httpStatus(), 400);
}

void TstGcoreSignIn::expiredTokenIsRefreshed()
{
    MockServerConfig config;
    config.tokenTtlSeconds = 1;
    MockServer server(config);
    QVERIFY(server.listen());
    const QString email = activeUser(server)[QStringLiteral("email")].toString();
    QVERIFY(!email.isEmpty());
    GcoreBackend gcore(m_network.get(), settingsFor(server.baseUrl(), AuthMethod::Password, email),
                       config.credentials.gcoreUserPassword);
    const Result<UserPage> first = listPage(gcore, 5);
    QVERIFY2(first.ok(), first.why().constData());
    QCOMPARE(gcore.tokenFetchCount(), 1);

    QTest::qWait(1600); // the server forgets the access token after 1 s
    const Result<UserPage> second = listPage(gcore, 5, first.value->nextPageToken);
    QVERIFY2(second.ok(), second.why().constData());
    QCOMPARE(second.value->users.size(), 5);
    QCOMPARE(gcore.tokenFetchCount(), 2); // a new token was fetched
}

void TstGcoreSignIn::rejectedAccessTokenUsesTheRefreshToken()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    int issued = 0;
    int usesOfFirst = 0;
    server.setHandler(jwtServer(&issued, [&usesOfFirst](const QByteArray &header) {
        if (header == "Bearer acc-1")
            return ++usesOfFirst == 1; // the first token dies after one use
        return header == "Bearer acc-2";
    }));
    auto gcore = scripted(server, AuthMethod::Password);
    QVERIFY2(listPage(*gcore, 10).ok(), "first list");
    const Result<UserPage> second = listPage(*gcore, 10);
    QVERIFY2(second.ok(), second.why().constData());
    QCOMPARE(lines(server), (QStringList { login, users, users, refresh, users }));

    const QJsonObject loginBody = QJsonDocument::fromJson(server.requests().at(0).body).object();
    QCOMPARE(loginBody[QStringLiteral("username")].toString(),
             QStringLiteral("helpdesk@example.org"));
    QCOMPARE(loginBody[QStringLiteral("password")].toString(), QStringLiteral("s3cret"));
    QVERIFY(server.requests().at(0).header("Authorization").isEmpty());
    const QJsonObject refreshBody = QJsonDocument::fromJson(server.requests().at(3).body).object();
    QCOMPARE(refreshBody, (QJsonObject { { QStringLiteral("refresh"), QStringLiteral("ref-1") } }));
    QCOMPARE(gcore->tokenFetchCount(), 2);
}

void TstGcoreSignIn::rejectedRefreshTokenSignsInAgain()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    int issued = 0;
    int usesOfFirst = 0;
    const auto tokens = jwtServer(&issued, [&usesOfFirst](const QByteArray &header) {
        if (header == "Bearer acc-1")
            return ++usesOfFirst == 1;
        return header == "Bearer acc-2";
    });
    server.setHandler([tokens](const ScriptedRequest &request) {
        if (request.target == "/iam/auth/jwt/refresh") // single use: already blacklisted
            return ScriptedResponse::json(401, R"({"detail":"Token is blacklisted"})");
        return tokens(request);
    });
    auto gcore = scripted(server, AuthMethod::Password);
    QVERIFY2(listPage(*gcore, 10).ok(), "first list");
    const Result<UserPage> second = listPage(*gcore, 10);
    QVERIFY2(second.ok(), second.why().constData());
    QCOMPARE(lines(server), (QStringList { login, users, users, refresh, login, users }));
}

void TstGcoreSignIn::jwtExpiryIsHonouredBeforeTheServerSaysSo()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const ScriptedRequest &request) {
        if (request.method == "POST") {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QJsonObject claims { { QStringLiteral("token_type"), QStringLiteral("access") },
                                       { QStringLiteral("iat"), now },
                                       { QStringLiteral("exp"), now + 6 } };
            return ScriptedResponse::json(200, tokenPair(jwt(claims), "refresh-opaque"));
        }
        return ScriptedResponse::json(200, listing({ sampleUser(7) }, 1));
    });
    auto gcore = scripted(server, AuthMethod::Password);
    QVERIFY(listPage(*gcore, 10).ok());
    QVERIFY(server.requests().at(1).header("Authorization").startsWith("Bearer eyJ"));
    QTest::qWait(6200); // past the token's 6 s (above TokenAuthenticator's 5 s floor)
    QVERIFY(listPage(*gcore, 10).ok());
    // Renewed because the token said it expired, not after a 401.
    QCOMPARE(lines(server), (QStringList { login, users, refresh, users }));
}

void TstGcoreSignIn::lifetimeSeconds_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("expected");
    const qint64 now = 1'700'000'000;
    QTest::newRow("opaque token: documented hour") << QStringLiteral("gc-access-123") << 3600;
    QTest::newRow("exp - iat") << QString::fromLatin1(
        jwt({ { QStringLiteral("iat"), now - 10 }, { QStringLiteral("exp"), now + 890 } }))
                               << 900;
    QTest::newRow("exp without iat")
        << QString::fromLatin1(jwt({ { QStringLiteral("exp"), now + 120 } })) << 120;
    QTest::newRow("exp in the past")
        << QString::fromLatin1(jwt({ { QStringLiteral("exp"), now - 120 } })) << 1;
    QTest::newRow("no exp claim") << QString::fromLatin1(jwt({ { QStringLiteral("sub"), 7 } }))
                                  << 3600;
    QTest::newRow("payload not JSON") << QStringLiteral("a.bm90IGpzb24.c") << 3600;
}

void TstGcoreSignIn::lifetimeSeconds()
{
    QFETCH(QString, token);
    QFETCH(int, expected);
    QCOMPARE(GcoreJwtEndpoint::lifetimeSeconds(token, 1'700'000'000), expected);
}

void TstGcoreSignIn::loginErrorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no active account")
        << 400
        << QByteArray(
               R"({"errors":{"errors":["No active account found with the given credentials."]}})")
        << ServiceError::Kind::Unauthenticated << QStringLiteral("Wrong user name or password.");
    QTest::newRow("field required")
        << 400 << QByteArray(R"({"errors":{"password":["This field is required"]}})")
        << ServiceError::Kind::Validation << QStringLiteral("password: This field is required.");
    QTest::newRow("not a dictionary")
        << 400
        << QByteArray(
               R"({"errors":{"non_field_errors":["Invalid data. Expected a dictionary, but got list."]}})")
        << ServiceError::Kind::Validation << QStringLiteral("Expected a dictionary");
    QTest::newRow("JSON parse error")
        << 400 << QByteArray(R"({"message":"JSON parse error - Expecting value"})")
        << ServiceError::Kind::Validation << QStringLiteral("JSON parse error");
    QTest::newRow("refresh token blacklisted")
        << 401 << QByteArray(R"({"detail":"Token is blacklisted","code":"token_not_valid"})")
        << ServiceError::Kind::Unauthenticated << QStringLiteral("Token is blacklisted.");
}

void TstGcoreSignIn::loginErrorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, mentions);

    HttpResponse response;
    response.status = status;
    response.body = body;
    const ServiceError error = GcoreErrorMapper::mapLogin(response);
    QCOMPARE(error.kind(), kind);
    QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
    QVERIFY(error.fieldErrors().isEmpty()); // the profile's credentials, not request fields
    QCOMPARE(error.httpStatus(), status);

    // Through the sign-in of a backend: every call reports it.
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setResponses({ ScriptedResponse::json(status, body) });
    auto gcore = scripted(server, AuthMethod::Password);
    const Result<UserPage> page = listPage(*gcore, 10);
    QVERIFY(page.error);
    QCOMPARE(page.error->kind(), kind);
    QVERIFY2(page.error->message().contains(mentions), qPrintable(page.error->message()));
    QCOMPARE(line(server.requests().constFirst()), login);
}

QTEST_GUILESS_MAIN(TstGcoreSignIn)
#include "tst_gcoresignin.moc"
