#include "WaitingNotice.h"

WaitingNotice::WaitingNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("waitingNotice"));
    setTextFormat(Qt::PlainText);
    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &WaitingNotice::tick);
    hide();
}

void WaitingNotice::setWaiting(bool waiting)
{
    if (!waiting) {
        m_ticker.stop();
        hide();
        clear();
        return;
    }
    if (m_ticker.isActive())
        return;
    m_clock.start();
    m_ticker.start();
}

void WaitingNotice::tick()
{
    const qint64 elapsed = m_clock.elapsed();
    if (elapsed < delayMs)
        return;
    const int seconds = int(elapsed / 1000);
    const QString text = tr("Still waiting for the service (%n s)\u2026 Cancel stops the request.",
                            nullptr, seconds);
    setText(text);
    setAccessibleName(text);
    show();
}
