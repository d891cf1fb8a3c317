#include "BulkPlanFiles.h"

#include "BulkResultsWriter.h"

#include <QSaveFile>

bool BulkPlanFiles::write(const QString &path, const QByteArray &bytes, QString *problem)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *problem = tr("\u201c%1\u201d could not be written: %2").arg(path, file.errorString());
    return false;
}

bool BulkPlanFiles::savePlan(const QString &path, const BulkPlan &plan, QString *problem)
{
    return write(path, plan.toJson(), problem);
}

bool BulkPlanFiles::saveResults(const QString &path, const BulkPlan &plan,
                                const QList<BulkRowResult> &results, QString *problem)
{
    const std::optional<BulkResultsWriter::Format> format =
        BulkResultsWriter::formatForFileName(path);
    if (!format) {
        *problem = tr("\u201c%1\u201d was not written: name the file .csv or .json.").arg(path);
        return false;
    }
    return write(path, BulkResultsWriter::write(plan, results, *format), problem);
}
