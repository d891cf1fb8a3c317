#pragma once

#include "User.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

/// Writes users to a device as they arrive, in one machine-readable format, so that a listing
/// of any size is written in flat memory: begin(), then write() for each batch, then end().
/// Each call writes its bytes at once; nothing is held back but what the device buffers.
///
/// The device is not owned. A failed write (a full disk, a closed pipe) makes the call return
/// false with errorString(); later calls do nothing and return false.
class UserWriter
{
public:
    enum class Format { Json, Ndjson, Csv };

    static std::unique_ptr<UserWriter> create(Format format, QIODevice *device);
    /// "json", "ndjson" or "csv"; nothing for other names.
    static std::optional<Format> formatNamed(const QString &name);

    explicit UserWriter(QIODevice *device);
    virtual ~UserWriter();
    UserWriter(const UserWriter &) = delete;
    UserWriter &operator=(const UserWriter &) = delete;

    virtual bool begin();
    virtual bool write(const QList<User> &users) = 0;
    virtual bool end();

    qint64 written() const { return m_written; }
    const QString &errorString() const { return m_error; }

protected:
    bool put(const QByteArray &bytes);
    void countWritten(qint64 users) { m_written += users; }

private:
    QIODevice *m_device;
    qint64 m_written = 0;
    QString m_error;
};
