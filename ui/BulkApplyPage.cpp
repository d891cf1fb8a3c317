#include "BulkApplyPage.h"

#include "ConfirmBar.h"
#include "LoadAllProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BulkApplyPage::BulkApplyPage(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("applyProgress"));
    m_bar->setAccessibleName(tr("Rows done"));
    m_bar->setTextVisible(true);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("applyRate"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setAccessibleName(tr("Pause"));
    m_pause->setToolTip(tr("Start no more rows; the rows being changed finish"));
    m_pause->setAutoDefault(false);
    m_cancel = new QPushButton(tr("&Cancel Run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setAccessibleName(tr("Cancel run"));
    m_cancel->setAutoDefault(false);
    m_confirm = new ConfirmBar(this);
    m_confirm->setObjectName(QStringLiteral("cancelConfirmBar"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_rate);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirm);
    layout->addLayout(row);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_paused)
            emit resumeRequested();
        else
            emit pauseRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &BulkApplyPage::askCancel);
    connect(m_confirm, &ConfirmBar::confirmed, this, &BulkApplyPage::cancelConfirmed);
    connect(m_confirm, &ConfirmBar::declined, this, [this] { m_cancel->setFocus(); });
}

void BulkApplyPage::setProgress(const BulkProgress &progress)
{
    const QLocale locale;
    m_bar->setRange(0, qMax(1, progress.total));
    m_bar->setValue(qMin(progress.done, progress.total));
    m_bar->setFormat(
        tr("%1 of %2").arg(locale.toString(progress.done), locale.toString(progress.total)));
    m_bar->setAccessibleDescription(m_bar->format());
    QString rate;
    if (m_paused) {
        rate = tr("Paused");
    } else if (progress.rowsPerSecond > 0) {
        rate = tr("%1 rows/s").arg(locale.toString(progress.rowsPerSecond, 'f', 1));
        if (progress.secondsLeft >= 0 && progress.done < progress.total)
            rate =
                tr("%1, about %2 left").arg(rate, LoadAllProgress::duration(progress.secondsLeft));
    }
    m_rate->setText(rate);
    m_rate->setAccessibleName(rate);
}

void BulkApplyPage::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(paused ? tr("Resume") : tr("Pause"));
    if (paused) {
        m_rate->setText(tr("Paused"));
        m_rate->setAccessibleName(m_rate->text());
    }
}

void BulkApplyPage::setStopping()
{
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    m_rate->setText(tr("Stopping\u2026"));
    m_rate->setAccessibleName(m_rate->text());
}

void BulkApplyPage::askCancel()
{
    if (!m_cancel->isEnabled())
        return;
    m_confirm->ask(tr("Cancel the run? No more rows are started. A change already sent ends "
                      "as \u201cno answer\u201d; resuming the run reads those users before "
                      "anything is sent again."),
                   tr("C&ancel Run"), tr("&Keep Going"));
}

QString BulkApplyPage::countText() const
{
    return m_bar->format();
}

QString BulkApplyPage::rateText() const
{
    return m_rate->text();
}
