#include "BulkReviewPage.h"

#include "BulkPlanView.h"
#include "ConfirmBar.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
/// More rows at once than this only queue at the server.
constexpr int maxParallel = 16;
} // namespace

BulkReviewPage::BulkReviewPage(BulkPlanView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    m_drop = new QPushButton(tr("&Drop Row"), this);
    m_drop->setObjectName(QStringLiteral("dropButton"));
    m_drop->setToolTip(tr("Take the selected rows out of the plan, or put them back (Delete)"));
    m_drop->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save Plan\u2026"), this);
    m_save->setObjectName(QStringLiteral("savePlanButton"));
    m_save->setAccessibleName(tr("Save plan"));
    m_save->setToolTip(tr("Write the plan to a JSON file, e.g. to apply it with "
                          "identitydesk-cli bulk apply"));
    m_save->setAutoDefault(false);

    const BulkApplySettings defaults;
    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(QStringLiteral("parallelSpin"));
    m_parallel->setAccessibleName(tr("Rows at once"));
    m_parallel->setRange(1, maxParallel);
    m_parallel->setValue(defaults.parallel);
    auto *parallelLabel = new QLabel(tr("Rows at &once:"), this);
    parallelLabel->setBuddy(m_parallel);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" requests/s"));
    // 0 is "as fast as the rows at once allow", which the field says in words.
    m_rate->setSpecialValueText(tr("Unlimited"));
    m_rate->setValue(defaults.requestsPerSecond);
    m_rate->setToolTip(tr("Stay under the server's rate limit; each row reads the user, then "
                          "changes it"));
    auto *rateLabel = new QLabel(tr("&Rate:"), this);
    rateLabel->setBuddy(m_rate);

    m_apply = new QPushButton(tr("&Apply\u2026"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setAccessibleName(tr("Apply the plan"));
    m_apply->setDefault(true);
    m_confirm = new ConfirmBar(this);
    m_confirm->setObjectName(QStringLiteral("applyConfirmBar"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_drop);
    row->addWidget(m_save);
    row->addStretch(1);
    row->addWidget(parallelLabel);
    row->addWidget(m_parallel);
    row->addWidget(rateLabel);
    row->addWidget(m_rate);
    row->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirm);
    layout->addLayout(row);

    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, m_view->table(), nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &BulkReviewPage::toggleDropped);
    connect(m_drop, &QPushButton::clicked, this, &BulkReviewPage::toggleDropped);
    connect(m_save, &QPushButton::clicked, this, &BulkReviewPage::savePlanRequested);
    connect(m_apply, &QPushButton::clicked, this, &BulkReviewPage::askApply);
    connect(m_confirm, &ConfirmBar::confirmed, this, [this] { emit applyConfirmed(settings()); });
    connect(m_confirm, &ConfirmBar::declined, this, [this] { m_apply->setFocus(); });
    connect(m_view, &BulkPlanView::selectionChanged, this, &BulkReviewPage::updateButtons);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &BulkReviewPage::updateButtons);
    connect(m_view->model(), &QAbstractItemModel::dataChanged, this,
            &BulkReviewPage::updateButtons);
    updateButtons();
}

BulkApplySettings BulkReviewPage::settings() const
{
    BulkApplySettings settings;
    settings.parallel = m_parallel->value();
    settings.requestsPerSecond = m_rate->value();
    return settings;
}

void BulkReviewPage::updateButtons()
{
    const QList<int> rows = m_view->selectedRows();
    BulkPlanModel *model = m_view->model();
    bool allDropped = !rows.isEmpty();
    bool anyReady = false;
    for (const int row : rows) {
        allDropped = allDropped && model->isDropped(row);
        anyReady = anyReady || model->categoryOf(row) == BulkPlanModel::Ready;
    }
    m_drop->setText(allDropped ? tr("Re&store Row") : tr("&Drop Row"));
    m_drop->setAccessibleName(allDropped ? tr("Restore row") : tr("Drop row"));
    m_drop->setEnabled(!model->hasResults() && (allDropped || anyReady));
    m_apply->setEnabled(model->count(BulkPlanModel::Ready) > 0);
    if (!m_apply->isEnabled())
        m_confirm->dismiss();
}

void BulkReviewPage::toggleDropped()
{
    if (!m_drop->isEnabled())
        return;
    BulkPlanModel *model = m_view->model();
    const QList<int> rows = m_view->selectedRows();
    bool allDropped = true;
    for (const int row : rows)
        allDropped = allDropped && model->isDropped(row);
    for (const int row : rows)
        model->setDropped(row, !allDropped);
    m_confirm->dismiss(); // the count it named is no longer right
    updateButtons();
}

void BulkReviewPage::askApply()
{
    const int ready = m_view->model()->count(BulkPlanModel::Ready);
    if (ready == 0)
        return;
    const BulkPlan &plan = m_view->model()->plan();
    const QString question = ready == 1
        ? tr("Change 1 address in profile \u201c%1\u201d on %2?").arg(plan.profile, plan.serverHost)
        : tr("Change %1 addresses in profile \u201c%2\u201d on %3?")
              .arg(QLocale().toString(ready), plan.profile, plan.serverHost);
    m_confirm->ask(question + QLatin1Char(' ')
                       + tr("Each user is read again first; a user whose address changed since "
                            "planning is skipped."),
                   ready == 1 ? tr("&Change 1 Address")
                              : tr("&Change %1 Addresses").arg(QLocale().toString(ready)),
                   tr("&Back"));
}
