// Retries within a budget, redirects and credentials (issue 12): a 429 is waited out for reads
// and writes, a 503 for reads only; a Retry-After beyond the budget fails at once; credentials
// never follow a redirect to another origin, whatever header carries them; loops end.

#include "HostileWireSupport.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTest>

using namespace hostile;

namespace {
ScriptedResponse busy(int status, const QByteArray &retryAfter)
{
    ScriptedResponse response = ScriptedResponse::json(status, R"({"detail":"slow down"})");
    if (!retryAfter.isNull())
        response.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
    return response;
}

/// Credentials that can be refreshed, counting how often they were asked for and dropped.
class CountingAuthenticator : public Authenticator
{
public:
    void authorize(QObject *, Callback callback) override
    {
        ++authorizations;
        callback({ { "Authorization", "Bearer t" + QByteArray::number(authorizations) } },
                 std::nullopt);
    }
    bool canRefresh() const override { return true; }
    void invalidate() override { ++invalidations; }

    int authorizations = 0;
    int invalidations = 0;
};
} // namespace

class TstHostileRetries : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

private slots:
    void retriesHonourRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("busyAnswers");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("requests");
        QTest::newRow("write survives 429 three times")
            << QByteArray("PUT") << 429 << 3 << true << 4;
        QTest::newRow("read survives 429 three times")
            << QByteArray("GET") << 429 << 3 << true << 4;
        QTest::newRow("read survives 503 once") << QByteArray("GET") << 503 << 1 << true << 2;
        QTest::newRow("write is not retried after 503")
            << QByteArray("PUT") << 503 << 1 << false << 1;
        QTest::newRow("four tries, then the 429 is reported")
            << QByteArray("GET") << 429 << 10 << false << 4;
    }

    void retriesHonourRetryAfter()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(int, busyAnswers);
        QFETCH(bool, succeeds);
        QFETCH(int, requests);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        QList<ScriptedResponse> script;
        for (int i = 0; i < busyAnswers; ++i)
            script.append(busy(status, "1"));
        script.append(ScriptedResponse::json(200, R"({"new_email":"a@example.org"})"));
        server.setResponses(script);
        auto client = clientFor(&m_network, server.url());
        const HttpRequest request = verb == "GET"
            ? HttpRequest::get(QStringLiteral("/r"))
            : HttpRequest::json(verb, QStringLiteral("/w"), QJsonObject());
        const Outcome outcome = run(*client, request);
        QCOMPARE(server.requests().size(), requests);
        QCOMPARE(bool(outcome.response), succeeds);
        QCOMPARE(outcome.retryWaits, QList<int>(requests - 1, 1));
        if (!succeeds) {
            QVERIFY2(outcome.error, outcome.why().constData());
            QCOMPARE(outcome.error->httpStatus(), status);
            if (requests == 4)
                QVERIFY2(outcome.error->message().contains(QStringLiteral("tried 4 time")),
                         outcome.why().constData());
        }
    }

    void waitsBeyondTheBudgetFailAtOnce_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("says");
        QTest::newRow("seconds") << QByteArray("120") << QStringLiteral("wait 120 second");
        QTest::newRow("more seconds than a number holds")
            << QByteArray("1000000000000000000000000000000") << QStringLiteral("wait 31");
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        QTest::newRow("HTTP date")
            << QLocale::c()
                   .toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                   .toLatin1()
            << QStringLiteral("wait 3");
    }

    void waitsBeyondTheBudgetFailAtOnce()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, says);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ busy(429, retryAfter) });
        auto client = clientFor(&m_network, server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/r")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::RateLimited);
        QVERIFY2(outcome.error->message().contains(says), outcome.why().constData());
        QVERIFY(outcome.error->retryAfterSeconds() >= 120);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(outcome.elapsedMs < 5000, outcome.why().constData()); // reported, not slept
    }

    void budgetIsSettable()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ busy(429, "1") });
        HttpSettings settings;
        settings.baseUrl = server.url();
        settings.maxAttempts = 2;
        HttpClient client(&m_network, settings, plainMapper);
        const Outcome outcome = run(client, HttpRequest::get(QStringLiteral("/r")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(server.requests().size(), 2);
    }

    void credentialsStayAtTheirOrigin_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("Gcore API key to another host")
            << QByteArray("Authorization") << QByteArray("APIKey 42_secret") << QByteArray();
        QTest::newRow("bearer token to another host")
            << QByteArray("Authorization") << QByteArray("Bearer secret") << QByteArray();
        QTest::newRow("Huawei X-Auth-Token to another host")
            << QByteArray("X-Auth-Token") << QByteArray("MIIsecret") << QByteArray();
        QTest::newRow("API key header to another host")
            << QByteArray("X-Api-Key") << QByteArray("secret") << QByteArray();
    }

    void credentialsStayAtTheirOrigin()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        ScriptedHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray target = elsewhere.url(QStringLiteral("localhost")).toEncoded() + "/x";
        server.setResponses({ withHeader(ScriptedResponse { 302, {}, {} }, "Location", target) });
        auto client = clientFor(&m_network, server.url());
        StaticHeaderAuthenticator auth(header, value);
        client->setAuthenticator(&auth);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/users")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QVERIFY2(outcome.error->message().contains(QStringLiteral("another host")),
                 outcome.why().constData());
        QCOMPARE(elsewhere.connectionCount(), 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().constFirst().header(header), value);
    }

    void redirectLoopsEnd()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ withHeader(ScriptedResponse { 302, {}, {} }, "Location", "/loop") });
        auto client = clientFor(&m_network, server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/loop")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QVERIFY2(outcome.error->message().contains(QStringLiteral("redirect loop")),
                 outcome.why().constData());
        QCOMPARE(server.requests().size(), 6); // the request and five redirects
    }

    void oneRefreshAfter401ThenStop()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(401, "{}") });
        auto client = clientFor(&m_network, server.url());
        CountingAuthenticator auth;
        client->setAuthenticator(&auth);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/users")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Unauthenticated);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(auth.invalidations, 1);
        QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer t2"));
    }
};

QTEST_GUILESS_MAIN(TstHostileRetries)
#include "tst_hostileretries.moc"
