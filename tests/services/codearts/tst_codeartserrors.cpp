#include "CodeArtsBackendTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

using namespace CodeArtsBackendTest;

/// CodeArtsBackend failures end to end: documented Huawei errors from the mock, authentication
/// and token renewal, timeouts, throttling, and answers that break the contract.
class TstCodeArtsErrors : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QString selfIdOf(MockServer &server)
    {
        return QString::number(rawSelf(server).value(QStringLiteral("id")).toInt());
    }

private slots:
    void wrongPasswordIsRejectedByIam()
    {
        auto server = startServer();
        const QString wrong = QStringLiteral("not-the-password");
        CodeArtsBackend backend(
            &m_network, passwordProfile(server->baseUrl(), server->config().credentials), wrong);
        const auto outcome = finishPage(backend.listUsers({}));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Unauthenticated);
        QCOMPARE(outcome.error->message(),
                 QStringLiteral("Huawei IAM rejected the account, user or password."));
        QCOMPARE(outcome.error->backendCode(), QStringLiteral("IAM.0001"));
        QCOMPARE(outcome.error->httpStatus(), 401);
        QVERIFY(!outcome.error->describe().contains(wrong));
    }

    void invalidPastedTokenIsRejected()
    {
        auto server = startServer();
        CodeArtsBackend backend(&m_network, tokenProfile(server->baseUrl()),
                                QStringLiteral("expired-console-token"));
        const auto outcome = finishUser(backend.user(QStringLiteral("21820")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Unauthenticated);
        QCOMPARE(outcome.error->message(),
                 QStringLiteral("The Huawei token has expired or is invalid; sign in again."));
        QCOMPARE(outcome.error->backendCode(), QStringLiteral("DEV.00000003"));
        QCOMPARE(outcome.error->httpStatus(), 401);
    }

    void codeProblemsReachTheCodeField_data()
    {
        QTest::addColumn<QString>("requestFor");
        QTest::addColumn<bool>("wrongCode");
        QTest::addColumn<int>("codeTtlSeconds");
        QTest::addColumn<QString>("backendCode");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString target = QStringLiteral("target@example.org");
        const QString code = RequestField::verificationCode;
        QTest::newRow("no code requested")
            << QString() << true << 600 << QStringLiteral("DEV.00010003") << code
            << QStringLiteral("Send a code to the new address first");
        QTest::newRow("code for another address")
            << QStringLiteral("other@example.org") << false << 600 << QStringLiteral("DEV.00010004")
            << code << QStringLiteral("sent to a different address");
        QTest::newRow("expired code") << target << false << 1 << QStringLiteral("DEV.00010005")
                                      << code << QStringLiteral("has expired");
        QTest::newRow("wrong code") << target << true << 600 << QStringLiteral("DEV.00010006")
                                    << code << QStringLiteral("is not correct");
    }

    void codeProblemsReachTheCodeField()
    {
        QFETCH(QString, requestFor);
        QFETCH(bool, wrongCode);
        QFETCH(int, codeTtlSeconds);
        QFETCH(QString, backendCode);
        QFETCH(QString, field);
        QFETCH(QString, message);
        MockServerConfig config;
        config.codeTtlSeconds = codeTtlSeconds;
        auto server = startServer(config);
        CodeArtsBackend backend(&m_network, tokenProfile(server->baseUrl()),
                                server->config().credentials.codeArtsToken);
        QString mailed;
        if (!requestFor.isEmpty()) {
            QVERIFY(finishAction(backend.requestVerificationCode(requestFor)).value);
            mailed = mailedCode(*server, requestFor);
            QVERIFY(!mailed.isEmpty());
        }
        if (codeTtlSeconds == 1)
            QTest::qWait(1300);

        EmailChangeRequest request;
        request.newEmail = QStringLiteral("target@example.org");
        request.verificationCode = wrongCode ? QStringLiteral("WRONG1") : mailed;
        const auto outcome = finishChange(backend.changeEmail(selfIdOf(*server), request));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Validation);
        QCOMPARE(outcome.error->backendCode(), backendCode);
        QCOMPARE(outcome.error->httpStatus(), 400);
        QCOMPARE(outcome.error->fieldErrors().keys(), QStringList { field });
        QVERIFY2(outcome.error->fieldErrors().value(field).contains(message),
                 qPrintable(outcome.error->describe()));
    }

    void invalidAddressReachesTheEmailField_data()
    {
        QTest::addColumn<bool>("change");
        QTest::newRow("requesting a code") << false;
        QTest::newRow("changing") << true;
    }

    void invalidAddressReachesTheEmailField()
    {
        QFETCH(bool, change);
        auto server = startServer();
        CodeArtsBackend backend(&m_network, tokenProfile(server->baseUrl()),
                                server->config().credentials.codeArtsToken);
        // Plausible enough to be sent, but CodeArts wants a dot in the domain.
        const QString address = QStringLiteral("helpdesk@localhost");
        std::optional<ServiceError> error;
        if (change) {
            EmailChangeRequest request;
            request.newEmail = address;
            request.verificationCode = QStringLiteral("ABC123");
            error = finishChange(backend.changeEmail(QString(), request)).error;
        } else {
            error = finishAction(backend.requestVerificationCode(address)).error;
        }
        QVERIFY(error);
        QCOMPARE(error->kind(), ServiceError::Kind::Validation);
        QCOMPARE(error->backendCode(), QStringLiteral("DEV.00010002"));
        QCOMPARE(error->fieldErrors().keys(), QStringList { RequestField::newEmail });
        QVERIFY(server->mailbox().messages(address).isEmpty());
    }

    void expiredIamTokenIsRenewed()
    {
        MockServerConfig config;
        config.tokenTtlSeconds = 2;
        auto server = startServer(config);
        CodeArtsBackend backend(&m_network,
                                passwordProfile(server->baseUrl(), server->config().credentials),
                                server->config().credentials.huaweiPassword);
        QVERIFY(finishPage(backend.listUsers({})).value);
        QCOMPARE(backend.tokenFetchCount(), 1);
        QVERIFY(finishPage(backend.listUsers({})).value);
        QCOMPARE(backend.tokenFetchCount(), 1); // cached while valid
        QTest::qWait(2300);
        const auto later = finishPage(backend.listUsers({}));
        QVERIFY2(later.value, later.error ? qPrintable(later.error->describe()) : "");
        QCOMPARE(backend.tokenFetchCount(), 2);
    }

    void rejectedTokenIsReplacedOnce_data()
    {
        QTest::addColumn<bool>("secondTokenWorks");
        QTest::newRow("fresh token works") << true;
        QTest::newRow("fresh token rejected too") << false;
    }

    void rejectedTokenIsReplacedOnce()
    {
        QFETCH(bool, secondTokenWorks);
        auto server = startServer();
        // IAM on another host than CodeArts; its first token is one CodeArts no longer accepts.
        ScriptedHttpServer iam;
        QVERIFY(iam.listen());
        iam.setResponses(
            { iamToken("revoked-token"),
              iamToken(secondTokenWorks ? server->config().credentials.codeArtsToken.toUtf8()
                                        : QByteArray("also-revoked")) });
        ConnectionSettings settings =
            passwordProfile(server->baseUrl(), server->config().credentials);
        settings.authUrl = iam.url();
        const QString password = QStringLiteral("iam-password");
        CodeArtsBackend backend(&m_network, settings, password);

        const auto outcome = finishPage(backend.listUsers({}));
        QCOMPARE(iam.requests().size(), 2);
        QCOMPARE(backend.tokenFetchCount(), 2);
        if (secondTokenWorks) {
            QVERIFY(outcome.value);
            QCOMPARE(outcome.value->users.size(), 1);
        } else {
            QVERIFY(outcome.error);
            QCOMPARE(outcome.kind(), ServiceError::Kind::Unauthenticated);
            QCOMPARE(outcome.error->backendCode(), QStringLiteral("DEV.00000003"));
        }
        // The Keystone password body, as documented.
        const QJsonObject auth = QJsonDocument::fromJson(iam.requests().constFirst().body)
                                     .object()
                                     .value(QStringLiteral("auth"))
                                     .toObject();
        const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
        const QJsonObject user = identity.value(QStringLiteral("password"))
                                     .toObject()
                                     .value(QStringLiteral("user"))
                                     .toObject();
        QCOMPARE(identity.value(QStringLiteral("methods")).toArray(),
                 QJsonArray { QStringLiteral("password") });
        QCOMPARE(user.value(QStringLiteral("name")).toString(), settings.principal);
        QCOMPARE(user.value(QStringLiteral("password")).toString(), password);
        QCOMPARE(user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")),
                 QJsonValue(settings.accountName));
        QCOMPARE(auth.value(QStringLiteral("scope"))
                     .toObject()
                     .value(QStringLiteral("project"))
                     .toObject()
                     .value(QStringLiteral("name")),
                 QJsonValue(settings.projectName));
    }

    void slowServerTimesOut()
    {
        MockServerConfig config;
        config.faults.latencyMs = 1500;
        auto server = startServer(config);
        ConnectionSettings settings = tokenProfile(server->baseUrl());
        settings.timeoutMs = 300;
        CodeArtsBackend backend(&m_network, settings, server->config().credentials.codeArtsToken);
        const auto outcome = finishPage(backend.listUsers({}));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Timeout);
    }

    void cancellingAbortsTheRequest()
    {
        MockServerConfig config;
        config.faults.latencyMs = 3000;
        auto server = startServer(config);
        CodeArtsBackend backend(&m_network,
                                passwordProfile(server->baseUrl(), server->config().credentials),
                                server->config().credentials.huaweiPassword);
        QElapsedTimer clock;
        clock.start();
        UserPageJob *job = backend.listUsers({});
        QTimer::singleShot(100, job, &ServiceJob::cancel);
        const auto outcome = finishPage(job);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Cancelled);
        QVERIFY(clock.elapsed() < 2000);
    }

    void shortThrottlingOfAReadIsWaitedOut()
    {
        MockServerConfig config;
        config.faults.rateLimit = 1;
        config.faults.rateWindowSeconds = 2;
        auto server = startServer(config);
        CodeArtsBackend backend(&m_network, tokenProfile(server->baseUrl()),
                                server->config().credentials.codeArtsToken);
        QVERIFY(finishPage(backend.listUsers({})).value);
        QElapsedTimer clock;
        clock.start();
        const auto outcome = finishPage(backend.listUsers({}));
        QVERIFY2(outcome.value, outcome.error ? qPrintable(outcome.error->describe()) : "");
        QCOMPARE(outcome.value->users.size(), 1);
        QVERIFY(clock.elapsed() >= 900);
        // One wait, or two when a coarse timer fires a little before the window reopens.
        QVERIFY(!outcome.progress.isEmpty());
        QVERIFY(outcome.progress.size() <= 2);
        QVERIFY(outcome.progress.constFirst().contains(QLatin1String("trying again")));
    }

    void longThrottlingIsReportedWithItsWait()
    {
        MockServerConfig config;
        config.faults.rateLimit = 1;
        config.faults.rateWindowSeconds = 60;
        auto server = startServer(config);
        CodeArtsBackend backend(&m_network, tokenProfile(server->baseUrl()),
                                server->config().credentials.codeArtsToken);
        QVERIFY(finishPage(backend.listUsers({})).value);
        const auto outcome = finishPage(backend.listUsers({}));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::RateLimited);
        QCOMPARE(outcome.error->backendCode(), QStringLiteral("APIGW.0308"));
        QCOMPARE(outcome.error->httpStatus(), 429);
        QVERIFY(outcome.error->retryAfterSeconds() > 10);
        QVERIFY(outcome.error->retryAfterSeconds() <= 60);
        QVERIFY(outcome.progress.isEmpty());
    }

    void rateLimitedWritesAreWaitedOut_data()
    {
        QTest::addColumn<bool>("change");
        QTest::newRow("requesting a code") << false;
        QTest::newRow("changing") << true;
    }

    void rateLimitedWritesAreWaitedOut()
    {
        QFETCH(bool, change);
        MockServerConfig config;
        config.faults.rateLimit = 1;
        config.faults.rateWindowSeconds = 2;
        auto server = startServer(config);
        CodeArtsBackend backend(&m_network, tokenProfile(server->baseUrl()),
                                server->config().credentials.codeArtsToken);
        QVERIFY(finishPage(backend.listUsers({})).value); // uses up the window
        const QString address = QStringLiteral("throttled@example.org");
        QElapsedTimer clock;
        clock.start();
        std::optional<ServiceError> error;
        QStringList progress;
        if (change) {
            EmailChangeRequest request;
            request.newEmail = address;
            request.verificationCode = QStringLiteral("ABC123");
            const auto outcome = finishChange(backend.changeEmail(QString(), request));
            error = outcome.error;
            progress = outcome.progress;
        } else {
            const auto outcome = finishAction(backend.requestVerificationCode(address));
            error = outcome.error;
            progress = outcome.progress;
        }
        // A 429 says the write was not processed: it is sent again after Retry-After, and
        // this time the server judges it (the made-up code is refused, the mail is sent).
        Q_UNUSED(clock);
        Q_UNUSED(progress);
        QVERIFY2(!error || error->kind() != ServiceError::Kind::RateLimited,
                 error ? qPrintable(error->describe()) : "succeeded");
        if (!change)
            QVERIFY(!server->mailbox().messages(address).isEmpty());
    }

    void malformedUserAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("names");
        QTest::newRow("not JSON") << QByteArray("<html>OK</html>")
                                  << QStringLiteral("HTML page, not the API");
        QTest::newRow("a list") << QByteArray(R"([{"id":1}])") << QStringLiteral("\"id\"");
        QTest::newRow("no id") << QByteArray(R"({"name":"tr8","commit_email":"a@b.c"})")
                               << QStringLiteral("\"id\"");
        QTest::newRow("id not a number")
            << QByteArray(R"({"id":true,"name":"tr8","commit_email":"a@b.c"})")
            << QStringLiteral("\"id\"");
        QTest::newRow("id a fraction")
            << QByteArray(R"({"id":1.5,"name":"tr8","commit_email":"a@b.c"})")
            << QStringLiteral("\"id\"");
        QTest::newRow("name a number") << QByteArray(R"({"id":1,"name":7,"commit_email":"a@b.c"})")
                                       << QStringLiteral("\"name\"");
        QTest::newRow("commit_email a list")
            << QByteArray(R"({"id":1,"name":"tr8","commit_email":["a@b.c"]})")
            << QStringLiteral("\"commit_email\"");
        QTest::newRow("state an object")
            << QByteArray(R"({"id":1,"name":"tr8","commit_email":"a@b.c","state":{}})")
            << QStringLiteral("\"state\"");
    }

    void malformedUserAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, names);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, body) });
        CodeArtsBackend backend(&m_network, tokenProfile(server.url()), QStringLiteral("t"));

        const auto listed = finishPage(backend.listUsers({}));
        QVERIFY(listed.error);
        QCOMPARE(listed.kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(listed.error->message().contains(names), qPrintable(listed.error->message()));

        EmailChangeRequest request;
        request.newEmail = QStringLiteral("a@example.org");
        request.verificationCode = QStringLiteral("ABC123");
        const auto changed = finishChange(backend.changeEmail(QString(), request));
        QVERIFY(changed.error);
        QCOMPARE(changed.kind(), ServiceError::Kind::MalformedResponse);
        QCOMPARE(server.requests().constLast().method, QByteArray("PUT"));
        QCOMPARE(server.requests().constLast().header("X-Auth-Token"), QByteArray("t"));
    }

    void malformedIamAnswers_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("names");
        QTest::newRow("no X-Subject-Token")
            << QByteArray()
            << QByteArray(R"({"token":{"expires_at":"2099-01-01T00:00:00.000000Z"}})")
            << QStringLiteral("X-Subject-Token");
        QTest::newRow("no token object")
            << QByteArray("tok") << QByteArray(R"({"user":{}})") << QStringLiteral("\"token\"");
        QTest::newRow("no expires_at") << QByteArray("tok") << QByteArray(R"({"token":{}})")
                                       << QStringLiteral("token.expires_at");
        QTest::newRow("expires_at a number")
            << QByteArray("tok") << QByteArray(R"({"token":{"expires_at":5}})")
            << QStringLiteral("token.expires_at");
        QTest::newRow("expires_at not a time")
            << QByteArray("tok") << QByteArray(R"({"token":{"expires_at":"tomorrow"}})")
            << QStringLiteral("token.expires_at");
        QTest::newRow("already expired")
            << QByteArray("tok")
            << QByteArray(
                   R"({"token":{"issued_at":"2020-01-02T00:00:00.000000Z","expires_at":"2020-01-01T00:00:00.000000Z"}})")
            << QStringLiteral("already expired");
    }

    void malformedIamAnswers()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, body);
        QFETCH(QString, names);
        ScriptedHttpServer iam;
        QVERIFY(iam.listen());
        ScriptedResponse answer = ScriptedResponse::json(201, body);
        if (!token.isEmpty())
            answer.headers.append({ "X-Subject-Token", token });
        iam.setResponses({ answer });
        MockCredentials credentials;
        CodeArtsBackend backend(&m_network, passwordProfile(iam.url(), credentials),
                                QStringLiteral("pw"));
        const auto outcome = finishPage(backend.listUsers({}));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(outcome.error->message().contains(names), qPrintable(outcome.error->message()));
        QCOMPARE(iam.requests().size(), 1); // CodeArts itself was never asked
    }
};

QTEST_GUILESS_MAIN(TstCodeArtsErrors)
#include "tst_codeartserrors.moc"
