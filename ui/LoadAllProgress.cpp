#include "LoadAllProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <climits>
#include <cmath>

namespace {
/// The rate needs a moment of history before it means anything.
constexpr qint64 rateAfterMs = 500;
} // namespace

LoadAllProgress::LoadAllProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_bar->setObjectName(QStringLiteral("loadAllProgressBar"));
    m_bar->setAccessibleName(tr("Loading all users"));
    m_bar->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_bar->setMaximumHeight(m_cancel->sizeHint().height());
    m_rate->setObjectName(QStringLiteral("loadAllRateLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelLoadAllButton"));
    m_cancel->setAccessibleName(tr("Cancel loading all users"));
    m_cancel->setToolTip(tr("Stop loading (Esc); the users loaded so far stay."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_rate);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &LoadAllProgress::cancelRequested);
    hide();
}

void LoadAllProgress::start(qint64 loaded, qint64 total)
{
    m_clock.start();
    m_startRows = loaded;
    setProgress(loaded, total);
    show();
}

void LoadAllProgress::finish()
{
    hide();
}

void LoadAllProgress::setProgress(qint64 loaded, qint64 total)
{
    const QLocale locale;
    if (total >= 0) {
        // QProgressBar counts in int; a listing stops at PagePipelineSettings::maxUsers anyway.
        m_bar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_bar->setValue(int(std::min<qint64>({ loaded, total, INT_MAX })));
        m_bar->setFormat(tr("%1 of %2").arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_bar->setRange(0, 0);
        m_bar->setFormat(locale.toString(loaded));
    }
    m_bar->setAccessibleDescription(m_bar->format());

    const qint64 elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const qint64 gained = loaded - m_startRows;
    QString rate;
    if (elapsedMs >= rateAfterMs && gained > 0) {
        const double perSecond = double(gained) * 1000.0 / double(elapsedMs);
        rate = tr("%1 users/s").arg(locale.toString(qint64(std::llround(perSecond))));
        if (total > loaded)
            rate =
                tr("%1, about %2 left")
                    .arg(rate, duration(qint64(std::llround(double(total - loaded) / perSecond))));
    }
    m_rate->setText(rate);
    m_rate->setAccessibleName(rate);
}

QString LoadAllProgress::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(std::max<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString LoadAllProgress::countText() const
{
    return m_bar->format();
}

QString LoadAllProgress::rateText() const
{
    return m_rate->text();
}
