#include "HttpRetryPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

HttpRetryPolicy::HttpRetryPolicy(int maxAttempts, int budgetSeconds)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_budgetMs(std::max(0, budgetSeconds) * 1000)
{ }

HttpRetryPolicy::Decision HttpRetryPolicy::afterAnswer(int status, const QByteArray &retryAfter,
                                                       bool isRead)
{
    ++m_attempts;
    Decision decision;
    if (status != 429 && !(status == 503 && isRead))
        return decision;

    const int asked = retryAfterSeconds(retryAfter);
    const qint64 leftMs = m_budgetMs - m_waitedMs;
    if (asked > 0 && qint64(asked) * 1000 > leftMs) {
        // Sleeping through a long Retry-After would look like a hang; say it instead.
        decision.reason = tr("The server asked to wait %n second(s) before trying again, longer "
                             "than IdentityDesk waits for one request (%1 seconds in all).",
                             nullptr, asked)
                              .arg(m_budgetMs / 1000);
        return decision;
    }
    if (m_attempts >= m_maxAttempts) {
        decision.reason = tr("IdentityDesk tried %n time(s).", nullptr, m_attempts);
        return decision;
    }

    QRandomGenerator *random = QRandomGenerator::global();
    int waitMs = 0;
    if (asked > 0) {
        // Never earlier than asked; a little later, so that waiting clients do not return in
        // the same instant.
        waitMs = asked * 1000 + int(random->bounded(250));
    } else {
        // Exponential backoff with "equal jitter": between half and all of 1 s, 2 s, 4 s, ...
        const int base = 1000 << std::min(m_attempts - 1, 10);
        waitMs = base / 2 + int(random->bounded(base / 2 + 1));
    }
    if (waitMs > leftMs) {
        decision.reason = tr("IdentityDesk tried %n time(s).", nullptr, m_attempts);
        return decision;
    }
    m_waitedMs += waitMs;
    decision.retry = true;
    decision.waitMs = waitMs;
    decision.seconds = asked > 0 ? asked : (waitMs + 999) / 1000;
    return decision;
}

int HttpRetryPolicy::retryAfterSeconds(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    constexpr qint64 aYear = 365LL * 24 * 3600;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, aYear));
    // Digits too many for a number still ask for a very long wait, not for none.
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return int(aYear);
    // An HTTP date (IMF-fixdate, RFC 9110); the English day and month names need the C locale.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC);
    else
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return int(std::clamp<qint64>(delta, 0, aYear));
}
