#pragma once

#include <QElapsedTimer>
#include <QMutex>

/// Demo and test controls that make the mock behave like a slow or struggling backend.
/// All decisions are deterministic: the same request sequence gets the same faults.
class FaultInjector
{
public:
    struct Settings
    {
        int latencyMs = 0;
        /// Fraction of requests (0..1) answered with a 5xx; spread evenly, e.g. 0.25 fails
        /// every fourth request.
        double failRate = 0.0;
        /// When > 0, at most this many requests per window; the rest get 429 + Retry-After.
        int rateLimit = 0;
        int rateWindowSeconds = 60;
    };

    struct Decision
    {
        int delayMs = 0;
        bool fail = false;
        /// > 0 when the request is rate limited: seconds until the window reopens.
        int retryAfterSeconds = 0;
    };

    explicit FaultInjector(Settings settings);

    Decision next();
    const Settings &settings() const { return m_settings; }

private:
    const Settings m_settings;
    QMutex m_mutex;
    quint64 m_counted = 0;
    QElapsedTimer m_window;
    int m_inWindow = 0;
};
