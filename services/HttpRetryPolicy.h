#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// When an HttpCall tries again after 429 or 503, and when it stops. A request has a budget of
/// attempts and of seconds spent waiting between them (HttpSettings); a server's Retry-After
/// (seconds or an HTTP date) is honoured, never undercut, and jitter spreads the retries of
/// concurrent requests so that they do not come back in one burst.
///
/// Only 429 says that the server did not process the request, so only 429 is retried for
/// writes; a 503 may come from a proxy after the write went through, and is retried for reads.
class HttpRetryPolicy
{
    Q_DECLARE_TR_FUNCTIONS(HttpRetryPolicy)
public:
    HttpRetryPolicy(int maxAttempts, int budgetSeconds);

    struct Decision
    {
        bool retry = false;
        /// How long to wait before the next attempt...
        int waitMs = 0;
        /// ...and in whole seconds as the server asked (or the backoff, rounded up).
        int seconds = 0;
        /// When not retrying a 429/503: why, for the person (empty when nothing to add).
        QString reason;
    };

    /// Counts the attempt just answered with `status` and decides on the next one.
    Decision afterAnswer(int status, const QByteArray &retryAfter, bool isRead);

    int attempts() const { return m_attempts; }

    /// Seconds asked for by a Retry-After value (a number or an HTTP date); -1 when the value
    /// says nothing usable, 0 for "now" or a date in the past.
    static int retryAfterSeconds(const QByteArray &value);

private:
    int m_maxAttempts;
    int m_budgetMs;
    int m_attempts = 0;
    qint64 m_waitedMs = 0;
};
