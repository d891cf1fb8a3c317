#include "CliProcess.h"
#include "MockServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

/// `identitydesk-cli profiles ...` and `--profile NAME` with secrets in a real gnome-keyring
/// (a private one: CTest runs this through tests/with-keyring.sh).
class TstCliProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;
    QTemporaryDir m_config;

    QStringList withConfig(const QStringList &arguments) const
    {
        return QStringList { QStringLiteral("--config-dir"), m_config.path() } + arguments;
    }

    QStringList addGcore(const QString &name) const
    {
        return withConfig({ QStringLiteral("profiles"), QStringLiteral("add"), name,
                            QStringLiteral("--kind"), QStringLiteral("gcore"),
                            QStringLiteral("--url"), m_server->baseUrl().toString(),
                            QStringLiteral("--auth"), QStringLiteral("api-key"),
                            QStringLiteral("--secret-stdin") });
    }

    QByteArray profilesFile() const
    {
        QFile file(m_config.filePath(QStringLiteral("profiles.json")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("IDENTITYDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP(
                "runs only inside tests/with-keyring.sh (a private keyring), never against yours");
        QVERIFY(m_config.isValid());
        m_server = std::make_unique<MockServer>(MockServerConfig());
        QVERIFY(m_server->listen());
    }

    void addUseAndRemoveAProfile()
    {
        const QByteArray key = m_server->config().credentials.gcoreApiKey.toUtf8();
        const CliResult added = runCli(addGcore(QStringLiteral("gcore-lab")), key + '\n');
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains("keyring"), added.out.constData());
        QVERIFY(profilesFile().contains("gcore-lab"));
        QVERIFY2(!profilesFile().contains(key), "the secret must never reach profiles.json");

        const CliResult listed = runCli(withConfig(
            { QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("list") }));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out)
                     .object()
                     .value(QStringLiteral("profiles"))
                     .toArray()
                     .size(),
                 1);

        const CliResult users = runCli(withConfig(
            { QStringLiteral("--profile"), QStringLiteral("gcore-lab"), QStringLiteral("users"),
              QStringLiteral("--limit"), QStringLiteral("2") }));
        QCOMPARE(users.exitCode, 0);
        QCOMPARE(QString::fromUtf8(users.out).count(QLatin1Char('\n')), 1 + 2 + 1);

        const CliResult duplicate = runCli(addGcore(QStringLiteral("gcore-lab")), key + '\n');
        QCOMPARE(duplicate.exitCode, 5);

        const CliResult removed = runCli(withConfig(
            { QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("gcore-lab") }));
        QCOMPARE(removed.exitCode, 0);
        const CliResult gone = runCli(withConfig(
            { QStringLiteral("--profile"), QStringLiteral("gcore-lab"), QStringLiteral("users") }));
        QCOMPARE(gone.exitCode, 6);
    }

    void wrongSecretIsAnAuthenticationError()
    {
        QCOMPARE(runCli(addGcore(QStringLiteral("wrong-key")), "not-the-key\n").exitCode, 0);
        const CliResult users = runCli(withConfig(
            { QStringLiteral("--profile"), QStringLiteral("wrong-key"), QStringLiteral("users") }));
        QCOMPARE(users.exitCode, 3);
        QVERIFY(!users.err.contains("not-the-key"));
    }

    void invalidProfilesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("plain http to a remote host")
            << QStringList { QStringLiteral("profiles"),
                             QStringLiteral("add"),
                             QStringLiteral("p1"),
                             QStringLiteral("--kind"),
                             QStringLiteral("gcore"),
                             QStringLiteral("--url"),
                             QStringLiteral("http://api.example.com"),
                             QStringLiteral("--auth"),
                             QStringLiteral("api-key"),
                             QStringLiteral("--secret-stdin") }
            << 4 << QStringLiteral("--url: ");
        QTest::newRow("method the backend lacks")
            << QStringList { QStringLiteral("profiles"),
                             QStringLiteral("add"),
                             QStringLiteral("p2"),
                             QStringLiteral("--kind"),
                             QStringLiteral("acronis"),
                             QStringLiteral("--url"),
                             QStringLiteral("https://eu2-cloud.acronis.example"),
                             QStringLiteral("--auth"),
                             QStringLiteral("api-key"),
                             QStringLiteral("--secret-stdin") }
            << 4 << QStringLiteral("--auth: ");
        QTest::newRow("unknown kind") << QStringList { QStringLiteral("profiles"),
                                                       QStringLiteral("add"),
                                                       QStringLiteral("p3"),
                                                       QStringLiteral("--kind"),
                                                       QStringLiteral("okta"),
                                                       QStringLiteral("--url"),
                                                       QStringLiteral("https://x.example"),
                                                       QStringLiteral("--auth"),
                                                       QStringLiteral("api-key"),
                                                       QStringLiteral("--secret-stdin") }
                                      << 2 << QStringLiteral("--kind");
        QTest::newRow("CA certificates file missing")
            << QStringList { QStringLiteral("profiles"),
                             QStringLiteral("add"),
                             QStringLiteral("p5"),
                             QStringLiteral("--kind"),
                             QStringLiteral("zitadel"),
                             QStringLiteral("--url"),
                             QStringLiteral("https://acme.zitadel.example"),
                             QStringLiteral("--auth"),
                             QStringLiteral("personal-access-token"),
                             QStringLiteral("--ca-file"),
                             QStringLiteral("/nonexistent-identitydesk/company-ca.pem"),
                             QStringLiteral("--secret-stdin") }
            << 4
            << QStringLiteral("--ca-file: The CA certificates file "
                              "/nonexistent-identitydesk/company-ca.pem does not exist.");
        QTest::newRow("unknown ZITADEL API version")
            << QStringList { QStringLiteral("profiles"),
                             QStringLiteral("add"),
                             QStringLiteral("p6"),
                             QStringLiteral("--kind"),
                             QStringLiteral("zitadel"),
                             QStringLiteral("--url"),
                             QStringLiteral("https://acme.zitadel.example"),
                             QStringLiteral("--auth"),
                             QStringLiteral("personal-access-token"),
                             QStringLiteral("--api"),
                             QStringLiteral("v3"),
                             QStringLiteral("--secret-stdin") }
            << 2 << QStringLiteral("--api");
        QTest::newRow("API version for another kind")
            << QStringList { QStringLiteral("profiles"),
                             QStringLiteral("add"),
                             QStringLiteral("p7"),
                             QStringLiteral("--kind"),
                             QStringLiteral("gcore"),
                             QStringLiteral("--url"),
                             QStringLiteral("https://api.gcore.example"),
                             QStringLiteral("--auth"),
                             QStringLiteral("api-key"),
                             QStringLiteral("--api"),
                             QStringLiteral("v2"),
                             QStringLiteral("--secret-stdin") }
            << 2 << QStringLiteral("--api");
        QTest::newRow("secret not on stdin")
            << QStringList { QStringLiteral("profiles"),
                             QStringLiteral("add"),
                             QStringLiteral("p4"),
                             QStringLiteral("--kind"),
                             QStringLiteral("gcore"),
                             QStringLiteral("--url"),
                             QStringLiteral("https://api.gcore.example"),
                             QStringLiteral("--auth"),
                             QStringLiteral("api-key") }
            << 2 << QStringLiteral("--secret-stdin");
    }

    void invalidProfilesAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QByteArray before = profilesFile();
        const CliResult result = runCli(withConfig(arguments), "s3cret\n");
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.err.constData());
        QCOMPARE(profilesFile(), before);
    }

    void zitadelProfilesSpeakV2UnlessV1IsAsked_data()
    {
        QTest::addColumn<QStringList>("apiOption");
        QTest::addColumn<QString>("written"); // the profile file's apiVersion, empty: absent
        QTest::newRow("no --api: v2") << QStringList() << QStringLiteral("v2");
        QTest::newRow("--api v2") << QStringList { QStringLiteral("--api"), QStringLiteral("v2") }
                                  << QStringLiteral("v2");
        QTest::newRow("--api v1") << QStringList { QStringLiteral("--api"), QStringLiteral("v1") }
                                  << QString();
    }
    void zitadelProfilesSpeakV2UnlessV1IsAsked()
    {
        QFETCH(QStringList, apiOption);
        QFETCH(QString, written);
        const QString name =
            QStringLiteral("zitadel-") + QString::number(qHash(apiOption.join(u' ')));
        const QByteArray pat = m_server->config().credentials.zitadelPat.toUtf8();
        const CliResult added =
            runCli(withConfig(QStringList { QStringLiteral("profiles"), QStringLiteral("add"), name,
                                            QStringLiteral("--kind"), QStringLiteral("zitadel"),
                                            QStringLiteral("--url"), m_server->baseUrl().toString(),
                                            QStringLiteral("--auth"),
                                            QStringLiteral("personal-access-token"),
                                            QStringLiteral("--secret-stdin") }
                              + apiOption),
                   pat + '\n');
        QCOMPARE(added.exitCode, 0);
        const QJsonArray profiles =
            QJsonDocument::fromJson(profilesFile()).object().value(u"profiles").toArray();
        QJsonObject saved;
        for (const QJsonValue &profile : profiles) {
            if (profile[u"name"].toString() == name)
                saved = profile.toObject();
        }
        QCOMPARE(saved.value(u"apiVersion").toString(), written);

        // Either way the users come with their organisation's name.
        const CliResult users = runCli(withConfig(
            { QStringLiteral("--profile"), name, QStringLiteral("users"), QStringLiteral("--limit"),
              QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(users.exitCode, 0);
        const QJsonArray listed =
            QJsonDocument::fromJson(users.out).object().value(u"users").toArray();
        QCOMPARE(listed.size(), 3);
        for (const QJsonValue &user : listed) {
            QVERIFY2(!user[u"organisationId"].toString().isEmpty(), users.out.constData());
            QVERIFY2(user[u"organisationName"].toString().contains(QRegularExpression(
                         QStringLiteral("^(Northwind Helpdesk|Contoso Retail|Fabrikam Labs)$"))),
                     users.out.constData());
        }
        QCOMPARE(runCli(withConfig({ QStringLiteral("profiles"), QStringLiteral("remove"), name }))
                     .exitCode,
                 0);
    }

    void withoutAKeyringNothingIsStored()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        const QByteArray before = profilesFile();
        const CliResult result =
            runCli(addGcore(QStringLiteral("no-keyring")), "s3cret-key\n", environment);
        QCOMPARE(result.exitCode, 9);
        QVERIFY2(result.err.contains("No secret service"), result.err.constData());
        QVERIFY(!result.err.contains("s3cret-key"));
        QCOMPARE(profilesFile(), before);
    }
};

QTEST_GUILESS_MAIN(TstCliProfiles)
#include "tst_cliprofiles.moc"
