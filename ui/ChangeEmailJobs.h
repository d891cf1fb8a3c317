#pragma once

#include "EmailChange.h"
#include "JournaledEmailChange.h"
#include "User.h"

#include <QObject>
#include <QPointer>

class ChangeJournal;
class IdentityBackend;
class ServiceError;
class ServiceJob;

/// The requests of the change-email dialog, one at a time (the change, the verification, a
/// reload of the user) plus a mailed code's request beside them, each reported once by a
/// signal. The change goes through JournaledEmailChange; a reloaded user gets the journal's
/// pending change. Jobs that are stopped or cancelled report nothing.
///
/// The backend and the journal are not owned; the jobs belong to the backend, which outlives
/// this object: stop() (also on destruction) cancels them.
class ChangeEmailJobs : public QObject
{
    Q_OBJECT
public:
    ChangeEmailJobs(IdentityBackend *backend, ChangeJournal *journal,
                    const JournaledEmailChange::Context &journalContext, QObject *parent);
    ~ChangeEmailJobs() override;

    /// Whether a change, verification or reload may start (a backend, none running).
    bool canStart() const { return m_backend && !m_job; }
    /// Whether a code may be requested (a backend, no code request running).
    bool canRequestCode() const { return m_backend && !m_codeJob; }
    /// The running change, verification or reload; null when none.
    ServiceJob *running() const { return m_job; }

    /// Journals and sends the change; null (nothing sent, `journalProblem` says why) when the
    /// journal cannot be written. changed() or failed() follows.
    ServiceJob *change(const User &user, const EmailChangeRequest &request,
                       QString *journalProblem);
    /// Confirms the new address with `code`; verified() or failed() follows.
    ServiceJob *verify(const QString &userId, const QString &code);
    /// Reads the user again; reloaded() or failed() follows.
    ServiceJob *reload(const QString &userId);
    /// Asks the service to mail a code to `address`; codeSent() or codeFailed() follows.
    void requestCode(const QString &address);

    /// Cancels the running change, verification or reload without a report.
    void cancel();
    /// Cancels every running job without a report.
    void stop();

signals:
    void changed(const EmailChangeOutcome &outcome, const QString &newEmail);
    void verified(const QString &message);
    void reloaded(const User &user);
    void failed(const ServiceError &error);
    void codeSent(const QString &address, const QString &message);
    void codeFailed(const ServiceError &error);

private:
    QPointer<IdentityBackend> m_backend;
    ChangeJournal *m_journal;
    const JournaledEmailChange::Context m_journalContext;
    QPointer<ServiceJob> m_job;
    QPointer<ServiceJob> m_codeJob;
};
