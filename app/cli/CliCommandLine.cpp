#include "CliCommandLine.h"

#include "CliCommandCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

bool CliCommandLine::parseDate(const QString &text, bool endOfDay, QDateTime *target)
{
    if (text.isEmpty())
        return true;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        *target = endOfDay ? QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC)
                           : QDateTime(date, QTime(0, 0), Qt::UTC);
        return true;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    *target = time.toUTC();
    return true;
}

CliCommandLine::Result CliCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(CliCommandCatalogue::options());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show help (for a command: COMMAND --help)."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return Result::UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(version))
        return Result::ShowVersion;
    if (parser.isSet(help) || positional.isEmpty()) {
        m_helpCommand = positional.value(0);
        if (!positional.isEmpty() && !CliCommandCatalogue::find(m_helpCommand)) {
            m_error = tr("unknown command \"%1\"").arg(m_helpCommand);
            return Result::UsageError;
        }
        if (positional.isEmpty() && !parser.isSet(help)) {
            m_error = tr("no command given");
            return Result::UsageError;
        }
        return Result::ShowHelp;
    }

    const CliCommandCatalogue::Command *command =
        CliCommandCatalogue::find(positional.constFirst());
    if (!command) {
        m_error = tr("unknown command \"%1\" (see --help)").arg(positional.constFirst());
        return Result::UsageError;
    }
    CliInvocation &in = m_invocation;
    in.command = positional.constFirst();
    in.arguments = positional.mid(1);
    for (const QString &name : parser.optionNames()) {
        if (!CliCommandCatalogue::globalOptions().contains(name)
            && !command->options.contains(name)) {
            m_error = tr("option --%1 does not apply to \"%2\"").arg(name, in.command);
            return Result::UsageError;
        }
    }
    if (in.arguments.size() < command->minArguments
        || in.arguments.size() > command->maxArguments) {
        m_error = tr("usage: identitydesk-cli %1").arg(QLatin1String(command->usage));
        return Result::UsageError;
    }

    in.demo = parser.isSet(QStringLiteral("demo"));
    in.demoUrl = parser.value(QStringLiteral("demo-url"));
    if (!in.demoUrl.isEmpty()) {
        const QUrl url(in.demoUrl);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            m_error =
                tr("--demo-url expects an http(s) URL such as http://127.0.0.1:8080, got \"%1\"")
                    .arg(in.demoUrl);
            return Result::UsageError;
        }
        if (in.demo) {
            m_error = tr("use either --demo (built-in server) or --demo-url (running server)");
            return Result::UsageError;
        }
    }
    in.json = parser.isSet(QStringLiteral("json"));
    in.quiet = parser.isSet(QStringLiteral("quiet"));
    in.progress = parser.isSet(QStringLiteral("progress"));
    in.format = parser.value(QStringLiteral("format"));
    if (in.json && !in.format.isEmpty() && in.format != QLatin1String("json")) {
        m_error =
            tr("--json means --format json; it cannot be combined with --format %1").arg(in.format);
        return Result::UsageError;
    }
    if (in.json)
        in.format = QStringLiteral("json");
    static const QStringList formats { QStringLiteral("table"), QStringLiteral("json"),
                                       QStringLiteral("ndjson"), QStringLiteral("csv") };
    if (!in.format.isEmpty() && !formats.contains(in.format)) {
        m_error = tr("--format expects table, json, ndjson or csv, got \"%1\"").arg(in.format);
        return Result::UsageError;
    }
    if (in.format == QLatin1String("table"))
        in.format.clear();
    in.profile = parser.value(QStringLiteral("profile"));
    in.configDir = parser.value(QStringLiteral("config-dir"));
    in.search = parser.value(QStringLiteral("search"));
    in.user = parser.value(QStringLiteral("user"));
    if (!parseDate(parser.value(QStringLiteral("since")), false, &in.since)
        || !parseDate(parser.value(QStringLiteral("until")), true, &in.until)) {
        m_error = tr("--since and --until expect a date or time such as 2026-12-01 or "
                     "2026-12-01T09:30Z");
        return Result::UsageError;
    }
    in.passwordStdin = parser.isSet(QStringLiteral("password-stdin"));
    in.code = parser.value(QStringLiteral("code"));
    in.verified = parser.isSet(QStringLiteral("verified"));
    in.secretStdin = parser.isSet(QStringLiteral("secret-stdin"));
    in.secretEnv = parser.value(QStringLiteral("secret-env"));
    in.kind = parser.value(QStringLiteral("kind"));
    in.url = parser.value(QStringLiteral("url"));
    in.authUrl = parser.value(QStringLiteral("auth-url"));
    in.auth = parser.value(QStringLiteral("auth"));
    in.principal = parser.value(QStringLiteral("principal"));
    in.organisation = parser.value(QStringLiteral("org"));
    in.api = parser.value(QStringLiteral("api"));
    in.account = parser.value(QStringLiteral("account"));
    in.project = parser.value(QStringLiteral("project"));
    in.caFile = parser.value(QStringLiteral("ca-file"));

    const auto number = [&](const QString &option, int *target, int minimum) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < minimum) {
            m_error = tr("--%1 expects a whole number of at least %2, got \"%3\"")
                          .arg(option)
                          .arg(minimum)
                          .arg(parser.value(option));
            return false;
        }
        *target = value;
        return true;
    };
    if (!number(QStringLiteral("limit"), &in.limit, 0)
        || !number(QStringLiteral("timeout"), &in.timeoutSeconds, 1)
        || !number(QStringLiteral("parallel"), &in.parallel, 1)
        || !number(QStringLiteral("max-failures"), &in.maxFailures, 0)
        || !number(QStringLiteral("secret-fd"), &in.secretFd, 0))
        return Result::UsageError;
    if (in.secretFd >= 0 && (in.demo || !in.demoUrl.isEmpty())) {
        m_error = tr("--secret-fd gives a profile's secret; the demo profiles have their own");
        return Result::UsageError;
    }
    if (in.secretFd == 0 && in.passwordStdin) {
        m_error = tr("--secret-fd 0 and --password-stdin both read stdin; give the secret on "
                     "another descriptor, e.g. --secret-fd 3 3< secret.txt");
        return Result::UsageError;
    }
    in.parallelGiven = parser.isSet(QStringLiteral("parallel"));
    if ((in.demo || !in.demoUrl.isEmpty()) && !in.configDir.isEmpty()) {
        m_error = tr("--demo uses built-in profiles; --config-dir does not apply");
        return Result::UsageError;
    }
    if (in.command == QLatin1String("history")) {
        if (!in.arguments.isEmpty() && in.arguments.constFirst() != QLatin1String("verify")) {
            m_error = tr("usage: identitydesk-cli %1").arg(QLatin1String(command->usage));
            return Result::UsageError;
        }
        if (in.demo || !in.demoUrl.isEmpty()) {
            m_error = tr("history reads the change journal; --demo does not apply");
            return Result::UsageError;
        }
        if (in.secretFd >= 0) {
            m_error = tr("history reads the change journal; --secret-fd does not apply");
            return Result::UsageError;
        }
        return Result::Run;
    }
    if (in.command == QLatin1String("bulk") && !parseBulk(parser, command))
        return Result::UsageError;
    const bool needsConnection = in.command != QLatin1String("profiles")
        && !(in.command == QLatin1String("bulk")
             && in.arguments.constFirst() == QLatin1String("status"));
    if (needsConnection && !in.demo && in.demoUrl.isEmpty() && in.profile.isEmpty()) {
        m_error = tr("say which connection to use: --profile NAME, --demo or --demo-url URL");
        return Result::UsageError;
    }
    if (in.command == QLatin1String("profiles")) {
        const QString action = in.arguments.constFirst();
        const int needed = action == QLatin1String("list") ? 1 : 2;
        if ((action != QLatin1String("list") && action != QLatin1String("add")
             && action != QLatin1String("remove"))
            || in.arguments.size() != needed) {
            m_error = tr("usage: identitydesk-cli %1").arg(QLatin1String(command->usage));
            return Result::UsageError;
        }
        if (action == QLatin1String("add")
            && int(in.secretStdin) + int(in.secretFd >= 0) + int(!in.secretEnv.isEmpty()) != 1) {
            m_error = tr("profiles add takes the secret from exactly one of --secret-stdin, "
                         "--secret-fd N (both stored in the keyring) or --secret-env VARIABLE "
                         "(read at every run, nothing stored); never from the command line");
            return Result::UsageError;
        }
        if (action != QLatin1String("add") && in.secretFd >= 0) {
            m_error = tr("--secret-fd applies to profiles add and to commands that connect");
            return Result::UsageError;
        }
    }
    return Result::Run;
}

bool CliCommandLine::parseBulk(const QCommandLineParser &parser,
                               const CliCommandCatalogue::Command *command)
{
    CliInvocation &in = m_invocation;
    const QString action = in.arguments.constFirst();
    const auto usageError = [&] {
        m_error = tr("usage: identitydesk-cli %1").arg(QLatin1String(command->usage));
        return false;
    };
    in.csvFile = parser.value(QStringLiteral("csv"));
    in.renameDomain = parser.value(QStringLiteral("rename-domain"));
    in.outFile = parser.value(QStringLiteral("out"));
    in.resultsFile = parser.value(QStringLiteral("results"));
    in.resumeJob = parser.value(QStringLiteral("resume"));
    in.retryFailed = parser.isSet(QStringLiteral("retry-failed"));
    if (action == QLatin1String("plan")) {
        if (in.arguments.size() != 1 || in.outFile.isEmpty()
            || in.csvFile.isEmpty() == in.renameDomain.isEmpty())
            return usageError();
        if (!in.renameDomain.isEmpty() && in.renameDomain.count(QLatin1Char('=')) != 1) {
            m_error = tr("--rename-domain expects OLD=NEW, e.g. old.example=new.example");
            return false;
        }
        return true;
    }
    if (action == QLatin1String("apply")) {
        if ((in.arguments.size() == 2) == !in.resumeJob.isEmpty())
            return usageError();
        if (in.retryFailed && in.resumeJob.isEmpty()) {
            m_error = tr("--retry-failed applies to --resume JOB");
            return false;
        }
        if (!in.resultsFile.isEmpty() && !in.resultsFile.endsWith(QLatin1String(".csv"))
            && !in.resultsFile.endsWith(QLatin1String(".json"))) {
            m_error = tr("--results expects a file name ending in .csv or .json");
            return false;
        }
        if (parser.isSet(QStringLiteral("rate"))
            && !parseRate(parser.value(QStringLiteral("rate"))))
            return false;
        return true;
    }
    if (action == QLatin1String("undo"))
        return in.arguments.size() == 2 && !in.outFile.isEmpty() ? true : usageError();
    if (action == QLatin1String("status"))
        return true;
    return usageError();
}

bool CliCommandLine::parseRate(const QString &text)
{
    QString number = text.trimmed();
    double perSecond = 1;
    if (number.endsWith(QLatin1String("/s"))) {
        number.chop(2);
    } else if (number.endsWith(QLatin1String("/m"))) {
        number.chop(2);
        perSecond = 1.0 / 60;
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || value <= 0) {
        m_error = tr("--rate expects requests per second such as 10 or 10/s, or per minute "
                     "such as 300/m, got \"%1\"")
                      .arg(text);
        return false;
    }
    m_invocation.rate = value * perSecond;
    return true;
}

QString CliCommandLine::helpText() const
{
    QString text;
    QTextStream out(&text);
    const QList<QCommandLineOption> options = CliCommandCatalogue::options();
    const auto describe = [&](const QString &name) {
        for (const QCommandLineOption &option : options) {
            if (option.names().constFirst() == name) {
                const QString head = QStringLiteral("--") + name
                    + (option.valueName().isEmpty()
                           ? QString()
                           : QLatin1Char(' ') + option.valueName().toUpper());
                out << "  " << head.leftJustified(24) << ' ' << option.description() << '\n';
            }
        }
    };
    if (const CliCommandCatalogue::Command *command = CliCommandCatalogue::find(m_helpCommand)) {
        out << tr("Usage: identitydesk-cli [--profile NAME | --demo | --demo-url URL] %1")
                   .arg(QLatin1String(command->usage))
            << "\n\n"
            << tr(command->summary) << "\n\n"
            << tr("Options:") << '\n';
        for (const QString &name : command->options)
            describe(name);
        for (const QString &name : CliCommandCatalogue::globalOptions())
            describe(name);
        return text;
    }
    out << tr("Usage: identitydesk-cli [--profile NAME | --demo | --demo-url URL] [--json] "
              "COMMAND [ARGS]")
        << "\n\n"
        << tr("Lists users of an identity provider and changes their email addresses.") << "\n\n"
        << tr("Commands:") << '\n';
    for (const CliCommandCatalogue::Command &command : CliCommandCatalogue::commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(22) << tr(command.summary)
            << '\n';
    out << '\n' << tr("Global options:") << '\n';
    for (const QString &name : CliCommandCatalogue::globalOptions())
        describe(name);
    out << '\n'
        << tr("Exit codes: 0 success, 1 failure, 2 usage, 3 authentication or permission, "
              "4 validation, 5 conflict, 6 not found, 7 network, timeout or TLS, 8 server or "
              "rate limit, 9 not supported by this backend or no keyring, 10 incomplete listing, "
              "11 profile file damaged or not writable, 12 change journal cannot be used, "
              "13 change journal was edited, 14 bulk run not wholly done (see its results).")
        << '\n'
        << tr("Run \"identitydesk-cli COMMAND --help\" for a command's options.") << '\n';
    return text;
}
