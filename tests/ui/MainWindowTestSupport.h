#pragma once

#include "MainWindow.h"
#include "ProfileListModel.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class MemorySecretStore;

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

} // namespace MainWindowTest
