#include "MockHttpTransport.h"
#include "RawHttpClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>

/// The transport runs request handlers on worker threads, so the CPU work of concurrent requests
/// overlaps instead of queueing behind one thread.
class TstMockTransport : public QObject
{
    Q_OBJECT

private slots:
    void handlersOfConcurrentRequestsRunAtTheSameTime()
    {
        // Each handler announces itself and then waits for its partner. Handled one after the
        // other, the first would wait in vain and answer 503, so this cannot pass by luck: both
        // 200s prove that two handlers were running at once, on two threads. The wait is a
        // deadlock guard, not a timing assertion.
        constexpr int Partners = 2;
        QSemaphore arrived;
        QMutex mutex;
        QSet<QThread *> threads;
        MockHttpTransport transport([&](const MockRequest &) {
            {
                QMutexLocker locker(&mutex);
                threads.insert(QThread::currentThread());
            }
            arrived.release();
            MockHttpTransport::Answer answer;
            if (arrived.tryAcquire(Partners, 60000)) {
                arrived.release(Partners); // let the partner through as well
                answer.response = MockResponse::empty(200);
            } else {
                answer.response = MockResponse::empty(503);
            }
            return answer;
        });
        const quint16 port = transport.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        QVERIFY(transport.workerThreads() >= Partners);

        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
        RawHttpClient first(base), second(base);
        QNetworkReply *a = first.start("GET", QStringLiteral("/a"));
        QNetworkReply *b = second.start("GET", QStringLiteral("/b"));
        QVERIFY(QTest::qWaitFor([&] { return a->isFinished() && b->isFinished(); }, 120000));
        QCOMPARE(RawHttpClient::collect(a).status, 200);
        QCOMPARE(RawHttpClient::collect(b).status, 200);
        delete a;
        delete b;

        QMutexLocker locker(&mutex);
        QCOMPARE(threads.size(), Partners);
        QVERIFY(!threads.contains(QCoreApplication::instance()->thread()));
    }

    void answersArriveAfterTheWorkerFinishes()
    {
        // Answers computed on a worker reach the client, with and without a delay.
        MockHttpTransport transport([](const MockRequest &request) {
            MockHttpTransport::Answer answer;
            answer.response = MockResponse::json(200, request.path().toUtf8());
            answer.delayMs = request.path() == QLatin1String("/late") ? 50 : 0;
            return answer;
        });
        const quint16 port = transport.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        RawHttpClient http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(http.get(QStringLiteral("/late")).body, QByteArray("/late"));
        QCOMPARE(http.get(QStringLiteral("/now")).body, QByteArray("/now"));
    }
};

QTEST_GUILESS_MAIN(TstMockTransport)
#include "tst_mocktransport.moc"
