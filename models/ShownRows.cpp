#include "ShownRows.h"

#include <algorithm>
#include <numeric>
#include <utility>

void ShownRows::reset(int sourceCount)
{
    m_sourceCount = sourceCount;
    m_inSourceOrder = true;
    m_order.clear();
    m_shown.clear();
    m_positionsStale = true;
}

void ShownRows::reserve(int sourceCount)
{
    const auto rows = std::size_t(std::max(sourceCount, 0));
    m_shown.reserve(rows);
    m_positions.reserve(rows);
    if (!m_inSourceOrder)
        m_order.reserve(rows);
}

int ShownRows::proxyRow(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_sourceCount)
        return -1;
    refreshPositions();
    return m_positions[std::size_t(sourceRow)];
}

void ShownRows::refreshPositions() const
{
    if (!m_positionsStale)
        return;
    m_positions.assign(std::size_t(m_sourceCount), -1);
    for (std::size_t at = 0; at < m_shown.size(); ++at)
        m_positions[std::size_t(m_shown[at])] = int(at);
    m_positionsStale = false;
}

void ShownRows::keepShown()
{
    m_passes.assign(std::size_t(m_sourceCount), false);
    for (std::size_t row = 0; row < m_passes.size(); ++row)
        m_passes[row] = m_positions[row] >= 0;
    showPassing();
}

void ShownRows::showPassing()
{
    m_shown.clear();
    const auto visit = [this](int row) {
        if (m_passes[std::size_t(row)])
            m_shown.push_back(row);
    };
    if (m_inSourceOrder) {
        for (int row = 0; row < m_sourceCount; ++row)
            visit(row);
    } else {
        std::for_each(m_order.begin(), m_order.end(), visit);
    }
    m_positionsStale = true;
}

void ShownRows::setOrder(std::vector<int> order)
{
    refreshPositions(); // the rows shown now stay shown
    m_inSourceOrder = false;
    m_order = std::move(order);
    keepShown();
}

void ShownRows::setSourceOrder()
{
    refreshPositions();
    m_inSourceOrder = true;
    m_order.clear();
    m_order.shrink_to_fit();
    keepShown();
}

void ShownRows::appendToOrder(int last)
{
    const int first = m_sourceCount;
    m_sourceCount = last + 1;
    if (!m_inSourceOrder) {
        m_order.resize(std::size_t(m_sourceCount));
        std::iota(m_order.begin() + first, m_order.end(), first);
    }
    if (!m_positionsStale)
        m_positions.resize(std::size_t(m_sourceCount), -1);
}

int ShownRows::placeFor(int sourceRow) const
{
    if (m_inSourceOrder)
        return int(std::lower_bound(m_shown.begin(), m_shown.end(), sourceRow) - m_shown.begin());
    refreshPositions();
    int place = 0;
    for (const int row : m_order) {
        if (row == sourceRow)
            break;
        place += m_positions[std::size_t(row)] >= 0 ? 1 : 0;
    }
    return place;
}

void ShownRows::show(int at, const std::vector<int> &rows)
{
    if (at == count()) {
        // Rows appended (a Load all) keep the index current as they come, which spreads its
        // page faults over the load rather than faulting it all in at its end.
        refreshPositions();
        for (std::size_t i = 0; i < rows.size(); ++i)
            m_positions[std::size_t(rows[i])] = at + int(i);
    } else {
        m_positionsStale = true;
    }
    m_shown.insert(m_shown.begin() + at, rows.begin(), rows.end());
}

void ShownRows::hide(int at)
{
    m_shown.erase(m_shown.begin() + at);
    m_positionsStale = true;
}
