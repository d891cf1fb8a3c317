#include "BulkStatusFilter.h"

BulkStatusFilter::BulkStatusFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void BulkStatusFilter::setCategories(const QList<BulkPlanModel::Category> &categories)
{
    m_categories = categories;
    invalidateFilter();
}

QList<BulkPlanModel::Category> BulkStatusFilter::reviewChoices()
{
    return { BulkPlanModel::Ready, BulkPlanModel::Refused, BulkPlanModel::Dropped };
}

QList<BulkPlanModel::Category> BulkStatusFilter::resultChoices()
{
    return { BulkPlanModel::Succeeded, BulkPlanModel::Skipped,    BulkPlanModel::Failed,
             BulkPlanModel::NoAnswer,  BulkPlanModel::NotStarted, BulkPlanModel::Refused,
             BulkPlanModel::Dropped };
}

bool BulkStatusFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_categories.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto category = BulkPlanModel::Category(index.data(BulkPlanModel::CategoryRole).toInt());
    return m_categories.contains(category);
}
