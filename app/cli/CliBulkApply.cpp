#include "CliBulkApply.h"

#include "BulkResultsWriter.h"
#include "BulkRunStore.h"
#include "ChangeJournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace {
constexpr qint64 progressIntervalMs = 250;
constexpr int interruptPollMs = 100;

std::atomic_bool interrupted { false };

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

} // namespace

CliBulkApply::CliBulkApply(const CliInvocation &invocation, IdentityBackend *backend,
                           ChangeJournal &journal, JournaledEmailChange::Context context,
                           QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_backend(backend)
    , m_journal(journal)
    , m_context(std::move(context))
    , m_out(out)
    , m_err(err)
{ }

CliBulkApply::~CliBulkApply()
{
    std::signal(SIGINT, SIG_DFL);
}

bool CliBulkApply::loadPlan(BulkPlan *plan, bool *resuming)
{
    *resuming = !m_invocation.resumeJob.isEmpty();
    if (*resuming) {
        const std::optional<BulkRun> run = m_runs->run(m_invocation.resumeJob);
        if (!run) {
            fail(CliExitCode::NotFound,
                 tr("There is no bulk run %1 in the change journal (see \"bulk status\").")
                     .arg(m_invocation.resumeJob));
            return false;
        }
        if (run->state == QLatin1String("applying") && !run->isInterrupted()
            && run->processId != QCoreApplication::applicationPid()) {
            fail(CliExitCode::Conflict,
                 tr("Run %1 is being applied by process %2 on %3; wait for it to end.")
                     .arg(run->plan.jobId)
                     .arg(run->processId)
                     .arg(run->machine));
            return false;
        }
        *plan = run->plan;
        return true;
    }
    const QString fileName = m_invocation.arguments.value(1);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(CliExitCode::Validation, tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    QString problem;
    std::optional<BulkPlan> read = BulkPlan::fromJson(file.readAll(), &problem);
    if (!read) {
        fail(CliExitCode::Validation,
             tr("%1 is not a bulk plan: %2; nothing was changed.").arg(fileName, problem));
        return false;
    }
    *plan = std::move(*read);
    return true;
}

void CliBulkApply::start()
{
    m_runs = std::make_unique<BulkRunStore>(m_journal);
    if (!m_runs->open()) {
        fail(CliExitCode::Journal, m_runs->errorString());
        return;
    }
    BulkPlan plan;
    bool resuming = false;
    if (!loadPlan(&plan, &resuming))
        return;
    if (plan.profile != m_context.profile || plan.backend != m_context.backend
        || plan.serverHost != m_context.serverHost) {
        fail(CliExitCode::Usage,
             tr("The plan was made for profile \"%1\" (%2 at %3); this is \"%4\" (%5 at %6). "
                "Apply it with --profile %1, or plan again.")
                 .arg(plan.profile, plan.backend, plan.serverHost, m_context.profile,
                      m_context.backend, m_context.serverHost));
        return;
    }
    if (!(resuming ? m_runs->setState(plan.jobId, QStringLiteral("applying"))
                   : m_runs->addRun(plan))) {
        fail(resuming ? CliExitCode::Journal : CliExitCode::Conflict, m_runs->errorString());
        return;
    }

    BulkApplySettings settings;
    settings.parallel = m_invocation.parallelGiven ? m_invocation.parallel : 2;
    settings.requestsPerSecond = m_invocation.rate;
    settings.maxConsecutiveFailures = m_invocation.maxFailures;
    settings.retryFailed = m_invocation.retryFailed;
    m_applier = new BulkApplier(m_backend, &m_journal, m_context, plan, settings, this);
    constexpr int connectionsPerManager = 6;
    for (int rows = connectionsPerManager; m_anotherConnection && rows < settings.parallel;
         rows += connectionsPerManager)
        m_applier->addConnection(m_anotherConnection());
    m_showProgress = !m_invocation.quiet && (m_invocation.progress || isatty(STDERR_FILENO));
    m_progressOnTerminal = isatty(STDERR_FILENO) != 0;
    connect(m_applier, &BulkApplier::progressChanged, this, [this] { reportProgress(false); });
    connect(m_applier, &BulkApplier::finished, this, &CliBulkApply::applierFinished);

    // Ctrl-C cancels: requests in flight are aborted and recorded as unknown, so that a
    // resume reads those users before anything is sent again.
    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    m_interruptPoll.setInterval(interruptPollMs);
    connect(&m_interruptPoll, &QTimer::timeout, this, [this] {
        if (!interrupted || !m_applier || m_applier->isFinished())
            return;
        m_interruptPoll.stop();
        m_err << '\n'
              << "identitydesk-cli: "
              << tr("Cancelling; requests in flight end as unknown (a resume checks them).")
              << Qt::endl;
        m_applier->cancel();
    });
    m_interruptPoll.start();
    m_clock.start();
    if (!m_invocation.quiet)
        m_err << "identitydesk-cli: "
              << (resuming ? tr("Resuming run %1: %n ready row(s).", nullptr, plan.readyCount())
                           : tr("Applying run %1: %n ready row(s).", nullptr, plan.readyCount()))
                     .arg(plan.jobId)
              << Qt::endl;
    m_applier->start();
}

void CliBulkApply::reportProgress(bool last)
{
    if (!m_showProgress)
        return;
    const qint64 elapsed = m_clock.elapsed();
    if (!last && m_lastProgressMs >= 0 && elapsed - m_lastProgressMs < progressIntervalMs)
        return;
    m_lastProgressMs = elapsed;
    const BulkProgress progress = m_applier->progress();
    QString line = tr("bulk: %1 of %2 rows").arg(progress.done).arg(progress.total);
    if (progress.rowsPerSecond > 0)
        line += tr(", %1 rows/s").arg(progress.rowsPerSecond, 0, 'f', 1);
    if (progress.secondsLeft >= 0 && !last)
        line += tr(", about %1 s left").arg(progress.secondsLeft);
    if (progress.failed > 0)
        line += tr(", %n failed", nullptr, progress.failed);
    if (m_progressOnTerminal)
        m_err << '\r' << line << "\x1b[K" << (last ? "\n" : "");
    else
        m_err << line << '\n';
    m_err.flush();
}

bool CliBulkApply::writeResults()
{
    if (m_invocation.resultsFile.isEmpty())
        return true;
    const std::optional<BulkResultsWriter::Format> format =
        BulkResultsWriter::formatForFileName(m_invocation.resultsFile);
    QSaveFile file(m_invocation.resultsFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(BulkResultsWriter::write(m_applier->plan(), m_applier->results(),
                                               format.value_or(BulkResultsWriter::Format::Csv)))
            < 0
        || !file.commit()) {
        m_err << "identitydesk-cli: "
              << tr("Cannot write the results to %1: %2")
                     .arg(m_invocation.resultsFile, file.errorString())
              << Qt::endl;
        return false;
    }
    return true;
}

void CliBulkApply::applierFinished()
{
    m_interruptPoll.stop();
    reportProgress(true);
    const BulkPlan &plan = m_applier->plan();
    m_runs->setState(plan.jobId, BulkApplier::stateWord(m_applier->state()));
    const bool resultsWritten = writeResults();

    const BulkProgress progress = m_applier->progress();
    const QList<BulkRowResult> &results = m_applier->results();
    if (m_invocation.json) {
        QJsonArray rows;
        for (qsizetype i = 0; i < plan.rows.size(); ++i) {
            if (!plan.rows.at(i).isReady())
                continue;
            rows.append(QJsonObject {
                { QStringLiteral("row"), plan.rows.at(i).row },
                { QStringLiteral("userId"), plan.rows.at(i).userId },
                { QStringLiteral("result"), BulkRowResult::outcomeWord(results.at(i).outcome) },
                { QStringLiteral("message"), results.at(i).message },
            });
        }
        m_out << QJsonDocument(
                     QJsonObject {
                         { QStringLiteral("jobId"), plan.jobId },
                         { QStringLiteral("state"), BulkApplier::stateWord(m_applier->state()) },
                         { QStringLiteral("ready"), progress.total },
                         { QStringLiteral("succeeded"), progress.succeeded },
                         { QStringLiteral("skipped"), progress.skipped },
                         { QStringLiteral("failed"), progress.failed },
                         { QStringLiteral("unknown"), progress.unknown },
                         { QStringLiteral("notStarted"), progress.total - progress.done },
                         { QStringLiteral("rows"), rows },
                     })
                     .toJson();
    } else {
        for (qsizetype i = 0; i < plan.rows.size(); ++i) {
            const BulkRowResult &result = results.at(i);
            if (!plan.rows.at(i).isReady() || result.isSuccess()
                || result.outcome == BulkRowResult::Outcome::NotStarted)
                continue;
            m_out << tr("row %1, user %2: %3: %4")
                         .arg(plan.rows.at(i).row)
                         .arg(plan.rows.at(i).userId, BulkRowResult::outcomeText(result.outcome),
                              result.message)
                  << '\n';
        }
        m_out << tr("Run %1: %2 of %3 ready rows done (%4 skipped, %5 failed, %6 unknown, %7 "
                    "not started).")
                     .arg(plan.jobId)
                     .arg(progress.succeeded)
                     .arg(progress.total)
                     .arg(progress.skipped)
                     .arg(progress.failed)
                     .arg(progress.unknown)
                     .arg(progress.total - progress.done)
              << '\n';
    }
    if (!m_applier->stopReason().isEmpty())
        m_err << "identitydesk-cli: " << m_applier->stopReason() << Qt::endl;
    if (m_applier->state() == BulkApplier::State::JournalFailed) {
        finish(CliExitCode::Journal);
        return;
    }
    const bool whole =
        m_applier->state() == BulkApplier::State::Finished && progress.succeeded == progress.total;
    if (!whole && !m_invocation.quiet)
        m_err << "identitydesk-cli: "
              << (progress.done < progress.total
                      ? tr("Finish the rest with: identitydesk-cli --profile %1 bulk apply "
                           "--resume %2")
                            .arg(plan.profile, plan.jobId)
                      : tr("Review the rows that were not done; \"bulk apply --resume %1 "
                           "--retry-failed\" tries the failed ones again.")
                            .arg(plan.jobId))
              << Qt::endl;
    finish(!resultsWritten ? CliExitCode::Failure
                           : (whole ? CliExitCode::Success : CliExitCode::BulkNotWhole));
}

void CliBulkApply::fail(CliExitCode code, const QString &message)
{
    m_err << "identitydesk-cli: " << message << Qt::endl;
    finish(code);
}

void CliBulkApply::finish(CliExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(code);
}
