#pragma once

#include "ChangeEmailDialog.h"
#include "DemoEnvironment.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace MainWindowTest {

/// A main window shown on `profile` with its first page loaded; null when it did not show or
/// the page did not come. Secrets come from `session` (the demo's live in memory).
inline std::unique_ptr<MainWindow> open(ProfileListModel *profiles, MemorySecretStore *session,
                                        QNetworkAccessManager *network, const QString &profile)
{
    auto window = std::make_unique<MainWindow>(profiles, nullptr, session, network);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy loaded(window.get(), &MainWindow::pageLoaded);
    window->selectProfile(profiles->rowForName(profile));
    if (!loaded.wait(10000))
        return nullptr;
    return window;
}

/// Selects row `row` (in view order) of the window's table, `column` current, and opens the
/// change-email dialog on that user as F2 does; the dialog once shown, or null when none showed.
inline ChangeEmailDialog *openChangeEmailDialog(MainWindow &window, int row, int column = 0)
{
    window.tableView()->setCurrentIndex(window.proxyModel()->index(row, column));
    window.userActions()->changeEmailAction()->trigger();
    ChangeEmailDialog *dialog = window.userActions()->dialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

/// What the window tests share: settings (and, when asked, the change journal) in a scratch
/// folder, the demo's mock server, and its profiles with their secrets in memory.
struct DemoFixture
{
    QTemporaryDir dir;
    std::unique_ptr<DemoEnvironment> demo;
    QNetworkAccessManager network;
    std::unique_ptr<ProfileListModel> profiles;
    MemorySecretStore secrets;

    /// For initTestCase: false when the scratch folder or the demo server did not come up.
    bool start(const QString &applicationName, bool privateJournal = false)
    {
        if (!dir.isValid())
            return false;
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
        QCoreApplication::setApplicationName(applicationName);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        if (privateJournal) {
            qputenv("IDENTITYDESK_JOURNAL",
                    QFile::encodeName(dir.filePath(QStringLiteral("journal.sqlite"))));
        }
        demo = std::make_unique<DemoEnvironment>();
        QSignalSpy ready(demo.get(), &DemoEnvironment::ready);
        demo->start();
        if (!ready.wait(10000) || !ready.first().first().toBool())
            return false;
        profiles = std::make_unique<ProfileListModel>(nullptr);
        profiles->setExtraProfiles(demo->connectionProfiles(&secrets));
        return true;
    }

    /// A shown window on `profile`, its first page loaded (see open()).
    std::unique_ptr<MainWindow> openWindow(const QString &profile)
    {
        return open(profiles.get(), &secrets, &network, profile);
    }
};

} // namespace MainWindowTest
