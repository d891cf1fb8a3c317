#pragma once

#include <QFrame>
#include <QString>

class InlineMessage;
class QPushButton;
struct BulkRun;
struct BulkRunCounts;

/// The main window's offer to finish an unfinished bulk run of the current profile: names the
/// job, what it came from and its counts, with Resume and Later. Non-modal; hidden until
/// offer().
class BulkResumeOffer : public QFrame
{
    Q_OBJECT
public:
    explicit BulkResumeOffer(QWidget *parent = nullptr);

    /// `others`: further unfinished runs of the profile (named as a count).
    void offer(const BulkRun &run, const BulkRunCounts &counts, int others);
    void withdraw();

    QString jobId() const { return m_jobId; }
    InlineMessage *message() const { return m_message; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *laterButton() const { return m_later; }

    /// "320 changed, 5 failed, 175 not started" for a run's counts (zeros left out).
    static QString countsText(const BulkRunCounts &counts);

signals:
    void resumeRequested(const QString &jobId);

private:
    QString m_jobId;
    InlineMessage *m_message = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_later = nullptr;
};
