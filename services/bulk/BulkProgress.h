#pragma once

#include <QtGlobal>

/// Where a bulk apply stands, for a progress bar or a CLI line.
struct BulkProgress
{
    /// Ready rows of the plan (what this run is about).
    int total = 0;
    /// Rows with a result, earlier runs' included.
    int done = 0;
    int succeeded = 0;
    int skipped = 0;
    int failed = 0;
    int unknown = 0;
    /// Rows finished per second over the last few seconds; 0 until known.
    double rowsPerSecond = 0;
    /// Estimated seconds left; -1 until a rate is known.
    qint64 secondsLeft = -1;
};
