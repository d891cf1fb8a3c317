#include "BulkProgressMeter.h"

#include <cmath>

namespace {
/// The rate is measured over this many recent milliseconds.
constexpr qint64 rateWindowMs = 10'000;
} // namespace

void BulkProgressMeter::start()
{
    m_clock.start();
    m_rateSamples.append({ 0, 0 });
}

void BulkProgressMeter::noteRowDone(const QList<BulkRowResult> &results)
{
    int done = 0;
    for (const BulkRowResult &result : results) {
        if (result.isDone() && !result.fromEarlierRun)
            ++done;
    }
    const qint64 now = m_clock.elapsed();
    m_rateSamples.append({ now, done });
    while (m_rateSamples.size() > 2 && now - m_rateSamples.at(1).first > rateWindowMs)
        m_rateSamples.removeFirst();
}

BulkProgress BulkProgressMeter::progress(const BulkPlan &plan,
                                         const QList<BulkRowResult> &results) const
{
    using Outcome = BulkRowResult::Outcome;
    BulkProgress progress;
    for (int i = 0; i < plan.rows.size(); ++i) {
        if (!plan.rows.at(i).isReady())
            continue;
        ++progress.total;
        const BulkRowResult &result = results.at(i);
        if (!result.isDone())
            continue;
        ++progress.done;
        if (result.isSuccess())
            ++progress.succeeded;
        else if (result.outcome == Outcome::Skipped)
            ++progress.skipped;
        else if (result.outcome == Outcome::Failed)
            ++progress.failed;
        else if (result.outcome == Outcome::Unknown)
            ++progress.unknown;
    }
    if (m_rateSamples.size() >= 2) {
        const auto &[firstTime, firstDone] = m_rateSamples.constFirst();
        const auto &[lastTime, lastDone] = m_rateSamples.constLast();
        if (lastTime > firstTime && lastDone > firstDone) {
            progress.rowsPerSecond = (lastDone - firstDone) * 1000.0 / double(lastTime - firstTime);
            progress.secondsLeft =
                qint64(std::llround((progress.total - progress.done) / progress.rowsPerSecond));
        }
    }
    return progress;
}
