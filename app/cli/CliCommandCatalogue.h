#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

/// What identitydesk-cli understands: every option with its help text, which of them are
/// global, and each command with its usage, summary, own options and number of arguments.
/// CliCommandLine parses against it and prints its help from it.
class CliCommandCatalogue
{
public:
    struct Command
    {
        const char *name;
        const char *usage;
        /// Marked for translation in the CliCommandLine context.
        const char *summary;
        QStringList options;
        int minArguments;
        int maxArguments;
    };

    static QList<QCommandLineOption> options();
    /// Options every command takes.
    static const QStringList &globalOptions();
    static const QList<Command> &commands();
    static const Command *find(const QString &name);
};
