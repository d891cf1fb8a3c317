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
    }

    void machineOutputIsTheSameInEveryLanguage()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, arguments);
        QStringList withProfile = QStringList { QStringLiteral("--profile"), profile } + arguments;
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
        const CliResult english = run(QStringLiteral("en"), withProfile);
        const CliResult german = run(QStringLiteral("de"), withProfile);
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
        QTest::newRow("users table")
            << QStringList { QStringLiteral("--profile"), QStringLiteral("gcore"),
                             QStringLiteral("users"), QStringLiteral("--limit"),
                             QStringLiteral("3") };
        QTest::newRow("show") << QStringList { QStringLiteral("--profile"), QStringLiteral("gcore"),
                                               QStringLiteral("show"), QStringLiteral("100000") };
    }

    void humanOutputIsTranslatedWhole()
    {
        QFETCH(QStringList, arguments);
        // What the catalogue the binary embeds says, not a copy of it.
        QTranslator catalogue;
        QVERIFY(catalogue.load(QStringLiteral(":/i18n/identitydesk_de.qm")));
        const CliResult english = run(QStringLiteral("en"), arguments);
        const CliResult german = run(QStringLiteral("de"), arguments);
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(german.exitCode, 0);
        // The words of the rows are those people read in the desktop table.
        QVERIFY2(english.out.contains("Active"), english.out.constData());
        const QString active = catalogue.translate("UserWords", "Active");
        const QString verified = catalogue.translate("UserWords", "Verified");
        if (active.isEmpty() || verified.isEmpty())
            QSKIP("The catalogue has no German for the UserWords context yet (lupdate, then "
                  "translate).");
        const QString out = QString::fromUtf8(german.out);
        QVERIFY2(out.contains(active), german.out.constData());
        QVERIFY2(!out.contains(QStringLiteral("Active")), german.out.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliLanguage)
#include "tst_clilanguage.moc"
