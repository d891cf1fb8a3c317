#include "JournalTable.h"

#include <QSqlQuery>
#include <QStringList>

namespace {
/// Every column, in JournalEntry's order; entryFrom() reads them back.
const char *const columnList =
    "sequence, kind, time, operator, profile, backend, server_host, user_id, login, old_email, "
    "new_email, asked_verified, used_code, job_id, process_id, machine, intent_sequence, outcome, "
    "error_kind, error_message, previous_hash, hash";

/// SQLite's NOT NULL columns take "" for Qt's null strings, which would bind as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
} // namespace

const QString JournalTable::formatName = QStringLiteral("identitydesk-journal");
const QString JournalTable::formatVersion = QStringLiteral("1");

QLatin1String JournalTable::columns()
{
    return QLatin1String(columnList);
}

/// The columns with the table alias "i." before each, for the history's join.
const QString &JournalTable::intentColumns()
{
    static const QString prefixed = QStringLiteral("i.")
        + QString::fromLatin1(columnList).replace(QStringLiteral(", "), QStringLiteral(", i."));
    return prefixed;
}

const QString &JournalTable::insertStatement()
{
    static const QString statement = [] {
        QStringList placeholders;
        for (int i = 0; i < columnCount; ++i)
            placeholders.append(QStringLiteral("?"));
        return QStringLiteral("INSERT INTO entries (%1) VALUES (%2)")
            .arg(QLatin1String(columnList), placeholders.join(QStringLiteral(", ")));
    }();
    return statement;
}

QStringList JournalTable::schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT "
                       "NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS entries (sequence INTEGER PRIMARY KEY, "
                       "kind INTEGER NOT NULL, time TEXT NOT NULL, operator TEXT NOT NULL, "
                       "profile TEXT NOT NULL, backend TEXT NOT NULL, server_host TEXT NOT NULL, "
                       "user_id TEXT NOT NULL, login TEXT NOT NULL, old_email TEXT NOT NULL, "
                       "new_email TEXT NOT NULL, asked_verified INTEGER NOT NULL, "
                       "used_code INTEGER NOT NULL, job_id TEXT NOT NULL, "
                       "process_id INTEGER NOT NULL, machine TEXT NOT NULL, "
                       "intent_sequence INTEGER NOT NULL, outcome TEXT NOT NULL, "
                       "error_kind TEXT NOT NULL, error_message TEXT NOT NULL, "
                       "previous_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_user ON entries (user_id, kind)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_outcome ON entries "
                       "(intent_sequence) WHERE kind = 1"),
        QStringLiteral("INSERT OR IGNORE INTO meta VALUES ('format', '%1')").arg(formatName),
        QStringLiteral("INSERT OR IGNORE INTO meta VALUES ('version', '%1')").arg(formatVersion),
    };
}

QVariantList JournalTable::bindValues(const JournalEntry &entry)
{
    return {
        entry.sequence,
        entry.kind == JournalEntry::Kind::Intent ? 0 : 1,
        entry.time.toString(Qt::ISODateWithMs),
        text(entry.operatorName),
        text(entry.profile),
        text(entry.backend),
        text(entry.serverHost),
        text(entry.userId),
        text(entry.login),
        text(entry.oldEmail),
        text(entry.newEmail),
        int(entry.askedVerified),
        int(entry.usedCode),
        text(entry.jobId),
        entry.processId,
        text(entry.machine),
        entry.intentSequence,
        text(entry.outcome),
        text(entry.errorKind),
        text(entry.errorMessage),
        entry.previousHash,
        entry.hash,
    };
}

JournalEntry JournalTable::entryFrom(const QSqlQuery &query, int first)
{
    JournalEntry entry;
    int i = first;
    entry.sequence = query.value(i++).toLongLong();
    entry.kind =
        query.value(i++).toInt() == 0 ? JournalEntry::Kind::Intent : JournalEntry::Kind::Outcome;
    entry.time = QDateTime::fromString(query.value(i++).toString(), Qt::ISODateWithMs);
    entry.operatorName = query.value(i++).toString();
    entry.profile = query.value(i++).toString();
    entry.backend = query.value(i++).toString();
    entry.serverHost = query.value(i++).toString();
    entry.userId = query.value(i++).toString();
    entry.login = query.value(i++).toString();
    entry.oldEmail = query.value(i++).toString();
    entry.newEmail = query.value(i++).toString();
    entry.askedVerified = query.value(i++).toInt() != 0;
    entry.usedCode = query.value(i++).toInt() != 0;
    entry.jobId = query.value(i++).toString();
    entry.processId = query.value(i++).toLongLong();
    entry.machine = query.value(i++).toString();
    entry.intentSequence = query.value(i++).toLongLong();
    entry.outcome = query.value(i++).toString();
    entry.errorKind = query.value(i++).toString();
    entry.errorMessage = query.value(i++).toString();
    entry.previousHash = query.value(i++).toByteArray();
    entry.hash = query.value(i++).toByteArray();
    return entry;
}
