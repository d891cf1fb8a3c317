#include "AppTranslation.h"
#include "DemoEnvironment.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PageBufferAllocator.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

/// Exit codes of --screenshot (and of a demo that cannot start).
enum ExitCode { Success = 0, Failure = 1, ScreenshotFailed = 2 };

/// The first row of `profiles` named `name`; in-memory (demo) profiles first when `preferExtra`.
int rowOf(const ProfileListModel &profiles, const QString &name, bool preferExtra)
{
    for (int row = profiles.rowCount() - 1; preferExtra && row >= 0; --row) {
        if (!profiles.isStored(row) && profiles.profileAt(row).name == name)
            return row;
    }
    return profiles.rowForName(name);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "identitydesk: %s\n", qPrintable(message));
}

/// --screenshot: grabs the window once the first page of users is shown and quits.
void arrangeScreenshot(MainWindow &window, const QString &path)
{
    const auto finish = [&window, path] {
        if (!window.grab().save(path)) {
            printError(QCoreApplication::translate("main", "cannot write %1").arg(path));
            QCoreApplication::exit(ScreenshotFailed);
            return;
        }
        QCoreApplication::exit(Success);
    };
    QObject::connect(
        &window, &MainWindow::pageLoaded, &window,
        [&window, finish] {
            // A moment for the rows to be laid out and painted.
            QTimer::singleShot(300, &window, finish);
        },
        Qt::SingleShotConnection);
    QObject::connect(&window, &MainWindow::loadFailed, &window, [](const QString &message) {
        printError(message);
        QCoreApplication::exit(ScreenshotFailed);
    });
    QTimer::singleShot(60000, &window, [] {
        printError(QCoreApplication::translate("main", "no users were loaded within 60 s"));
        QCoreApplication::exit(ScreenshotFailed);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    PageBufferAllocator::keepPageBuffers();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("identitydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("IdentityDesk"));
    QApplication::setOrganizationName(QStringLiteral("IdentityDesk"));
    QApplication::setApplicationVersion(QStringLiteral(IDENTITYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.identitydesk.IdentityDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/identitydesk.svg")));
    const QString languageProblem = AppTranslation::install(
        &app, AppTranslation::requestedLanguage(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage the users of identity providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Start the offline demo: a built-in mock server "
                                    "with one profile per API, secrets in memory."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open this profile (the demo: zitadel)."),
        QStringLiteral("name"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save the window to FILE once the first page of "
                                    "users is shown, then quit (exit code 2 on failure)."),
        QStringLiteral("file"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Show the interface in this language (%1); "
                                    "default: the system's.")
            .arg(AppTranslation::availableLanguages().join(QLatin1String(", "))),
        QStringLiteral("language"));
    parser.addOptions({ demo, profile, screenshot, language });
    parser.process(app);
    if (!languageProblem.isEmpty())
        printError(languageProblem);

    QNetworkProxyFactory::setUseSystemConfiguration(true); // see docs/admin-guide.md, Proxies
    QNetworkAccessManager network;
    ProfileStore store; // the file identitydesk-cli shares
    const bool storeRead = store.load();
    ProfileListModel profiles(&store);
    KeychainSecretStore keyring;
    MemorySecretStore sessionSecrets;
    std::unique_ptr<DemoEnvironment> environment;

    MainWindow window(&profiles, &keyring, &sessionSecrets, &network);
    if (parser.isSet(screenshot))
        arrangeScreenshot(window, parser.value(screenshot));

    const auto open = [&] {
        const QString wanted = parser.isSet(profile) ? parser.value(profile)
            : environment                            ? DemoEnvironment::defaultProfileName()
                                                     : QString();
        const int row = wanted.isEmpty() ? -1 : rowOf(profiles, wanted, environment != nullptr);
        if (row >= 0)
            window.selectProfile(row);
        else
            window.selectInitialProfile();
        if (!storeRead)
            window.showNotice(QCoreApplication::translate("main",
                                                          "The saved profiles cannot be "
                                                          "read."),
                              store.errorString());
        else if (!wanted.isEmpty() && row < 0)
            window.showNotice(
                QCoreApplication::translate("main", "There is no profile called \u201c%1\u201d.")
                    .arg(wanted),
                {});
    };

    if (parser.isSet(demo)) {
        environment = std::make_unique<DemoEnvironment>();
        QObject::connect(environment.get(), &DemoEnvironment::ready, &window, [&](bool ok) {
            if (!ok) {
                printError(QCoreApplication::translate("main", "the demo cannot start: %1")
                               .arg(environment->errorString()));
                QCoreApplication::exit(parser.isSet(screenshot) ? ScreenshotFailed : Failure);
                return;
            }
            profiles.setExtraProfiles(environment->connectionProfiles(&sessionSecrets));
            window.showDemoServer(environment->baseUrl());
            open();
        });
        environment->start();
    } else {
        open();
    }
    window.show();
    return app.exec();
}
