#include "tst_secretcanaries_desktop.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

/// Every message the program logged (all levels, with its category).
QByteArray messageLog;
/// The mock server may answer on other threads, and log there.
QMutex messageLogMutex;
QtMessageHandler testLogHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&messageLogMutex);
        messageLog += QByteArray(context.category ? context.category : "default") + ": "
            + message.toUtf8() + '\n';
    }
    // QtTest shows warnings and worse; the debug flood stays in the capture only.
    if (type != QtDebugMsg && type != QtInfoMsg && testLogHandler)
        testLogHandler(type, context, message);
}

} // namespace

void TstSecretCanariesDesktop::captureMessages()
{
    testLogHandler = qInstallMessageHandler(captureMessage);
}

QByteArray TstSecretCanariesDesktop::capturedMessages()
{
    const QMutexLocker locker(&messageLogMutex);
    return messageLog;
}

void TstSecretCanariesDesktop::closingTheWindowWritesTheSettings()
{
    QVERIFY(m_window);
    const QString last =
        m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText();
    QVERIFY(!last.isEmpty());
    QVERIFY(m_window->close());
    m_window.reset();
    QApplication::processEvents();
    QSettings settings;
    QCOMPARE(settings.fileName().left(m_root.size()), m_root);
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QVERIFY(!settings.allKeys().isEmpty());
}

void TstSecretCanariesDesktop::theSearchFindsAPlantedCanary_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("found");
    const MockCredentials c = SecretCanaries::credentials();
    const QByteArray key = c.gcoreApiKey.toUtf8();
    const QByteArray basic =
        QByteArray(c.acronisClientId.toUtf8() + ':' + c.acronisClientSecret.toUtf8()).toBase64();
    QTest::newRow("as text") << QByteArray("x=" + key + "\n") << QStringList { c.gcoreApiKey };
    QTest::newRow("in base64") << QByteArray("Basic " + key.toBase64())
                               << QStringList { c.gcoreApiKey };
    QTest::newRow("Basic credentials") << QByteArray("Authorization: Basic " + basic)
                                       << QStringList { QString::fromLatin1(basic) };
    QTest::newRow("an issued token")
        << QByteArray("Bearer zit-access-17") << QStringList { QStringLiteral("zit-access-") };
    // A code the mock mailed during the flows.
    const QByteArray code = m_mailedCodes.value(m_mailedCodes.size() - 1);
    QTest::newRow("a mailed code")
        << QByteArray("code:" + code + ";") << QStringList { QString::fromLatin1(code) };
    QTest::newRow("nothing secret") << QByteArray("profile gcore-api-key, 200 OK") << QStringList();
}

void TstSecretCanariesDesktop::theSearchFindsAPlantedCanary()
{
    // The same search as below, on a file planted deliberately in a private subfolder.
    QFETCH(QByteArray, content);
    QFETCH(QStringList, found);
    QVERIFY(m_canaries);
    const QString folder = m_root + QStringLiteral("/planted");
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/deeper/.hidden")));
    QFile planted(folder + QStringLiteral("/deeper/.hidden/planted.bin"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(QByteArray("\0\1", 2) + content + QByteArray("\0", 1));
    planted.close();
    const SecretCanaries::FolderSearch search = m_canaries->searchFolder(folder);
    QVERIFY(QDir(folder).removeRecursively());
    QCOMPARE(search.files, 1);
    QStringList expected;
    for (const QString &canary : found)
        expected.append(QStringLiteral("/deeper/.hidden/planted.bin: ") + canary);
    QCOMPARE(search.leaks, expected);
}

void TstSecretCanariesDesktop::noCanaryInAnyFileOrOutput()
{
    QVERIFY(m_canaries);
    // The flows ran: a profile per sign-in method, and the codes mailed for ZITADEL v1 and v2,
    // ZITADEL self-service and both CodeArts profiles.
    QCOMPARE(m_typedSecrets.size(), 10);
    QVERIFY2(m_mailedCodes.size() >= 5, qPrintable(QString::number(m_mailedCodes.size())));
    std::fflush(stderr);
    const QByteArray logged = capturedMessages();
    const SecretCanaries::FolderSearch search = m_canaries->searchFolder(m_root);
    const QStringList expected { QStringLiteral("/config/IdentityDesk/profiles.json"),
                                 QStringLiteral("/config/IdentityDesk/identitydesk.conf"),
                                 QStringLiteral("/data/IdentityDesk/journal.sqlite"),
                                 QStringLiteral("/output/stderr.txt") };
    for (const QString &file : expected)
        QVERIFY2(search.filePaths.contains(file),
                 qPrintable(search.filePaths.join(QLatin1Char(' '))));
    // Debug logging really was on and captured: the HTTP calls and a backend's debug line.
    QVERIFY(logged.contains("identitydesk.services.http: "));
    QVERIFY(logged.contains("identitydesk.services.zitadel: changed the email"));
    QStringList leaks = search.leaks;
    for (const QString &hit : m_canaries->hits(logged))
        leaks.append(QStringLiteral("logged: ") + hit);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TstSecretCanariesDesktop::onlyTheKeyringHoldsTheSecrets()
{
    QVERIFY(!m_typedSecrets.isEmpty());
    for (auto it = m_typedSecrets.cbegin(); it != m_typedSecrets.cend(); ++it) {
        // secret-tool reads the Secret Service directly, independently of QtKeychain.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     { QStringLiteral("lookup"), QStringLiteral("server"),
                       KeychainSecretStore::serviceName(), QStringLiteral("user"),
                       QStringLiteral("profile:") + it.key() });
        QVERIFY(lookup.waitForFinished(10000));
        QVERIFY2(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed() == it.value(),
                 qPrintable(it.key()));
    }
}

/// The private folders must be in place before QApplication and QSettings read them, so this
/// test has its own main().
int main(int argc, char *argv[])
{
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    for (const char *name : { "home", "config", "data", "cache", "state", "tmp", "output" })
        QDir().mkpath(root.filePath(QLatin1String(name)));
    qputenv("HOME", QFile::encodeName(root.filePath(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root.filePath(QStringLiteral("cache"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(root.filePath(QStringLiteral("state"))));
    qputenv("TMPDIR", QFile::encodeName(root.filePath(QStringLiteral("tmp"))));
    // The journal at its default place, inside the private data folder.
    qunsetenv("IDENTITYDESK_JOURNAL");
    qputenv("QT_LOGGING_RULES", "identitydesk.*=true");
    // Whatever anything writes to stderr (glib's and libsecret's warnings too) lands in a file
    // that the search reads; QtTest reports on stdout.
    const QByteArray stderrPath =
        QFile::encodeName(root.filePath(QStringLiteral("output/stderr.txt")));
    if (!std::freopen(stderrPath.constData(), "w", stderr))
        return 1;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IdentityDesk"));
    QApplication::setApplicationName(QStringLiteral("identitydesk"));
    TstSecretCanariesDesktop test(root.path());
    return QTest::qExec(&test, argc, argv);
}
