#include "BulkRunStore.h"

#include "ChangeJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

namespace {
const QString selectRun =
    QStringLiteral("SELECT plan, state, updated, process_id, machine FROM bulk_runs");
} // namespace

bool BulkRun::isInterrupted() const
{
    return state == QLatin1String("applying") && machine == QSysInfo::machineHostName()
        && ChangeJournal::processIsGone(processId);
}

bool BulkRun::isUnfinished() const
{
    return state != QLatin1String("finished")
        && (state != QLatin1String("applying") || isInterrupted());
}

BulkRunStore::BulkRunStore(const ChangeJournal &journal)
    : m_path(journal.path())
    , m_connection(QStringLiteral("bulk-runs-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

BulkRunStore::~BulkRunStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

bool BulkRunStore::fail(const QString &problem)
{
    m_error = tr("The bulk runs in the change journal %1 cannot be used: %2")
                  .arg(QDir::toNativeSeparators(m_path), problem);
    return false;
}

bool BulkRunStore::open()
{
    if (m_open)
        return true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    // Journals written before bulk runs existed get the table on first use.
    if (!query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS bulk_runs (job_id TEXT PRIMARY KEY, created TEXT NOT "
            "NULL, profile TEXT NOT NULL, source TEXT NOT NULL, plan BLOB NOT NULL, state TEXT "
            "NOT NULL, updated TEXT NOT NULL, process_id INTEGER NOT NULL, machine TEXT NOT "
            "NULL)")))
        return fail(query.lastError().text());
    m_open = true;
    return true;
}

bool BulkRunStore::addRun(const BulkPlan &plan)
{
    if (!m_open && !open())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO bulk_runs VALUES (?, ?, ?, ?, ?, 'applying', ?, ?, "
                                 "?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QVariant &value : { QVariant(plan.jobId), QVariant(now), QVariant(plan.profile),
                                   QVariant(plan.source), QVariant(plan.toJson()), QVariant(now),
                                   QVariant(qint64(QCoreApplication::applicationPid())),
                                   QVariant(QSysInfo::machineHostName()) })
        query.addBindValue(value);
    if (!query.exec()) {
        if (run(plan.jobId))
            return fail(tr("the plan's job %1 was applied before; resume it with "
                           "\"bulk apply --resume %1\"")
                            .arg(plan.jobId));
        return fail(query.lastError().text());
    }
    return true;
}

bool BulkRunStore::setState(const QString &jobId, const QString &state)
{
    if (!m_open && !open())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE bulk_runs SET state = ?, updated = ?, process_id = ?, "
                                 "machine = ? WHERE job_id = ?"));
    query.addBindValue(state);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(qint64(QCoreApplication::applicationPid()));
    query.addBindValue(QSysInfo::machineHostName());
    query.addBindValue(jobId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return fail(query.lastError().isValid() ? query.lastError().text()
                                                : tr("there is no job %1").arg(jobId));
    return true;
}

std::optional<BulkRun> BulkRunStore::run(const QString &jobId) const
{
    for (const BulkRun &candidate : runs()) {
        if (candidate.plan.jobId == jobId)
            return candidate;
    }
    return std::nullopt;
}

QList<BulkRun> BulkRunStore::runs() const
{
    QList<BulkRun> result;
    if (!m_open)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(selectRun + QStringLiteral(" ORDER BY created DESC, job_id DESC")))
        return result;
    while (query.next()) {
        QString problem;
        std::optional<BulkPlan> plan = BulkPlan::fromJson(query.value(0).toByteArray(), &problem);
        if (!plan)
            continue; // not written by us; the journal's own rows are what counts
        BulkRun run;
        run.plan = std::move(*plan);
        run.state = query.value(1).toString();
        run.updated = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        run.processId = query.value(3).toLongLong();
        run.machine = query.value(4).toString();
        result.append(run);
    }
    return result;
}

QHash<QString, JournalChange> BulkRunStore::latestChanges(const ChangeJournal &journal,
                                                          const QString &jobId)
{
    ChangeJournal::Filter filter;
    filter.jobId = jobId;
    QHash<QString, JournalChange> latest;
    // Newest first: the first change seen of a user is its latest.
    for (const JournalChange &change : journal.changes(filter)) {
        if (!latest.contains(change.intent.userId))
            latest.insert(change.intent.userId, change);
    }
    return latest;
}

BulkRunCounts BulkRunStore::counts(const BulkRun &run, const ChangeJournal &journal)
{
    BulkRunCounts counts;
    const QHash<QString, JournalChange> latest = latestChanges(journal, run.plan.jobId);
    for (const BulkPlanRow &row : run.plan.rows) {
        if (!row.isReady())
            continue;
        ++counts.ready;
        const auto change = latest.constFind(row.userId);
        const QString word = change == latest.cend() ? QString() : change->state();
        if (word == QLatin1String("changed"))
            ++counts.changed;
        else if (word == QLatin1String("verification-mailed"))
            ++counts.verificationMailed;
        else if (word == QLatin1String("awaiting-confirmation"))
            ++counts.awaitingConfirmation;
        else if (word == QLatin1String("failed"))
            ++counts.failed;
        else if (word.isEmpty())
            ++counts.notStarted;
        else
            ++counts.unknown;
    }
    return counts;
}
