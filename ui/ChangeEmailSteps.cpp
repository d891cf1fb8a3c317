#include "ChangeEmailSteps.h"

#include "BackendCapabilities.h"
#include "BusyStatus.h"
#include "ChangeEmailButtons.h"
#include "ChangeEmailForm.h"
#include "ErrorBanner.h"
#include "ReviewPage.h"
#include "ServiceJob.h"
#include "VerifyCodePage.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

ChangeEmailSteps::ChangeEmailSteps(const BackendCapabilities &capabilities, const User &user,
                                   ErrorBanner *banner, std::function<bool()> offersCode,
                                   QDialog *dialog, QVBoxLayout *layout)
    : QObject(dialog)
    , m_afterChange(capabilities.afterChange)
    , m_banner(banner)
    , m_offersCode(std::move(offersCode))
{
    m_stack = new QStackedWidget(dialog);
    m_stack->setObjectName(QStringLiteral("stack"));
    m_form = new ChangeEmailForm(capabilities, user, m_stack);
    m_form->setObjectName(QStringLiteral("formPage"));
    m_reviewPage = new ReviewPage(m_stack);
    m_verifyPage = new VerifyCodePage(m_stack);
    for (QWidget *page : { static_cast<QWidget *>(m_form), static_cast<QWidget *>(m_reviewPage),
                           static_cast<QWidget *>(m_verifyPage) })
        m_stack->addWidget(page);

    m_busy = new BusyStatus(dialog);
    m_busy->setObjectName(QStringLiteral("busyStatus"));
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_busy);
    auto *row = new QHBoxLayout;
    m_buttons = std::make_unique<ChangeEmailButtons>(dialog, row);
    layout->addLayout(row);

    connect(m_buttons->close, &QPushButton::clicked, dialog, &QDialog::reject);
    connect(m_buttons->back, &QPushButton::clicked, this, [this] { goTo(Step::Form); });
    connect(m_buttons->later, &QPushButton::clicked, dialog, &QDialog::accept);
    connect(m_verifyPage, &VerifyCodePage::codeEntered, m_buttons->verify,
            &QPushButton::setEnabled);
    connect(m_form, &ChangeEmailForm::completeChanged, m_buttons->next, &QPushButton::setEnabled);
    m_buttons->next->setEnabled(m_form->isComplete());
}

ChangeEmailSteps::~ChangeEmailSteps() = default;

bool ChangeEmailSteps::isBusy() const
{
    return m_step == Step::Changing || m_step == Step::Verifying || m_step == Step::Reloading;
}

void ChangeEmailSteps::goTo(Step step)
{
    m_step = step;
    const bool busy = isBusy();
    switch (step) {
    case Step::Form:
    case Step::Reloading:
        m_stack->setCurrentWidget(m_form);
        break;
    case Step::Review:
    case Step::Changing:
        m_stack->setCurrentWidget(m_reviewPage);
        break;
    case Step::Verify:
    case Step::Verifying:
        m_stack->setCurrentWidget(m_verifyPage);
        break;
    }
    m_stack->setEnabled(!busy);
    m_banner->actionButton()->setEnabled(!busy);
    if (!busy)
        m_busy->stop();

    const ChangeEmailButtons::Set buttons = busy ? ChangeEmailButtons::Set::Busy
        : step == Step::Review                   ? ChangeEmailButtons::Set::Review
        : step == Step::Verify                   ? ChangeEmailButtons::Set::Verify
                                                 : ChangeEmailButtons::Set::Form;
    m_buttons->show(buttons, m_offersCode());
    if (busy)
        m_buttons->cancel->setFocus();
    else if (step == Step::Review)
        m_buttons->change->setFocus();
    else if (step == Step::Verify)
        m_verifyPage->codeEdit()->setFocus();
    else
        m_form->firstInput()->setFocus();
}

void ChangeEmailSteps::review(const User &user)
{
    if (!m_form->isComplete())
        return;
    // Before a second change, say again that the first one still waits.
    const QString pending = ChangeEmailForm::pendingWarning(user);
    m_reviewPage->prepare(user.shownName(), user.email, m_form->request(),
                          pending.isEmpty() ? m_afterChange
                                            : QString(pending + QLatin1Char(' ') + m_afterChange));
    goTo(Step::Review);
}

void ChangeEmailSteps::showVerify(const QString &summary, const QString &address)
{
    m_form->clearSecrets();
    m_verifyPage->prepare(summary, address);
    goTo(Step::Verify);
}

void ChangeEmailSteps::watch(ServiceJob *job, Step step, const QString &status)
{
    m_busy->start(status);
    connect(job, &ServiceJob::progress, m_busy, &BusyStatus::setText);
    goTo(step);
}

void ChangeEmailSteps::unwatch(ServiceJob *job)
{
    disconnect(job, nullptr, m_busy, nullptr);
}
