#pragma once

#include <QDeadlineTimer>
#include <QPushButton>
#include <QTimer>

/// The "Send code" button: after a code was requested it stays disabled for a cooldown and
/// counts the seconds down in its label ("Send again in 42 s"), so people see when they may
/// ask again instead of hammering the service.
///
/// Whether a code can be requested at all (a valid address typed) is set with setAvailable();
/// the button is enabled only when it is available, not sending and not cooling down.
class SendCodeButton : public QPushButton
{
    Q_OBJECT
public:
    explicit SendCodeButton(QWidget *parent = nullptr);

    /// Disables the button for `seconds` (nothing happens for 0 or less).
    void startCooldown(int seconds);
    bool isCoolingDown() const { return m_timer.isActive(); }
    /// Whole seconds left, rounded up; 0 when ready.
    int remainingSeconds() const;

    void setAvailable(bool available);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// While a request runs: shows "Sending..." and stays disabled.
    void setSending(bool sending);
    bool isSending() const { return m_sending; }

signals:
    void cooldownFinished();

private:
    void tick();
    void refresh();

    QTimer m_timer;
    QDeadlineTimer m_deadline;
    bool m_available = true;
    bool m_sending = false;
};
