#include "CliCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

namespace {
QList<QCommandLineOption> allOptions()
{
    return {
        { QStringLiteral("profile"), CliCommandLine::tr("Connection profile to use."),
          QStringLiteral("name") },
        { QStringLiteral("demo"),
          CliCommandLine::tr("Use the built-in offline demo (mock server and profiles "
                             "gcore, zitadel, zitadel-self, codearts, acronis).") },
        { QStringLiteral("demo-url"),
          CliCommandLine::tr("The demo profiles against a running identitydesk-mock "
                             "at this URL (state such as mailed codes persists "
                             "between commands)."),
          QStringLiteral("url") },
        { QStringLiteral("config-dir"),
          CliCommandLine::tr("Folder of profiles.json (default: the user's config "
                             "folder)."),
          QStringLiteral("dir") },
        { QStringLiteral("json"), CliCommandLine::tr("Machine-readable output on stdout.") },
        { QStringLiteral("quiet"), CliCommandLine::tr("No progress messages on stderr.") },
        { QStringLiteral("lang"),
          CliCommandLine::tr("Language of messages, e.g. de or en (default: the system's)."),
          QStringLiteral("language") },
        { QStringLiteral("timeout"),
          CliCommandLine::tr("Seconds to wait for an answer (default 30)."),
          QStringLiteral("seconds") },
        { QStringLiteral("search"),
          CliCommandLine::tr("Server-side search: text, email:ADDRESS or id:USER_ID."),
          QStringLiteral("text") },
        { QStringLiteral("limit"),
          CliCommandLine::tr("List at most this many users (default 50, 0 = all)."),
          QStringLiteral("n") },
        { QStringLiteral("format"),
          CliCommandLine::tr("Output: table (default), json, ndjson or csv; rows are written "
                             "as pages arrive."),
          QStringLiteral("format") },
        { QStringLiteral("parallel"),
          CliCommandLine::tr("Pages fetched at once (default 6, 1 = one after another)."),
          QStringLiteral("n") },
        { QStringLiteral("progress"),
          CliCommandLine::tr("Progress on stderr even when it is not a terminal.") },
        { QStringLiteral("user"), CliCommandLine::tr("history: only changes of this user id."),
          QStringLiteral("id") },
        { QStringLiteral("since"),
          CliCommandLine::tr("history: changes from this date or time on (ISO 8601, e.g. "
                             "2026-12-01 or 2026-12-01T09:30Z)."),
          QStringLiteral("date") },
        { QStringLiteral("until"),
          CliCommandLine::tr("history: changes up to this date (the whole day) or time."),
          QStringLiteral("date") },
        { QStringLiteral("password-stdin"),
          CliCommandLine::tr("Read the user's password from the first line of "
                             "stdin (Gcore IAM).") },
        { QStringLiteral("code"),
          CliCommandLine::tr("Verification code mailed to the new address."),
          QStringLiteral("code") },
        { QStringLiteral("verified"),
          CliCommandLine::tr("Mark the new address as verified (ZITADEL "
                             "management).") },
        { QStringLiteral("secret-stdin"),
          CliCommandLine::tr("Read the profile's secret from the first line of "
                             "stdin and store it in the keyring.") },
        { QStringLiteral("kind"),
          CliCommandLine::tr("Backend: gcore, zitadel, zitadel-self, codearts, acronis."),
          QStringLiteral("kind") },
        { QStringLiteral("url"), CliCommandLine::tr("The API's base URL."), QStringLiteral("url") },
        { QStringLiteral("auth-url"),
          CliCommandLine::tr("Token endpoint host when it differs (Huawei IAM)."),
          QStringLiteral("url") },
        { QStringLiteral("auth"),
          CliCommandLine::tr("api-key, password, personal-access-token, "
                             "client-credentials or session-token."),
          QStringLiteral("method") },
        { QStringLiteral("principal"), CliCommandLine::tr("User name, login email or client id."),
          QStringLiteral("name") },
        { QStringLiteral("org"),
          CliCommandLine::tr("ZITADEL organisation id or Acronis tenant id."),
          QStringLiteral("id") },
        { QStringLiteral("api"),
          CliCommandLine::tr("ZITADEL management API: v2 (the user service, default) or v1."),
          QStringLiteral("version") },
        { QStringLiteral("account"), CliCommandLine::tr("Huawei account (domain) name."),
          QStringLiteral("name") },
        { QStringLiteral("project"),
          CliCommandLine::tr("Huawei project (region), e.g. ap-southeast-3."),
          QStringLiteral("name") },
        { QStringLiteral("ca-file"),
          CliCommandLine::tr("PEM file of certificate authorities to trust besides the "
                             "system's (a company CA or a TLS-inspecting proxy)."),
          QStringLiteral("file") },
    };
}

const QStringList globalOptions { QStringLiteral("profile"),  QStringLiteral("demo"),
                                  QStringLiteral("demo-url"), QStringLiteral("config-dir"),
                                  QStringLiteral("json"),     QStringLiteral("quiet"),
                                  QStringLiteral("timeout"),  QStringLiteral("lang") };
} // namespace

const QList<CliCommandLine::Command> &CliCommandLine::commands()
{
    static const QList<Command> list {
        { "profiles",
          "profiles list | add NAME --kind K --url URL --auth M [--api v2|v1] [...] | remove NAME",
          QT_TRANSLATE_NOOP("CliCommandLine", "List, add or remove connection profiles."),
          { QStringLiteral("secret-stdin"), QStringLiteral("kind"), QStringLiteral("url"),
            QStringLiteral("auth-url"), QStringLiteral("auth"), QStringLiteral("principal"),
            QStringLiteral("org"), QStringLiteral("account"), QStringLiteral("project"),
            QStringLiteral("ca-file"), QStringLiteral("api") },
          1,
          2 },
        { "users",
          "users [--search TEXT] [--limit N] [--format F] [--parallel N] [--progress]",
          QT_TRANSLATE_NOOP("CliCommandLine", "List users, page by page."),
          { QStringLiteral("search"), QStringLiteral("limit"), QStringLiteral("format"),
            QStringLiteral("parallel"), QStringLiteral("progress") },
          0,
          0 },
        { "history",
          "history [verify] [--user ID] [--profile NAME] [--since DATE] [--until DATE] "
          "[--format F]",
          QT_TRANSLATE_NOOP("CliCommandLine",
                            "Show the change journal, or verify that it was not edited."),
          { QStringLiteral("user"), QStringLiteral("since"), QStringLiteral("until"),
            QStringLiteral("format") },
          0,
          1 },
        { "show", "show USER_ID", QT_TRANSLATE_NOOP("CliCommandLine", "Show one user."), {}, 1, 1 },
        { "change-email",
          "change-email USER_ID NEW_EMAIL [--password-stdin] [--code C] [--verified]",
          QT_TRANSLATE_NOOP("CliCommandLine", "Change a user's email address."),
          { QStringLiteral("password-stdin"), QStringLiteral("code"), QStringLiteral("verified") },
          2,
          2 },
        { "request-code",
          "request-code NEW_EMAIL",
          QT_TRANSLATE_NOOP("CliCommandLine",
                            "Mail a verification code to a new address (CodeArts)."),
          {},
          1,
          1 },
        { "resend-verification",
          "resend-verification USER_ID",
          QT_TRANSLATE_NOOP("CliCommandLine", "Mail the verification or activation again."),
          {},
          1,
          1 },
        { "verify-email",
          "verify-email CODE [USER_ID]",
          QT_TRANSLATE_NOOP("CliCommandLine",
                            "Confirm a changed address with its mailed code (ZITADEL self)."),
          {},
          1,
          2 },
    };
    return list;
}

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

const CliCommandLine::Command *CliCommandLine::findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

CliCommandLine::Result CliCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(allOptions());
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
        if (!positional.isEmpty() && !findCommand(m_helpCommand)) {
            m_error = tr("unknown command \"%1\"").arg(m_helpCommand);
            return Result::UsageError;
        }
        if (positional.isEmpty() && !parser.isSet(help)) {
            m_error = tr("no command given");
            return Result::UsageError;
        }
        return Result::ShowHelp;
    }

    const Command *command = findCommand(positional.constFirst());
    if (!command) {
        m_error = tr("unknown command \"%1\" (see --help)").arg(positional.constFirst());
        return Result::UsageError;
    }
    CliInvocation &in = m_invocation;
    in.command = positional.constFirst();
    in.arguments = positional.mid(1);
    for (const QString &name : parser.optionNames()) {
        if (!globalOptions.contains(name) && !command->options.contains(name)) {
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
        || !number(QStringLiteral("parallel"), &in.parallel, 1))
        return Result::UsageError;
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
        return Result::Run;
    }
    if (in.command != QLatin1String("profiles") && !in.demo && in.demoUrl.isEmpty()
        && in.profile.isEmpty()) {
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
    }
    return Result::Run;
}

QString CliCommandLine::helpText() const
{
    QString text;
    QTextStream out(&text);
    const QList<QCommandLineOption> options = allOptions();
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
    if (const Command *command = findCommand(m_helpCommand)) {
        out << tr("Usage: identitydesk-cli [--profile NAME | --demo] %1")
                   .arg(QLatin1String(command->usage))
            << "\n\n"
            << tr(command->summary) << "\n\n"
            << tr("Options:") << '\n';
        for (const QString &name : command->options)
            describe(name);
        for (const QString &name : globalOptions)
            describe(name);
        return text;
    }
    out << tr("Usage: identitydesk-cli [--profile NAME | --demo] [--json] COMMAND [ARGS]") << "\n\n"
        << tr("Lists users of an identity provider and changes their email addresses.") << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(22) << tr(command.summary)
            << '\n';
    out << '\n' << tr("Global options:") << '\n';
    for (const QString &name : globalOptions)
        describe(name);
    out << '\n'
        << tr("Exit codes: 0 success, 1 failure, 2 usage, 3 authentication or permission, "
              "4 validation, 5 conflict, 6 not found, 7 network, timeout or TLS, 8 server or "
              "rate limit, 9 not supported by this backend or no keyring, 10 incomplete listing, "
              "11 profile file damaged or not writable, 12 change journal cannot be used, "
              "13 change journal was edited.")
        << '\n'
        << tr("Run \"identitydesk-cli COMMAND --help\" for a command's options.") << '\n';
    return text;
}
