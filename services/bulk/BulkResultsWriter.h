#pragma once

#include "BulkPlan.h"
#include "BulkRowResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// The per-row results of a bulk run as a file: CSV (row, line, user id, login, old email,
/// new email, plan status, result, message) or a JSON array with the same keys. Refused and
/// dropped rows are included with their reason, so the file accounts for every row.
class BulkResultsWriter
{
public:
    enum class Format { Csv, Json };

    static QByteArray write(const BulkPlan &plan, const QList<BulkRowResult> &results,
                            Format format);
    /// Csv for a name ending in .csv, Json for .json; nothing otherwise.
    static std::optional<Format> formatForFileName(const QString &fileName);
};
