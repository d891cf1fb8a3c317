#include "MockServer.h"
#include "MockServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "identitydesk-mock: " << message << '\n';
    return 2;
}

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, double *value,
                QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toDouble(&ok);
    if (!ok || *value < 0) {
        *error = QStringLiteral("--%1 expects a non-negative number, got \"%2\"")
                     .arg(option.names().constFirst(), parser.value(option));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    // The mock needs no GLib integration, and Qt's own UNIX event dispatcher costs about a
    // quarter less CPU per short-lived client connection. An explicit setting still wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("identitydesk-mock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDENTITYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mock server for the Gcore IAM, ZITADEL, Huawei CodeArts Repo and Acronis APIs.\n"
        "Listens on 127.0.0.1 only and prints its base URL as the first line on stdout."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("JSON file with settings and credentials "
                                                   "(see --print-config)."),
                                    QStringLiteral("file"));
    const QCommandLineOption printConfig(QStringLiteral("print-config"),
                                         QStringLiteral("Print the effective settings as JSON "
                                                        "and exit."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port; 0 picks a free one (default 0)."),
                                  QStringLiteral("port"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated directory (default 42)."),
                                  QStringLiteral("n"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("Users per directory (default 200)."),
                                   QStringLiteral("n"));
    // One option per directory; 0 or absent means "as many as --users".
    const auto perDirectory = [](const char *name, const char *what) {
        return QCommandLineOption(QLatin1String(name),
                                  QStringLiteral("Users of the %1 directory (default: --users).")
                                      .arg(QLatin1String(what)),
                                  QStringLiteral("n"));
    };
    const QCommandLineOption gcoreUsers = perDirectory("gcore-users", "Gcore");
    const QCommandLineOption zitadelUsers = perDirectory("zitadel-users", "ZITADEL");
    const QCommandLineOption acronisUsers = perDirectory("acronis-users", "Acronis");
    const QCommandLineOption codeArtsUsers = perDirectory("codearts-users", "CodeArts (at most 5)");
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every answer by this many ms."),
                                     QStringLiteral("ms"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Answer this fraction (0..1) of requests "
                                                     "with a 5xx, evenly spread."),
                                      QStringLiteral("fraction"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Allow this many requests per window, "
                                                      "then answer 429 with Retry-After."),
                                       QStringLiteral("n"));
    const QCommandLineOption rateWindow(QStringLiteral("rate-window"),
                                        QStringLiteral("Rate-limit window in seconds "
                                                       "(default 60)."),
                                        QStringLiteral("seconds"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      QStringLiteral("Lifetime of issued access tokens in "
                                                     "seconds (default 3600)."),
                                      QStringLiteral("seconds"));
    const QCommandLineOption withoutUpdateUser(
        QStringLiteral("zitadel-without-update-user"),
        QStringLiteral("Answer like a ZITADEL older than the user service's UpdateUser "
                       "(PATCH /v2/users/{id} is missing; SetEmail works)."));
    parser.addOptions({ config, printConfig, port, seed, users, gcoreUsers, zitadelUsers,
                        acronisUsers, codeArtsUsers, latency, failRate, rateLimit, rateWindow,
                        tokenTtl, withoutUpdateUser });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"")
                        .arg(parser.positionalArguments().constFirst()));

    MockServerConfig settings;
    QString error;
    if (parser.isSet(config)) {
        QFile file(parser.value(config));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(QStringLiteral("%1 is not a JSON object: %2")
                            .arg(file.fileName(), parseError.errorString()));
        if (!settings.applyJson(document.object(), &error))
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), error));
    }

    QJsonObject overrides;
    const std::pair<const QCommandLineOption *, QString> numeric[] = {
        { &port, QStringLiteral("port") },
        { &seed, QStringLiteral("seed") },
        { &users, QStringLiteral("users") },
        { &gcoreUsers, QStringLiteral("gcoreUsers") },
        { &zitadelUsers, QStringLiteral("zitadelUsers") },
        { &acronisUsers, QStringLiteral("acronisUsers") },
        { &codeArtsUsers, QStringLiteral("codeArtsUsers") },
        { &latency, QStringLiteral("latencyMs") },
        { &failRate, QStringLiteral("failRate") },
        { &rateLimit, QStringLiteral("rateLimit") },
        { &rateWindow, QStringLiteral("rateWindowSeconds") },
        { &tokenTtl, QStringLiteral("tokenTtlSeconds") },
    };
    for (const auto &[option, key] : numeric) {
        double value = 0;
        if (!readNumber(parser, *option, &value, &error))
            return fail(error);
        if (parser.isSet(*option))
            overrides.insert(key, value);
    }
    if (parser.isSet(withoutUpdateUser))
        overrides.insert(QStringLiteral("zitadelWithoutUpdateUser"), true);
    if (!settings.applyJson(overrides, &error))
        return fail(error);

    if (parser.isSet(printConfig)) {
        QTextStream(stdout) << QJsonDocument(settings.toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }

    MockServer server(settings);
    if (!server.listen())
        return fail(server.errorString());
    // First line on stdout: scripts read it to find the server.
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    QTextStream(stderr) << "identitydesk-mock: serving " << settings.usersFor(settings.gcoreUsers)
                        << " Gcore, " << settings.usersFor(settings.zitadelUsers) << " ZITADEL, "
                        << settings.usersFor(settings.acronisUsers) << " Acronis and "
                        << std::min(settings.usersFor(settings.codeArtsUsers),
                                    MockServerConfig::maxCodeArtsUsers)
                        << " CodeArts users; stop with Ctrl+C" << Qt::endl;
    return app.exec();
}
