#include "BulkPlanner.h"

#include "IdentityBackend.h"
#include "PagePipeline.h"

#include <QSet>

BulkPlanner::BulkPlanner(IdentityBackend *backend, BulkPlan header, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_plan(std::move(header))
{
    m_plan.rows.clear();
}

BulkPlanner::~BulkPlanner() = default;

void BulkPlanner::planRequests(const QList<BulkChangeRequest> &requests)
{
    listDirectory([this, requests] { m_plan.rows = m_resolver->resolve(requests); });
}

void BulkPlanner::planDomainRename(const QString &oldDomain, const QString &newDomain,
                                   bool markVerified)
{
    QString problem;
    if (!BulkPlanResolver::isDomain(oldDomain, &problem)
        || !BulkPlanResolver::isDomain(newDomain, &problem)) {
        fail({ ServiceError::Kind::Validation, tr("Cannot rename the domain: %1.").arg(problem) });
        return;
    }
    if (oldDomain.trimmed().compare(newDomain.trimmed(), Qt::CaseInsensitive) == 0) {
        fail({ ServiceError::Kind::Validation,
               tr("Cannot rename the domain: the old and the new domain are the same.") });
        return;
    }
    listDirectory([this, oldDomain, newDomain, markVerified] {
        QList<BulkChangeRequest> requests = m_resolver->domainRename(oldDomain, newDomain);
        for (BulkChangeRequest &request : requests)
            request.markVerified = markVerified;
        m_plan.rows = m_resolver->resolve(requests);
    });
}

void BulkPlanner::planUndo(const QList<JournalChange> &changes)
{
    const QList<BulkChangeRequest> requests = undoRequests(changes);
    if (requests.isEmpty()) {
        fail({ ServiceError::Kind::NotFound,
               tr("The run changed no address, so there is nothing to undo.") });
        return;
    }
    planRequests(requests);
}

QList<BulkChangeRequest> BulkPlanner::undoRequests(const QList<JournalChange> &changes)
{
    // `changes` come newest first: the newest change of a user decides what is undone.
    QList<BulkChangeRequest> requests;
    QSet<QString> seen;
    for (const JournalChange &change : changes) {
        if (seen.contains(change.intent.userId))
            continue;
        seen.insert(change.intent.userId);
        const QString &outcome = change.outcome.outcome;
        if (outcome != QLatin1String("changed") && outcome != QLatin1String("verification-mailed")
            && outcome != QLatin1String("awaiting-confirmation"))
            continue;
        requests.append({ 0, change.intent.userId, change.intent.oldEmail, false });
    }
    // Undo in the order the run went, oldest first, so row numbers read like the original.
    std::reverse(requests.begin(), requests.end());
    return requests;
}

void BulkPlanner::cancel()
{
    if (m_pipeline && !m_pipeline->isFinished())
        m_pipeline->cancel();
    else if (!m_finished)
        fail(ServiceError::cancelled());
}

void BulkPlanner::listDirectory(std::function<void()> resolve)
{
    if (!m_backend) {
        fail({ ServiceError::Kind::Unsupported, tr("No connection to plan against.") });
        return;
    }
    m_resolver = std::make_unique<BulkPlanResolver>(m_backend->capabilities());
    PagePipelineSettings settings;
    settings.parallel = m_parallel;
    m_pipeline = new PagePipeline(m_backend, UserQuery(), settings, this);
    connect(m_pipeline, &PagePipeline::pageReady, this, [this](const QList<User> &users) {
        for (const User &user : users)
            m_resolver->addUser(user);
    });
    connect(m_pipeline, &PagePipeline::progress, this, &BulkPlanner::progress);
    connect(m_pipeline, &PagePipeline::warning, this, &BulkPlanner::warning);
    connect(m_pipeline, &PagePipeline::finished, this, [this, resolve = std::move(resolve)] {
        switch (m_pipeline->status()) {
        case PagePipeline::Status::Complete:
            resolve();
            m_succeeded = true;
            m_finished = true;
            emit finished();
            return;
        case PagePipeline::Status::Incomplete:
            fail(ServiceError(m_pipeline->error())
                     .withMoreDetail(tr("A plan needs the whole directory; nothing was planned.")));
            return;
        default:
            fail(m_pipeline->error());
            return;
        }
    });
    // Queued: the caller connects to finished() after calling plan…().
    QMetaObject::invokeMethod(m_pipeline, &PagePipeline::start, Qt::QueuedConnection);
}

void BulkPlanner::fail(const ServiceError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // Reported from the event loop, like every job, even when planning fails at once.
    QMetaObject::invokeMethod(this, &BulkPlanner::finished, Qt::QueuedConnection);
}
