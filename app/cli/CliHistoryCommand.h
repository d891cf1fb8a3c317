#pragma once

#include "CliCommandLine.h"
#include "CliExitCode.h"
#include "JournalEntry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

class ChangeJournal;

/// `identitydesk-cli history [verify]`: the change journal as a table, JSON, NDJSON or CSV
/// (newest first, filtered by user, profile and time), or the check of its hash chain.
class CliHistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliHistoryCommand)

public:
    CliHistoryCommand(const CliInvocation &invocation, ChangeJournal &journal, QTextStream &out,
                      QTextStream &err);

    CliExitCode run();

    /// One change as JSON (stable keys; outcome words as the journal stores them).
    static QJsonObject changeJson(const JournalChange &change);
    /// What to tell about a change an earlier run left without an outcome.
    static QString abandonedMessage(const JournalChange &change);
    static const QStringList &csvColumns();
    static QStringList csvCells(const JournalChange &change);

private:
    CliExitCode verify();
    CliExitCode list();
    QString table(const QList<JournalChange> &changes) const;

    const CliInvocation &m_invocation;
    ChangeJournal &m_journal;
    QTextStream &m_out;
    QTextStream &m_err;
};
