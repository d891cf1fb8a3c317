#pragma once

#include <QCoreApplication>

class HistoryController;
class LoadAllController;
class QAction;
class QMainWindow;
class UserActions;
class UserTableView;

/// The main window's menu bar (File, Edit, View, User) and the window's own actions in it:
/// Manage Profiles, Reload (F5), Find (Ctrl+F) and Quit. The actions of the window's parts
/// (UserActions, the table's column menu, LoadAllController, HistoryController) are placed, not
/// owned. The window connects the actions it owns to its slots; the most used ones also work as
/// shortcuts while the menu bar is hidden.
class MainWindowMenus
{
    // The window's words, in its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    struct Parts
    {
        UserActions *actions = nullptr;
        UserTableView *view = nullptr;
        LoadAllController *loadAll = nullptr;
        HistoryController *history = nullptr;
    };

    /// Creates the actions as children of `window` and fills its menu bar; Manage Profiles is
    /// enabled only with `canManageProfiles` (a profile store and both secret stores).
    MainWindowMenus(QMainWindow *window, const Parts &parts, bool canManageProfiles);

    QAction *reload = nullptr;
    QAction *find = nullptr;
    QAction *profiles = nullptr;
    QAction *quit = nullptr;
};
