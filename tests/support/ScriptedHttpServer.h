#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
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
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Never answer (to provoke client timeouts).
    bool silent = false;

    static ScriptedResponse json(int status, const QByteArray &body);
};

/// A real HTTP/1.1 server on 127.0.0.1 whose answers a test scripts, for client behaviour the
/// mock server cannot provoke: redirects to other hosts, TLS failures, oversized or silent
/// answers, a precise sequence of statuses. Every connection is closed after one answer.
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

private:
    void accept();
    void readFrom(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QList<ScriptedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};
