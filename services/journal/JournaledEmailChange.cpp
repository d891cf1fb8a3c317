#include "JournaledEmailChange.h"

#include "ChangeJournal.h"
#include "IdentityBackend.h"
#include "ServiceJob.h"

EmailChangeJob *JournaledEmailChange::start(IdentityBackend *backend, ChangeJournal *journal,
                                            const Context &context, const User &user,
                                            const EmailChangeRequest &request,
                                            QString *journalProblem)
{
    JournalEntry intent;
    intent.profile = context.profile;
    intent.backend = context.backend;
    intent.serverHost = context.serverHost;
    intent.jobId = context.jobId;
    intent.userId = user.id;
    intent.login = user.login;
    intent.oldEmail = user.email;
    intent.newEmail = request.newEmail.trimmed();
    intent.askedVerified = request.markVerified;
    intent.usedCode = !request.verificationCode.isEmpty();
    const qint64 sequence = journal ? journal->recordIntent(intent) : 0;
    if (sequence <= 0) {
        if (journalProblem) {
            *journalProblem = tr("The change was not started: it could not be written to the "
                                 "change journal. %1")
                                  .arg(journal ? journal->errorString() : QString());
        }
        return nullptr;
    }
    EmailChangeJob *job = backend->changeEmail(user.id, request);
    QObject::connect(job, &ServiceJob::finished, job, [journal, sequence, job] {
        if (job->succeeded())
            journal->recordOutcome(sequence, outcomeOf(*job));
        else
            journal->recordOutcome(sequence, outcomeOf(*job), job->error().kindName(),
                                   job->error().message());
    });
    return job;
}

QString JournaledEmailChange::outcomeOf(const EmailChangeJob &job)
{
    if (job.succeeded()) {
        switch (job.outcome().kind) {
        case EmailChangeOutcome::Kind::ChangedNow:
            return QStringLiteral("changed");
        case EmailChangeOutcome::Kind::VerificationMailSent:
            return QStringLiteral("verification-mailed");
        case EmailChangeOutcome::Kind::AwaitingConfirmationAtOldAddress:
            return QStringLiteral("awaiting-confirmation");
        }
    }
    switch (job.error().kind()) {
    case ServiceError::Kind::Timeout:
    case ServiceError::Kind::Cancelled:
        return QStringLiteral("unknown");
    default:
        return QStringLiteral("failed");
    }
}
