#pragma once

#include "BulkProgress.h"

#include <QWidget>

class ConfirmBar;
class QLabel;
class QProgressBar;
class QPushButton;

/// Under the plan's table while a plan is applied: a progress bar ("120 of 480"), the rate and
/// the time left, Pause/Resume and Cancel. Cancel asks first, saying that rows in flight end
/// without an answer and are checked by reading the user when the run is resumed.
class BulkApplyPage : public QWidget
{
    Q_OBJECT
public:
    explicit BulkApplyPage(QWidget *parent = nullptr);

    void setProgress(const BulkProgress &progress);
    /// Pause shows as Resume while paused.
    void setPaused(bool paused);
    /// Cancel was confirmed: no more questions until the run ends.
    void setStopping();
    /// Asks whether to cancel the run (also Escape and closing the window).
    void askCancel();

    QString countText() const;
    QString rateText() const;
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    ConfirmBar *confirmBar() const { return m_confirm; }

signals:
    void pauseRequested();
    void resumeRequested();
    void cancelConfirmed();

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    ConfirmBar *m_confirm = nullptr;
    bool m_paused = false;
};
