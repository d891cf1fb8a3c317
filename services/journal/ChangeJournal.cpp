#include "ChangeJournal.h"

#include "JournalTable.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <array>
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {
/// How long a program waits for another that is writing to the journal.
constexpr int busyTimeoutMs = 15000;
} // namespace

QString ChangeJournal::defaultPath()
{
    QString overridden = qEnvironmentVariable("IDENTITYDESK_JOURNAL");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/IdentityDesk/journal.sqlite");
}

QString ChangeJournal::currentOperator()
{
    // The reentrant form: getpwuid's result lives in storage shared by every thread.
    passwd entry {};
    passwd *found = nullptr;
    std::array<char, 4096> buffer {};
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("uid %1").arg(::getuid()));
}

bool ChangeJournal::processIsGone(qint64 pid)
{
    if (pid <= 0)
        return true;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

ChangeJournal::ChangeJournal(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

ChangeJournal::~ChangeJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ChangeJournal::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ChangeJournal::fail(const QString &problem)
{
    m_error = tr("The change journal %1 cannot be used: %2")
                  .arg(QDir::toNativeSeparators(m_path), problem);
    return false;
}

bool ChangeJournal::open()
{
    if (m_open)
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the SQLite driver of Qt is not installed (libqt6sql6-sqlite)"));
    const QFileInfo file(m_path);
    const bool exists = file.exists();
    if (exists) {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadOnly))
            return fail(probe.errorString());
        const QByteArray header = probe.read(16);
        // An empty file is what an interrupted first start leaves; anything else must be SQLite.
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return fail(tr("it is not a database. IdentityDesk will not overwrite it; move it "
                           "away to start a new journal."));
    } else if (!QDir().mkpath(file.absolutePath())) {
        return fail(tr("its folder cannot be created"));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Other processes may be writing: wait for them rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA quick_check")) || !pragma.next()
        || pragma.value(0).toString() != QLatin1String("ok"))
        return fail(tr("the file is damaged (%1)")
                        .arg(pragma.lastError().isValid() ? pragma.lastError().text()
                                                          : pragma.value(0).toString()));
    // An unfinished statement keeps its read lock. Another program creating the journal then
    // waits for this one to let go, while this one would wait for it to write the schema:
    // SQLite ends that deadlock by failing one of them at once ("database is locked").
    pragma.finish();
    if (!checkFormat(db))
        return false;
    if (!switchToWal(pragma))
        return false;
    // FULL makes each committed row durable.
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    m_open = true;
    return true;
}

bool ChangeJournal::switchToWal(QSqlQuery &pragma)
{
    // WAL lets readers and one writer work at once. Switching a new journal to it needs the file
    // to itself for a moment, and SQLite does not wait for that with the busy timeout while
    // another program starting at the same time reads it: wait here instead, as long as for a
    // write. Once switched, the mode stays with the file and the pragma answers at once.
    const QDeadlineTimer deadline(busyTimeoutMs);
    for (;;) {
        const bool switched = pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
            && pragma.next() && pragma.value(0).toString() == QLatin1String("wal");
        const QSqlError error = pragma.lastError();
        const QString problem = error.isValid() ? error.text() : pragma.value(0).toString();
        pragma.finish();
        if (switched)
            return true;
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6), also in their extended forms; anything else
        // (a file system without shared memory, say) will not change by waiting.
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if ((code != 5 && code != 6) || deadline.hasExpired())
            return fail(tr("WAL mode cannot be switched on (%1)").arg(problem));
        QThread::msleep(20);
    }
}

bool ChangeJournal::checkFormat(QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (tables.isEmpty())
        return createSchema(db);
    if (!tables.contains(QStringLiteral("meta")) || !tables.contains(QStringLiteral("entries")))
        return fail(tr("it is a database of another program. IdentityDesk will not change it; "
                       "move it away to start a new journal."));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'format'")) || !query.next()
        || query.value(0).toString() != JournalTable::formatName)
        return fail(tr("it is a database of another program. IdentityDesk will not change it; "
                       "move it away to start a new journal."));
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) || !query.next()
        || query.value(0).toString() != JournalTable::formatVersion)
        return fail(tr("it was written by another version of IdentityDesk (format %1)")
                        .arg(query.value(0).toString()));
    return true;
}

bool ChangeJournal::createSchema(QSqlDatabase &db)
{
    QSqlQuery query(db);
    QStringList statements { QStringLiteral("BEGIN IMMEDIATE") };
    statements += JournalTable::schemaStatements();
    statements.append(QStringLiteral("COMMIT"));
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QString problem = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("it cannot be created (%1)").arg(problem));
        }
    }
    return true;
}

qint64 ChangeJournal::recordIntent(JournalEntry intent)
{
    intent.kind = JournalEntry::Kind::Intent;
    intent.processId = QCoreApplication::applicationPid();
    intent.machine = QSysInfo::machineHostName();
    intent.intentSequence = 0;
    intent.outcome.clear();
    return append(std::move(intent));
}

bool ChangeJournal::recordOutcome(qint64 intentSequence, const QString &outcome,
                                  const QString &errorKind, const QString &errorMessage)
{
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::Outcome;
    entry.intentSequence = intentSequence;
    entry.outcome = outcome;
    entry.errorKind = errorKind;
    entry.errorMessage = errorMessage;
    entry.processId = QCoreApplication::applicationPid();
    entry.machine = QSysInfo::machineHostName();
    return append(std::move(entry)) > 0;
}

qint64 ChangeJournal::append(JournalEntry entry)
{
    if (!m_open && !open())
        return 0;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock before reading the last row, so two processes can never
    // chain to the same predecessor.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(tr("it is locked by another program (%1)").arg(query.lastError().text()));
        return 0;
    }
    const auto rollback = [&](const QString &problem) {
        const QString text = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        fail(problem.arg(text));
        return qint64(0);
    };
    if (!query.exec(QStringLiteral("SELECT sequence, hash FROM entries ORDER BY sequence DESC "
                                   "LIMIT 1")))
        return rollback(tr("it cannot be read (%1)"));
    entry.previousHash = query.next() ? query.value(1).toByteArray() : QByteArray(32, '\0');
    entry.sequence = query.isValid() ? query.value(0).toLongLong() + 1 : 1;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operatorName = currentOperator();
    entry.hash = entry.computeHash();

    query.prepare(JournalTable::insertStatement());
    const QVariantList values = JournalTable::bindValues(entry);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return rollback(tr("it cannot be written (%1)"));
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(tr("it cannot be written (%1)"));
    return entry.sequence;
}

QList<JournalChange> ChangeJournal::changes(const Filter &filter) const
{
    if (!m_open)
        return {};
    // Of the outcome only what a person reads: a history of 100,000 changes builds 100,000 of
    // these rows, and every column read costs (perf: 1.7 s -> 1.4 s for all 100,000).
    QString sql =
        QStringLiteral("SELECT %1, o.sequence, o.time, o.operator, o.outcome, "
                       "o.error_kind, o.error_message FROM entries i LEFT JOIN entries o "
                       "ON o.kind = 1 AND o.intent_sequence = i.sequence WHERE i.kind = 0")
            .arg(JournalTable::intentColumns());
    QVariantList values;
    if (!filter.userId.isEmpty()) {
        sql += QStringLiteral(" AND i.user_id = ?");
        values.append(filter.userId);
    }
    if (!filter.profile.isEmpty()) {
        sql += QStringLiteral(" AND i.profile = ?");
        values.append(filter.profile);
    }
    if (!filter.jobId.isEmpty()) {
        sql += QStringLiteral(" AND i.job_id = ?");
        values.append(filter.jobId);
    }
    if (filter.beforeSequence > 0) {
        sql += QStringLiteral(" AND i.sequence < ?");
        values.append(filter.beforeSequence);
    }
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND i.time >= ?");
        values.append(filter.since.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND i.time <= ?");
        values.append(filter.until.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(lower(i.user_id || ' ' || i.login || ' ' || "
                              "i.old_email || ' ' || i.new_email || ' ' || i.profile), lower(?)) "
                              "> 0)");
        values.append(filter.text);
    }
    sql += QStringLiteral(" ORDER BY i.sequence DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return readChanges(sql, values);
}

QList<JournalChange> ChangeJournal::awaitingConfirmation(const QString &profile) const
{
    if (!m_open)
        return {};
    // Few rows qualify (one backend confirms at the old address), and the later-change check
    // runs on the user index for those only.
    const QString sql =
        QStringLiteral("SELECT %1, o.sequence, o.time, o.operator, o.outcome, o.error_kind, "
                       "o.error_message FROM entries i JOIN entries o ON o.kind = 1 AND "
                       "o.intent_sequence = i.sequence WHERE i.kind = 0 AND i.profile = ? AND "
                       "o.outcome = 'awaiting-confirmation' AND NOT EXISTS (SELECT 1 FROM "
                       "entries l LEFT JOIN entries lo ON lo.kind = 1 AND lo.intent_sequence = "
                       "l.sequence WHERE l.user_id = i.user_id AND l.kind = 0 AND l.profile = "
                       "i.profile AND l.sequence > i.sequence AND (lo.outcome IS NULL OR "
                       "lo.outcome <> 'failed')) ORDER BY i.sequence")
            .arg(JournalTable::intentColumns());
    return readChanges(sql, { profile });
}

QList<JournalChange> ChangeJournal::readChanges(const QString &sql,
                                                const QVariantList &values) const
{
    QList<JournalChange> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next()) {
        JournalChange change;
        change.intent = JournalTable::entryFrom(query, 0);
        if (!query.value(JournalTable::columnCount).isNull()) {
            JournalEntry &outcome = change.outcome;
            outcome.kind = JournalEntry::Kind::Outcome;
            outcome.sequence = query.value(JournalTable::columnCount).toLongLong();
            outcome.time = QDateTime::fromString(
                query.value(JournalTable::columnCount + 1).toString(), Qt::ISODateWithMs);
            outcome.operatorName = query.value(JournalTable::columnCount + 2).toString();
            outcome.intentSequence = change.intent.sequence;
            outcome.outcome = query.value(JournalTable::columnCount + 3).toString();
            outcome.errorKind = query.value(JournalTable::columnCount + 4).toString();
            outcome.errorMessage = query.value(JournalTable::columnCount + 5).toString();
        }
        result.append(change);
    }
    return result;
}

QList<JournalChange> ChangeJournal::closeAbandoned()
{
    QList<JournalChange> abandoned;
    if (!m_open)
        return abandoned;
    const QString machine = QSysInfo::machineHostName();
    QList<JournalChange> open;
    {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM entries i WHERE i.kind = 0 AND NOT EXISTS "
                                       "(SELECT 1 FROM entries o WHERE o.kind = 1 AND "
                                       "o.intent_sequence = i.sequence)")
                            .arg(JournalTable::columns())))
            return abandoned;
        while (query.next()) {
            JournalChange change;
            change.intent = JournalTable::entryFrom(query, 0);
            open.append(change);
        }
    }
    for (JournalChange &change : open) {
        // Another machine's process cannot be asked; nor can one that is still running.
        if (change.intent.machine != machine || !processIsGone(change.intent.processId))
            continue;
        if (!recordOutcome(change.intent.sequence, QStringLiteral("unknown"), QString(),
                           tr("The program ended before the server's answer arrived; check "
                              "the user's address on the server.")))
            continue;
        abandoned.append(change);
    }
    return abandoned;
}

bool ChangeJournal::forEachEntry(const std::function<bool(const JournalEntry &)> &visit) const
{
    if (!m_open)
        return false;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM entries ORDER BY sequence")
                        .arg(JournalTable::columns())))
        return false;
    while (query.next()) {
        if (!visit(JournalTable::entryFrom(query, 0)))
            return true;
    }
    return !query.lastError().isValid();
}
