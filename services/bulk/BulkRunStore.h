#pragma once

#include "BulkPlan.h"
#include "BulkProgress.h"
#include "JournalEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class ChangeJournal;

/// One bulk run as the journal keeps it.
struct BulkRun
{
    BulkPlan plan;
    /// applying, finished, stopped, cancelled.
    QString state;
    QDateTime updated;
    qint64 processId = 0;
    QString machine;

    /// Applying, but by a process on this machine that is gone: it was killed or crashed.
    bool isInterrupted() const;
    /// Not finished: offered for resume.
    bool isUnfinished() const;
};

/// Counts of a run's rows by what happened to them, from the journal.
struct BulkRunCounts
{
    int ready = 0;
    int changed = 0;
    int verificationMailed = 0;
    int awaitingConfirmation = 0;
    int failed = 0;
    int unknown = 0;
    int notStarted = 0;
};

/// The bulk runs in the change journal's file (table bulk_runs, beside its entries): each
/// run's plan and state, so `bulk apply --resume`, `bulk status` and the desktop find them.
/// The changes themselves are journal entries carrying the run's job id.
class BulkRunStore
{
    Q_DECLARE_TR_FUNCTIONS(BulkRunStore)

public:
    /// `journal` must be open: its file has been checked to be an IdentityDesk journal.
    explicit BulkRunStore(const ChangeJournal &journal);
    ~BulkRunStore();
    BulkRunStore(const BulkRunStore &) = delete;
    BulkRunStore &operator=(const BulkRunStore &) = delete;

    bool open();
    const QString &errorString() const { return m_error; }

    /// Records a new run of `plan` in state "applying" by this process; false when the job
    /// id is already known (the plan was applied before: resume that job instead).
    bool addRun(const BulkPlan &plan);
    bool setState(const QString &jobId, const QString &state);
    std::optional<BulkRun> run(const QString &jobId) const;
    /// Newest first.
    QList<BulkRun> runs() const;

    /// The newest change of each user in the run, by user id.
    static QHash<QString, JournalChange> latestChanges(const ChangeJournal &journal,
                                                       const QString &jobId);
    static BulkRunCounts counts(const BulkRun &run, const ChangeJournal &journal);

private:
    bool fail(const QString &problem);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
};
