#pragma once

#include "User.h"

#include <QObject>

#include <functional>
#include <memory>

class BusyStatus;
struct BackendCapabilities;
class ChangeEmailButtons;
class ChangeEmailForm;
class ErrorBanner;
class QDialog;
class QStackedWidget;
class QVBoxLayout;
class ReviewPage;
class ServiceJob;
class VerifyCodePage;

/// The change-email dialog's steps and what each shows: the form, the review and the verify
/// step as pages of a stack, the buttons of the step (ChangeEmailButtons), and while a request
/// runs its page disabled, the busy row and Cancel only. It moves between them where no request
/// is involved (review() for Next, Back to the form, Later and Close end the dialog), with the
/// focus where those moves lead and on Cancel while a request runs; the dialog starts and
/// cancels the requests (ChangeEmailJobs), says which step their outcome leads to and puts the
/// focus there.
class ChangeEmailSteps : public QObject
{
    Q_OBJECT
public:
    enum class Step { Form, Review, Changing, Verify, Verifying, Reloading };

    /// Creates the pages, the busy row and the buttons on `dialog` and adds them to `layout`.
    /// While a request runs, `banner`'s action waits too. `offersCode` says whether the form
    /// offers "Enter verification code…" now.
    ChangeEmailSteps(const BackendCapabilities &capabilities, const User &user, ErrorBanner *banner,
                     std::function<bool()> offersCode, QDialog *dialog, QVBoxLayout *layout);
    ~ChangeEmailSteps() override;

    Step step() const { return m_step; }
    /// Whether a request runs (changing, verifying or reloading).
    bool isBusy() const;
    /// Shows the page and the buttons of `step`, and puts the focus where that step starts: the
    /// form's first input, "Change email", the code, or Cancel while a request runs.
    void goTo(Step step);
    /// The review of `user`'s change as typed, with the focus on "Change email" (Next); nothing
    /// while the form is incomplete.
    void review(const User &user);
    /// The verify step for the code mailed to `address`, `summary` above it; the form's
    /// password is wiped first.
    void showVerify(const QString &summary, const QString &address);
    /// `step` while `job` runs: the busy row says `status`, then the job's progress.
    void watch(ServiceJob *job, Step step, const QString &status);
    /// The busy row stops following `job` (it is being cancelled).
    void unwatch(ServiceJob *job);

    ChangeEmailForm *form() const { return m_form; }
    VerifyCodePage *verifyPage() const { return m_verifyPage; }
    const ChangeEmailButtons &buttons() const { return *m_buttons; }

private:
    /// What the backend does after a change, said on the review page.
    const QString m_afterChange;
    ErrorBanner *m_banner;
    std::function<bool()> m_offersCode;
    Step m_step = Step::Form;

    QStackedWidget *m_stack = nullptr;
    ChangeEmailForm *m_form = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    VerifyCodePage *m_verifyPage = nullptr;
    BusyStatus *m_busy = nullptr;
    std::unique_ptr<ChangeEmailButtons> m_buttons;
};
