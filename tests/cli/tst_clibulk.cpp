#include "CliProcess.h"
#include "MockServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

/// identitydesk-cli bulk against the mock over real HTTP, with a real journal: plan and apply
/// on both bulk-capable backends, undo, every refusal, a run killed mid-way and resumed
/// (each row changed exactly once, counted at the server), and the throttle and concurrency
/// bounds as the server sees them.
class tst_CliBulk : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;

    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }

    QStringList connection(const MockServer &mock, const QString &profile) const
    {
        return { QStringLiteral("--demo-url"), mock.baseUrl().toString(),
                 QStringLiteral("--profile"), profile };
    }

    CliResult run(const MockServer &mock, const QString &profile, const QStringList &arguments,
                  int timeoutMs = 120000) const
    {
        return runCli(connection(mock, profile) + QStringList { QStringLiteral("bulk") }
                          + arguments,
                      {}, m_environment, timeoutMs);
    }

    static QJsonObject json(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }

    QJsonObject readJsonFile(const QString &fileName) const
    {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return json(file.readAll());
    }

    /// Every address of the profile's directory, by user id.
    QHash<QString, QString> addresses(const MockServer &mock, const QString &profile) const
    {
        const CliResult listing =
            runCli(connection(mock, profile)
                       + QStringList { QStringLiteral("users"), QStringLiteral("--limit"),
                                       QStringLiteral("0"), QStringLiteral("--format"),
                                       QStringLiteral("ndjson") },
                   {}, m_environment);
        QHash<QString, QString> result;
        for (const QByteArray &line : listing.out.split('\n')) {
            const QJsonObject user = json(line);
            if (!user.isEmpty())
                result.insert(user.value(QLatin1String("id")).toString(),
                              user.value(QLatin1String("email")).toString());
        }
        return result;
    }

    static qint64 changeRequests(MockServer &mock)
    {
        return mock.stats()
            .toJson()
            .value(QLatin1String("byMethod"))
            .toObject()
            .value(QLatin1String("PUT"))
            .toInteger();
    }

    /// Rows of a results file that wait for the user's confirmation.
    static int awaiting(const QString &resultsFile)
    {
        QFile file(resultsFile);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        int count = 0;
        for (const QJsonValue &row : QJsonDocument::fromJson(file.readAll()).array()) {
            if (row.toObject().value(QLatin1String("result")).toString()
                == QLatin1String("awaiting-confirmation"))
                ++count;
        }
        return count;
    }

    /// Acronis changes wait for the user to open the link mailed to the old address: open
    /// every such link the mock has mailed (once). Returns how many were opened.
    static int confirmAcronisChanges(MockServer &mock, QSet<qint64> *opened)
    {
        int count = 0;
        for (const MockMail &mail : mock.mailbox().messages()) {
            if (!mail.link.contains(QLatin1String("confirm-email")) || opened->contains(mail.id))
                continue;
            opened->insert(mail.id);
            const QUrl link(mail.link);
            const MockResponse answer =
                mock.handle(MockRequest("GET", link.path(), QUrlQuery(link), {}, {}));
            if (answer.status == 200)
                ++count;
        }
        return count;
    }

    static int countAtDomain(const QHash<QString, QString> &addresses, const QString &domain)
    {
        int count = 0;
        for (const QString &address : addresses) {
            if (address.endsWith(QLatin1Char('@') + domain))
                ++count;
        }
        return count;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("IDENTITYDESK_JOURNAL"), path("journal.sqlite"));
    }

    void renameDomainApplyAndUndo_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("ZITADEL management") << QStringLiteral("zitadel");
        QTest::newRow("Acronis") << QStringLiteral("acronis");
    }

    void renameDomainApplyAndUndo()
    {
        QFETCH(QString, profile);
        MockServer mock { MockServerConfig() };
        QVERIFY(mock.listen());
        const QHash<QString, QString> before = addresses(mock, profile);
        const int moving = countAtDomain(before, QStringLiteral("northwind.example"));
        QVERIFY2(moving > 20, "the demo directory has users at northwind.example");

        const qint64 changesBeforePlan = changeRequests(mock);
        const CliResult plan = run(mock, profile,
                                   { QStringLiteral("plan"), QStringLiteral("--rename-domain"),
                                     QStringLiteral("NorthWind.example=contoso.example"),
                                     QStringLiteral("--out"), path("plan.json") });
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        QCOMPARE(changeRequests(mock), changesBeforePlan); // planning changes nothing
        const QJsonObject planFile = readJsonFile(path("plan.json"));
        QCOMPARE(planFile.value(QLatin1String("ready")).toInt(), moving);
        QVERIFY(plan.out.contains("Nothing has changed yet"));
        const QString job = planFile.value(QLatin1String("jobId")).toString();

        const CliResult apply =
            run(mock, profile,
                { QStringLiteral("apply"), path("plan.json"), QStringLiteral("--parallel"),
                  QStringLiteral("4"), QStringLiteral("--results"), path("results.json") });
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        QCOMPARE(changeRequests(mock), qint64(moving));
        QSet<qint64> opened;
        QCOMPARE(confirmAcronisChanges(mock, &opened), awaiting(path("results.json")));
        const QHash<QString, QString> after = addresses(mock, profile);
        QCOMPARE(countAtDomain(after, QStringLiteral("northwind.example")), 0);
        QCOMPARE(countAtDomain(after, QStringLiteral("contoso.example")),
                 countAtDomain(before, QStringLiteral("contoso.example")) + moving);
        QFile resultsFile(path("results.json"));
        QVERIFY(resultsFile.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(resultsFile.readAll()).array();
        QCOMPARE(results.size(), moving);
        for (const QJsonValue &row : results)
            QVERIFY(row.toObject().value(QLatin1String("result")).toString()
                    != QLatin1String("failed"));

        // The same plan again is refused: it would be a second run of the same job.
        const CliResult again = run(mock, profile, { QStringLiteral("apply"), path("plan.json") });
        QCOMPARE(again.exitCode, 5);
        QVERIFY2(again.err.contains(QByteArray(QByteArray("--resume ") + job.toUtf8())),
                 again.err.constData());

        const CliResult status = runCli(
            { QStringLiteral("bulk"), QStringLiteral("status"), job, QStringLiteral("--json") }, {},
            m_environment);
        QCOMPARE(status.exitCode, 0);
        const QJsonObject run0 = QJsonDocument::fromJson(status.out).array().at(0).toObject();
        QCOMPARE(run0.value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        QCOMPARE(run0.value(QLatin1String("notStarted")).toInt(), 0);

        const CliResult undo =
            run(mock, profile,
                { QStringLiteral("undo"), job, QStringLiteral("--out"), path("undo.json") });
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        QCOMPARE(readJsonFile(path("undo.json")).value(QLatin1String("ready")).toInt(), moving);
        const CliResult undone = run(mock, profile,
                                     { QStringLiteral("apply"), path("undo.json"),
                                       QStringLiteral("--results"), path("undo-results.json") });
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        QCOMPARE(confirmAcronisChanges(mock, &opened), awaiting(path("undo-results.json")));
        QCOMPARE(addresses(mock, profile), before);
        QCOMPARE(changeRequests(mock), qint64(2 * moving));
    }

    void backendsThatCannotBulkRefuseEveryRow_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("says");
        QTest::newRow("Gcore: each user's password") << QStringLiteral("gcore") << "password";
        QTest::newRow("ZITADEL self-service") << QStringLiteral("zitadel-self") << "signed-in";
        QTest::newRow("CodeArts") << QStringLiteral("codearts") << "signed-in";
    }

    void backendsThatCannotBulkRefuseEveryRow()
    {
        QFETCH(QString, profile);
        QFETCH(QString, says);
        MockServer mock { MockServerConfig() };
        QVERIFY(mock.listen());
        QFile csv(path("rows.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const QString someone = addresses(mock, profile).keys().value(0);
        QVERIFY(!someone.isEmpty());
        csv.write("user,new_email\n" + someone.toUtf8() + ",moved@contoso.example\n");
        csv.close();
        const CliResult plan =
            run(mock, profile,
                { QStringLiteral("plan"), QStringLiteral("--csv"), path("rows.csv"),
                  QStringLiteral("--out"), path("plan.json") });
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        const QJsonObject row =
            readJsonFile(path("plan.json")).value(QLatin1String("rows")).toArray().at(0).toObject();
        QCOMPARE(row.value(QLatin1String("refusal")).toString(),
                 QStringLiteral("backend-cannot-bulk"));
        QVERIFY2(row.value(QLatin1String("reason")).toString().contains(says),
                 qPrintable(row.value(QLatin1String("reason")).toString()));
        const CliResult apply = run(mock, profile, { QStringLiteral("apply"), path("plan.json") });
        QCOMPARE(apply.exitCode, 0);
        QCOMPARE(changeRequests(mock), qint64(0));
    }

    void csvRowsAreRefusedWithReasons()
    {
        MockServer mock { MockServerConfig() };
        QVERIFY(mock.listen());
        const QHash<QString, QString> directory = addresses(mock, QStringLiteral("zitadel"));
        const QStringList ids = directory.keys();
        QVERIFY(ids.size() >= 4);
        QFile csv(path("rows.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        // Semicolons, a BOM and CRLF, as a German spreadsheet saves it.
        QByteArray rows = "\xEF\xBB\xBFuser;new_email;verified\r\n";
        rows += ids.at(0).toUtf8() + ";first@contoso.example;yes\r\n"; // ready
        rows += "email:" + directory.value(ids.at(1)).toUtf8() + ";second@contoso.example;\r\n";
        rows += "4711;x@contoso.example;\r\n"; // no such user
        rows += ids.at(2).toUtf8() + ";not an address;\r\n";
        rows += ids.at(2).toUtf8() + ";" + directory.value(ids.at(2)).toUtf8() + ";\r\n";
        rows += ids.at(3).toUtf8() + ";" + directory.value(ids.at(0)).toUtf8() + ";\r\n";
        rows += ids.at(0).toUtf8() + ";first@contoso.example;yes\r\n"; // duplicate of row 1
        csv.write(rows);
        csv.close();
        const CliResult plan =
            run(mock, QStringLiteral("zitadel"),
                { QStringLiteral("plan"), QStringLiteral("--csv"), path("rows.csv"),
                  QStringLiteral("--out"), path("plan.json") });
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        const QJsonArray planned =
            readJsonFile(path("plan.json")).value(QLatin1String("rows")).toArray();
        QStringList refusals;
        for (const QJsonValue &row : planned)
            refusals.append(row.toObject().value(QLatin1String("refusal")).toString());
        QCOMPARE(refusals,
                 QStringList({ QString(), QString(), QStringLiteral("user-not-found"),
                               QStringLiteral("invalid-address"), QStringLiteral("same-address"),
                               QStringLiteral("address-taken"), QStringLiteral("duplicate-row") }));
        QCOMPARE(planned.at(0).toObject().value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(planned.at(2).toObject().value(QLatin1String("line")).toInt(), 4);
        QVERIFY2(plan.out.contains("row 3 (line 4): refused"), plan.out.constData());
    }

    void aBrokenCsvPlansNothing()
    {
        MockServer mock { MockServerConfig() };
        QVERIFY(mock.listen());
        QFile csv(path("rows.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("user,new_email\n1,a@contoso.example\n2\n");
        csv.close();
        const CliResult plan =
            run(mock, QStringLiteral("zitadel"),
                { QStringLiteral("plan"), QStringLiteral("--csv"), path("rows.csv"),
                  QStringLiteral("--out"), path("plan.json") });
        QCOMPARE(plan.exitCode, 4);
        QVERIFY2(plan.err.contains("line 3, column 2"), plan.err.constData());
        QVERIFY(!QFile::exists(path("plan.json")));
    }

    void aPlanForAnotherProfileIsRefused()
    {
        MockServer mock { MockServerConfig() };
        QVERIFY(mock.listen());
        QVERIFY(run(mock, QStringLiteral("zitadel"),
                    { QStringLiteral("plan"), QStringLiteral("--rename-domain"),
                      QStringLiteral("northwind.example=contoso.example"), QStringLiteral("--out"),
                      path("plan.json") })
                    .exitCode
                == 0);
        const CliResult apply =
            run(mock, QStringLiteral("acronis"), { QStringLiteral("apply"), path("plan.json") });
        QCOMPARE(apply.exitCode, 2);
        QVERIFY2(apply.err.contains("--profile zitadel"), apply.err.constData());
        QCOMPARE(changeRequests(mock), qint64(0));
    }

    void aKilledRunResumesWithoutChangingAnyRowTwice()
    {
        MockServerConfig config;
        config.faults.latencyMs = 60; // a remote server: the kill lands with requests in flight
        MockServer mock { config };
        QVERIFY(mock.listen());
        const QString profile = QStringLiteral("zitadel");
        QVERIFY(run(mock, profile,
                    { QStringLiteral("plan"), QStringLiteral("--rename-domain"),
                      QStringLiteral("northwind.example=contoso.example"), QStringLiteral("--out"),
                      path("plan.json") })
                    .exitCode
                == 0);
        const QJsonObject planFile = readJsonFile(path("plan.json"));
        const int ready = planFile.value(QLatin1String("ready")).toInt();
        const QString job = planFile.value(QLatin1String("jobId")).toString();

        QProcess cli;
        QProcessEnvironment environment = m_environment;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(IDENTITYDESK_CLI_BINARY),
                  connection(mock, profile)
                      + QStringList { QStringLiteral("bulk"), QStringLiteral("apply"),
                                      path("plan.json"), QStringLiteral("--parallel"),
                                      QStringLiteral("3") });
        QVERIFY(cli.waitForStarted(10000));
        // Kill it once a fair share of rows went through, while others are in flight.
        const bool midway = QTest::qWaitFor(
            [&] {
                return changeRequests(mock) >= ready / 3 || cli.state() == QProcess::NotRunning;
            },
            60000);
        cli.kill();
        cli.waitForFinished(10000);
        QVERIFY(midway);
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        const qint64 changedBeforeKill = changeRequests(mock);
        QVERIFY2(changedBeforeKill < ready, "the run was killed before its end");

        const CliResult status = runCli(
            { QStringLiteral("bulk"), QStringLiteral("status"), job, QStringLiteral("--json") }, {},
            m_environment);
        QCOMPARE(QJsonDocument::fromJson(status.out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("interrupted"));

        const CliResult resumed = run(mock, profile,
                                      { QStringLiteral("apply"), QStringLiteral("--resume"), job,
                                        QStringLiteral("--results"), path("results.csv") });
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.err + resumed.out).constData());
        // Exactly one change request per row over both runs, and every address moved.
        QCOMPARE(changeRequests(mock), qint64(ready));
        const QHash<QString, QString> after = addresses(mock, profile);
        QCOMPARE(countAtDomain(after, QStringLiteral("northwind.example")), 0);
    }

    void throttleAndConcurrencyHoldAtTheServer()
    {
        MockServerConfig config;
        config.faults.latencyMs = 80;
        config.faults.rateLimit = 12;
        config.faults.rateWindowSeconds = 1;
        MockServer mock { config };
        QVERIFY(mock.listen());
        const QString profile = QStringLiteral("acronis");
        QFile csv(path("rows.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QByteArray rows = "user,new_email\n";
        // Listing the directory (in pages) must stay under the limit too: wait a window.
        const QStringList ids = addresses(mock, profile).keys().mid(0, 16);
        for (int i = 0; i < ids.size(); ++i)
            rows += ids.at(i).toUtf8() + ",paced" + QByteArray::number(i) + "@contoso.example\n";
        csv.write(rows);
        csv.close();
        QTest::qWait(1100);
        QVERIFY(run(mock, profile,
                    { QStringLiteral("plan"), QStringLiteral("--csv"), path("rows.csv"),
                      QStringLiteral("--out"), path("plan.json"), QStringLiteral("--parallel"),
                      QStringLiteral("1") })
                    .exitCode
                == 0);
        QTest::qWait(1100);
        mock.stats().reset();
        QElapsedTimer clock;
        clock.start();
        // 8 requests per second against a limit of 12 per second: no 429 at all (Acronis reads
        // the version again before each change; the rate counts that read too).
        const CliResult apply =
            run(mock, profile,
                { QStringLiteral("apply"), path("plan.json"), QStringLiteral("--parallel"),
                  QStringLiteral("3"), QStringLiteral("--rate"), QStringLiteral("8/s") });
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        const QJsonObject stats = mock.stats().toJson();
        const qint64 requests = stats.value(QLatin1String("requests")).toInteger();
        QVERIFY2(requests >= 3 * ids.size(), qPrintable(QString::number(requests)));
        QCOMPARE(stats.value(QLatin1String("rateLimited")).toInteger(), qint64(0));
        // Paced: the 3n requests cannot be faster than the rate allows.
        QVERIFY2(elapsed >= (3 * ids.size() - 1) * 1000 / 8 - 200,
                 qPrintable(QString::number(elapsed)));
        QVERIFY(stats.value(QLatin1String("peakInFlight")).toInt() <= 3);

        // Unpaced, three rows at once: the server sees three requests in flight, never four.
        MockServerConfig slow;
        slow.faults.latencyMs = 150;
        MockServer wide { slow };
        QVERIFY(wide.listen());
        QVERIFY(run(wide, QStringLiteral("zitadel"),
                    { QStringLiteral("plan"), QStringLiteral("--rename-domain"),
                      QStringLiteral("northwind.example=contoso.example"), QStringLiteral("--out"),
                      path("wide.json") })
                    .exitCode
                == 0);
        wide.stats().reset();
        QVERIFY(run(wide, QStringLiteral("zitadel"),
                    { QStringLiteral("apply"), path("wide.json"), QStringLiteral("--parallel"),
                      QStringLiteral("3") })
                    .exitCode
                == 0);
        QCOMPARE(wide.stats().toJson().value(QLatin1String("peakInFlight")).toInt(), 3);

        // Nine at once is more than the 6 connections Qt opens to one host per network manager:
        // the rows are spread over two, and the server sees nine in flight.
        const QString job =
            readJsonFile(path("wide.json")).value(QLatin1String("jobId")).toString();
        QVERIFY(run(wide, QStringLiteral("zitadel"),
                    { QStringLiteral("undo"), job, QStringLiteral("--out"), path("back.json") })
                    .exitCode
                == 0);
        wide.stats().reset();
        QVERIFY(run(wide, QStringLiteral("zitadel"),
                    { QStringLiteral("apply"), path("back.json"), QStringLiteral("--parallel"),
                      QStringLiteral("9") })
                    .exitCode
                == 0);
        QCOMPARE(wide.stats().toJson().value(QLatin1String("peakInFlight")).toInt(), 9);
    }

    void stopsAfterConsecutiveFailures()
    {
        MockServerConfig config;
        MockServer mock { config };
        QVERIFY(mock.listen());
        QVERIFY(run(mock, QStringLiteral("zitadel"),
                    { QStringLiteral("plan"), QStringLiteral("--rename-domain"),
                      QStringLiteral("northwind.example=contoso.example"), QStringLiteral("--out"),
                      path("plan.json") })
                    .exitCode
                == 0);
        // The server breaks down: it answers every request with a server error.
        MockServerConfig failing;
        failing.faults.failRate = 1.0;
        MockServer broken { failing };
        QVERIFY(broken.listen());
        // The same profile name and host, another port: the plan's host check still holds.
        const CliResult apply =
            run(broken, QStringLiteral("zitadel"),
                { QStringLiteral("apply"), path("plan.json"), QStringLiteral("--parallel"),
                  QStringLiteral("1"), QStringLiteral("--max-failures"), QStringLiteral("3") });
        QCOMPARE(apply.exitCode, 14);
        QVERIFY2(apply.err.contains("3 failures in a row"), apply.err.constData());
        QVERIFY2(apply.err.contains("--resume"), apply.err.constData());
        // Three rows were tried (each read retried at most as the retry budget allows), not
        // the other rows of the plan.
        const qint64 requests =
            broken.stats().toJson().value(QLatin1String("requests")).toInteger();
        QVERIFY2(requests >= 3 && requests <= 12, qPrintable(QString::number(requests)));
        const CliResult status =
            runCli({ QStringLiteral("bulk"), QStringLiteral("status"), QStringLiteral("--json") },
                   {}, m_environment);
        QCOMPARE(QJsonDocument::fromJson(status.out)
                     .array()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("stopped"));
    }
};

QTEST_GUILESS_MAIN(tst_CliBulk)
#include "tst_clibulk.moc"
