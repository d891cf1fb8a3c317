#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace fuzz {

/// A file holding the fuzzer's bytes, in one private folder per process (in memory when
/// /dev/shm exists: the readers under test may sync what they write). Each call replaces the
/// previous input and whatever the reader left beside it (SQLite's -wal, -shm, -journal).
inline QString writeInput(const char *fileName, const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir folder(QDir(QStringLiteral("/dev/shm")).exists()
                                    ? QStringLiteral("/dev/shm/identitydesk-fuzz-XXXXXX")
                                    : QDir::tempPath()
                                        + QStringLiteral("/identitydesk-fuzz-XXXXXX"));
    const QString path = folder.filePath(QString::fromLatin1(fileName));
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace fuzz
