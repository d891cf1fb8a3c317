#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// One message the demo's mock server "sent" instead of mailing it: a code or a link.
struct DemoMail
{
    qint64 id = 0;
    QString backend;
    QString to;
    QString subject;
    QString code;
    QUrl link;
    QDateTime sentAt;
};

/// Reads the demo mock server's mailbox (GET /mock/mailbox) over HTTP like any client, so the
/// desktop demo can show the codes and links ZITADEL self-service and CodeArts mail. Only for
/// the demo's own server on loopback; it sends no credentials. One request at a time: fetch()
/// while one runs forgets the older answer. Reports through fetched() or failed().
class DemoMailboxClient : public QObject
{
    Q_OBJECT
public:
    DemoMailboxClient(QNetworkAccessManager *network, const QUrl &server,
                      QObject *parent = nullptr);
    ~DemoMailboxClient() override;

    QUrl server() const { return m_server; }
    void fetch();
    bool isFetching() const { return !m_reply.isNull(); }

    /// The messages of a mailbox answer, newest first; `problem` says what is wrong with an
    /// answer that is not one, and is emptied otherwise.
    static QList<DemoMail> parse(const QByteArray &json, QString *problem);

signals:
    /// Newest first.
    void fetched(const QList<DemoMail> &mail);
    void failed(const QString &message);

private:
    void finished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QPointer<QNetworkReply> m_reply;
};
