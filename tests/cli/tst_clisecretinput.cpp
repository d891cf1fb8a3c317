#include "MockServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

/// Secrets for headless scripts: from an open file descriptor (--secret-fd N) or from the
/// environment variable a profile names, never from the command line and never in any output,
/// even with every debug log on.
class TstCliSecretInput : public QObject
{
    Q_OBJECT

private:
    /// A canary: the mock's Gcore API key, searched for in everything the CLI prints.
    const QString m_secret = QStringLiteral("canary-secret-5d1f0c7e");
    std::unique_ptr<MockServer> m_server;
    QTemporaryDir m_config;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// identitydesk-cli with `fdContent` (if any) on file descriptor 3 and the given variables,
    /// every debug log on.
    Run run(const QStringList &arguments, const QByteArray &fdContent = {},
            const QHash<QString, QString> &variables = {}) const
    {
        int fd = -1;
        if (!fdContent.isNull()) {
            const QString path = m_config.filePath(QStringLiteral("secret-on-fd.txt"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(fdContent) != fdContent.size())
                return {};
            file.close();
            fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        if (fd >= 0)
            process.setChildProcessModifier([fd] { ::dup2(fd, 3); });
        process.start(QStringLiteral(IDENTITYDESK_CLI_BINARY),
                      QStringList { QStringLiteral("--config-dir"), m_config.path() } + arguments);
        Run result;
        if (process.waitForStarted(10000)) {
            process.closeWriteChannel();
            // The mock answers from this process's event loop.
            if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
                process.kill();
                process.waitForFinished(3000);
            }
            result.exitCode =
                process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
            result.out = process.readAllStandardOutput();
            result.err = process.readAllStandardError();
        }
        if (fd >= 0)
            ::close(fd);
        QFile::remove(m_config.filePath(QStringLiteral("secret-on-fd.txt")));
        return result;
    }

    void writeProfiles(const QJsonArray &profiles) const
    {
        QFile file(m_config.filePath(QStringLiteral("profiles.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                               { QStringLiteral("profiles"), profiles } })
                       .toJson());
    }

    QJsonObject gcoreProfile(const QString &name, const QString &variable = {}) const
    {
        QJsonObject profile { { QStringLiteral("name"), name },
                              { QStringLiteral("kind"), QStringLiteral("gcore") },
                              { QStringLiteral("baseUrl"), m_server->baseUrl().toString() },
                              { QStringLiteral("authMethod"), QStringLiteral("api-key") } };
        if (!variable.isEmpty())
            profile.insert(QStringLiteral("secretEnv"), variable);
        return profile;
    }

    void verifyNoSecretIn(const Run &result) const
    {
        QVERIFY2(!result.out.contains(m_secret.toUtf8()), result.out.constData());
        QVERIFY2(!result.err.contains(m_secret.toUtf8()), result.err.constData());
        // Nor in any file the run left (the profile file, a journal, settings).
        for (const QString &name : QDir(m_config.path()).entryList(QDir::Files)) {
            QFile file(m_config.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(name));
        }
    }

private slots:
    void initTestCase()
    {
        MockServerConfig config;
        config.credentials.gcoreApiKey = m_secret;
        m_server = std::make_unique<MockServer>(config);
        QVERIFY(m_server->listen());
        QVERIFY(m_config.isValid());
        writeProfiles({ gcoreProfile(QStringLiteral("keyring")),
                        gcoreProfile(QStringLiteral("from-env"),
                                     QStringLiteral("IDENTITYDESK_TEST_SECRET")) });
    }

    void secretFromSource_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("useFd");
        QTest::addColumn<QByteArray>("fdContent");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<int>("exitCode");
        const QByteArray right = m_secret.toUtf8();
        QTest::newRow("fd") << "keyring" << true << right + "\n" << QString() << 0;
        QTest::newRow("fd without a line end") << "keyring" << true << right << QString() << 0;
        QTest::newRow("fd with spaces and a second line")
            << "keyring" << true << "  " + right + "  \nnot this\n"
            << QString() << 0;
        QTest::newRow("fd overrides the variable") << "from-env" << true << right + "\n"
                                                   << QStringLiteral("wrong") << 0;
        QTest::newRow("variable") << "from-env" << false << QByteArray() << m_secret << 0;
        QTest::newRow("wrong secret on fd")
            << "keyring" << true << QByteArray("wrong\n") << QString() << 3;
        QTest::newRow("wrong secret in the variable")
            << "from-env" << false << QByteArray() << QStringLiteral("wrong") << 3;
        QTest::newRow("empty fd") << "keyring" << true << QByteArray("") << QString() << 2;
        QTest::newRow("empty variable") << "from-env" << false << QByteArray() << QString() << 3;
    }

    void secretFromSource()
    {
        QFETCH(QString, profile);
        QFETCH(bool, useFd);
        QFETCH(QByteArray, fdContent);
        QFETCH(QString, variable);
        QFETCH(int, exitCode);
        QStringList arguments { QStringLiteral("--profile"), profile };
        if (useFd)
            arguments << QStringLiteral("--secret-fd") << QStringLiteral("3");
        arguments << QStringLiteral("--json") << QStringLiteral("users")
                  << QStringLiteral("--limit") << QStringLiteral("2");
        QHash<QString, QString> variables;
        if (!variable.isNull())
            variables.insert(QStringLiteral("IDENTITYDESK_TEST_SECRET"), variable);
        const Run result = run(arguments, useFd ? fdContent : QByteArray(), variables);
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2")
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.err))));
        if (exitCode == 0)
            QCOMPARE(QJsonDocument::fromJson(result.out)
                         .object()
                         .value(QStringLiteral("users"))
                         .toArray()
                         .size(),
                     2);
        if (exitCode == 3 && !useFd && variable.isEmpty())
            QVERIFY2(result.err.contains("IDENTITYDESK_TEST_SECRET"), result.err.constData());
        verifyNoSecretIn(result);
    }

    void profilesAddNamesTheVariableOnly()
    {
        const Run added = run(
            { QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("ci"),
              QStringLiteral("--kind"), QStringLiteral("gcore"), QStringLiteral("--url"),
              m_server->baseUrl().toString(), QStringLiteral("--auth"), QStringLiteral("api-key"),
              QStringLiteral("--secret-env"), QStringLiteral("CI_GCORE_KEY") },
            {}, { { QStringLiteral("CI_GCORE_KEY"), m_secret } });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QFile file(m_config.filePath(QStringLiteral("profiles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"secretEnv\": \"CI_GCORE_KEY\""));
        verifyNoSecretIn(added);

        const Run used = run({ QStringLiteral("--profile"), QStringLiteral("ci"),
                               QStringLiteral("show"), QStringLiteral("100000") },
                             {}, { { QStringLiteral("CI_GCORE_KEY"), m_secret } });
        QVERIFY2(used.exitCode == 0, used.err.constData());
        verifyNoSecretIn(used);

        const Run removed =
            run({ QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("ci") });
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
    }

    void profilesAddRefusesAmbiguousOrBadSources_data()
    {
        QTest::addColumn<QStringList>("secretOptions");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("none") << QStringList() << 2 << "--secret-env";
        QTest::newRow("two") << QStringList { QStringLiteral("--secret-stdin"),
                                              QStringLiteral("--secret-env"), QStringLiteral("X") }
                             << 2 << "exactly one";
        QTest::newRow("not a variable name")
            << QStringList { QStringLiteral("--secret-env"), QStringLiteral("1-BAD") } << 4
            << "--secret-env";
        QTest::newRow("fd not open")
            << QStringList { QStringLiteral("--secret-fd"), QStringLiteral("57") } << 2
            << "--secret-fd 57";
    }

    void profilesAddRefusesAmbiguousOrBadSources()
    {
        QFETCH(QStringList, secretOptions);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run result = run(QStringList { QStringLiteral("profiles"), QStringLiteral("add"),
                                             QStringLiteral("refused"), QStringLiteral("--kind"),
                                             QStringLiteral("gcore"), QStringLiteral("--url"),
                                             m_server->baseUrl().toString(),
                                             QStringLiteral("--auth"), QStringLiteral("api-key") }
                               + secretOptions);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(mentions.toUtf8()), result.err.constData());
        QFile file(m_config.filePath(QStringLiteral("profiles.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("refused"));
    }
};

QTEST_GUILESS_MAIN(TstCliSecretInput)
#include "tst_clisecretinput.moc"
