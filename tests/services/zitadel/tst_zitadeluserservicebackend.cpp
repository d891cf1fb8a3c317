// ZitadelUserServiceBackend (user service v2) against the in-process mock server over real
// HTTP: listing through the page pipeline, search, reading, changing addresses with UpdateUser
// and with the SetEmail fallback of an older instance, codes, organisation names (one request
// per organisation, never per row), and management v1 and v2 seeing the same directory.

#include "MockServer.h"
#include "MockServerConfig.h"
#include "OrganisationNames.h"
#include "PagePipeline.h"
#include "ZitadelBackendTestSupport.h"
#include "ZitadelManagementBackend.h"
#include "ZitadelUserServiceBackend.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace zitadelbackendtest;

namespace {
const QString defaultOrgId = QStringLiteral("276381956392018433");
const QString contosoOrgId = QStringLiteral("276381956392018977");
const QString globexOrgId = QStringLiteral("276381956392020065"); // no membership
/// The organisations the demo service accounts are members of, and their names.
const QHash<QString, QString> memberOrgNames {
    { defaultOrgId, QStringLiteral("Northwind Helpdesk") },
    { contosoOrgId, QStringLiteral("Contoso Retail") },
    { QStringLiteral("276381956392019521"), QStringLiteral("Fabrikam Labs") },
};

UserQuery pageQuery(int pageSize, const QString &token = {})
{
    UserQuery query;
    query.pageSize = pageSize;
    query.pageToken = token;
    return query;
}

UserQuery searchFor(UserQuery::Match match, const QString &text)
{
    UserQuery query;
    query.match = match;
    query.text = text;
    return query;
}

/// Every user of a listing, through the page pipeline (concurrent pages by offset).
QList<User> listAll(IdentityBackend *backend, int pageSize, PagePipeline::Status *status)
{
    PagePipelineSettings settings;
    settings.pageSize = pageSize;
    PagePipeline pipeline(backend, UserQuery(), settings);
    QList<User> users;
    QObject::connect(&pipeline, &PagePipeline::pageReady,
                     [&users](const QList<User> &page) { users.append(page); });
    QSignalSpy finished(&pipeline, &PagePipeline::finished);
    pipeline.start();
    if (!finished.wait(30000))
        pipeline.cancel();
    *status = pipeline.status();
    return users;
}
} // namespace

class TstZitadelUserServiceBackend : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<MockServer> m_server;

    static std::unique_ptr<MockServer> startServer(MockServerConfig config = {})
    {
        auto server = std::make_unique<MockServer>(config);
        if (!server->listen())
            qFatal("mock server: %s", qPrintable(server->errorString()));
        return server;
    }

    ConnectionSettings settingsFor(MockServer &server, const QString &orgId = {})
    {
        ConnectionSettings settings;
        settings.kind = BackendKind::ZitadelManagement;
        settings.zitadelApi = ZitadelApiVersion::V2;
        settings.baseUrl = server.baseUrl();
        settings.authMethod = AuthMethod::PersonalAccessToken;
        settings.organisationId = orgId;
        settings.timeoutMs = 10000;
        return settings;
    }

    std::unique_ptr<ZitadelUserServiceBackend> backend(MockServer &server,
                                                       const QString &orgId = {})
    {
        return std::make_unique<ZitadelUserServiceBackend>(&m_network, settingsFor(server, orgId),
                                                           server.config().credentials.zitadelPat);
    }

    std::unique_ptr<ZitadelManagementBackend> backendV1(MockServer &server,
                                                        const QString &orgId = {})
    {
        ConnectionSettings settings = settingsFor(server, orgId);
        settings.zitadelApi = ZitadelApiVersion::V1;
        return std::make_unique<ZitadelManagementBackend>(&m_network, settings,
                                                          server.config().credentials.zitadelPat);
    }

    /// A user of `orgId` that no other test of this server instance touches.
    User userAt(MockServer &server, const QString &orgId, int index)
    {
        auto zitadel = backend(server, orgId);
        const Outcome all = waitFor(zitadel->listUsers(pageQuery(1000)));
        if (!all.succeeded || all.page.users.size() <= index)
            qFatal("cannot list the users of %s", qPrintable(orgId));
        return all.page.users.at(index);
    }

private slots:
    void initTestCase()
    {
        MockServerConfig config;
        config.users = 300;
        m_server = startServer(config);
    }

    void capabilities()
    {
        auto zitadel = backend(*m_server);
        const BackendCapabilities caps = zitadel->capabilities();
        QCOMPARE(caps.apiName, QStringLiteral("ZITADEL user service v2"));
        QVERIFY(caps.canMarkVerified);
        QVERIFY(caps.canResendVerification);
        QVERIFY(caps.verifiesWithCodeAfterChange);
        QVERIFY(caps.hasServerSearch);
        QVERIFY(caps.reportsTotalCount);
        QVERIFY(!caps.needsPassword);
        QVERIFY(!caps.ownAccountOnly);
    }

    void listsEveryMemberOrganisationThroughThePipeline()
    {
        auto zitadel = backend(*m_server);
        PagePipeline::Status status = PagePipeline::Status::Running;
        const QList<User> users = listAll(zitadel.get(), 37, &status);
        QCOMPARE(status, PagePipeline::Status::Complete);
        QSet<QString> ids, orgs;
        for (const User &user : users) {
            ids.insert(user.id);
            orgs.insert(user.organisationId);
            QVERIFY(!user.login.isEmpty());
            QVERIFY(user.email.contains(QLatin1Char('@')));
            QVERIFY(user.verification != EmailVerification::Unknown);
            QVERIFY(user.state != UserState::Unknown);
            QCOMPARE(user.organisationName, memberOrgNames.value(user.organisationId));
        }
        QCOMPARE(ids.size(), users.size());
        // Instance-wide: every organisation the service account may read, none other.
        QCOMPARE(orgs, QSet<QString>(memberOrgNames.keyBegin(), memberOrgNames.keyEnd()));
        QVERIFY(!orgs.contains(globexOrgId));
        for (int i = 1; i < users.size(); ++i)
            QVERIFY(users.at(i - 1).login.compare(users.at(i).login, Qt::CaseInsensitive) <= 0);
    }

    void organisationNamesNeedOneRequestPerOrganisation()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        PagePipeline::Status status = PagePipeline::Status::Running;
        const QList<User> users = listAll(zitadel.get(), 20, &status);
        QCOMPARE(status, PagePipeline::Status::Complete);
        QVERIFY(users.size() > 100);
        // Ten pages, three organisations: three lookups, not one per row or per page.
        const int lookups = server->requestCount("POST", QStringLiteral("/v2/organizations/"));
        QCOMPARE(lookups, memberOrgNames.size());
        QCOMPARE(zitadel->organisationNames().lookupCount(), memberOrgNames.size());
        // Reading users later asks nothing more: the names are the session's.
        ZVERIFY_OK(waitFor(zitadel->user(users.first().id)));
        ZVERIFY_OK(waitFor(zitadel->listUsers(pageQuery(50))));
        QCOMPARE(server->requestCount("POST", QStringLiteral("/v2/organizations/")), lookups);
    }

    void organisationNamesThroughManagementV1()
    {
        auto server = startServer();
        auto v1 = backendV1(*server, contosoOrgId);
        PagePipeline::Status status = PagePipeline::Status::Running;
        const QList<User> users = listAll(v1.get(), 10, &status);
        QCOMPARE(status, PagePipeline::Status::Complete);
        QVERIFY(users.size() > 20);
        for (const User &user : users)
            QCOMPARE(user.organisationName, QStringLiteral("Contoso Retail"));
        QCOMPARE(server->requestCount("GET", QStringLiteral("/management/v1/orgs/me")), 1);
    }

    void organisationFilterOfTheProfile()
    {
        auto zitadel = backend(*m_server, contosoOrgId);
        const Outcome all = waitFor(zitadel->listUsers(pageQuery(1000)));
        ZVERIFY_OK(all);
        QVERIFY(!all.page.users.isEmpty());
        for (const User &user : all.page.users)
            QCOMPARE(user.organisationId, contosoOrgId);
        QCOMPARE(all.page.totalCount.value_or(-1), qint64(all.page.users.size()));
    }

    void v1AndV2SeeTheSameDirectory()
    {
        auto v1 = backendV1(*m_server, contosoOrgId);
        auto v2 = backend(*m_server, contosoOrgId);
        const Outcome fromV1 = waitFor(v1->listUsers(pageQuery(1000)));
        const Outcome fromV2 = waitFor(v2->listUsers(pageQuery(1000)));
        ZVERIFY_OK(fromV1);
        ZVERIFY_OK(fromV2);
        QCOMPARE(fromV2.page.users.size(), fromV1.page.users.size());
        for (int i = 0; i < fromV1.page.users.size(); ++i) {
            const User &a = fromV1.page.users.at(i);
            const User &b = fromV2.page.users.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.login, a.login);
            QCOMPARE(b.displayName, a.displayName);
            QCOMPARE(b.email, a.email);
            QCOMPARE(b.verification, a.verification);
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.organisationId, a.organisationId);
            QCOMPARE(b.organisationName, a.organisationName);
        }

        // A change through v1 is seen through v2, and back.
        const User target = fromV1.page.users.at(3);
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("through.v1@contoso.example");
        request.markVerified = true;
        ZVERIFY_OK(waitFor(v1->changeEmail(target.id, request)));
        Outcome read = waitFor(v2->user(target.id));
        ZVERIFY_OK(read);
        QCOMPARE(read.user.email, request.newEmail);
        QCOMPARE(read.user.verification, EmailVerification::Verified);

        request.newEmail = QStringLiteral("through.v2@contoso.example");
        request.markVerified = false;
        ZVERIFY_OK(waitFor(v2->changeEmail(target.id, request)));
        read = waitFor(v1->user(target.id));
        ZVERIFY_OK(read);
        QCOMPARE(read.user.email, request.newEmail);
        QCOMPARE(read.user.verification, EmailVerification::Unverified);
    }

    void search_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("field"); // which of the user's texts the search is taken from
        QTest::newRow("contains: part of the email") << int(UserQuery::Match::Contains) << "email";
        QTest::newRow("contains: part of the user name")
            << int(UserQuery::Match::Contains) << "login";
        QTest::newRow("contains: the display name")
            << int(UserQuery::Match::Contains) << "displayName";
        QTest::newRow("exact email") << int(UserQuery::Match::ExactEmail) << "email";
        QTest::newRow("exact id") << int(UserQuery::Match::ExactId) << "id";
    }

    void search()
    {
        QFETCH(int, match);
        QFETCH(QString, field);
        const User target = userAt(*m_server, defaultOrgId, 11);
        QString text = field == QLatin1String("email") ? target.email
            : field == QLatin1String("login")          ? target.login
            : field == QLatin1String("displayName")    ? target.displayName
                                                       : target.id;
        if (UserQuery::Match(match) == UserQuery::Match::Contains)
            text = text.mid(1, text.size() - 2);
        auto zitadel = backend(*m_server);
        const Outcome found = waitFor(zitadel->listUsers(searchFor(UserQuery::Match(match), text)));
        ZVERIFY_OK(found);
        QVERIFY(std::any_of(found.page.users.cbegin(), found.page.users.cend(),
                            [&target](const User &user) { return user.id == target.id; }));
        QCOMPARE(found.page.totalCount.value_or(-1), qint64(found.page.users.size()));
        if (UserQuery::Match(match) != UserQuery::Match::Contains)
            QCOMPARE(found.page.users.size(), 1);
    }

    void unknownIdIsNoMatch()
    {
        auto zitadel = backend(*m_server);
        const Outcome found =
            waitFor(zitadel->listUsers(searchFor(UserQuery::Match::ExactId, QStringLiteral("1"))));
        ZVERIFY_OK(found);
        QVERIFY(found.page.users.isEmpty());
        const Outcome read = waitFor(zitadel->user(QStringLiteral("1")));
        QVERIFY(!read.succeeded);
        QCOMPARE(read.error.kind(), ServiceError::Kind::NotFound);
    }

    void changeMarkedVerified()
    {
        const User target = userAt(*m_server, defaultOrgId, 20);
        auto zitadel = backend(*m_server);
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("  verified.now@northwind.example ");
        request.markVerified = true;
        const int mails = m_server->mailbox().messages(request.newEmail.trimmed()).size();
        const Outcome changed = waitFor(zitadel->changeEmail(target.id, request));
        ZVERIFY_OK(changed);
        QCOMPARE(changed.change.kind, EmailChangeOutcome::Kind::ChangedNow);
        QVERIFY(changed.change.user);
        QCOMPARE(changed.change.user->email, request.newEmail.trimmed());
        QCOMPARE(changed.change.user->verification, EmailVerification::Verified);
        QCOMPARE(changed.change.user->organisationName, QStringLiteral("Northwind Helpdesk"));
        QCOMPARE(m_server->mailbox().messages(request.newEmail.trimmed()).size(), mails);
        QVERIFY(!zitadel->usesSetEmail());
        QCOMPARE(m_server->requestCount("POST", QStringLiteral("/v2/users/") + target.id), 0);
    }

    void changeWithMailedCodeThenResendAndVerify()
    {
        const User target = userAt(*m_server, defaultOrgId, 21);
        auto zitadel = backend(*m_server);
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("needs.code@northwind.example");
        const Outcome changed = waitFor(zitadel->changeEmail(target.id, request));
        ZVERIFY_OK(changed);
        QCOMPARE(changed.change.kind, EmailChangeOutcome::Kind::VerificationMailSent);
        QCOMPARE(changed.change.user->verification, EmailVerification::Unverified);
        QCOMPARE(m_server->mailbox().messages(request.newEmail).size(), 1);

        // A code is waiting: ResendEmailCode mails a new one.
        const Outcome resent = waitFor(zitadel->resendVerification(target.id));
        ZVERIFY_OK(resent);
        QCOMPARE(m_server->mailbox().messages(request.newEmail).size(), 2);
        const QString code = m_server->mailbox().messages(request.newEmail).first().code;

        const Outcome wrong = waitFor(zitadel->verifyEmail(target.id, QStringLiteral("WRONG123")));
        QVERIFY(!wrong.succeeded);
        QCOMPARE(wrong.error.kind(), ServiceError::Kind::Validation);
        QVERIFY(wrong.error.fieldErrors().contains(RequestField::verificationCode));

        ZVERIFY_OK(waitFor(zitadel->verifyEmail(target.id, code)));
        const Outcome read = waitFor(zitadel->user(target.id));
        QCOMPARE(read.user.verification, EmailVerification::Verified);

        // No code is waiting any more: SendEmailCode mails a fresh one.
        const Outcome sent = waitFor(zitadel->resendVerification(target.id));
        ZVERIFY_OK(sent);
        QCOMPARE(m_server->mailbox().messages(request.newEmail).size(), 3);
        QCOMPARE(m_server->requestCount("POST",
                                        QStringLiteral("/v2/users/%1/email/send").arg(target.id)),
                 1);
    }

    void changeErrors_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("sameAsBefore");
        QTest::newRow("same address") << QString() << int(ServiceError::Kind::Validation) << true;
        QTest::newRow("not an address")
            << QStringLiteral("no-at-sign") << int(ServiceError::Kind::Validation) << false;
        QTest::newRow("too long") << QString(195, QLatin1Char('a')) + QStringLiteral("@x.example")
                                  << int(ServiceError::Kind::Validation) << false;
    }

    void changeErrors()
    {
        QFETCH(QString, email);
        QFETCH(int, kind);
        QFETCH(bool, sameAsBefore);
        const User target = userAt(*m_server, defaultOrgId, 30);
        auto zitadel = backend(*m_server);
        EmailChangeRequest request;
        request.newEmail = sameAsBefore ? target.email : email;
        const Outcome changed = waitFor(zitadel->changeEmail(target.id, request));
        QVERIFY(!changed.succeeded);
        QCOMPARE(int(changed.error.kind()), kind);
        QVERIFY(changed.error.fieldErrors().contains(RequestField::newEmail));
    }

    void organisationWithoutMembershipListsNothing()
    {
        // Globex's users are not the service account's to read.
        auto zitadel = backend(*m_server, globexOrgId);
        const Outcome listed = waitFor(zitadel->listUsers(pageQuery(10)));
        ZVERIFY_OK(listed);
        QVERIFY(listed.page.users.isEmpty());
        QCOMPARE(listed.page.totalCount.value_or(-1), 0);
    }

    void fallsBackToSetEmailOnAnOlderInstance_data()
    {
        QTest::addColumn<bool>("markVerified");
        QTest::newRow("verified") << true;
        QTest::newRow("mailed code") << false;
    }

    void fallsBackToSetEmailOnAnOlderInstance()
    {
        QFETCH(bool, markVerified);
        MockServerConfig config;
        config.zitadelWithoutUpdateUser = true;
        auto older = startServer(config);
        const User first = userAt(*older, defaultOrgId, 5);
        const User second = userAt(*older, defaultOrgId, 6);
        auto zitadel = backend(*older);

        QTest::ignoreMessage(QtDebugMsg,
                             QRegularExpression(QStringLiteral("no UpdateUser.*SetEmail")));
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("older.instance@northwind.example");
        request.markVerified = markVerified;
        const Outcome changed = waitFor(zitadel->changeEmail(first.id, request));
        ZVERIFY_OK(changed);
        QVERIFY(zitadel->usesSetEmail());
        QCOMPARE(changed.change.user->email, request.newEmail);
        QCOMPARE(changed.change.user->verification,
                 markVerified ? EmailVerification::Verified : EmailVerification::Unverified);
        QCOMPARE(older->mailbox().messages(request.newEmail).size(), markVerified ? 0 : 1);
        QCOMPARE(older->requestCount("PATCH", QStringLiteral("/v2/users/")), 1);
        QCOMPARE(older->requestCount("POST", QStringLiteral("/v2/users/%1/email").arg(first.id)),
                 1);

        // The session remembers: the next change goes to SetEmail at once.
        request.newEmail = QStringLiteral("older.second@northwind.example");
        ZVERIFY_OK(waitFor(zitadel->changeEmail(second.id, request)));
        QCOMPARE(older->requestCount("PATCH", QStringLiteral("/v2/users/")), 1);
    }

    void updateUserOnACurrentInstanceSaysSo()
    {
        const User target = userAt(*m_server, defaultOrgId, 40);
        auto zitadel = backend(*m_server);
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("with UpdateUser$")));
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("update.user@northwind.example");
        request.markVerified = true;
        ZVERIFY_OK(waitFor(zitadel->changeEmail(target.id, request)));
    }

    void readOnlyAccountCannotWrite()
    {
        const User target = userAt(*m_server, defaultOrgId, 41);
        ZitadelUserServiceBackend reader(&m_network, settingsFor(*m_server),
                                         m_server->config().credentials.zitadelReadOnlyPat);
        ZVERIFY_OK(waitFor(reader.user(target.id)));
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("reader@northwind.example");
        const Outcome changed = waitFor(reader.changeEmail(target.id, request));
        QVERIFY(!changed.succeeded);
        QCOMPARE(changed.error.kind(), ServiceError::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TstZitadelUserServiceBackend)
#include "tst_zitadeluserservicebackend.moc"
