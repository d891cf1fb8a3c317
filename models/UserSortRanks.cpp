#include "UserSortRanks.h"

#include "UserCellText.h"

#include <QVariant>

#include <algorithm>
#include <numeric>
#include <optional>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

/// One row's sort key: a number, or the collator's key for its text.
struct RowKey
{
    qlonglong number = 0;
    std::optional<QCollatorSortKey> text;

    int compare(const RowKey &other) const
    {
        if (!text && !other.text)
            return number < other.number ? -1 : (number > other.number ? 1 : 0);
        if (!text || !other.text)
            return text ? 1 : -1; // numbers before text
        return text->compare(*other.text);
    }
};

} // namespace

QCollator UserSortRanks::naturalCollator(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

int UserSortRanks::compare(const User &a, const User &b, int column, const QCollator &collator)
{
    const QVariant left = UserCellText::sortKey(a, column);
    const QVariant right = UserCellText::sortKey(b, column);
    const bool leftNumber = isNumber(left);
    const bool rightNumber = isNumber(right);
    if (leftNumber && rightNumber) {
        const qlonglong x = left.toLongLong();
        const qlonglong y = right.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (leftNumber != rightNumber)
        return leftNumber ? -1 : 1;
    return collator.compare(left.toString(), right.toString());
}

void UserSortRanks::build(const UserRows &users, int column, const QCollator &collator)
{
    clear();
    m_column = column;
    std::vector<RowKey> keys(std::size_t(users.size()));
    for (qsizetype row = 0; row < users.size(); ++row) {
        const QVariant key = UserCellText::sortKey(users, row, column);
        RowKey &rowKey = keys[std::size_t(row)];
        if (isNumber(key))
            rowKey.number = key.toLongLong();
        else
            rowKey.text = collator.sortKey(key.toString());
    }
    std::vector<std::uint32_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(),
              [&keys](std::uint32_t a, std::uint32_t b) { return keys[a].compare(keys[b]) < 0; });
    m_ranks.assign(keys.size(), unranked);
    std::uint32_t rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys[order[i - 1]].compare(keys[order[i]]) != 0)
            ++rank;
        m_ranks[order[i]] = rank;
    }
    keys.clear();
    keys.shrink_to_fit();
#if defined(__GLIBC__)
    // The keys were two small blocks per row (~115 MiB at a million rows), now free but
    // scattered among the rows' own blocks, so glibc keeps them in the process: a table sorted
    // once would hold that much more for good (issue 11, 1,000,000 users in 400 MiB).
    malloc_trim(0);
#endif
}

std::vector<int> UserSortRanks::sortedRows(const UserRows &users, Qt::SortOrder order,
                                           const QCollator &collator) const
{
    const auto count = std::size_t(users.size());
    std::vector<int> rows(count);
    const bool allRanked = m_ranks.size() >= count
        && std::none_of(m_ranks.begin(), m_ranks.begin() + std::ptrdiff_t(count),
                        [](std::uint32_t rank) { return rank == unranked; });
    if (!allRanked) {
        std::iota(rows.begin(), rows.end(), 0);
        std::sort(rows.begin(), rows.end(), [&](int left, int right) {
            return shownBefore(left, right, order, users, collator);
        });
        return rows;
    }
    // The rank above the row, so that one integer comparison orders by rank, then by row.
    std::vector<std::uint64_t> keys(count);
    for (std::size_t row = 0; row < count; ++row) {
        const std::uint32_t rank = order == Qt::AscendingOrder ? m_ranks[row] : ~m_ranks[row];
        keys[row] = std::uint64_t(rank) << 32 | row;
    }
    std::sort(keys.begin(), keys.end());
    std::transform(keys.begin(), keys.end(), rows.begin(),
                   [](std::uint64_t key) { return int(key & UINT32_MAX); });
    return rows;
}

void UserSortRanks::clear()
{
    m_column = -1;
    m_ranks.clear();
    m_ranks.shrink_to_fit();
}

void UserSortRanks::forget(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && std::size_t(row) < m_ranks.size(); ++row)
        m_ranks[std::size_t(row)] = unranked;
}
