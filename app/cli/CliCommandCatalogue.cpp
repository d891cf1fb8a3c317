#include "CliCommandCatalogue.h"

#include <QCoreApplication>

QList<QCommandLineOption> CliCommandCatalogue::options()
{
    return {
        { QStringLiteral("profile"),
          QCoreApplication::translate("CliCommandLine", "Connection profile to use."),
          QStringLiteral("name") },
        { QStringLiteral("demo"),
          QCoreApplication::translate("CliCommandLine",
                                      "Use the built-in offline demo (mock server and profiles "
                                      "gcore, zitadel, zitadel-self, codearts, acronis).") },
        { QStringLiteral("demo-url"),
          QCoreApplication::translate("CliCommandLine",
                                      "The demo profiles against a running identitydesk-mock "
                                      "at this URL (state such as mailed codes persists "
                                      "between commands)."),
          QStringLiteral("url") },
        { QStringLiteral("config-dir"),
          QCoreApplication::translate("CliCommandLine",
                                      "Folder of profiles.json (default: the user's config "
                                      "folder)."),
          QStringLiteral("dir") },
        { QStringLiteral("json"),
          QCoreApplication::translate("CliCommandLine", "Machine-readable output on stdout.") },
        { QStringLiteral("quiet"),
          QCoreApplication::translate("CliCommandLine", "No progress messages on stderr.") },
        { QStringLiteral("lang"),
          QCoreApplication::translate(
              "CliCommandLine", "Language of messages, e.g. de or en (default: the system's)."),
          QStringLiteral("language") },
        { QStringLiteral("timeout"),
          QCoreApplication::translate("CliCommandLine",
                                      "Seconds to wait for an answer (default 30)."),
          QStringLiteral("seconds") },
        { QStringLiteral("search"),
          QCoreApplication::translate("CliCommandLine",
                                      "Find users: id:USER_ID or email:ADDRESS (exact, on every "
                                      "backend), or text (where the API searches)."),
          QStringLiteral("text") },
        { QStringLiteral("limit"),
          QCoreApplication::translate("CliCommandLine",
                                      "List at most this many users (default 50, 0 = all)."),
          QStringLiteral("n") },
        { QStringLiteral("format"),
          QCoreApplication::translate(
              "CliCommandLine",
              "Output: table (default), json, ndjson or csv; rows are written "
              "as pages arrive."),
          QStringLiteral("format") },
        { QStringLiteral("parallel"),
          QCoreApplication::translate("CliCommandLine",
                                      "Pages fetched at once (default 6, 1 = one after another)."),
          QStringLiteral("n") },
        { QStringLiteral("progress"),
          QCoreApplication::translate("CliCommandLine",
                                      "Progress on stderr even when it is not a terminal.") },
        { QStringLiteral("user"),
          QCoreApplication::translate("CliCommandLine", "history: only changes of this user id."),
          QStringLiteral("id") },
        { QStringLiteral("since"),
          QCoreApplication::translate("CliCommandLine",
                                      "history: changes from this date or time on (ISO 8601, e.g. "
                                      "2026-12-01 or 2026-12-01T09:30Z)."),
          QStringLiteral("date") },
        { QStringLiteral("until"),
          QCoreApplication::translate("CliCommandLine",
                                      "history: changes up to this date (the whole day) or time."),
          QStringLiteral("date") },
        { QStringLiteral("password-stdin"),
          QCoreApplication::translate("CliCommandLine",
                                      "Read the user's password from the first line of "
                                      "stdin (Gcore IAM).") },
        { QStringLiteral("code"),
          QCoreApplication::translate("CliCommandLine",
                                      "Verification code mailed to the new address."),
          QStringLiteral("code") },
        { QStringLiteral("verified"),
          QCoreApplication::translate("CliCommandLine",
                                      "Mark the new address as verified (ZITADEL "
                                      "management).") },
        { QStringLiteral("secret-stdin"),
          QCoreApplication::translate("CliCommandLine",
                                      "Read the profile's secret from the first line of "
                                      "stdin and store it in the keyring.") },
        { QStringLiteral("secret-fd"),
          QCoreApplication::translate(
              "CliCommandLine",
              "Read the profile's secret from the first line of this open file descriptor "
              "(e.g. --secret-fd 3 3< secret.txt) instead of the keyring; profiles add stores "
              "it in the keyring. Secrets are never taken from the command line."),
          QStringLiteral("n") },
        { QStringLiteral("secret-env"),
          QCoreApplication::translate("CliCommandLine",
                                      "profiles add: read the secret from this environment "
                                      "variable at every run (its name is saved, never its "
                                      "value; nothing goes to the keyring)."),
          QStringLiteral("variable") },
        { QStringLiteral("kind"),
          QCoreApplication::translate("CliCommandLine",
                                      "Backend: gcore, zitadel, zitadel-self, codearts, acronis."),
          QStringLiteral("kind") },
        { QStringLiteral("url"),
          QCoreApplication::translate("CliCommandLine", "The API's base URL."),
          QStringLiteral("url") },
        { QStringLiteral("auth-url"),
          QCoreApplication::translate("CliCommandLine",
                                      "Token endpoint host when it differs (Huawei IAM)."),
          QStringLiteral("url") },
        { QStringLiteral("auth"),
          QCoreApplication::translate("CliCommandLine",
                                      "api-key, password, personal-access-token, "
                                      "client-credentials or session-token."),
          QStringLiteral("method") },
        { QStringLiteral("principal"),
          QCoreApplication::translate("CliCommandLine", "User name, login email or client id."),
          QStringLiteral("name") },
        { QStringLiteral("org"),
          QCoreApplication::translate("CliCommandLine",
                                      "ZITADEL organisation id or Acronis tenant id."),
          QStringLiteral("id") },
        { QStringLiteral("api"),
          QCoreApplication::translate("CliCommandLine",
                                      "ZITADEL management API: v2 (the user service, default) "
                                      "or v1."),
          QStringLiteral("version") },
        { QStringLiteral("account"),
          QCoreApplication::translate("CliCommandLine", "Huawei account (domain) name."),
          QStringLiteral("name") },
        { QStringLiteral("project"),
          QCoreApplication::translate("CliCommandLine",
                                      "Huawei project (region), e.g. ap-southeast-3."),
          QStringLiteral("name") },
        { QStringLiteral("csv"),
          QCoreApplication::translate(
              "CliCommandLine",
              "bulk plan: the changes as CSV with the columns user (an id or "
              "email:ADDRESS), new_email and optionally verified."),
          QStringLiteral("file") },
        { QStringLiteral("rename-domain"),
          QCoreApplication::translate("CliCommandLine",
                                      "bulk plan: move every address at OLD (exactly, not its "
                                      "subdomains) to NEW, e.g. old.example=new.example."),
          QStringLiteral("old=new") },
        { QStringLiteral("out"),
          QCoreApplication::translate("CliCommandLine", "bulk plan, undo: the plan file to write."),
          QStringLiteral("file") },
        { QStringLiteral("resume"),
          QCoreApplication::translate(
              "CliCommandLine",
              "bulk apply: finish this run (after Ctrl-C, a crash or a lost "
              "network) without repeating done rows."),
          QStringLiteral("job") },
        { QStringLiteral("rate"),
          QCoreApplication::translate(
              "CliCommandLine",
              "bulk apply: at most this many requests per second (N or N/s, "
              "or N/m per minute; each row reads, then changes)."),
          QStringLiteral("n/s") },
        { QStringLiteral("max-failures"),
          QCoreApplication::translate("CliCommandLine",
                                      "bulk apply: stop after this many failures in a row (default "
                                      "10, 0 = never)."),
          QStringLiteral("k") },
        { QStringLiteral("results"),
          QCoreApplication::translate("CliCommandLine",
                                      "bulk apply: write each row's result to this .csv or .json "
                                      "file."),
          QStringLiteral("file") },
        { QStringLiteral("retry-failed"),
          QCoreApplication::translate("CliCommandLine",
                                      "bulk apply --resume: try the rows that failed again.") },
        { QStringLiteral("ca-file"),
          QCoreApplication::translate("CliCommandLine",
                                      "PEM file of certificate authorities to trust besides the "
                                      "system's (a company CA or a TLS-inspecting proxy)."),
          QStringLiteral("file") },
    };
}

const QStringList &CliCommandCatalogue::globalOptions()
{
    static const QStringList names { QStringLiteral("profile"),  QStringLiteral("demo"),
                                     QStringLiteral("demo-url"), QStringLiteral("config-dir"),
                                     QStringLiteral("json"),     QStringLiteral("quiet"),
                                     QStringLiteral("timeout"),  QStringLiteral("lang"),
                                     QStringLiteral("secret-fd") };
    return names;
}

const QList<CliCommandCatalogue::Command> &CliCommandCatalogue::commands()
{
    static const QList<Command> list {
        { "profiles",
          "profiles list | add NAME --kind K --url URL --auth M [--api v2|v1] [...] "
          "(--secret-stdin | --secret-fd N | --secret-env VARIABLE) | remove NAME",
          QT_TRANSLATE_NOOP("CliCommandLine", "List, add or remove connection profiles."),
          { QStringLiteral("secret-stdin"), QStringLiteral("secret-env"), QStringLiteral("kind"),
            QStringLiteral("url"), QStringLiteral("auth-url"), QStringLiteral("auth"),
            QStringLiteral("principal"), QStringLiteral("org"), QStringLiteral("account"),
            QStringLiteral("project"), QStringLiteral("ca-file"), QStringLiteral("api") },
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
        { "bulk",
          "bulk plan (--csv FILE | --rename-domain OLD=NEW) --out PLAN | bulk apply (PLAN | "
          "--resume JOB) [--parallel N] [--rate N/s] [--max-failures K] [--results FILE] | "
          "bulk undo JOB --out PLAN | bulk status [JOB]",
          QT_TRANSLATE_NOOP("CliCommandLine",
                            "Change many addresses: plan from a CSV or a domain rename, review, "
                            "apply, resume, undo."),
          { QStringLiteral("csv"), QStringLiteral("rename-domain"), QStringLiteral("out"),
            QStringLiteral("resume"), QStringLiteral("rate"), QStringLiteral("max-failures"),
            QStringLiteral("results"), QStringLiteral("retry-failed"), QStringLiteral("parallel"),
            QStringLiteral("progress"), QStringLiteral("verified") },
          1,
          2 },
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

const CliCommandCatalogue::Command *CliCommandCatalogue::find(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}
