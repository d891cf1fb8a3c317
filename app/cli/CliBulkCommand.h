#pragma once

#include "BulkPlan.h"
#include "CliCommandLine.h"
#include "CliExitCode.h"
#include "JournaledEmailChange.h"
#include "ServiceError.h"

#include <QObject>
#include <QTextStream>

#include <functional>

class BulkPlanner;
class ChangeJournal;
class CliBulkApply;
class IdentityBackend;

/// `identitydesk-cli bulk plan | apply | undo | status`: bulk email changes as a reviewed
/// plan. plan and undo write a plan file and change nothing; apply (CliBulkApply) changes;
/// status reads the runs from the journal.
class CliBulkCommand : public QObject
{
    Q_OBJECT
public:
    /// `backend` may be null for status, which needs no server.
    /// `anotherConnection` makes another backend of the same profile (see CliBulkApply).
    CliBulkCommand(const CliInvocation &invocation, IdentityBackend *backend,
                   std::function<IdentityBackend *()> anotherConnection, ChangeJournal &journal,
                   JournaledEmailChange::Context context, QTextStream &out, QTextStream &err,
                   QObject *parent = nullptr);
    ~CliBulkCommand() override;

    void start();

    /// Whether the command needs a connection to a server (all but status).
    static bool needsBackend(const CliInvocation &invocation);

signals:
    void finished(CliExitCode code);

private:
    void plan();
    void undo();
    void status();
    void apply();
    void runPlanner(BulkPlanner *planner);
    void planned(BulkPlanner *planner);

    void fail(const ServiceError &error);
    void fail(CliExitCode code, const QString &message);
    void finish(CliExitCode code);

    const CliInvocation &m_invocation;
    IdentityBackend *m_backend;
    std::function<IdentityBackend *()> m_anotherConnection;
    ChangeJournal &m_journal;
    JournaledEmailChange::Context m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_finished = false;
};
