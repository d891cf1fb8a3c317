#pragma once

#include "BulkPlan.h"
#include "BulkRowResult.h"

#include <QAbstractTableModel>
#include <QList>

/// A bulk plan's rows as a table, for the review before applying and, once a run has started,
/// with each row's result beside it (the same table, so the admin sees what happened to the
/// rows just reviewed).
///
/// The model holds the plan: dropping and restoring a row while reviewing changes its status
/// here, and plan() is what gets applied. Results come from BulkApplier::results(), by plan
/// index.
class BulkPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowNumber, User, OldEmail, NewEmail, Status, Message, ColumnCount };
    Q_ENUM(Column)

    /// What a row comes to, for the status filter and the counts: the plan's status while
    /// reviewing; for ready rows the result once a run has started.
    enum Category {
        Ready,
        Refused,
        Dropped,
        /// Changed, verification mailed or waiting for confirmation.
        Succeeded,
        Skipped,
        Failed,
        /// Sent, but the answer never came.
        NoAnswer,
        NotStarted,
        CategoryCount
    };
    Q_ENUM(Category)

    enum Role {
        /// The row's Category (int).
        CategoryRole = Qt::UserRole + 1,
    };

    explicit BulkPlanModel(QObject *parent = nullptr);

    /// Shows `plan`, without results.
    void setPlan(const BulkPlan &plan);
    const BulkPlan &plan() const { return m_plan; }

    /// Takes a ready row out of the plan (Dropped) or puts a dropped one back (Ready). False
    /// for any other row, and once results are shown (the plan is then being applied).
    bool setDropped(int row, bool dropped);
    bool isDropped(int row) const;

    /// One result per plan row, in plan order (BulkApplier::results()); empty: none.
    void setResults(const QList<BulkRowResult> &results);
    void setResult(int row, const BulkRowResult &result);
    bool hasResults() const { return !m_results.isEmpty(); }
    const QList<BulkRowResult> &results() const { return m_results; }

    Category categoryOf(int row) const;
    int count(Category category) const;
    /// "480 ready, 20 refused" while reviewing; "470 changed, 10 failed" once applied. Zero
    /// counts are left out (but for "0 ready", which says why Apply is disabled).
    QString countsText() const;
    /// The category in a word, as in the Status column and the filter ("Ready", "Failed").
    static QString categoryText(Category category);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(int row) const;
    QString messageText(int row) const;
    QString userText(const BulkPlanRow &row) const;

    BulkPlan m_plan;
    QList<BulkRowResult> m_results;
};
