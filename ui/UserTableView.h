#pragma once

#include <QTableView>

class QMenu;

/// The users table: whole-row selection, sortable columns (a third click on a header returns
/// to the service's order), a header menu to show and hide columns, extended selection
/// (Shift/Ctrl) and text for the clipboard the way spreadsheets take it: a header row, then one
/// line per row, visible columns in their on-screen order, tab-separated.
class UserTableView : public QTableView
{
    Q_OBJECT
public:
    explicit UserTableView(QWidget *parent = nullptr);

    /// Default widths for the columns of UserTableModel, for profiles without saved state.
    void applyDefaultColumnWidths();

    /// Sizes every column to the rows on screen, within limits, so ids and addresses show
    /// whole (for profiles without saved widths, once their first page arrived).
    void fitColumnsToContents();

    /// Widens every shown column whose header text does not fit, e.g. widths saved while the
    /// window spoke English, now in German ("Verification" -> "Bestätigung").
    void fitHeaderTexts();

    /// The columns' visibility, order, widths and sort as kept for `profileName` (ViewSettings),
    /// or the default widths and no sort when none were kept (then false); either way headers
    /// fit their texts and the model is sorted as the header says.
    bool restoreColumns(const QString &profileName);

    /// The current cell's text.
    QString currentCellText() const;
    /// The column headers, then the selected rows (or the current row when none is selected),
    /// one line each; tabs and line breaks inside a cell become spaces.
    QString selectedRowsText() const;
    /// The model's columns shown, in their on-screen order.
    QList<int> visibleColumns() const;
    /// The rows that are selected, or the current row; sorted top to bottom, view indexes.
    QModelIndexList selectedOrCurrentRows() const;

    /// The menu of columns to show, from the header's context menu or a View menu.
    QMenu *columnMenu() const { return m_columnMenu; }
    /// Fills the column menu for the current columns (done whenever it is about to show).
    void rebuildColumnMenu();

public slots:
    void copyCurrentCell();
    void copySelectedRows();

private:
    QString rowText(int row, const QList<int> &columns) const;
    QString headerText(const QList<int> &columns) const;

    QMenu *m_columnMenu = nullptr;
};
