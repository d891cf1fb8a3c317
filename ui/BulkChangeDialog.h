#pragma once

#include "BulkApplier.h"
#include "BulkPlan.h"
#include "BulkPlanResolver.h"
#include "JournaledEmailChange.h"
#include "User.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class BulkApplyPage;
class BulkDomainPage;
class BulkPlanModel;
class BulkPlanner;
class BulkPlanningPage;
class BulkPlanView;
class BulkResultsPage;
class BulkRunController;
class BulkReviewPage;
class BulkSelectionPage;
class ChangeJournal;
class ErrorBanner;
class IdentityBackend;
class QLabel;
class QPushButton;
class QStackedWidget;
struct BulkRun;

/// A bulk email change from start to end, in one window that never blocks the main one:
///
/// 1. what to change: a CSV file (read with BulkCsvReader; a refused file is named with its
///    line and column and nothing is planned), a domain rename (BulkDomainPage) or the users
///    selected in the main table (BulkSelectionPage);
/// 2. planning: BulkPlanner lists the directory, with progress and Cancel;
/// 3. review (BulkReviewPage): the plan's table with a status filter and counts; rows can be
///    dropped and restored; "Save plan…"; Apply asks first;
/// 4. apply (BulkApplyPage): BulkApplier, with progress, rate, time left, Pause and Cancel;
///    each row's result appears in the table as it comes;
/// 5. results (BulkResultsPage): "Export results…" and "Retry failed".
///
/// Runs go through a BulkRunController, which records them in the journal's BulkRunStore, so
/// an interrupted run is offered for resume (BulkActions) and the CLI's `bulk status` and
/// `bulk undo` know it. Escape goes back from a question, cancels planning,
/// and while applying asks whether to cancel the run.
///
/// The backend and the journal are not owned and must outlive the dialog; a run still going
/// when the dialog is destroyed is cancelled (and recorded so).
class BulkChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Phase { Source, Planning, Review, Applying, Results };
    Q_ENUM(Phase)

    BulkChangeDialog(IdentityBackend *backend, ChangeJournal *journal,
                     const JournaledEmailChange::Context &context, QWidget *parent = nullptr);
    ~BulkChangeDialog() override;

    /// Plans the rows of a CSV file's bytes; `fileName` names it in the plan and messages.
    void startCsv(const QString &fileName, const QByteArray &bytes);
    /// Asks for the old and the new domain.
    void startDomainRename();
    /// Asks for the new addresses of `users`.
    void startSelection(const QList<User> &users);
    /// Goes on with an earlier run of this profile right away (rows done are not repeated).
    void resumeRun(const BulkRun &run);

    void planDomainRename(const QString &oldDomain, const QString &newDomain);
    void planRequests(const QList<BulkChangeRequest> &requests, const QString &source);

    Phase phase() const { return m_phase; }
    BulkPlanModel *model() const { return m_model; }
    BulkPlanView *planView() const { return m_view; }
    BulkReviewPage *reviewPage() const { return m_review; }
    BulkApplyPage *applyPage() const { return m_apply; }
    BulkResultsPage *resultsPage() const { return m_results; }
    BulkPlanningPage *planningPage() const { return m_planning; }
    BulkDomainPage *domainPage() const { return m_domainPage; }
    BulkSelectionPage *selectionPage() const { return m_selectionPage; }
    ErrorBanner *banner() const { return m_banner; }
    /// The run going on or last ended; null before Apply.
    BulkApplier *applier() const;
    QPushButton *closeButton() const { return m_close; }

    void reject() override;

public slots:
    /// Writes the plan (BulkPlan::toJson) to `path`; false with the problem in the banner.
    bool savePlanTo(const QString &path);
    /// Writes the rows with their results to `path`, CSV or JSON by its ending.
    bool exportResultsTo(const QString &path);
    /// A new run of the same job that tries the failed rows again.
    void retryFailed();
    void cancelPlanning();

signals:
    void phaseChanged(BulkChangeDialog::Phase phase);
    /// A run ended (finished, stopped or cancelled); some addresses may have changed.
    void runEnded();

private:
    void goTo(Phase phase);
    void showSource(QWidget *page);
    bool canMarkVerified() const;
    void startPlanner(const BulkPlan &header, const std::function<void(BulkPlanner &)> &run);
    void startApply(const BulkApplySettings &settings, bool newRun);
    void applyEnded(bool recorded);
    /// Shows `done`, or `problem` when not `written`; returns `written`.
    bool report(bool written, const QString &problem, const QString &done);

    QPointer<IdentityBackend> m_backend;
    ChangeJournal *m_journal;
    JournaledEmailChange::Context m_context;
    Phase m_phase = Phase::Source;
    BulkPlanModel *m_model;
    BulkRunController *m_run;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_heading = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_sourceStack = nullptr;
    BulkDomainPage *m_domainPage = nullptr;
    BulkSelectionPage *m_selectionPage = nullptr;
    BulkPlanningPage *m_planning = nullptr;
    QWidget *m_planPage = nullptr;
    BulkPlanView *m_view = nullptr;
    QStackedWidget *m_controls = nullptr;
    BulkReviewPage *m_review = nullptr;
    BulkApplyPage *m_apply = nullptr;
    BulkResultsPage *m_results = nullptr;
    QPushButton *m_close = nullptr;
};
