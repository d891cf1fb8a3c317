#pragma once

#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>

/// "Still waiting for the service (5 s)…": shown beside a Cancel button once a request has
/// gone unanswered for a couple of seconds, so that a stuck server reads as waiting, not as
/// a frozen window. Counts the seconds while it waits; hidden otherwise.
class WaitingNotice : public QLabel
{
    Q_OBJECT
public:
    /// Silence shorter than this is normal and shows nothing.
    static constexpr int delayMs = 2000;

    explicit WaitingNotice(QWidget *parent = nullptr);

    /// Starts counting when a request starts (again while counting: goes on), stops and hides
    /// when it ends.
    void setWaiting(bool waiting);

private:
    void tick();

    QTimer m_ticker;
    QElapsedTimer m_clock;
};
