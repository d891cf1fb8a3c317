// AcronisBackend against the in-process mock server over real HTTP: capabilities, listing and
// paging, reading users, the two email-change semantics (immediate / link to the old address),
// optimistic concurrency, activation mails, sign-in and profile problems. Expectations come
// from the contract (API.md section 4) and from raw reads of the API, never from the mock's
// sources.
#include "AcronisBackend.h"
#include "AcronisBackendTestSupport.h"
#include "MockRequest.h"
#include "MockServer.h"
#include "OrganisationNames.h"
#include "RawHttpClient.h"
#include "UserLookup.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace AcronisBackendTest;

class tst_AcronisBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void capabilities();
    void pagesWalkTheTenantInOrder_data();
    void pagesWalkTheTenantInOrder();
    void emptyTenantGivesAnEmptyPage();
    void pageTokensAreCheckedAndExpire();
    void exactIdReadsOneUser_data();
    void exactIdReadsOneUser();
    void searchIsUnsupported();
    void exactEmailScansTheTenant_data();
    void exactEmailScansTheTenant();
    void userMapping_data();
    void userMapping();
    void userErrors_data();
    void userErrors();
    void notActivatedUserChangesAtOnce();
    void activatedUserWaitsForTheLinkAtTheOldAddress();
    void addressOfAnotherUserIsRefused();
    void addressRefusedByTheServer();
    void badInputIsRefusedLocally_data();
    void badInputIsRefusedLocally();
    void concurrentChangeIsAConflictNotARetry();
    void changeBasedOnAnOutdatedViewIsAConflict();
    void activationMail();
    void activationMailForActivatedUserIsRefused();
    void wrongSecretIsReported();
    void unsupportedSignInFailsEveryCall_data();
    void unsupportedSignInFailsEveryCall();
    void profileProblems_data();
    void profileProblems();
    void baseUrlMayIncludeTheApiPath();
    void tenantNamesNeedOneRequestPerTenant();

private:
    std::unique_ptr<AcronisBackend> backend(const QString &tenantId = {},
                                            const QString &secret = {});
    /// A user in `state` that no earlier test has changed, taken from the tenant listings.
    User freshUser(UserState state);
    QJsonObject rawUser(const QString &id);
    QString rawToken();

    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    QNetworkAccessManager m_network;
    QStringList m_tenants;
    /// Per tenant: the UUIDs exactly as GET /tenants/{id}/users returns them.
    QHash<QString, QStringList> m_rawIds;
    QList<User> m_users;
    QSet<QString> m_used;
};

void tst_AcronisBackend::initTestCase()
{
    m_config.users = 500; // about 125 per tenant: more than one full page of 100
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY(m_server->listen());
    m_tenants = tenantIds(m_server->baseUrl());
    QCOMPARE(m_tenants.size(), 4);

    RawHttpClient http(m_server->baseUrl());
    const QString token = rawToken();
    QVERIFY(!token.isEmpty());
    for (const QString &tenant : std::as_const(m_tenants)) {
        const RawReply reply = http.get(QStringLiteral("/api/2/tenants/%1/users").arg(tenant),
                                        { RawHttpClient::bearer(token) });
        QCOMPARE(reply.status, 200);
        QStringList ids;
        for (const QJsonValue &id : reply.object().value(QStringLiteral("items")).toArray())
            ids.append(id.toString());
        m_rawIds.insert(tenant, ids);
        auto acronis = backend(tenant);
        m_users += listAll(*acronis);
    }
    QCOMPARE(m_users.size(), m_config.users);
    // Read-only fixtures of the tests below, never changed by any test.
    m_used.insert(m_users.at(3).id);
    m_used.insert(m_users.at(7).id);
}

std::unique_ptr<AcronisBackend> tst_AcronisBackend::backend(const QString &tenantId,
                                                            const QString &secret)
{
    return std::make_unique<AcronisBackend>(
        &m_network,
        settingsFor(m_server->baseUrl(), tenantId.isEmpty() ? m_tenants.value(0) : tenantId,
                    m_config.credentials.acronisClientId),
        secret.isEmpty() ? m_config.credentials.acronisClientSecret : secret);
}

User tst_AcronisBackend::freshUser(UserState state)
{
    for (const User &user : std::as_const(m_users)) {
        if (user.state == state && !m_used.contains(user.id) && !user.email.isEmpty()) {
            m_used.insert(user.id);
            return user;
        }
    }
    QTest::qFail("no unused user in the wanted state", __FILE__, __LINE__);
    return {};
}

QString tst_AcronisBackend::rawToken()
{
    RawHttpClient http(m_server->baseUrl());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    const RawReply reply = http.postForm(
        QStringLiteral("/api/2/idp/token"), form.toString(QUrl::FullyEncoded).toUtf8(),
        { RawHttpClient::basic(m_config.credentials.acronisClientId,
                               m_config.credentials.acronisClientSecret) });
    return reply.object().value(QStringLiteral("access_token")).toString();
}

QJsonObject tst_AcronisBackend::rawUser(const QString &id)
{
    RawHttpClient http(m_server->baseUrl());
    return http
        .get(QStringLiteral("/api/2/users/%1").arg(id), { RawHttpClient::bearer(rawToken()) })
        .object();
}

void tst_AcronisBackend::capabilities()
{
    const BackendCapabilities caps = backend()->capabilities();
    QCOMPARE(caps.apiName, QStringLiteral("Acronis account management v2"));
    QVERIFY(!caps.needsPassword);
    QVERIFY(!caps.needsVerificationCode);
    QVERIFY(!caps.canRequestVerificationCode);
    QVERIFY(!caps.canMarkVerified);
    QVERIFY(!caps.ownAccountOnly);
    QVERIFY(caps.hasVersionCheck);
    QVERIFY(caps.canResendVerification);
    QVERIFY(!caps.verifiesWithCodeAfterChange);
    QVERIFY(!caps.hasServerSearch);
    QVERIFY(caps.reportsTotalCount);
    QVERIFY(caps.afterChange.contains(QStringLiteral("confirmation link")));
}

void tst_AcronisBackend::pagesWalkTheTenantInOrder_data()
{
    QTest::addColumn<int>("tenantIndex");
    QTest::addColumn<int>("pageSize"); // -1: the tenant's size; -2: one less
    QTest::newRow("exactly one page") << 1 << -1;
    QTest::newRow("last page holds one user") << 1 << -2;
    QTest::newRow("pages of 7") << 2 << 7;
    QTest::newRow("pages of 1") << 3 << 1;
    QTest::newRow("default page size is 100") << 0 << 0;
    QTest::newRow("page size capped at 100") << 0 << 1000;
}

void tst_AcronisBackend::pagesWalkTheTenantInOrder()
{
    QFETCH(int, tenantIndex);
    QFETCH(int, pageSize);
    const QString tenant = m_tenants.at(tenantIndex);
    const QStringList expected = m_rawIds.value(tenant);
    QVERIFY(expected.size() > 100 || pageSize < 100);
    if (pageSize == -1)
        pageSize = int(expected.size());
    else if (pageSize == -2)
        pageSize = int(expected.size()) - 1;
    const int effective = pageSize <= 0 ? 100 : std::min(pageSize, 100);

    auto acronis = backend(tenant);
    UserQuery query;
    query.pageSize = pageSize;
    QStringList seen;
    int pages = 0;
    for (;;) {
        const Outcome<UserPage> outcome = waitPage(acronis->listUsers(query));
        QVERIFY2(outcome.ok(), outcome.describe().constData());
        const UserPage &page = *outcome.value;
        ++pages;
        QCOMPARE(page.totalCount, std::optional<qint64>(expected.size()));
        const qsizetype remaining = expected.size() - seen.size();
        QCOMPARE(page.users.size(), std::min<qsizetype>(effective, remaining));
        for (const User &user : page.users) {
            QCOMPARE(user.organisationId, tenant);
            seen.append(user.id);
        }
        if (page.nextPageToken.isEmpty())
            break;
        QVERIFY(pages < 1000);
        query.pageToken = page.nextPageToken;
    }
    // The listing's order, every user once: no skips, no repeats.
    QCOMPARE(seen, expected);
    QCOMPARE(pages, int((expected.size() + effective - 1) / effective));
}

void tst_AcronisBackend::emptyTenantGivesAnEmptyPage()
{
    MockServerConfig config;
    config.users = 2; // at most two of the four tenants have users
    MockServer server(config);
    QVERIFY(server.listen());
    RawHttpClient http(server.baseUrl());
    QString emptyTenant;
    for (const QString &tenant : tenantIds(server.baseUrl())) {
        AcronisBackend probe(
            &m_network, settingsFor(server.baseUrl(), tenant, config.credentials.acronisClientId),
            config.credentials.acronisClientSecret);
        const Outcome<UserPage> outcome = waitPage(probe.listUsers({}));
        QVERIFY2(outcome.ok(), outcome.describe().constData());
        if (outcome.value->totalCount == 0) {
            QVERIFY(outcome.value->users.isEmpty());
            QVERIFY(outcome.value->nextPageToken.isEmpty());
            emptyTenant = tenant;
        } else {
            QVERIFY(!outcome.value->users.isEmpty());
        }
    }
    QVERIFY(!emptyTenant.isEmpty());
}

void tst_AcronisBackend::pageTokensAreCheckedAndExpire()
{
    auto acronis = backend(m_tenants.at(0));
    UserQuery query;
    query.pageSize = 10;
    const Outcome<UserPage> first = waitPage(acronis->listUsers(query));
    QVERIFY2(first.ok(), first.describe().constData());
    const QString token = first.value->nextPageToken;
    QVERIFY(!token.isEmpty());

    UserQuery bad = query;
    bad.pageToken = QStringLiteral("not-a-token");
    Outcome<UserPage> outcome = waitPage(acronis->listUsers(bad));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Validation);
    QVERIFY(outcome.error->message().contains(QStringLiteral("page token")));

    // Newer listings replace older ones after a few; the old token then says so.
    for (int i = 0; i < 4; ++i)
        QVERIFY(waitPage(acronis->listUsers(query)).ok());
    UserQuery stale = query;
    stale.pageToken = token;
    outcome = waitPage(acronis->listUsers(stale));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Conflict);
    QVERIFY(outcome.error->message().contains(QStringLiteral("from the start")));
}

void tst_AcronisBackend::exactIdReadsOneUser_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("existing") << QStringLiteral("existing");
    QTest::newRow("existing, upper case") << QStringLiteral("upper");
    QTest::newRow("unknown uuid") << QStringLiteral("unknown");
    QTest::newRow("not a uuid") << QStringLiteral("garbage");
}

void tst_AcronisBackend::exactIdReadsOneUser()
{
    QFETCH(QString, which);
    const User known = m_users.at(3);
    QString text = known.id;
    if (which == QLatin1String("upper"))
        text = known.id.toUpper();
    else if (which == QLatin1String("unknown"))
        text = QStringLiteral("00000000-0000-4000-8000-000000000000");
    else if (which == QLatin1String("garbage"))
        text = QStringLiteral("john");
    auto acronis = backend();
    UserQuery query;
    query.match = UserQuery::Match::ExactId;
    query.text = text;
    const Outcome<UserPage> outcome = waitPage(acronis->listUsers(query));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QVERIFY(outcome.value->nextPageToken.isEmpty());
    if (which == QLatin1String("existing") || which == QLatin1String("upper")) {
        QCOMPARE(outcome.value->users.size(), 1);
        QCOMPARE(outcome.value->users.constFirst(), known);
        QCOMPARE(outcome.value->totalCount, std::optional<qint64>(1));
    } else {
        QVERIFY(outcome.value->users.isEmpty());
        QCOMPARE(outcome.value->totalCount, std::optional<qint64>(0));
    }
}

void tst_AcronisBackend::searchIsUnsupported()
{
    auto acronis = backend();
    UserQuery query;
    query.match = UserQuery::Match::Contains;
    query.text = m_users.constFirst().email;
    const Outcome<UserPage> outcome = waitPage(acronis->listUsers(query));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Unsupported);
    QCOMPARE(outcome.error->message(),
             UserLookup::textSearchUnsupported(acronis->capabilities().apiName));
}

void tst_AcronisBackend::exactEmailScansTheTenant_data()
{
    QTest::addColumn<int>("tenantOfUser"); // the profile lists tenant 1
    QTest::addColumn<bool>("upperCase");
    QTest::newRow("a user of the tenant") << 1 << false;
    QTest::newRow("a user of the tenant, in capitals") << 1 << true;
    QTest::newRow("a user of another tenant") << 2 << false;
}

void tst_AcronisBackend::exactEmailScansTheTenant()
{
    QFETCH(int, tenantOfUser);
    QFETCH(bool, upperCase);
    auto acronis = backend(m_tenants.at(1));
    const QList<User> tenantUsers = listAll(*acronis);
    const QList<User> ownersUsers =
        tenantOfUser == 1 ? tenantUsers : listAll(*backend(m_tenants.at(tenantOfUser)));
    QVERIFY(ownersUsers.size() > 100); // more than one page to scan
    const QString email = ownersUsers.at(ownersUsers.size() - 2).email;
    QStringList expectedIds;
    for (const User &user : tenantUsers) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0)
            expectedIds.append(user.id);
    }
    QCOMPARE(expectedIds.isEmpty(), tenantOfUser != 1);

    UserQuery query;
    query.match = UserQuery::Match::ExactEmail;
    query.text = upperCase ? email.toUpper() : email;
    const Outcome<UserPage> outcome = waitPage(acronis->listUsers(query));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QStringList ids;
    for (const User &user : outcome.value->users)
        ids.append(user.id);
    QCOMPARE(ids, expectedIds);
    QCOMPARE(outcome.value->totalCount, std::optional<qint64>(expectedIds.size()));
    QVERIFY(!outcome.progress.isEmpty());
    QVERIFY2(outcome.progress.constLast().contains(
                 QStringLiteral("%1 of %1 checked").arg(tenantUsers.size())),
             qPrintable(outcome.progress.constLast()));
}

void tst_AcronisBackend::userMapping_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("active") << int(UserState::Active);
    QTest::newRow("not activated") << int(UserState::Initial);
    QTest::newRow("disabled") << int(UserState::Inactive);
}

void tst_AcronisBackend::userMapping()
{
    QFETCH(int, state);
    const User listed = freshUser(UserState(state));
    auto acronis = backend();
    const Outcome<User> outcome = waitUser(acronis->user(listed.id));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    const User &user = *outcome.value;
    QCOMPARE(user, listed); // the batch read and the single read agree

    // Against the raw answer of GET /api/2/users/{id}.
    const QJsonObject raw = rawUser(listed.id);
    const QJsonObject contact = raw.value(QStringLiteral("contact")).toObject();
    QCOMPARE(user.id, raw.value(QStringLiteral("id")).toString());
    QCOMPARE(user.login, raw.value(QStringLiteral("login")).toString());
    QCOMPARE(user.email, contact.value(QStringLiteral("email")).toString());
    QCOMPARE(user.organisationId, raw.value(QStringLiteral("tenant_id")).toString());
    QCOMPARE(user.version, QString::number(raw.value(QStringLiteral("version")).toInteger()));
    const QString name =
        QString(contact.value(QStringLiteral("firstname")).toString() + QLatin1Char(' ')
                + contact.value(QStringLiteral("lastname")).toString())
            .trimmed();
    QCOMPARE(user.displayName, name.isEmpty() ? user.login : name);
    const QJsonValue confirmed = contact.value(QStringLiteral("email_confirmed"));
    const EmailVerification verification = !confirmed.isBool() ? EmailVerification::Unknown
        : confirmed.toBool()                                   ? EmailVerification::Verified
                                                               : EmailVerification::Unverified;
    QCOMPARE(user.verification, verification);
    const bool activated = raw.value(QStringLiteral("activated")).toBool();
    const bool enabled = raw.value(QStringLiteral("enabled")).toBool();
    QCOMPARE(activated, UserState(state) != UserState::Initial);
    QCOMPARE(enabled || !activated, UserState(state) != UserState::Inactive);
    QCOMPARE(user.state, UserState(state));
    QVERIFY(!user.stateText.isEmpty());
    QVERIFY(user.pendingEmail.isEmpty());
}

void tst_AcronisBackend::userErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown user") << QStringLiteral("00000000-0000-4000-8000-000000000000")
                                  << int(ServiceError::Kind::NotFound) << 404
                                  << QStringLiteral("does not exist");
    QTest::newRow("not a uuid") << QStringLiteral("jdoe") << int(ServiceError::Kind::Validation)
                                << 0 << QStringLiteral("not an Acronis user id");
    QTest::newRow("empty") << QString() << int(ServiceError::Kind::Validation) << 0
                           << QStringLiteral("No user");
}

void tst_AcronisBackend::userErrors()
{
    QFETCH(QString, id);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, message);
    auto acronis = backend();
    const Outcome<User> outcome = waitUser(acronis->user(id));
    QVERIFY(outcome.error);
    QCOMPARE(int(outcome.error->kind()), kind);
    QCOMPARE(outcome.error->httpStatus(), status);
    QVERIFY2(outcome.error->message().contains(message), outcome.describe().constData());
    if (status == 404)
        QCOMPARE(outcome.error->backendCode(), QStringLiteral("404"));
}

void tst_AcronisBackend::notActivatedUserChangesAtOnce()
{
    const User before = freshUser(UserState::Initial);
    auto acronis = backend();
    const QString newEmail = QStringLiteral("changed.now.%1@example.org").arg(before.id.left(8));
    EmailChangeRequest request;
    request.newEmail = newEmail;
    const Outcome<EmailChangeOutcome> outcome =
        waitChange(acronis->changeEmail(before.id, request));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(outcome.value->kind, EmailChangeOutcome::Kind::ChangedNow);
    QVERIFY(outcome.value->user);
    QCOMPARE(outcome.value->user->email, newEmail);
    QVERIFY(outcome.value->user->pendingEmail.isEmpty());
    QCOMPARE(outcome.value->user->version.toLongLong(), before.version.toLongLong() + 1);

    const Outcome<User> after = waitUser(acronis->user(before.id));
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value->email, newEmail);
    QVERIFY(after.value->pendingEmail.isEmpty());
    QCOMPARE(after.value->version, outcome.value->user->version);
    QCOMPARE(after.value->login, before.login);
    // No confirmation link for accounts that are not activated.
    QVERIFY(m_server->mailbox().messages(before.email).isEmpty());
}

void tst_AcronisBackend::activatedUserWaitsForTheLinkAtTheOldAddress()
{
    const User before = freshUser(UserState::Active);
    auto acronis = backend(before.organisationId);
    const QString newEmail = QStringLiteral("pending.%1@example.org").arg(before.id.left(8));
    EmailChangeRequest request;
    request.newEmail = newEmail;
    const Outcome<EmailChangeOutcome> outcome =
        waitChange(acronis->changeEmail(before.id, request));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(outcome.value->kind, EmailChangeOutcome::Kind::AwaitingConfirmationAtOldAddress);
    QVERIFY(outcome.value->user);
    QCOMPARE(outcome.value->user->email, before.email);
    QCOMPARE(outcome.value->user->pendingEmail, newEmail);
    QCOMPARE(outcome.value->user->version, before.version);

    // Reads in this session show the waiting address, in single reads and in listings.
    const Outcome<User> read = waitUser(acronis->user(before.id));
    QVERIFY2(read.ok(), read.describe().constData());
    QCOMPARE(read.value->email, before.email);
    QCOMPARE(read.value->pendingEmail, newEmail);
    bool listed = false;
    for (const User &user : listAll(*acronis)) {
        if (user.id == before.id) {
            QCOMPARE(user.pendingEmail, newEmail);
            listed = true;
        }
    }
    QVERIFY(listed);

    // The platform mailed the old address; opening the link applies the change.
    const QList<MockMail> mails = m_server->mailbox().messages(before.email);
    QCOMPARE(mails.size(), 1);
    RawHttpClient http(m_server->baseUrl());
    QCOMPARE(http.get(pathOf(mails.constFirst().link)).status, 200);

    const Outcome<User> after = waitUser(acronis->user(before.id));
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value->email, newEmail);
    QVERIFY(after.value->pendingEmail.isEmpty());
    QVERIFY(after.value->version != before.version);
}

void tst_AcronisBackend::addressOfAnotherUserIsRefused()
{
    const User target = freshUser(UserState::Initial);
    const User other = freshUser(UserState::Active);
    auto acronis = backend();
    EmailChangeRequest request;
    request.newEmail = other.email;
    const Outcome<EmailChangeOutcome> outcome =
        waitChange(acronis->changeEmail(target.id, request));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Validation);
    QCOMPARE(outcome.error->httpStatus(), 409);
    QCOMPARE(outcome.error->backendCode(), QStringLiteral("409"));
    QCOMPARE(outcome.error->message(),
             QStringLiteral("This address is already used by another account."));
    QCOMPARE(outcome.error->fieldErrors().value(RequestField::newEmail),
             QStringLiteral("This address is already used by another account."));

    const Outcome<User> after = waitUser(acronis->user(target.id));
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value->email, target.email);
    QCOMPARE(after.value->version, target.version);
}

void tst_AcronisBackend::addressRefusedByTheServer()
{
    // Passes the local check (one @, no spaces) but has no dot in the domain.
    const User target = freshUser(UserState::Initial);
    auto acronis = backend();
    EmailChangeRequest request;
    request.newEmail = QStringLiteral("someone@localhost");
    const Outcome<EmailChangeOutcome> outcome =
        waitChange(acronis->changeEmail(target.id, request));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Validation);
    QCOMPARE(outcome.error->httpStatus(), 400);
    QVERIFY2(
        outcome.error->message().startsWith(QStringLiteral("Acronis does not accept this address")),
        outcome.describe().constData());
    QVERIFY(outcome.error->fieldErrors().contains(RequestField::newEmail));

    const Outcome<User> after = waitUser(acronis->user(target.id));
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value->email, target.email);
}

void tst_AcronisBackend::badInputIsRefusedLocally_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("newEmail");
    QTest::addColumn<bool>("markVerified");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString id = QStringLiteral("valid");
    QTest::newRow("empty address")
        << id << QString() << false << int(ServiceError::Kind::Validation) << RequestField::newEmail
        << QStringLiteral("Enter the new");
    QTest::newRow("blank address")
        << id << QStringLiteral("   ") << false << int(ServiceError::Kind::Validation)
        << RequestField::newEmail << QStringLiteral("Enter the new");
    QTest::newRow("no @") << id << QStringLiteral("jane.example.org") << false
                          << int(ServiceError::Kind::Validation) << RequestField::newEmail
                          << QStringLiteral("is not an email address");
    QTest::newRow("space inside") << id << QStringLiteral("jane doe@example.org") << false
                                  << int(ServiceError::Kind::Validation) << RequestField::newEmail
                                  << QStringLiteral("is not an email address");
    QTest::newRow("same address") << id << QStringLiteral("same") << false
                                  << int(ServiceError::Kind::Validation) << RequestField::newEmail
                                  << QStringLiteral("already is this user's address");
    QTest::newRow("mark verified")
        << id << QStringLiteral("new@example.org") << true << int(ServiceError::Kind::Unsupported)
        << QString() << QStringLiteral("cannot mark");
    QTest::newRow("bad user id") << QStringLiteral("42") << QStringLiteral("new@example.org")
                                 << false << int(ServiceError::Kind::Validation) << QString()
                                 << QStringLiteral("not an Acronis user id");
}

void tst_AcronisBackend::badInputIsRefusedLocally()
{
    QFETCH(QString, userId);
    QFETCH(QString, newEmail);
    QFETCH(bool, markVerified);
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const User target = m_users.at(7);
    if (userId == QLatin1String("valid"))
        userId = target.id;
    if (newEmail == QLatin1String("same"))
        newEmail = target.email;
    auto acronis = backend();
    EmailChangeRequest request;
    request.newEmail = newEmail;
    request.markVerified = markVerified;
    const Outcome<EmailChangeOutcome> outcome = waitChange(acronis->changeEmail(userId, request));
    QVERIFY(outcome.error);
    QCOMPARE(int(outcome.error->kind()), kind);
    QCOMPARE(outcome.error->httpStatus(), 0); // nothing was written
    QVERIFY2(outcome.error->message().contains(message), outcome.describe().constData());
    if (!field.isEmpty())
        QVERIFY(outcome.error->fieldErrors().value(field).contains(message));

    const Outcome<User> after = waitUser(acronis->user(target.id));
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value->version, target.version);
}

void tst_AcronisBackend::concurrentChangeIsAConflictNotARetry()
{
    const User target = freshUser(UserState::Initial);
    const QString interloper = QStringLiteral("interloper.%1@example.org").arg(target.id.left(8));
    InterceptingNetwork network;
    // Right between the backend's read and its PUT, someone else changes the address.
    network.beforeNextPut = [&](const QNetworkRequest &request) {
        const QJsonObject body {
            { QStringLiteral("contact"), QJsonObject { { QStringLiteral("email"), interloper } } },
            { QStringLiteral("version"), target.version.toLongLong() },
        };
        const MockResponse response =
            m_server->handle(MockRequest("PUT", request.url().path(), {},
                                         { { "Authorization", request.rawHeader("Authorization") },
                                           { "Content-Type", "application/json" } },
                                         QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QCOMPARE(response.status, 200);
    };
    AcronisBackend acronis(
        &network,
        settingsFor(m_server->baseUrl(), m_tenants.value(0), m_config.credentials.acronisClientId),
        m_config.credentials.acronisClientSecret);
    EmailChangeRequest request;
    request.newEmail = QStringLiteral("mine.%1@example.org").arg(target.id.left(8));
    const Outcome<EmailChangeOutcome> outcome = waitChange(acronis.changeEmail(target.id, request));
    QVERIFY(!network.beforeNextPut); // the hook ran
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Conflict);
    QCOMPARE(outcome.error->httpStatus(), 409);
    QCOMPARE(outcome.error->backendCode(), QStringLiteral("1001"));
    QVERIFY2(outcome.error->message().contains(QStringLiteral("email is now ") + interloper),
             outcome.describe().constData());
    QVERIFY(outcome.error->message().contains(QStringLiteral("reload and try again")));
    QVERIFY(outcome.error->currentUser());
    QCOMPARE(outcome.error->currentUser()->email, interloper);
    QVERIFY(outcome.error->currentUser()->version != target.version);

    // The write was not repeated: the other change stands.
    const Outcome<User> after = waitUser(acronis.user(target.id));
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value->email, interloper);
    QCOMPARE(after.value->version, outcome.error->currentUser()->version);
}

void tst_AcronisBackend::changeBasedOnAnOutdatedViewIsAConflict()
{
    const User seen = freshUser(UserState::Initial);
    auto acronis = backend();
    // Someone else changes the user after our person looked at it.
    EmailChangeRequest theirs;
    theirs.newEmail = QStringLiteral("someone.else.%1@example.org").arg(seen.id.left(8));
    const Outcome<EmailChangeOutcome> first = waitChange(acronis->changeEmail(seen.id, theirs));
    QVERIFY2(first.ok(), first.describe().constData());

    EmailChangeRequest ours;
    ours.newEmail = QStringLiteral("ours.%1@example.org").arg(seen.id.left(8));
    ours.expectedVersion = seen.version;
    const Outcome<EmailChangeOutcome> second = waitChange(acronis->changeEmail(seen.id, ours));
    QVERIFY(second.error);
    QCOMPARE(second.error->kind(), ServiceError::Kind::Conflict);
    QVERIFY(second.error->currentUser());
    QCOMPARE(second.error->currentUser()->email, theirs.newEmail);
    QVERIFY(second.error->message().contains(theirs.newEmail));

    // Their change stands.
    const Outcome<User> after = waitUser(acronis->user(seen.id));
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value->email, theirs.newEmail);

    // With the version they left, ours goes through.
    ours.expectedVersion = after.value->version;
    const Outcome<EmailChangeOutcome> third = waitChange(acronis->changeEmail(seen.id, ours));
    QVERIFY2(third.ok(), third.describe().constData());
    QCOMPARE(third.value->user->email, ours.newEmail);
}

void tst_AcronisBackend::activationMail()
{
    const User target = freshUser(UserState::Initial);
    auto acronis = backend();
    const int before = int(m_server->mailbox().messages(target.email).size());
    const Outcome<QString> outcome = waitAction(acronis->resendVerification(target.id));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(*outcome.value,
             QStringLiteral("An activation mail was sent to %1.").arg(target.email));
    const QList<MockMail> mails = m_server->mailbox().messages(target.email);
    QCOMPARE(mails.size(), before + 1);
    QVERIFY(mails.constFirst().link.contains(QStringLiteral("activate")));
}

void tst_AcronisBackend::activationMailForActivatedUserIsRefused()
{
    const User target = freshUser(UserState::Active);
    auto acronis = backend();
    Outcome<QString> outcome = waitAction(acronis->resendVerification(target.id));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Validation);
    QVERIFY(outcome.error->message().contains(QStringLiteral("already activated")));
    QVERIFY(m_server->mailbox().messages(target.email).isEmpty());

    outcome = waitAction(
        acronis->resendVerification(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::NotFound);
}

void tst_AcronisBackend::wrongSecretIsReported()
{
    auto acronis = backend(m_tenants.value(0), QStringLiteral("not-the-secret"));
    const Outcome<UserPage> outcome = waitPage(acronis->listUsers({}));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ServiceError::Kind::Unauthenticated);
    QCOMPARE(outcome.error->httpStatus(), 401);
    QCOMPARE(outcome.error->backendCode(), QStringLiteral("access_denied"));
    QVERIFY2(outcome.error->message().startsWith(
                 QStringLiteral("Acronis rejected the API client id or secret.")),
             outcome.describe().constData());
    QVERIFY(!outcome.error->message().contains(QStringLiteral("not-the-secret")));
}

void tst_AcronisBackend::unsupportedSignInFailsEveryCall_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("named");
    QTest::newRow("api key") << int(AuthMethod::ApiKey) << QStringLiteral("an API key");
    QTest::newRow("password") << int(AuthMethod::Password)
                              << QStringLiteral("a user name and password");
    QTest::newRow("pat") << int(AuthMethod::PersonalAccessToken)
                         << QStringLiteral("a personal access token");
    QTest::newRow("session token")
        << int(AuthMethod::SessionToken) << QStringLiteral("a pasted session token");
}

void tst_AcronisBackend::unsupportedSignInFailsEveryCall()
{
    QFETCH(int, method);
    QFETCH(QString, named);
    ConnectionSettings settings =
        settingsFor(m_server->baseUrl(), m_tenants.value(0), m_config.credentials.acronisClientId);
    settings.authMethod = AuthMethod(method);
    AcronisBackend acronis(&m_network, settings, m_config.credentials.acronisClientSecret);
    const QString id = m_users.constFirst().id;
    EmailChangeRequest request;
    request.newEmail = QStringLiteral("x@example.org");
    const QList<ServiceError> errors = {
        *waitPage(acronis.listUsers({})).error,
        *waitUser(acronis.user(id)).error,
        *waitChange(acronis.changeEmail(id, request)).error,
        *waitAction(acronis.resendVerification(id)).error,
    };
    for (const ServiceError &error : errors) {
        QCOMPARE(error.kind(), ServiceError::Kind::Unsupported);
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
    }
}

void tst_AcronisBackend::profileProblems_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no tenant") << QStringLiteral(" ") << QStringLiteral("id")
                               << int(ServiceError::Kind::Unsupported) << 0
                               << QStringLiteral("no Acronis tenant id");
    QTest::newRow("tenant not a uuid")
        << QStringLiteral("Northwind") << QStringLiteral("id")
        << int(ServiceError::Kind::Unsupported) << 0 << QStringLiteral("is not an Acronis tenant");
    QTest::newRow("unknown tenant")
        << QStringLiteral("00000000-0000-4000-8000-000000000000") << QStringLiteral("id")
        << int(ServiceError::Kind::NotFound) << 404 << QStringLiteral("no tenant");
    QTest::newRow("no client id") << QString() << QString()
                                  << int(ServiceError::Kind::Unauthenticated) << 0
                                  << QStringLiteral("no API client id");
}

void tst_AcronisBackend::profileProblems()
{
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, message);
    AcronisBackend acronis(
        &m_network,
        settingsFor(m_server->baseUrl(), tenant.isEmpty() ? m_tenants.value(0) : tenant,
                    clientId.isEmpty() ? QString() : m_config.credentials.acronisClientId),
        m_config.credentials.acronisClientSecret);
    const Outcome<UserPage> outcome = waitPage(acronis.listUsers({}));
    QVERIFY(outcome.error);
    QCOMPARE(int(outcome.error->kind()), kind);
    QCOMPARE(outcome.error->httpStatus(), status);
    QVERIFY2(outcome.error->message().contains(message), outcome.describe().constData());
}

void tst_AcronisBackend::baseUrlMayIncludeTheApiPath()
{
    QUrl base = m_server->baseUrl();
    base.setPath(QStringLiteral("/api/2/"));
    AcronisBackend acronis(
        &m_network, settingsFor(base, m_tenants.value(0), m_config.credentials.acronisClientId),
        m_config.credentials.acronisClientSecret);
    const Outcome<User> outcome = waitUser(acronis.user(m_users.constFirst().id));
    QVERIFY2(outcome.ok(), outcome.describe().constData());
    QCOMPARE(outcome.value->id, m_users.constFirst().id);
}

void tst_AcronisBackend::tenantNamesNeedOneRequestPerTenant()
{
    // The names as the mock's helper route tells them, not as the backend reads them.
    QHash<QString, QString> names;
    RawHttpClient http(m_server->baseUrl());
    const QJsonArray tenants = http.get(QStringLiteral("/mock/acronis/tenants"))
                                   .object()
                                   .value(QStringLiteral("tenants"))
                                   .toArray();
    for (const QJsonValue &tenant : tenants) {
        names.insert(tenant.toObject().value(QStringLiteral("id")).toString(),
                     tenant.toObject().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(names.size(), 4);
    const auto tenantReads = [this](const QString &tenantId) {
        const QString path = QStringLiteral("/api/2/tenants/") + tenantId;
        return m_server->requestCount("GET", path)
            - m_server->requestCount("GET", path + QStringLiteral("/users"));
    };
    const QString home = m_tenants.at(0);
    const int homeReadsBefore = tenantReads(home);

    auto acronis = backend(home);
    const QList<User> users = listAll(*acronis, 50); // three pages
    QVERIFY(users.size() > 100);
    for (const User &user : users) {
        QCOMPARE(user.organisationId, home);
        QCOMPARE(user.organisationName, names.value(home));
    }
    QCOMPARE(tenantReads(home) - homeReadsBefore, 1);

    // A user of another tenant, read by id: one lookup for that tenant, then none.
    const QString other = m_tenants.at(1);
    const QString otherUserId = m_rawIds.value(other).value(0);
    QVERIFY(!otherUserId.isEmpty());
    const int otherReadsBefore = tenantReads(other);
    for (int round = 0; round < 2; ++round) {
        const Outcome<User> read = waitUser(acronis->user(otherUserId));
        QVERIFY2(read.ok(), read.describe().constData());
        QCOMPARE(read.value->organisationName, names.value(other));
    }
    QCOMPARE(tenantReads(other) - otherReadsBefore, 1);
    QCOMPARE(tenantReads(home) - homeReadsBefore, 1);
    QCOMPARE(acronis->tenantNames().lookupCount(), 2);
}

QTEST_GUILESS_MAIN(tst_AcronisBackend)
#include "tst_acronisbackend.moc"
