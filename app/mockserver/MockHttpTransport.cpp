#include "MockHttpTransport.h"

#include "MockRequestStats.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

MockHttpTransport::MockHttpTransport(Dispatcher dispatcher, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatcher(std::move(dispatcher))
{
    m_workers.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
}

MockHttpTransport::~MockHttpTransport()
{
    // Workers call the dispatcher, which refers to the server's APIs: none may outlive us.
    // Their queued deliveries die with this object.
    m_workers.waitForDone();
}

MockRequest MockHttpTransport::toMockRequest(const QHttpServerRequest &request)
{
    return MockRequest(methodName(request.method()), request.url().path(), request.query(),
                       request.headers(), request.body());
}

void MockHttpTransport::write(QHttpServerResponder &responder, const MockResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

bool MockHttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Status line, headers and body leave as separate writes; without TCP_NODELAY, Nagle's
    // algorithm and the client's delayed ACK add ~40 ms to every answer.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The responder refers to the request, which Qt keeps alive with the socket (and 6.4's
    // responder only writes to the socket); the QPointer tells us whether the socket still
    // exists when the answer is ready. Sockets and responders are only touched on our thread.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    MockRequest mockRequest = toMockRequest(request);
    const bool counted = m_stats && !mockRequest.path().startsWith(QLatin1String("/mock/"));
    if (counted)
        m_stats->arrived(mockRequest.method());
    m_workers.start(
        [this, mockRequest = std::move(mockRequest), responder, guard, counted]() mutable {
            const Answer answer = m_dispatcher(mockRequest);
            QMetaObject::invokeMethod(
                this,
                [this, responder = std::move(responder), guard, answer, counted] {
                    deliver(responder, guard, answer, counted);
                },
                Qt::QueuedConnection);
        });
    return true;
}

void MockHttpTransport::deliver(const std::shared_ptr<QHttpServerResponder> &responder,
                                const QPointer<QTcpSocket> &socket, const Answer &answer,
                                bool counted)
{
    const auto send = [this, responder, socket, counted](const MockResponse &response) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*responder, response);
        if (counted)
            m_stats->answered(response.status);
    };
    if (answer.delayMs > 0) {
        QTimer::singleShot(answer.delayMs, this,
                           [send, response = answer.response] { send(response); });
        return;
    }
    send(answer.response);
}

void MockHttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() accepts every request; routing and 404s happen in the dispatcher.
    handleRequest(request, socket);
}
