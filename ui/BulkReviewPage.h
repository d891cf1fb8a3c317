#pragma once

#include "BulkApplier.h"

#include <QWidget>

class BulkPlanView;
class ConfirmBar;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

/// Under the plan's table while reviewing: Drop/Restore (also the Delete key on the table),
/// "Save plan…", how fast to apply (rows at once, requests per second) and Apply, which asks
/// first, naming the count, the profile and the server. Apply is disabled while no row is
/// ready.
class BulkReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit BulkReviewPage(BulkPlanView *view, QWidget *parent = nullptr);

    BulkApplySettings settings() const;

    QPushButton *dropButton() const { return m_drop; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *applyButton() const { return m_apply; }
    QSpinBox *parallelSpin() const { return m_parallel; }
    QDoubleSpinBox *rateSpin() const { return m_rate; }
    ConfirmBar *confirmBar() const { return m_confirm; }

public slots:
    /// Drops the selected ready rows, or restores them when every selected row is dropped.
    void toggleDropped();
    /// Asks whether to apply (see the class comment).
    void askApply();
    void updateButtons();

signals:
    void savePlanRequested();
    void applyConfirmed(const BulkApplySettings &settings);

private:
    BulkPlanView *m_view;
    QPushButton *m_drop = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_apply = nullptr;
    QSpinBox *m_parallel = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    ConfirmBar *m_confirm = nullptr;
};
