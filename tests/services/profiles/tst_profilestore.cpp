#include "MemorySecretStore.h"
#include "ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

ConnectionProfile gcoreProfile(const QString &name = QStringLiteral("Gcore"))
{
    ConnectionProfile profile;
    profile.name = name;
    profile.settings.kind = BackendKind::GcoreIam;
    profile.settings.baseUrl = QUrl(QStringLiteral("https://api.gcore.com"));
    profile.settings.authMethod = AuthMethod::ApiKey;
    return profile;
}

ConnectionProfile acronisProfile(const QString &name = QStringLiteral("Acronis"))
{
    ConnectionProfile profile;
    profile.name = name;
    profile.settings.kind = BackendKind::Acronis;
    profile.settings.baseUrl = QUrl(QStringLiteral("https://eu2-cloud.acronis.com"));
    profile.settings.authMethod = AuthMethod::ClientCredentials;
    profile.settings.principal = QStringLiteral("client-id-1");
    profile.settings.organisationId = QStringLiteral("tenant-1");
    profile.settings.timeoutMs = 45000;
    return profile;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/// Permission bits of `path` (e.g. 0600), or -1.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

quint64 inodeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return quint64(info.st_ino);
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray fileWith(const QJsonValue &version, const QJsonArray &profiles)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), version },
                                       { QStringLiteral("profiles"), profiles } })
        .toJson();
}

} // namespace

class TstProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A folder that does not exist yet: the store creates it on the first change.
        m_path = m_dir->filePath(QStringLiteral("config/IdentityDesk/profiles.json"));
    }

    void defaultPath()
    {
        const QString path = ProfileStore::defaultFilePath();
        // The same file whichever front end asks (the CLI and the desktop app share it).
        QCOMPARE(path,
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                     + u"/IdentityDesk/profiles.json");
        const QString before = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("another-front-end"));
        QCOMPARE(ProfileStore::defaultFilePath(), path);
        QCoreApplication::setApplicationName(before);
        QCOMPARE(ProfileStore().filePath(), path);
        QCOMPARE(ProfileStore(m_path).filePath(), m_path);
    }

    void missingFileIsEmpty()
    {
        ProfileStore store(m_path);
        QVERIFY(store.load());
        QVERIFY(store.profiles().isEmpty());
        QCOMPARE(store.error(), ProfileStore::Error::NoError);
        QVERIFY(!QFile::exists(m_path)); // loading never creates the file
    }

    void addAndReload()
    {
        ProfileStore store(m_path);
        QVERIFY(store.load());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY2(store.add(gcoreProfile()), qPrintable(store.errorString()));
        QVERIFY2(store.add(acronisProfile()), qPrintable(store.errorString()));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(store.names(),
                 (QStringList { QStringLiteral("Gcore"), QStringLiteral("Acronis") }));
        QVERIFY(store.contains(QStringLiteral("Acronis")));
        QCOMPARE(store.find(QStringLiteral("Acronis")), std::optional(acronisProfile()));
        QVERIFY(!store.find(QStringLiteral("acronis"))); // names are exact

        // The file is the documented format.
        const QJsonObject root = QJsonDocument::fromJson(contents(m_path)).object();
        QCOMPARE(root.value(u"version").toInt(), 1);
        const QJsonArray list = root.value(u"profiles").toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject(), gcoreProfile().toJson());
        QCOMPARE(list.at(1).toObject(), acronisProfile().toJson());

        ProfileStore other(m_path);
        QVERIFY(other.load());
        QCOMPARE(other.profiles(), store.profiles());
    }

    void addRejectsDuplicatesAndInvalidProfiles()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(gcoreProfile()));
        const QByteArray before = contents(m_path);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        ConnectionProfile same = acronisProfile(QStringLiteral("Gcore"));
        QVERIFY(!store.add(same));
        QCOMPARE(store.error(), ProfileStore::Error::DuplicateName);
        QVERIFY(store.errorString().contains(u"\"Gcore\" already exists"));

        ConnectionProfile bad = gcoreProfile(QStringLiteral("Bad"));
        bad.settings.baseUrl = QUrl(QStringLiteral("http://api.gcore.com"));
        bad.settings.timeoutMs = 5;
        QVERIFY(!store.add(bad));
        QCOMPARE(store.error(), ProfileStore::Error::InvalidProfile);
        QCOMPARE(store.problems().size(), 2);
        QCOMPARE(store.problems().at(0).field, QStringLiteral("baseUrl"));
        QCOMPARE(store.problems().at(1).field, QStringLiteral("timeoutMs"));
        QVERIFY(store.errorString().contains(u"baseUrl: "));

        QCOMPARE(contents(m_path), before);
        QCOMPARE(store.names(), QStringList { QStringLiteral("Gcore") });
        QCOMPARE(changed.count(), 0);

        // A later success clears the error.
        QVERIFY(store.add(acronisProfile()));
        QCOMPARE(store.error(), ProfileStore::Error::NoError);
        QVERIFY(store.errorString().isEmpty());
        QVERIFY(store.problems().isEmpty());
    }

    void replaceAndRename()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(gcoreProfile()));
        QVERIFY(store.add(acronisProfile()));

        ConnectionProfile changed = gcoreProfile();
        changed.settings.baseUrl = QUrl(QStringLiteral("https://api.preprod.world"));
        changed.settings.timeoutMs = 20000;
        QVERIFY2(store.replace(QStringLiteral("Gcore"), changed), qPrintable(store.errorString()));

        ConnectionProfile renamed = changed;
        renamed.name = QStringLiteral("Gcore preprod");
        QVERIFY(store.replace(QStringLiteral("Gcore"), renamed));
        QCOMPARE(store.names(),
                 (QStringList { QStringLiteral("Gcore preprod"), QStringLiteral("Acronis") }));

        // Renaming onto another profile's name, or replacing a missing one, fails.
        QVERIFY(!store.replace(QStringLiteral("Gcore preprod"), acronisProfile()));
        QCOMPARE(store.error(), ProfileStore::Error::DuplicateName);
        QVERIFY(!store.replace(QStringLiteral("Gcore"), changed));
        QCOMPARE(store.error(), ProfileStore::Error::NotFound);
        QVERIFY(store.errorString().contains(u"\"Gcore\""));
        ConnectionProfile invalid = renamed;
        invalid.settings.baseUrl = QUrl();
        QVERIFY(!store.replace(QStringLiteral("Gcore preprod"), invalid));
        QCOMPARE(store.error(), ProfileStore::Error::InvalidProfile);

        ProfileStore reloaded(m_path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.profiles(), (QList<ConnectionProfile> { renamed, acronisProfile() }));
    }

    void remove()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(gcoreProfile()));
        QVERIFY(store.add(acronisProfile()));
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.remove(QStringLiteral("Gcore")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!store.remove(QStringLiteral("Gcore")));
        QCOMPARE(store.error(), ProfileStore::Error::NotFound);
        QCOMPARE(changed.count(), 1);

        ProfileStore reloaded(m_path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.names(), QStringList { QStringLiteral("Acronis") });
        QVERIFY(reloaded.remove(QStringLiteral("Acronis")));
        QVERIFY(reloaded.profiles().isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(contents(m_path)).object().value(u"profiles").toArray().size(),
            0);
    }

    void changesFromAnotherProcessAreKept()
    {
        // Two stores on one file, like the GUI and the CLI: neither loses the other's change.
        ProfileStore gui(m_path);
        ProfileStore cli(m_path);
        QVERIFY(gui.load());
        QVERIFY(cli.load());
        QVERIFY(cli.add(acronisProfile()));
        QVERIFY(gui.add(gcoreProfile()));
        QCOMPARE(gui.names(), (QStringList { QStringLiteral("Acronis"), QStringLiteral("Gcore") }));
        QVERIFY(!gui.add(acronisProfile())); // it knows about the CLI's profile now
        QCOMPARE(gui.error(), ProfileStore::Error::DuplicateName);
        QVERIFY(cli.load());
        QCOMPARE(cli.profiles(), gui.profiles());
    }

    void fileIsPrivate()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(gcoreProfile()));
        QCOMPARE(modeOf(m_path), 0600);

        // Even when the existing file was readable by others, the rewrite is 0600.
        QVERIFY(QFile::setPermissions(m_path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(m_path), 0644);
        QVERIFY(store.add(acronisProfile()));
        QCOMPARE(modeOf(m_path), 0600);
    }

    void writesReplaceTheFileAtomically()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(gcoreProfile()));
        const QByteArray before = contents(m_path);
        const quint64 inodeBefore = inodeOf(m_path);
        QFile reader(m_path);
        QVERIFY(reader.open(QIODevice::ReadOnly));

        QVERIFY(store.add(acronisProfile()));
        // The new content went to a new file renamed over the old one: a reader that opened
        // the old file still sees all of it, never a truncated or half-written mix.
        QVERIFY(inodeOf(m_path) != inodeBefore);
        QCOMPARE(reader.readAll(), before);
        QVERIFY(contents(m_path) != before);
        // No temporary files are left next to it.
        QCOMPARE(entriesOf(QFileInfo(m_path).absolutePath()),
                 QStringList { QStringLiteral("profiles.json") });
    }

    void failedWriteLeavesTheOldFile()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(gcoreProfile()));
        const QByteArray before = contents(m_path);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        // Make the write itself fail half-way: limit this process's file size to just above the
        // current file, so the larger new file hits EFBIG (works for root too, unlike modes).
        ConnectionProfile big = acronisProfile();
        big.settings.principal = QString(4000, u'c');
        struct rlimit saved
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        struct rlimit limited = saved;
        limited.rlim_cur = rlim_t(before.size() + 100);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool added = store.add(big);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!added);
        QCOMPARE(store.error(), ProfileStore::Error::Io);
        QVERIFY2(store.errorString().contains(QDir::toNativeSeparators(m_path)),
                 qPrintable(store.errorString()));
        QCOMPARE(contents(m_path), before);
        QCOMPARE(store.names(), QStringList { QStringLiteral("Gcore") });
        QCOMPARE(changed.count(), 0);
        QCOMPARE(entriesOf(QFileInfo(m_path).absolutePath()),
                 QStringList { QStringLiteral("profiles.json") });
    }

    void unwritableLocation()
    {
        // A file where the folder should be: the folder cannot be created.
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QVERIFY(writeFile(blocker, "x"));
        ProfileStore store(blocker + u"/profiles.json");
        QVERIFY(store.load());
        QVERIFY(!store.add(gcoreProfile()));
        QCOMPARE(store.error(), ProfileStore::Error::Io);
        QVERIFY(store.profiles().isEmpty());

        // A folder where the file should be.
        QVERIFY(QDir().mkpath(m_path));
        ProfileStore folder(m_path);
        QVERIFY(!folder.load());
        QCOMPARE(folder.error(), ProfileStore::Error::Io);
        QVERIFY(!folder.add(gcoreProfile()));
        QCOMPARE(folder.error(), ProfileStore::Error::Io);
    }

    void damagedFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<ProfileStore::Error>("error");
        QTest::addColumn<QString>("says");

        const QJsonObject valid = gcoreProfile().toJson();
        QJsonObject insecure = valid;
        insecure.insert(QStringLiteral("baseUrl"), QStringLiteral("http://api.gcore.com"));
        QJsonObject unnamed = valid;
        unnamed.remove(QStringLiteral("name"));

        QTest::newRow("empty file")
            << QByteArray() << ProfileStore::Error::Corrupt << "not valid JSON";
        QTest::newRow("not json") << QByteArray("{\"version\": 1, \"profiles\": [")
                                  << ProfileStore::Error::Corrupt << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << ProfileStore::Error::Corrupt
                               << "not a JSON object";
        QTest::newRow("no version") << QByteArray(R"({"profiles": []})")
                                    << ProfileStore::Error::Corrupt << "no \"version\" field";
        QTest::newRow("version as text")
            << fileWith(QStringLiteral("1"), {}) << ProfileStore::Error::Corrupt
            << "\"version\" is not a whole number";
        QTest::newRow("newer version")
            << fileWith(2, { valid }) << ProfileStore::Error::UnsupportedVersion
            << "format version 2, but this IdentityDesk only reads version 1";
        QTest::newRow("version 0")
            << fileWith(0, {}) << ProfileStore::Error::UnsupportedVersion << "format version 0";
        QTest::newRow("no profiles") << QByteArray(R"({"version": 1})")
                                     << ProfileStore::Error::Corrupt << "\"profiles\" is missing";
        QTest::newRow("entry not an object")
            << fileWith(1, { valid, 5 }) << ProfileStore::Error::Corrupt
            << "entry 2 is not a profile";
        QTest::newRow("invalid profile")
            << fileWith(1, { insecure }) << ProfileStore::Error::Corrupt
            << "profile \"Gcore\": baseUrl: The base URL must use https://";
        QTest::newRow("profile without name")
            << fileWith(1, { unnamed }) << ProfileStore::Error::Corrupt << "entry 1: name: ";
        QTest::newRow("duplicate names")
            << fileWith(1, { valid, valid }) << ProfileStore::Error::Corrupt
            << "the name \"Gcore\" is used twice";
    }
    void damagedFileIsReportedAndKept()
    {
        QFETCH(QByteArray, data);
        QFETCH(ProfileStore::Error, error);
        QFETCH(QString, says);
        QVERIFY(writeFile(m_path, data));

        ProfileStore store(m_path);
        QVERIFY(!store.load());
        QCOMPARE(store.error(), error);
        QVERIFY2(store.errorString().contains(says), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QDir::toNativeSeparators(m_path)));
        QVERIFY(store.errorString().contains(u"will not change it"));
        QVERIFY(store.profiles().isEmpty());

        // Every change is refused with the same error, and the file stays exactly as it was.
        QVERIFY(!store.add(acronisProfile()));
        QCOMPARE(store.error(), error);
        QVERIFY(!store.replace(QStringLiteral("Gcore"), gcoreProfile()));
        QCOMPARE(store.error(), error);
        QVERIFY(!store.remove(QStringLiteral("Gcore")));
        QCOMPARE(store.error(), error);
        QCOMPARE(contents(m_path), data);
        QCOMPARE(entriesOf(QFileInfo(m_path).absolutePath()),
                 QStringList { QStringLiteral("profiles.json") });
    }

    void caCertificatesFileRoundTrip()
    {
        QFile source(QFINDTESTDATA("../../data/selfsigned-test.crt"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString caPath = m_dir->filePath(QStringLiteral("company-ca.pem"));
        QFile ca(caPath);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(source.readAll());
        ca.close();

        ConnectionProfile profile = gcoreProfile();
        profile.settings.caCertificatesFile = caPath;
        ProfileStore store(m_path);
        QVERIFY(store.load());
        QVERIFY2(store.add(profile), qPrintable(store.errorString()));
        QVERIFY(contents(m_path).contains(caPath.toUtf8()));
        ProfileStore other(m_path);
        QVERIFY(other.load());
        QCOMPARE(other.find(profile.name), std::optional(profile));

        // A CA file that goes away leaves the profile file readable; a change that still names
        // it is refused with the problem beside the field.
        QVERIFY(QFile::remove(caPath));
        QVERIFY2(other.load(), qPrintable(other.errorString()));
        QCOMPARE(other.find(profile.name), std::optional(profile));
        QVERIFY(!other.replace(profile.name, profile));
        QCOMPARE(other.error(), ProfileStore::Error::InvalidProfile);
        QCOMPARE(other.problems().value(0).field, QStringLiteral("caCertificatesFile"));
    }

    void fileNeverHoldsSecrets()
    {
        // The app's flow: profile to the store, secret to a secret store under the same name.
        const QString secret = QStringLiteral("gc-api-key-7c1f0e92b4d8-DO-NOT-STORE");
        ProfileStore store(m_path);
        MemorySecretStore secrets;
        ConnectionProfile profile = acronisProfile();
        QVERIFY(store.add(profile));
        SecretJob *job = secrets.write(profile.name, secret);
        QSignalSpy done(job, &SecretJob::finished);
        QVERIFY(done.wait());
        QVERIFY(store.replace(profile.name, profile));

        // A secret pasted into the URL is refused and never reaches the file.
        ConnectionProfile sneaky = gcoreProfile();
        sneaky.settings.baseUrl = QUrl(u"https://admin:" + secret + u"@api.gcore.com");
        QVERIFY(!store.add(sneaky));
        QCOMPARE(store.problems().value(0).field, QStringLiteral("baseUrl"));
        QVERIFY(!store.errorString().contains(secret));

        const QByteArray file = contents(m_path);
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(secret.toUtf8()));
        QVERIFY(!file.contains("DO-NOT-STORE"));
        QVERIFY(file.contains("client-id-1")); // the check reads the real file
    }
};

QTEST_GUILESS_MAIN(TstProfileStore)
#include "tst_profilestore.moc"
