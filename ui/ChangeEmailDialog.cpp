#include "ChangeEmailDialog.h"

#include "ChangeEmailButtons.h"
#include "ChangeEmailForm.h"
#include "ChangeEmailJobs.h"
#include "ChangeEmailSteps.h"
#include "ErrorBanner.h"
#include "IdentityBackend.h"
#include "LastChangeLabel.h"
#include "ServiceError.h"
#include "ServiceJob.h"
#include "VerifyCodePage.h"
#include "WrappedTextFit.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
/// The backend's capabilities with the sentence on what happens after the change that fits
/// `user` (Acronis: whether the user has activated the account).
BackendCapabilities capabilitiesFor(const IdentityBackend *backend, const User &user)
{
    if (!backend)
        return {};
    BackendCapabilities capabilities = backend->capabilities();
    capabilities.afterChange = backend->afterChangeFor(user);
    return capabilities;
}
} // namespace

ChangeEmailDialog::ChangeEmailDialog(IdentityBackend *backend, const User &user,
                                     ChangeJournal *journal,
                                     const JournaledEmailChange::Context &journalContext,
                                     QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_journalContext(journalContext)
    , m_capabilities(capabilitiesFor(backend, user))
    , m_user(user)
    , m_jobs(new ChangeEmailJobs(backend, journal, journalContext, this))
{
    setWindowTitle(tr("Change Email \u2013 %1").arg(user.shownName()));
    setAccessibleName(tr("Change email"));

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    connect(m_banner, &ErrorBanner::actionTriggered, this, &ChangeEmailDialog::reloadUser);
    m_lastChange = new LastChangeLabel(this);
    showLastChange();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_lastChange);
    m_steps = new ChangeEmailSteps(
        m_capabilities, user, m_banner, [this] { return canEnterVerificationCode(); }, this,
        layout);
    m_form = m_steps->form();
    m_verifyPage = m_steps->verifyPage();
    connectButtons();

    connect(m_form, &ChangeEmailForm::sendCodeRequested, this, &ChangeEmailDialog::requestCode);
    connect(m_form, &ChangeEmailForm::edited, this, [this] {
        // The request's error was about what was typed; once that changes it is old news.
        if (m_bannerClearsOnEdit)
            clearBanner();
    });
    connectJobs();
    m_steps->goTo(Step::Form);
}

ChangeEmailDialog::~ChangeEmailDialog()
{
    // The jobs belong to the backend, which outlives this dialog: stop their work here.
    m_jobs->stop();
}

void ChangeEmailDialog::connectJobs()
{
    connect(m_jobs, &ChangeEmailJobs::failed, this, [this](const ServiceError &error) {
        // Back to where the failed request started: the verify step, else the form.
        showFailure(error, m_steps->step() == Step::Verifying ? Step::Verify : Step::Form);
    });
    connect(m_jobs, &ChangeEmailJobs::changed, this,
            [this](const EmailChangeOutcome &outcome, const QString &newEmail) {
                m_outcome = outcome;
                m_changedTo = newEmail;
                m_summary = m_outcome.summaryFor(m_user.shownName(), newEmail);
                if (m_outcome.user)
                    m_user = *m_outcome.user;
                showLastChange();
                finishChange();
            });
    connect(m_jobs, &ChangeEmailJobs::verified, this, [this](const QString &message) {
        m_summary = m_summary + QLatin1Char(' ') + message;
        emit emailVerified(m_changedTo, message);
        accept();
    });
    connect(m_jobs, &ChangeEmailJobs::reloaded, this, &ChangeEmailDialog::userReloadedFromService);
    connect(m_jobs, &ChangeEmailJobs::codeSent, this,
            [this](const QString &address, const QString &message) {
                m_form->codeSent(address, message, m_codeCooldownSeconds);
            });
    connect(m_jobs, &ChangeEmailJobs::codeFailed, this, [this](const ServiceError &error) {
        m_form->codeRequestEnded(
            error.kind() == ServiceError::Kind::RateLimited ? error.retryAfterSeconds() : 0);
        if (m_steps->step() == Step::Form)
            showFailure(error, Step::Form);
    });
}

void ChangeEmailDialog::connectButtons()
{
    const ChangeEmailButtons &buttons = m_steps->buttons();
    connect(buttons.next, &QPushButton::clicked, this, [this] { m_steps->review(m_user); });
    connect(buttons.change, &QPushButton::clicked, this, &ChangeEmailDialog::startChange);
    connect(buttons.cancel, &QPushButton::clicked, this, &ChangeEmailDialog::cancelRunningJob);
    connect(buttons.verify, &QPushButton::clicked, this, &ChangeEmailDialog::startVerify);
    connect(buttons.enterCode, &QPushButton::clicked, this,
            &ChangeEmailDialog::enterVerificationCode);
}

void ChangeEmailDialog::showLastChange()
{
    m_lastChange->showLastChange(m_journal, m_journalContext.profile, m_user.id);
}

User ChangeEmailDialog::user() const
{
    return m_user;
}

QString ChangeEmailDialog::resultSummary() const
{
    return m_summary;
}

bool ChangeEmailDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::Show && !m_sized) {
        // Room for the review sentence and the backend's explanation without a wall of
        // wrapping; not a minimum width, so the layout's own minimum still applies.
        m_sized = true;
        resize(std::max(width(), fontMetrics().averageCharWidth() * 64), height());
        WrappedTextFit::growToFit(*this);
    } else if (event->type() == QEvent::LayoutRequest) {
        WrappedTextFit::growToFit(*this);
    }
    return handled;
}

void ChangeEmailDialog::keyPressEvent(QKeyEvent *event)
{
    // The review shows Back and "Change email" only: Escape there means Back, keeping what was
    // typed, rather than closing the dialog through a Close button that is not shown. (Closing
    // the window still closes it.)
    if (m_steps->step() == Step::Review && event->key() == Qt::Key_Escape
        && event->modifiers() == 0) {
        m_steps->buttons().back->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ChangeEmailDialog::startChange()
{
    if (!m_jobs->canStart() || !m_form->isComplete())
        return;
    clearBanner();
    m_form->clearFieldErrors();
    QString journalProblem;
    ServiceJob *job = m_jobs->change(m_user, m_form->request(), &journalProblem);
    if (!job) {
        // Nothing was sent: back to the form with everything typed, and the reason.
        m_steps->goTo(Step::Form);
        m_bannerClearsOnEdit = false;
        m_banner->showMessage(ErrorBanner::Level::Error, tr("Not sent: the change journal failed."),
                              journalProblem);
        return;
    }
    m_steps->watch(job, Step::Changing,
                   tr("Changing the email of %1\u2026").arg(m_user.shownName()));
}

void ChangeEmailDialog::finishChange()
{
    emit emailChanged(m_outcome, m_changedTo);
    // A code step only when a code was mailed (an address marked verified has nothing to
    // confirm; ZITADEL v2 offers both).
    if (!m_capabilities.verifiesWithCodeAfterChange
        || m_outcome.kind != EmailChangeOutcome::Kind::VerificationMailSent) {
        accept();
        return;
    }
    m_steps->showVerify(m_summary, m_changedTo);
}

bool ChangeEmailDialog::canEnterVerificationCode() const
{
    return m_capabilities.verifiesWithCodeAfterChange
        && m_user.verification == EmailVerification::Unverified && !m_user.email.isEmpty();
}

void ChangeEmailDialog::enterVerificationCode()
{
    if (!canEnterVerificationCode() || m_steps->isBusy())
        return;
    clearBanner();
    // The code went to the address the user has now (the change was made before "Later").
    m_changedTo = m_user.email;
    m_summary =
        tr("The address %1 of %2 waits for verification.").arg(m_user.email, m_user.shownName());
    m_steps->showVerify(m_summary, m_changedTo);
}

void ChangeEmailDialog::clearBanner()
{
    m_banner->clear();
    m_bannerClearsOnEdit = false;
}

void ChangeEmailDialog::startVerify()
{
    const QString code = m_verifyPage->code();
    if (!m_jobs->canStart() || code.isEmpty())
        return;
    clearBanner();
    m_verifyPage->clearError();
    m_steps->watch(m_jobs->verify(m_user.id, code), Step::Verifying,
                   tr("Verifying %1\u2026").arg(m_changedTo));
}

void ChangeEmailDialog::requestCode(const QString &address)
{
    if (!m_jobs->canRequestCode())
        return;
    clearBanner();
    m_jobs->requestCode(address);
    m_form->setCodeSending();
}

void ChangeEmailDialog::reloadUser()
{
    if (!m_jobs->canStart())
        return;
    m_steps->watch(m_jobs->reload(m_user.id), Step::Reloading,
                   tr("Reloading %1\u2026").arg(m_user.shownName()));
}

void ChangeEmailDialog::userReloadedFromService(const User &user)
{
    m_user = user;
    m_form->setUser(m_user);
    emit userReloaded(m_user);
    m_steps->goTo(Step::Form);
    m_banner->showMessage(
        ErrorBanner::Level::Information,
        tr("Reloaded: the current email of %1 is %2.")
            .arg(m_user.shownName(), m_user.email.isEmpty() ? tr("(none)") : m_user.email),
        tr("Check the new address, then choose Next to try again."));
}

void ChangeEmailDialog::cancelRunningJob()
{
    ServiceJob *job = m_jobs->running();
    if (!job)
        return;
    m_steps->unwatch(job);
    m_jobs->cancel();
    switch (m_steps->step()) {
    case Step::Changing:
        m_steps->goTo(Step::Form);
        m_banner->showMessage(ErrorBanner::Level::Information, tr("Cancelled."),
                              tr("If the request had already reached the service, the change "
                                 "may still be made; check the user before trying again."));
        break;
    case Step::Verifying:
        m_steps->goTo(Step::Verify);
        break;
    default:
        m_steps->goTo(Step::Form);
        break;
    }
}

void ChangeEmailDialog::showFailure(const ServiceError &error, Step backTo)
{
    m_steps->goTo(backTo);
    if (error.kind() == ServiceError::Kind::Cancelled)
        return;
    m_bannerClearsOnEdit = false;

    QWidget *focus = nullptr;
    bool allPlaced = true;
    if (backTo == Step::Verify)
        focus = m_verifyPage->showFieldErrors(error.fieldErrors(), &allPlaced);
    else
        focus = m_form->showFieldErrors(error.fieldErrors(), &allPlaced);

    if (error.kind() == ServiceError::Kind::Conflict && error.currentUser()) {
        // Say what changed even when the backend's message does not, then offer the way out.
        QString details = error.message();
        const User &now = *error.currentUser();
        if (now.email != m_user.email && !details.contains(now.email))
            details += QLatin1Char(' ') + tr("Its email is now %1.").arg(now.email);
        m_banner->showMessage(ErrorBanner::Level::Error, ErrorBanner::headlineFor(error), details);
        m_banner->setAction(tr("&Reload user and try again"), tr("Reload user and try again"));
        if (!focus)
            focus = m_banner->actionButton();
    } else if (!focus || !allPlaced) {
        m_banner->showError(error);
        m_bannerClearsOnEdit = backTo == Step::Form;
    }

    if (!focus)
        focus = backTo == Step::Verify ? m_verifyPage->codeEdit() : m_form->firstInput();
    focus->setFocus();
}

void ChangeEmailDialog::reject()
{
    if (m_steps->isBusy()) {
        // Escape (or Cancel) while a request runs stops the request, not the dialog.
        cancelRunningJob();
        return;
    }
    if (m_steps->step() == Step::Verify) {
        // The change is already made; closing means "verify later".
        accept();
        return;
    }
    QDialog::reject();
}

void ChangeEmailDialog::done(int result)
{
    m_jobs->stop();
    m_form->clearSecrets();
    QDialog::done(result);
}
