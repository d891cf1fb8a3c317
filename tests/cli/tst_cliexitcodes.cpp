#include "CliProcess.h"
#include "MockServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

/// What scripts rely on: each failure ends with the exit status the man page gives for it,
/// the usage line and --help name every way to connect and where secrets come from, and
/// `profiles list` has a header.
class TstCliExitCodes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;
    QTemporaryDir m_config;
    /// EXIT STATUS of identitydesk-cli(1): the code and its paragraph.
    QHash<int, QString> m_manPageCodes;

    QString url() const { return m_server->baseUrl().toString(); }

    static QString readManPage()
    {
        QFile file(QStringLiteral(IDENTITYDESK_SOURCE_DIR "/resources/man/identitydesk-cli.1"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<MockServer>(MockServerConfig());
        QVERIFY(m_server->listen());
        QVERIFY(m_config.isValid());

        const QString man = readManPage();
        const qsizetype start = man.indexOf(QStringLiteral(".SH EXIT STATUS"));
        const qsizetype end = man.indexOf(QStringLiteral(".SH"), start + 4);
        QVERIFY(start >= 0 && end > start);
        static const QRegularExpression entry(
            QStringLiteral("\\.TP\\n\\.B (\\d+)\\n([\\s\\S]*?)(?=\\.TP|$)"));
        auto it = entry.globalMatch(man.mid(start, end - start));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            m_manPageCodes.insert(match.captured(1).toInt(), match.captured(2));
        }
        QCOMPARE(m_manPageCodes.size(), 15); // 0 to 14

        // A profile whose secret comes from an environment variable, against the mock.
        const QJsonObject profile {
            { QStringLiteral("name"), QStringLiteral("scripted") },
            { QStringLiteral("kind"), QStringLiteral("gcore") },
            { QStringLiteral("baseUrl"), url() },
            { QStringLiteral("authMethod"), QStringLiteral("api-key") },
            { QStringLiteral("secretEnv"), QStringLiteral("IDENTITYDESK_TEST_UNSET_SECRET") },
        };
        QFile file(m_config.filePath(QStringLiteral("profiles.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                        { QStringLiteral("profiles"), QJsonArray { profile } } })
                .toJson());
    }

    void exitCodesFollowTheManPage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("manPageSays"); // a word of the code's paragraph
        const QStringList gcore { QStringLiteral("--demo-url"), url(), QStringLiteral("--profile"),
                                  QStringLiteral("gcore") };
        const QStringList codearts { QStringLiteral("--demo-url"), url(),
                                     QStringLiteral("--profile"), QStringLiteral("codearts") };
        const QStringList scripted { QStringLiteral("--config-dir"), m_config.path(),
                                     QStringLiteral("--profile"), QStringLiteral("scripted") };
        QTest::newRow("success") << gcore
                + QStringList { QStringLiteral("show"), QStringLiteral("100000") }
                                 << QByteArray() << 0 << "Success";
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--demo"), QStringLiteral("users"),
                             QStringLiteral("--no-such-option") }
            << QByteArray() << 2 << "unknown command or option";
        QTest::newRow("no command") << QStringList() << QByteArray() << 2 << "Usage";
        QTest::newRow("missing --password-stdin")
            << gcore
                + QStringList { QStringLiteral("change-email"), QStringLiteral("100010"),
                                QStringLiteral("x@example.com") }
            << QByteArray() << 2 << "missing or malformed argument";
        QTest::newRow("missing --code") << codearts
                + QStringList { QStringLiteral("change-email"), QStringLiteral("me"),
                                QStringLiteral("x@example.com") }
                                        << QByteArray() << 2 << "missing or malformed argument";
        QTest::newRow("--secret-fd with the demo") << gcore
                + QStringList { QStringLiteral("--secret-fd"), QStringLiteral("3"),
                                QStringLiteral("users") }
                                                   << QByteArray() << 2 << "Usage";
        QTest::newRow("--secret-fd not open") << scripted
                + QStringList { QStringLiteral("--secret-fd"), QStringLiteral("57"),
                                QStringLiteral("users") }
                                              << QByteArray() << 2 << "Usage";
        QTest::newRow("secret variable not set")
            << scripted + QStringList { QStringLiteral("users") } << QByteArray() << 3
            << "Authentication";
        QTest::newRow("wrong password") << gcore
                + QStringList { QStringLiteral("change-email"), QStringLiteral("100010"),
                                QStringLiteral("x@example.com"),
                                QStringLiteral("--password-stdin") }
                                        << QByteArray("wrong\n") << 4 << "Validation";
        QTest::newRow("unknown user")
            << gcore + QStringList { QStringLiteral("show"), QStringLiteral("999999") }
            << QByteArray() << 6 << "Not found";
        QTest::newRow("unknown profile")
            << QStringList { QStringLiteral("--config-dir"), m_config.path(),
                             QStringLiteral("--profile"), QStringLiteral("nobody"),
                             QStringLiteral("users") }
            << QByteArray() << 6 << "profile does not exist";
        QTest::newRow("server unreachable")
            << QStringList { QStringLiteral("--demo-url"), QStringLiteral("http://127.0.0.1:1"),
                             QStringLiteral("users") }
            << QByteArray() << 7 << "Network";
        QTest::newRow("text search the API cannot do") << gcore
                + QStringList { QStringLiteral("users"), QStringLiteral("--search"),
                                QStringLiteral("anna") }
                                                       << QByteArray() << 9 << "Not supported";
    }

    void exitCodesFollowTheManPage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QString, manPageSays);
        QVERIFY2(m_manPageCodes.value(exitCode).contains(manPageSays),
                 qPrintable(m_manPageCodes.value(exitCode)));
        const CliResult result = runCli(arguments, stdinData);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1, stderr: %2")
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.err))));
        if (exitCode != 0) {
            // One line naming the problem (a usage error adds where to read more).
            QVERIFY2(result.err.count('\n') == 1
                         || (exitCode == 2 && result.err.count('\n') == 2
                             && result.err.contains("--help")),
                     result.err.constData());
            QVERIFY(result.err.startsWith("identitydesk-cli: "));
        }
    }

    void usageAndHelpNameEveryConnectionAndSecretSource_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("--help")
            << QStringList { QStringLiteral("--help") }
            << QStringList { QStringLiteral(
                                 "Usage: identitydesk-cli [--profile NAME | --demo | --demo-url "
                                 "URL]"),
                             QStringLiteral("--secret-fd N"),
                             QStringLiteral("never taken from the command line") };
        QTest::newRow("users --help")
            << QStringList { QStringLiteral("users"), QStringLiteral("--help") }
            << QStringList { QStringLiteral("[--profile NAME | --demo | --demo-url URL] users"),
                             QStringLiteral("id:USER_ID or email:ADDRESS") };
        QTest::newRow("profiles --help")
            << QStringList { QStringLiteral("profiles"), QStringLiteral("--help") }
            << QStringList { QStringLiteral("--secret-stdin | --secret-fd N | --secret-env "
                                            "VARIABLE"),
                             QStringLiteral("--secret-env VARIABLE") };
    }

    void usageAndHelpNameEveryConnectionAndSecretSource()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mentions);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        for (const QString &text : mentions)
            QVERIFY2(out.contains(text), qPrintable(text + QStringLiteral("\n\n") + out));
    }

    void manPageSaysTheSame()
    {
        const QString man = readManPage();
        for (const char *text :
             { "\\-\\-demo\\-url", "\\-\\-secret\\-fd", "\\-\\-secret\\-env",
               "never taken from the command line", ".BI email: address", "SECRETS FOR SCRIPTS" })
            QVERIFY2(man.contains(QLatin1String(text)), text);
    }

    void profilesListHasAHeader()
    {
        const CliResult result = runCli({ QStringLiteral("--config-dir"), m_config.path(),
                                          QStringLiteral("profiles"), QStringLiteral("list") });
        QCOMPARE(result.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("NAME")), qPrintable(lines.at(0)));
        for (const char *column : { "KIND", "SIGN-IN", "URL" })
            QVERIFY2(lines.at(0).contains(QLatin1String(column)), column);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("scripted")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("$IDENTITYDESK_TEST_UNSET_SECRET")),
                 qPrintable(lines.at(1)));
        // Columns line up under their headers.
        QCOMPARE(lines.at(1).indexOf(QStringLiteral("gcore")),
                 lines.at(0).indexOf(QStringLiteral("KIND")));
    }
};

QTEST_GUILESS_MAIN(TstCliExitCodes)
#include "tst_cliexitcodes.moc"
