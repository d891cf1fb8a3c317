#include "BulkPlanningPage.h"

#include "BulkPlanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BulkPlanningPage::BulkPlanningPage(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("planProgress"));
    m_bar->setAccessibleName(tr("Users listed"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPlanButton"));
    m_cancel->setAccessibleName(tr("Cancel planning"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(row);
    layout->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPlanningPage::cancelRequested);
}

BulkPlanningPage::~BulkPlanningPage()
{
    cancel();
}

void BulkPlanningPage::start(IdentityBackend *backend, const BulkPlan &header,
                             const QString &profile, const std::function<void(BulkPlanner &)> &run)
{
    cancel();
    auto *planner = new BulkPlanner(backend, header, this);
    m_planner = planner;
    m_text->setText(
        tr("Listing the users of \u201c%1\u201d to check every row\u2026").arg(profile));
    m_bar->setRange(0, 0);
    m_bar->setValue(0);
    connect(planner, &BulkPlanner::progress, this, [this](qint64 listed, qint64 total) {
        const QLocale locale;
        // QProgressBar counts in int; a listing stops far below INT_MAX users.
        m_bar->setRange(0, total > 0 ? int(total) : 0);
        m_bar->setValue(int(listed));
        m_bar->setFormat(
            total > 0 ? tr("%1 of %2 users").arg(locale.toString(listed), locale.toString(total))
                      : tr("%1 users").arg(locale.toString(listed)));
        m_bar->setAccessibleDescription(m_bar->format());
    });
    connect(planner, &BulkPlanner::warning, this, &BulkPlanningPage::warning);
    connect(planner, &BulkPlanner::finished, this, &BulkPlanningPage::finished);
    m_cancel->setFocus();
    run(*planner);
}

void BulkPlanningPage::cancel()
{
    BulkPlanner *planner = m_planner.data();
    m_planner.clear();
    if (!planner)
        return;
    disconnect(planner, nullptr, this, nullptr);
    planner->cancel();
    planner->deleteLater();
}

void BulkPlanningPage::finished()
{
    BulkPlanner *planner = m_planner.data();
    m_planner.clear();
    if (!planner)
        return;
    planner->deleteLater();
    if (planner->succeeded())
        emit planned(planner->plan());
    else
        emit failed(planner->error());
}
