#include "ChangeEmailJobs.h"

#include "ChangeJournal.h"
#include "IdentityBackend.h"
#include "PendingEmailChanges.h"
#include "ServiceError.h"
#include "ServiceJob.h"

ChangeEmailJobs::ChangeEmailJobs(IdentityBackend *backend, ChangeJournal *journal,
                                 const JournaledEmailChange::Context &journalContext,
                                 QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_journal(journal)
    , m_journalContext(journalContext)
{ }

ChangeEmailJobs::~ChangeEmailJobs()
{
    stop();
}

ServiceJob *ChangeEmailJobs::change(const User &user, const EmailChangeRequest &request,
                                    QString *journalProblem)
{
    if (!canStart())
        return nullptr;
    EmailChangeJob *job = JournaledEmailChange::start(m_backend, m_journal, m_journalContext, user,
                                                      request, journalProblem);
    if (!job)
        return nullptr;
    const QString newEmail = request.newEmail;
    connect(job, &ServiceJob::finished, this, [this, job, newEmail] {
        m_job = nullptr;
        if (job->succeeded())
            emit changed(job->outcome(), newEmail);
        else
            emit failed(job->error());
    });
    m_job = job;
    return job;
}

ServiceJob *ChangeEmailJobs::verify(const QString &userId, const QString &code)
{
    if (!canStart())
        return nullptr;
    ActionJob *job = m_backend->verifyEmail(userId, code);
    connect(job, &ServiceJob::finished, this, [this, job] {
        m_job = nullptr;
        if (job->succeeded())
            emit verified(job->message());
        else
            emit failed(job->error());
    });
    m_job = job;
    return job;
}

ServiceJob *ChangeEmailJobs::reload(const QString &userId)
{
    if (!canStart())
        return nullptr;
    UserJob *job = m_backend->user(userId);
    connect(job, &ServiceJob::finished, this, [this, job] {
        m_job = nullptr;
        if (!job->succeeded()) {
            emit failed(job->error());
            return;
        }
        User user = job->user();
        // The server does not tell an Acronis change that waits; the journal does.
        if (m_journal && m_journal->isOpen())
            PendingEmailChanges::read(*m_journal, m_journalContext.profile).apply(user);
        emit reloaded(user);
    });
    m_job = job;
    return job;
}

void ChangeEmailJobs::requestCode(const QString &address)
{
    if (!canRequestCode())
        return;
    ActionJob *job = m_backend->requestVerificationCode(address);
    m_codeJob = job;
    connect(job, &ServiceJob::finished, this, [this, job, address] {
        m_codeJob = nullptr;
        if (job->succeeded())
            emit codeSent(address, job->message());
        else
            emit codeFailed(job->error());
    });
}

void ChangeEmailJobs::cancel()
{
    ServiceJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
}

void ChangeEmailJobs::stop()
{
    for (QPointer<ServiceJob> *job : { &m_job, &m_codeJob }) {
        if (ServiceJob *running = job->data()) {
            *job = nullptr;
            disconnect(running, nullptr, this, nullptr);
            running->cancel();
        }
    }
}
