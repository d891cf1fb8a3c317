#pragma once

#include "EmailChange.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>

class ChangeJournal;
class EmailChangeJob;
class IdentityBackend;

/// Starts an email change the way every front end must: the intent goes into the journal
/// before the request leaves, the outcome when the job ends. The backends know nothing of it.
class JournaledEmailChange
{
    Q_DECLARE_TR_FUNCTIONS(JournaledEmailChange)

public:
    /// Where the change goes, for the journal.
    struct Context
    {
        QString profile;
        QString backend;
        QString serverHost;
        /// Bulk runs: the run's id.
        QString jobId;
    };

    /// The backend's job for changing `user`'s address. When the intent cannot be written,
    /// nothing is sent: null, with the journal's problem in `journalProblem`.
    static EmailChangeJob *start(IdentityBackend *backend, ChangeJournal *journal,
                                 const Context &context, const User &user,
                                 const EmailChangeRequest &request, QString *journalProblem);

    /// The journal's word for a finished change: changed, verification-mailed,
    /// awaiting-confirmation, failed or unknown (no answer: a timeout or a cancel after
    /// sending).
    static QString outcomeOf(const EmailChangeJob &job);
};
