#include "SendCodeButton.h"

SendCodeButton::SendCodeButton(QWidget *parent)
    : QPushButton(parent)
{
    // A second is the unit shown; ticking a little more often keeps the label from lagging
    // behind the real deadline when the event loop is busy.
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &SendCodeButton::tick);
    setAccessibleName(tr("Send verification code"));
    refresh();
}

void SendCodeButton::startCooldown(int seconds)
{
    if (seconds <= 0)
        return;
    m_deadline.setRemainingTime(qint64(seconds) * 1000);
    m_timer.start();
    refresh();
}

int SendCodeButton::remainingSeconds() const
{
    if (!m_timer.isActive())
        return 0;
    return int((m_deadline.remainingTime() + 999) / 1000);
}

void SendCodeButton::setAvailable(bool available)
{
    m_available = available;
    refresh();
}

void SendCodeButton::setSending(bool sending)
{
    m_sending = sending;
    refresh();
}

void SendCodeButton::tick()
{
    if (m_deadline.hasExpired()) {
        m_timer.stop();
        refresh();
        emit cooldownFinished();
        return;
    }
    refresh();
}

void SendCodeButton::refresh()
{
    if (m_sending)
        setText(tr("Sending\u2026"));
    else if (isCoolingDown())
        setText(tr("Send again in %n s", nullptr, remainingSeconds()));
    else
        setText(tr("&Send code")); // Alt+C is the code's own label
    setEnabled(m_available && !m_sending && !isCoolingDown());
}

QSize SendCodeButton::sizeHint() const
{
    // Wide enough for the longest label, so the layout neither jumps nor cuts the countdown.
    // A plain button with that label measures it exactly as this style draws it.
    QPushButton probe(tr("Send again in %n s", nullptr, 88));
    probe.setFont(font());
    return QPushButton::sizeHint().expandedTo(probe.sizeHint());
}

QSize SendCodeButton::minimumSizeHint() const
{
    return sizeHint();
}
