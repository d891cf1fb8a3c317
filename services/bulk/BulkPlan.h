#pragma once

#include "JournaledEmailChange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// One change of a bulk plan: which user, from which address to which, and whether it will be
/// applied (Ready) or not, with the reason.
struct BulkPlanRow
{
    enum class Status {
        Ready,
        /// Planning refused the row; `reason` says why.
        Refused,
        /// The admin took the row out while reviewing the plan.
        Dropped,
    };

    /// Why a row is refused, for filters and scripts; `reason` is the sentence for people.
    enum class Refusal {
        None,
        UserNotFound,
        UserAmbiguous,
        InvalidAddress,
        SameAddress,
        AddressTaken,
        AddressInOtherRow,
        DuplicateRow,
        BackendCannotBulk,
    };

    /// 1-based position in the plan.
    int row = 0;
    /// The CSV line the row came from; 0 when the plan was built from the directory.
    int sourceLine = 0;
    /// As the CSV named the user (an id or "email:…").
    QString userReference;
    QString userId;
    QString login;
    QString displayName;
    QString oldEmail;
    QString newEmail;
    bool markVerified = false;
    Status status = Status::Ready;
    Refusal refusal = Refusal::None;
    QString reason;

    bool isReady() const { return status == Status::Ready; }

    static QString statusWord(Status status);
    static std::optional<Status> statusFromWord(const QString &word);
    static QString refusalWord(Refusal refusal);
    static std::optional<Refusal> refusalFromWord(const QString &word);
};

/// A reviewed-before-applied bulk email change: where it goes, what it came from, and its
/// rows. Plans are plain JSON files (`bulk plan --out`), written and read here; they hold
/// addresses and ids, never a secret.
struct BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)

public:
    static constexpr int formatVersion = 1;

    /// The run's id, chosen when the plan is made; its journal entries carry it.
    QString jobId;
    QDateTime created;
    QString profile;
    /// The profile's backend kind ("zitadel", "acronis", …) and server host, to refuse
    /// applying a plan to another server than the one it was made against.
    QString backend;
    QString serverHost;
    /// What the rows came from: "csv:<file name>", "rename-domain:<old>=<new>", "undo:<job>",
    /// "selection".
    QString source;
    QList<BulkPlanRow> rows;

    int readyCount() const;
    int refusedCount() const;

    QByteArray toJson() const;
    /// Reads a plan file's bytes; nothing with `error` naming the problem when it is not one.
    static std::optional<BulkPlan> fromJson(const QByteArray &json, QString *error);

    /// A fresh job id: the date and time and 6 random hex digits, e.g. "20261206-0812-3fa9c1".
    static QString newJobId();
    /// An empty plan with a fresh job id, made now, for the connection `context` names.
    static BulkPlan newFor(const JournaledEmailChange::Context &context, const QString &source);
};
