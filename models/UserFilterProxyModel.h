#pragma once

#include "User.h"
#include "UserSortRanks.h"

#include <QByteArray>
#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

class UserTableModel;

/// Filters and sorts the rows a UserTableModel has loaded (the server-side search is the
/// model's query; this is the instant, as-you-type part).
///
/// The text filter keeps rows whose id, login, name or email contains the trimmed text,
/// ignoring case; the state and verification filters keep one value each. Sorting compares
/// UserTableModel::SortRole: numbers as numbers, text with a QCollator for the sort locale
/// (case-insensitive, digits as numbers, so "user2" comes before "user10").
///
/// A criteria change is one layoutChanged() (see applyCriteria()), whatever the number of rows
/// it hides or reveals. A change that can only hide rows (more text typed after the old, a state
/// or verification filter added) checks only the rows shown so far.
///
/// Sorting ranks the rows once per sort() (UserSortRanks), so that re-sorting after a keystroke
/// or a sort click compares integers rather than strings. During UserTableModel::loadAll() the
/// sort waits (isSortDeferred()): the arriving rows are appended, and sorted once at the end,
/// instead of being placed one by one into a sorted table (issue 11). The ranks for that sort
/// are built on a thread of their own (ICU collation of every row, ~0.1 s at 100,000 rows), so
/// the window does not stall; the sort is still deferred until they are in.
///
/// A filter also holds back a view's paging (canFetchMore()): while it hides every loaded row,
/// or once a page the view fetched under it brought no row it shows. Otherwise a view that
/// asks for rows to fill its viewport would download the whole directory in the background,
/// page after page, looking for a match (issue 11). isFetchHeldByFilter() tells the window to
/// offer a server search or UserTableModel::loadAll() instead.
///
/// The source must be a UserTableModel: the filter reads its users directly, without a
/// QVariant per row. Act on mapToSource(index), never on proxy rows.
class UserFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UserFilterProxyModel(QObject *parent = nullptr);
    /// Waits for ranks still being built.
    ~UserFilterProxyModel() override;

    /// Accepts a UserTableModel (or nullptr); other models are refused with a warning.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    UserTableModel *userModel() const { return m_users; }

    const QString &filterText() const { return m_text; }
    const std::optional<UserState> &stateFilter() const { return m_state; }
    void setStateFilter(std::optional<UserState> state);
    const std::optional<EmailVerification> &verificationFilter() const { return m_verification; }
    void setVerificationFilter(std::optional<EmailVerification> verification);

    /// Text columns sort in this locale's order (default: the application's locale; the C
    /// locale means American English, for a natural order rather than code points).
    void setSortLocale(const QLocale &locale);
    const QCollator &collator() const { return m_collator; }

    /// Whether `user` passes the current filters (what filterAcceptsRow() asks).
    bool accepts(const User &user) const;
    /// A text, state or verification filter is set.
    bool isFiltering() const { return !m_text.isEmpty() || m_state || m_verification; }
    /// Paging waits because of the filter (see the class comment), though the source has more.
    bool isFetchHeldByFilter() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool passesChoices(UserState state, EmailVerification verification) const;
    /// Whether `text` contains the filter text, ignoring case.
    bool matchesText(QStringView text) const;
    /// accepts() for a loaded row, reading its texts in place.
    bool acceptsRow(int sourceRow) const;
    /// `narrowing`: the new criteria accept no row the old ones rejected.
    void applyCriteria(bool narrowing = false);
    void sourceRowsChanged(int first, int last);
    void deferSort();
    void resumeSort();
    /// Ranks the rows as they are now on a thread of their own; resumes the sort when done.
    void rankInBackground();
    void backgroundRanksReady(quint64 generation, UserSortRanks ranks);
    /// Sorts (once) and filters as usual again.
    void finishDeferredSort();
    void rankRows(int column);
    /// Something that ranks built now would not see: changed rows, a new sort or locale.
    void outdateRanks() { ++m_rankGeneration; }
    void sourceRowsInserted();
    void releaseFetch();

    QCollator m_collator;
    UserSortRanks m_ranks;
    UserTableModel *m_users = nullptr;
    QString m_text;
    /// m_text case-folded, as bytes, when it is plain ASCII (the fast search), else empty.
    QByteArray m_foldedAscii;
    std::optional<UserState> m_state;
    std::optional<EmailVerification> m_verification;
    /// A fetchMore() went to the source under a filter, showing this many rows.
    bool m_fetchPending = false;
    int m_shownBeforeFetch = 0;
    /// That page showed nothing new: paging waits for new criteria.
    bool m_fetchBroughtNothing = false;
    /// Per source row, false when the row fails the current criteria for sure (true: it passes,
    /// or has changed since it was checked). Read only while m_narrowing.
    mutable std::vector<bool> m_mayPass;
    bool m_narrowing = false;
    bool m_sortDeferred = false;
    bool m_changedWhileDeferred = false;
    bool m_rankingInBackground = false;
    quint64 m_rankGeneration = 0;
};
