#include "FaultInjector.h"

#include <QMutexLocker>

#include <cmath>

FaultInjector::FaultInjector(Settings settings)
    : m_settings(settings)
{ }

FaultInjector::Decision FaultInjector::next()
{
    QMutexLocker locker(&m_mutex);
    Decision decision;
    decision.delayMs = m_settings.latencyMs;

    if (m_settings.rateLimit > 0) {
        const qint64 windowMs = qint64(m_settings.rateWindowSeconds) * 1000;
        if (!m_window.isValid() || m_window.elapsed() >= windowMs) {
            m_window.start();
            m_inWindow = 0;
        }
        if (m_inWindow >= m_settings.rateLimit) {
            const qint64 remainingMs = windowMs - m_window.elapsed();
            decision.retryAfterSeconds = int(std::max<qint64>(1, (remainingMs + 999) / 1000));
            return decision;
        }
        ++m_inWindow;
    }

    if (m_settings.failRate > 0.0) {
        // Bresenham-style spreading: request n fails when floor(n * rate) steps up.
        ++m_counted;
        const auto before = std::floor(double(m_counted - 1) * m_settings.failRate);
        const auto now = std::floor(double(m_counted) * m_settings.failRate);
        decision.fail = now > before;
    }
    return decision;
}
