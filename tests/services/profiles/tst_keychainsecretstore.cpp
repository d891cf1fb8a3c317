// Runs against a REAL gnome-keyring in a private D-Bus session: start it through
// tests/with-keyring.sh (CTest does). Run directly, it skips rather than touch your own keyring.
#include "KeychainSecretStore.h"

#include <QDirIterator>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char privateKeyringVariable[] = "IDENTITYDESK_PRIVATE_KEYRING";
const char noBusChildVariable[] = "IDENTITYDESK_NO_BUS_CHILD";

struct Outcome
{
    bool finished = false;
    SecretJob::Error error = SecretJob::Error::NoError;
    QString message;
    QString secret;
};

Outcome run(SecretJob *job)
{
    Outcome outcome;
    QObject::connect(job, &SecretJob::finished, job, [job, &outcome] {
        outcome.finished = true;
        outcome.error = job->error();
        outcome.message = job->errorString();
        outcome.secret = job->secret();
    });
    QPointer<SecretJob> guard(job);
    if (!QTest::qWaitFor([&] { return outcome.finished; }, 20000))
        qWarning("SecretJob did not finish");
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 5000))
        qWarning("SecretJob was not deleted after finishing");
    return outcome;
}

/// What secret-tool (libsecret's command line, independent of QtKeychain) finds in the keyring.
struct Lookup
{
    int exitCode = -1;
    QByteArray output;
};

Lookup secretToolLookup(const QString &profileName)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               { QStringLiteral("lookup"), QStringLiteral("server"),
                 KeychainSecretStore::serviceName(), QStringLiteral("user"),
                 KeychainSecretStore::keyFor(profileName) });
    if (!tool.waitForFinished(20000))
        return {};
    return { tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1,
             tool.readAllStandardOutput() };
}

bool secretToolStore(const QString &profileName, const QByteArray &secret)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               { QStringLiteral("store"), QStringLiteral("--label=stored by secret-tool"),
                 QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain"),
                 QStringLiteral("server"), KeychainSecretStore::serviceName(),
                 QStringLiteral("user"), KeychainSecretStore::keyFor(profileName),
                 QStringLiteral("type"), QStringLiteral("plaintext") });
    if (!tool.waitForStarted(5000))
        return false;
    tool.write(secret);
    tool.closeWriteChannel();
    return tool.waitForFinished(20000) && tool.exitStatus() == QProcess::NormalExit
        && tool.exitCode() == 0;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TstKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    static bool isNoBusChild() { return qEnvironmentVariableIsSet(noBusChildVariable); }

private slots:
    void initTestCase()
    {
        if (isNoBusChild())
            return;
        if (qEnvironmentVariable(privateKeyringVariable) != u"1")
            QSKIP("Run through tests/with-keyring.sh (as CTest does): this test writes to the "
                  "keyring of the current D-Bus session.");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool (libsecret-tools) is needed for the cross-checks");
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    }

    void writeReadOverwriteRemove()
    {
        if (isNoBusChild())
            QSKIP("parent-only test");
        KeychainSecretStore store;
        const QString name = QStringLiteral("Production EU");
        const QString first = QStringLiteral("gc-key-0001-first");
        const QString second = QStringLiteral("gc-key-0002-second");

        Outcome outcome = run(store.write(name, first));
        QVERIFY2(outcome.error == SecretJob::Error::NoError, qPrintable(outcome.message));
        // The secret really is in the keyring, where other tools find it.
        Lookup lookup = secretToolLookup(name);
        QCOMPARE(lookup.exitCode, 0);
        QCOMPARE(QString::fromUtf8(lookup.output), first);

        outcome = run(store.read(name));
        QCOMPARE(outcome.error, SecretJob::Error::NoError);
        QCOMPARE(outcome.secret, first);

        QCOMPARE(run(store.write(name, second)).error, SecretJob::Error::NoError);
        QCOMPARE(run(store.read(name)).secret, second);
        lookup = secretToolLookup(name);
        QCOMPARE(QString::fromUtf8(lookup.output), second);

        QCOMPARE(run(store.remove(name)).error, SecretJob::Error::NoError);
        lookup = secretToolLookup(name);
        QCOMPARE(lookup.exitCode, 1);
        QVERIFY(lookup.output.isEmpty());

        outcome = run(store.read(name));
        QCOMPARE(outcome.error, SecretJob::Error::NotFound);
        QVERIFY(outcome.secret.isEmpty());
        QVERIFY2(outcome.message.contains(u"\"Production EU\""), qPrintable(outcome.message));
        QVERIFY(!outcome.message.contains(second));
    }

    void readsWhatOtherToolsStored()
    {
        if (isNoBusChild())
            QSKIP("parent-only test");
        const QString name = QStringLiteral("stored-elsewhere");
        QVERIFY(secretToolStore(name, QByteArrayLiteral("from-secret-tool")));
        KeychainSecretStore store;
        const Outcome outcome = run(store.read(name));
        QVERIFY2(outcome.error == SecretJob::Error::NoError, qPrintable(outcome.message));
        QCOMPARE(outcome.secret, QStringLiteral("from-secret-tool"));
        QCOMPARE(run(store.remove(name)).error, SecretJob::Error::NoError);
    }

    void removeOfMissingSecretSucceeds()
    {
        if (isNoBusChild())
            QSKIP("parent-only test");
        KeychainSecretStore store;
        QCOMPARE(run(store.remove(QStringLiteral("never-written"))).error,
                 SecretJob::Error::NoError);
        QCOMPARE(run(store.read(QStringLiteral("never-written"))).error,
                 SecretJob::Error::NotFound);
    }

    void profilesAreSeparateAndUnicodeSurvives()
    {
        if (isNoBusChild())
            QSKIP("parent-only test");
        KeychainSecretStore store;
        const QString a = QStringLiteral("Kunde \u00c4 / prod:eu");
        const QString b = QStringLiteral("kunde \u00e4 / prod:eu");
        const QString secretA = QStringLiteral("p\u00e4ss w\u00f6rd \U0001F511");
        // Both writes in flight at once.
        SecretJob *writeA = store.write(a, secretA);
        SecretJob *writeB = store.write(b, QStringLiteral("secret-b"));
        QCOMPARE(run(writeA).error, SecretJob::Error::NoError);
        QCOMPARE(run(writeB).error, SecretJob::Error::NoError);
        QCOMPARE(run(store.read(a)).secret, secretA);
        QCOMPARE(run(store.read(b)).secret, QStringLiteral("secret-b"));
        QCOMPARE(QString::fromUtf8(secretToolLookup(a).output), secretA);
        QCOMPARE(run(store.remove(a)).error, SecretJob::Error::NoError);
        QCOMPARE(run(store.read(b)).secret, QStringLiteral("secret-b"));
        QCOMPARE(run(store.remove(b)).error, SecretJob::Error::NoError);
    }

    void badRequestsAreRejectedBeforeTheKeyring()
    {
        if (isNoBusChild())
            QSKIP("parent-only test");
        KeychainSecretStore store;
        QCOMPARE(run(store.write(QString(), QStringLiteral("s"))).error, SecretJob::Error::Failed);
        QCOMPARE(run(store.write(QStringLiteral("p"), QString())).error, SecretJob::Error::Failed);
        QCOMPARE(secretToolLookup(QStringLiteral("p")).exitCode, 1);
        QCOMPARE(KeychainSecretStore::keyFor(QStringLiteral("x y")), QStringLiteral("profile:x y"));
        QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("IdentityDesk"));
        QVERIFY(!store.description().isEmpty());
    }

    /// Re-runs this binary (only childWithoutBus) with no D-Bus session at all, inside an
    /// empty sandbox HOME, and checks that it saw Unavailable and wrote nothing to disk.
    void withoutKeyringNothingIsStored()
    {
        if (isNoBusChild())
            QSKIP("parent-only test");
        QTemporaryDir sandbox;
        QVERIFY(sandbox.isValid());
        const QStringList folders { QStringLiteral("home"), QStringLiteral("config"),
                                    QStringLiteral("data"), QStringLiteral("cache"),
                                    QStringLiteral("runtime") };
        for (const QString &folder : folders)
            QVERIFY(QDir(sandbox.path()).mkpath(folder));
        QVERIFY(QFile::setPermissions(sandbox.filePath(QStringLiteral("runtime")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DBUS_STARTER_ADDRESS"),
               QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
               QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("KDE_SESSION_VERSION"),
               QString::fromLatin1(privateKeyringVariable) })
            env.remove(name);
        env.insert(QStringLiteral("HOME"), sandbox.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), sandbox.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), sandbox.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), sandbox.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), sandbox.filePath(QStringLiteral("runtime")));
        env.insert(QString::fromLatin1(noBusChildVariable), QStringLiteral("1"));

        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(sandbox.filePath(QStringLiteral("home")));
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("childWithoutBus") });
        QVERIFY(child.waitForFinished(40000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("PASS   : TstKeychainSecretStore::childWithoutBus()"),
                 output.constData());
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("QINFO"))
                qInfo("child: %s", line.constData());
        }
        // Never logged, and not stored in this (working) keyring either.
        QVERIFY(!output.contains(childSecret()));
        QCOMPARE(secretToolLookup(childProfile()).exitCode, 1);

        const QStringList written = filesUnder(sandbox.path());
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u", ")));
    }

    /// Runs only in the child started above, which has no D-Bus session bus.
    void childWithoutBus()
    {
        if (!isNoBusChild())
            QSKIP("runs only in the child process of withoutKeyringNothingIsStored");
        QVERIFY(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        KeychainSecretStore store;
        const QString prefix = QStringLiteral("No secret service (keyring) is available: ");

        Outcome outcome = run(store.write(childProfile(), QString::fromLatin1(childSecret())));
        QCOMPARE(outcome.error, SecretJob::Error::Unavailable);
        QVERIFY2(outcome.message.startsWith(prefix), qPrintable(outcome.message));
        QVERIFY2(outcome.message.endsWith(u". The secret was not stored."),
                 qPrintable(outcome.message));
        // QtKeychain's own detail is passed on between the two fixed sentences.
        QVERIFY(outcome.message.size()
                > prefix.size() + QStringLiteral(". The secret was not stored.").size());
        QVERIFY(!outcome.message.contains(QString::fromLatin1(childSecret())));
        qInfo("write without a bus: %s", qPrintable(outcome.message));

        outcome = run(store.read(childProfile()));
        QCOMPARE(outcome.error, SecretJob::Error::Unavailable);
        QVERIFY2(outcome.message.startsWith(prefix), qPrintable(outcome.message));
        QVERIFY2(outcome.message.endsWith(u"The secret could not be read."),
                 qPrintable(outcome.message));
        QVERIFY(outcome.secret.isEmpty());

        outcome = run(store.remove(childProfile()));
        QCOMPARE(outcome.error, SecretJob::Error::Unavailable);
        QVERIFY2(outcome.message.endsWith(u"The secret was not removed."),
                 qPrintable(outcome.message));
    }

private:
    static QString childProfile() { return QStringLiteral("no-bus-profile"); }
    static QByteArray childSecret() { return QByteArrayLiteral("no-bus-secret-5d41402abc4b"); }
};

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
