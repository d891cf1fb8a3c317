#include "ChangeJournal.h"
#include "JournalVerifier.h"

#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

namespace {
JournalEntry intentFor(const QString &userId, const QString &newEmail)
{
    JournalEntry intent;
    intent.profile = QStringLiteral("Production");
    intent.backend = QStringLiteral("zitadel");
    intent.serverHost = QStringLiteral("idp.example.org");
    intent.userId = userId;
    intent.login = QStringLiteral("login-") + userId;
    intent.oldEmail = QStringLiteral("old-") + userId + QStringLiteral("@example.org");
    intent.newEmail = newEmail;
    return intent;
}

/// Runs one statement on the journal file behind the program's back, as an attacker would.
bool tamper(const QString &path, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}
} // namespace

class tst_ChangeJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("sub/journal.sqlite"));
    }

    void recordsIntentAndOutcome()
    {
        ChangeJournal journal(m_path);
        QVERIFY2(journal.open(), qPrintable(journal.errorString()));
        JournalEntry intent = intentFor(QStringLiteral("42"), QStringLiteral("new@example.org"));
        intent.askedVerified = true;
        const qint64 first = journal.recordIntent(intent);
        QCOMPARE(first, 1);
        const qint64 second =
            journal.recordIntent(intentFor(QStringLiteral("43"), QStringLiteral("b@example.org")));
        QVERIFY(journal.recordOutcome(first, QStringLiteral("changed")));
        QVERIFY(journal.recordOutcome(second, QStringLiteral("failed"),
                                      QStringLiteral("validation"), QStringLiteral("bad address")));

        const QList<JournalChange> changes = journal.changes({});
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).intent.userId, QStringLiteral("43")); // newest first
        QCOMPARE(changes.at(0).state(), QStringLiteral("failed"));
        QCOMPARE(changes.at(0).outcome.errorMessage, QStringLiteral("bad address"));
        const JournalChange &change = changes.at(1);
        QCOMPARE(change.state(), QStringLiteral("changed"));
        QCOMPARE(change.intent.oldEmail, QStringLiteral("old-42@example.org"));
        QCOMPARE(change.intent.newEmail, QStringLiteral("new@example.org"));
        QVERIFY(change.intent.askedVerified);
        QVERIFY(!change.intent.usedCode);
        QCOMPARE(change.intent.operatorName, ChangeJournal::currentOperator());
        QCOMPARE(change.intent.time.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(change.intent.time.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        ChangeJournal::Filter byUser;
        byUser.userId = QStringLiteral("42");
        QCOMPARE(journal.changes(byUser).size(), 1);
        ChangeJournal::Filter byText;
        byText.text = QStringLiteral("B@EXAMPLE");
        QCOMPARE(journal.changes(byText).size(), 1);
        ChangeJournal::Filter older;
        older.beforeSequence = second;
        QCOMPARE(journal.changes(older).size(), 1);
        QCOMPARE(journal.changes(older).constFirst().intent.userId, QStringLiteral("42"));
        ChangeJournal::Filter future;
        future.since = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(journal.changes(future).isEmpty());
        QVERIFY(JournalVerifier::verify(journal).intact);
    }

    void chainFindsTheFirstEditedRow_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("problem");
        QTest::newRow("altered address")
            << "UPDATE entries SET new_email = 'attacker@evil.example' WHERE sequence = 3"
            << qint64(3) << "altered";
        QTest::newRow("altered outcome")
            << "UPDATE entries SET outcome = 'failed' WHERE sequence = 6" << qint64(6) << "altered";
        QTest::newRow("removed row")
            << "DELETE FROM entries WHERE sequence = 4" << qint64(4) << "missing";
        QTest::newRow("inserted row, renumbered")
            << "UPDATE entries SET sequence = sequence + 100 WHERE sequence >= 5; "
               "INSERT INTO entries SELECT 5, kind, time, operator, profile, backend, "
               "server_host, 'forged', login, old_email, new_email, asked_verified, used_code, "
               "job_id, process_id, machine, intent_sequence, outcome, error_kind, "
               "error_message, previous_hash, hash FROM entries WHERE sequence = 4"
            << qint64(5) << "";
        QTest::newRow("hash rewritten")
            << "UPDATE entries SET hash = previous_hash WHERE sequence = 2" << qint64(2)
            << "altered";
    }

    void chainFindsTheFirstEditedRow()
    {
        QFETCH(QString, statement);
        QFETCH(qint64, firstBad);
        QFETCH(QString, problem);
        {
            ChangeJournal journal(m_path);
            QVERIFY(journal.open());
            for (int i = 0; i < 4; ++i) {
                const qint64 sequence = journal.recordIntent(
                    intentFor(QString::number(i), QStringLiteral("n%1@example.org").arg(i)));
                QVERIFY(journal.recordOutcome(sequence, QStringLiteral("changed")));
            }
            QVERIFY(JournalVerifier::verify(journal).intact);
        }
        for (const QString &part : statement.split(QStringLiteral("; ")))
            QVERIFY2(tamper(m_path, part), qPrintable(part));
        ChangeJournal journal(m_path);
        QVERIFY(journal.open());
        const JournalVerifier::Result result = JournalVerifier::verify(journal);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBadSequence, firstBad);
        if (!problem.isEmpty())
            QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
    }

    void twoProcessesWritingAtOnceLoseNothing()
    {
        {
            ChangeJournal journal(m_path);
            QVERIFY(journal.open()); // created once, before both start
        }
        QProcess first;
        QProcess second;
        first.start(
            QStringLiteral(JOURNAL_WRITER_BINARY),
            { m_path, QStringLiteral("changes"), QStringLiteral("1000"), QStringLiteral("a") });
        second.start(
            QStringLiteral(JOURNAL_WRITER_BINARY),
            { m_path, QStringLiteral("changes"), QStringLiteral("1000"), QStringLiteral("b") });
        const bool done = first.waitForFinished(240000) && second.waitForFinished(240000);
        if (!done) {
            first.kill();
            second.kill();
            first.waitForFinished();
            second.waitForFinished();
        }
        QVERIFY(done);
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        ChangeJournal journal(m_path);
        QVERIFY(journal.open());
        const QList<JournalChange> changes = journal.changes({});
        QCOMPARE(changes.size(), 2000);
        QSet<QString> users;
        for (const JournalChange &change : changes) {
            QCOMPARE(change.state(), QStringLiteral("changed"));
            users.insert(change.intent.userId);
        }
        QCOMPARE(users.size(), 2000);
        const JournalVerifier::Result result = JournalVerifier::verify(journal);
        QVERIFY2(result.intact, qPrintable(result.problem));
        QCOMPARE(result.entries, 4000);
    }

    void programsStartingAtOnceShareANewJournal()
    {
        // Two programs (the CLI in two terminals, the app and the CLI) that open a journal no
        // one has made yet: one creates it, the other waits and uses it. One of them used to
        // keep a read open while it waited to write, and SQLite ended that deadlock by failing
        // it at once ("database is locked"), about once in a hundred starts.
        constexpr int rounds = 60;
        constexpr int programs = 3;
        for (int round = 0; round < rounds; ++round) {
            const QString path = m_dir->filePath(QStringLiteral("race-%1.sqlite").arg(round));
            std::atomic<int> waiting { programs };
            QMutex problemsLock;
            QStringList problems;
            QList<QThread *> threads;
            for (int program = 0; program < programs; ++program) {
                threads.append(QThread::create([&] {
                    ChangeJournal journal(path);
                    // Each starts when all are ready, so that their opens overlap.
                    --waiting;
                    while (waiting.load() > 0)
                        QThread::yieldCurrentThread();
                    if (!journal.open()) {
                        const QMutexLocker locked(&problemsLock);
                        problems.append(journal.errorString());
                    }
                }));
            }
            for (QThread *thread : threads)
                thread->start();
            for (QThread *thread : threads) {
                thread->wait();
                delete thread;
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void aKilledProcessLeavesAnUnknownOutcome()
    {
        QProcess writer;
        writer.start(QStringLiteral(JOURNAL_WRITER_BINARY), { m_path, QStringLiteral("hang") });
        QVERIFY(writer.waitForStarted());
        QVERIFY(QTest::qWaitFor([&writer] { return writer.canReadLine(); }, 20000));
        {
            // While its process runs, the intent is not abandoned: its answer may still come.
            ChangeJournal journal(m_path);
            QVERIFY(journal.open());
            QVERIFY(journal.closeAbandoned().isEmpty());
            QCOMPARE(journal.changes({}).constFirst().state(), QStringLiteral("pending"));
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));

        ChangeJournal journal(m_path);
        QVERIFY(journal.open());
        const QList<JournalChange> abandoned = journal.closeAbandoned();
        QCOMPARE(abandoned.size(), 1);
        QCOMPARE(abandoned.constFirst().intent.userId, QStringLiteral("killed"));
        QCOMPARE(journal.changes({}).constFirst().state(), QStringLiteral("unknown"));
        QVERIFY(journal.closeAbandoned().isEmpty()); // reported once
        QVERIFY(JournalVerifier::verify(journal).intact);
    }

    void foreignOrDamagedFilesAreNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("problem");
        QTest::newRow("text file")
            << QByteArray("my notes, not a database\n") << QString() << "not a database";
        QTest::newRow("another program's database")
            << QByteArray() << "CREATE TABLE invoices (id INTEGER)"
            << "another program";
        QByteArray truncated("SQLite format 3\0", 16);
        truncated.append(QByteArray(200, '\x7f'));
        QTest::newRow("damaged database") << truncated << QString() << "";
    }

    void foreignOrDamagedFilesAreNeverOverwritten()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, setup);
        QFETCH(QString, problem);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        if (!setup.isEmpty()) {
            QVERIFY(tamper(m_path, setup));
        } else {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        QFile before(m_path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();

        ChangeJournal journal(m_path);
        QVERIFY(!journal.open());
        QVERIFY2(journal.errorString().contains(m_path), qPrintable(journal.errorString()));
        if (!problem.isEmpty())
            QVERIFY2(journal.errorString().contains(problem), qPrintable(journal.errorString()));
        QCOMPARE(journal.recordIntent(intentFor(QStringLiteral("1"), QStringLiteral("x@y.z"))), 0);
        QFile after(m_path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_ChangeJournal)
#include "tst_changejournal.moc"
