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
/// UserTableModel's columns in UserFields::csvColumns() and in UserJson's keys.
struct ColumnNames
{
    int csvIndex;
    const char *jsonKey;
};

ColumnNames namesOf(int column)
{
    switch (column) {
    case UserTableModel::Id:
        return { 0, "id" };
    case UserTableModel::Login:
        return { 1, "login" };
    case UserTableModel::Name:
        return { 2, "displayName" };
    case UserTableModel::Email:
        return { 3, "email" };
    case UserTableModel::Verification:
        return { 4, "verification" };
    case UserTableModel::State:
        return { 5, "state" };
    case UserTableModel::Organisation:
        return { 6, "organisationName" };
    }
    return { -1, "" };
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
        if (namesOf(column).csvIndex >= 0)
            m_columns.append(column);
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
    if (names.csvIndex < 0)
        return {};
    return format == Format::Csv ? UserFields::csvColumns().at(names.csvIndex)
                                 : QString::fromLatin1(names.jsonKey);
}

void ExportTask::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString problem = m_file->errorString();
        // Said from the event loop, as every other ending.
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }
    if (m_file->write(header()) < 0) {
        const QString problem = m_file->errorString();
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
        const QStringList all = UserFields::csvCells(user);
        QStringList cells;
        for (const int column : m_columns)
            cells.append(all.at(namesOf(column).csvIndex));
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
