#include "BulkResultsWriter.h"

#include "CsvUserWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList columns {
    QStringLiteral("row"),   QStringLiteral("line"),      QStringLiteral("user_id"),
    QStringLiteral("login"), QStringLiteral("old_email"), QStringLiteral("new_email"),
    QStringLiteral("plan"),  QStringLiteral("result"),    QStringLiteral("message"),
};

/// What the file says of a row: its result once it was applied, else why it was not.
std::pair<QString, QString> resultOf(const BulkPlanRow &row, const BulkRowResult &result)
{
    if (!row.isReady())
        return { BulkRowResult::outcomeWord(BulkRowResult::Outcome::NotStarted), row.reason };
    return { BulkRowResult::outcomeWord(result.outcome), result.message };
}
} // namespace

QByteArray BulkResultsWriter::write(const BulkPlan &plan, const QList<BulkRowResult> &results,
                                    Format format)
{
    QByteArray csv;
    QJsonArray array;
    if (format == Format::Csv)
        csv = CsvUserWriter::record(columns);
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        const BulkPlanRow &row = plan.rows.at(i);
        const auto [result, message] =
            resultOf(row, i < results.size() ? results.at(i) : BulkRowResult());
        const QStringList cells {
            QString::number(row.row),
            row.sourceLine > 0 ? QString::number(row.sourceLine) : QString(),
            row.userId,
            row.login,
            row.oldEmail,
            row.newEmail,
            BulkPlanRow::statusWord(row.status),
            result,
            message,
        };
        if (format == Format::Csv) {
            csv += CsvUserWriter::record(cells);
            continue;
        }
        QJsonObject object;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c <= 1)
                object.insert(columns.at(c),
                              cells.at(c).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(cells.at(c).toInt()));
            else
                object.insert(columns.at(c), cells.at(c));
        }
        array.append(object);
    }
    return format == Format::Csv ? csv : QJsonDocument(array).toJson(QJsonDocument::Indented);
}

std::optional<BulkResultsWriter::Format>
BulkResultsWriter::formatForFileName(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    return std::nullopt;
}
