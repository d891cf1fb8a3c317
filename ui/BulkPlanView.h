#pragma once

#include "BulkPlanModel.h"

#include <QList>
#include <QWidget>

class BulkStatusFilter;
class QComboBox;
class QLabel;
class QTableView;

/// A bulk plan's table with its status filter ("Show: All / Ready / Refused / ...") and the
/// counts under it; the same view shows the review and, later, the results.
class BulkPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit BulkPlanView(BulkPlanModel *model, QWidget *parent = nullptr);

    /// The filter's entries after "All"; the filter goes back to All.
    void setChoices(const QList<BulkPlanModel::Category> &choices);
    /// Shows only `category` (it must be one of the choices), or every row.
    void showOnly(BulkPlanModel::Category category);
    void showAll();

    /// Plan rows of the selected table rows, else of the current one.
    QList<int> selectedRows() const;

    BulkPlanModel *model() const { return m_model; }
    BulkStatusFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *filterCombo() const { return m_filterCombo; }
    QLabel *countsLabel() const { return m_counts; }

signals:
    /// The current or selected rows changed (to update Drop/Restore).
    void selectionChanged();

private:
    void applyFilter();
    void updateCounts();

    BulkPlanModel *m_model;
    BulkStatusFilter *m_filter;
    QComboBox *m_filterCombo = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
};
