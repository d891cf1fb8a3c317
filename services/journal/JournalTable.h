#pragma once

#include "JournalEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

/// The journal file's table of entries as SQL: its schema, its columns in JournalEntry's
/// order, the INSERT of one row and the way back from a result row. ChangeJournal decides when
/// and in which transaction; this says how a row looks.
class JournalTable
{
public:
    /// The meta table's `format` and `version`: a file with others is not ours to write.
    static const QString formatName;
    static const QString formatVersion;
    static constexpr int columnCount = 22;

    /// "sequence, kind, time, …", every column in JournalEntry's order.
    static QLatin1String columns();
    /// columns() with the table alias "i." before each, for the history's join.
    static const QString &intentColumns();
    /// The INSERT of one row with a placeholder per column: built once, not per change.
    static const QString &insertStatement();
    /// CREATE statements of the meta and entries tables and their indexes, and the meta rows.
    static QStringList schemaStatements();
    /// The values of insertStatement()'s placeholders for `entry`.
    static QVariantList bindValues(const JournalEntry &entry);
    /// The entry whose columns start at `first` in the query's current row.
    static JournalEntry entryFrom(const QSqlQuery &query, int first);
};
