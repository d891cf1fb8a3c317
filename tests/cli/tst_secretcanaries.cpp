#include "CliProcess.h"
#include "MockServer.h"
#include "SecretCanaries.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

/// No secret ever on disk: full CLI flows on every backend and sign-in method, with secrets that
/// are easy to find (canaries) and debug logging on, in a private HOME and XDG folders. Then
/// every file written there, and everything printed, is searched for them: none may appear. The
/// keyring, a private gnome-keyring (CTest runs this through tests/with-keyring.sh), is the one
/// place that holds them.
class TstSecretCanaries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;
    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
    /// stdout and stderr of every run.
    QByteArray m_printed;
    /// Secrets typed or mailed during the flows (passwords for a change, verification codes).
    QList<QByteArray> m_typed;

    QString folder(const QString &name) const { return m_root.filePath(name); }

    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        const QStringList all = QStringList { QStringLiteral("--config-dir"),
                                              folder(QStringLiteral("config/IdentityDesk")) }
            + arguments;
        const CliResult result = runCli(all, input, m_environment);
        // Output only: the command lines carry codes the test itself types (--code CODE).
        m_printed += result.out + result.err;
        return result;
    }

    CliResult expectSuccess(const QStringList &arguments, const QByteArray &input = {})
    {
        const CliResult result = cli(arguments, input);
        if (result.exitCode != 0)
            qWarning("%s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     result.exitCode, result.err.constData());
        return result;
    }

    void addProfile(const QString &name, const QStringList &options, const QString &secret)
    {
        const CliResult added =
            expectSuccess(QStringList { QStringLiteral("profiles"), QStringLiteral("add"), name,
                                        QStringLiteral("--url"), m_server->baseUrl().toString() }
                              + options + QStringList { QStringLiteral("--secret-stdin") },
                          secret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY2(added.out.contains("keyring"), added.out.constData());
    }

    QJsonObject json(const QString &profile, const QStringList &arguments)
    {
        const CliResult result = expectSuccess(
            QStringList { QStringLiteral("--profile"), profile, QStringLiteral("--json") }
            + arguments);
        return QJsonDocument::fromJson(result.out).object();
    }

    QString firstUserId(const QString &profile)
    {
        return json(profile,
                    { QStringLiteral("users"), QStringLiteral("--limit"), QStringLiteral("3") })
            .value(QLatin1String("users"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }

    QString mailedCode(const QString &address) const
    {
        const QList<MockMail> mail = m_server->mailbox().messages(address);
        return mail.isEmpty() ? QString() : mail.constFirst().code;
    }

    /// What counts as a leak: every configured secret (see SecretCanaries), and what was typed
    /// or mailed in the flows.
    SecretCanaries canaries() const
    {
        SecretCanaries canaries(m_server->config().credentials);
        for (const QByteArray &typed : m_typed)
            canaries.add(typed);
        return canaries;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("IDENTITYDESK_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP(
                "runs only inside tests/with-keyring.sh (a private keyring), never against yours");
        QVERIFY(m_root.isValid());
        MockServerConfig config;
        config.users = 20;
        config.credentials = SecretCanaries::credentials();
        m_server = std::make_unique<MockServer>(config);
        QVERIFY(m_server->listen());

        for (const char *name : { "home", "config", "data", "cache", "state", "runtime", "tmp" })
            QVERIFY(QDir().mkpath(folder(QLatin1String(name))));
        QFile::setPermissions(folder(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), folder(QStringLiteral("home")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), folder(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), folder(QStringLiteral("cache")));
        m_environment.insert(QStringLiteral("XDG_STATE_HOME"), folder(QStringLiteral("state")));
        m_environment.insert(QStringLiteral("TMPDIR"), folder(QStringLiteral("tmp")));
        // The journal at its default place, inside the private data folder.
        m_environment.remove(QStringLiteral("IDENTITYDESK_JOURNAL"));
        m_environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    }

    void everyBackendAndSignInMethod()
    {
        const MockCredentials &c = m_server->config().credentials;
        const QString url = m_server->baseUrl().toString();

        // Gcore: API key, then a JWT login of a user with the users' password.
        addProfile(QStringLiteral("gcore-key"),
                   { QStringLiteral("--kind"), QStringLiteral("gcore"), QStringLiteral("--auth"),
                     QStringLiteral("api-key") },
                   c.gcoreApiKey);
        const QString gcoreId = firstUserId(QStringLiteral("gcore-key"));
        QVERIFY(!gcoreId.isEmpty());
        const QString gcoreLogin =
            json(QStringLiteral("gcore-key"), { QStringLiteral("show"), gcoreId })
                .value(QLatin1String("email"))
                .toString();
        QVERIFY(!gcoreLogin.isEmpty());
        QCOMPARE(expectSuccess({ QStringLiteral("--profile"), QStringLiteral("gcore-key"),
                                 QStringLiteral("change-email"), gcoreId,
                                 QStringLiteral("gcore.new@example.com"),
                                 QStringLiteral("--password-stdin") },
                               c.gcoreUserPassword.toUtf8() + '\n')
                     .exitCode,
                 0);
        // A wrong password typed: refused, and still never written anywhere.
        const QByteArray wrong = "CanaryTypedWrongPassword-44aa01";
        m_typed.append(wrong);
        QCOMPARE(
            cli({ QStringLiteral("--profile"), QStringLiteral("gcore-key"),
                  QStringLiteral("change-email"), gcoreId,
                  QStringLiteral("gcore.other@example.com"), QStringLiteral("--password-stdin") },
                wrong + '\n')
                .exitCode,
            4);
        addProfile(QStringLiteral("gcore-jwt"),
                   { QStringLiteral("--kind"), QStringLiteral("gcore"), QStringLiteral("--auth"),
                     QStringLiteral("password"), QStringLiteral("--principal"),
                     QStringLiteral("gcore.new@example.com") },
                   c.gcoreUserPassword);
        QVERIFY(!firstUserId(QStringLiteral("gcore-jwt")).isEmpty());

        // ZITADEL management: a personal access token and client credentials.
        addProfile(QStringLiteral("zitadel-pat"),
                   { QStringLiteral("--kind"), QStringLiteral("zitadel"), QStringLiteral("--auth"),
                     QStringLiteral("personal-access-token") },
                   c.zitadelPat);
        const QString zitadelId = firstUserId(QStringLiteral("zitadel-pat"));
        QVERIFY(!zitadelId.isEmpty());
        QCOMPARE(expectSuccess({ QStringLiteral("--profile"), QStringLiteral("zitadel-pat"),
                                 QStringLiteral("change-email"), zitadelId,
                                 QStringLiteral("zitadel.new@example.com"),
                                 QStringLiteral("--verified") })
                     .exitCode,
                 0);
        addProfile(QStringLiteral("zitadel-client"),
                   { QStringLiteral("--kind"), QStringLiteral("zitadel"), QStringLiteral("--auth"),
                     QStringLiteral("client-credentials"), QStringLiteral("--principal"),
                     c.zitadelClientId },
                   c.zitadelClientSecret);
        QVERIFY(!firstUserId(QStringLiteral("zitadel-client")).isEmpty());

        // ZITADEL self-service: the user's own token, a change and its mailed code.
        addProfile(QStringLiteral("zitadel-self"),
                   { QStringLiteral("--kind"), QStringLiteral("zitadel-self"),
                     QStringLiteral("--auth"), QStringLiteral("session-token") },
                   c.zitadelSelfToken);
        QCOMPARE(expectSuccess({ QStringLiteral("--profile"), QStringLiteral("zitadel-self"),
                                 QStringLiteral("change-email"), QStringLiteral("me"),
                                 QStringLiteral("self.new@example.com") })
                     .exitCode,
                 0);
        const QString selfCode = mailedCode(QStringLiteral("self.new@example.com"));
        QVERIFY(!selfCode.isEmpty());
        m_typed.append(selfCode.toUtf8());
        QCOMPARE(expectSuccess({ QStringLiteral("--profile"), QStringLiteral("zitadel-self"),
                                 QStringLiteral("verify-email"), selfCode })
                     .exitCode,
                 0);

        // CodeArts: a Huawei IAM password login and a pasted token; a mailed code.
        addProfile(QStringLiteral("codearts-iam"),
                   { QStringLiteral("--kind"), QStringLiteral("codearts"), QStringLiteral("--auth"),
                     QStringLiteral("password"), QStringLiteral("--auth-url"), url,
                     QStringLiteral("--principal"), c.huaweiUser, QStringLiteral("--account"),
                     c.huaweiDomain, QStringLiteral("--project"),
                     QStringLiteral("ap-southeast-3") },
                   c.huaweiPassword);
        QVERIFY(!firstUserId(QStringLiteral("codearts-iam")).isEmpty());
        QCOMPARE(expectSuccess({ QStringLiteral("--profile"), QStringLiteral("codearts-iam"),
                                 QStringLiteral("request-code"),
                                 QStringLiteral("codearts.new@example.com") })
                     .exitCode,
                 0);
        const QString code = mailedCode(QStringLiteral("codearts.new@example.com"));
        QVERIFY(!code.isEmpty());
        m_typed.append(code.toUtf8());
        QCOMPARE(expectSuccess({ QStringLiteral("--profile"), QStringLiteral("codearts-iam"),
                                 QStringLiteral("change-email"), QStringLiteral("me"),
                                 QStringLiteral("codearts.new@example.com"),
                                 QStringLiteral("--code"), code })
                     .exitCode,
                 0);
        addProfile(QStringLiteral("codearts-token"),
                   { QStringLiteral("--kind"), QStringLiteral("codearts"), QStringLiteral("--auth"),
                     QStringLiteral("session-token"), QStringLiteral("--account"), c.huaweiDomain,
                     QStringLiteral("--project"), QStringLiteral("ap-southeast-3") },
                   c.codeArtsToken);
        QVERIFY(!firstUserId(QStringLiteral("codearts-token")).isEmpty());

        // Acronis: client credentials for the first tenant with users.
        const MockResponse tenants = m_server->handle(
            MockRequest("GET", QStringLiteral("/mock/acronis/tenants"), {}, {}, {}));
        const QString tenant = QJsonDocument::fromJson(tenants.body)
                                   .object()
                                   .value(QLatin1String("tenants"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
        addProfile(QStringLiteral("acronis"),
                   { QStringLiteral("--kind"), QStringLiteral("acronis"), QStringLiteral("--auth"),
                     QStringLiteral("client-credentials"), QStringLiteral("--principal"),
                     c.acronisClientId, QStringLiteral("--org"), tenant },
                   c.acronisClientSecret);
        const QString acronisId = firstUserId(QStringLiteral("acronis"));
        QVERIFY(!acronisId.isEmpty());
        QCOMPARE(expectSuccess({ QStringLiteral("--profile"), QStringLiteral("acronis"),
                                 QStringLiteral("change-email"), acronisId,
                                 QStringLiteral("acronis.new@example.com") })
                     .exitCode,
                 0);

        // The journal was written (where the search below looks) and is intact.
        QCOMPARE(expectSuccess({ QStringLiteral("history") }).exitCode, 0);
        QCOMPARE(expectSuccess({ QStringLiteral("history"), QStringLiteral("verify") }).exitCode,
                 0);
        QVERIFY2(m_printed.contains("debug"), "debug logging did not reach stderr");
    }

    void noCanaryInAnyFileOrOutput()
    {
        const SecretCanaries search = canaries();
        const SecretCanaries::FolderSearch files = search.searchFolder(m_root.path());
        QStringList leaks = files.leaks;
        for (const QString &hit : search.hits(m_printed))
            leaks.append(QStringLiteral("stdout/stderr: ") + hit);
        const bool journalSeen =
            files.filePaths.contains(QStringLiteral("/data/IdentityDesk/journal.sqlite"));
        QVERIFY2(files.files >= 2 && journalSeen, "the flows wrote no profile file or no journal");
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void onlyTheKeyringHoldsTheSecrets()
    {
        const MockCredentials &c = m_server->config().credentials;
        const std::pair<QString, QString> stored[] = {
            { QStringLiteral("gcore-key"), c.gcoreApiKey },
            { QStringLiteral("zitadel-client"), c.zitadelClientSecret },
            { QStringLiteral("codearts-iam"), c.huaweiPassword },
            { QStringLiteral("acronis"), c.acronisClientSecret },
        };
        for (const auto &[profile, secret] : stored) {
            QProcess lookup;
            lookup.start(QStringLiteral("secret-tool"),
                         { QStringLiteral("lookup"), QStringLiteral("server"),
                           QStringLiteral("IdentityDesk"), QStringLiteral("user"),
                           QStringLiteral("profile:") + profile });
            QVERIFY(lookup.waitForFinished(10000));
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);
        }
    }
};

QTEST_GUILESS_MAIN(TstSecretCanaries)
#include "tst_secretcanaries.moc"
