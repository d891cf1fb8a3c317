#pragma once

#include "BulkPlan.h"
#include "BulkProgress.h"
#include "BulkRowResult.h"

#include <QElapsedTimer>
#include <QList>

#include <utility>

/// Where a bulk apply stands: its results counted against the plan's ready rows, and the rate at
/// which this run finishes rows, measured over the last ten seconds (so that a pause or a slow
/// stretch shows soon in the estimate of the time left).
class BulkProgressMeter
{
public:
    /// The run starts now, with nothing done by it yet.
    void start();
    /// After a row ended: samples how many rows this run has done (earlier runs' rows do not
    /// count towards its rate).
    void noteRowDone(const QList<BulkRowResult> &results);
    /// `results` holds one result per row of `plan`, in plan order.
    BulkProgress progress(const BulkPlan &plan, const QList<BulkRowResult> &results) const;

private:
    QElapsedTimer m_clock;
    /// (ms since start, rows done then) samples for the rate.
    QList<std::pair<qint64, int>> m_rateSamples;
};
