#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

/// Runs identitydesk-cli and collects what it printed. Waits with QTest::qWaitFor, never with
/// QProcess::waitForFinished, so that a mock server in the test process keeps answering.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

inline CliResult
runCli(const QStringList &arguments, const QByteArray &stdinData = {},
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
       int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = environment;
    // Quiet unless the caller chose its own rules (the secret canaries turn debug output on).
    if (env.value(QStringLiteral("QT_LOGGING_RULES")) != QLatin1String("*.debug=true"))
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("identitydesk.*.info=false"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IDENTITYDESK_CLI_BINARY), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    result.finished =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(3000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
