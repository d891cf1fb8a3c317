#include "BulkPlan.h"

#include "EnumWords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace {
using Status = BulkPlanRow::Status;
using Refusal = BulkPlanRow::Refusal;

const EnumWords::Table<Status, 3> statusWords { {
    { Status::Ready, "ready" },
    { Status::Refused, "refused" },
    { Status::Dropped, "dropped" },
} };

const EnumWords::Table<Refusal, 9> refusalWords { {
    { Refusal::None, "" },
    { Refusal::UserNotFound, "user-not-found" },
    { Refusal::UserAmbiguous, "user-ambiguous" },
    { Refusal::InvalidAddress, "invalid-address" },
    { Refusal::SameAddress, "same-address" },
    { Refusal::AddressTaken, "address-taken" },
    { Refusal::AddressInOtherRow, "address-in-other-row" },
    { Refusal::DuplicateRow, "duplicate-row" },
    { Refusal::BackendCannotBulk, "backend-cannot-bulk" },
} };

const QString formatName = QStringLiteral("identitydesk-bulk-plan");
} // namespace

QString BulkPlanRow::statusWord(Status status)
{
    return EnumWords::wordOf(statusWords, status);
}

std::optional<BulkPlanRow::Status> BulkPlanRow::statusFromWord(const QString &word)
{
    return EnumWords::valueOf(statusWords, word);
}

QString BulkPlanRow::refusalWord(Refusal refusal)
{
    return EnumWords::wordOf(refusalWords, refusal);
}

std::optional<BulkPlanRow::Refusal> BulkPlanRow::refusalFromWord(const QString &word)
{
    return EnumWords::valueOf(refusalWords, word);
}

int BulkPlan::readyCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const BulkPlanRow &row) { return row.isReady(); }));
}

int BulkPlan::refusedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const BulkPlanRow &row) {
        return row.status == BulkPlanRow::Status::Refused;
    }));
}

QString BulkPlan::newJobId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm-"))
        + QString::number(QRandomGenerator::system()->bounded(0x100000, 0x1000000), 16);
}

BulkPlan BulkPlan::newFor(const JournaledEmailChange::Context &context, const QString &source)
{
    BulkPlan plan;
    plan.jobId = newJobId();
    plan.created = QDateTime::currentDateTimeUtc();
    plan.profile = context.profile;
    plan.backend = context.backend;
    plan.serverHost = context.serverHost;
    plan.source = source;
    return plan;
}

QByteArray BulkPlan::toJson() const
{
    QJsonArray rowArray;
    for (const BulkPlanRow &row : rows) {
        QJsonObject object {
            { QStringLiteral("row"), row.row },
            { QStringLiteral("user"), row.userReference },
            { QStringLiteral("userId"), row.userId },
            { QStringLiteral("login"), row.login },
            { QStringLiteral("displayName"), row.displayName },
            { QStringLiteral("oldEmail"), row.oldEmail },
            { QStringLiteral("newEmail"), row.newEmail },
            { QStringLiteral("verified"), row.markVerified },
            { QStringLiteral("status"), BulkPlanRow::statusWord(row.status) },
        };
        if (row.sourceLine > 0)
            object.insert(QStringLiteral("line"), row.sourceLine);
        if (row.refusal != Refusal::None)
            object.insert(QStringLiteral("refusal"), BulkPlanRow::refusalWord(row.refusal));
        if (!row.reason.isEmpty())
            object.insert(QStringLiteral("reason"), row.reason);
        rowArray.append(object);
    }
    const QJsonObject root {
        { QStringLiteral("format"), formatName },
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("jobId"), jobId },
        { QStringLiteral("created"), created.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("profile"), profile },
        { QStringLiteral("backend"), backend },
        { QStringLiteral("serverHost"), serverHost },
        { QStringLiteral("source"), source },
        { QStringLiteral("ready"), readyCount() },
        { QStringLiteral("refused"), refusedCount() },
        { QStringLiteral("rows"), rowArray },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<BulkPlan> BulkPlan::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("it is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        *error = tr("it is not an IdentityDesk bulk plan");
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() != formatVersion) {
        *error = tr("it was written by another version of IdentityDesk (plan format %1)")
                     .arg(root.value(QStringLiteral("version")).toVariant().toString());
        return std::nullopt;
    }
    BulkPlan plan;
    const auto text = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    plan.jobId = text(root, "jobId");
    plan.created = QDateTime::fromString(text(root, "created"), Qt::ISODate);
    plan.profile = text(root, "profile");
    plan.backend = text(root, "backend");
    plan.serverHost = text(root, "serverHost");
    plan.source = text(root, "source");
    if (plan.jobId.isEmpty() || plan.profile.isEmpty() || plan.backend.isEmpty()) {
        *error = tr("its jobId, profile or backend is missing");
        return std::nullopt;
    }
    const QJsonArray rowArray = root.value(QStringLiteral("rows")).toArray();
    for (qsizetype i = 0; i < rowArray.size(); ++i) {
        const QJsonObject object = rowArray.at(i).toObject();
        BulkPlanRow row;
        row.row = object.value(QStringLiteral("row")).toInt();
        row.sourceLine = object.value(QStringLiteral("line")).toInt();
        row.userReference = text(object, "user");
        row.userId = text(object, "userId");
        row.login = text(object, "login");
        row.displayName = text(object, "displayName");
        row.oldEmail = text(object, "oldEmail");
        row.newEmail = text(object, "newEmail");
        row.markVerified = object.value(QStringLiteral("verified")).toBool();
        row.reason = text(object, "reason");
        const std::optional<Status> status = BulkPlanRow::statusFromWord(text(object, "status"));
        const std::optional<Refusal> refusal =
            BulkPlanRow::refusalFromWord(text(object, "refusal"));
        if (!status || !refusal || row.row != i + 1) {
            *error = tr("row %1 is damaged (status, refusal or number)").arg(i + 1);
            return std::nullopt;
        }
        row.status = *status;
        row.refusal = *refusal;
        // Someone may have edited the file: a ready row must name a user and both addresses.
        if (row.isReady()
            && (row.userId.isEmpty() || row.oldEmail.isEmpty() || row.newEmail.isEmpty())) {
            *error = tr("row %1 is ready but names no user id, old or new address").arg(i + 1);
            return std::nullopt;
        }
        plan.rows.append(row);
    }
    return plan;
}
