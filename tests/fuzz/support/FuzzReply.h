#pragma once

#include <QByteArray>
#include <QNetworkReply>

/// A finished HTTP answer made of bytes the fuzzer chose: status, Content-Type and body. It
/// behaves like Qt's own reply as HttpCall sees it (headers, then the body, then finished(),
/// all from the event loop), with no socket, so a fuzz run costs microseconds, not a round trip.
class FuzzReply : public QNetworkReply
{
    Q_OBJECT
public:
    FuzzReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              int status, const QByteArray &contentType, QByteArray body,
              QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    QByteArray m_body;
    qint64 m_offset = 0;
};
