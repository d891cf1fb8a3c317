#include "BulkPlanView.h"

#include "BulkStatusFilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

BulkPlanView::BulkPlanView(BulkPlanModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new BulkStatusFilter(this))
{
    m_filter->setSourceModel(model);
    m_filterCombo = new QComboBox(this);
    m_filterCombo->setObjectName(QStringLiteral("bulkFilterCombo"));
    m_filterCombo->setAccessibleName(tr("Show rows"));
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filterCombo);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("bulkCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bulkTable"));
    m_table->setAccessibleName(tr("Planned changes"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the users table
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BulkPlanModel::RowNumber, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    for (const auto &[column, characters] :
         { std::pair(BulkPlanModel::RowNumber, 7), std::pair(BulkPlanModel::User, 28),
           std::pair(BulkPlanModel::OldEmail, 34), std::pair(BulkPlanModel::NewEmail, 34),
           std::pair(BulkPlanModel::Status, 16) })
        m_table->horizontalHeader()->resizeSection(column, character * characters);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filterCombo);
    top->addSpacing(top->spacing() * 3);
    top->addWidget(m_counts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &BulkPlanView::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BulkPlanView::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BulkPlanView::updateCounts);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BulkPlanView::updateCounts);
    // The filter may take rows in or out after the model's signal: count again then.
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &BulkPlanView::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkPlanView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BulkPlanView::selectionChanged);
    setChoices(BulkStatusFilter::reviewChoices());
}

void BulkPlanView::setChoices(const QList<BulkPlanModel::Category> &choices)
{
    const QSignalBlocker blocker(m_filterCombo);
    m_filterCombo->clear();
    m_filterCombo->addItem(tr("All rows"), -1);
    for (const BulkPlanModel::Category category : choices)
        m_filterCombo->addItem(BulkPlanModel::categoryText(category), int(category));
    m_filterCombo->setCurrentIndex(0);
    applyFilter();
}

void BulkPlanView::showOnly(BulkPlanModel::Category category)
{
    const int index = m_filterCombo->findData(int(category));
    if (index >= 0)
        m_filterCombo->setCurrentIndex(index);
}

void BulkPlanView::showAll()
{
    m_filterCombo->setCurrentIndex(0);
}

void BulkPlanView::applyFilter()
{
    const int category = m_filterCombo->currentData().toInt();
    m_filter->setCategories(category < 0 ? QList<BulkPlanModel::Category>()
                                         : QList { BulkPlanModel::Category(category) });
    updateCounts();
}

void BulkPlanView::updateCounts()
{
    QString text = m_model->countsText();
    if (m_filter->rowCount() != m_model->rowCount())
        text = tr("%1 (showing %2)").arg(text, QLocale().toString(m_filter->rowCount()));
    m_counts->setText(text);
    m_counts->setAccessibleName(text);
}

QList<int> BulkPlanView::selectedRows() const
{
    QList<int> rows;
    QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    if (indexes.isEmpty() && m_table->currentIndex().isValid())
        indexes.append(m_table->currentIndex());
    for (const QModelIndex &index : indexes)
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}
