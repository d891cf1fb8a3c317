#include "Authenticator.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "ScriptedHttpServer.h"
#include "StatusErrors.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {
/// Collects the single outcome of an HttpCall.
struct Outcome
{
    std::optional<HttpResponse> response;
    std::optional<ServiceError> error;
    QList<int> retryWaits;
};

ServiceError testMapper(const HttpResponse &response)
{
    return StatusErrors::forStatus(response.status, QString::fromUtf8(response.body));
}
} // namespace

class TstHttpClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    std::unique_ptr<HttpClient> clientFor(const QUrl &base, int timeoutMs = 5000)
    {
        HttpSettings settings;
        settings.baseUrl = base;
        settings.timeoutMs = timeoutMs;
        settings.maxResponseBytes = 1024 * 1024;
        return std::make_unique<HttpClient>(&m_network, settings, testMapper);
    }

    static Outcome run(HttpClient &client, const HttpRequest &request, QObject *owner = nullptr)
    {
        QObject localOwner;
        HttpCall *call = client.send(request, owner ? owner : &localOwner);
        Outcome outcome;
        QObject::connect(call, &HttpCall::succeeded, call,
                         [&outcome](const HttpResponse &response) { outcome.response = response; });
        QObject::connect(call, &HttpCall::failed, call,
                         [&outcome](const ServiceError &error) { outcome.error = error; });
        QObject::connect(call, &HttpCall::retrying, call,
                         [&outcome](int seconds) { outcome.retryWaits.append(seconds); });
        const bool done = QTest::qWaitFor([&] { return outcome.response || outcome.error; }, 20000);
        if (!done)
            qWarning("HttpCall did not finish");
        return outcome;
    }

private slots:
    void sendsCredentialsAndReadsTheAnswer()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, R"({"ok":true})") });
        auto client = clientFor(server.url());
        StaticHeaderAuthenticator auth("Authorization", "APIKey k-1");
        client->setAuthenticator(&auth);

        HttpRequest request = HttpRequest::json("PUT", QStringLiteral("/iam/users/7/email"),
                                                QJsonObject { { QStringLiteral("a"), 1 } });
        const Outcome outcome = run(*client, request);
        QVERIFY(outcome.response);
        QCOMPARE(outcome.response->status, 200);
        QCOMPARE(outcome.response->body, QByteArray(R"({"ok":true})"));
        QCOMPARE(server.requests().size(), 1);
        const ScriptedRequest &seen = server.requests().constFirst();
        QCOMPARE(seen.method, QByteArray("PUT"));
        QCOMPARE(seen.target, QByteArray("/iam/users/7/email"));
        QCOMPARE(seen.header("Authorization"), QByteArray("APIKey k-1"));
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.body, QByteArray(R"({"a":1})"));
    }

    void unauthenticatedRequestsCarryNoCredentials()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        auto client = clientFor(server.url());
        StaticHeaderAuthenticator auth("Authorization", "APIKey k-1");
        client->setAuthenticator(&auth);
        HttpRequest login = HttpRequest::form(QStringLiteral("/token"), QUrlQuery());
        login.authenticated = false;
        QVERIFY(run(*client, login).response);
        QVERIFY(server.requests().constFirst().header("Authorization").isEmpty());
    }

    void errorStatusesGoThroughTheMapper_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ServiceError::Kind::Validation);
        QTest::newRow("401") << 401 << int(ServiceError::Kind::Unauthenticated);
        QTest::newRow("403") << 403 << int(ServiceError::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(ServiceError::Kind::NotFound);
        QTest::newRow("409") << 409 << int(ServiceError::Kind::Conflict);
        QTest::newRow("500") << 500 << int(ServiceError::Kind::Server);
    }

    void errorStatusesGoThroughTheMapper()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(status, "server says no") });
        auto client = clientFor(server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/x")));
        QVERIFY(outcome.error);
        QCOMPARE(int(outcome.error->kind()), kind);
        QCOMPARE(outcome.error->httpStatus(), status);
        QVERIFY(outcome.error->message().contains(QStringLiteral("server says no")));
        QCOMPARE(server.requests().size(), 1); // errors other than 429/503 are never retried
    }

    void silentServerTimesOut()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse { 200, {}, {}, true } });
        auto client = clientFor(server.url(), 300);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/slow")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Timeout);
        // Which server stayed silent is said: a mistyped host is seen at once.
        QVERIFY2(
            outcome.error->message().contains(server.url().toString() + QStringLiteral("/slow")),
            qPrintable(outcome.error->message()));
    }

    void notFoundNamesTheAddressTriedWithoutQueryOrCredentials()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(404, "{}") });
        QUrl base = server.url();
        base.setPath(QStringLiteral("/wrong/prefix"));
        auto client = clientFor(base);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), QStringLiteral("s3cret-token"));
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/users"), query));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::NotFound);
        const QString message = outcome.error->message();
        QVERIFY2(message.contains(QStringLiteral("Address tried: ") + server.url().toString()
                                  + QStringLiteral("/wrong/prefix/users.")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("s3cret-token")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('?')), qPrintable(message));
    }

    void oversizedAnswerIsCutOff()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, QByteArray(3 * 1024 * 1024, ' ')) });
        auto client = clientFor(server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/huge")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY(outcome.error->message().contains(QStringLiteral("1 MiB")));
    }

    void readsAreRetriedHonouringRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expectedWait");
        QTest::newRow("429 with seconds") << 429 << QByteArray("1") << 1;
        QTest::newRow("503 without header backs off") << 503 << QByteArray() << 1;
        QTest::newRow("429 with an HTTP date in the past")
            << 429 << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 1;
    }

    void readsAreRetriedHonouringRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expectedWait);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse busy = ScriptedResponse::json(status, "{}");
        if (!retryAfter.isEmpty())
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray(retryAfter)));
        server.setResponses({ busy, ScriptedResponse::json(200, R"({"page":1})") });
        auto client = clientFor(server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/list")));
        QVERIFY(outcome.response);
        QCOMPARE(outcome.response->body, QByteArray(R"({"page":1})"));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(outcome.retryWaits, QList<int>({ expectedWait }));
    }

    void writesAreNotRetriedAfter503()
    {
        // A 503 may come from a proxy after the write went through; only 429 says it did not.
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse busy = ScriptedResponse::json(503, "{}");
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        server.setResponses({ busy, ScriptedResponse::json(200, "{}") });
        auto client = clientFor(server.url());
        const Outcome outcome = run(*client, HttpRequest::json("PUT", QStringLiteral("/w"), {}));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Server);
        QCOMPARE(outcome.error->retryAfterSeconds(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void longWaitsAreReportedNotSlept()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse busy = ScriptedResponse::json(429, "{}");
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("120")));
        server.setResponses({ busy });
        auto client = clientFor(server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/list")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->retryAfterSeconds(), 120);
        QCOMPARE(server.requests().size(), 1);
    }

    void retriesAreBounded()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse busy = ScriptedResponse::json(503, "{}");
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        server.setResponses({ busy });
        auto client = clientFor(server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/list")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Server);
        QCOMPARE(server.requests().size(), client->settings().maxAttempts);
    }

    void sameOriginRedirectKeepsCredentials()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse { 307, { { "Location", "/moved" } }, {}, false },
                              ScriptedResponse::json(200, R"({"moved":true})") });
        auto client = clientFor(server.url());
        StaticHeaderAuthenticator auth("Authorization", "Bearer t");
        client->setAuthenticator(&auth);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/old")));
        QVERIFY(outcome.response);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).target, QByteArray("/moved"));
        QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer t"));
    }

    void redirectToAnotherHostIsRefused()
    {
        ScriptedHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray target = elsewhere.url(QStringLiteral("localhost")).toEncoded() + "/steal";
        server.setResponses({ ScriptedResponse { 302, { { "Location", target } }, {}, false } });
        auto client = clientFor(server.url());
        StaticHeaderAuthenticator auth("Authorization", "Bearer secret-token");
        client->setAuthenticator(&auth);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/old")));
        QVERIFY(outcome.error);
        QVERIFY(outcome.error->message().contains(QStringLiteral("localhost")));
        QCOMPARE(elsewhere.connectionCount(), 0);
    }

    void untrustedCertificateIsAnError()
    {
        QFile certFile(QFINDTESTDATA("../data/selfsigned-test.crt"));
        QFile keyFile(QFINDTESTDATA("../data/selfsigned-test.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        ScriptedHttpServer server;
        QVERIFY(server.listenTls(QSslCertificate(certFile.readAll()),
                                 QSslKey(keyFile.readAll(), QSsl::Rsa)));
        auto client = clientFor(server.url());
        StaticHeaderAuthenticator auth("Authorization", "Bearer secret-token");
        client->setAuthenticator(&auth);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/secure")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Tls);
        QVERIFY(outcome.error->message().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(server.requests().isEmpty()); // no request, no credentials, ever left
    }

    void refusedConnectionIsANetworkError()
    {
        quint16 closedPort = 0;
        {
            ScriptedHttpServer probe;
            QVERIFY(probe.listen());
            closedPort = quint16(probe.url().port());
        }
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(closedPort);
        auto client = clientFor(url);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/x")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Network);
        QVERIFY2(outcome.error->message().contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)),
                 qPrintable(outcome.error->message()));
    }

    void deletingTheOwnerAbortsTheCall()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse { 200, {}, {}, true } });
        auto client = clientFor(server.url());
        auto owner = std::make_unique<QObject>();
        HttpCall *call = client->send(HttpRequest::get(QStringLiteral("/slow")), owner.get());
        QSignalSpy failed(call, &HttpCall::failed);
        QTRY_COMPARE(server.requests().size(), 1);
        owner.reset(); // deletes the call, which aborts its reply
        QTest::qWait(100);
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
