#pragma once

#include "EmailChange.h"
#include "ServiceError.h"
#include "UserPage.h"

#include <QObject>

/// One asynchronous service call.
///
/// A backend creates the job and returns it at once; the job reports exactly once through
/// finished(), always from the event loop (never inside the call that created it, so callers
/// can connect first), then deletes itself with deleteLater(). cancel(), or destroying the job,
/// aborts its network traffic. Network work belongs to child objects of the job.
class ServiceJob : public QObject
{
    Q_OBJECT
public:
    explicit ServiceJob(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_failed; }
    const ServiceError &error() const { return m_error; }

    /// Stops the work; finished() follows with a Cancelled error unless it already came.
    void cancel();
    /// Finishes with `error`. For backends and for composite jobs.
    void fail(const ServiceError &error);

signals:
    void finished();
    /// A human-readable step for long work ("Loading page 3 of 40..."); optional.
    void progress(const QString &text);

protected:
    /// Subclasses store their result, then call this.
    void succeed();

private:
    void finishLater();

    bool m_finished = false;
    bool m_failed = false;
    bool m_reported = false;
    ServiceError m_error;
};

class UserPageJob : public ServiceJob
{
    Q_OBJECT
public:
    using ServiceJob::ServiceJob;
    const UserPage &page() const { return m_page; }
    void succeed(UserPage page);

private:
    UserPage m_page;
};

class UserJob : public ServiceJob
{
    Q_OBJECT
public:
    using ServiceJob::ServiceJob;
    const User &user() const { return m_user; }
    void succeed(User user);

private:
    User m_user;
};

class EmailChangeJob : public ServiceJob
{
    Q_OBJECT
public:
    using ServiceJob::ServiceJob;
    const EmailChangeOutcome &outcome() const { return m_outcome; }
    void succeed(EmailChangeOutcome outcome);

private:
    EmailChangeOutcome m_outcome;
};

/// A call without a result of its own (request a code, resend a verification).
class ActionJob : public ServiceJob
{
    Q_OBJECT
public:
    using ServiceJob::ServiceJob;
    /// What happened, for the person ("Verification code sent to ...").
    const QString &message() const { return m_message; }
    void succeed(QString message);

private:
    QString m_message;
};
