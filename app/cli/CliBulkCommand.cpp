#include "CliBulkCommand.h"

#include "BulkCsvReader.h"
#include "BulkPlanner.h"
#include "BulkRunStore.h"
#include "ChangeJournal.h"
#include "CliBulkApply.h"
#include "CliFormatter.h"
#include "IdentityBackend.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
QString subcommand(const CliInvocation &invocation)
{
    return invocation.arguments.value(0);
}

QJsonObject countsJson(const BulkRun &run, const BulkRunCounts &counts)
{
    return {
        { QStringLiteral("jobId"), run.plan.jobId },
        { QStringLiteral("created"), run.plan.created.toString(Qt::ISODate) },
        { QStringLiteral("profile"), run.plan.profile },
        { QStringLiteral("source"), run.plan.source },
        { QStringLiteral("state"),
          run.isInterrupted() ? QStringLiteral("interrupted") : run.state },
        { QStringLiteral("rows"), run.plan.rows.size() },
        { QStringLiteral("ready"), counts.ready },
        { QStringLiteral("changed"), counts.changed },
        { QStringLiteral("verificationMailed"), counts.verificationMailed },
        { QStringLiteral("awaitingConfirmation"), counts.awaitingConfirmation },
        { QStringLiteral("failed"), counts.failed },
        { QStringLiteral("unknown"), counts.unknown },
        { QStringLiteral("notStarted"), counts.notStarted },
    };
}
} // namespace

CliBulkCommand::CliBulkCommand(const CliInvocation &invocation, IdentityBackend *backend,
                               std::function<IdentityBackend *()> anotherConnection,
                               ChangeJournal &journal, JournaledEmailChange::Context context,
                               QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_backend(backend)
    , m_anotherConnection(std::move(anotherConnection))
    , m_journal(journal)
    , m_context(std::move(context))
    , m_out(out)
    , m_err(err)
{ }

CliBulkCommand::~CliBulkCommand() = default;

bool CliBulkCommand::needsBackend(const CliInvocation &invocation)
{
    return subcommand(invocation) != QLatin1String("status");
}

void CliBulkCommand::start()
{
    const QString action = subcommand(m_invocation);
    if (action == QLatin1String("plan"))
        plan();
    else if (action == QLatin1String("apply"))
        apply();
    else if (action == QLatin1String("undo"))
        undo();
    else
        status();
}

void CliBulkCommand::plan()
{
    if (!m_invocation.csvFile.isEmpty()) {
        QFile file(m_invocation.csvFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(CliExitCode::Validation,
                 tr("Cannot read %1: %2").arg(m_invocation.csvFile, file.errorString()));
            return;
        }
        BulkCsvReader reader;
        if (!reader.read(file.readAll())) {
            fail(CliExitCode::Validation,
                 tr("%1 is not a bulk-change CSV: %2; nothing was planned.")
                     .arg(m_invocation.csvFile, reader.error()));
            return;
        }
        QList<BulkChangeRequest> requests;
        requests.reserve(reader.rows().size());
        for (const BulkCsvRow &row : reader.rows())
            requests.append(
                { row.line, row.user, row.newEmail, row.verified.value_or(m_invocation.verified) });
        auto *planner = new BulkPlanner(
            m_backend,
            BulkPlan::newFor(m_context,
                             QStringLiteral("csv:") + QFileInfo(m_invocation.csvFile).fileName()),
            this);
        planner->planRequests(requests);
        runPlanner(planner);
        return;
    }
    const QString rename = m_invocation.renameDomain;
    const qsizetype equals = rename.indexOf(QLatin1Char('='));
    auto *planner = new BulkPlanner(
        m_backend, BulkPlan::newFor(m_context, QStringLiteral("rename-domain:") + rename.trimmed()),
        this);
    planner->planDomainRename(rename.left(equals), rename.mid(equals + 1), m_invocation.verified);
    runPlanner(planner);
}

void CliBulkCommand::undo()
{
    const QString jobId = m_invocation.arguments.value(1);
    BulkRunStore runs(m_journal);
    const std::optional<BulkRun> run = runs.open() ? runs.run(jobId) : std::nullopt;
    if (!run) {
        fail(CliExitCode::NotFound,
             runs.errorString().isEmpty()
                 ? tr("There is no bulk run %1 in the change journal (see \"bulk status\").")
                       .arg(jobId)
                 : runs.errorString());
        return;
    }
    if (run->plan.profile != m_context.profile) {
        fail(CliExitCode::Usage,
             tr("Run %1 changed profile \"%2\"; undo it with --profile %2.")
                 .arg(jobId, run->plan.profile));
        return;
    }
    ChangeJournal::Filter filter;
    filter.jobId = jobId;
    auto *planner = new BulkPlanner(
        m_backend, BulkPlan::newFor(m_context, QStringLiteral("undo:") + jobId), this);
    planner->planUndo(m_journal.changes(filter));
    runPlanner(planner);
}

void CliBulkCommand::runPlanner(BulkPlanner *planner)
{
    planner->setParallel(m_invocation.parallel);
    connect(planner, &BulkPlanner::warning, this, [this](const QString &text) {
        if (!m_invocation.quiet)
            m_err << "identitydesk-cli: " << text << Qt::endl;
    });
    connect(planner, &BulkPlanner::finished, this, [this, planner] { planned(planner); });
}

void CliBulkCommand::planned(BulkPlanner *planner)
{
    if (!planner->succeeded()) {
        fail(planner->error());
        return;
    }
    const BulkPlan &plan = planner->plan();
    QSaveFile file(m_invocation.outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(plan.toJson()) < 0 || !file.commit()) {
        fail(CliExitCode::Failure,
             tr("Cannot write the plan to %1: %2").arg(m_invocation.outFile, file.errorString()));
        return;
    }
    if (m_invocation.json) {
        m_out << QJsonDocument(QJsonObject {
                                   { QStringLiteral("jobId"), plan.jobId },
                                   { QStringLiteral("plan"), m_invocation.outFile },
                                   { QStringLiteral("rows"), plan.rows.size() },
                                   { QStringLiteral("ready"), plan.readyCount() },
                                   { QStringLiteral("refused"), plan.refusedCount() },
                               })
                     .toJson();
    } else {
        for (const BulkPlanRow &row : plan.rows) {
            if (row.status == BulkPlanRow::Status::Refused)
                m_out << tr("row %1%2: refused: %3")
                             .arg(row.row)
                             .arg(row.sourceLine > 0 ? tr(" (line %1)").arg(row.sourceLine)
                                                     : QString(),
                                  row.reason)
                      << '\n';
        }
        m_out << tr("Plan %1 written to %2: %n row(s) ready", nullptr, plan.readyCount())
                     .arg(plan.jobId, m_invocation.outFile)
              << tr(", %n refused.", nullptr, plan.refusedCount()) << '\n';
        if (plan.readyCount() > 0)
            m_out << tr("Nothing has changed yet. Review the plan, then run: identitydesk-cli "
                        "--profile %1 bulk apply %2")
                         .arg(plan.profile, m_invocation.outFile)
                  << '\n';
    }
    finish(CliExitCode::Success);
}

void CliBulkCommand::apply()
{
    auto *apply =
        new CliBulkApply(m_invocation, m_backend, m_journal, m_context, m_out, m_err, this);
    apply->setAnotherConnection(m_anotherConnection);
    connect(apply, &CliBulkApply::finished, this, &CliBulkCommand::finish);
    apply->start();
}

void CliBulkCommand::status()
{
    BulkRunStore store(m_journal);
    if (!store.open()) {
        fail(CliExitCode::Journal, store.errorString());
        return;
    }
    const QString jobId = m_invocation.arguments.value(1);
    QList<BulkRun> runs = store.runs();
    if (!jobId.isEmpty()) {
        runs.removeIf([&jobId](const BulkRun &run) { return run.plan.jobId != jobId; });
        if (runs.isEmpty()) {
            fail(CliExitCode::NotFound,
                 tr("There is no bulk run %1 in the change journal.").arg(jobId));
            return;
        }
    }
    if (m_invocation.json) {
        QJsonArray array;
        for (const BulkRun &run : std::as_const(runs))
            array.append(countsJson(run, BulkRunStore::counts(run, m_journal)));
        m_out << QJsonDocument(array).toJson();
        finish(CliExitCode::Success);
        return;
    }
    if (runs.isEmpty()) {
        m_out << tr("No bulk run yet.") << '\n';
        finish(CliExitCode::Success);
        return;
    }
    const QStringList headers { tr("JOB"),     tr("CREATED"), tr("PROFILE"), tr("SOURCE"),
                                tr("STATE"),   tr("READY"),   tr("DONE"),    tr("FAILED"),
                                tr("UNKNOWN"), tr("LEFT") };
    QList<QStringList> table;
    for (const BulkRun &run : std::as_const(runs)) {
        const BulkRunCounts counts = BulkRunStore::counts(run, m_journal);
        table.append({ run.plan.jobId,
                       run.plan.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       run.plan.profile, run.plan.source,
                       run.isInterrupted() ? tr("interrupted") : run.state,
                       QString::number(counts.ready),
                       QString::number(counts.changed + counts.verificationMailed
                                       + counts.awaitingConfirmation),
                       QString::number(counts.failed), QString::number(counts.unknown),
                       QString::number(counts.notStarted) });
    }
    m_out << CliFormatter::alignedTable(headers, table);
    finish(CliExitCode::Success);
}

void CliBulkCommand::fail(const ServiceError &error)
{
    m_err << "identitydesk-cli: " << CliFormatter::errorLine(error) << Qt::endl;
    finish(exitCodeFor(error.kind()));
}

void CliBulkCommand::fail(CliExitCode code, const QString &message)
{
    m_err << "identitydesk-cli: " << message << Qt::endl;
    finish(code);
}

void CliBulkCommand::finish(CliExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(code);
}
