#pragma once

#include "User.h"
#include "UserRows.h"

#include <QCollator>

#include <cstdint>
#include <vector>

/// The order of the loaded users by one column, kept as a rank per row, so that sorting
/// compares two integers instead of calling QCollator::compare() on two strings for each pair
/// (issue 11: sorting 100,000 names took 1.8 s, nearly all of it in the collator).
///
/// build() ranks every row once: QCollator::sortKey() per row (one ICU call per string instead
/// of one per comparison), then one sort of the keys. Rows with equal keys get equal ranks, so
/// a stable sort by rank gives exactly the order compare() gives.
///
/// Rows appended or changed after build() have no rank; comparisons involving them fall back to
/// compare(). That is right, because ranks and compare() agree, and cheap while such rows are
/// few (a page fetched by scrolling); the owner builds again after a Load all.
class UserSortRanks
{
public:
    /// A collator for `locale` as the users table sorts text: ignoring case, digits as numbers
    /// (so "user2" comes before "user10").
    static QCollator naturalCollator(const QLocale &locale);

    /// Ranks the rows of `users` by `column` (a UserTableModel::Column).
    void build(const UserRows &users, int column, const QCollator &collator);
    void clear();
    /// The column the ranks are for, or -1.
    int column() const { return m_column; }
    /// Rows [first, last] changed: their ranks no longer hold.
    void forget(int first, int last);

    /// < 0, 0 or > 0 as `a` sorts before, with or after `b` by `column` (the order of
    /// UserCellText::sortKey(): numbers as numbers and before text, text by `collator`).
    static int compare(const User &a, const User &b, int column, const QCollator &collator);

    /// < 0, 0 or > 0 as row `left` sorts before, with or after row `right`: by rank when both
    /// have one, else by compare().
    int compareRows(int left, int right, const UserRows &users, const QCollator &collator) const
    {
        const std::uint32_t a = rankOf(left);
        const std::uint32_t b = rankOf(right);
        if (a != unranked && b != unranked)
            return a < b ? -1 : (a > b ? 1 : 0);
        return compare(users.user(left), users.user(right), m_column, collator);
    }

    /// Whether row `left` is shown before row `right` in `order`: rows that compare equal keep
    /// the order of the rows (as a stable sort of the rows would leave them).
    bool shownBefore(int left, int right, Qt::SortOrder order, const UserRows &users,
                     const QCollator &collator) const
    {
        const int c = compareRows(left, right, users, collator);
        if (c == 0)
            return left < right;
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    }

    /// Every row of `users` in the order shownBefore() gives. With every row ranked this sorts
    /// integers only (~0.1 s at a million rows), so it can run where build() runs.
    std::vector<int> sortedRows(const UserRows &users, Qt::SortOrder order,
                                const QCollator &collator) const;

private:
    static constexpr std::uint32_t unranked = UINT32_MAX;
    std::uint32_t rankOf(int row) const
    {
        return std::size_t(row) < m_ranks.size() ? m_ranks[std::size_t(row)] : unranked;
    }

    int m_column = -1;
    std::vector<std::uint32_t> m_ranks;
};
