#include "CliProcess.h"
#include "MockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <memory>

/// The CLI's data and the UI language: machine-readable output (JSON, NDJSON, CSV) is the same
/// bytes in every language; the table and `show` for people are in the language, whole.
class TstCliLanguage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;

    CliResult run(const QString &language, const QStringList &arguments) const
    {
        return runCli(QStringList { QStringLiteral("--lang"), language,
                                    QStringLiteral("--demo-url"), m_server->baseUrl().toString() }
                      + arguments);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<MockServer>(MockServerConfig());
        QVERIFY(m_server->listen());
        // One change in this test's journal, for the history rows below.
        const CliResult changed = runCli(
            { QStringLiteral("--demo-url"), m_server->baseUrl().toString(),
              QStringLiteral("--profile"), QStringLiteral("gcore"), QStringLiteral("change-email"),
              QStringLiteral("100001"), QStringLiteral("hiro.language@example.com"),
              QStringLiteral("--password-stdin") },
            "demo-password\n");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
    }

    void machineOutputIsTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("arguments");
        for (const char *profile :
             { "gcore", "zitadel", "zitadel-v2", "zitadel-self", "codearts", "acronis" }) {
            for (const char *format : { "json", "ndjson", "csv" })
                QTest::addRow("%s users %s", profile, format)
                    << QString::fromLatin1(profile)
                    << QStringList { QStringLiteral("users"), QStringLiteral("--limit"),
                                     QStringLiteral("0"), QStringLiteral("--format"),
                                     QString::fromLatin1(format) };
        }
        QTest::newRow("acronis show --json")
            << "acronis" << QStringList { QStringLiteral("--json"), QStringLiteral("show") };
        QTest::newRow("gcore show --json")
            << "gcore"
            << QStringList { QStringLiteral("--json"), QStringLiteral("show"),
                             QStringLiteral("100000") };
        // history reads the journal and takes no connection (no profile).
        for (const char *format : { "json", "ndjson", "csv" })
            QTest::addRow("history %s", format)
                << QString()
                << QStringList { QStringLiteral("history"), QStringLiteral("--format"),
                                 QString::fromLatin1(format) };
    }

    void machineOutputIsTheSameInEveryLanguage()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, arguments);
        QStringList withProfile = profile.isEmpty()
            ? arguments
            : QStringList { QStringLiteral("--profile"), profile } + arguments;
        if (arguments.contains(QStringLiteral("show")) && arguments.size() == 2) {
            // Acronis ids are generated: the first listed user.
            const CliResult list =
                run(QStringLiteral("en"),
                    { QStringLiteral("--profile"), profile, QStringLiteral("--json"),
                      QStringLiteral("users"), QStringLiteral("--limit"), QStringLiteral("1") });
            const QString id = QJsonDocument::fromJson(list.out)
                                   .object()
                                   .value(QStringLiteral("users"))
                                   .toArray()
                                   .at(0)[QStringLiteral("id")]
                                   .toString();
            QVERIFY(!id.isEmpty());
            withProfile.append(id);
        }
        const auto runIn = [&](const QString &language) {
            return profile.isEmpty()
                ? runCli(QStringList { QStringLiteral("--lang"), language } + withProfile)
                : run(language, withProfile);
        };
        const CliResult english = runIn(QStringLiteral("en"));
        const CliResult german = runIn(QStringLiteral("de"));
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(german.exitCode, 0);
        QVERIFY(!english.out.isEmpty());
        QCOMPARE(german.out, english.out);
        // The backend's state words stay untranslated ("Aktiv" is for people).
        for (const char *word : { "Aktiv", "Inaktiv", "Gelöscht", "Deaktiviert", "verifiziert" })
            QVERIFY2(!german.out.contains(word), word);
    }

    void jsonStateTextIsTheBackendsWord()
    {
        const CliResult german =
            run(QStringLiteral("de"),
                { QStringLiteral("--profile"), QStringLiteral("gcore"), QStringLiteral("--json"),
                  QStringLiteral("show"), QStringLiteral("100000") });
        QCOMPARE(german.exitCode, 0);
        const QJsonObject user = QJsonDocument::fromJson(german.out).object();
        QCOMPARE(user.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(user.value(QStringLiteral("stateText")).toString(), QStringLiteral("Active"));
    }

    void humanOutputIsTranslatedWhole_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("context"); // of a word in the rows
        QTest::addColumn<QString>("word");
        const QStringList gcore { QStringLiteral("--demo-url"), m_server->baseUrl().toString(),
                                  QStringLiteral("--profile"), QStringLiteral("gcore") };
        QTest::newRow("users table") << gcore
                + QStringList { QStringLiteral("users"), QStringLiteral("--limit"),
                                QStringLiteral("3") }
                                     << "UserWords"
                                     << "Active";
        QTest::newRow("show") << gcore
                + QStringList { QStringLiteral("show"), QStringLiteral("100000") }
                              << "UserWords"
                              << "Active";
        QTest::newRow("history table")
            << QStringList { QStringLiteral("history") } << "JournalWords"
            << "Changed";
    }

    void humanOutputIsTranslatedWhole()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, context);
        QFETCH(QString, word);
        // What the catalogue the binary embeds says, not a copy of it.
        QTranslator catalogue;
        QVERIFY(catalogue.load(QStringLiteral(":/i18n/identitydesk_de.qm")));
        const CliResult english =
            runCli(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments);
        const CliResult german =
            runCli(QStringList { QStringLiteral("--lang"), QStringLiteral("de") } + arguments);
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(german.exitCode, 0);
        // The rows use the words people read in the desktop's windows.
        QVERIFY2(english.out.contains(word.toUtf8()), english.out.constData());
        const QString translated =
            catalogue.translate(context.toLatin1().constData(), word.toLatin1().constData());
        if (translated.isEmpty())
            QSKIP("The catalogue has no German for this context yet (lupdate, then translate).");
        const QString out = QString::fromUtf8(german.out);
        QVERIFY2(out.contains(translated), german.out.constData());
        QVERIFY2(!out.contains(word), german.out.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliLanguage)
#include "tst_clilanguage.moc"
