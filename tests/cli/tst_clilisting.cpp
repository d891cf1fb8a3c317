#include "CliProcess.h"
#include "MockServer.h"
#include "PythonCsvReader.h"
#include "ScriptedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <memory>

namespace {
QJsonArray parseCsv(const QByteArray &csv)
{
    return PythonCsvReader().read(csv);
}
} // namespace

/// `identitydesk-cli users` as scripts use it: the real binary, a mock server in this process
/// holding a directory of several pages, every format and concurrency read back whole.
class tst_CliListing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MockServerConfig config;
        config.users = 730;
        m_server = std::make_unique<MockServer>(config);
        QVERIFY(m_server->listen());
    }

    void everyFormatListsEveryUserOnce_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("parallel");
        for (const char *profile : { "gcore", "zitadel", "acronis" }) {
            for (const char *format : { "json", "ndjson", "csv", "table" }) {
                for (const char *parallel : { "1", "4" })
                    QTest::addRow("%s %s x%s", profile, format, parallel)
                        << profile << format << parallel;
            }
        }
    }

    void everyFormatListsEveryUserOnce()
    {
        QFETCH(QString, profile);
        QFETCH(QString, format);
        QFETCH(QString, parallel);
        const QStringList expected = referenceIds(profile);
        QVERIFY(expected.size() > 100);

        const CliResult result =
            run(profile,
                { QStringLiteral("--format"), format, QStringLiteral("--parallel"), parallel });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QStringList ids;
        if (format == QLatin1String("json")) {
            QJsonParseError error {};
            const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            for (const QJsonValue &user : object.value(QLatin1String("users")).toArray())
                ids.append(user.toObject().value(QLatin1String("id")).toString());
        } else if (format == QLatin1String("ndjson")) {
            const QList<QByteArray> lines = result.out.split('\n');
            QVERIFY(lines.last().isEmpty()); // ends with a newline
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                QJsonParseError error {};
                const QJsonObject user = QJsonDocument::fromJson(lines.at(i), &error).object();
                QCOMPARE(error.error, QJsonParseError::NoError);
                ids.append(user.value(QLatin1String("id")).toString());
            }
        } else if (format == QLatin1String("csv")) {
            const QJsonArray rows = parseCsv(result.out);
            QVERIFY(!rows.isEmpty());
            QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("id"));
            const QJsonArray header = rows.at(0).toArray();
            QCOMPARE(header.at(6).toString(), QStringLiteral("organisation"));
            QCOMPARE(header.at(7).toString(), QStringLiteral("organisation_id"));
            for (qsizetype i = 1; i < rows.size(); ++i) {
                const QJsonArray row = rows.at(i).toArray();
                QCOMPARE(row.size(), 8);
                ids.append(row.at(0).toString());
                // ZITADEL organisations and Acronis tenants by name, the id beside it.
                if (profile != QLatin1String("gcore")) {
                    QVERIFY2(!row.at(7).toString().isEmpty(), result.out.left(500).constData());
                    QVERIFY2(row.at(6).toString() != row.at(7).toString()
                                 && row.at(6).toString().contains(QLatin1Char(' ')),
                             qPrintable(row.at(6).toString()));
                }
            }
        } else {
            const QList<QByteArray> lines = result.out.trimmed().split('\n');
            QVERIFY(lines.constFirst().startsWith("ID "));
            for (qsizetype i = 1; i < lines.size(); ++i)
                ids.append(QString::fromUtf8(lines.at(i).split(' ').constFirst()));
        }
        QCOMPARE(ids, expected);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    }

    void progressGoesToStderrWhenAsked()
    {
        const CliResult quiet =
            run(QStringLiteral("gcore"), { QStringLiteral("--format"), QStringLiteral("ndjson") });
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), quiet.err.constData()); // stderr is not a terminal
        const CliResult asked = run(
            QStringLiteral("gcore"),
            { QStringLiteral("--format"), QStringLiteral("ndjson"), QStringLiteral("--progress") });
        QCOMPARE(asked.exitCode, 0);
        QVERIFY2(asked.err.contains("of 730 users"), asked.err.constData());
        QCOMPARE(asked.out, quiet.out);
        const CliResult silenced = run(QStringLiteral("gcore"),
                                       { QStringLiteral("--progress"), QStringLiteral("--quiet"),
                                         QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(silenced.exitCode, 0);
        QVERIFY(silenced.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown format")
            << QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
            << QByteArray("--format expects");
        QTest::newRow("json and csv")
            << QStringList { QStringLiteral("--json"), QStringLiteral("--format"),
                             QStringLiteral("csv") }
            << QByteArray("--json means --format json");
        QTest::newRow("parallel 0")
            << QStringList { QStringLiteral("--parallel"), QStringLiteral("0") }
            << QByteArray("--parallel expects");
    }

    void usageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, message);
        const CliResult result = run(QStringLiteral("gcore"), options);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void aLyingServerEndsIncomplete_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void aLyingServerEndsIncomplete()
    {
        QFETCH(QString, format);
        // Announces 1,000 users, then stops after the first page.
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedRequest &request) {
            if (request.target.startsWith("/mock/acronis/tenants"))
                return ScriptedResponse::json(200, R"({"tenants":[]})");
            const QUrlQuery query(QUrl::fromEncoded(request.target).query());
            const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
            QByteArray users;
            for (int id = offset; offset == 0 && id < 100; ++id)
                users += (id ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(id)
                    + R"(,"email":"u@example.org"})";
            return ScriptedResponse::json(200,
                                          R"({"count":1000,"next":")"
                                              + QByteArray(offset == 0 ? "more" : "")
                                              + R"(","results":[)" + users + "]}");
        });
        const CliResult result = runCli(
            { QStringLiteral("--demo-url"), server.url().toString(), QStringLiteral("--profile"),
              QStringLiteral("gcore"), QStringLiteral("users"), QStringLiteral("--limit"),
              QStringLiteral("0"), QStringLiteral("--format"), format });
        QCOMPARE(result.exitCode, 10);
        QVERIFY2(result.err.contains("listed 100 of 1"), result.err.constData());
        QVERIFY2(result.err.contains("incomplete"), result.err.constData());
        if (format == QLatin1String("json")) {
            const QJsonObject object = QJsonDocument::fromJson(result.out).object();
            QCOMPARE(object.value(QLatin1String("status")).toString(),
                     QStringLiteral("incomplete"));
            QCOMPARE(object.value(QLatin1String("complete")).toBool(true), false);
            QCOMPARE(object.value(QLatin1String("users")).toArray().size(), 100);
            QVERIFY(object.value(QLatin1String("error")).isObject());
        } else {
            QCOMPARE(parseCsv(result.out).size(), 101); // what came is still well-formed
        }
    }

private:
    /// The listing as --json gives it, whole and in the server's order (once per profile).
    QStringList referenceIds(const QString &profile)
    {
        if (m_reference.contains(profile))
            return m_reference.value(profile);
        const CliResult reference = run(profile, { QStringLiteral("--json") });
        const QJsonObject document = QJsonDocument::fromJson(reference.out).object();
        if (reference.exitCode != 0 || !document.value(QLatin1String("complete")).toBool()
            || document.value(QLatin1String("status")).toString() != QLatin1String("complete"))
            return {};
        QStringList ids;
        for (const QJsonValue &user : document.value(QLatin1String("users")).toArray())
            ids.append(user.toObject().value(QLatin1String("id")).toString());
        if (ids.size() != document.value(QLatin1String("total")).toInt())
            return {};
        m_reference.insert(profile, ids);
        return ids;
    }

    CliResult run(const QString &profile, const QStringList &options)
    {
        return runCli(QStringList { QStringLiteral("--demo-url"), m_server->baseUrl().toString(),
                                    QStringLiteral("--profile"), profile, QStringLiteral("users"),
                                    QStringLiteral("--limit"), QStringLiteral("0") }
                      + options);
    }

    std::unique_ptr<MockServer> m_server;
    QHash<QString, QStringList> m_reference;
};

QTEST_GUILESS_MAIN(tst_CliListing)
#include "tst_clilisting.moc"
