#pragma once

#include "MockRequest.h"
#include "MockResponse.h"

#include <QAbstractHttpServer>

#include <functional>

/// The socket side of the mock: turns QHttpServer requests into MockRequest values and writes
/// MockResponses back, optionally after a delay without blocking other connections.
///
/// It derives from QAbstractHttpServer instead of using QHttpServer because Qt 6.4's
/// responder keeps a raw socket pointer: answering later is only safe when we can see the
/// socket and skip the write if the client went away (a timed-out client must not crash us).
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static MockRequest toMockRequest(const QHttpServerRequest &request);
    static void write(QHttpServerResponder &responder, const MockResponse &response);

    Dispatcher m_dispatcher;
};
