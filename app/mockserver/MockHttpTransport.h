#pragma once

#include "MockRequest.h"
#include "MockResponse.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

/// The socket side of the mock: turns QHttpServer requests into MockRequest values, runs the
/// dispatcher on a pool of worker threads (so concurrent requests are answered concurrently
/// and a big page for one client does not stall the others), and writes MockResponses back on
/// the transport's own thread, optionally after a delay without blocking other connections.
/// The dispatcher must therefore be thread-safe.
///
/// It derives from QAbstractHttpServer instead of using QHttpServer because Qt 6.4's
/// responder keeps a raw socket pointer: answering later is only safe when we can see the
/// socket and skip the write if the client went away (a timed-out client must not crash us).
class MockRequestStats;

class MockHttpTransport : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Answer
    {
        MockResponse response;
        int delayMs = 0;
    };
    using Dispatcher = std::function<Answer(const MockRequest &)>;

    explicit MockHttpTransport(Dispatcher dispatcher, QObject *parent = nullptr);
    /// Waits for requests still being dispatched; their answers are dropped.
    ~MockHttpTransport() override;

    /// Worker threads of the dispatcher: at least 4, so that requests overlap even on a
    /// machine with one or two cores.
    int workerThreads() const { return m_workers.maxThreadCount(); }
    /// Counts every API request from arrival to answer (not owned; may be null).
    void setStats(MockRequestStats *stats) { m_stats = stats; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static MockRequest toMockRequest(const QHttpServerRequest &request);
    static void write(QHttpServerResponder &responder, const MockResponse &response);
    /// `counted`: the request was counted in m_stats on arrival.
    void deliver(const std::shared_ptr<QHttpServerResponder> &responder,
                 const QPointer<QTcpSocket> &socket, const Answer &answer, bool counted);

    Dispatcher m_dispatcher;
    MockRequestStats *m_stats = nullptr;
    QThreadPool m_workers;
};
