#pragma once

#include <algorithm>
#include <vector>

/// Which source rows a filtering, sorting proxy shows, and in which order
/// (UserFilterProxyModel). Plain bookkeeping: the proxy decides what passes and what comes
/// first, and tells its views.
///
/// The order holds every source row, shown or not, so that a filter that shows more rows again
/// needs no sort; or it is the source's own order, which needs no list. The proxy row of a source
/// row is looked up in an index that is rebuilt on the first lookup after a change, rather than
/// after each of the single-row changes that come in a burst (a fetched page placed row by row
/// into a sorted table).
class ShownRows
{
public:
    /// `count` source rows in source order, none of them shown.
    void reset(int sourceCount);
    /// Makes room for `sourceCount` rows now: growing by copying takes a page fault per 4 KiB
    /// of the new lists at once, in the middle of a Load all (issue 11, no stall over 50 ms).
    void reserve(int sourceCount);
    int sourceCount() const { return m_sourceCount; }

    /// Number of rows shown.
    int count() const { return int(m_shown.size()); }
    int sourceRow(int proxyRow) const { return m_shown[std::size_t(proxyRow)]; }
    /// The proxy row of `sourceRow`, or -1 while it is hidden.
    int proxyRow(int sourceRow) const;

    /// Shows the rows of the order that `accepts`.
    template<typename Accepts>
    void showWhere(Accepts accepts)
    {
        // Asked in source order, which reads the rows' texts front to back: asking in a sorted
        // order jumps all over them, and took nearly twice as long (issue 11, a keystroke).
        m_passes.assign(std::size_t(m_sourceCount), false);
        for (int row = 0; row < m_sourceCount; ++row)
            m_passes[std::size_t(row)] = accepts(row);
        showPassing();
    }

    /// Hides the shown rows that `accepts` refuses; only those need asking when the criteria
    /// can only have become stricter.
    template<typename Accepts>
    void keepWhere(Accepts accepts)
    {
        refreshPositions();
        m_passes.assign(std::size_t(m_sourceCount), false);
        for (int row = 0; row < m_sourceCount; ++row) {
            if (m_positions[std::size_t(row)] >= 0)
                m_passes[std::size_t(row)] = accepts(row);
        }
        showPassing();
    }

    /// Puts every source row in `order`, showing the same rows.
    void setOrder(std::vector<int> order);
    /// Puts the rows in the source's order, showing the same rows.
    void setSourceOrder();

    /// Source rows [sourceCount(), last] were appended; they go to the end of the order, and
    /// are not shown yet.
    void appendToOrder(int last);
    /// Puts the appended rows `rows`, sorted by `before`, into the order sorted by `before`.
    template<typename Before>
    void mergeIntoOrder(const std::vector<int> &rows, Before before)
    {
        const auto middle = m_order.size() - rows.size();
        std::copy(rows.begin(), rows.end(), m_order.begin() + std::ptrdiff_t(middle));
        std::inplace_merge(m_order.begin(), m_order.begin() + std::ptrdiff_t(middle), m_order.end(),
                           before);
    }
    /// Takes `row` out of the order and puts it back where `before` places it.
    template<typename Before>
    void reorder(int row, Before before)
    {
        m_order.erase(std::find(m_order.begin(), m_order.end(), row));
        m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), row, before), row);
    }
    /// Whether `row` stands where `before` places it among its neighbours in the order.
    template<typename Before>
    bool isInPlace(int row, Before before) const
    {
        if (m_inSourceOrder)
            return true;
        const auto at = std::find(m_order.begin(), m_order.end(), row);
        return (at == m_order.begin() || !before(row, *(at - 1)))
            && (at + 1 == m_order.end() || !before(*(at + 1), row));
    }

    /// The proxy row that hidden `sourceRow` would get if shown now: after every shown row
    /// that comes before it in the order.
    int placeFor(int sourceRow) const;
    /// Where `sourceRow` goes among the shown rows, which are sorted by `before`.
    template<typename Before>
    int placeFor(int sourceRow, Before before) const
    {
        return int(std::upper_bound(m_shown.begin(), m_shown.end(), sourceRow, before)
                   - m_shown.begin());
    }
    /// Shows `rows` at proxy rows [at, at + rows.size()).
    void show(int at, const std::vector<int> &rows);
    /// Hides the row at proxy row `at`.
    void hide(int at);

private:
    void refreshPositions() const;
    /// Shows the rows of the order that m_passes marks.
    void showPassing();
    /// After a new order: shows the rows that m_positions says were shown.
    void keepShown();

    int m_sourceCount = 0;
    bool m_inSourceOrder = true;
    /// Every source row in display order, unless m_inSourceOrder.
    std::vector<int> m_order;
    /// Proxy row -> source row.
    std::vector<int> m_shown;
    /// Source row -> proxy row or -1, while !m_positionsStale.
    mutable std::vector<int> m_positions;
    mutable bool m_positionsStale = true;
    /// Per source row, whether it passes: showWhere() and keepWhere() fill it.
    std::vector<bool> m_passes;
};
