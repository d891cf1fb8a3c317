#pragma once

#include "BulkPlan.h"
#include "BulkPlanResolver.h"
#include "JournalEntry.h"
#include "ServiceError.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class IdentityBackend;
class PagePipeline;

/// Makes a bulk plan: lists the whole directory through the page pipeline (to resolve
/// "email:" references, find addresses already taken and, for a domain rename, the users to
/// change), then resolves every row. It reads only; nothing on the server changes.
///
/// A listing that fails or is incomplete fails the planning: a plan checked against part of
/// the directory could give one address to two users.
class BulkPlanner : public QObject
{
    Q_OBJECT
public:
    /// `header` carries the plan's job id, profile, backend, host and source; its rows are
    /// filled in here.
    BulkPlanner(IdentityBackend *backend, BulkPlan header, QObject *parent = nullptr);
    ~BulkPlanner() override;

    /// Pages fetched at once while listing (see PagePipelineSettings::parallel).
    void setParallel(int parallel) { m_parallel = parallel; }

    void planRequests(const QList<BulkChangeRequest> &requests);
    /// `markVerified`: ask the backend to mark each new address verified (ZITADEL).
    void planDomainRename(const QString &oldDomain, const QString &newDomain,
                          bool markVerified = false);
    /// The inverse of a run's changes: each user whose change went through back to the address
    /// it had before (`changes` as ChangeJournal gives them for the run's job id).
    void planUndo(const QList<JournalChange> &changes);
    void cancel();

    bool succeeded() const { return m_succeeded; }
    const ServiceError &error() const { return m_error; }
    const BulkPlan &plan() const { return m_plan; }

    /// The undo requests of a run, newest change of each user first wins (exposed for tests).
    static QList<BulkChangeRequest> undoRequests(const QList<JournalChange> &changes);

signals:
    void progress(qint64 listed, qint64 total);
    void warning(const QString &text);
    /// Exactly once.
    void finished();

private:
    void listDirectory(std::function<void()> resolve);
    void fail(const ServiceError &error);

    QPointer<IdentityBackend> m_backend;
    BulkPlan m_plan;
    std::unique_ptr<BulkPlanResolver> m_resolver;
    PagePipeline *m_pipeline = nullptr;
    int m_parallel = 6;
    bool m_succeeded = false;
    bool m_finished = false;
    ServiceError m_error;
};
