#include "MockServer.h"
#include "RawHttpClient.h"

#include <QElapsedTimer>
#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTest>

#include <memory>

/// The shared request pipeline over real HTTP: generic error shapes, body cap, routing errors,
/// fault injection and latency, the mailbox route, and loopback-only binding.
class TstMockServer : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<MockServer> start(const MockServerConfig &config)
    {
        auto server = std::make_unique<MockServer>(config);
        if (!server->listen())
            qFatal("mock server did not start: %s", qPrintable(server->errorString()));
        return server;
    }

private slots:
    void routingErrorsUseTheGenericShape_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("unknown route")
            << QByteArray("GET") << QStringLiteral("/nowhere") << 404 << QByteArray();
        QTest::newRow("wrong method")
            << QByteArray("DELETE") << QStringLiteral("/mock/health") << 405 << QByteArray("GET");
    }

    void routingErrorsUseTheGenericShape()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        const auto server = start(MockServerConfig());
        RawHttpClient http(server->baseUrl());
        const RawReply reply = http.send(verb, path);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Allow"), allow);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(reply.object().value(QStringLiteral("status")).toInt(), status);
        QVERIFY(reply.object().value(QStringLiteral("error")).toString().contains(path));
    }

    void oversizedBodyIs413AndTheNextRequestWorks()
    {
        MockServerConfig config;
        config.maxBodyBytes = 4096;
        const auto server = start(config);
        RawHttpClient http(server->baseUrl());
        const RawReply tooLarge =
            http.send("POST", QStringLiteral("/nowhere"), QByteArray(5000, 'x'),
                      { { "Content-Type", "application/json" } });
        QCOMPARE(tooLarge.status, 413);
        QVERIFY(tooLarge.object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("4096")));
        QCOMPARE(http.get(QStringLiteral("/mock/health")).status, 200);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        MockServerConfig config;
        config.faults.rateLimit = 2;
        config.faults.rateWindowSeconds = 30;
        const auto server = start(config);
        RawHttpClient http(server->baseUrl());
        QCOMPARE(http.get(QStringLiteral("/nowhere")).status, 404);
        QCOMPARE(http.get(QStringLiteral("/nowhere")).status, 404);
        const RawReply limited = http.get(QStringLiteral("/nowhere"));
        QCOMPARE(limited.status, 429);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 30, limited.header("Retry-After").constData());
        // Control routes are never throttled, so the demo can always read its mailbox.
        QCOMPARE(http.get(QStringLiteral("/mock/health")).status, 200);
    }

    void failRateInjectsServerErrors()
    {
        MockServerConfig config;
        config.faults.failRate = 0.5;
        const auto server = start(config);
        RawHttpClient http(server->baseUrl());
        QList<int> statuses;
        for (int n = 0; n < 4; ++n)
            statuses.append(http.get(QStringLiteral("/nowhere")).status);
        QCOMPARE(statuses, QList<int>({ 404, 503, 404, 503 }));
    }

    void latencyDelaysWithoutBlockingOtherClients()
    {
        MockServerConfig config;
        config.faults.latencyMs = 400;
        const auto server = start(config);
        RawHttpClient http(server->baseUrl());
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int n = 0; n < 5; ++n)
            replies.append(http.start("GET", QStringLiteral("/nowhere")));
        for (QNetworkReply *reply : replies) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(RawHttpClient::collect(reply).status, 404);
            reply->deleteLater();
        }
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
        // Served one after another, five answers would take at least 2 s.
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    }

    void clientThatGivesUpDoesNotHurtTheServer()
    {
        MockServerConfig config;
        config.faults.latencyMs = 300;
        const auto server = start(config);
        RawHttpClient http(server->baseUrl());
        QNetworkReply *impatient = http.start("GET", QStringLiteral("/nowhere"));
        QTest::qWait(50);
        impatient->abort();
        delete impatient;
        QTest::qWait(400); // the delayed answer is due now, for a socket that is gone
        QCOMPARE(http.get(QStringLiteral("/mock/health")).status, 200);
    }

    void mailboxListsMessagesForAnAddress()
    {
        const auto server = start(MockServerConfig());
        server->mailbox().deliver({ 0,
                                    QStringLiteral("codearts"),
                                    QStringLiteral("a@x.example"),
                                    QStringLiteral("Code"),
                                    QStringLiteral("ABC123"),
                                    {},
                                    {} });
        server->mailbox().deliver({ 0,
                                    QStringLiteral("acronis"),
                                    QStringLiteral("b@x.example"),
                                    QStringLiteral("Link"),
                                    {},
                                    QStringLiteral("http://l"),
                                    {} });
        RawHttpClient http(server->baseUrl());
        const RawReply reply = http.get(QStringLiteral("/mock/mailbox?to=A%40X.example"));
        QCOMPARE(reply.status, 200);
        const QJsonArray messages = reply.object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("ABC123"));
        QCOMPARE(http.get(QStringLiteral("/mock/mailbox"))
                     .object()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .size(),
                 2);
    }

    void listensOnLoopbackOnly()
    {
        const auto server = start(MockServerConfig());
        QCOMPARE(server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QHostAddress external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
                external = address;
                break;
            }
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to probe");
        QTcpSocket socket;
        socket.connectToHost(external, server->port());
        QVERIFY(!socket.waitForConnected(2000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void secondServerOnTheSamePortFailsClearly()
    {
        const auto first = start(MockServerConfig());
        MockServerConfig config;
        config.port = first->port();
        MockServer second(config);
        QVERIFY(!second.listen());
        QVERIFY(second.errorString().contains(QString::number(first->port())));
    }
};

QTEST_GUILESS_MAIN(TstMockServer)
#include "tst_mockserver.moc"
