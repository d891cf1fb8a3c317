#include "CliProcess.h"
#include "MockServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

/// identitydesk-cli as scripts and helpdesk staff use it: the real binary against the demo
/// (embedded, or a mock server running in this test process for multi-step flows).
class TstCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;

    QStringList demoUrl(const QString &profile) const
    {
        return { QStringLiteral("--demo-url"), m_server->baseUrl().toString(),
                 QStringLiteral("--profile"), profile };
    }

    static QJsonObject json(const CliResult &result)
    {
        return QJsonDocument::fromJson(result.out).object();
    }

    QString latestCodeFor(const QString &address) const
    {
        const QList<MockMail> mail = m_server->mailbox().messages(address);
        return mail.isEmpty() ? QString() : mail.constFirst().code;
    }

    QString firstUserId(const QString &profile, const QString &state = QString())
    {
        const CliResult list =
            runCli(demoUrl(profile)
                   + QStringList { QStringLiteral("users"), QStringLiteral("--limit"),
                                   QStringLiteral("0"), QStringLiteral("--json") });
        for (const QJsonValue &user : json(list).value(QStringLiteral("users")).toArray()) {
            const QJsonObject object = user.toObject();
            if (state.isEmpty() || object.value(QStringLiteral("state")).toString() == state)
                return object.value(QStringLiteral("id")).toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<MockServer>(MockServerConfig());
        QVERIFY(m_server->listen());
    }

    void helpAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutContains");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0
                              << QStringLiteral("change-email") << QString();
        QTest::newRow("command help")
            << QStringList { QStringLiteral("users"), QStringLiteral("--help") } << 0
            << QStringLiteral("--search") << QString();
        QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0
                                 << QStringLiteral("identitydesk-cli 0.1.0") << QString();
        QTest::newRow("no command")
            << QStringList {} << 2 << QString() << QStringLiteral("no command");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("--demo"), QStringLiteral("frobnicate") } << 2
            << QString() << QStringLiteral("frobnicate");
        QTest::newRow("no connection") << QStringList { QStringLiteral("users") } << 2 << QString()
                                       << QStringLiteral("--profile NAME");
        QTest::newRow("option of another command")
            << QStringList { QStringLiteral("--demo"), QStringLiteral("users"),
                             QStringLiteral("--code"), QStringLiteral("X") }
            << 2 << QString() << QStringLiteral("--code does not apply");
        QTest::newRow("bad limit")
            << QStringList { QStringLiteral("--demo"), QStringLiteral("users"),
                             QStringLiteral("--limit"), QStringLiteral("-3") }
            << 2 << QString() << QStringLiteral("--limit");
        QTest::newRow("missing argument")
            << QStringList { QStringLiteral("--demo"), QStringLiteral("show") } << 2 << QString()
            << QStringLiteral("usage: identitydesk-cli show");
        QTest::newRow("unknown demo profile")
            << QStringList { QStringLiteral("--demo"), QStringLiteral("--profile"),
                             QStringLiteral("okta"), QStringLiteral("users") }
            << 2 << QString() << QStringLiteral("codearts");
        QTest::newRow("bad demo url")
            << QStringList { QStringLiteral("--demo-url"), QStringLiteral("ftp://x"),
                             QStringLiteral("users") }
            << 2 << QString() << QStringLiteral("--demo-url");
        QTest::newRow("language without catalogue")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("fr"),
                             QStringLiteral("--version") }
            << 0 << QStringLiteral("identitydesk-cli 0.1.0") << QStringLiteral("French");
    }

    void followsTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("german");
        const QString help = QStringLiteral("--help");
        QTest::newRow("German system")
            << QStringLiteral("de_DE.UTF-8") << QStringList { help } << true;
        QTest::newRow("Austrian system")
            << QStringLiteral("de_AT.UTF-8") << QStringList { help } << true;
        QTest::newRow("English system")
            << QStringLiteral("C.UTF-8") << QStringList { help } << false;
        QTest::newRow("--lang en on a German system")
            << QStringLiteral("de_DE.UTF-8")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), help } << false;
        QTest::newRow("--lang=de on an English system")
            << QStringLiteral("C.UTF-8") << QStringList { QStringLiteral("--lang=de"), help }
            << true;
    }

    void followsTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, arguments);
        QFETCH(bool, german);
        // What the catalogue the binary embeds says, not a copy of it.
        QTranslator catalogue;
        QVERIFY(catalogue.load(QStringLiteral(":/i18n/identitydesk_de.qm")));
        const QString english = QStringLiteral("List users, page by page.");
        const QString translated =
            catalogue.translate("CliCommandLine", "List users, page by page.");
        QVERIFY(!translated.isEmpty() && translated != english);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "LANGUAGE", "LANG", "LC_MESSAGES" })
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LC_ALL"), locale);
        const CliResult result = runCli(arguments, {}, environment);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(german ? translated : english), result.out.constData());
        QVERIFY2(!out.contains(german ? english : translated), result.out.constData());
    }

    void helpAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutContains);
        QFETCH(QString, stderrContains);
        const CliResult result = runCli(arguments);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.out).contains(stdoutContains), result.out.constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(stderrContains), result.err.constData());
    }

    void demoListsUsers()
    {
        const CliResult text = runCli({ QStringLiteral("--demo"), QStringLiteral("users"),
                                        QStringLiteral("--limit"), QStringLiteral("5") });
        QCOMPARE(text.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("ID")));
        QCOMPARE(lines.size(), 1 + 5 + 1); // header, five users, "(5 of N shown ...)"
        QVERIFY(lines.constLast().startsWith(QStringLiteral("(5 of ")));

        const CliResult machine =
            runCli({ QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("users"),
                     QStringLiteral("--limit"), QStringLiteral("5") });
        QCOMPARE(machine.exitCode, 0);
        const QJsonObject object = json(machine);
        const QJsonArray users = object.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 5);
        QCOMPARE(object.value(QStringLiteral("complete")).toBool(), false);
        QVERIFY(object.value(QStringLiteral("total")).toInt() > 5);
        for (const QString &field : { QStringLiteral("id"), QStringLiteral("email"),
                                      QStringLiteral("verification"), QStringLiteral("state") })
            QVERIFY2(users.at(0).toObject().contains(field), qPrintable(field));
    }

    void pagesThroughWithProgress()
    {
        const CliResult result =
            runCli(demoUrl(QStringLiteral("gcore"))
                   + QStringList { QStringLiteral("--json"), QStringLiteral("users"),
                                   QStringLiteral("--limit"), QStringLiteral("0"),
                                   QStringLiteral("--progress") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = json(result);
        QCOMPARE(object.value(QStringLiteral("users")).toArray().size(), 200);
        QCOMPARE(object.value(QStringLiteral("complete")).toBool(), true);
        QVERIFY2(result.err.contains("listed 200 of 200 users"), result.err.constData());
    }

    void changeEmailPerBackend()
    {
        // Gcore: the user's own password on stdin.
        const QString gcoreUser = firstUserId(QStringLiteral("gcore"));
        CliResult gcore =
            runCli(demoUrl(QStringLiteral("gcore"))
                       + QStringList { QStringLiteral("--json"), QStringLiteral("change-email"),
                                       gcoreUser, QStringLiteral("g.new@example.com"),
                                       QStringLiteral("--password-stdin") },
                   m_server->config().credentials.gcoreUserPassword.toUtf8() + '\n');
        QCOMPARE(gcore.exitCode, 0);
        QCOMPARE(json(gcore).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("changed"));

        // ZITADEL management: marked verified, so nothing is mailed.
        const QString zitadelUser = firstUserId(QStringLiteral("zitadel"));
        const CliResult zitadel = runCli(
            demoUrl(QStringLiteral("zitadel"))
            + QStringList { QStringLiteral("--json"), QStringLiteral("change-email"), zitadelUser,
                            QStringLiteral("z.new@example.com"), QStringLiteral("--verified") });
        QCOMPARE(zitadel.exitCode, 0);
        QCOMPARE(json(zitadel)
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("verification"))
                     .toString(),
                 QStringLiteral("verified"));

        // ZITADEL self-service: change, then confirm with the mailed code.
        const CliResult self =
            runCli(demoUrl(QStringLiteral("zitadel-self"))
                   + QStringList { QStringLiteral("change-email"), QStringLiteral("me"),
                                   QStringLiteral("self.new@example.com") });
        QCOMPARE(self.exitCode, 0);
        const QString selfCode = latestCodeFor(QStringLiteral("self.new@example.com"));
        QVERIFY(!selfCode.isEmpty());
        const CliResult verified =
            runCli(demoUrl(QStringLiteral("zitadel-self"))
                   + QStringList { QStringLiteral("verify-email"), selfCode });
        QCOMPARE(verified.exitCode, 0);

        // CodeArts: request a code for the new address, then change with it.
        QCOMPARE(runCli(demoUrl(QStringLiteral("codearts"))
                        + QStringList { QStringLiteral("request-code"),
                                        QStringLiteral("c.new@example.com") })
                     .exitCode,
                 0);
        const QString code = latestCodeFor(QStringLiteral("c.new@example.com"));
        QVERIFY(!code.isEmpty());
        const CliResult codearts = runCli(
            demoUrl(QStringLiteral("codearts"))
            + QStringList { QStringLiteral("change-email"), QStringLiteral("me"),
                            QStringLiteral("c.new@example.com"), QStringLiteral("--code"), code });
        QCOMPARE(codearts.exitCode, 0);

        // Acronis: an activated user waits for the link sent to the old address.
        const QString acronisUser =
            firstUserId(QStringLiteral("acronis"), QStringLiteral("active"));
        const CliResult acronis =
            runCli(demoUrl(QStringLiteral("acronis"))
                   + QStringList { QStringLiteral("--json"), QStringLiteral("change-email"),
                                   acronisUser, QStringLiteral("a.new@example.com") });
        QCOMPARE(acronis.exitCode, 0);
        QCOMPARE(json(acronis).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("awaiting-confirmation-at-old-address"));

        // Every change is visible afterwards.
        const CliResult shown =
            runCli(demoUrl(QStringLiteral("gcore"))
                   + QStringList { QStringLiteral("--json"), QStringLiteral("show"), gcoreUser });
        QCOMPARE(json(shown).value(QStringLiteral("email")).toString(),
                 QStringLiteral("g.new@example.com"));
        const CliResult codeartsShown =
            runCli(demoUrl(QStringLiteral("codearts"))
                   + QStringList { QStringLiteral("--json"), QStringLiteral("show"),
                                   QStringLiteral("me") });
        QCOMPARE(json(codeartsShown).value(QStringLiteral("email")).toString(),
                 QStringLiteral("c.new@example.com"));
    }

    void errorsAreOneClearLine_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QByteArray password = "demo-password\n";
        QTest::newRow("gcore wrong password")
            << QStringLiteral("gcore")
            << QStringList { QStringLiteral("change-email"), QStringLiteral("100010"),
                             QStringLiteral("x1@example.com"), QStringLiteral("--password-stdin") }
            << QByteArray("wrong\n") << 4 << QStringLiteral("password");
        QTest::newRow("gcore invalid address")
            << QStringLiteral("gcore")
            << QStringList { QStringLiteral("change-email"), QStringLiteral("100010"),
                             QStringLiteral("not-an-address"), QStringLiteral("--password-stdin") }
            << password << 4 << QStringLiteral("NEW_EMAIL");
        QTest::newRow("gcore password missing")
            << QStringLiteral("gcore")
            << QStringList { QStringLiteral("change-email"), QStringLiteral("100010"),
                             QStringLiteral("x2@example.com") }
            << QByteArray() << 2
            << QStringLiteral("--password-stdin"); // usage, as the man page says
        QTest::newRow("gcore unknown user")
            << QStringLiteral("gcore")
            << QStringList { QStringLiteral("show"), QStringLiteral("999999") } << QByteArray() << 6
            << QStringLiteral("999999");
        QTest::newRow("zitadel same address")
            << QStringLiteral("zitadel-self")
            << QStringList { QStringLiteral("change-email"), QStringLiteral("me"),
                             QStringLiteral("SAME") }
            << QByteArray() << 4 << QStringLiteral("same");
        QTest::newRow("verified flag on gcore")
            << QStringLiteral("gcore")
            << QStringList { QStringLiteral("change-email"), QStringLiteral("100010"),
                             QStringLiteral("x3@example.com"), QStringLiteral("--verified") }
            << QByteArray() << 2 << QStringLiteral("--verified");
        QTest::newRow("code belongs to verify-email")
            << QStringLiteral("zitadel-self")
            << QStringList { QStringLiteral("change-email"), QStringLiteral("me"),
                             QStringLiteral("x4@example.com"), QStringLiteral("--code"),
                             QStringLiteral("123") }
            << QByteArray() << 2 << QStringLiteral("verify-email");
        QTest::newRow("codearts wrong code")
            << QStringLiteral("codearts")
            << QStringList { QStringLiteral("change-email"), QStringLiteral("me"),
                             QStringLiteral("never@example.com"), QStringLiteral("--code"),
                             QStringLiteral("ZZZZZZ") }
            << QByteArray() << 4 << QStringLiteral("--code");
        QTest::newRow("search where the API has none")
            << QStringLiteral("gcore")
            << QStringList { QStringLiteral("users"), QStringLiteral("--search"),
                             QStringLiteral("anna") }
            << QByteArray() << 9 << QStringLiteral("search");
    }

    void errorsAreOneClearLine()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinData);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        if (arguments.contains(QStringLiteral("SAME"))) {
            const CliResult me =
                runCli(demoUrl(profile)
                       + QStringList { QStringLiteral("--json"), QStringLiteral("show"),
                                       QStringLiteral("me") });
            arguments.replace(arguments.indexOf(QStringLiteral("SAME")),
                              json(me).value(QStringLiteral("email")).toString());
        }
        const CliResult result = runCli(demoUrl(profile) + arguments, stdinData);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, exitCode);
        const QString err = QString::fromUtf8(result.err).trimmed();
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY2(err.startsWith(QStringLiteral("identitydesk-cli: ")), qPrintable(err));
        QVERIFY2(err.contains(mentions, Qt::CaseInsensitive), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("demo-password")));
    }

    void damagedProfileFileIsOneExitCode_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("users") << QStringList { QStringLiteral("--profile"), QStringLiteral("x"),
                                                QStringLiteral("users") };
        QTest::newRow("show") << QStringList { QStringLiteral("--profile"), QStringLiteral("x"),
                                               QStringLiteral("show"), QStringLiteral("1") };
        QTest::newRow("profiles list")
            << QStringList { QStringLiteral("profiles"), QStringLiteral("list") };
        QTest::newRow("profiles remove")
            << QStringList { QStringLiteral("profiles"), QStringLiteral("remove"),
                             QStringLiteral("x") };
    }

    void damagedProfileFileIsOneExitCode()
    {
        QFETCH(QStringList, command);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QFile file(config.filePath(QStringLiteral("profiles.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"profiles": [ broken)");
        file.close();
        const CliResult result =
            runCli(QStringList { QStringLiteral("--config-dir"), config.path() } + command);
        QCOMPARE(result.exitCode, 11);
        QVERIFY2(result.err.contains("is damaged"), result.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(R"({"profiles": [ broken)")); // never overwritten
    }

    void jsonErrorsAreMachineReadable()
    {
        const CliResult result =
            runCli(demoUrl(QStringLiteral("gcore"))
                   + QStringList { QStringLiteral("--json"), QStringLiteral("show"),
                                   QStringLiteral("999999") });
        QCOMPARE(result.exitCode, 6);
        const QJsonObject error = json(result).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("not-found"));
        QCOMPARE(error.value(QStringLiteral("httpStatus")).toInt(), 404);
    }

    void unreachableServerIsANetworkError()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const CliResult result = runCli({ QStringLiteral("--demo-url"),
                                          QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
                                          QStringLiteral("users") });
        QCOMPARE(result.exitCode, 7);
        QVERIFY2(result.err.contains("127.0.0.1"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
