#include "RequestPacer.h"

#include <algorithm>
#include <cmath>

RequestPacer::RequestPacer(double requestsPerSecond)
    : m_rate(requestsPerSecond)
{
    m_clock.start();
}

qint64 RequestPacer::reserve(int requests)
{
    if (m_rate <= 0)
        return 0;
    const double now = double(m_clock.elapsed());
    const double slot = std::max(now, m_nextSlot);
    m_nextSlot = slot + requests * 1000.0 / m_rate;
    return qint64(std::ceil(slot - now));
}

void RequestPacer::holdOff(qint64 milliseconds)
{
    m_nextSlot = std::max(m_nextSlot, double(m_clock.elapsed() + milliseconds));
}
