#include "MemorySecretStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

/// What a finished SecretJob reported, captured in a slot (the job deletes itself afterwards).
struct Outcome
{
    bool finished = false;
    int finishedCount = 0;
    SecretJob::Error error = SecretJob::Error::NoError;
    QString message;
    QString secret;
};

Outcome run(SecretJob *job)
{
    Outcome outcome;
    QObject::connect(job, &SecretJob::finished, job, [job, &outcome] {
        outcome.finished = true;
        ++outcome.finishedCount;
        outcome.error = job->error();
        outcome.message = job->errorString();
        outcome.secret = job->secret();
    });
    QPointer<SecretJob> guard(job);
    if (!QTest::qWaitFor([&] { return outcome.finished; }, 5000))
        qWarning("SecretJob did not finish");
    // The job deletes itself once finished has been delivered.
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 5000))
        qWarning("SecretJob was not deleted after finishing");
    return outcome;
}

} // namespace

class TstMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        const QString name = QStringLiteral("Production");
        QCOMPARE(run(store.write(name, QStringLiteral("first-secret"))).error,
                 SecretJob::Error::NoError);
        QCOMPARE(store.count(), 1);

        Outcome read = run(store.read(name));
        QCOMPARE(read.error, SecretJob::Error::NoError);
        QCOMPARE(read.secret, QStringLiteral("first-secret"));
        QVERIFY(read.message.isEmpty());

        QCOMPARE(run(store.write(name, QStringLiteral("second-secret"))).error,
                 SecretJob::Error::NoError);
        QCOMPARE(store.count(), 1);
        QCOMPARE(run(store.read(name)).secret, QStringLiteral("second-secret"));

        QCOMPARE(run(store.remove(name)).error, SecretJob::Error::NoError);
        QCOMPARE(store.count(), 0);
        read = run(store.read(name));
        QCOMPARE(read.error, SecretJob::Error::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.message.contains(u"\"Production\""), qPrintable(read.message));
        QVERIFY(!read.message.contains(u"second-secret"));
    }

    void profilesAreSeparate()
    {
        MemorySecretStore store;
        const QString unicode = QStringLiteral("Kunde \u00c4 / prod:eu \U0001F511");
        QCOMPARE(run(store.write(QStringLiteral("a"), QStringLiteral("secret-a"))).error,
                 SecretJob::Error::NoError);
        QCOMPARE(run(store.write(unicode, QStringLiteral("p\u00e4ss w\u00f6rd"))).error,
                 SecretJob::Error::NoError);
        QCOMPARE(run(store.read(QStringLiteral("a"))).secret, QStringLiteral("secret-a"));
        QCOMPARE(run(store.read(unicode)).secret, QStringLiteral("p\u00e4ss w\u00f6rd"));
        QCOMPARE(run(store.read(QStringLiteral("A"))).error, SecretJob::Error::NotFound);
        QCOMPARE(run(store.remove(QStringLiteral("a"))).error, SecretJob::Error::NoError);
        QCOMPARE(run(store.read(unicode)).secret, QStringLiteral("p\u00e4ss w\u00f6rd"));

        // Another store instance shares nothing.
        MemorySecretStore other;
        QCOMPARE(run(other.read(unicode)).error, SecretJob::Error::NotFound);

        store.clear();
        QCOMPARE(run(store.read(unicode)).error, SecretJob::Error::NotFound);
    }

    void removeOfMissingSecretSucceeds()
    {
        MemorySecretStore store;
        const Outcome outcome = run(store.remove(QStringLiteral("never-written")));
        QCOMPARE(outcome.error, SecretJob::Error::NoError);
        QVERIFY(outcome.message.isEmpty());
    }

    void badRequests_data()
    {
        QTest::addColumn<SecretJob::Operation>("operation");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("says");
        QTest::newRow("read without name")
            << SecretJob::Operation::Read << QString() << QString() << "No profile name";
        QTest::newRow("write without name")
            << SecretJob::Operation::Write << QString() << QStringLiteral("s") << "No profile name";
        QTest::newRow("remove without name")
            << SecretJob::Operation::Remove << QString() << QString() << "No profile name";
        QTest::newRow("empty secret") << SecretJob::Operation::Write << QStringLiteral("p")
                                      << QString() << "is empty; nothing was stored";
    }
    void badRequests()
    {
        QFETCH(SecretJob::Operation, operation);
        QFETCH(QString, name);
        QFETCH(QString, secret);
        QFETCH(QString, says);
        MemorySecretStore store;
        SecretJob *job = nullptr;
        switch (operation) {
        case SecretJob::Operation::Read:
            job = store.read(name);
            break;
        case SecretJob::Operation::Write:
            job = store.write(name, secret);
            break;
        case SecretJob::Operation::Remove:
            job = store.remove(name);
            break;
        }
        QCOMPARE(job->operation(), operation);
        const Outcome outcome = run(job);
        QCOMPARE(outcome.error, SecretJob::Error::Failed);
        QVERIFY2(outcome.message.contains(says), qPrintable(outcome.message));
        QCOMPARE(store.count(), 0);
    }

    void reportsFromTheEventLoopOnlyOnce()
    {
        MemorySecretStore store;
        SecretJob *job = store.write(QStringLiteral("p"), QStringLiteral("s"));
        QCOMPARE(job->parent(), &store);
        QCOMPARE(job->profileName(), QStringLiteral("p"));
        QCOMPARE(job->operation(), SecretJob::Operation::Write);
        // Already decided, but not reported yet: a caller can still connect.
        QVERIFY(job->isFinished());
        QSignalSpy spy(job, &SecretJob::finished);
        QCOMPARE(spy.count(), 0);
        QPointer<SecretJob> guard(job);
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, 1000));
    }

    void laterResultsAreIgnored()
    {
        MemorySecretStore store;
        SecretJob *job = store.read(QStringLiteral("missing"));
        // A store bug that finishes twice must not change the reported result.
        job->succeed(QStringLiteral("late"));
        job->fail(SecretJob::Error::Unavailable, QStringLiteral("late"));
        const Outcome outcome = run(job);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error, SecretJob::Error::NotFound);
        QVERIFY(outcome.secret.isEmpty());
    }

    void names()
    {
        QCOMPARE(SecretJob::errorName(SecretJob::Error::NoError), QStringLiteral("none"));
        QCOMPARE(SecretJob::errorName(SecretJob::Error::NotFound), QStringLiteral("not-found"));
        QCOMPARE(SecretJob::errorName(SecretJob::Error::Unavailable),
                 QStringLiteral("unavailable"));
        QCOMPARE(SecretJob::errorName(SecretJob::Error::Failed), QStringLiteral("failed"));
        QVERIFY(!MemorySecretStore().description().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMemorySecretStore)
#include "tst_memorysecretstore.moc"
