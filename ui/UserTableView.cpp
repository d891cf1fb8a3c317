#include "UserTableView.h"

#include "UserTableModel.h"
#include "ViewSettings.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

UserTableView::UserTableView(QWidget *parent)
    : QTableView(parent)
    , m_columnMenu(new QMenu(tr("&Columns"), this))
{
    setAccessibleName(tr("Users"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control, as in every other widget; the arrow keys move
    // between cells. QTableView's own default walks every cell of every loaded row first,
    // which traps a keyboard user in a table of thousands of users.
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    // One line per row: uniform heights keep scrolling through 100,000 rows cheap.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the service's own order first
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    setSortingEnabled(true);
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        m_columnMenu->popup(horizontalHeader()->viewport()->mapToGlobal(at));
    });
    // Rebuilt each time it opens (from the header or the View menu), so it follows the
    // model's headers and the current visibility.
    connect(m_columnMenu, &QMenu::aboutToShow, this, &UserTableView::rebuildColumnMenu);
}

void UserTableView::applyDefaultColumnWidths()
{
    const int character = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        { UserTableModel::Id, 20 },           { UserTableModel::Login, 18 },
        { UserTableModel::Name, 22 },         { UserTableModel::Email, 32 },
        { UserTableModel::Verification, 15 }, { UserTableModel::State, 12 },
    };
    for (const auto &[column, characters] : widths)
        horizontalHeader()->resizeSection(column, character * characters);
}

void UserTableView::fitColumnsToContents()
{
    if (!model())
        return;
    const int widest = fontMetrics().averageCharWidth() * 44;
    QHeaderView *header = horizontalHeader();
    // The last column stretches to the window's edge: fitting it too would only add a
    // horizontal scroll bar.
    const int last = header->logicalIndex(header->count() - 1);
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column == last)
            continue;
        resizeColumnToContents(column);
        if (header->sectionSize(column) > widest)
            header->resizeSection(column, widest);
    }
}

void UserTableView::fitHeaderTexts()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int needed = header->sectionSizeHint(column);
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

void UserTableView::rebuildColumnMenu()
{
    m_columnMenu->clear();
    QHeaderView *header = horizontalHeader();
    const int count = model() ? model()->columnCount() : 0;
    for (int visual = 0; visual < count; ++visual) {
        const int section = header->logicalIndex(visual);
        QAction *action = m_columnMenu->addAction(
            model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        connect(action, &QAction::toggled, this, [this, section](bool shown) {
            QHeaderView *header = horizontalHeader();
            // Keep at least one column: a table without columns cannot get its menu back.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(section, !shown);
        });
    }
}

QModelIndexList UserTableView::selectedOrCurrentRows() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().siblingAtColumn(0));
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

namespace {
/// A cell on one line without tabs, so it stays one cell of one row when pasted.
QString spreadsheetCell(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return text;
}
} // namespace

QList<int> UserTableView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (!header->isSectionHidden(section))
            columns.append(section);
    }
    return columns;
}

QString UserTableView::rowText(int row, const QList<int> &columns) const
{
    QStringList cells;
    for (const int column : columns)
        cells.append(spreadsheetCell(model()->index(row, column).data(Qt::DisplayRole).toString()));
    return cells.join(QLatin1Char('\t'));
}

QString UserTableView::headerText(const QList<int> &columns) const
{
    QStringList cells;
    for (const int column : columns)
        cells.append(spreadsheetCell(
            model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    return cells.join(QLatin1Char('\t'));
}

QString UserTableView::currentCellText() const
{
    return currentIndex().isValid() ? currentIndex().data(Qt::DisplayRole).toString() : QString();
}

QString UserTableView::selectedRowsText() const
{
    const QModelIndexList rows = selectedOrCurrentRows();
    if (rows.isEmpty() || !model())
        return {};
    const QList<int> columns = visibleColumns();
    QStringList lines { headerText(columns) };
    for (const QModelIndex &index : rows)
        lines.append(rowText(index.row(), columns));
    return lines.join(QLatin1Char('\n'));
}

void UserTableView::copyCurrentCell()
{
    if (currentIndex().isValid())
        QGuiApplication::clipboard()->setText(currentCellText());
}

void UserTableView::copySelectedRows()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

bool UserTableView::restoreColumns(const QString &profileName)
{
    QHeaderView *header = horizontalHeader();
    const bool restored = ViewSettings::restoreColumns(profileName, *header);
    if (!restored) {
        header->setSortIndicator(-1, Qt::AscendingOrder);
        applyDefaultColumnWidths();
    }
    // Default widths, and widths saved under another language, may cut this one's headers.
    fitHeaderTexts();
    // restoreState() sets the indicator without announcing it: sort explicitly.
    if (model())
        model()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return restored;
}
