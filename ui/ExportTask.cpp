#include "ExportTask.h"

#include "CsvUserWriter.h"
#include "UserFields.h"
#include "UserJson.h"
#include "UserTableModel.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace {
/// UserTableModel's columns as UserFields::csvColumns() and UserJson name them.
struct ColumnNames
{
    const char *csvName;
    const char *jsonKey;
};

ColumnNames namesOf(int column)
{
    switch (column) {
    case UserTableModel::Id:
        return { "id", "id" };
    case UserTableModel::Login:
        return { "login", "login" };
    case UserTableModel::Name:
        return { "name", "displayName" };
    case UserTableModel::Email:
        return { "email", "email" };
    case UserTableModel::Verification:
        return { "verified", "verification" };
    case UserTableModel::State:
        return { "state", "state" };
    case UserTableModel::Organisation:
        return { "organisation", "organisationName" };
    }
    return { nullptr, nullptr };
}

/// The column's place in UserFields::csvCells(), or -1 when it is not exported.
qsizetype csvIndexOf(int column)
{
    const ColumnNames names = namesOf(column);
    return names.csvName ? UserFields::csvColumns().indexOf(QLatin1String(names.csvName)) : -1;
}
} // namespace

ExportTask::ExportTask(QList<User> users, QList<int> columns, QString path, Format format,
                       QObject *parent)
    : QObject(parent)
    , m_users(std::move(users))
    , m_path(std::move(path))
    , m_format(format)
{
    for (const int column : columns) {
        const qsizetype csvIndex = csvIndexOf(column);
        if (csvIndex >= 0) {
            m_columns.append(column);
            m_csvIndices.append(csvIndex);
        }
    }
}

ExportTask::~ExportTask() = default; // an uncommitted QSaveFile removes its temporary file

ExportTask::Format ExportTask::formatFor(const QString &path)
{
    return path.trimmed().endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json
                                                                                : Format::Csv;
}

QString ExportTask::columnName(int column, Format format)
{
    const ColumnNames names = namesOf(column);
    if (!names.csvName)
        return {};
    return QString::fromLatin1(format == Format::Csv ? names.csvName : names.jsonKey);
}

void ExportTask::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly) || m_file->write(header()) < 0) {
        const QString problem = m_file->errorString();
        // Said from the event loop, as every other ending.
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }
    QTimer::singleShot(0, this, &ExportTask::writeChunk);
}

void ExportTask::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    emit finished(Result::Cancelled, QString());
}

void ExportTask::fail(const QString &problem)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    emit finished(Result::Failed,
                  tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), problem));
}

QByteArray ExportTask::header() const
{
    if (m_format == Format::Json)
        return QByteArrayLiteral("[");
    QStringList names;
    for (const int column : m_columns)
        names.append(columnName(column, Format::Csv));
    return CsvUserWriter::record(names);
}

QByteArray ExportTask::rowBytes(const User &user, bool first) const
{
    if (m_format == Format::Csv) {
        const UserFields::CsvCells all = UserFields::csvCells(user);
        QStringList cells;
        for (const qsizetype index : m_csvIndices)
            cells.append(all.at(std::size_t(index)));
        return CsvUserWriter::record(cells);
    }
    const QJsonObject all = UserJson::toObject(user);
    QJsonObject object;
    for (const int column : m_columns) {
        const QString key = QString::fromLatin1(namesOf(column).jsonKey);
        object.insert(key, all.value(key));
    }
    QByteArray bytes = first ? QByteArrayLiteral("\n  ") : QByteArrayLiteral(",\n  ");
    bytes.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return bytes;
}

void ExportTask::writeChunk()
{
    if (m_done || !m_file)
        return;
    const int end = std::min(int(m_users.size()), m_next + m_chunkSize);
    QByteArray bytes;
    for (int row = m_next; row < end; ++row)
        bytes.append(rowBytes(m_users.at(row), row == 0));
    m_next = end;
    if (end == m_users.size() && m_format == Format::Json)
        bytes.append(m_users.isEmpty() ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
    if (m_file->write(bytes) < 0) {
        fail(m_file->errorString());
        return;
    }
    emit progress(m_next, int(m_users.size()));
    if (m_next < m_users.size()) {
        QTimer::singleShot(0, this, &ExportTask::writeChunk);
        return;
    }
    if (!m_file->commit()) {
        fail(m_file->errorString());
        return;
    }
    m_done = true;
    m_file.reset();
    emit finished(Result::Written, QString());
}
