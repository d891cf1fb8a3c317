#include "BulkChangeDialog.h"

#include "BulkApplyPage.h"
#include "BulkCsvReader.h"
#include "BulkDomainPage.h"
#include "BulkPlanFiles.h"
#include "BulkPlanModel.h"
#include "BulkPlanView.h"
#include "BulkPlanner.h"
#include "BulkPlanningPage.h"
#include "BulkResultsPage.h"
#include "BulkReviewPage.h"
#include "BulkRunController.h"
#include "BulkRunStore.h"
#include "BulkSelectionPage.h"
#include "BulkStatusFilter.h"
#include "ChangeJournal.h"
#include "ConfirmBar.h"
#include "ErrorBanner.h"
#include "FileChooser.h"
#include "IdentityBackend.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

BulkChangeDialog::BulkChangeDialog(IdentityBackend *backend, ChangeJournal *journal,
                                   const JournaledEmailChange::Context &context, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_journal(journal)
    , m_context(context)
    , m_model(new BulkPlanModel(this))
    , m_run(new BulkRunController(backend, journal, context, this))
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    setWindowTitle(tr("Bulk Email Change \u2013 %1").arg(context.profile));
    setAccessibleName(tr("Bulk email change"));
    // A window of its own beside the main window, which it never blocks.
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    setModal(false);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("bulkBanner"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("bulkHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sourceStack = new QStackedWidget(this);
    m_sourceStack->addWidget(new QWidget(m_sourceStack)); // nothing to ask (a CSV file)

    m_planning = new BulkPlanningPage(this);

    m_planPage = new QWidget(this);
    m_view = new BulkPlanView(m_model, m_planPage);
    m_controls = new QStackedWidget(m_planPage);
    m_review = new BulkReviewPage(m_view, m_controls);
    m_apply = new BulkApplyPage(m_controls);
    m_results = new BulkResultsPage(m_controls);
    for (QWidget *page : { static_cast<QWidget *>(m_review), static_cast<QWidget *>(m_apply),
                           static_cast<QWidget *>(m_results) })
        m_controls->addWidget(page);
    auto *planLayout = new QVBoxLayout(m_planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_view, 1);
    planLayout->addWidget(m_controls);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_sourceStack);
    m_stack->addWidget(m_planning);
    m_stack->addWidget(m_planPage);

    m_close = new QPushButton(tr("C&lose"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_close, &QPushButton::clicked, this, &BulkChangeDialog::reject);
    connect(m_planning, &BulkPlanningPage::cancelRequested, this,
            &BulkChangeDialog::cancelPlanning);
    connect(m_planning, &BulkPlanningPage::warning, this, [this](const QString &text) {
        m_banner->showMessage(ErrorBanner::Level::Warning, text);
    });
    connect(m_planning, &BulkPlanningPage::failed, this, [this](const ServiceError &error) {
        m_banner->showError(error);
        goTo(Phase::Source);
    });
    connect(m_planning, &BulkPlanningPage::planned, this, [this](const BulkPlan &plan) {
        m_model->setPlan(plan);
        m_heading->setText(tr("%1 \u2013 job %2").arg(m_heading->text(), plan.jobId));
        m_view->setChoices(BulkStatusFilter::reviewChoices());
        goTo(Phase::Review);
    });
    connect(m_review, &BulkReviewPage::savePlanRequested, this, [this] {
        FileChooser::ask(this, tr("Save Plan"), { tr("JSON (*.json)") }, QFileDialog::AcceptSave,
                         [this](const QString &path) { savePlanTo(path); });
    });
    connect(m_review, &BulkReviewPage::applyConfirmed, this,
            [this](const BulkApplySettings &settings) { startApply(settings, true); });
    connect(m_apply, &BulkApplyPage::pauseRequested, this, [this] {
        if (applier() && applier()->state() == BulkApplier::State::Running) {
            applier()->pause();
            m_apply->setPaused(true);
        }
    });
    connect(m_apply, &BulkApplyPage::resumeRequested, this, [this] {
        if (applier() && applier()->state() == BulkApplier::State::Paused) {
            m_apply->setPaused(false);
            applier()->resume();
        }
    });
    connect(m_apply, &BulkApplyPage::cancelConfirmed, this, [this] {
        m_apply->setStopping();
        if (applier())
            applier()->cancel();
    });
    connect(m_results, &BulkResultsPage::exportRequested, this, [this] {
        FileChooser::ask(this, tr("Export Results"), { tr("CSV (*.csv)"), tr("JSON (*.json)") },
                         QFileDialog::AcceptSave,
                         [this](const QString &path) { exportResultsTo(path); });
    });
    connect(m_results, &BulkResultsPage::retryRequested, this, &BulkChangeDialog::retryFailed);
    connect(m_run, &BulkRunController::rowFinished, this,
            [this](int row) { m_model->setResult(row, applier()->results().value(row)); });
    connect(m_run, &BulkRunController::progressChanged, this,
            [this] { m_apply->setProgress(applier()->progress()); });
    connect(m_run, &BulkRunController::ended, this, &BulkChangeDialog::applyEnded);

    const int character = fontMetrics().averageCharWidth();
    resize(character * 150, fontMetrics().height() * 32);
    goTo(Phase::Source);
}

BulkChangeDialog::~BulkChangeDialog() = default;

void BulkChangeDialog::goTo(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Source:
        m_stack->setCurrentWidget(m_sourceStack);
        break;
    case Phase::Planning:
        m_stack->setCurrentWidget(m_planning);
        break;
    case Phase::Review:
        m_stack->setCurrentWidget(m_planPage);
        m_controls->setCurrentWidget(m_review);
        m_view->table()->setFocus();
        break;
    case Phase::Applying:
        m_stack->setCurrentWidget(m_planPage);
        m_controls->setCurrentWidget(m_apply);
        m_apply->pauseButton()->setFocus();
        break;
    case Phase::Results:
        m_stack->setCurrentWidget(m_planPage);
        m_controls->setCurrentWidget(m_results);
        m_results->exportButton()->setFocus();
        break;
    }
    emit phaseChanged(phase);
}

void BulkChangeDialog::showSource(QWidget *page)
{
    m_sourceStack->addWidget(page);
    m_sourceStack->setCurrentWidget(page);
    goTo(Phase::Source);
}

void BulkChangeDialog::startCsv(const QString &fileName, const QByteArray &bytes)
{
    const QString name = QFileInfo(fileName).fileName();
    m_heading->setText(tr("Changes from the file \u201c%1\u201d").arg(name));
    BulkCsvReader reader;
    if (!reader.read(bytes) || reader.rows().isEmpty()) {
        m_banner->showMessage(
            ErrorBanner::Level::Error,
            tr("The file \u201c%1\u201d cannot be used; nothing was planned.").arg(name),
            reader.rows().isEmpty() && reader.error().isEmpty()
                ? tr("It has no rows below the header.")
                : reader.error());
        goTo(Phase::Source);
        m_close->setFocus();
        return;
    }
    QList<BulkChangeRequest> requests;
    requests.reserve(reader.rows().size());
    for (const BulkCsvRow &row : reader.rows()) {
        BulkChangeRequest request;
        request.sourceLine = row.line;
        request.userReference = row.user;
        request.newEmail = row.newEmail;
        request.markVerified = row.verified.value_or(false);
        requests.append(request);
    }
    planRequests(requests, QStringLiteral("csv:") + name);
}

bool BulkChangeDialog::canMarkVerified() const
{
    return m_backend && m_backend->capabilities().canMarkVerified;
}

void BulkChangeDialog::startDomainRename()
{
    m_heading->setText(tr("Rename a domain in profile \u201c%1\u201d").arg(m_context.profile));
    m_domainPage = new BulkDomainPage(canMarkVerified(), m_sourceStack);
    connect(m_domainPage, &BulkDomainPage::planRequested, this,
            &BulkChangeDialog::planDomainRename);
    showSource(m_domainPage);
    m_domainPage->oldEdit()->setFocus();
}

void BulkChangeDialog::startSelection(const QList<User> &users)
{
    m_heading->setText(tr("New addresses for the selected users of profile \u201c%1\u201d")
                           .arg(m_context.profile));
    m_selectionPage = new BulkSelectionPage(users, canMarkVerified(), m_sourceStack);
    connect(m_selectionPage, &BulkSelectionPage::planRequested, this,
            [this](const QList<BulkChangeRequest> &requests) {
                planRequests(requests, QStringLiteral("selection"));
            });
    showSource(m_selectionPage);
    m_selectionPage->table()->setFocus();
}

void BulkChangeDialog::resumeRun(const BulkRun &run)
{
    m_heading->setText(tr("Resuming run %1 (%2)").arg(run.plan.jobId, run.plan.source));
    m_model->setPlan(run.plan);
    startApply(m_review->settings(), false);
}

void BulkChangeDialog::planDomainRename(const QString &oldDomain, const QString &newDomain)
{
    m_heading->setText(tr("Rename %1 to %2 in profile \u201c%3\u201d")
                           .arg(oldDomain, newDomain, m_context.profile));
    startPlanner(BulkPlan::newFor(m_context,
                                  QStringLiteral("rename-domain:%1=%2").arg(oldDomain, newDomain)),
                 [oldDomain, newDomain,
                  verified = m_domainPage && m_domainPage->markVerified()](BulkPlanner &planner) {
                     planner.planDomainRename(oldDomain, newDomain, verified);
                 });
}

void BulkChangeDialog::planRequests(const QList<BulkChangeRequest> &requests, const QString &source)
{
    startPlanner(BulkPlan::newFor(m_context, source),
                 [requests](BulkPlanner &planner) { planner.planRequests(requests); });
}

void BulkChangeDialog::startPlanner(const BulkPlan &header,
                                    const std::function<void(BulkPlanner &)> &run)
{
    m_banner->clear();
    goTo(Phase::Planning);
    m_planning->start(m_backend, header, m_context.profile, run);
}

void BulkChangeDialog::cancelPlanning()
{
    if (!m_planning->isPlanning())
        return;
    m_planning->cancel();
    m_banner->showMessage(ErrorBanner::Level::Information,
                          tr("Planning cancelled; nothing was planned."));
    goTo(Phase::Source);
}

BulkApplier *BulkChangeDialog::applier() const
{
    return m_run->applier();
}

void BulkChangeDialog::startApply(const BulkApplySettings &settings, bool newRun)
{
    m_banner->clear();
    if (!m_run->start(m_model->plan(), settings, newRun)) {
        m_banner->showMessage(ErrorBanner::Level::Error, m_run->problem(), m_run->problemDetails());
        return;
    }
    m_view->setChoices(BulkStatusFilter::resultChoices());
    m_apply->setPaused(false);
    m_apply->pauseButton()->setEnabled(true);
    m_apply->cancelButton()->setEnabled(true);
    // The earlier runs' rows, read from the journal by the applier's start().
    m_model->setResults(applier()->results());
    m_apply->setProgress(applier()->progress());
    goTo(Phase::Applying);
}

void BulkChangeDialog::applyEnded(bool recorded)
{
    BulkApplier *applier = this->applier();
    m_model->setResults(applier->results());
    m_apply->setProgress(applier->progress());
    if (!recorded)
        m_banner->showMessage(ErrorBanner::Level::Error, m_run->problem(), m_run->problemDetails());
    const int open = m_model->count(BulkPlanModel::Failed) + m_model->count(BulkPlanModel::NoAnswer)
        + m_model->count(BulkPlanModel::NotStarted);
    m_results->showRun(applier->state(), m_model->countsText(), applier->stopReason(), open);
    goTo(Phase::Results);
    emit runEnded();
}

void BulkChangeDialog::retryFailed()
{
    if (m_phase != Phase::Results || !applier())
        return;
    BulkApplySettings settings = m_run->settings();
    settings.retryFailed = true;
    startApply(settings, false);
}

bool BulkChangeDialog::report(bool written, const QString &problem, const QString &done)
{
    if (written)
        m_banner->showMessage(ErrorBanner::Level::Information, done);
    else
        m_banner->showMessage(ErrorBanner::Level::Error, problem);
    return written;
}

bool BulkChangeDialog::savePlanTo(const QString &path)
{
    QString problem;
    return report(BulkPlanFiles::savePlan(path, m_model->plan(), &problem), problem,
                  tr("Plan saved to \u201c%1\u201d.").arg(path));
}

bool BulkChangeDialog::exportResultsTo(const QString &path)
{
    QString problem;
    return report(BulkPlanFiles::saveResults(path, m_model->plan(), m_model->results(), &problem),
                  problem, tr("Results written to \u201c%1\u201d.").arg(path));
}

void BulkChangeDialog::reject()
{
    switch (m_phase) {
    case Phase::Planning:
        cancelPlanning();
        break;
    case Phase::Applying:
        // Closing does not drop a run silently: it asks, as Cancel does.
        m_apply->askCancel();
        return;
    case Phase::Review:
        if (m_review->confirmBar()->isAsking()) {
            m_review->confirmBar()->dismiss();
            m_review->applyButton()->setFocus();
            return;
        }
        break;
    default:
        break;
    }
    QDialog::reject();
}
