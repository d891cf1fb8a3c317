#pragma once

#include "User.h"

#include <QList>
#include <QObject>

#include <memory>

class QSaveFile;

/// Writes users to a CSV or JSON file from the event loop, a chunk of rows per turn, so that
/// the window stays responsive and can show progress and cancel a big export.
///
/// CSV: RFC 4180 through CsvUserWriter::record() (formula-like cells made inert), the header
/// and cells in UserFields' words, as the CLI writes them. JSON: an array of objects keyed by
/// UserJson's words ("id", "login", "displayName", ...). Only the given columns, in their
/// order (UserTableModel::Column values).
///
/// Atomic: the file is a QSaveFile, so a cancelled or failed export leaves no file, and an
/// existing one stays as it was.
class ExportTask : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };
    enum class Result { Written, Cancelled, Failed };
    Q_ENUM(Result)

    ExportTask(QList<User> users, QList<int> columns, QString path, Format format,
               QObject *parent = nullptr);
    ~ExportTask() override;

    /// JSON for a name ending in .json (any case), CSV otherwise.
    static Format formatFor(const QString &path);
    /// The machine name of a UserTableModel column in `format`'s output.
    static QString columnName(int column, Format format);

    /// Rows written per turn of the event loop (default 2,000).
    void setChunkSize(int rows) { m_chunkSize = qMax(1, rows); }
    int total() const { return int(m_users.size()); }

    /// Opens the file and writes the first chunk; finished() follows, always asynchronously.
    void start();
    /// Stops and discards what was written; finished(Cancelled) follows at once.
    void cancel();

signals:
    void progress(int written, int total);
    /// `message`: for Failed, what went wrong, naming the file.
    void finished(ExportTask::Result result, const QString &message);

private:
    void writeChunk();
    void fail(const QString &problem);
    QByteArray header() const;
    QByteArray rowBytes(const User &user, bool first) const;

    QList<User> m_users;
    QList<int> m_columns;
    /// Where each of m_columns stands in UserFields::csvCells(), found once.
    QList<qsizetype> m_csvIndices;
    QString m_path;
    Format m_format;
    int m_chunkSize = 2000;
    int m_next = 0;
    bool m_done = false;
    std::unique_ptr<QSaveFile> m_file;
};
