#include "FuzzReply.h"

#include <QTimer>

#include <cstring>

FuzzReply::FuzzReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     int status, const QByteArray &contentType, QByteArray body, QObject *parent)
    : QNetworkReply(parent)
    , m_body(std::move(body))
{
    setOperation(operation);
    setRequest(request);
    setUrl(request.url());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    if (!contentType.isEmpty())
        setRawHeader("Content-Type", contentType);
    setRawHeader("Content-Length", QByteArray::number(m_body.size()));
    // Like Qt's reply: nothing is signalled before the caller had a chance to connect.
    QTimer::singleShot(0, this, &FuzzReply::deliver);
}

void FuzzReply::deliver()
{
    if (isFinished())
        return;
    emit metaDataChanged();
    if (isFinished()) // HttpCall aborts on bad headers
        return;
    emit readyRead();
    if (isFinished())
        return;
    setFinished(true);
    emit finished();
}

void FuzzReply::abort()
{
    if (isFinished())
        return;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    emit errorOccurred(OperationCanceledError);
    emit finished();
}

qint64 FuzzReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FuzzReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}
