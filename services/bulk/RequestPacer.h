#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

/// Spaces requests evenly at a rate (requests per second): each call to reserve() takes the
/// next free slot and says how long to wait for it. A burst therefore never exceeds the rate,
/// which a server's rate limiter counting requests per window can rely on.
class RequestPacer
{
public:
    /// 0 or less: no limit.
    explicit RequestPacer(double requestsPerSecond = 0);

    double rate() const { return m_rate; }
    /// Milliseconds to wait before `requests` requests may go back to back (0 = now); their
    /// slots are taken.
    qint64 reserve(int requests = 1);
    /// After the server answered 429: no slot is handed out for `milliseconds`.
    void holdOff(qint64 milliseconds);

private:
    double m_rate = 0;
    QElapsedTimer m_clock;
    /// The time (ms on m_clock) of the next free slot.
    double m_nextSlot = 0;
};
