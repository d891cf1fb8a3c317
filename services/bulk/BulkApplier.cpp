#include "BulkApplier.h"

#include "BulkRunStore.h"
#include "ChangeJournal.h"
#include "EmailAddressCheck.h"
#include "IdentityBackend.h"
#include "ServiceJob.h"

#include <QTimer>

namespace {
using Outcome = BulkRowResult::Outcome;

BulkRowResult resultOf(Outcome outcome, const QString &message = QString())
{
    BulkRowResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

std::optional<Outcome> outcomeOfJournalWord(const QString &word)
{
    if (word == QLatin1String("changed"))
        return Outcome::Changed;
    if (word == QLatin1String("verification-mailed"))
        return Outcome::VerificationMailed;
    if (word == QLatin1String("awaiting-confirmation"))
        return Outcome::AwaitingConfirmation;
    if (word == QLatin1String("failed"))
        return Outcome::Failed;
    return std::nullopt; // unknown, or no outcome yet
}
} // namespace

BulkApplier::BulkApplier(IdentityBackend *backend, ChangeJournal *journal,
                         JournaledEmailChange::Context context, BulkPlan plan,
                         const BulkApplySettings &settings, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_journal(journal)
    , m_context(std::move(context))
    , m_plan(std::move(plan))
    , m_settings(settings)
    , m_pacer(settings.requestsPerSecond)
{
    m_context.jobId = m_plan.jobId;
    m_settings.parallel = qMax(1, m_settings.parallel);
    m_results.resize(m_plan.rows.size());
}

BulkApplier::~BulkApplier()
{
    // Requests still out end with their jobs; the journal records them as unknown.
    for (const QPointer<ServiceJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

void BulkApplier::addConnection(IdentityBackend *backend)
{
    if (backend && m_state == State::Idle)
        m_moreConnections.append(backend);
}

IdentityBackend *BulkApplier::backendFor(int index) const
{
    const int connections = int(m_moreConnections.size()) + 1;
    const int connection = index % connections;
    return connection == 0 ? m_backend.data() : m_moreConnections.at(connection - 1).data();
}

QString BulkApplier::stateWord(State state)
{
    switch (state) {
    case State::Finished:
        return QStringLiteral("finished");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Idle:
    case State::Running:
    case State::Paused:
        return QStringLiteral("applying");
    case State::Stopped:
    case State::JournalFailed:
        break;
    }
    return QStringLiteral("stopped");
}

bool BulkApplier::isFinished() const
{
    return m_state == State::Finished || m_state == State::Stopped || m_state == State::Cancelled
        || m_state == State::JournalFailed;
}

void BulkApplier::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_meter.start();
    loadEarlierRun();
    emit progressChanged();
    // From the event loop, so that callers connect to finished() first even when nothing is
    // left to do.
    QMetaObject::invokeMethod(
        this,
        [this] {
            startMore();
            finishIfIdle();
        },
        Qt::QueuedConnection);
}

void BulkApplier::loadEarlierRun()
{
    const QHash<QString, JournalChange> earlier = m_journal
        ? BulkRunStore::latestChanges(*m_journal, m_plan.jobId)
        : QHash<QString, JournalChange>();
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const BulkPlanRow &row = m_plan.rows.at(i);
        if (!row.isReady())
            continue;
        const auto change = earlier.constFind(row.userId);
        if (change == earlier.cend()) {
            m_queue.append(i);
            continue;
        }
        const std::optional<Outcome> outcome = outcomeOfJournalWord(change->outcome.outcome);
        if (!outcome) {
            // Sent, but its answer never came: read the user before anything else.
            m_interrupted.insert(i, true);
            m_queue.append(i);
            continue;
        }
        if (*outcome == Outcome::Failed && m_settings.retryFailed) {
            m_queue.append(i);
            continue;
        }
        BulkRowResult result =
            resultOf(*outcome,
                     *outcome == Outcome::Failed ? change->outcome.errorMessage
                                                 : tr("Done by an earlier run of this job."));
        result.errorKind = change->outcome.errorKind;
        result.fromEarlierRun = true;
        m_results[i] = result;
    }
}

void BulkApplier::pause()
{
    if (m_state == State::Running) {
        m_state = State::Paused;
        emit progressChanged();
    }
}

void BulkApplier::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Running;
    emit progressChanged();
    startMore();
    finishIfIdle();
}

void BulkApplier::cancel()
{
    if (isFinished() || m_state == State::Idle)
        return;
    m_state = State::Cancelled;
    const QList<int> active = m_active.values();
    for (const int index : active) {
        const QPointer<ServiceJob> job = m_jobs.value(index);
        if (job)
            job->cancel(); // its finished() ends the row
        else
            rowDone(index, resultOf(Outcome::NotStarted, tr("Cancelled before it was sent.")));
    }
    finishIfIdle();
}

void BulkApplier::startMore()
{
    while (m_state == State::Running && m_active.size() < m_settings.parallel
           && m_queueHead < m_queue.size()) {
        const int index = m_queue.at(m_queueHead++);
        m_active.insert(index);
        paced(index, 1, [this, index] { readUser(index); });
    }
}

int BulkApplier::requestsPerChange() const
{
    // A change may cost more than its write (Acronis reads the version first, ZITADEL the
    // result after): the rate counts every request.
    return m_backend ? qMax(1, m_backend->capabilities().requestsPerChange) : 1;
}

void BulkApplier::paced(int index, int requests, const std::function<void()> &send)
{
    const qint64 wait = m_pacer.reserve(requests);
    if (wait <= 0) {
        send();
        return;
    }
    QTimer::singleShot(wait, this, [this, index, send] {
        // Cancelled while waiting: the row has ended already.
        if (m_active.contains(index) && m_state != State::Cancelled)
            send();
    });
}

void BulkApplier::readUser(int index)
{
    IdentityBackend *backend = backendFor(index);
    if (!backend) {
        rowDone(index, resultOf(Outcome::Failed, tr("The connection is gone.")));
        return;
    }
    ++m_requestsSent;
    UserJob *job = backend->user(m_plan.rows.at(index).userId);
    m_jobs.insert(index, job);
    connect(job, &ServiceJob::finished, this, [this, index, job] {
        m_jobs.remove(index);
        if (job->succeeded()) {
            userRead(index, job->user());
            return;
        }
        const ServiceError &error = job->error();
        if (error.kind() == ServiceError::Kind::Cancelled) {
            rowDone(index, resultOf(Outcome::NotStarted, tr("Cancelled before it was sent.")));
            return;
        }
        BulkRowResult result =
            resultOf(Outcome::Failed,
                     error.kind() == ServiceError::Kind::NotFound
                         ? tr("The user no longer exists.")
                         : tr("Reading the user failed: %1").arg(error.describe()));
        result.errorKind = error.kindName();
        rowDone(index, result);
    });
}

void BulkApplier::userRead(int index, const User &current)
{
    const BulkPlanRow &row = m_plan.rows.at(index);
    if (m_state == State::Cancelled) {
        rowDone(index, resultOf(Outcome::NotStarted, tr("Cancelled before it was sent.")));
        return;
    }
    if (EmailAddressCheck::isSameAddress(current.email, row.newEmail)) {
        rowDone(index,
                m_interrupted.contains(index)
                    ? resultOf(Outcome::Changed,
                               tr("The earlier run's answer never came; reading the user shows "
                                  "the change went through."))
                    : resultOf(Outcome::Skipped, tr("The user already has the new address.")));
        return;
    }
    if (!current.pendingEmail.isEmpty()
        && EmailAddressCheck::isSameAddress(current.pendingEmail, row.newEmail)) {
        rowDone(index,
                resultOf(Outcome::AwaitingConfirmation,
                         tr("The new address already waits for confirmation; not sent again.")));
        return;
    }
    if (!EmailAddressCheck::isSameAddress(current.email, row.oldEmail)) {
        rowDone(index,
                resultOf(Outcome::Skipped,
                         tr("The address changed since planning (now %1); review it on its own.")
                             .arg(current.email)));
        return;
    }
    paced(index, requestsPerChange(), [this, index, current] { sendChange(index, current); });
}

void BulkApplier::sendChange(int index, const User &current)
{
    const BulkPlanRow &row = m_plan.rows.at(index);
    EmailChangeRequest request;
    request.newEmail = row.newEmail;
    request.markVerified = row.markVerified;
    request.expectedVersion = current.version;
    QString journalProblem;
    EmailChangeJob *job = JournaledEmailChange::start(backendFor(index), m_journal, m_context,
                                                      current, request, &journalProblem);
    if (!job) {
        m_state = State::JournalFailed;
        m_stopReason = journalProblem;
        rowDone(index, resultOf(Outcome::NotStarted, journalProblem));
        return;
    }
    m_requestsSent += requestsPerChange();
    m_jobs.insert(index, job);
    connect(job, &ServiceJob::finished, this, [this, index, job] {
        m_jobs.remove(index);
        const QString word = JournaledEmailChange::outcomeOf(*job);
        const std::optional<Outcome> outcome = outcomeOfJournalWord(word);
        BulkRowResult result;
        if (job->succeeded()) {
            result = resultOf(*outcome, job->outcome().summary(m_plan.rows.at(index).newEmail));
        } else {
            result = resultOf(outcome.value_or(Outcome::Unknown), job->error().describe());
            result.errorKind = job->error().kindName();
        }
        rowDone(index, result);
    });
}

void BulkApplier::rowDone(int index, BulkRowResult result)
{
    if (!m_active.remove(index))
        return;
    m_jobs.remove(index);
    if (result.outcome == Outcome::Failed || result.outcome == Outcome::Unknown)
        ++m_consecutiveFailures;
    else if (result.isSuccess())
        m_consecutiveFailures = 0;
    m_results[index] = std::move(result);
    if (m_settings.maxConsecutiveFailures > 0
        && m_consecutiveFailures >= m_settings.maxConsecutiveFailures
        && (m_state == State::Running || m_state == State::Paused)) {
        m_state = State::Stopped;
        m_stopReason = tr("Stopped after %n failures in a row; the rest is left for a resume.",
                          nullptr, m_consecutiveFailures);
    }
    m_meter.noteRowDone(m_results);
    emit rowFinished(index);
    emit progressChanged();
    startMore();
    finishIfIdle();
}

void BulkApplier::finishIfIdle()
{
    if (!m_active.isEmpty() || m_finishedEmitted)
        return;
    const bool queueDone = m_queueHead >= m_queue.size();
    if (m_state == State::Running || m_state == State::Paused) {
        if (!queueDone)
            return;
        m_state = State::Finished;
    }
    if (!isFinished())
        return;
    m_finishedEmitted = true;
    emit progressChanged();
    emit finished();
}

BulkProgress BulkApplier::progress() const
{
    return m_meter.progress(m_plan, m_results);
}
