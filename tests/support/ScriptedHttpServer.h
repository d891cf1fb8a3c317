#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

struct ScriptedRequest
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

struct ScriptedResponse
{
    /// How the body is delimited on the wire.
    enum class Framing {
        /// Content-Length: the body's size, or `announcedLength` when that is set (to lie).
        ContentLength,
        /// Transfer-Encoding: chunked, properly ended with the zero-size chunk.
        Chunked,
        /// Chunked, but the connection ends without the zero-size chunk.
        ChunkedUnterminated,
        /// No length at all: the body ends when the connection does (HTTP/1.0 style).
        CloseDelimited,
    };
    /// What happens after the last byte is written.
    enum class Ending {
        /// An orderly close (FIN) after everything was sent.
        Close,
        /// A TCP reset (RST): the client sees "connection reset by peer".
        Reset,
        /// The connection stays open and quiet (ended when the server is destroyed).
        Hang,
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Never answer (to provoke client timeouts).
    bool silent = false;
    Framing framing = Framing::ContentLength;
    /// With Framing::ContentLength: the length to announce, when not the body's (-1).
    qint64 announcedLength = -1;
    /// Send the body one byte every this many milliseconds (0: all at once).
    int dripIntervalMs = 0;
    Ending ending = Ending::Close;

    static ScriptedResponse json(int status, const QByteArray &body);
    /// A page a proxy or login portal sends instead of the API's answer.
    static ScriptedResponse html(int status, const QByteArray &body);
    /// `body` compressed as Content-Encoding: deflate (zlib), the way Qt decodes it by itself.
    static ScriptedResponse deflated(int status, const QByteArray &body);
};

Q_DECLARE_METATYPE(ScriptedResponse)

/// A real HTTP/1.1 server on 127.0.0.1 whose answers a test scripts, for client behaviour the
/// mock server cannot provoke: redirects to other hosts, TLS failures, oversized or silent
/// answers, a precise sequence of statuses, and a hostile wire: bodies dripped byte by byte,
/// cut short of their Content-Length, unterminated chunked bodies, resets mid-body, compressed
/// bombs. Every connection is closed after one answer (or left hanging, when scripted).
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedResponse(const ScriptedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    /// TLS with the given identity (clients that do not trust it must fail).
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);

    /// Base URL, e.g. "http://127.0.0.1:4711"; `host` may be "localhost" to make a second origin.
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Answers these, in order, then repeats the last one.
    void setResponses(QList<ScriptedResponse> responses);

    const QList<ScriptedRequest> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    /// Connections the client has not closed yet (a cancelled request closes its own).
    int openConnectionCount() const { return int(m_open.size()); }

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ScriptedResponse &response);
    void drip(QTcpSocket *socket, const QByteArray &bytes, int intervalMs,
              ScriptedResponse::Ending ending);
    static void end(QTcpSocket *socket, ScriptedResponse::Ending ending);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_open;
    int m_connections = 0;
};
