#pragma once

#include "BulkPlan.h"
#include "BulkRowResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The files the bulk window writes: the plan (JSON, for `identitydesk-cli bulk apply`) and
/// the results (CSV or JSON by the file name's ending). Each is written whole or not at all
/// (QSaveFile), so an existing file is never left half overwritten.
class BulkPlanFiles
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlanFiles)

public:
    /// False with `problem` naming the file and what went wrong.
    static bool savePlan(const QString &path, const BulkPlan &plan, QString *problem);
    static bool saveResults(const QString &path, const BulkPlan &plan,
                            const QList<BulkRowResult> &results, QString *problem);

private:
    static bool write(const QString &path, const QByteArray &bytes, QString *problem);
};
