// The HTTP core against a misbehaving server (issue 12): bodies cut off or dripped, foreign
// content, flooded headers, compressed bombs. Every answer is either whole and the API's, or
// an error that says what went wrong; never partial data taken for success, never a hang.

#include "HostileWireSupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>

using namespace hostile;
using Framing = ScriptedResponse::Framing;
using Ending = ScriptedResponse::Ending;

class TstHostileWire : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    /// This process's peak RSS (VmHWM); `reset` first lowers the peak to what is in use now.
    static qint64 peakRssKiB(bool reset)
    {
        if (reset) {
            QFile clear(QStringLiteral("/proc/self/clear_refs"));
            if (clear.open(QIODevice::WriteOnly))
                clear.write("5");
        }
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
        return 0;
    }

private slots:
    void brokenBodiesAreNeverAnswers_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addColumn<QString>("says");

        const QByteArray body = longJson();
        ScriptedResponse shortBody = ScriptedResponse::json(200, body.left(body.size() / 2));
        shortBody.announcedLength = body.size();
        QTest::newRow("closed before Content-Length") << shortBody << QStringLiteral("cut off");

        ScriptedResponse shortReset = shortBody;
        shortReset.ending = Ending::Reset;
        QTest::newRow("reset before Content-Length") << shortReset << QStringLiteral("cut off");

        ScriptedResponse unterminated = ScriptedResponse::json(200, body);
        unterminated.framing = Framing::ChunkedUnterminated;
        QTest::newRow("chunked without its last chunk")
            << unterminated << QStringLiteral("cut off");

        ScriptedResponse chunkedReset = unterminated;
        chunkedReset.ending = Ending::Reset;
        QTest::newRow("chunked, reset mid-body") << chunkedReset << QStringLiteral("cut off");

        // Qt ends a body without a length at the close of the connection, a reset included
        // (checked on 6.4): the cut shows in the JSON the body leaves unfinished.
        ScriptedResponse noLength = ScriptedResponse::json(200, body.left(body.size() / 2));
        noLength.framing = Framing::CloseDelimited;
        noLength.ending = Ending::Reset;
        QTest::newRow("no length, reset mid-body") << noLength << QStringLiteral("cut off");
        noLength.ending = Ending::Close;
        QTest::newRow("no length, closed mid-JSON") << noLength << QStringLiteral("cut off");
        // A quoted quote and brackets inside strings do not close anything.
        noLength.body = "{\"items\":[{\"id\":\"a\\\"]}\"},{\"id\":\"b";
        QTest::newRow("no length, cut inside a string with brackets")
            << noLength << QStringLiteral("cut off");
        noLength.body = "[" + body.left(body.size() / 3);
        noLength.dripIntervalMs = 1; // the cut falls between packets
        noLength.ending = Ending::Reset;
        QTest::newRow("no length, dripped then reset") << noLength << QStringLiteral("cut off");

        ScriptedResponse garbage = ScriptedResponse::json(200, QByteArray(64, 'x'));
        garbage.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("deflate")));
        QTest::newRow("deflate that does not decompress")
            << garbage << QStringLiteral("compressed answer (deflate)");

        ScriptedResponse truncatedDeflate = ScriptedResponse::deflated(200, body);
        truncatedDeflate.body.chop(truncatedDeflate.body.size() / 2);
        QTest::newRow("deflate stream cut short")
            << truncatedDeflate << QStringLiteral("compressed answer");

        QTest::newRow("gzip although none was asked for")
            << withHeader(ScriptedResponse::json(200, "\x1f\x8b\x08garbage"), "Content-Encoding",
                          "gzip")
            << QStringLiteral("compressed answer (gzip)");
    }

    void brokenBodiesAreNeverAnswers()
    {
        QFETCH(ScriptedResponse, response);
        QFETCH(QString, says);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Outcome outcome = listAnswering(server, &m_network, response);
        QVERIFY2(outcome.error, outcome.why().constData());
        QVERIFY2(outcome.error->kind() == ServiceError::Kind::Network
                     || outcome.error->kind() == ServiceError::Kind::MalformedResponse,
                 outcome.why().constData());
        QVERIFY2(outcome.error->message().contains(says), outcome.why().constData());
        QCOMPARE(server.requests().size(), 1);
    }

    void wholeAnswersStillPass_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        const QByteArray body = longJson();
        QTest::newRow("Content-Length") << ScriptedResponse::json(200, body);
        ScriptedResponse chunked = ScriptedResponse::json(200, body);
        chunked.framing = Framing::Chunked;
        QTest::newRow("chunked") << chunked;
        ScriptedResponse closeDelimited = ScriptedResponse::json(200, body);
        closeDelimited.framing = Framing::CloseDelimited;
        QTest::newRow("ended by the connection") << closeDelimited;
        QTest::newRow("JSON labelled text/plain")
            << withHeader(ScriptedResponse { 200, {}, body }, "Content-Type", "text/plain");
        QTest::newRow("no Content-Type") << ScriptedResponse { 200, {}, body };
    }

    void wholeAnswersStillPass()
    {
        QFETCH(ScriptedResponse, response);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Outcome outcome = listAnswering(server, &m_network, response);
        QVERIFY2(outcome.response, outcome.why().constData());
        QCOMPARE(outcome.response->body, longJson());
    }

    void emptyAnswersPass_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("204") << 204;
        QTest::newRow("200 empty") << 200;
    }

    void emptyAnswersPass()
    {
        QFETCH(int, status);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses(
            { withHeader(ScriptedResponse { status, {}, {} }, "Content-Type", "text/html") });
        auto client = clientFor(&m_network, server.url());
        const Outcome outcome =
            run(*client, HttpRequest::json("PUT", QStringLiteral("/w"), QJsonObject()));
        QVERIFY2(outcome.response, outcome.why().constData());
    }

    void dripFeedEndsAtTheTotalDeadline()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse drip = ScriptedResponse::json(200, longJson());
        drip.dripIntervalMs = 50; // a byte each 50 ms never looks inactive
        server.setResponses({ drip });
        auto client = clientFor(&m_network, server.url(), 1500);
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/list")), 20000);
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Timeout);
        QVERIFY2(outcome.error->message().contains(QStringLiteral("did not finish within 2 "
                                                                  "second")),
                 outcome.why().constData());
        QVERIFY2(outcome.elapsedMs < TestBuild::scaledMs(10000),
                 outcome.why().constData()); // did not hang
        QCOMPARE(server.requests().size(), 1);
    }

    void silenceEndsAtTheInactivityTimeout()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse { 200, {}, {}, true } });
        HttpSettings settings;
        settings.baseUrl = server.url();
        settings.timeoutMs = 30000;
        settings.inactivityTimeoutMs = 500;
        HttpClient client(&m_network, settings, plainMapper);
        const Outcome outcome = run(client, HttpRequest::get(QStringLiteral("/slow")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::Timeout);
        QVERIFY2(outcome.error->message().contains(QStringLiteral("did not answer within 1 "
                                                                  "second")),
                 outcome.why().constData());
        QVERIFY2(outcome.elapsedMs < TestBuild::scaledMs(10000), outcome.why().constData());
    }

    void foreignContentIsNotTheApi_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addColumn<QString>("says");
        const QString html = QStringLiteral("HTML page, not the API");
        QTest::newRow("HTML login page")
            << ScriptedResponse::html(200, "<!DOCTYPE html><html><body>Sign in</body></html>")
            << html;
        QTest::newRow("HTML labelled as JSON")
            << ScriptedResponse::json(200, "\n  <html><head><title>Portal</title></head></html>")
            << html;
        QTest::newRow("HTML without Content-Type")
            << ScriptedResponse { 200, {}, "<!doctype html><p>Proxy</p>" } << html;
        QTest::newRow("plain text")
            << withHeader(ScriptedResponse { 200, {}, "Service temporarily unavailable" },
                          "Content-Type", "text/plain; charset=us-ascii")
            << QStringLiteral("\"text/plain\" content, not the API's JSON");
        QTest::newRow("XML") << withHeader(
            ScriptedResponse { 200, {}, "<?xml version=\"1.0\"?><users/>" }, "Content-Type",
            "application/xml")
                             << QStringLiteral("\"application/xml\" content");
    }

    void foreignContentIsNotTheApi()
    {
        QFETCH(ScriptedResponse, response);
        QFETCH(QString, says);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Outcome outcome = listAnswering(server, &m_network, response);
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(outcome.error->message().contains(says), outcome.why().constData());
        QCOMPARE(server.requests().size(), 1);
    }

    void floodedHeadersAreNamedNotTimedOut_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("valueSize");
        QTest::newRow("10,000 headers") << 10000 << 8;
        // Four times the 64 KiB limit. Qt 6.4 reads a header line with one read() per byte
        // (perf: the time is all in read()), so 1 MiB took 3.7 s of the 5 s deadline on a quiet
        // machine and ran into it on a busy one; 256 KiB is named in about a second.
        QTest::newRow("one 256 KiB header") << 1 << 256 * 1024;
        QTest::newRow("300 headers") << 300 << 8;
    }

    void floodedHeadersAreNamedNotTimedOut()
    {
        QFETCH(int, count);
        QFETCH(int, valueSize);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedResponse flood = ScriptedResponse::json(200, "{}");
        for (int i = 0; i < count; ++i)
            flood.headers.append(
                qMakePair("X-Filler-" + QByteArray::number(i), QByteArray(valueSize, 'v')));
        server.setResponses({ flood });
        auto client = clientFor(&m_network, server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/list")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QVERIFY2(outcome.error->kind() != ServiceError::Kind::Timeout, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(outcome.error->message().contains(QStringLiteral("too many or too large "
                                                                  "headers")),
                 outcome.why().constData());
        QVERIFY2(outcome.elapsedMs < TestBuild::scaledMs(10000), outcome.why().constData());
    }

    void compressedBombIsNeverInflated()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        // 48 MiB of spaces compress to about 50 KiB; the client's cap is 1 MiB. The client asks
        // for no content coding, and refuses one it did not ask for without inflating it.
        const ScriptedResponse bomb =
            ScriptedResponse::deflated(200, "[" + QByteArray(48 * 1024 * 1024, ' ') + "]");
        QVERIFY(bomb.body.size() < 1024 * 1024);
        server.setResponses({ bomb });
        auto client = clientFor(&m_network, server.url());
        const Outcome outcome = run(*client, HttpRequest::get(QStringLiteral("/list")));
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(outcome.error->message().contains(QStringLiteral("compressed answer")),
                 outcome.why().constData());
        QCOMPARE(server.requests().constFirst().header("Accept-Encoding"), QByteArray("identity"));
    }

    void oversizedAnswerIsCutAtTheCap_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        ScriptedResponse announced = ScriptedResponse::json(200, QByteArray(2 * 1024 * 1024, ' '));
        QTest::newRow("with Content-Length") << announced;
        ScriptedResponse chunked = announced;
        chunked.framing = Framing::Chunked;
        QTest::newRow("chunked") << chunked;
        ScriptedResponse unannounced = announced;
        unannounced.framing = Framing::CloseDelimited;
        QTest::newRow("without a length") << unannounced;
    }

    void oversizedAnswerIsCutAtTheCap()
    {
        QFETCH(ScriptedResponse, response);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        const Outcome outcome = listAnswering(server, &m_network, response);
        QVERIFY2(outcome.error, outcome.why().constData());
        QCOMPARE(outcome.error->kind(), ServiceError::Kind::MalformedResponse);
        QVERIFY2(outcome.error->message().contains(QStringLiteral("larger than 1 MiB")),
                 outcome.why().constData());
    }

    /// Qt keeps a body it has not handed out as one buffer per piece received: 8 MiB in
    /// chunks of 32 bytes held that way cost several times their size. The call takes the
    /// body as it arrives, so the client's peak stays near it.
    void tinyChunksDoNotMultiplyMemory()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the peak RSS from /proc");
#endif
        if (TestBuild::sanitized)
            QSKIP("under AddressSanitizer the peak RSS is the sanitizer's quarantine, not ours");
        // The server is another process: only the client's memory counts here.
        constexpr qint64 bodyBytes = 8LL * 1024 * 1024;
        QProcess server;
        server.start(
            QStringLiteral(PYTHON3_EXECUTABLE),
            { QStringLiteral("-c"),
              QStringLiteral("import socket, sys\n"
                             "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)\n"
                             "print(s.getsockname()[1], flush=True)\n"
                             "c, _ = s.accept()\n"
                             "while b'\\r\\n\\r\\n' not in c.recv(65536): pass\n"
                             "c.sendall(b'HTTP/1.1 200 OK\\r\\nContent-Type: application/json"
                             "\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n')\n"
                             "c.sendall(b'1\\r\\n[\\r\\n')\n"
                             "c.sendall((b'20\\r\\n' + b' ' * 32 + b'\\r\\n') * %1)\n"
                             "c.sendall(b'1\\r\\n]\\r\\n0\\r\\n\\r\\n'); c.close()\n")
                  .arg(bodyBytes / 32) });
        QVERIFY(server.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&server] { return server.canReadLine(); }, 10000));
        const int port = server.readLine().trimmed().toInt();
        QVERIFY(port > 0);

        HttpSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        settings.timeoutMs = 60000;
        settings.maxResponseBytes = 2 * bodyBytes;
        HttpClient client(&m_network, settings, plainMapper);
        const qint64 before = peakRssKiB(true);
        const Outcome outcome = run(client, HttpRequest::get(QStringLiteral("/big")), 60000);
        const qint64 grownMiB = (peakRssKiB(false) - before) / 1024;
        server.waitForFinished(10000);
        QVERIFY2(outcome.response, outcome.why().constData());
        QCOMPARE(outcome.response->body.size(), bodyBytes + 2);
        // The body itself, room for one copy while it grows and 16 MiB for the network stack
        // (Qt 6.4 without the fix: 43 MiB for these 8 MiB; with it: 26 MiB).
        QVERIFY2(grownMiB < 2 * bodyBytes / (1024 * 1024) + 16,
                 qPrintable(QStringLiteral("the client's peak grew by %1 MiB").arg(grownMiB)));
    }

    void everyRequestNamesItsClient()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponses({ ScriptedResponse::json(200, "{}") });
        auto client = clientFor(&m_network, server.url());
        QVERIFY(run(*client, HttpRequest::get(QStringLiteral("/x"))).response);
        const QByteArray agent = server.requests().constFirst().header("User-Agent");
        QVERIFY2(agent.startsWith("IdentityDesk/"), agent.constData());
        QVERIFY2(agent.contains(QByteArray("(Qt " + QByteArray(qVersion()) + "; ")),
                 agent.constData());
        QVERIFY2(!agent.contains("Mozilla"), agent.constData());
    }
};

QTEST_GUILESS_MAIN(TstHostileWire)
#include "tst_hostilewire.moc"
