#pragma once

#include "BulkApplier.h"
#include "BulkPlan.h"
#include "CliCommandLine.h"
#include "CliExitCode.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

class BulkRunStore;
class ChangeJournal;
class IdentityBackend;

/// `identitydesk-cli bulk apply PLAN` and `bulk apply --resume JOB`: applies a plan through
/// BulkApplier, records the run in the journal (BulkRunStore), shows progress on stderr (n of
/// total, rate, time left), writes the per-row results file, and stops cleanly on Ctrl-C
/// (requests in flight end as unknown; a resume reads those users first).
class CliBulkApply : public QObject
{
    Q_OBJECT
public:
    CliBulkApply(const CliInvocation &invocation, IdentityBackend *backend, ChangeJournal &journal,
                 JournaledEmailChange::Context context, QTextStream &out, QTextStream &err,
                 QObject *parent = nullptr);
    ~CliBulkApply() override;

    /// Makes another backend of the same profile on its own network manager: with more than 6
    /// rows at once, rows are spread over several (Qt opens at most 6 connections to one host
    /// per manager).
    void setAnotherConnection(std::function<IdentityBackend *()> make)
    {
        m_anotherConnection = std::move(make);
    }

    void start();

signals:
    void finished(CliExitCode code);

private:
    /// The plan to apply: read from the file, or the run's plan from the journal.
    bool loadPlan(BulkPlan *plan, bool *resuming);
    void applierFinished();
    void reportProgress(bool last);
    bool writeResults();
    void fail(CliExitCode code, const QString &message);
    void finish(CliExitCode code);

    const CliInvocation &m_invocation;
    IdentityBackend *m_backend;
    std::function<IdentityBackend *()> m_anotherConnection;
    ChangeJournal &m_journal;
    JournaledEmailChange::Context m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<BulkRunStore> m_runs;
    BulkApplier *m_applier = nullptr;
    QTimer m_interruptPoll;
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
    bool m_showProgress = false;
    bool m_progressOnTerminal = false;
    bool m_finished = false;
};
