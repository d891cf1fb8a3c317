#pragma once

#include "ShownRows.h"
#include "User.h"
#include "UserFilterCriteria.h"
#include "UserSortJob.h"
#include "UserSortRanks.h"

#include <QAbstractProxyModel>
#include <QCollator>

#include <optional>
#include <utility>
#include <vector>

class UserTableModel;

/// Filters and sorts the rows a UserTableModel has loaded (the server-side search is the
/// model's query; this is the instant, as-you-type part).
///
/// The text filter keeps rows whose id, login, name or email contains the trimmed text,
/// ignoring case; the state and verification filters keep one value each. Sorting compares
/// UserTableModel::SortRole: numbers as numbers, text with a QCollator for the sort locale
/// (case-insensitive, digits as numbers, so "user2" comes before "user10"); rows that compare
/// equal keep the model's order.
///
/// Its own proxy rather than a QSortFilterProxyModel, because the one sort at the end of a
/// Load all has to leave the window's thread (issue 11): QSortFilterProxyModel sorts in one
/// call, with two index() and a lessThan() per comparison, 230 ms at a million rows. Here the
/// order of every row (ShownRows) comes from integer ranks (UserSortRanks), built together
/// with the ranks on a thread of their own, and the window only swaps it in.
///
/// A criteria change or a sort is one layoutChanged() (persistent indexes, such as the
/// selection, stay on their users; those of rows now hidden become invalid), whatever the
/// number of rows it hides or reveals. A criteria change that can only hide rows (more text
/// typed after the old, a state or verification filter added) checks only the rows shown.
/// A changed row is checked again at once: it appears, disappears, changes in place, or moves
/// to its new place in the order (a layout change, so that its selection follows it).
///
/// During UserTableModel::loadAll() the sort waits (isSortDeferred()): the arriving rows are
/// appended, and sorted once at the end, instead of being placed one by one into a sorted
/// table. A page fetched otherwise (by scrolling) is placed into the sorted rows.
///
/// A filter also holds back a view's paging (canFetchMore()): while it hides every loaded row,
/// or once a page the view fetched under it brought no row it shows. Otherwise a view that
/// asks for rows to fill its viewport would download the whole directory in the background,
/// page after page, looking for a match (issue 11). isFetchHeldByFilter() tells the window to
/// offer a server search or UserTableModel::loadAll() instead.
///
/// The source must be a UserTableModel: the filter reads its users directly, without a
/// QVariant per row. Act on mapToSource(index), never on proxy rows.
class UserFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit UserFilterProxyModel(QObject *parent = nullptr);

    /// Accepts a UserTableModel (or nullptr); other models are refused with a warning.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    UserTableModel *userModel() const { return m_users; }

    const QString &filterText() const { return m_criteria.text(); }
    const std::optional<UserState> &stateFilter() const { return m_criteria.state(); }
    void setStateFilter(std::optional<UserState> state);
    const std::optional<EmailVerification> &verificationFilter() const
    {
        return m_criteria.verification();
    }
    void setVerificationFilter(std::optional<EmailVerification> verification);

    /// Text columns sort in this locale's order (default: the application's locale; the C
    /// locale means American English, for a natural order rather than code points).
    void setSortLocale(const QLocale &locale);
    const QCollator &collator() const { return m_collator; }

    /// Whether `user` passes the current filters (UserFilterCriteria).
    bool accepts(const User &user) const { return m_criteria.accepts(user); }
    /// A text, state or verification filter is set.
    bool isFiltering() const { return m_criteria.isFiltering(); }
    /// Paging waits because of the filter (see the class comment), though the source has more.
    bool isFetchHeldByFilter() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts by `column` (a UserTableModel::Column; -1: the model's order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// A Load all runs on a sorted table: new rows are appended unsorted until it ends.
    bool isSortDeferred() const { return m_sortDeferred; }

signals:
    /// isSortDeferred() changed: the window can say that the order is restored at the end.
    void sortDeferredChanged(bool deferred);

public slots:
    /// Leading and trailing spaces are ignored; empty text shows every row.
    void setFilterText(const QString &text);
    /// No text, state or verification filter.
    void clearFilters();

private:
    /// What a layout change has to carry over: the persistent indexes and their source rows.
    struct SavedIndexes
    {
        QModelIndexList proxy;
        std::vector<std::pair<int, int>> sourceCells;
    };

    /// accepts() for a loaded row, reading its texts in place.
    bool acceptsRow(int sourceRow) const;
    /// Whether source row `left` is shown before `right` in the current sort.
    bool shownBefore(int left, int right) const;
    /// The rows are placed as the sort says, rather than appended (no deferred sort).
    bool placesRows() const { return m_sortColumn >= 0 && !m_sortDeferred; }

    /// `narrowing`: the new criteria accept no row the old ones rejected.
    void applyCriteria(bool narrowing = false);
    /// Puts the rows in the order of the sort, in one layout change.
    void applySort();
    /// Shows the rows in `order` (see ShownRows::setOrder()) in one layout change.
    void applyOrder(std::vector<int> order);
    SavedIndexes beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void endLayoutChange(const SavedIndexes &saved, QAbstractItemModel::LayoutChangeHint hint);

    void sourceReset();
    void sourceRowsInserted(int first, int last);
    void placeInsertedRows(int first, int last);
    void sourceRowsChanged(int first, int last);
    void sourceRowChanged(int row);
    void connectSource();

    void deferSort();
    void resumeSort();
    /// Ranks and orders the rows as they are now on a thread of their own (m_sortJob); resumes
    /// the sort when done.
    void rankInBackground();
    void backgroundOrderReady(quint64 generation, UserSortRanks ranks, std::vector<int> order);
    void finishDeferredSort();
    /// Ranks the rows by the sort column on this thread; clears the ranks when unsorted.
    void rankRows();
    /// Every row in the order of the sort; only while sorted.
    std::vector<int> sortedRows() const;
    /// Something that ranks built now would not see: changed rows, a new sort or locale.
    void outdateRanks() { ++m_rankGeneration; }
    void releaseFetch();

    QCollator m_collator;
    UserSortRanks m_ranks;
    UserSortJob *m_sortJob;
    ShownRows m_rows;
    UserTableModel *m_users = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    UserFilterCriteria m_criteria;
    /// A fetchMore() went to the source under a filter, showing this many rows.
    bool m_fetchPending = false;
    int m_shownBeforeFetch = 0;
    /// That page showed nothing new: paging waits for new criteria.
    bool m_fetchBroughtNothing = false;
    bool m_sortDeferred = false;
    quint64 m_rankGeneration = 0;
};
