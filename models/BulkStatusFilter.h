#pragma once

#include "BulkPlanModel.h"

#include <QList>
#include <QSortFilterProxyModel>

/// The status filter over a BulkPlanModel: every row, or the rows of some categories
/// ("Failed", "Ready", ...). Sorts by any column; the row number column numerically.
class BulkStatusFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BulkStatusFilter(QObject *parent = nullptr);

    /// Shows only rows of `categories`; empty shows every row.
    void setCategories(const QList<BulkPlanModel::Category> &categories);
    const QList<BulkPlanModel::Category> &categories() const { return m_categories; }

    /// The filter's choices for a plan under review (All, Ready, Refused, Dropped) and for
    /// one being applied (All, Succeeded, Skipped, Failed, No answer, Not started, plus the
    /// plan's own Refused and Dropped).
    static QList<BulkPlanModel::Category> reviewChoices();
    static QList<BulkPlanModel::Category> resultChoices();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<BulkPlanModel::Category> m_categories;
};
