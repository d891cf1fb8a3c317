#include "CodeArtsBackendTestSupport.h"
#include "UserLookup.h"

#include <QJsonDocument>
#include <QSet>

using namespace CodeArtsBackendTest;

/// CodeArtsBackend against the mock server: listing the own account, reading it, the two-step
/// email change, local validation and profiles that cannot work.
class TstCodeArtsBackend : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<MockServer> m_server;
    QJsonObject m_self;

    std::unique_ptr<CodeArtsBackend> passwordBackend()
    {
        return std::make_unique<CodeArtsBackend>(
            &m_network, passwordProfile(m_server->baseUrl(), m_server->config().credentials),
            m_server->config().credentials.huaweiPassword);
    }

    std::unique_ptr<CodeArtsBackend> tokenBackend()
    {
        return std::make_unique<CodeArtsBackend>(&m_network, tokenProfile(m_server->baseUrl()),
                                                 m_server->config().credentials.codeArtsToken);
    }

    template<typename Value>
    static ServiceError errorOf(const Outcome<Value> &outcome)
    {
        return outcome.error.value_or(
            ServiceError(ServiceError::Kind::Server, QStringLiteral("(succeeded)")));
    }

    QString selfId() const { return QString::number(m_self.value(QStringLiteral("id")).toInt()); }

private slots:
    void init()
    {
        // A fresh mock per test: email changes and pending codes must not leak between tests.
        m_server = startServer();
        QVERIFY(m_server->port() != 0);
        m_self = rawSelf(*m_server);
        QVERIFY(!m_self.isEmpty());
    }

    void cleanup() { m_server.reset(); }

    void capabilitiesDescribeTheSelfServiceFlow()
    {
        const BackendCapabilities caps = tokenBackend()->capabilities();
        QVERIFY(caps.apiName.contains(QLatin1String("CodeArts")));
        QVERIFY(!caps.needsPassword);
        QVERIFY(caps.needsVerificationCode);
        QVERIFY(caps.canRequestVerificationCode);
        QVERIFY(!caps.canMarkVerified);
        QVERIFY(caps.ownAccountOnly);
        QVERIFY(!caps.hasVersionCheck);
        QVERIFY(!caps.canResendVerification);
        QVERIFY(!caps.verifiesWithCodeAfterChange);
        QVERIFY(!caps.hasServerSearch);
        QVERIFY(caps.reportsTotalCount);
        QVERIFY(caps.afterChange.endsWith(QLatin1Char('.')));
        QVERIFY(!caps.afterChange.isEmpty());
    }

    void listsTheSignedInAccount_data()
    {
        QTest::addColumn<bool>("password");
        QTest::newRow("IAM password") << true;
        QTest::newRow("pasted X-Auth-Token") << false;
    }

    void listsTheSignedInAccount()
    {
        QFETCH(bool, password);
        auto backend = password ? passwordBackend() : tokenBackend();
        const auto outcome = finishPage(backend->listUsers({}));
        QVERIFY2(outcome.value, outcome.error ? qPrintable(outcome.error->describe()) : "");
        const UserPage &page = *outcome.value;
        QCOMPARE(page.users.size(), 1);
        QCOMPARE(page.nextPageToken, QString());
        QCOMPARE(page.totalCount, std::optional<qint64>(1));

        const User &user = page.users.constFirst();
        QCOMPARE(user.id, selfId());
        QCOMPARE(user.login, m_self.value(QStringLiteral("name")).toString());
        QCOMPARE(user.login, m_server->config().credentials.huaweiUser);
        QCOMPARE(user.displayName, QString()); // CodeArts has none; the login is no name
        QCOMPARE(user.email, m_self.value(QStringLiteral("commit_email")).toString());
        QCOMPARE(user.verification, EmailVerification::Unknown);
        QCOMPARE(user.state, UserState::Active);
        QCOMPARE(user.stateText, QStringLiteral("Active")); // in the app's words, not "active"
        QCOMPARE(user.version, QString());
        QCOMPARE(user.pendingEmail, QString());
        if (password) {
            // The account as IAM reported it with the token.
            QCOMPARE(user.organisationName, m_server->config().credentials.huaweiDomain);
            QVERIFY(!user.organisationId.isEmpty());
            QCOMPARE(backend->tokenFetchCount(), 1);
        } else {
            QCOMPARE(user.organisationName, QString());
            QCOMPARE(backend->tokenFetchCount(), 0);
        }
    }

    void pagingBoundaries_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("pageToken");
        QTest::addColumn<int>("expectedUsers");
        QTest::newRow("page of one is exactly one page") << 1 << QString() << 1;
        QTest::newRow("large page holds the one account") << 100 << QString() << 1;
        QTest::newRow("token past the end gives an empty page") << 100 << QStringLiteral("1") << 0;
    }

    void pagingBoundaries()
    {
        QFETCH(int, pageSize);
        QFETCH(QString, pageToken);
        QFETCH(int, expectedUsers);
        auto backend = tokenBackend();
        UserQuery query;
        query.pageSize = pageSize;
        query.pageToken = pageToken;
        const auto outcome = finishPage(backend->listUsers(query));
        QVERIFY(outcome.value);
        QCOMPARE(outcome.value->users.size(), expectedUsers);
        QCOMPARE(outcome.value->nextPageToken, QString());
        QCOMPARE(outcome.value->totalCount, std::optional<qint64>(1));
    }

    void fullWalkHasNoSkipsOrRepeats()
    {
        auto backend = passwordBackend();
        UserQuery query;
        query.pageSize = 1;
        QSet<QString> seen;
        std::optional<qint64> total;
        int pages = 0;
        do {
            const auto outcome = finishPage(backend->listUsers(query));
            QVERIFY(outcome.value);
            total = outcome.value->totalCount;
            for (const User &user : outcome.value->users) {
                QVERIFY2(!seen.contains(user.id), qPrintable(user.id));
                seen.insert(user.id);
            }
            query.pageToken = outcome.value->nextPageToken;
            QVERIFY(++pages < 10);
        } while (!query.pageToken.isEmpty());
        QCOMPARE(pages, 1);
        QVERIFY(total);
        QCOMPARE(qint64(seen.size()), *total);
        QVERIFY(seen.contains(selfId()));
    }

    void exactIdReadsOneUser_data()
    {
        QTest::addColumn<bool>("own");
        QTest::newRow("own id") << true;
        QTest::newRow("another id") << false;
    }

    void exactIdReadsOneUser()
    {
        QFETCH(bool, own);
        auto backend = tokenBackend();
        UserQuery query;
        query.match = UserQuery::Match::ExactId;
        query.text = own ? selfId() : QString::number(selfId().toInt() + 1);
        const auto outcome = finishPage(backend->listUsers(query));
        QVERIFY2(outcome.value, "a missing id is an empty page, not an error");
        QCOMPARE(outcome.value->users.size(), own ? 1 : 0);
        QCOMPARE(outcome.value->totalCount, std::optional<qint64>(own ? 1 : 0));
        if (own)
            QCOMPARE(outcome.value->users.constFirst().id, selfId());
    }

    void searchingIsUnsupported()
    {
        auto backend = tokenBackend();
        UserQuery query;
        query.match = UserQuery::Match::Contains;
        query.text = m_self.value(QStringLiteral("commit_email")).toString();
        const auto outcome = finishPage(backend->listUsers(query));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Unsupported);
        QCOMPARE(outcome.error->message(),
                 UserLookup::textSearchUnsupported(backend->capabilities().apiName));
    }

    void exactEmailComparesTheSignedInAccount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        const QString own = m_self.value(QStringLiteral("commit_email")).toString();
        QVERIFY(!own.isEmpty());
        QTest::newRow("own address") << own << 1;
        QTest::newRow("own address in capitals") << own.toUpper() << 1;
        QTest::newRow("another address") << QStringLiteral("someone.else@example.com") << 0;
    }

    void exactEmailComparesTheSignedInAccount()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        auto backend = tokenBackend();
        UserQuery query;
        query.match = UserQuery::Match::ExactEmail;
        query.text = text;
        const auto outcome = finishPage(backend->listUsers(query));
        QVERIFY2(outcome.value, "no match is an empty page, not an error");
        QCOMPARE(outcome.value->users.size(), rows);
        QCOMPARE(outcome.value->totalCount, std::optional<qint64>(rows));
        if (rows == 1)
            QCOMPARE(outcome.value->users.constFirst().id, selfId());
    }

    void userReadsOnlyTheSignedInAccount()
    {
        auto backend = tokenBackend();
        const auto own = finishUser(backend->user(selfId()));
        QVERIFY(own.value);
        QCOMPARE(own.value->id, selfId());
        QCOMPARE(own.value->email, m_self.value(QStringLiteral("commit_email")).toString());

        const QString other = QString::number(selfId().toInt() + 1);
        const auto foreign = finishUser(backend->user(other));
        QVERIFY(foreign.error);
        QCOMPARE(foreign.kind(), ServiceError::Kind::NotFound);
        QVERIFY(foreign.error->message().contains(QLatin1String("only show")));
        QVERIFY(foreign.error->message().contains(QLatin1String("signed-in account")));
        QVERIFY(foreign.error->message().contains(other));
    }

    void requestingACodeMailsTheNewAddress()
    {
        auto backend = passwordBackend();
        const QString address = QStringLiteral("new.address@example.com");
        const auto outcome = finishAction(backend->requestVerificationCode(address));
        QVERIFY2(outcome.value, outcome.error ? qPrintable(outcome.error->describe()) : "");
        QCOMPARE(*outcome.value,
                 QStringLiteral("A verification code was sent to %1.").arg(address));
        QCOMPARE(mailedCode(*m_server, address).size(), 6);
    }

    void changeWithTheMailedCodeTakesEffectAtOnce_data()
    {
        QTest::addColumn<bool>("password");
        QTest::newRow("IAM password") << true;
        QTest::newRow("pasted X-Auth-Token") << false;
    }

    void changeWithTheMailedCodeTakesEffectAtOnce()
    {
        QFETCH(bool, password);
        auto backend = password ? passwordBackend() : tokenBackend();
        const QString address = QStringLiteral("helpdesk.new@example.org");
        QVERIFY(address != m_self.value(QStringLiteral("commit_email")).toString());
        QVERIFY(finishAction(backend->requestVerificationCode(address)).value);
        const QString code = mailedCode(*m_server, address);
        QVERIFY(!code.isEmpty());

        EmailChangeRequest request;
        // Pasted with stray spaces, as people do.
        request.newEmail = QLatin1Char(' ') + address + QLatin1Char(' ');
        request.verificationCode = code + QLatin1Char('\n');
        const auto outcome = finishChange(backend->changeEmail(selfId(), request));
        QVERIFY2(outcome.value, outcome.error ? qPrintable(outcome.error->describe()) : "");
        QCOMPARE(outcome.value->kind, EmailChangeOutcome::Kind::ChangedNow);
        QVERIFY(outcome.value->user);
        QCOMPARE(outcome.value->user->id, selfId());
        QCOMPARE(outcome.value->user->email, address);

        // The state reads back: through the backend and straight from the server.
        const auto listed = finishPage(backend->listUsers({}));
        QVERIFY(listed.value);
        QCOMPARE(listed.value->users.constFirst().email, address);
        const auto read = finishUser(backend->user(selfId()));
        QVERIFY(read.value);
        QCOMPARE(read.value->email, address);
        QCOMPARE(rawSelf(*m_server).value(QStringLiteral("commit_email")).toString(), address);
    }

    void changeForAnotherAccountIsRefusedBeforeWriting()
    {
        auto backend = tokenBackend();
        const QString address = QStringLiteral("someone.else@example.org");
        QVERIFY(finishAction(backend->requestVerificationCode(address)).value);
        EmailChangeRequest request;
        request.newEmail = address;
        request.verificationCode = mailedCode(*m_server, address);
        const QString other = QString::number(selfId().toInt() + 1);

        const auto refused = finishChange(backend->changeEmail(other, request));
        QVERIFY(refused.error);
        QCOMPARE(refused.kind(), ServiceError::Kind::NotFound);
        QVERIFY(refused.error->message().contains(other));
        QCOMPARE(rawSelf(*m_server).value(QStringLiteral("commit_email")),
                 m_self.value(QStringLiteral("commit_email")));

        // Nothing was written: the single-use code still works for the right account.
        const auto accepted = finishChange(backend->changeEmail(selfId(), request));
        QVERIFY(accepted.value);
        QCOMPARE(accepted.value->user->email, address);
    }

    void changeIsValidatedLocally_data()
    {
        QTest::addColumn<QString>("newEmail");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("fields");
        const QString email = RequestField::newEmail;
        const QString code = RequestField::verificationCode;
        QTest::newRow("empty address")
            << QString() << QStringLiteral("ABC123") << QStringList { email };
        QTest::newRow("blank address")
            << QStringLiteral("   ") << QStringLiteral("ABC123") << QStringList { email };
        QTest::newRow("no @") << QStringLiteral("helpdesk.example.org") << QStringLiteral("ABC123")
                              << QStringList { email };
        QTest::newRow("space inside") << QStringLiteral("help desk@example.org")
                                      << QStringLiteral("ABC123") << QStringList { email };
        QTest::newRow("missing code")
            << QStringLiteral("a@example.org") << QString() << QStringList { code };
        QTest::newRow("blank code")
            << QStringLiteral("a@example.org") << QStringLiteral(" \t") << QStringList { code };
        QTest::newRow("both missing") << QString() << QString() << QStringList { email, code };
    }

    void changeIsValidatedLocally()
    {
        QFETCH(QString, newEmail);
        QFETCH(QString, code);
        QFETCH(QStringList, fields);
        ScriptedHttpServer silent;
        QVERIFY(silent.listen());
        CodeArtsBackend backend(&m_network, tokenProfile(silent.url()), QStringLiteral("t"));
        EmailChangeRequest request;
        request.newEmail = newEmail;
        request.verificationCode = code;
        const auto outcome = finishChange(backend.changeEmail(QString(), request));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Validation);
        QStringList seen = outcome.error->fieldErrors().keys();
        seen.sort();
        fields.sort();
        QCOMPARE(seen, fields);
        for (const QString &message : outcome.error->fieldErrors())
            QVERIFY(outcome.error->message().contains(message));
        QCOMPARE(silent.requests().size(), 0);
    }

    void codeRequestIsValidatedLocally_data()
    {
        QTest::addColumn<QString>("newEmail");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" ");
        QTest::newRow("two @") << QStringLiteral("a@b@example.org");
        QTest::newRow("ends with @") << QStringLiteral("helpdesk@");
    }

    void codeRequestIsValidatedLocally()
    {
        QFETCH(QString, newEmail);
        ScriptedHttpServer silent;
        QVERIFY(silent.listen());
        CodeArtsBackend backend(&m_network, tokenProfile(silent.url()), QStringLiteral("t"));
        const auto outcome = finishAction(backend.requestVerificationCode(newEmail));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Validation);
        QCOMPARE(outcome.error->fieldErrors().keys(), QStringList { RequestField::newEmail });
        QCOMPARE(silent.requests().size(), 0);
    }

    void profilesThatCannotWorkFailEveryCall_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("mentions");
        const int password = int(AuthMethod::Password);
        const QString demo = QStringLiteral("demo-huawei-password");
        QTest::newRow("API key") << int(AuthMethod::ApiKey) << QString()
                                 << QStringLiteral("secret-key-1") << QStringLiteral("API key");
        QTest::newRow("personal access token")
            << int(AuthMethod::PersonalAccessToken) << QString() << QStringLiteral("secret-pat-2")
            << QStringLiteral("personal access token");
        QTest::newRow("client credentials")
            << int(AuthMethod::ClientCredentials) << QString() << QStringLiteral("secret-client-3")
            << QStringLiteral("client credentials");
        QTest::newRow("no account")
            << password << QStringLiteral("account") << demo << QStringLiteral("account name");
        QTest::newRow("no IAM user")
            << password << QStringLiteral("principal") << demo << QStringLiteral("IAM user name");
        QTest::newRow("no project")
            << password << QStringLiteral("project") << demo << QStringLiteral("project");
        QTest::newRow("no password")
            << password << QString() << QString() << QStringLiteral("IAM password");
        QTest::newRow("no token") << int(AuthMethod::SessionToken) << QString()
                                  << QStringLiteral(" ") << QStringLiteral("X-Auth-Token");
        QTest::newRow("no address")
            << int(AuthMethod::SessionToken) << QStringLiteral("baseUrl")
            << QStringLiteral("secret-token-4") << QStringLiteral("CodeArts Repo address");
    }

    void profilesThatCannotWorkFailEveryCall()
    {
        QFETCH(int, method);
        QFETCH(QString, field);
        QFETCH(QString, secret);
        QFETCH(QString, mentions);
        ConnectionSettings settings =
            passwordProfile(m_server->baseUrl(), m_server->config().credentials);
        settings.authMethod = AuthMethod(method);
        if (field == QLatin1String("account"))
            settings.accountName.clear();
        else if (field == QLatin1String("principal"))
            settings.principal.clear();
        else if (field == QLatin1String("project"))
            settings.projectName.clear(); // and 127.0.0.1 names no region
        else if (field == QLatin1String("baseUrl"))
            settings.baseUrl = QUrl();
        CodeArtsBackend backend(&m_network, settings, secret);

        EmailChangeRequest change;
        change.newEmail = QStringLiteral("a@example.org");
        change.verificationCode = QStringLiteral("ABC123");
        const QList<ServiceError> errors {
            errorOf(finishPage(backend.listUsers({}))),
            errorOf(finishUser(backend.user(selfId()))),
            errorOf(finishChange(backend.changeEmail(selfId(), change))),
            errorOf(finishAction(backend.requestVerificationCode(change.newEmail))),
        };
        for (const ServiceError &error : errors) {
            QCOMPARE(error.kind(), ServiceError::Kind::Unsupported);
            QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
            if (!secret.trimmed().isEmpty())
                QVERIFY(!error.message().contains(secret));
        }
        QCOMPARE(backend.tokenFetchCount(), 0);
    }

    void projectDefaultsToTheRegionOfTheCodeArtsHost()
    {
        // IAM answers 401, so the (unreachable) CodeArts host is never contacted.
        ScriptedHttpServer iam;
        QVERIFY(iam.listen());
        iam.setResponses({ ScriptedResponse::json(
            401,
            R"({"error_code":"IAM.0001","error_msg":"The username or password is wrong."})") });
        ConnectionSettings settings = passwordProfile(
            QUrl(QStringLiteral("https://codehub-ext.ap-southeast-3.myhuaweicloud.com")),
            m_server->config().credentials);
        settings.projectName.clear();
        // Pasted from the IAM documentation, with the version in it.
        settings.authUrl = iam.url().resolved(QUrl(QStringLiteral("/v3")));
        CodeArtsBackend backend(&m_network, settings, QStringLiteral("pw"));
        const auto outcome = finishPage(backend.listUsers({}));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.kind(), ServiceError::Kind::Unauthenticated);
        QCOMPARE(iam.requests().size(), 1);
        const ScriptedRequest &login = iam.requests().constFirst();
        QCOMPARE(login.target, QByteArray("/v3/auth/tokens?nocatalog=true"));
        const QJsonObject auth =
            QJsonDocument::fromJson(login.body).object().value(QStringLiteral("auth")).toObject();
        const QJsonObject project = auth.value(QStringLiteral("scope"))
                                        .toObject()
                                        .value(QStringLiteral("project"))
                                        .toObject();
        QCOMPARE(project.value(QStringLiteral("name")).toString(),
                 QStringLiteral("ap-southeast-3"));
    }
};

QTEST_GUILESS_MAIN(TstCodeArtsBackend)
#include "tst_codeartsbackend.moc"
