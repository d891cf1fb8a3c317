#include "AppTranslation.h"
#include "CliCommandLine.h"
#include "CliExitCode.h"
#include "CliRunner.h"
#include "PageBufferAllocator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    PageBufferAllocator::keepPageBuffers();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("identitydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDENTITYDESK_VERSION));
    // stderr is for the command's own messages; the request log and the debug log are opt-in
    // through QT_LOGGING_RULES (e.g. "identitydesk.*.info=true" or "identitydesk.*.debug=true"),
    // which overrides this default.
    QLoggingCategory::setFilterRules(
        QStringLiteral("identitydesk.*.info=false\nidentitydesk.*.debug=false"));
    QNetworkProxyFactory::setUseSystemConfiguration(true); // see docs/admin-guide.md, Proxies

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    const QString languageProblem = AppTranslation::install(
        &app, AppTranslation::requestedLanguage(QCoreApplication::arguments()));
    if (!languageProblem.isEmpty())
        err << "identitydesk-cli: " << languageProblem << Qt::endl;
    CliCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case CliCommandLine::Result::ShowHelp:
        out << commandLine.helpText();
        return int(CliExitCode::Success);
    case CliCommandLine::Result::ShowVersion:
        out << "identitydesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return int(CliExitCode::Success);
    case CliCommandLine::Result::UsageError:
        err << "identitydesk-cli: " << commandLine.errorText() << '\n'
            << QCoreApplication::translate("main", "Run \"identitydesk-cli --help\" for usage.")
            << '\n';
        return int(CliExitCode::Usage);
    case CliCommandLine::Result::Run:
        break;
    }
    CliRunner runner(commandLine.invocation(), out, err, in);
    // Queued: a run that fails before the event loop starts must still end it.
    QObject::connect(
        &runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    runner.start();
    return app.exec();
}
