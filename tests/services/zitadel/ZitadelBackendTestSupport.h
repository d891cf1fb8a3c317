#pragma once

// Helpers shared by the ZITADEL backend suites: waiting for a job and keeping its result.

#include "ServiceJob.h"
#include "TestBuild.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace zitadelbackendtest {

/// Everything a finished job reported (the job itself deletes itself after finished()).
struct Outcome
{
    bool finished = false;
    bool succeeded = false;
    ServiceError error;
    UserPage page;
    User user;
    EmailChangeOutcome change;
    QString message;
    QStringList progress;
};

/// Waits (test only) until `job` finishes and returns what it reported. The limit only stands
/// for "did not hang", so it is stretched under the sanitizers.
inline Outcome waitFor(ServiceJob *job, int timeoutMs = TestBuild::scaledMs(20000))
{
    Outcome outcome;
    QObject::connect(job, &ServiceJob::progress, job,
                     [&outcome](const QString &text) { outcome.progress.append(text); });
    QObject::connect(job, &ServiceJob::finished, job, [job, &outcome] {
        outcome.finished = true;
        outcome.succeeded = job->succeeded();
        outcome.error = job->error();
        if (auto *pageJob = qobject_cast<UserPageJob *>(job))
            outcome.page = pageJob->page();
        if (auto *userJob = qobject_cast<UserJob *>(job))
            outcome.user = userJob->user();
        if (auto *changeJob = qobject_cast<EmailChangeJob *>(job))
            outcome.change = changeJob->outcome();
        if (auto *actionJob = qobject_cast<ActionJob *>(job))
            outcome.message = actionJob->message();
    });
    QSignalSpy spy(job, &ServiceJob::finished);
    if (!spy.wait(timeoutMs))
        qWarning("job did not finish in %d ms", timeoutMs);
    return outcome;
}

inline QString describe(const Outcome &outcome)
{
    if (!outcome.finished)
        return QStringLiteral("the job did not finish in time");
    return outcome.succeeded
        ? QStringLiteral("succeeded")
        : outcome.error.kindName() + QStringLiteral(": ") + outcome.error.describe();
}

} // namespace zitadelbackendtest

/// QVERIFY that an outcome succeeded, printing the error otherwise (evaluates `expr` once).
#define ZVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const zitadelbackendtest::Outcome &zOutcome_ = (expr);                                     \
        QVERIFY2(zOutcome_.finished &&zOutcome_.succeeded,                                         \
                 qPrintable(zitadelbackendtest::describe(zOutcome_)));                             \
    } while (false)
