// GcoreBackend against the in-process mock server over real HTTP: capabilities, listing and
// paging, reading one user, the email change and its documented errors, credentials.
// Expectations come from API.md §1 and from raw reads of the same server.

#include "ErrorMessageText.h"
#include "GcoreTestSupport.h"
#include "MockServer.h"
#include "RawHttpClient.h"
#include "UserLookup.h"

#include <QJsonArray>
#include <QSet>

using namespace gcoretest;

class TstGcoreBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void capabilities();
    void firstPageMapsUsersLikeTheRawApi();
    void paging_data();
    void paging();
    void fullWalkHasNoSkipsOrRepeats();
    void invalidPageTokenIsRejected();
    void searchIsUnsupported();
    void exactEmailScansTheListing_data();
    void exactEmailScansTheListing();
    void exactIdReadsOneUser_data();
    void exactIdReadsOneUser();

    void userReadsOne();
    void unknownUserIsNotFound_data();
    void unknownUserIsNotFound();

    void changeEmailChangesAndReadsBack();
    void changeEmailErrors_data();
    void changeEmailErrors();

    void wrongApiKeyIsUnauthenticated();
    void pastedKeyWithSchemeAndNewlineWorks();
    void profileProblems_data();
    void profileProblems();

private:
    std::unique_ptr<GcoreBackend> apiKeyBackend(const QString &key) const
    {
        return std::make_unique<GcoreBackend>(
            m_network.get(), settingsFor(m_server->baseUrl(), AuthMethod::ApiKey), key);
    }
    std::unique_ptr<GcoreBackend> backend() const
    {
        return apiKeyBackend(m_config.credentials.gcoreApiKey);
    }
    RawHttpClient::Headers rawAuth() const
    {
        return { { "Authorization", "APIKey " + m_config.credentials.gcoreApiKey.toLatin1() } };
    }
    /// The whole directory as the raw API lists it (no limit: everyone, in order).
    QJsonArray rawUsers() const
    {
        return m_raw->get(QStringLiteral("/iam/users"), rawAuth())
            .object()
            .value(QStringLiteral("results"))
            .toArray();
    }

    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_raw;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TstGcoreBackend::initTestCase()
{
    m_config.users = 57; // not a multiple of the page sizes used below
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_raw = std::make_unique<RawHttpClient>(m_server->baseUrl());
    m_network = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(rawUsers().size(), 57);
}

void TstGcoreBackend::capabilities()
{
    const BackendCapabilities caps = backend()->capabilities();
    QCOMPARE(caps.apiName, QStringLiteral("Gcore IAM"));
    QVERIFY(caps.needsPassword);
    QVERIFY(!caps.needsVerificationCode);
    QVERIFY(!caps.canRequestVerificationCode);
    QVERIFY(!caps.canMarkVerified);
    QVERIFY(!caps.ownAccountOnly);
    QVERIFY(!caps.hasVersionCheck);
    QVERIFY(!caps.canResendVerification);
    QVERIFY(!caps.verifiesWithCodeAfterChange);
    QVERIFY(!caps.hasServerSearch);
    QVERIFY(caps.reportsTotalCount);
    QVERIFY(caps.afterChange.endsWith(QLatin1Char('.')));
    QVERIFY(caps.afterChange.contains(QLatin1String("password")));

    // No resend and no codes: the optional actions say so.
    auto gcore = backend();
    const auto resend = await(gcore->resendVerification(QStringLiteral("100000")),
                              [](ActionJob *job) { return job->message(); });
    QVERIFY(resend.error);
    QCOMPARE(resend.error->kind(), ServiceError::Kind::Unsupported);
    QVERIFY(resend.error->message().contains(QLatin1String("Gcore IAM")));
}

void TstGcoreBackend::firstPageMapsUsersLikeTheRawApi()
{
    auto gcore = backend();
    const Result<UserPage> result = listPage(*gcore, 10);
    QVERIFY2(result.ok(), result.why().constData());
    const UserPage &page = *result.value;
    QCOMPARE(page.users.size(), 10);
    QCOMPARE(page.totalCount, std::optional<qint64>(57));
    QCOMPARE(page.nextPageToken, QStringLiteral("10"));

    const QJsonArray raw = rawUsers();
    for (int i = 0; i < page.users.size(); ++i) {
        const User &user = page.users.at(i);
        const QJsonObject json = raw.at(i).toObject();
        QCOMPARE(user.id, QString::number(json[QStringLiteral("id")].toInteger()));
        QCOMPARE(user.email, json[QStringLiteral("email")].toString());
        QCOMPARE(user.login, user.email);
        QCOMPARE(user.displayName, json[QStringLiteral("name")].toString());
        QCOMPARE(user.verification,
                 json[QStringLiteral("activated")].toBool() ? EmailVerification::Verified
                                                            : EmailVerification::Unverified);
        const bool active = json[QStringLiteral("is_active")].toBool();
        QCOMPARE(user.state, active ? UserState::Active : UserState::Inactive);
        QCOMPARE(user.stateText, active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
        QCOMPARE(user.organisationId, QString::number(json[QStringLiteral("client")].toInteger()));
        QCOMPARE(user.organisationName, json[QStringLiteral("company")].toString());
        QVERIFY(!user.organisationName.isEmpty());
        QVERIFY(user.version.isEmpty());
        QVERIFY(user.pendingEmail.isEmpty());
    }
}

void TstGcoreBackend::paging_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("expectedUsers");
    QTest::addColumn<QString>("expectedNext");

    QTest::newRow("first page") << 20 << QString() << 20 << QStringLiteral("20");
    QTest::newRow("middle page") << 20 << QStringLiteral("20") << 20 << QStringLiteral("40");
    QTest::newRow("last partial page") << 20 << QStringLiteral("40") << 17 << QString();
    QTest::newRow("exactly one page") << 57 << QString() << 57 << QString();
    QTest::newRow("page ends exactly at the end") << 19 << QStringLiteral("38") << 19 << QString();
    QTest::newRow("past the end is empty") << 20 << QStringLiteral("57") << 0 << QString();
    QTest::newRow("far past the end is empty") << 20 << QStringLiteral("5000") << 0 << QString();
    QTest::newRow("page size above the maximum") << 5000 << QString() << 57 << QString();
    QTest::newRow("page size zero uses a default") << 0 << QString() << 57 << QString();
}

void TstGcoreBackend::paging()
{
    QFETCH(int, pageSize);
    QFETCH(QString, token);
    QFETCH(int, expectedUsers);
    QFETCH(QString, expectedNext);

    auto gcore = backend();
    const Result<UserPage> result = listPage(*gcore, pageSize, token);
    QVERIFY2(result.ok(), result.why().constData());
    QCOMPARE(result.value->users.size(), expectedUsers);
    QCOMPARE(result.value->nextPageToken, expectedNext);
    QCOMPARE(result.value->totalCount, std::optional<qint64>(57));
    if (expectedUsers > 0) {
        const qint64 offset = token.toLongLong();
        const QJsonArray raw = rawUsers();
        QCOMPARE(result.value->users.constFirst().id,
                 QString::number(raw.at(offset)[QStringLiteral("id")].toInteger()));
    }
}

void TstGcoreBackend::fullWalkHasNoSkipsOrRepeats()
{
    auto gcore = backend();
    QStringList walked;
    QSet<QString> seen;
    QString token;
    int pages = 0;
    do {
        const Result<UserPage> result = listPage(*gcore, 8, token);
        QVERIFY2(result.ok(), result.why().constData());
        for (const User &user : result.value->users) {
            QVERIFY2(!seen.contains(user.id), qPrintable(user.id));
            seen.insert(user.id);
            walked.append(user.id);
        }
        token = result.value->nextPageToken;
        QVERIFY(++pages <= 8);
    } while (!token.isEmpty());
    QCOMPARE(pages, 8); // 7 full pages of 8 and one of 1

    QStringList expected;
    for (const QJsonValue &user : rawUsers())
        expected.append(QString::number(user[QStringLiteral("id")].toInteger()));
    QCOMPARE(walked, expected);
}

void TstGcoreBackend::invalidPageTokenIsRejected()
{
    auto gcore = backend();
    const Result<UserPage> result = listPage(*gcore, 10, QStringLiteral("../users"));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ServiceError::Kind::Validation);
    QVERIFY(result.error->message().contains(QLatin1String("page token")));
}

void TstGcoreBackend::searchIsUnsupported()
{
    auto gcore = backend();
    UserQuery query;
    query.match = UserQuery::Match::Contains;
    query.text = rawUsers().at(0)[QStringLiteral("email")].toString();
    const Result<UserPage> result = list(*gcore, query);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ServiceError::Kind::Unsupported);
    // The sentence both front ends show, naming the lookups that do work.
    QCOMPARE(result.error->message(),
             UserLookup::textSearchUnsupported(QStringLiteral("Gcore IAM")));
}

void TstGcoreBackend::exactEmailScansTheListing_data()
{
    QTest::addColumn<int>("rawIndex"); // -1: an address nobody has
    QTest::addColumn<bool>("upperCase");
    QTest::newRow("first user") << 0 << false;
    QTest::newRow("last user, in capitals") << 56 << true;
    QTest::newRow("nobody") << -1 << false;
}

void TstGcoreBackend::exactEmailScansTheListing()
{
    QFETCH(int, rawIndex);
    QFETCH(bool, upperCase);
    auto gcore = backend();
    const QJsonArray raw = rawUsers();
    const QString email = rawIndex >= 0 ? raw.at(rawIndex)[QStringLiteral("email")].toString()
                                        : QStringLiteral("nobody.at.all@example.com");
    QStringList expectedIds;
    for (const QJsonValue &user : raw) {
        if (user[QStringLiteral("email")].toString().compare(email, Qt::CaseInsensitive) == 0)
            expectedIds.append(QString::number(user[QStringLiteral("id")].toInteger()));
    }
    UserQuery query;
    query.match = UserQuery::Match::ExactEmail;
    query.text = upperCase ? email.toUpper() : email;
    UserPageJob *job = gcore->listUsers(query);
    QSignalSpy progress(job, &ServiceJob::progress);
    const Result<UserPage> result = await(job, [](UserPageJob *done) { return done->page(); });
    QVERIFY2(result.ok(), result.why().constData());
    QStringList ids;
    for (const User &user : result.value->users)
        ids.append(user.id);
    QCOMPARE(ids, expectedIds);
    QCOMPARE(result.value->totalCount, std::optional<qint64>(expectedIds.size()));
    QVERIFY(result.value->nextPageToken.isEmpty());
    // The scan went through every user and said so on the way.
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.constLast().constFirst().toString().contains(QLatin1String("57 of 57")),
             qPrintable(progress.constLast().constFirst().toString()));
}

void TstGcoreBackend::exactIdReadsOneUser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedUsers");
    QTest::newRow("existing id") << QStringLiteral("100003") << 1;
    QTest::newRow("existing id with spaces") << QStringLiteral(" 100003 ") << 1;
    QTest::newRow("unknown id") << QStringLiteral("999999") << 0;
    QTest::newRow("not a number") << QStringLiteral("abc") << 0;
}

void TstGcoreBackend::exactIdReadsOneUser()
{
    QFETCH(QString, text);
    QFETCH(int, expectedUsers);
    auto gcore = backend();
    UserQuery query;
    query.match = UserQuery::Match::ExactId;
    query.text = text;
    const Result<UserPage> result = list(*gcore, query);
    QVERIFY2(result.ok(), result.why().constData());
    QCOMPARE(result.value->users.size(), expectedUsers);
    QCOMPARE(result.value->totalCount, std::optional<qint64>(expectedUsers));
    QVERIFY(result.value->nextPageToken.isEmpty());
    if (expectedUsers == 1)
        QCOMPARE(result.value->users.constFirst().id, text.trimmed());
}

void TstGcoreBackend::userReadsOne()
{
    auto gcore = backend();
    const QJsonObject raw = rawUsers().at(5).toObject();
    const QString id = QString::number(raw[QStringLiteral("id")].toInteger());
    const Result<User> result = readUser(*gcore, id);
    QVERIFY2(result.ok(), result.why().constData());
    QCOMPARE(result.value->id, id);
    QCOMPARE(result.value->email, raw[QStringLiteral("email")].toString());

    // The same user as the listing shows it.
    const Result<UserPage> page = listPage(*gcore, 1, QStringLiteral("5"));
    QVERIFY2(page.ok(), page.why().constData());
    QCOMPARE(page.value->users.constFirst(), *result.value);
}

void TstGcoreBackend::unknownUserIsNotFound_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("unknown id") << QStringLiteral("999999") << 404;
    QTest::newRow("not a number (never sent)") << QStringLiteral("12a") << 0;
    QTest::newRow("path trick (never sent)") << QStringLiteral("1/../2") << 0;
}

void TstGcoreBackend::unknownUserIsNotFound()
{
    QFETCH(QString, id);
    QFETCH(int, httpStatus);
    auto gcore = backend();
    const Result<User> result = readUser(*gcore, id);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ServiceError::Kind::NotFound);
    QCOMPARE(result.error->httpStatus(), httpStatus);
    QVERIFY2(result.error->message().contains(id), qPrintable(result.error->message()));
}

void TstGcoreBackend::changeEmailChangesAndReadsBack()
{
    auto gcore = backend();
    const QJsonObject raw = rawUsers().at(7).toObject();
    const QString id = QString::number(raw[QStringLiteral("id")].toInteger());
    const QString newEmail = QStringLiteral("changed.%1@example.org").arg(id);
    QVERIFY(raw[QStringLiteral("email")].toString() != newEmail);

    const Result<EmailChangeOutcome> result = changeEmail(
        *gcore, id, QStringLiteral("  ") + newEmail, m_config.credentials.gcoreUserPassword);
    QVERIFY2(result.ok(), result.why().constData());
    QCOMPARE(result.value->kind, EmailChangeOutcome::Kind::ChangedNow);
    QVERIFY(result.value->user);
    QCOMPARE(result.value->user->id, id);
    QCOMPARE(result.value->user->email, newEmail); // sent trimmed
    QVERIFY(result.value->user->pendingEmail.isEmpty());

    // What the outcome reports is what a fresh read shows, and what the raw API shows.
    const Result<User> reread = readUser(*gcore, id);
    QVERIFY2(reread.ok(), reread.why().constData());
    QCOMPARE(*reread.value, *result.value->user);
    const RawReply after = m_raw->get(QStringLiteral("/iam/users/") + id, rawAuth());
    QCOMPARE(after.object()[QStringLiteral("email")].toString(), newEmail);
    QCOMPARE(reread.value->verification,
             after.object()[QStringLiteral("activated")].toBool() ? EmailVerification::Verified
                                                                  : EmailVerification::Unverified);
}

void TstGcoreBackend::changeEmailErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newEmail");
    QTest::addColumn<QString>("password");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("httpStatus");

    const QJsonArray raw = rawUsers();
    const QString id = QString::number(raw.at(11)[QStringLiteral("id")].toInteger());
    const QString own = raw.at(11)[QStringLiteral("email")].toString();
    const QString taken = raw.at(12)[QStringLiteral("email")].toString();
    const QString good = m_config.credentials.gcoreUserPassword;
    const auto validation = ServiceError::Kind::Validation;

    QTest::newRow("same address") << id << own.toUpper() << good << validation
                                  << RequestField::newEmail
                                  << QStringLiteral(
                                         "The new address is the same as the current one.")
                                  << 400;
    QTest::newRow("invalid address (server)")
        << id << QStringLiteral("someone@localhost") << good << validation << RequestField::newEmail
        << QStringLiteral("This is not a valid email address.") << 400;
    QTest::newRow("taken by another account")
        << id << taken << good << validation << RequestField::newEmail
        << QStringLiteral("This address is already used by another account.") << 400;
    QTest::newRow("wrong password")
        << id << QStringLiteral("fresh.%1@example.org").arg(id)
        << QStringLiteral("not-the-password") << validation << RequestField::password
        << QStringLiteral("The password is not correct.") << 400;
    QTest::newRow("unknown user") << QStringLiteral("999999") << QStringLiteral("x@example.org")
                                  << good << ServiceError::Kind::NotFound << QString()
                                  << QStringLiteral(
                                         "Gcore has no user with id 999999 (it may have been "
                                         "deleted).")
                                  << 404;
    QTest::newRow("empty address (local)")
        << id << QStringLiteral("   ") << good << validation << RequestField::newEmail
        << QStringLiteral("Enter the new email address.") << 0;
    QTest::newRow("no @ (local)") << id << QStringLiteral("someone.example.org") << good
                                  << validation << RequestField::newEmail
                                  << QStringLiteral("This is not a valid email address.") << 0;
    QTest::newRow("no password (local)")
        << id << QStringLiteral("fresh@example.org") << QString() << validation
        << RequestField::password
        << QStringLiteral("Enter the user's password; Gcore confirms email changes with it.") << 0;
}

void TstGcoreBackend::changeEmailErrors()
{
    QFETCH(QString, id);
    QFETCH(QString, newEmail);
    QFETCH(QString, password);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, httpStatus);

    const QString before = m_raw->get(QStringLiteral("/iam/users/") + id, rawAuth())
                               .object()[QStringLiteral("email")]
                               .toString();
    auto gcore = backend();
    const Result<EmailChangeOutcome> result = changeEmail(*gcore, id, newEmail, password);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), kind);
    QCOMPARE(messageWithoutAddress(*result.error), message);
    QCOMPARE(result.error->httpStatus(), httpStatus);
    if (field.isEmpty()) {
        QVERIFY(result.error->fieldErrors().isEmpty());
    } else {
        QCOMPARE(result.error->fieldErrors().keys(), QStringList { field });
        QCOMPARE(result.error->fieldErrors().value(field), message);
    }
    // Nothing changed.
    const QString after = m_raw->get(QStringLiteral("/iam/users/") + id, rawAuth())
                              .object()[QStringLiteral("email")]
                              .toString();
    QCOMPARE(after, before);
}

void TstGcoreBackend::wrongApiKeyIsUnauthenticated()
{
    auto gcore = apiKeyBackend(QStringLiteral("not-the-key"));
    const Result<UserPage> result = listPage(*gcore, 10);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ServiceError::Kind::Unauthenticated);
    QCOMPARE(result.error->httpStatus(), 401);
    QVERIFY2(result.error->message().contains(QLatin1String("Invalid API key.")),
             qPrintable(result.error->message()));
    QCOMPARE(gcore->tokenFetchCount(), 0);
}

void TstGcoreBackend::pastedKeyWithSchemeAndNewlineWorks()
{
    auto gcore =
        apiKeyBackend(QStringLiteral("apikey ") + m_config.credentials.gcoreApiKey + u'\n');
    const Result<UserPage> result = listPage(*gcore, 3);
    QVERIFY2(result.ok(), result.why().constData());
    QCOMPARE(result.value->users.size(), 3);
}

void TstGcoreBackend::profileProblems_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<QString>("mentions");

    const QUrl good = m_server->baseUrl();
    const auto unsupported = ServiceError::Kind::Unsupported;
    QTest::newRow("personal access token")
        << int(AuthMethod::PersonalAccessToken) << QString() << QStringLiteral("s3cr3t-1") << good
        << unsupported << QStringLiteral("personal access token");
    QTest::newRow("client credentials")
        << int(AuthMethod::ClientCredentials) << QStringLiteral("client")
        << QStringLiteral("s3cr3t-2") << good << unsupported
        << QStringLiteral("OAuth client credentials");
    QTest::newRow("session token")
        << int(AuthMethod::SessionToken) << QString() << QStringLiteral("s3cr3t-3") << good
        << unsupported << QStringLiteral("session token");
    QTest::newRow("no API key") << int(AuthMethod::ApiKey) << QString() << QStringLiteral(" \n")
                                << good << ServiceError::Kind::Unauthenticated
                                << QStringLiteral("API key");
    QTest::newRow("API key with a space")
        << int(AuthMethod::ApiKey) << QString() << QStringLiteral("12$ab cd") << good
        << ServiceError::Kind::Unauthenticated << QStringLiteral("API key");
    QTest::newRow("no password") << int(AuthMethod::Password) << QStringLiteral("a@example.org")
                                 << QString() << good << ServiceError::Kind::Unauthenticated
                                 << QStringLiteral("password");
    QTest::newRow("no user name") << int(AuthMethod::Password) << QString()
                                  << QStringLiteral("s3cr3t-4") << good << unsupported
                                  << QStringLiteral("user name");
    QTest::newRow("not a web address")
        << int(AuthMethod::ApiKey) << QString() << QStringLiteral("s3cr3t-5")
        << QUrl(QStringLiteral("ftp://api.gcore.com")) << unsupported << QStringLiteral("base URL");
}

void TstGcoreBackend::profileProblems()
{
    QFETCH(int, method);
    QFETCH(QString, principal);
    QFETCH(QString, secret);
    QFETCH(QUrl, baseUrl);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(QString, mentions);

    GcoreBackend gcore(m_network.get(), settingsFor(baseUrl, AuthMethod(method), principal),
                       secret);
    const QString id = QStringLiteral("100000");
    const Result<UserPage> listed = listPage(gcore, 10);
    const Result<User> read = readUser(gcore, id);
    const Result<EmailChangeOutcome> changed =
        changeEmail(gcore, id, QStringLiteral("x@example.org"), QStringLiteral("pw"));
    for (const std::optional<ServiceError> &error : { listed.error, read.error, changed.error }) {
        QVERIFY(error);
        QCOMPARE(error->kind(), kind);
        QVERIFY2(error->message().contains(mentions), qPrintable(error->message()));
        QVERIFY(!error->message().contains(secret.trimmed()) || secret.trimmed().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstGcoreBackend)
#include "tst_gcorebackend.moc"
