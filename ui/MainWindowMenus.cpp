#include "MainWindowMenus.h"

#include "HistoryController.h"
#include "LoadAllController.h"
#include "UserActions.h"
#include "UserTableView.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

MainWindowMenus::MainWindowMenus(QMainWindow *window, const Parts &parts, bool canManageProfiles)
{
    reload = new QAction(tr("&Reload"), window);
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(Qt::Key_F5);
    reload->setStatusTip(tr("Load the users again from the first page"));

    find = new QAction(tr("&Find\u2026"), window);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Filter the users"));

    profiles = new QAction(tr("Manage &Profiles\u2026"), window);
    profiles->setObjectName(QStringLiteral("profilesAction"));
    profiles->setStatusTip(tr("Add, edit, remove and test connection profiles"));
    profiles->setEnabled(canManageProfiles);

    quit = new QAction(tr("&Quit"), window);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QObject::connect(quit, &QAction::triggered, window, &QWidget::close);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(profiles);
    file->addAction(reload);
    file->addAction(parts.actions->exportAction());
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(parts.actions->copyCellAction());
    edit->addAction(parts.actions->copyRowsAction());
    edit->addSeparator();
    edit->addAction(find);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addMenu(parts.view->columnMenu());
    view->addSeparator();
    view->addAction(parts.loadAll->loadAllAction());
    view->addAction(parts.loadAll->cancelAction());
    view->addSeparator();
    view->addAction(parts.history->historyAction());

    QMenu *user = bar->addMenu(tr("&User"));
    user->addAction(parts.actions->changeEmailAction());
    user->addAction(parts.actions->resendVerificationAction());
    user->addAction(parts.actions->enterVerificationCodeAction());
    user->addAction(parts.actions->refreshRowAction());
    user->addAction(parts.actions->userHistoryAction());
    // Window-wide shortcuts, also while the menu bar is hidden.
    window->addActions({ reload, find, quit, parts.actions->changeEmailAction(),
                         parts.actions->resendVerificationAction(),
                         parts.actions->refreshRowAction(), parts.history->historyAction() });
}
