#include "ChangeJournal.h"
#include "CliProcess.h"
#include "MockServer.h"
#include "TestBuild.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

/// The change journal through identitydesk-cli: every change recorded with its outcome, the
/// history in every format, verify's exit codes, a CLI killed while its change is on the way,
/// and secrets that never reach the file.
class tst_CliHistory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal = m_dir->filePath(QStringLiteral("journal.sqlite"));
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("IDENTITYDESK_JOURNAL"), m_journal);
    }

    void changesAreRecordedWithoutSecrets()
    {
        MockServer demo { MockServerConfig() };
        QVERIFY(demo.listen());
        // A wrong password typed for the user: a canary that must not reach the journal.
        const CliResult wrong =
            run(demo, QStringLiteral("gcore"),
                { QStringLiteral("change-email"), QStringLiteral("100000"),
                  QStringLiteral("anna.new@example.com"), QStringLiteral("--password-stdin") },
                "Canary-Typed-Password-77\n");
        QCOMPARE(wrong.exitCode, 4);
        const CliResult changed =
            run(demo, QStringLiteral("gcore"),
                { QStringLiteral("change-email"), QStringLiteral("100001"),
                  QStringLiteral("bo.new@example.com"), QStringLiteral("--password-stdin") },
                "demo-password\n");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        const CliResult verified =
            run(demo, QStringLiteral("zitadel"),
                { QStringLiteral("change-email"), QStringLiteral("289374650128960606"),
                  QStringLiteral("aiko.new@example.com"), QStringLiteral("--verified") });
        QVERIFY2(verified.exitCode == 0, verified.err.constData());

        // The other three backends: a mailed code (CodeArts), self-service, Acronis.
        QCOMPARE(run(demo, QStringLiteral("codearts"),
                     { QStringLiteral("request-code"), QStringLiteral("dev.new@example.com") })
                     .exitCode,
                 0);
        const QList<MockMail> mail = demo.mailbox().messages(QStringLiteral("dev.new@example.com"));
        QVERIFY(!mail.isEmpty());
        const QString code = mail.constFirst().code;
        QVERIFY(code.size() >= 4);
        const CliResult codearts =
            run(demo, QStringLiteral("codearts"),
                { QStringLiteral("change-email"), QStringLiteral("me"),
                  QStringLiteral("dev.new@example.com"), QStringLiteral("--code"), code });
        QVERIFY2(codearts.exitCode == 0, codearts.err.constData());
        const CliResult self = run(demo, QStringLiteral("zitadel-self"),
                                   { QStringLiteral("change-email"), QStringLiteral("me"),
                                     QStringLiteral("me.new@example.com") });
        QVERIFY2(self.exitCode == 0, self.err.constData());
        const CliResult acronis = run(demo, QStringLiteral("acronis"),
                                      { QStringLiteral("change-email"),
                                        QStringLiteral("f01e1c85-d52c-5b84-bcbe-fd522203129f"),
                                        QStringLiteral("acronis.new@example.com") });
        QVERIFY2(acronis.exitCode == 0, acronis.err.constData());

        const CliResult history = runCli(
            { QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json") }, {},
            m_environment);
        QCOMPARE(history.exitCode, 0);
        const QJsonArray all =
            QJsonDocument::fromJson(history.out).object().value(QLatin1String("changes")).toArray();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.at(0).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("awaiting-confirmation"));
        QCOMPARE(all.at(1).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("verification-mailed"));
        QCOMPARE(all.at(2).toObject().value(QLatin1String("usedCode")).toBool(), true);
        QJsonArray changes;
        for (qsizetype i = 3; i < all.size(); ++i)
            changes.append(all.at(i));
        QCOMPARE(changes.size(), 3);
        const QJsonObject zitadel = changes.at(0).toObject();
        QCOMPARE(zitadel.value(QLatin1String("outcome")).toString(), QStringLiteral("changed"));
        QCOMPARE(zitadel.value(QLatin1String("backend")).toString(), QStringLiteral("zitadel"));
        QCOMPARE(zitadel.value(QLatin1String("askedVerified")).toBool(), true);
        QCOMPARE(zitadel.value(QLatin1String("oldEmail")).toString(),
                 QStringLiteral("aiko.ivanova@northwind.example"));
        QCOMPARE(changes.at(1).toObject().value(QLatin1String("newEmail")).toString(),
                 QStringLiteral("bo.new@example.com"));
        QCOMPARE(changes.at(2).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("failed"));

        // Filters.
        const CliResult byUser =
            runCli({ QStringLiteral("history"), QStringLiteral("--user"), QStringLiteral("100001"),
                     QStringLiteral("--format"), QStringLiteral("ndjson") },
                   {}, m_environment);
        QCOMPARE(byUser.out.count('\n'), 1);
        const CliResult byProfile =
            runCli({ QStringLiteral("history"), QStringLiteral("--profile"),
                     QStringLiteral("zitadel"), QStringLiteral("--format"), QStringLiteral("csv") },
                   {}, m_environment);
        QCOMPARE(byProfile.out.count("\r\n"), 2); // header + one change
        const CliResult tomorrow = runCli({ QStringLiteral("history"), QStringLiteral("--since"),
                                            QDate::currentDate().addDays(2).toString(Qt::ISODate) },
                                          {}, m_environment);
        QVERIFY2(tomorrow.out.contains("No email changes"), tomorrow.out.constData());

        // Nothing secret in the file (or its WAL) at all.
        QFile file(m_journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(m_journal + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(bytes.contains("bo.new@example.com"));
        QVERIFY(!bytes.contains(code.toUtf8()));
        for (const QByteArray &canary :
             { QByteArray("Canary-Typed-Password-77"), QByteArray("demo-password"),
               QByteArray("demo-gcore-apikey"), QByteArray("demo-zitadel-secret"),
               QByteArray("demo-zitadel-self-token"), QByteArray("demo-huawei-password"),
               QByteArray("demo-acronis-secret") })
            QVERIFY2(!bytes.contains(canary), canary.constData());

        QCOMPARE(runCli({ QStringLiteral("history"), QStringLiteral("verify") }, {}, m_environment)
                     .exitCode,
                 0);
    }

    void verifyExitsThirteenOnAnEditedJournal()
    {
        MockServer demo { MockServerConfig() };
        QVERIFY(demo.listen());
        QCOMPARE(run(demo, QStringLiteral("zitadel"),
                     { QStringLiteral("change-email"), QStringLiteral("289374650128960606"),
                       QStringLiteral("a@example.com"), QStringLiteral("--verified") })
                     .exitCode,
                 0);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(m_journal);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral(
                "UPDATE entries SET new_email = 'b@example.com' WHERE sequence = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        const CliResult result =
            runCli({ QStringLiteral("history"), QStringLiteral("verify") }, {}, m_environment);
        QCOMPARE(result.exitCode, 13);
        QVERIFY2(result.err.contains("entry 1 was altered"), result.err.constData());
    }

    void anUnusableJournalStopsTheChange()
    {
        QFile file(m_journal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a journal\n");
        file.close();
        MockServer demo { MockServerConfig() };
        QVERIFY(demo.listen());
        const CliResult result =
            run(demo, QStringLiteral("zitadel"),
                { QStringLiteral("change-email"), QStringLiteral("289374650128960606"),
                  QStringLiteral("never@example.com"), QStringLiteral("--verified") });
        QCOMPARE(result.exitCode, 12);
        QVERIFY2(result.err.contains("not a database"), result.err.constData());
        // Nothing was sent: the address is unchanged.
        const CliResult show = run(demo, QStringLiteral("zitadel"),
                                   { QStringLiteral("--json"), QStringLiteral("show"),
                                     QStringLiteral("289374650128960606") });
        QVERIFY(!show.out.contains("never@example.com"));
    }

    void aCliKilledMidChangeIsReportedAsUnknown()
    {
        MockServerConfig config;
        config.faults.latencyMs = 4000; // the change's answer takes its time
        MockServer slow(config);
        QVERIFY(slow.listen());
        QProcess cli;
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("identitydesk.*.info=false"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(IDENTITYDESK_CLI_BINARY),
                  { QStringLiteral("--demo-url"), slow.baseUrl().toString(),
                    QStringLiteral("--profile"), QStringLiteral("zitadel"),
                    QStringLiteral("change-email"), QStringLiteral("289374650128960606"),
                    QStringLiteral("slow@example.com"), QStringLiteral("--verified") });
        QVERIFY(cli.waitForStarted());
        const bool intentWritten = QTest::qWaitFor(
            [this] {
                // Only once the CLI has made the journal (its WAL file exists after the schema and
                // the switch to WAL): opening it earlier would race the CLI to create it.
                if (!QFile::exists(m_journal + QStringLiteral("-wal")))
                    return false;
                ChangeJournal journal(m_journal);
                return journal.open() && !journal.changes({}).isEmpty();
            },
            TestBuild::scaledMs(30000));
        cli.kill();
        cli.waitForFinished(10000);
        QVERIFY2(intentWritten, cli.readAllStandardError().constData());

        const CliResult history = runCli(
            { QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("ndjson") }, {},
            m_environment);
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.err.contains("ended without an answer"), history.err.constData());
        QVERIFY2(history.out.contains("\"outcome\":\"unknown\""), history.out.constData());
    }

    void showTellsAChangeThatWaits()
    {
        MockServer demo { MockServerConfig() };
        QVERIFY(demo.listen());
        const QString userId = QStringLiteral("f01e1c85-d52c-5b84-bcbe-fd522203129f");
        const QString newEmail = QStringLiteral("waiting.new@example.com");
        const auto show = [&](const QStringList &extra = {}) {
            return run(demo, QStringLiteral("acronis"),
                       QStringList { QStringLiteral("show"), userId } + extra);
        };
        const auto showJson = [&](const QStringList &extra = {}) {
            const CliResult result = show(QStringList { QStringLiteral("--json") } + extra);
            return QJsonDocument::fromJson(result.out).object();
        };
        const QJsonObject before = showJson();
        QCOMPARE(before.value(QLatin1String("pendingEmail")).toString(), QString());
        QCOMPARE(before.value(QLatin1String("pendingSince")).toString(), QString());
        const QString oldEmail = before.value(QLatin1String("email")).toString();
        QVERIFY(!oldEmail.isEmpty());

        const CliResult changed = run(demo, QStringLiteral("acronis"),
                                      { QStringLiteral("change-email"), userId, newEmail });
        QVERIFY2(changed.exitCode == 0, changed.err.constData());

        // Another process, whose backend remembers nothing: the journal tells the wait.
        const CliResult text = show();
        QCOMPARE(text.exitCode, 0);
        const QString details = QString::fromUtf8(text.out);
        QVERIFY2(details.contains(QStringLiteral("Pending email:")) && details.contains(newEmail),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Pending since:"))
                     && details.contains(QStringLiteral("less than a minute ago")),
                 qPrintable(details));
        QCOMPARE(text.err, QByteArray());

        // JSON: the same fields whatever the language, the time in ISO 8601 UTC.
        for (const QStringList &language :
             { QStringList {}, QStringList { QStringLiteral("--lang"), QStringLiteral("de") } }) {
            const QJsonObject object = showJson(language);
            QCOMPARE(object.value(QLatin1String("email")).toString(), oldEmail);
            QCOMPARE(object.value(QLatin1String("pendingEmail")).toString(), newEmail);
            const QString since = object.value(QLatin1String("pendingSince")).toString();
            QVERIFY2(since.endsWith(QLatin1Char('Z')), qPrintable(since));
            const QDateTime time = QDateTime::fromString(since, Qt::ISODate);
            QVERIFY2(time.isValid(), qPrintable(since));
            QVERIFY(qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }

        // The user opens the link at the old address: nothing waits any more.
        const QList<MockMail> mail = demo.mailbox().messages(oldEmail);
        QVERIFY(!mail.isEmpty());
        QVERIFY(mail.constFirst().link.contains(QStringLiteral("confirm-email")));
        const QUrl link(mail.constFirst().link);
        const MockResponse opened =
            demo.handle(MockRequest("GET", link.path(), QUrlQuery(link.query()), {}, QByteArray()));
        QCOMPARE(opened.status, 200);
        const QJsonObject after = showJson();
        QCOMPARE(after.value(QLatin1String("email")).toString(), newEmail);
        QCOMPARE(after.value(QLatin1String("pendingEmail")).toString(), QString());
        QCOMPARE(after.value(QLatin1String("pendingSince")).toString(), QString());
    }

private:
    CliResult run(MockServer &server, const QString &profile, const QStringList &command,
                  const QByteArray &input = {})
    {
        return runCli(QStringList { QStringLiteral("--demo-url"), server.baseUrl().toString(),
                                    QStringLiteral("--profile"), profile }
                          + command,
                      input, m_environment);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(tst_CliHistory)
#include "tst_clihistory.moc"
