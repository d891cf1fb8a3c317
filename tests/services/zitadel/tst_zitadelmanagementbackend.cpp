// ZitadelManagementBackend against the in-process mock server over real HTTP: listing, paging,
// search, organisations, reading and changing addresses, errors, auth, timeouts, rate limits.

#include "ErrorMessageText.h"
#include "MockServer.h"
#include "MockServerConfig.h"
#include "TokenAuthenticator.h"
#include "ZitadelBackendTestSupport.h"
#include "ZitadelManagementBackend.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace zitadelbackendtest;

namespace {
const QString defaultOrgId = QStringLiteral("276381956392018433");
const QString contosoOrgId = QStringLiteral("276381956392018977");
const QString globexOrgId = QStringLiteral("276381956392020065"); // no membership: 403

UserQuery pageQuery(int pageSize, const QString &token = {})
{
    UserQuery query;
    query.pageSize = pageSize;
    query.pageToken = token;
    return query;
}

UserQuery search(UserQuery::Match match, const QString &text, int pageSize = 100)
{
    UserQuery query;
    query.match = match;
    query.text = text;
    query.pageSize = pageSize;
    return query;
}
} // namespace

class TstZitadelManagementBackend : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<MockServer> m_server;
    /// The default organisation's users, read once in one page (pageSize 1000).
    QList<User> m_all;

    static std::unique_ptr<MockServer> startServer(MockServerConfig config = {})
    {
        auto server = std::make_unique<MockServer>(config);
        if (!server->listen())
            qFatal("mock server: %s", qPrintable(server->errorString()));
        return server;
    }

    std::unique_ptr<ZitadelManagementBackend>
    backend(MockServer &server, AuthMethod method = AuthMethod::PersonalAccessToken,
            QString secret = {}, const QString &orgId = {}, int timeoutMs = 10000)
    {
        ConnectionSettings settings;
        settings.kind = BackendKind::ZitadelManagement;
        settings.baseUrl = server.baseUrl();
        settings.authMethod = method;
        settings.organisationId = orgId;
        settings.timeoutMs = timeoutMs;
        if (method == AuthMethod::ClientCredentials) {
            settings.principal = server.config().credentials.zitadelClientId;
            if (secret.isNull())
                secret = server.config().credentials.zitadelClientSecret;
        } else if (secret.isNull()) {
            secret = server.config().credentials.zitadelPat;
        }
        return std::make_unique<ZitadelManagementBackend>(&m_network, settings, secret);
    }

    /// A user of the default organisation that no test of this server instance changes.
    const User &someUser(int index) const { return m_all.at(index); }

private slots:
    void initTestCase()
    {
        MockServerConfig config;
        config.users = 200;
        m_server = startServer(config);
        auto zitadel = backend(*m_server);
        const Outcome all = waitFor(zitadel->listUsers(pageQuery(1000)));
        ZVERIFY_OK(all);
        m_all = all.page.users;
        QVERIFY(m_all.size() > 20);
        QCOMPARE(all.page.totalCount.value_or(-1), qint64(m_all.size()));
        QVERIFY(all.page.nextPageToken.isEmpty());
    }

    void capabilities()
    {
        auto zitadel = backend(*m_server);
        const BackendCapabilities caps = zitadel->capabilities();
        QCOMPARE(caps.apiName, QStringLiteral("ZITADEL management v1"));
        QVERIFY(caps.canMarkVerified);
        QVERIFY(caps.canResendVerification);
        QVERIFY(caps.hasServerSearch);
        QVERIFY(caps.reportsTotalCount);
        QVERIFY(!caps.needsPassword);
        QVERIFY(!caps.needsVerificationCode);
        QVERIFY(!caps.canRequestVerificationCode);
        QVERIFY(!caps.ownAccountOnly);
        QVERIFY(!caps.hasVersionCheck);
        QVERIFY(!caps.verifiesWithCodeAfterChange);
        QVERIFY(!caps.afterChange.isEmpty());
    }

    void listMapsUsers()
    {
        QSet<QString> ids;
        for (const User &user : m_all) {
            QVERIFY(!user.id.isEmpty());
            bool numeric = false;
            user.id.toULongLong(&numeric);
            QVERIFY2(numeric, qPrintable(user.id));
            QVERIFY(!user.login.isEmpty());
            QVERIFY(!user.displayName.isEmpty());
            QVERIFY(user.email.contains(QLatin1Char('@')));
            QVERIFY(user.verification != EmailVerification::Unknown);
            QVERIFY(user.state != UserState::Unknown);
            QVERIFY(!user.stateText.isEmpty());
            QCOMPARE(user.organisationId, defaultOrgId);
            QVERIFY(!user.version.isEmpty());
            ids.insert(user.id);
        }
        QCOMPARE(ids.size(), m_all.size());
        // Sorted by user name, ascending.
        for (int i = 1; i < m_all.size(); ++i)
            QVERIFY(m_all.at(i - 1).login.compare(m_all.at(i).login, Qt::CaseInsensitive) <= 0);
        // The seed has both verified and unverified addresses; both are reported.
        const auto verified = std::count_if(m_all.cbegin(), m_all.cend(), [](const User &user) {
            return user.verification == EmailVerification::Verified;
        });
        QVERIFY(verified > 0);
        QVERIFY(verified < m_all.size());
    }

    void pagingBoundaries_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("offset"); // -1: from the start (empty token)
        QTest::addColumn<int>("expectedRows"); // -1: all remaining
        QTest::addColumn<bool>("expectMore");
        const int total = m_all.size();
        QTest::newRow("first page") << 10 << -1 << 10 << true;
        QTest::newRow("exactly one page") << total << -1 << total << false;
        QTest::newRow("page larger than all") << total + 5 << -1 << total << false;
        QTest::newRow("last partial page") << 10 << total - 3 << 3 << false;
        QTest::newRow("last full page") << 5 << total - 5 << 5 << false;
        QTest::newRow("offset at the end") << 10 << total << 0 << false;
        QTest::newRow("offset past the end") << 10 << total + 50 << 0 << false;
    }

    void pagingBoundaries()
    {
        QFETCH(int, pageSize);
        QFETCH(int, offset);
        QFETCH(int, expectedRows);
        QFETCH(bool, expectMore);
        auto zitadel = backend(*m_server);
        const Outcome outcome = waitFor(zitadel->listUsers(
            pageQuery(pageSize, offset < 0 ? QString() : QString::number(offset))));
        ZVERIFY_OK(outcome);
        QCOMPARE(outcome.page.users.size(), expectedRows);
        QCOMPARE(outcome.page.totalCount.value_or(-1), qint64(m_all.size()));
        QCOMPARE(!outcome.page.nextPageToken.isEmpty(), expectMore);
        const int start = std::max(offset, 0);
        for (int i = 0; i < outcome.page.users.size(); ++i)
            QCOMPARE(outcome.page.users.at(i), m_all.at(start + i));
    }

    void fullWalkHasNoSkipsOrRepeats()
    {
        auto zitadel = backend(*m_server);
        QList<User> walked;
        QString token;
        int pages = 0;
        do {
            const Outcome outcome = waitFor(zitadel->listUsers(pageQuery(7, token)));
            ZVERIFY_OK(outcome);
            QVERIFY(outcome.page.users.size() <= 7);
            walked += outcome.page.users;
            token = outcome.page.nextPageToken;
            QVERIFY(++pages <= m_all.size() / 7 + 2);
        } while (!token.isEmpty());
        QCOMPARE(pages, (m_all.size() + 6) / 7);
        QCOMPARE(walked, m_all);
    }

    void emptySearchResult()
    {
        auto zitadel = backend(*m_server);
        const Outcome outcome = waitFor(
            zitadel->listUsers(search(UserQuery::Match::Contains, QStringLiteral("zz-no-user"))));
        ZVERIFY_OK(outcome);
        QVERIFY(outcome.page.users.isEmpty());
        QCOMPARE(outcome.page.totalCount.value_or(-1), 0);
        QVERIFY(outcome.page.nextPageToken.isEmpty());
    }

    void searches_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expectedIds");
        const User &user = someUser(3);
        const auto idsWhere = [this](const std::function<bool(const User &)> &keep) {
            QStringList ids;
            for (const User &candidate : m_all) {
                if (keep(candidate))
                    ids.append(candidate.id);
            }
            return ids;
        };
        const QString loginPart = user.login.mid(1, 3).toUpper();
        QTest::newRow("contains user name, any case")
            << int(UserQuery::Match::Contains) << loginPart << idsWhere([&](const User &u) {
                   return u.login.contains(loginPart, Qt::CaseInsensitive);
               });
        const QString emailPart = user.email.mid(user.email.indexOf(QLatin1Char('@')) - 2, 6);
        QTest::newRow("contains with @ searches the email")
            << int(UserQuery::Match::Contains) << emailPart << idsWhere([&](const User &u) {
                   return u.email.contains(emailPart, Qt::CaseInsensitive);
               });
        QTest::newRow("exact email ignores case")
            << int(UserQuery::Match::ExactEmail) << user.email.toUpper()
            << idsWhere([&](const User &u) {
                   return u.email.compare(user.email, Qt::CaseInsensitive) == 0;
               });
        QTest::newRow("exact id") << int(UserQuery::Match::ExactId) << user.id
                                  << QStringList { user.id };
        QTest::newRow("exact id, no such user")
            << int(UserQuery::Match::ExactId) << QStringLiteral("1") << QStringList();
        QTest::newRow("contains nothing lists all")
            << int(UserQuery::Match::Contains) << QStringLiteral("  ")
            << idsWhere([](const User &) { return true; });
    }

    void searches()
    {
        QFETCH(int, match);
        QFETCH(QString, text);
        QFETCH(QStringList, expectedIds);
        QVERIFY(!expectedIds.isEmpty() || text == QLatin1String("1"));
        auto zitadel = backend(*m_server);
        const Outcome outcome =
            waitFor(zitadel->listUsers(search(UserQuery::Match(match), text, 1000)));
        ZVERIFY_OK(outcome);
        QStringList ids;
        for (const User &user : outcome.page.users)
            ids.append(user.id);
        QCOMPARE(ids, expectedIds);
        QCOMPARE(outcome.page.totalCount.value_or(-1), qint64(expectedIds.size()));
        QVERIFY(outcome.page.nextPageToken.isEmpty());
    }

    void searchPagesToo()
    {
        // A search that matches many users, walked in pages of 2.
        auto zitadel = backend(*m_server);
        const QString text = QStringLiteral("@");
        const Outcome all = waitFor(zitadel->listUsers(search(UserQuery::Match::Contains, text)));
        ZVERIFY_OK(all);
        QCOMPARE(all.page.users, m_all); // every address contains '@'
        UserQuery query = search(UserQuery::Match::Contains, text, 2);
        const Outcome second = waitFor(zitadel->listUsers([&] {
            query.pageToken = QStringLiteral("2");
            return query;
        }()));
        ZVERIFY_OK(second);
        QCOMPARE(second.page.users, m_all.mid(2, 2));
        QCOMPARE(second.page.nextPageToken, QStringLiteral("4"));
    }

    void invalidQueries_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::newRow("foreign page token")
            << int(UserQuery::Match::All) << QString() << QStringLiteral("abc");
        QTest::newRow("negative page token")
            << int(UserQuery::Match::All) << QString() << QStringLiteral("-5");
        QTest::newRow("exact email without text")
            << int(UserQuery::Match::ExactEmail) << QString() << QString();
        QTest::newRow("exact id without text")
            << int(UserQuery::Match::ExactId) << QStringLiteral(" ") << QString();
        QTest::newRow("text too long")
            << int(UserQuery::Match::Contains) << QString(201, QLatin1Char('a')) << QString();
    }

    void invalidQueries()
    {
        QFETCH(int, match);
        QFETCH(QString, text);
        QFETCH(QString, token);
        auto zitadel = backend(*m_server);
        UserQuery query = search(UserQuery::Match(match), text);
        query.pageToken = token;
        const Outcome outcome = waitFor(zitadel->listUsers(query));
        QVERIFY(outcome.finished && !outcome.succeeded);
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Validation);
        QCOMPARE(outcome.error.httpStatus(), 0); // refused before sending
        QVERIFY(!outcome.error.message().isEmpty());
    }

    void organisationHeaderScopesTheList()
    {
        auto contoso = backend(*m_server, AuthMethod::PersonalAccessToken, {}, contosoOrgId);
        const Outcome outcome = waitFor(contoso->listUsers(pageQuery(1000)));
        ZVERIFY_OK(outcome);
        QVERIFY(!outcome.page.users.isEmpty());
        for (const User &user : outcome.page.users)
            QCOMPARE(user.organisationId, contosoOrgId);
        // A default-organisation user is not found through Contoso.
        const Outcome other = waitFor(contoso->user(someUser(0).id));
        QCOMPARE(other.error.kind(), ServiceError::Kind::NotFound);
    }

    void organisationWithoutPermission()
    {
        auto globex = backend(*m_server, AuthMethod::PersonalAccessToken, {}, globexOrgId);
        const Outcome outcome = waitFor(globex->listUsers(pageQuery(10)));
        QVERIFY(outcome.finished && !outcome.succeeded);
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Forbidden);
        QCOMPARE(outcome.error.message(),
                 QStringLiteral("The service account lacks permission in this organisation."));
        QCOMPARE(outcome.error.backendCode(), QStringLiteral("AUTH-5mWD2"));
        QCOMPARE(outcome.error.httpStatus(), 403);
    }

    void readOneUser()
    {
        auto zitadel = backend(*m_server);
        const Outcome outcome = waitFor(zitadel->user(someUser(5).id));
        ZVERIFY_OK(outcome);
        QCOMPARE(outcome.user, someUser(5));
    }

    void readMissingUser()
    {
        auto zitadel = backend(*m_server);
        const Outcome outcome = waitFor(zitadel->user(QStringLiteral("12345")));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::NotFound);
        QCOMPARE(outcome.error.backendCode(), QStringLiteral("QUERY-Dfbg2"));
        QCOMPARE(outcome.error.httpStatus(), 404);
        QVERIFY(outcome.error.message().contains(QStringLiteral("not found")));
    }

    void changeEmailMarkedVerified()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        const Outcome before = waitFor(zitadel->listUsers(pageQuery(1)));
        ZVERIFY_OK(before);
        const User target = before.page.users.constFirst();
        const QString newEmail = QStringLiteral("changed.verified@northwind.example");

        EmailChangeRequest request;
        request.newEmail = newEmail;
        request.markVerified = true;
        const Outcome change = waitFor(zitadel->changeEmail(target.id, request));
        ZVERIFY_OK(change);
        QCOMPARE(change.change.kind, EmailChangeOutcome::Kind::ChangedNow);
        QVERIFY(change.change.user.has_value());
        QCOMPARE(change.change.user->email, newEmail);
        QCOMPARE(change.change.user->verification, EmailVerification::Verified);
        QVERIFY(change.change.user->version.toLongLong() > target.version.toLongLong());

        const Outcome reread = waitFor(zitadel->user(target.id));
        ZVERIFY_OK(reread);
        QCOMPARE(reread.user, *change.change.user);
        QCOMPARE(reread.user.displayName, target.displayName);
        QVERIFY(server->mailbox().messages(newEmail).isEmpty()); // no verification mail
    }

    void changeEmailSendsVerification()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        const Outcome before = waitFor(zitadel->listUsers(pageQuery(2)));
        ZVERIFY_OK(before);
        const User target = before.page.users.at(1);
        const QString newEmail = QStringLiteral("  New.Address@contoso.example ");

        EmailChangeRequest request;
        request.newEmail = newEmail;
        const Outcome change = waitFor(zitadel->changeEmail(target.id, request));
        ZVERIFY_OK(change);
        QCOMPARE(change.change.kind, EmailChangeOutcome::Kind::VerificationMailSent);
        QVERIFY(change.change.user.has_value());
        QCOMPARE(change.change.user->email, newEmail.trimmed());
        QCOMPARE(change.change.user->verification, EmailVerification::Unverified);
        QCOMPARE(server->mailbox().messages(newEmail.trimmed()).size(), 1);

        // The verification can be mailed again, and the search finds the new address.
        const Outcome resend = waitFor(zitadel->resendVerification(target.id));
        ZVERIFY_OK(resend);
        QVERIFY(!resend.message.isEmpty());
        QCOMPARE(server->mailbox().messages(newEmail.trimmed()).size(), 2);
        const Outcome found =
            waitFor(zitadel->listUsers(search(UserQuery::Match::ExactEmail, newEmail.trimmed())));
        ZVERIFY_OK(found);
        QCOMPARE(found.page.users.size(), 1);
        const User &now = found.page.users.constFirst();
        QCOMPARE(now.id, target.id);
        QCOMPARE(now.email, newEmail.trimmed());
        QCOMPARE(now.verification, EmailVerification::Unverified);
        // Resending is an event too: the sequence moved on.
        QVERIFY(now.version.toLongLong() > change.change.user->version.toLongLong());
    }

    void resendToVerifiedAddress()
    {
        auto zitadel = backend(*m_server);
        const auto verified = std::find_if(m_all.cbegin(), m_all.cend(), [](const User &user) {
            return user.verification == EmailVerification::Verified;
        });
        QVERIFY(verified != m_all.cend());
        const Outcome outcome = waitFor(zitadel->resendVerification(verified->id));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Validation);
        QCOMPARE(outcome.error.backendCode(), QStringLiteral("COMMAND-3m9ds"));
        QCOMPARE(outcome.error.httpStatus(), 400);
        QVERIFY(outcome.error.message().contains(QStringLiteral("already verified")));
    }

    void changeEmailErrors_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("newEmail");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("backendCode");
        QTest::addColumn<int>("httpStatus");
        const User &user = someUser(7);
        using K = ServiceError::Kind;
        QTest::newRow("same address")
            << user.id << user.email << QString() << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("The new address is the same as the "
                              "current one.")
            << QStringLiteral("COMMAND-2b7fM") << 400;
        QTest::newRow("server rejects the address")
            << user.id << QStringLiteral("someone@localhost") << QString() << int(K::Validation)
            << RequestField::newEmail << QStringLiteral("This is not a valid email address.")
            << QStringLiteral("EMAIL-599BI") << 400;
        QTest::newRow("no such user")
            << QStringLiteral("4711") << QStringLiteral("x@northwind.example") << QString()
            << int(K::NotFound) << QString()
            << QStringLiteral("The user was not found in this organisation; it may have been "
                              "deleted or belong to another organisation.")
            << QStringLiteral("QUERY-Dfbg2") << 404;
        QTest::newRow("read-only service account")
            << user.id << QStringLiteral("x@northwind.example")
            << QStringLiteral("demo-zitadel-readonly-pat") << int(K::Forbidden) << QString()
            << QStringLiteral("The service account lacks permission in this organisation.")
            << QStringLiteral("AUTH-5mWD2") << 403;
        QTest::newRow("empty address (local)")
            << user.id << QStringLiteral("  ") << QString() << int(K::Validation)
            << RequestField::newEmail << QStringLiteral("Enter the new email address.") << QString()
            << 0;
        QTest::newRow("no @ (local)")
            << user.id << QStringLiteral("northwind.example") << QString() << int(K::Validation)
            << RequestField::newEmail << QStringLiteral("This is not a valid email address.")
            << QString() << 0;
        QTest::newRow("too long (local)")
            << user.id << QString(195, QLatin1Char('a')) + QStringLiteral("@x.example") << QString()
            << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("The address must be between 1 and 200 characters long.") << QString()
            << 0;
        QTest::newRow("no user (local)")
            << QString() << QStringLiteral("x@northwind.example") << QString() << int(K::Validation)
            << QString() << QStringLiteral("No user was given.") << QString() << 0;
    }

    void changeEmailErrors()
    {
        QFETCH(QString, userId);
        QFETCH(QString, newEmail);
        QFETCH(QString, secret);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(QString, backendCode);
        QFETCH(int, httpStatus);
        auto zitadel = backend(*m_server, AuthMethod::PersonalAccessToken, secret);
        EmailChangeRequest request;
        request.newEmail = newEmail;
        const Outcome outcome = waitFor(zitadel->changeEmail(userId, request));
        QVERIFY(outcome.finished && !outcome.succeeded);
        QCOMPARE(int(outcome.error.kind()), kind);
        QCOMPARE(messageWithoutAddress(outcome.error), message);
        if (field.isEmpty())
            QVERIFY(outcome.error.fieldErrors().isEmpty());
        else
            QCOMPARE(outcome.error.fieldErrors().value(field), message);
        QCOMPARE(outcome.error.backendCode(), backendCode);
        QCOMPARE(outcome.error.httpStatus(), httpStatus);

        if (!userId.isEmpty() && userId == someUser(7).id) {
            // Nothing changed on the server.
            const Outcome reread = waitFor(backend(*m_server)->user(userId));
            ZVERIFY_OK(reread);
            QCOMPARE(reread.user, someUser(7));
        }
    }

    void wrongPersonalAccessToken()
    {
        auto zitadel =
            backend(*m_server, AuthMethod::PersonalAccessToken, QStringLiteral("not-the-token"));
        const Outcome outcome = waitFor(zitadel->listUsers(pageQuery(10)));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Unauthenticated);
        QCOMPARE(outcome.error.httpStatus(), 401);
        QCOMPARE(outcome.error.backendCode(), QStringLiteral("AUTH-7fs1e"));
        QVERIFY(outcome.error.message().contains(QStringLiteral("access token")));
    }

    void clientCredentials()
    {
        auto zitadel = backend(*m_server, AuthMethod::ClientCredentials);
        auto *tokens = qobject_cast<TokenAuthenticator *>(zitadel->authenticator());
        QVERIFY(tokens);
        const Outcome first = waitFor(zitadel->listUsers(pageQuery(3)));
        ZVERIFY_OK(first);
        QCOMPARE(first.page.users, m_all.mid(0, 3));
        const Outcome second = waitFor(zitadel->user(someUser(1).id));
        ZVERIFY_OK(second);
        QCOMPARE(tokens->fetchCount(), 1); // the token is reused
    }

    void wrongClientSecret()
    {
        auto zitadel =
            backend(*m_server, AuthMethod::ClientCredentials, QStringLiteral("wrong-secret"));
        const Outcome outcome = waitFor(zitadel->listUsers(pageQuery(3)));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Unauthenticated);
        QCOMPARE(outcome.error.message(),
                 QStringLiteral("ZITADEL rejected the client id or secret."));
        QCOMPARE(outcome.error.backendCode(), QStringLiteral("invalid_client"));
        QCOMPARE(outcome.error.httpStatus(), 401);
    }

    void expiredTokenIsRenewed()
    {
        MockServerConfig config;
        config.tokenTtlSeconds = 1;
        auto server = startServer(config);
        auto zitadel = backend(*server, AuthMethod::ClientCredentials);
        auto *tokens = qobject_cast<TokenAuthenticator *>(zitadel->authenticator());
        QVERIFY(tokens);
        ZVERIFY_OK(waitFor(zitadel->listUsers(pageQuery(2))));
        QCOMPARE(tokens->fetchCount(), 1);
        QTest::qWait(1300); // the token has expired on the server
        const Outcome later = waitFor(zitadel->listUsers(pageQuery(2)));
        ZVERIFY_OK(later);
        QCOMPARE(later.page.users.size(), 2);
        QCOMPARE(tokens->fetchCount(), 2);
    }

    void unsupportedAuthMethods_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("name");
        QTest::newRow("api key") << int(AuthMethod::ApiKey) << QStringLiteral("an API key");
        QTest::newRow("password") << int(AuthMethod::Password)
                                  << QStringLiteral("a user name and password");
        QTest::newRow("session token")
            << int(AuthMethod::SessionToken) << QStringLiteral("a session token");
    }

    void unsupportedAuthMethods()
    {
        QFETCH(int, method);
        QFETCH(QString, name);
        auto zitadel = backend(*m_server, AuthMethod(method), QStringLiteral("s"));
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("a@b.example");
        const QList<std::function<ServiceJob *()>> calls {
            [&] { return zitadel->listUsers(pageQuery(1)); },
            [&] { return zitadel->user(someUser(0).id); },
            [&] { return zitadel->changeEmail(someUser(0).id, request); },
            [&] { return zitadel->resendVerification(someUser(0).id); },
        };
        for (const auto &call : calls) {
            const Outcome outcome = waitFor(call());
            QCOMPARE(outcome.error.kind(), ServiceError::Kind::Unsupported);
            QVERIFY2(outcome.error.message().contains(name), qPrintable(outcome.error.message()));
        }
    }

    void actionsWithoutApi()
    {
        auto zitadel = backend(*m_server);
        QCOMPARE(waitFor(zitadel->verifyEmail(someUser(0).id, QStringLiteral("ABC"))).error.kind(),
                 ServiceError::Kind::Unsupported);
        QCOMPARE(
            waitFor(zitadel->requestVerificationCode(QStringLiteral("a@b.example"))).error.kind(),
            ServiceError::Kind::Unsupported);
    }

    void timeout()
    {
        MockServerConfig config;
        config.faults.latencyMs = 1500;
        auto server = startServer(config);
        auto zitadel = backend(*server, AuthMethod::PersonalAccessToken, {}, {}, 300);
        const Outcome outcome = waitFor(zitadel->listUsers(pageQuery(2)));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Timeout);
    }

    void shortRateLimitIsRetried()
    {
        MockServerConfig config;
        config.faults.rateLimit = 1;
        config.faults.rateWindowSeconds = 1;
        auto server = startServer(config);
        auto zitadel = backend(*server);
        ZVERIFY_OK(waitFor(zitadel->listUsers(pageQuery(2))));
        const Outcome second = waitFor(zitadel->listUsers(pageQuery(2, QStringLiteral("2"))));
        ZVERIFY_OK(second);
        QCOMPARE(second.page.users.size(), 2);
        QVERIFY(!second.progress.isEmpty()); // it waited and said so
    }

    void longRateLimitIsReported()
    {
        MockServerConfig config;
        // The first listing is two requests: the search and its organisation's name (remembered
        // from then on). Both fit in the window, so only the second search meets the limit;
        // with one allowed, the first listing also depended on how its lookup's 429 went.
        config.faults.rateLimit = 2;
        config.faults.rateWindowSeconds = 60;
        auto server = startServer(config);
        auto zitadel = backend(*server);
        ZVERIFY_OK(waitFor(zitadel->listUsers(pageQuery(2))));
        const Outcome second = waitFor(zitadel->listUsers(pageQuery(2)));
        QCOMPARE(second.error.kind(), ServiceError::Kind::RateLimited);
        QVERIFY(second.error.retryAfterSeconds() > 10);
        QVERIFY(second.error.retryAfterSeconds() <= 60);
        QCOMPARE(second.error.httpStatus(), 429);
        QVERIFY(second.error.message().contains(QString::number(second.error.retryAfterSeconds())));
        QVERIFY(second.progress.isEmpty());
    }

    void rateLimitedWriteIsWaitedOut()
    {
        MockServerConfig config;
        config.faults.rateLimit = 1;
        config.faults.rateWindowSeconds = 1;
        auto server = startServer(config);
        auto zitadel = backend(*server);
        const Outcome first = waitFor(zitadel->listUsers(pageQuery(1)));
        ZVERIFY_OK(first);
        const User target = first.page.users.constFirst();
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("limited@northwind.example");
        request.markVerified = true;
        // A 429 says the write was not processed: it is sent again after Retry-After.
        const Outcome change = waitFor(zitadel->changeEmail(target.id, request));
        ZVERIFY_OK(change);
        const Outcome after = waitFor(zitadel->user(target.id));
        ZVERIFY_OK(after);
        QCOMPARE(after.user.email, request.newEmail);
    }

    void cancelAbortsTheCall()
    {
        MockServerConfig config;
        config.faults.latencyMs = 800;
        auto server = startServer(config);
        auto zitadel = backend(*server);
        UserPageJob *job = zitadel->listUsers(pageQuery(2));
        QTimer::singleShot(50, job, [job] { job->cancel(); });
        const Outcome outcome = waitFor(job);
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TstZitadelManagementBackend)
#include "tst_zitadelmanagementbackend.moc"
