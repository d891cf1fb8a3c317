#include "MockHttpTransport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

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
{ }

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
    const Answer answer = m_dispatcher(toMockRequest(request));
    if (answer.delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, answer.response);
        return true;
    }
    // The responder refers to the request, which Qt keeps alive with the socket; the
    // QPointer tells us whether both still exist when the delay is over.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(answer.delayMs, this, [responder, guard, response = answer.response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*responder, response);
    });
    return true;
}

void MockHttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() accepts every request; routing and 404s happen in the dispatcher.
    handleRequest(request, socket);
}
