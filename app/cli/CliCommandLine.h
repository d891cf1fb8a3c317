#pragma once

#include "CliCommandCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

/// Everything one identitydesk-cli run was asked to do.
struct CliInvocation
{
    QString command;
    QStringList arguments;

    bool demo = false;
    /// The demo profiles against an already running identitydesk-mock.
    QString demoUrl;
    bool json = false;
    bool quiet = false;
    /// Progress on stderr even when it is not a terminal.
    bool progress = false;
    /// users: "json", "ndjson", "csv", or empty for the table (--json sets "json").
    QString format;
    /// users: pages fetched at once; bulk apply: rows at once.
    int parallel = 6;
    bool parallelGiven = false;
    QString profile;
    QString configDir;
    int timeoutSeconds = 30;

    QString search;
    /// history filters (UTC; invalid = open).
    QString user;
    QDateTime since;
    QDateTime until;
    int limit = 50;
    bool passwordStdin = false;
    QString code;
    bool verified = false;

    // bulk
    QString csvFile;
    /// OLD=NEW
    QString renameDomain;
    QString outFile;
    QString resultsFile;
    QString resumeJob;
    /// Requests per second; 0 = unlimited.
    double rate = 0;
    int maxFailures = 10;
    bool retryFailed = false;

    /// The connection's secret (or, for profiles add, the secret to store) from this open file
    /// descriptor; -1 = not given.
    int secretFd = -1;

    // profiles add
    bool secretStdin = false;
    /// The environment variable that holds the secret at run time.
    QString secretEnv;
    QString kind;
    QString url;
    QString authUrl;
    QString auth;
    QString principal;
    QString organisation;
    /// ZITADEL management: "v1" or "v2"; empty means v2 for a new profile.
    QString api;
    QString account;
    QString project;
    QString caFile;
};

/// Parses identitydesk-cli's arguments: global options, one command, its arguments and the
/// options that belong to that command (others are usage errors, not silently ignored).
class CliCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandLine)

public:
    enum class Result { Run, ShowHelp, ShowVersion, UsageError };

    Result parse(const QStringList &arguments);

    const CliInvocation &invocation() const { return m_invocation; }
    const QString &errorText() const { return m_error; }
    /// The general help, or the command's own help after `COMMAND --help`.
    QString helpText() const;

private:
    /// A UTC date (the day's start, or its end with `endOfDay`) or an ISO 8601 time (local
    /// when it names no zone). Empty text leaves `target` invalid.
    static bool parseDate(const QString &text, bool endOfDay, QDateTime *target);
    /// The bulk command's sub-command and options; false with m_error set.
    bool parseBulk(const QCommandLineParser &parser, const CliCommandCatalogue::Command *command);
    bool parseRate(const QString &text);

    CliInvocation m_invocation;
    QString m_error;
    QString m_helpCommand;
};
