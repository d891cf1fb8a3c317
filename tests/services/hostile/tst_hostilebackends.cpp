// Every backend against a misbehaving server (issue 12): cut-off and foreign answers to list,
// read and change; strict decoding of ids and answers; token endpoints that fail or hand out
// tokens that expire at once. Each case counts the requests the server saw: no storms.

#include "AcronisBackend.h"
#include "BackendFactory.h"
#include "HostileBackendFixtures.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace hostile;

/// How an answer is cut short on the wire.
enum class Cut { ShortOfLength, NoLengthReset, NoLengthClosed };
Q_DECLARE_METATYPE(Cut)

class TstHostileBackends : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    /// One row per backend and operation, or per backend, operation and variant (a third
    /// column, "variant") when `variants` are given.
    template<typename Variant = int>
    void addBackendRows(bool withTokens,
                        const QList<std::pair<const char *, Variant>> &variants = {})
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<Operation>("operation");
        if (!variants.isEmpty())
            QTest::addColumn<Variant>("variant");
        const QList<std::pair<const char *, int>> backends = withTokens
            ? QList<std::pair<const char *, int>> { { "Gcore password", 1 },
                                                    { "ZITADEL client credentials", 3 },
                                                    { "Acronis", 4 },
                                                    { "CodeArts password", 6 } }
            : QList<std::pair<const char *, int>> { { "Gcore API key", 0 },
                                                    { "Gcore password", 1 },
                                                    { "ZITADEL PAT", 2 },
                                                    { "Acronis", 4 },
                                                    { "CodeArts token", 5 } };
        const QList<std::pair<const char *, Operation>> operations { { "list", Operation::List },
                                                                     { "read", Operation::Read },
                                                                     { "change",
                                                                       Operation::Change } };
        for (const auto &[name, which] : backends) {
            for (const auto &[operationName, operation] : operations) {
                if (operation == Operation::Change && (which == 5 || which == 6))
                    continue; // CodeArts changes need a mailed code first
                if (variants.isEmpty()) {
                    QTest::addRow("%s, %s", name, operationName) << which << operation;
                    continue;
                }
                for (const auto &[variantName, variant] : variants)
                    QTest::addRow("%s, %s, %s", name, operationName, variantName)
                        << which << operation << variant;
            }
        }
    }

    static Backend backendFor(int which, const QUrl &url)
    {
        switch (which) {
        case 0:
            return gcore(url, AuthMethod::ApiKey);
        case 1:
            return gcore(url, AuthMethod::Password);
        case 2:
            return zitadel(url, AuthMethod::PersonalAccessToken);
        case 3:
            return zitadel(url, AuthMethod::ClientCredentials);
        case 4:
            return acronis(url);
        case 5:
            return codeArts(url, AuthMethod::SessionToken);
        default:
            return codeArts(url, AuthMethod::Password);
        }
    }

    /// Answers tokens and every API request well, except those `hostile` answers.
    static void
    script(ScriptedHttpServer &server, const Backend &backend,
           std::function<std::optional<ScriptedResponse>(const ScriptedRequest &)> hostile,
           qint64 tokenLifetime = 3600)
    {
        server.setHandler([backend, hostile, tokenLifetime](const ScriptedRequest &request) {
            if (backend.isToken(request))
                return backend.tokenAnswer(tokenLifetime);
            if (const std::optional<ScriptedResponse> answer = hostile(request))
                return *answer;
            return backend.goodAnswer(request);
        });
    }

private slots:
    void cutOffAnswersAreErrors_data()
    {
        addBackendRows<Cut>(false,
                            { { "short of Content-Length", Cut::ShortOfLength },
                              { "no length, reset mid-body", Cut::NoLengthReset },
                              { "no length, closed mid-JSON", Cut::NoLengthClosed } });
    }

    /// A good answer cut by a third, framed three ways; with no length on the wire, Qt takes a
    /// reset for the end of the body, and only the unfinished JSON shows the cut.
    void cutOffAnswersAreErrors()
    {
        QFETCH(int, which);
        QFETCH(Operation, operation);
        QFETCH(Cut, variant);
        const Cut cut = variant;
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = backendFor(which, server.url());
        script(server, backend, [&backend, cut](const ScriptedRequest &request) {
            ScriptedResponse answer = backend.goodAnswer(request);
            if (cut == Cut::ShortOfLength)
                answer.announcedLength = answer.body.size();
            else
                answer.framing = ScriptedResponse::Framing::CloseDelimited;
            if (cut == Cut::NoLengthReset)
                answer.ending = ScriptedResponse::Ending::Reset;
            answer.body.chop(answer.body.size() / 3);
            return std::optional<ScriptedResponse>(answer);
        });
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        const Result result = await(start(*identity, operation, backend.userId));
        QVERIFY2(result.finished && !result.succeeded, result.why().constData());
        QCOMPARE(result.error->kind(),
                 cut == Cut::ShortOfLength ? ServiceError::Kind::Network
                                           : ServiceError::Kind::MalformedResponse);
        QVERIFY2(result.error->message().contains(QStringLiteral("cut off")),
                 result.why().constData());
        QVERIFY(countWhere(server, backend.isToken) <= 1);
        // A write whose answer was cut is not re-sent.
        QVERIFY(countWhere(server, [](const ScriptedRequest &r) { return r.method == "PUT"; })
                <= 1);
    }

    void htmlPagesAreNotTheApi_data() { addBackendRows(false); }

    void htmlPagesAreNotTheApi()
    {
        QFETCH(int, which);
        QFETCH(Operation, operation);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = backendFor(which, server.url());
        script(server, backend, [](const ScriptedRequest &) {
            return std::optional<ScriptedResponse>(ScriptedResponse::html(
                200, "<!DOCTYPE html><html><body><form>Proxy sign-in</form></body></html>"));
        });
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        const Result result = await(start(*identity, operation, backend.userId));
        QVERIFY2(result.finished && !result.succeeded, result.why().constData());
        QCOMPARE(result.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(result.error->message().contains(QStringLiteral("HTML page, not the API")),
                 result.why().constData());
        // A write answered with a page is not re-sent.
        QVERIFY(countWhere(server, [](const ScriptedRequest &r) { return r.method == "PUT"; })
                <= 1);
    }

    void failingSignInIsAServerError_data() { addBackendRows(true); }

    void failingSignInIsAServerError()
    {
        QFETCH(int, which);
        QFETCH(Operation, operation);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = backendFor(which, server.url());
        server.setHandler([](const ScriptedRequest &) {
            return ScriptedResponse::json(
                500, R"({"error":"invalid_client","error_description":"database down"})");
        });
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        const Result result = await(start(*identity, operation, backend.userId));
        QVERIFY2(result.finished && !result.succeeded, result.why().constData());
        QCOMPARE(result.error->kind(), ServiceError::Kind::Server);
        QVERIFY2(result.error->message().contains(QStringLiteral("sign-in service failed")),
                 result.why().constData());
        QCOMPARE(result.error->httpStatus(), 500);
        // Only the sign-in was tried, once: no API call without credentials, no storm.
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(backend.isToken(server.requests().constFirst()));
    }

    void tokensThatExpireAtOnceDoNotStorm_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<qint64>("lifetime");
        QTest::newRow("Gcore JWT with exp = iat") << 1 << qint64(0);
        QTest::newRow("Gcore JWT already expired") << 1 << qint64(-600);
        QTest::newRow("ZITADEL expires_in 0") << 3 << qint64(0);
        QTest::newRow("ZITADEL expires_in negative") << 3 << qint64(-5);
        QTest::newRow("Acronis expires_in 0") << 4 << qint64(0);
        QTest::newRow("Acronis expires_in negative") << 4 << qint64(-5);
        QTest::newRow("Huawei token of 1 second") << 6 << qint64(1);
    }

    void tokensThatExpireAtOnceDoNotStorm()
    {
        QFETCH(int, which);
        QFETCH(qint64, lifetime);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = backendFor(which, server.url());
        script(
            server, backend, [](const ScriptedRequest &) { return std::nullopt; }, lifetime);
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        for (int i = 0; i < 3; ++i) {
            const Result result = await(identity->user(backend.userId));
            QVERIFY2(result.succeeded, result.why().constData());
            if (i == 0)
                QTest::qWait(1200); // longer than any announced lifetime here
        }
        QCOMPARE(countWhere(server, backend.isToken), 1);
        // Three reads and one token; for Acronis also the tenant's name, once per session.
        QCOMPARE(server.requests().size(), which == 4 ? 5 : 4);
    }

    void gcoreChangeSurvivesRateLimits()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = gcore(server.url(), AuthMethod::ApiKey);
        int busy = 0;
        script(server, backend, [&busy](const ScriptedRequest &request) {
            if (request.method != "PUT" || busy++ >= 3)
                return std::optional<ScriptedResponse>();
            return std::optional<ScriptedResponse>(
                withHeader(ScriptedResponse::json(429, R"({"message":"Rate limit exceeded"})"),
                           "Retry-After", "1"));
        });
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        const Result result = await(start(*identity, Operation::Change, backend.userId));
        QVERIFY2(result.succeeded, result.why().constData());
        QCOMPARE(countWhere(server, [](const ScriptedRequest &r) { return r.method == "PUT"; }), 4);
    }

    void malformedAnswersNameEndpointAndField_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("Gcore change answered with a null new_email")
            << 0 << Operation::Change << QByteArray(R"({"new_email":null})")
            << QStringLiteral("field \"new_email\" is missing, in the answer to PUT "
                              "/iam/users/7/email");
        QTest::newRow("Gcore change answered without new_email")
            << 0 << Operation::Change << QByteArray(R"({})") << QStringLiteral("\"new_email\"");
        QTest::newRow("Gcore user id beyond 2^53")
            << 0 << Operation::Read << json(gcoreUser(QJsonValue(double(9007199254740993.0) * 4)))
            << QStringLiteral("beyond 2^53");
        QTest::newRow("Gcore user id 2^53 + 1, which reads as 2^53")
            << 0 << Operation::Read
            << QByteArray(R"({"id":9007199254740993,"email":"a@example.org","name":"A",)"
                          R"("activated":true})")
            << QStringLiteral("beyond 2^53");
        QTest::newRow("Gcore user id with a fraction")
            << 0 << Operation::Read << json(gcoreUser(7.5)) << QStringLiteral("\"id\"");
        QTest::newRow("ZITADEL id as a JSON number")
            << 2 << Operation::Read
            << json({ { QStringLiteral("user"), zitadelUser(double(69629023906488334LL)) } })
            << QStringLiteral("user.id");
        QTest::newRow("Acronis id as a number")
            << 4 << Operation::Read << QByteArray(R"({"id":12,"version":1})")
            << QStringLiteral("\"id\"");
        QTest::newRow("Acronis version missing")
            << 4 << Operation::Read
            << QByteArray(R"({"id":"1c234e69-5469-424a-a6d1-ff5658b387a6","version":null})")
            << QStringLiteral("\"version\" is missing");
        QTest::newRow("CodeArts id beyond 2^53")
            << 5 << Operation::Read << QByteArray(R"({"id":123456789012345678901})")
            << QStringLiteral("\"id\"");
    }

    void malformedAnswersNameEndpointAndField()
    {
        QFETCH(int, which);
        QFETCH(Operation, operation);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = backendFor(which, server.url());
        const bool isWrite = operation == Operation::Change;
        script(server, backend, [body, isWrite](const ScriptedRequest &request) {
            const bool hit = isWrite ? request.method == "PUT" : request.method == "GET";
            return hit ? std::optional<ScriptedResponse>(ScriptedResponse::json(200, body))
                       : std::nullopt;
        });
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        const Result result = await(start(*identity, operation, backend.userId));
        QVERIFY2(result.finished && !result.succeeded, result.why().constData());
        QCOMPARE(result.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(result.error->message().contains(says), result.why().constData());
    }

    void announcedTotalsReachTheListing_data()
    {
        QTest::addColumn<QByteArray>("details");
        QTest::addColumn<qint64>("total"); // -2: none announced
        QTest::newRow("ZITADEL total 0 beside users")
            << QByteArray(R"({"totalResult":"0"})") << 0LL;
        QTest::newRow("ZITADEL negative total") << QByteArray(R"({"totalResult":"-1"})") << -1LL;
        QTest::newRow("ZITADEL total left out") << QByteArray(R"({})") << -2LL;
    }

    /// A total the server states, however absurd, is handed on for the listing to judge (the
    /// page pipeline's guards); only one protojson left out counts as not announced.
    void announcedTotalsReachTheListing()
    {
        QFETCH(QByteArray, details);
        QFETCH(qint64, total);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = backendFor(2, server.url());
        script(server, backend, [details](const ScriptedRequest &) {
            return std::optional<ScriptedResponse>(ScriptedResponse::json(
                200,
                R"({"details":)" + details + R"(,"result":[)"
                    + json(zitadelUser(QStringLiteral("69629023906488334"))) + "]}"));
        });
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        const Result result = await(identity->listUsers(firstPage(10)));
        QVERIFY2(result.succeeded, result.why().constData());
        QCOMPARE(result.page.users.size(), 1);
        QCOMPARE(result.page.totalCount.value_or(-2), total);
    }

    void pagesWithAbsurdlyManyItemsAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("items");
        QTest::newRow("Gcore page") << 0 << 5000;
        QTest::newRow("ZITADEL page") << 2 << 5000;
        QTest::newRow("Acronis batch of users") << 4 << 5000;
        QTest::newRow("Acronis tenant's id list") << 4 << AcronisBackend::MaxTenantUsers + 1;
    }

    /// However many items a server pours into one answer, a listing reads no more than a page
    /// may hold (for Acronis: its tenant's id list holds at most MaxTenantUsers).
    void pagesWithAbsurdlyManyItemsAreRefused()
    {
        QFETCH(int, which);
        QFETCH(int, items);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Backend backend = backendFor(which, server.url());
        const bool idList = which == 4 && items > AcronisBackend::MaxTenantUsers;
        script(server, backend, [which, items, idList](const ScriptedRequest &request) {
            const bool tenantList = pathOf(request).startsWith("/api/2/tenants/");
            if (which == 4 && tenantList != idList)
                return std::optional<ScriptedResponse>(); // the other Acronis request: good
            QJsonArray list;
            for (int i = 1; i <= items; ++i) {
                const QString uuid =
                    QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
                list.append(which == 0       ? QJsonValue(gcoreUser(i))
                                : which == 2 ? QJsonValue(zitadelUser(QString::number(i)))
                                : idList     ? QJsonValue(uuid)
                                             : QJsonValue(acronisRecord()));
            }
            const QJsonObject page = which == 0
                ? QJsonObject { { QStringLiteral("count"), 1000000 },
                                { QStringLiteral("results"), list } }
                : which == 2 ? QJsonObject { { QStringLiteral("result"), list } }
                             : QJsonObject { { QStringLiteral("items"), list } };
            return std::optional<ScriptedResponse>(ScriptedResponse::json(200, json(page)));
        });
        std::unique_ptr<IdentityBackend> identity(
            BackendFactory::create(&m_network, backend.settings, backend.secret));
        const Result result = await(identity->listUsers(firstPage(10)));
        QVERIFY2(result.finished && !result.succeeded, result.why().constData());
        QCOMPARE(result.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(result.error->message().contains(QStringLiteral("%1 items").arg(items)),
                 result.why().constData());
        // Refused after one answer: no batch is read for a refused id list.
        QCOMPARE(countWhere(server,
                            [&backend](const ScriptedRequest &r) { return !backend.isToken(r); }),
                 which == 4 && !idList ? 2 : 1);
    }
};

QTEST_GUILESS_MAIN(TstHostileBackends)
#include "tst_hostilebackends.moc"
