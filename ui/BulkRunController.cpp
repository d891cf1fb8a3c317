#include "BulkRunController.h"

#include "BulkRunStore.h"
#include "ChangeJournal.h"
#include "IdentityBackend.h"

BulkRunController::BulkRunController(IdentityBackend *backend, ChangeJournal *journal,
                                     const JournaledEmailChange::Context &context, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_journal(journal)
    , m_context(context)
{ }

BulkRunController::~BulkRunController()
{
    if (!isRunning())
        return;
    // Whoever listens may be half destroyed already: nothing more is passed on.
    blockSignals(true);
    disconnect(m_applier, nullptr, this, nullptr);
    m_applier->cancel();
    record(m_applier->plan(), BulkApplier::stateWord(BulkApplier::State::Cancelled), false);
}

bool BulkRunController::isRunning() const
{
    return m_applier && !m_ended;
}

bool BulkRunController::record(const BulkPlan &plan, const QString &state, bool newRun)
{
    m_problem.clear();
    m_problemDetails.clear();
    if (!m_journal || !m_journal->isOpen()) {
        m_problem = tr("Not applied: the change journal cannot be used.");
        m_problemDetails = m_journal ? m_journal->errorString() : QString();
        return false;
    }
    BulkRunStore store(*m_journal);
    if (store.open() && (newRun ? store.addRun(plan) : store.setState(plan.jobId, state)))
        return true;
    m_problem = tr("The run could not be recorded in the change journal.");
    m_problemDetails = store.errorString();
    return false;
}

bool BulkRunController::start(const BulkPlan &plan, const BulkApplySettings &settings, bool newRun)
{
    if (isRunning() || !m_backend)
        return false;
    if (!record(plan, BulkApplier::stateWord(BulkApplier::State::Running), newRun))
        return false;
    delete m_applier;
    m_settings = settings;
    m_ended = false;
    JournaledEmailChange::Context context = m_context;
    context.jobId = plan.jobId;
    m_applier = new BulkApplier(m_backend, m_journal, context, plan, settings, this);
    connect(m_applier, &BulkApplier::rowFinished, this, &BulkRunController::rowFinished);
    connect(m_applier, &BulkApplier::progressChanged, this, &BulkRunController::progressChanged);
    connect(m_applier, &BulkApplier::finished, this, [this] {
        m_ended = true;
        emit ended(record(m_applier->plan(), BulkApplier::stateWord(m_applier->state()), false));
    });
    m_applier->start();
    return true;
}
