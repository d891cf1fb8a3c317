#include "ScriptedHttpServer.h"

#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

QByteArray ScriptedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.headers = { { "Content-Type", "application/json" } };
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::html(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.headers = { { "Content-Type", "text/html; charset=utf-8" } };
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::deflated(int status, const QByteArray &body)
{
    ScriptedResponse response = json(status, {});
    // qCompress writes a 4-byte length and then a zlib stream, which is what HTTP calls deflate.
    response.body = qCompress(body, 9).mid(4);
    response.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("deflate")));
    return response;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{ }

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url(const QString &host) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(m_server->serverPort());
    return url;
}

void ScriptedHttpServer::setResponses(QList<ScriptedResponse> responses)
{
    auto shared = std::make_shared<QList<ScriptedResponse>>(std::move(responses));
    m_handler = [shared](const ScriptedRequest &) {
        return shared->size() > 1 ? shared->takeFirst() : shared->constFirst();
    };
}

void ScriptedHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_open.insert(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_open.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    ScriptedRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    m_requests.append(request);

    const ScriptedResponse response =
        m_handler ? m_handler(request) : ScriptedResponse::json(200, "{}");
    if (response.silent)
        return;
    answer(socket, response);
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const ScriptedResponse &response)
{
    using Framing = ScriptedResponse::Framing;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    QByteArray wireBody;
    switch (response.framing) {
    case Framing::ContentLength: {
        const qint64 length =
            response.announcedLength >= 0 ? response.announcedLength : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        wireBody = response.body;
        break;
    }
    case Framing::Chunked:
    case Framing::ChunkedUnterminated:
        head += "Transfer-Encoding: chunked\r\n";
        // Chunks of at most 16 bytes, so a cut can fall between chunks.
        for (qsizetype at = 0; at < response.body.size(); at += 16) {
            const QByteArray chunk = response.body.mid(at, 16);
            wireBody += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        if (response.framing == Framing::Chunked)
            wireBody += "0\r\n\r\n";
        break;
    case Framing::CloseDelimited:
        break;
    }
    head += "Connection: close\r\n\r\n";
    if (response.framing == Framing::CloseDelimited)
        wireBody = response.body;

    if (response.dripIntervalMs <= 0) {
        socket->write(head + wireBody);
        end(socket, response.ending);
        return;
    }
    socket->write(head);
    drip(socket, wireBody, response.dripIntervalMs, response.ending);
}

void ScriptedHttpServer::drip(QTcpSocket *socket, const QByteArray &bytes, int intervalMs,
                              ScriptedResponse::Ending ending)
{
    // The timer belongs to the socket: when the client gives up and the socket goes, so does it.
    auto *timer = new QTimer(socket);
    timer->setInterval(intervalMs);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, sent, ending] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (*sent >= bytes.size()) {
            timer->stop();
            end(socket, ending);
            return;
        }
        socket->write(bytes.mid((*sent)++, 1));
        socket->flush();
    });
    timer->start();
}

void ScriptedHttpServer::end(QTcpSocket *socket, ScriptedResponse::Ending ending)
{
    switch (ending) {
    case ScriptedResponse::Ending::Close:
        socket->disconnectFromHost();
        break;
    case ScriptedResponse::Ending::Reset: {
        socket->flush();
        // Give the kernel a moment to send what was written, then close with SO_LINGER 0,
        // which makes the kernel send a reset instead of an orderly FIN.
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(50, socket, [guarded] {
            if (!guarded)
                return;
#ifdef Q_OS_UNIX
            const struct linger hard
            {
                1, 0
            };
            ::setsockopt(int(guarded->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                         sizeof hard);
#endif
            guarded->abort();
        });
        break;
    }
    case ScriptedResponse::Ending::Hang:
        break;
    }
}
