#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

#include <mutex>

/// What the mock's API routes were asked, for tests and benchmarks that must count requests
/// at the server (no storms, no more changes than rows, at most N in parallel, no request over
/// a rate limit): requests by method, 429s answered, and requests in flight, from arrival to
/// the last byte of the answer (latency included). Control routes under /mock/ are not
/// counted. Thread-safe: requests arrive on the transport's thread and are answered on others.
class MockRequestStats
{
public:
    void arrived(const QByteArray &method);
    void answered(int status);
    /// {"requests":N,"byMethod":{"GET":N,...},"rateLimited":N,"inFlight":N,"peakInFlight":N}
    QJsonObject toJson() const;
    /// Zero counts; the peak restarts from what is in flight now.
    void reset();

private:
    mutable std::mutex m_mutex;
    qint64 m_requests = 0;
    QMap<QByteArray, qint64> m_byMethod;
    qint64 m_rateLimited = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};
