#include "UserFilterProxyModel.h"

#include "UserRowIndex.h"
#include "UserTableModel.h"

#include <QLoggingCategory>

#include <algorithm>
#include <numeric>
#include <utility>

Q_LOGGING_CATEGORY(lcUserFilter, "identitydesk.models.filter")

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_sortJob(new UserSortJob(
          [this](quint64 generation, UserSortRanks ranks, std::vector<int> order) {
              backgroundOrderReady(generation, std::move(ranks), std::move(order));
          },
          this))
{
    setSortLocale(QLocale());
}

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *users = qobject_cast<UserTableModel *>(sourceModel);
    if (sourceModel && !users) {
        qCWarning(lcUserFilter) << "UserFilterProxyModel needs a UserTableModel as its source";
        return;
    }
    beginResetModel();
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = users;
    releaseFetch();
    outdateRanks();
    m_ranks.clear();
    m_sortDeferred = false;
    QAbstractProxyModel::setSourceModel(sourceModel);
    if (m_users)
        connectSource();
    sourceReset();
    endResetModel();
}

void UserFilterProxyModel::connectSource()
{
    using Model = QAbstractItemModel;
    connect(m_users, &Model::modelAboutToBeReset, this, [this] {
        beginResetModel();
        outdateRanks();
        m_ranks.clear();
    });
    connect(m_users, &Model::modelReset, this, [this] {
        sourceReset();
        endResetModel();
        releaseFetch();
    });
    connect(m_users, &Model::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    sourceRowsInserted(first, last);
            });
    connect(m_users, &Model::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                sourceRowsChanged(topLeft.row(), bottomRight.row());
            });
    connect(m_users, &UserTableModel::loadAllStarted, this, &UserFilterProxyModel::deferSort);
    connect(m_users, &UserTableModel::loadAllFinished, this, &UserFilterProxyModel::resumeSort);
}

void UserFilterProxyModel::sourceReset()
{
    m_rows.reset(m_users ? m_users->rowCount() : 0);
    if (!m_users)
        return;
    // Sorted now even while a sort is deferred: those rows are not arriving, they are there.
    rankRows();
    if (m_sortColumn >= 0)
        m_rows.setOrder(sortedRows());
    m_rows.showWhere([this](int row) { return acceptsRow(row); });
}

QModelIndex UserFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.count() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UserFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int UserFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

int UserFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

bool UserFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.count() > 0 && columnCount() > 0;
}

QModelIndex UserFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= m_rows.count())
        return {};
    return m_users->index(m_rows.sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex UserFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_users || !sourceIndex.isValid() || sourceIndex.model() != m_users)
        return {};
    const int row = m_rows.proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

bool UserFilterProxyModel::isFetchHeldByFilter() const
{
    if (!m_users || !isFiltering() || !m_users->canFetchMore(QModelIndex()))
        return false;
    return m_fetchBroughtNothing || rowCount() == 0;
}

bool UserFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return !isFetchHeldByFilter() && !parent.isValid() && m_users
        && m_users->canFetchMore(QModelIndex());
}

void UserFilterProxyModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchPending = isFiltering();
    m_shownBeforeFetch = rowCount();
    m_users->fetchMore(QModelIndex());
}

void UserFilterProxyModel::releaseFetch()
{
    m_fetchPending = false;
    m_fetchBroughtNothing = false;
}

void UserFilterProxyModel::setFilterText(const QString &text)
{
    if (m_criteria.setText(text))
        applyCriteria(m_criteria.isNarrowing());
}

void UserFilterProxyModel::setStateFilter(std::optional<UserState> state)
{
    if (m_criteria.setState(state))
        applyCriteria(m_criteria.isNarrowing());
}

void UserFilterProxyModel::setVerificationFilter(std::optional<EmailVerification> verification)
{
    if (m_criteria.setVerification(verification))
        applyCriteria(m_criteria.isNarrowing());
}

void UserFilterProxyModel::clearFilters()
{
    if (m_criteria.clear())
        applyCriteria(false);
}

void UserFilterProxyModel::setSortLocale(const QLocale &locale)
{
    // The C locale's collator compares code points and ignores numeric mode; "no preference"
    // should still sort "user2" before "user10" and "émile" beside "emma".
    const bool plainC = locale.language() == QLocale::C;
    m_collator = UserSortRanks::naturalCollator(
        plainC ? QLocale(QLocale::English, QLocale::UnitedStates) : locale);
    outdateRanks();
    if (m_sortColumn >= 0) {
        rankRows();
        applySort();
    }
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // Also during a deferred sort: a click then sorts the rows loaded so far at once; the rows
    // still to come wait for the sort at the end.
    m_sortColumn = m_users && column >= m_users->columnCount() ? -1 : std::max(column, -1);
    m_sortOrder = order;
    outdateRanks();
    rankRows();
    applySort();
}

void UserFilterProxyModel::rankRows()
{
    if (m_users && m_sortColumn >= 0)
        m_ranks.build(m_users->users(), m_sortColumn, m_collator);
    else
        m_ranks.clear();
}

std::vector<int> UserFilterProxyModel::sortedRows() const
{
    return m_ranks.sortedRows(m_users->users(), m_sortOrder, m_collator);
}

bool UserFilterProxyModel::shownBefore(int left, int right) const
{
    return m_ranks.shownBefore(left, right, m_sortOrder, m_users->users(), m_collator);
}

UserFilterProxyModel::SavedIndexes
UserFilterProxyModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    SavedIndexes saved;
    saved.proxy = persistentIndexList();
    saved.sourceCells.reserve(std::size_t(saved.proxy.size()));
    for (const QModelIndex &index : std::as_const(saved.proxy))
        saved.sourceCells.emplace_back(m_rows.sourceRow(index.row()), index.column());
    return saved;
}

void UserFilterProxyModel::endLayoutChange(const SavedIndexes &saved,
                                           QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList moved;
    moved.reserve(saved.proxy.size());
    for (const auto &[sourceRow, column] : saved.sourceCells) {
        const int row = m_rows.proxyRow(sourceRow);
        moved.append(row < 0 ? QModelIndex() : index(row, column));
    }
    changePersistentIndexList(saved.proxy, moved);
    emit layoutChanged({}, hint);
}

void UserFilterProxyModel::applySort()
{
    const SavedIndexes saved = beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    if (m_sortColumn >= 0 && m_users)
        m_rows.setOrder(sortedRows());
    else
        m_rows.setSourceOrder();
    endLayoutChange(saved, QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxyModel::applyOrder(std::vector<int> order)
{
    const SavedIndexes saved = beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    m_rows.setOrder(std::move(order));
    endLayoutChange(saved, QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxyModel::applyCriteria(bool narrowing)
{
    // One layout change rather than a rowsRemoved()/rowsInserted() pair per contiguous run of
    // hidden or revealed rows: a letter typed over 100,000 users hides rows all over the
    // table, tens of thousands of structural signals, each of which a view's header and every
    // persistent index would have to follow.
    releaseFetch(); // new criteria may find rows on the next page
    const SavedIndexes saved = beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    const auto accepts = [this](int row) { return acceptsRow(row); };
    if (narrowing)
        m_rows.keepWhere(accepts);
    else
        m_rows.showWhere(accepts);
    endLayoutChange(saved, QAbstractItemModel::NoLayoutChangeHint);
}

void UserFilterProxyModel::sourceRowsInserted(int first, int last)
{
    // UserTableModel only appends rows, changes them and resets.
    Q_ASSERT(first == m_rows.sourceCount());
    if (const std::optional<qint64> total = m_users->totalCount())
        m_rows.reserve(int(std::min<qint64>(*total, UserRowIndex::maxReserved)));
    if (placesRows()) {
        placeInsertedRows(first, last);
    } else {
        m_rows.appendToOrder(last);
        std::vector<int> shown;
        for (int row = first; row <= last; ++row) {
            if (acceptsRow(row))
                shown.push_back(row);
        }
        if (!shown.empty()) {
            const int at = m_rows.count();
            beginInsertRows({}, at, at + int(shown.size()) - 1);
            m_rows.show(at, shown);
            endInsertRows();
        }
    }
    if (std::exchange(m_fetchPending, false) && rowCount() <= m_shownBeforeFetch)
        m_fetchBroughtNothing = true;
}

void UserFilterProxyModel::placeInsertedRows(int first, int last)
{
    // A page fetched by scrolling a sorted table: few rows, each placed by a binary search (the
    // rows have no rank yet, so those comparisons collate).
    const auto before = [this](int left, int right) { return shownBefore(left, right); };
    std::vector<int> arrived(std::size_t(last - first + 1));
    std::iota(arrived.begin(), arrived.end(), first);
    std::sort(arrived.begin(), arrived.end(), before);
    m_rows.appendToOrder(last);
    m_rows.mergeIntoOrder(arrived, before);
    // Shown rows that go to the same place arrive as one insertion.
    int inserted = 0;
    std::vector<int> run;
    int runPlace = -1;
    const auto flush = [&] {
        if (run.empty())
            return;
        const int at = runPlace + inserted;
        beginInsertRows({}, at, at + int(run.size()) - 1);
        m_rows.show(at, run);
        endInsertRows();
        inserted += int(run.size());
        run.clear();
    };
    // Places in the shown rows as they were before this page: each run goes in after the runs
    // before it, hence the offset `inserted`.
    std::vector<std::pair<int, int>> places;
    for (const int row : arrived) {
        if (acceptsRow(row))
            places.emplace_back(m_rows.placeFor(row, before), row);
    }
    for (const auto &[place, row] : places) {
        if (place != runPlace)
            flush();
        runPlace = place;
        run.push_back(row);
    }
    flush();
}

void UserFilterProxyModel::sourceRowsChanged(int first, int last)
{
    m_ranks.forget(first, last);
    outdateRanks();
    for (int row = std::max(first, 0); row <= last && row < m_rows.sourceCount(); ++row)
        sourceRowChanged(row);
}

void UserFilterProxyModel::sourceRowChanged(int row)
{
    const bool passes = acceptsRow(row);
    const int shownAt = m_rows.proxyRow(row);
    const auto before = [this](int left, int right) { return shownBefore(left, right); };
    if (placesRows() && !m_rows.isInPlace(row, before)) {
        // Moves: a layout change, so that a selection on the row moves with it.
        const SavedIndexes saved = beginLayoutChange(QAbstractItemModel::VerticalSortHint);
        if (shownAt >= 0)
            m_rows.hide(shownAt);
        m_rows.reorder(row, before);
        if (passes)
            m_rows.show(m_rows.placeFor(row), { row });
        endLayoutChange(saved, QAbstractItemModel::VerticalSortHint);
    } else if (shownAt >= 0 && passes) {
        emit dataChanged(index(shownAt, 0), index(shownAt, columnCount() - 1));
    } else if (shownAt >= 0) {
        beginRemoveRows({}, shownAt, shownAt);
        m_rows.hide(shownAt);
        endRemoveRows();
    } else if (passes) {
        const int at = m_rows.placeFor(row);
        beginInsertRows({}, at, at);
        m_rows.show(at, { row });
        endInsertRows();
    }
}

void UserFilterProxyModel::deferSort()
{
    // Each page's rows would otherwise be placed one by one into the sorted rows, and sorted
    // again at the end all the same.
    if (m_sortColumn < 0)
        return;
    m_sortDeferred = true;
    outdateRanks();
    emit sortDeferredChanged(true);
}

void UserFilterProxyModel::resumeSort()
{
    if (!m_sortDeferred || m_sortJob->isRunning())
        return; // the ranks still being built see that they are outdated, and rank again
    if (m_sortColumn < 0 || !m_users) {
        finishDeferredSort(); // unsorted meanwhile: nothing to rank
        return;
    }
    rankInBackground();
}

void UserFilterProxyModel::rankInBackground()
{
    m_sortJob->start(m_users->users(), m_sortColumn, m_sortOrder, m_collator.locale(),
                     m_rankGeneration);
}

void UserFilterProxyModel::backgroundOrderReady(quint64 generation, UserSortRanks ranks,
                                                std::vector<int> order)
{
    if (!m_sortDeferred)
        return; // a new source model, or a reset
    const bool current =
        generation == m_rankGeneration && int(order.size()) == m_rows.sourceCount();
    if (!current && m_sortColumn >= 0 && m_users) {
        rankInBackground(); // rows or the sort changed meanwhile: rank them as they are now
        return;
    }
    if (current) {
        m_ranks = std::move(ranks);
        applyOrder(std::move(order));
    }
    finishDeferredSort();
}

void UserFilterProxyModel::finishDeferredSort()
{
    m_sortDeferred = false;
    emit sortDeferredChanged(false);
}

bool UserFilterProxyModel::acceptsRow(int sourceRow) const
{
    return m_criteria.accepts(m_users->users(), sourceRow);
}
