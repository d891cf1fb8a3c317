#pragma once

#include "JournalEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

/// The change journal: every email change IdentityDesk makes, from the desktop app, the CLI or
/// a bulk run, in one SQLite file per OS user (WAL mode, so several processes write at once
/// without losing a row). Rows are only appended, each in its own IMMEDIATE transaction that
/// reads the last row's hash and chains to it (see JournalVerifier).
///
/// A file that is not an IdentityDesk journal, or a damaged one, is reported by open() and never
/// written to, let alone replaced.
///
/// Used from one thread; every instance has its own database connection.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    struct Filter
    {
        QString userId;
        QString profile;
        /// UTC bounds, inclusive; invalid = open.
        QDateTime since;
        QDateTime until;
        /// Contained in the user id, login, either address or the profile, ignoring case.
        QString text;
        /// The newest this many changes; 0 = all.
        int limit = 0;
        /// Only changes older than this journal entry (keyset paging); 0 = from the newest.
        qint64 beforeSequence = 0;
        /// Only the changes of this bulk run.
        QString jobId;
    };

    /// <generic data folder>/IdentityDesk/journal.sqlite, shared by the desktop app and the CLI;
    /// the environment variable IDENTITYDESK_JOURNAL names another file (tests, training).
    static QString defaultPath();

    explicit ChangeJournal(QString path = defaultPath());
    ~ChangeJournal();
    ChangeJournal(const ChangeJournal &) = delete;
    ChangeJournal &operator=(const ChangeJournal &) = delete;

    /// Opens the journal, creating it (and its folder) when there is none yet. False, with
    /// errorString() naming the file and the problem, when it cannot be used.
    bool open();
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    const QString &errorString() const { return m_error; }

    /// Appends `intent` (time, operator, process and machine are filled in here). Its sequence
    /// number, or 0 with errorString() when it could not be written: then the change must not
    /// be started.
    qint64 recordIntent(JournalEntry intent);
    /// Appends the outcome of the intent `intentSequence`: changed, verification-mailed,
    /// awaiting-confirmation, failed or unknown.
    bool recordOutcome(qint64 intentSequence, const QString &outcome,
                       const QString &errorKind = QString(),
                       const QString &errorMessage = QString());

    /// Changes matching `filter`, newest first.
    QList<JournalChange> changes(const Filter &filter) const;
    /// Per user of `profile`, the newest change that was sent when its outcome is
    /// "awaiting-confirmation" (a link went to the old address): the changes that may still
    /// wait, oldest first. A later change that failed does not end the wait; any other does.
    QList<JournalChange> awaitingConfirmation(const QString &profile) const;
    /// Intents whose process ended before it wrote their outcome (killed, crashed): records
    /// "unknown" for each and returns them, so the program can say so.
    QList<JournalChange> closeAbandoned();
    /// Every row in sequence order, until `visit` returns false. False on a read error.
    bool forEachEntry(const std::function<bool(const JournalEntry &)> &visit) const;

    static QString currentOperator();
    /// Whether no process `pid` runs on this machine (killed, crashed, ended).
    static bool processIsGone(qint64 pid);

private:
    QSqlDatabase database() const;
    bool createSchema(QSqlDatabase &db);
    bool checkFormat(QSqlDatabase &db);
    bool switchToWal(QSqlQuery &pragma);
    qint64 append(JournalEntry entry);
    /// Runs `sql` (intent columns, then the outcome's sequence, time, operator, outcome, error
    /// kind and message) with `values` bound, into changes.
    QList<JournalChange> readChanges(const QString &sql, const QVariantList &values) const;
    bool fail(const QString &problem);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
};
