#include "ServiceJob.h"

#include <QTimer>

ServiceJob::ServiceJob(QObject *parent)
    : QObject(parent)
{ }

void ServiceJob::cancel()
{
    if (m_finished)
        return;
    // Children own the replies; deleting them aborts the traffic.
    const QObjectList children = this->children();
    for (QObject *child : children)
        delete child;
    fail(ServiceError::cancelled());
}

void ServiceJob::fail(const ServiceError &error)
{
    if (m_finished)
        return;
    m_failed = true;
    m_error = error;
    finishLater();
}

void ServiceJob::succeed()
{
    if (m_finished)
        return;
    finishLater();
}

void ServiceJob::finishLater()
{
    m_finished = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reported)
            return;
        m_reported = true;
        emit finished();
        deleteLater();
    });
}

void UserPageJob::succeed(UserPage page)
{
    if (isFinished())
        return;
    m_page = std::move(page);
    ServiceJob::succeed();
}

void UserJob::succeed(User user)
{
    if (isFinished())
        return;
    m_user = std::move(user);
    ServiceJob::succeed();
}

void EmailChangeJob::succeed(EmailChangeOutcome outcome)
{
    if (isFinished())
        return;
    m_outcome = std::move(outcome);
    ServiceJob::succeed();
}

void ActionJob::succeed(QString message)
{
    if (isFinished())
        return;
    m_message = std::move(message);
    ServiceJob::succeed();
}
