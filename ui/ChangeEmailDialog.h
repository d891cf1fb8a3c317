#pragma once

#include "BackendCapabilities.h"
#include "ChangeEmailSteps.h"
#include "EmailChange.h"
#include "JournaledEmailChange.h"
#include "User.h"

#include <QDialog>

class ChangeEmailForm;
class ChangeEmailJobs;
class ChangeJournal;
class ErrorBanner;
class IdentityBackend;
class LastChangeLabel;
class ServiceError;
class VerifyCodePage;

/// Changes one user's email address through an IdentityBackend, asking for exactly what the
/// backend needs (BackendCapabilities) and never blocking: open it with open() or show(),
/// never exec(). Steps, all inside the dialog (no nested modal boxes):
///
/// 1. the form, with a live check of the new address; Next is enabled once it is valid;
/// 2. a review ("Change the email of X from A to B?") with Back (also Escape) and "Change
///    email";
/// 3. while the request runs, the inputs are disabled and Cancel stops the job and returns to
///    the form with the input kept;
/// 4. on failure the form again, every input kept: field errors beside their input (focus on
///    the first), other errors in a banner; a version conflict offers to reload the user;
/// 5. on success emailChanged() and accept(); backends that verify the new address with a code
///    (ZITADEL self-service) first show a "Verify" step, which "Later" skips. For a user whose
///    address still waits for that code, "Enter verification code…" (or
///    enterVerificationCode()) leads straight to it.
///
/// A request's error shown in the banner goes once the input is edited for the next attempt;
/// a conflict's stays, with its "Reload" way out. The sentence on what happens after the
/// change fits the user (IdentityBackend::afterChangeFor), and a user whose earlier change
/// still waits for confirmation is warned about on the form and again on the review.
///
/// Every change goes through JournaledEmailChange: its intent is written to `journal` (with
/// `journalContext`) before the request leaves and its outcome when the answer comes. When the
/// journal cannot be written nothing is sent and the form says why, input kept. Above the
/// form, one line tells the user's last journaled change, if any.
///
/// The pages and buttons of the steps, and moving between them, are ChangeEmailSteps'; the
/// requests are ChangeEmailJobs'; the dialog ties a request's outcome to the next step.
///
/// The backend and the journal are not owned and must outlive the dialog; running jobs are
/// cancelled when the dialog closes or is destroyed. The password is never kept outside its field,
/// which is emptied whenever the dialog closes.
class ChangeEmailDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeEmailDialog(IdentityBackend *backend, const User &user, ChangeJournal *journal,
                      const JournaledEmailChange::Context &journalContext,
                      QWidget *parent = nullptr);
    ~ChangeEmailDialog() override;

    /// The user as last read (after a change or a reload).
    User user() const;
    /// One sentence on the last successful change, for a status bar; empty before.
    QString resultSummary() const;

    /// How long "Send code" stays disabled after a code was sent (default 60 s).
    void setCodeCooldownSeconds(int seconds) { m_codeCooldownSeconds = seconds; }

    /// Goes straight to the verify step for a user whose address waits for a mailed code (after
    /// "Later"); does nothing for other users. The dialog's "Enter verification code" button
    /// and the window's action of the same name lead here.
    void enterVerificationCode();
    /// Whether the user's address waits for a code this dialog can take (ZITADEL
    /// self-service, an unverified address).
    bool canEnterVerificationCode() const;

    void reject() override;
    void done(int result) override;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

signals:
    /// The service accepted the change; `outcome.summary(newEmail)` says what happens next.
    void emailChanged(const EmailChangeOutcome &outcome, const QString &newEmail);
    /// The new address was confirmed with the mailed code (verify step).
    void emailVerified(const QString &newEmail, const QString &message);
    /// The user was read again (after a conflict), e.g. to refresh a table row.
    void userReloaded(const User &user);

private:
    using Step = ChangeEmailSteps::Step;

    /// The buttons that need the dialog's user or its requests: Next (the review of the user as
    /// the dialog knows it), Change, Cancel, Verify and Enter code. ChangeEmailSteps connects
    /// Back, Later and Close.
    void connectButtons();
    /// The user's last journaled change in one line, or nothing.
    void showLastChange();

    void startChange();
    void finishChange();
    void requestCode(const QString &address);
    void startVerify();
    void reloadUser();
    /// The reload asked for after a conflict came: the form again, with the address now.
    void userReloadedFromService(const User &user);
    void connectJobs();
    void cancelRunningJob();
    void clearBanner();
    void showFailure(const ServiceError &error, Step backTo);

    ChangeJournal *m_journal;
    const JournaledEmailChange::Context m_journalContext;
    const BackendCapabilities m_capabilities;
    User m_user;
    EmailChangeOutcome m_outcome;
    QString m_changedTo;
    QString m_summary;
    int m_codeCooldownSeconds = 60;
    bool m_sized = false;
    /// The banner shows a request's error about the input: editing the input hides it.
    bool m_bannerClearsOnEdit = false;

    ErrorBanner *m_banner = nullptr;
    LastChangeLabel *m_lastChange = nullptr;
    ChangeEmailSteps *m_steps = nullptr;
    /// The steps' form and verify pages, used most.
    ChangeEmailForm *m_form = nullptr;
    VerifyCodePage *m_verifyPage = nullptr;
    ChangeEmailJobs *m_jobs;
};
