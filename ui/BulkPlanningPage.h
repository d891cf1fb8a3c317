#pragma once

#include "BulkPlan.h"
#include "BulkPlanResolver.h"
#include "ServiceError.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class BulkPlanner;
class IdentityBackend;
class QLabel;
class QProgressBar;
class QPushButton;

/// While a plan is made: BulkPlanner lists the directory, with how many users are listed and
/// Cancel. Owns the planner; one planning at a time.
class BulkPlanningPage : public QWidget
{
    Q_OBJECT
public:
    explicit BulkPlanningPage(QWidget *parent = nullptr);
    ~BulkPlanningPage() override;

    /// Starts a BulkPlanner for `header` on `backend`; `run` asks it for the plan (e.g.
    /// planDomainRename). `profile` names the directory in the progress text.
    void start(IdentityBackend *backend, const BulkPlan &header, const QString &profile,
               const std::function<void(BulkPlanner &)> &run);
    /// Stops the planner; nothing is planned, no signal follows.
    void cancel();
    bool isPlanning() const { return !m_planner.isNull(); }

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void planned(const BulkPlan &plan);
    void failed(const ServiceError &error);
    void warning(const QString &text);
    void cancelRequested();

private:
    void finished();

    QPointer<BulkPlanner> m_planner;
    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
};
