#include "MockRequestStats.h"

void MockRequestStats::arrived(const QByteArray &method)
{
    const std::lock_guard lock(m_mutex);
    ++m_requests;
    ++m_byMethod[method];
    m_peakInFlight = std::max(m_peakInFlight, ++m_inFlight);
}

void MockRequestStats::answered(int status)
{
    const std::lock_guard lock(m_mutex);
    --m_inFlight;
    if (status == 429)
        ++m_rateLimited;
}

QJsonObject MockRequestStats::toJson() const
{
    const std::lock_guard lock(m_mutex);
    QJsonObject byMethod;
    for (auto it = m_byMethod.cbegin(); it != m_byMethod.cend(); ++it)
        byMethod.insert(QString::fromLatin1(it.key()), it.value());
    return {
        { QStringLiteral("requests"), m_requests },
        { QStringLiteral("byMethod"), byMethod },
        { QStringLiteral("rateLimited"), m_rateLimited },
        { QStringLiteral("inFlight"), m_inFlight },
        { QStringLiteral("peakInFlight"), m_peakInFlight },
    };
}

void MockRequestStats::reset()
{
    const std::lock_guard lock(m_mutex);
    m_requests = 0;
    m_byMethod.clear();
    m_rateLimited = 0;
    m_peakInFlight = m_inFlight;
}
