#include "BulkPlanModel.h"

#include <QLocale>
#include <QStringList>

BulkPlanModel::BulkPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BulkPlanModel::setPlan(const BulkPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_results.clear();
    endResetModel();
}

bool BulkPlanModel::setDropped(int row, bool dropped)
{
    if (row < 0 || row >= m_plan.rows.size() || hasResults())
        return false;
    BulkPlanRow &planRow = m_plan.rows[row];
    const BulkPlanRow::Status from =
        dropped ? BulkPlanRow::Status::Ready : BulkPlanRow::Status::Dropped;
    if (planRow.status != from)
        return false;
    planRow.status = dropped ? BulkPlanRow::Status::Dropped : BulkPlanRow::Status::Ready;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool BulkPlanModel::isDropped(int row) const
{
    return row >= 0 && row < m_plan.rows.size()
        && m_plan.rows.at(row).status == BulkPlanRow::Status::Dropped;
}

void BulkPlanModel::setResults(const QList<BulkRowResult> &results)
{
    // Anything but one result per row would pair results with the wrong users.
    if (!results.isEmpty() && results.size() != m_plan.rows.size())
        return;
    m_results = results;
    if (!m_plan.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BulkPlanModel::setResult(int row, const BulkRowResult &result)
{
    if (row < 0 || row >= m_plan.rows.size())
        return;
    if (m_results.isEmpty())
        m_results.resize(m_plan.rows.size());
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

BulkPlanModel::Category BulkPlanModel::categoryOf(int row) const
{
    const BulkPlanRow &planRow = m_plan.rows.at(row);
    switch (planRow.status) {
    case BulkPlanRow::Status::Refused:
        return Refused;
    case BulkPlanRow::Status::Dropped:
        return Dropped;
    case BulkPlanRow::Status::Ready:
        break;
    }
    if (!hasResults())
        return Ready;
    switch (m_results.at(row).outcome) {
    case BulkRowResult::Outcome::NotStarted:
        return NotStarted;
    case BulkRowResult::Outcome::Changed:
    case BulkRowResult::Outcome::VerificationMailed:
    case BulkRowResult::Outcome::AwaitingConfirmation:
        return Succeeded;
    case BulkRowResult::Outcome::Skipped:
        return Skipped;
    case BulkRowResult::Outcome::Failed:
        return Failed;
    case BulkRowResult::Outcome::Unknown:
        return NoAnswer;
    }
    return NotStarted;
}

int BulkPlanModel::count(Category category) const
{
    int n = 0;
    for (int row = 0; row < m_plan.rows.size(); ++row)
        n += categoryOf(row) == category ? 1 : 0;
    return n;
}

QString BulkPlanModel::countsText() const
{
    QList<int> counts(CategoryCount, 0);
    for (int row = 0; row < m_plan.rows.size(); ++row)
        ++counts[categoryOf(row)];
    const QLocale locale;
    QStringList parts;
    // What happened first, the rows that were never in the run last.
    for (const Category category :
         { Ready, Succeeded, Skipped, Failed, NoAnswer, NotStarted, Refused, Dropped }) {
        if (counts.at(category) == 0 && (category != Ready || hasResults()))
            continue;
        parts.append(
            tr("%1 %2", "count and category, e.g. 480 ready")
                .arg(locale.toString(counts.at(category)), categoryText(category).toLower()));
    }
    return parts.join(tr(", ", "between counts"));
}

QString BulkPlanModel::categoryText(Category category)
{
    switch (category) {
    case Ready:
        return tr("Ready");
    case Refused:
        return tr("Refused");
    case Dropped:
        return tr("Dropped");
    case Succeeded:
        return tr("Changed");
    case Skipped:
        return tr("Skipped");
    case Failed:
        return tr("Failed");
    case NoAnswer:
        return tr("No answer");
    case NotStarted:
        return tr("Not started");
    case CategoryCount:
        break;
    }
    return {};
}

int BulkPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int BulkPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkPlanModel::userText(const BulkPlanRow &row) const
{
    if (!row.displayName.isEmpty() && !row.login.isEmpty() && row.displayName != row.login)
        return tr("%1 (%2)", "display name (login)").arg(row.displayName, row.login);
    if (!row.displayName.isEmpty())
        return row.displayName;
    if (!row.login.isEmpty())
        return row.login;
    // Not resolved to a user: as the file named it.
    return row.userId.isEmpty() ? row.userReference : row.userId;
}

QString BulkPlanModel::statusText(int row) const
{
    const Category category = categoryOf(row);
    // The applier's own word tells "verification mailed" from "changed".
    if (category == Succeeded)
        return BulkRowResult::outcomeText(m_results.at(row).outcome);
    return categoryText(category);
}

QString BulkPlanModel::messageText(int row) const
{
    const BulkPlanRow &planRow = m_plan.rows.at(row);
    if (planRow.status == BulkPlanRow::Status::Refused)
        return planRow.reason;
    if (planRow.status == BulkPlanRow::Status::Dropped)
        return tr("Taken out of the plan while reviewing");
    if (!hasResults())
        return {};
    const BulkRowResult &result = m_results.at(row);
    if (result.fromEarlierRun && result.message.isEmpty())
        return tr("Done by an earlier run");
    return result.message;
}

QVariant BulkPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const BulkPlanRow &planRow = m_plan.rows.at(row);
    if (role == CategoryRole)
        return int(categoryOf(row));
    if (role == Qt::ToolTipRole) {
        if (index.column() == User && !planRow.userId.isEmpty())
            return tr("User ID: %1").arg(planRow.userId);
        if (index.column() == RowNumber && planRow.sourceLine > 0)
            return tr("Line %1 of the file").arg(planRow.sourceLine);
        if (index.column() == Message)
            return messageText(row);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RowNumber:
        return planRow.row;
    case User:
        return userText(planRow);
    case OldEmail:
        return planRow.oldEmail;
    case NewEmail:
        return planRow.newEmail;
    case Status:
        return statusText(row);
    case Message:
        return messageText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BulkPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RowNumber:
        return tr("Row");
    case User:
        return tr("User");
    case OldEmail:
        return tr("Old address");
    case NewEmail:
        return tr("New address");
    case Status:
        return tr("Status");
    case Message:
        return hasResults() ? tr("Reason / result") : tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}
