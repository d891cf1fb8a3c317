// ZitadelSelfBackend against the in-process mock server: the signed-in user's own account,
// the change with a mailed code, verification, resending, and the errors of each step.

#include "MockServer.h"
#include "MockServerConfig.h"
#include "UserLookup.h"
#include "ZitadelBackendTestSupport.h"
#include "ZitadelSelfBackend.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>

using namespace zitadelbackendtest;

class TstZitadelSelfBackend : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static std::unique_ptr<MockServer> startServer(MockServerConfig config = {})
    {
        auto server = std::make_unique<MockServer>(config);
        if (!server->listen())
            qFatal("mock server: %s", qPrintable(server->errorString()));
        return server;
    }

    std::unique_ptr<ZitadelSelfBackend> backend(MockServer &server, QString token = {},
                                                AuthMethod method = AuthMethod::SessionToken)
    {
        ConnectionSettings settings;
        settings.kind = BackendKind::ZitadelSelf;
        settings.baseUrl = server.baseUrl();
        settings.authMethod = method;
        settings.timeoutMs = 10000;
        if (token.isNull())
            token = server.config().credentials.zitadelSelfToken;
        return std::make_unique<ZitadelSelfBackend>(&m_network, settings, token);
    }

    static User me(ZitadelSelfBackend &zitadel)
    {
        const Outcome outcome = waitFor(zitadel.listUsers(UserQuery()));
        if (!outcome.succeeded || outcome.page.users.size() != 1)
            qFatal("cannot read the signed-in user: %s", qPrintable(describe(outcome)));
        return outcome.page.users.constFirst();
    }

    static QString lastCode(MockServer &server, const QString &address)
    {
        const QList<MockMail> mails = server.mailbox().messages(address);
        return mails.isEmpty() ? QString() : mails.constFirst().code;
    }

    static Outcome change(ZitadelSelfBackend &zitadel, const QString &userId,
                          const QString &newEmail)
    {
        EmailChangeRequest request;
        request.newEmail = newEmail;
        return waitFor(zitadel.changeEmail(userId, request));
    }

private slots:
    void capabilities()
    {
        auto server = startServer();
        const BackendCapabilities caps = backend(*server)->capabilities();
        QVERIFY(caps.apiName.contains(QStringLiteral("ZITADEL")));
        QVERIFY(caps.ownAccountOnly);
        QVERIFY(caps.verifiesWithCodeAfterChange);
        QVERIFY(caps.canResendVerification);
        QVERIFY(caps.reportsTotalCount);
        QVERIFY(!caps.hasServerSearch);
        QVERIFY(!caps.canMarkVerified);
        QVERIFY(!caps.needsPassword);
        QVERIFY(!caps.needsVerificationCode);
        QVERIFY(!caps.canRequestVerificationCode);
        QVERIFY(!caps.hasVersionCheck);
        QVERIFY(!caps.afterChange.isEmpty());
    }

    void listsTheSignedInUser()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        const Outcome outcome = waitFor(zitadel->listUsers(UserQuery()));
        ZVERIFY_OK(outcome);
        QCOMPARE(outcome.page.users.size(), 1);
        QCOMPARE(outcome.page.totalCount.value_or(-1), 1);
        QVERIFY(outcome.page.nextPageToken.isEmpty());
        const User &self = outcome.page.users.constFirst();
        QVERIFY(!self.id.isEmpty());
        QVERIFY(self.email.contains(QLatin1Char('@')));
        QVERIFY(self.verification != EmailVerification::Unknown);
        QVERIFY(!self.organisationId.isEmpty());

        const Outcome read = waitFor(zitadel->user(self.id));
        ZVERIFY_OK(read);
        QCOMPARE(read.user, self);
    }

    void searches_data()
    {
        QTest::addColumn<int>("match");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: success
        QTest::addColumn<int>("rows");
        using K = ServiceError::Kind;
        QTest::newRow("contains") << int(UserQuery::Match::Contains) << QStringLiteral("a")
                                  << int(K::Unsupported) << 0;
        QTest::newRow("exact other email")
            << int(UserQuery::Match::ExactEmail) << QStringLiteral("a@b.example") << -1 << 0;
        QTest::newRow("exact own email")
            << int(UserQuery::Match::ExactEmail) << QStringLiteral("<my email>") << -1 << 1;
        QTest::newRow("exact own email in capitals")
            << int(UserQuery::Match::ExactEmail) << QStringLiteral("<MY EMAIL>") << -1 << 1;
        QTest::newRow("exact own id")
            << int(UserQuery::Match::ExactId) << QStringLiteral("<me>") << -1 << 1;
        QTest::newRow("exact other id")
            << int(UserQuery::Match::ExactId) << QStringLiteral("42") << -1 << 0;
    }

    void searches()
    {
        QFETCH(int, match);
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, rows);
        auto server = startServer();
        auto zitadel = backend(*server);
        const User self = me(*zitadel);
        UserQuery query;
        query.match = UserQuery::Match(match);
        query.text = text == QLatin1String("<me>") ? self.id
            : text == QLatin1String("<my email>")  ? self.email
            : text == QLatin1String("<MY EMAIL>")  ? self.email.toUpper()
                                                   : text;
        const Outcome outcome = waitFor(zitadel->listUsers(query));
        if (kind >= 0) {
            QCOMPARE(int(outcome.error.kind()), kind);
            QCOMPARE(outcome.error.message(),
                     UserLookup::textSearchUnsupported(zitadel->capabilities().apiName));
            return;
        }
        ZVERIFY_OK(outcome);
        QCOMPARE(outcome.page.users.size(), rows);
        QCOMPARE(outcome.page.totalCount.value_or(-1), qint64(rows));
    }

    void otherUsersAreRefused()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        const User self = me(*zitadel);
        const Outcome read = waitFor(zitadel->user(QStringLiteral("42")));
        QCOMPARE(read.error.kind(), ServiceError::Kind::Forbidden);
        const Outcome changed =
            change(*zitadel, QStringLiteral("42"), QStringLiteral("intruder@northwind.example"));
        QCOMPARE(changed.error.kind(), ServiceError::Kind::Forbidden);
        QCOMPARE(
            waitFor(zitadel->verifyEmail(QStringLiteral("42"), QStringLiteral("ABC"))).error.kind(),
            ServiceError::Kind::Forbidden);
        QCOMPARE(me(*zitadel), self); // nothing changed
    }

    void changeVerifyAndReadBack()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        const User before = me(*zitadel);
        const QString newEmail = QStringLiteral("me.new@northwind.example");

        const Outcome changed = change(*zitadel, before.id, newEmail);
        ZVERIFY_OK(changed);
        QCOMPARE(changed.change.kind, EmailChangeOutcome::Kind::VerificationMailSent);
        QVERIFY(changed.change.user.has_value());
        QCOMPARE(changed.change.user->email, newEmail);
        QCOMPARE(changed.change.user->verification, EmailVerification::Unverified);
        const QString code = lastCode(*server, newEmail);
        QVERIFY(!code.isEmpty());

        const Outcome wrong = waitFor(zitadel->verifyEmail(before.id, QStringLiteral("WRONG123")));
        QCOMPARE(wrong.error.kind(), ServiceError::Kind::Validation);
        QCOMPARE(wrong.error.backendCode(), QStringLiteral("CODE-woT0xc"));
        QCOMPARE(wrong.error.httpStatus(), 400);
        QVERIFY(wrong.error.fieldErrors()
                    .value(RequestField::verificationCode)
                    .contains(QStringLiteral("not correct")));

        const Outcome verified = waitFor(zitadel->verifyEmail(before.id, code));
        ZVERIFY_OK(verified);
        QCOMPARE(verified.message, QStringLiteral("The address is verified."));
        const User after = me(*zitadel);
        QCOMPARE(after.email, newEmail);
        QCOMPARE(after.verification, EmailVerification::Verified);

        // Verified now: neither verifying again nor resending has anything to do.
        const Outcome again = waitFor(zitadel->verifyEmail(before.id, code));
        QCOMPARE(again.error.kind(), ServiceError::Kind::Validation);
        QCOMPARE(again.error.backendCode(), QStringLiteral("COMMAND-3m9ds"));
        const Outcome resend = waitFor(zitadel->resendVerification(before.id));
        QCOMPARE(resend.error.kind(), ServiceError::Kind::Validation);
        QVERIFY(resend.error.message().contains(QStringLiteral("already verified")));
    }

    void resendMailsANewCode()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        const QString newEmail = QStringLiteral("resend.me@northwind.example");
        ZVERIFY_OK(change(*zitadel, QString(), newEmail));
        const QString first = lastCode(*server, newEmail);
        const Outcome resend = waitFor(zitadel->resendVerification(QString()));
        ZVERIFY_OK(resend);
        QVERIFY(!resend.message.isEmpty());
        QCOMPARE(server->mailbox().messages(newEmail).size(), 2);
        const QString second = lastCode(*server, newEmail);
        ZVERIFY_OK(waitFor(zitadel->verifyEmail(QString(), second)));
        QCOMPARE(me(*zitadel).verification, EmailVerification::Verified);
        Q_UNUSED(first);
    }

    void expiredCode()
    {
        MockServerConfig config;
        config.codeTtlSeconds = 1;
        auto server = startServer(config);
        auto zitadel = backend(*server);
        const QString newEmail = QStringLiteral("slow.reader@northwind.example");
        ZVERIFY_OK(change(*zitadel, QString(), newEmail));
        QTest::qWait(1200);
        const Outcome outcome =
            waitFor(zitadel->verifyEmail(QString(), lastCode(*server, newEmail)));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Validation);
        QCOMPARE(outcome.error.backendCode(), QStringLiteral("CODE-QvUQ4P"));
        QVERIFY(outcome.error.fieldErrors()
                    .value(RequestField::verificationCode)
                    .contains(QStringLiteral("expired")));
    }

    void verifyWithoutPendingCode()
    {
        auto server = startServer();
        auto zitadel = backend(*server);
        const User self = me(*zitadel);
        const Outcome outcome = waitFor(zitadel->verifyEmail(self.id, QStringLiteral("ABCDEFGH")));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Validation);
        // The seeded state decides which precondition fails.
        if (self.verification == EmailVerification::Verified) {
            QCOMPARE(outcome.error.backendCode(), QStringLiteral("COMMAND-3m9ds"));
        } else {
            QCOMPARE(outcome.error.backendCode(), QStringLiteral("COMMAND-2M9fs"));
            QVERIFY(outcome.error.fieldErrors().contains(RequestField::verificationCode));
        }
    }

    void changeErrors_data()
    {
        QTest::addColumn<QString>("newEmail");
        QTest::addColumn<bool>("markVerified");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("httpStatus");
        using K = ServiceError::Kind;
        QTest::newRow("same address")
            << QStringLiteral("<current>") << false << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("The new address is the same as the "
                              "current one.")
            << 400;
        QTest::newRow("server rejects the address")
            << QStringLiteral("me@localhost") << false << int(K::Validation)
            << RequestField::newEmail << QStringLiteral("This is not a valid email address.")
            << 400;
        QTest::newRow("empty (local)")
            << QString() << false << int(K::Validation) << RequestField::newEmail
            << QStringLiteral("Enter the new email address.") << 0;
        QTest::newRow("mark verified (local)")
            << QStringLiteral("x@northwind.example") << true << int(K::Unsupported) << QString()
            << QStringLiteral("Only an administrator can mark an address verified; self-service "
                              "always mails a code to the new address.")
            << 0;
    }

    void changeErrors()
    {
        QFETCH(QString, newEmail);
        QFETCH(bool, markVerified);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(int, httpStatus);
        auto server = startServer();
        auto zitadel = backend(*server);
        const User before = me(*zitadel);
        EmailChangeRequest request;
        request.newEmail = newEmail == QLatin1String("<current>") ? before.email : newEmail;
        request.markVerified = markVerified;
        const Outcome outcome = waitFor(zitadel->changeEmail(before.id, request));
        QCOMPARE(int(outcome.error.kind()), kind);
        QCOMPARE(outcome.error.message(), message);
        QCOMPARE(outcome.error.fieldErrors().value(field), field.isEmpty() ? QString() : message);
        QCOMPARE(outcome.error.httpStatus(), httpStatus);
        QCOMPARE(me(*zitadel), before);
    }

    void localCodeChecks_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("too long") << QString(201, QLatin1Char('A'));
    }

    void localCodeChecks()
    {
        QFETCH(QString, code);
        auto server = startServer();
        auto zitadel = backend(*server);
        const Outcome outcome = waitFor(zitadel->verifyEmail(QString(), code));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Validation);
        QVERIFY(!outcome.error.fieldErrors().value(RequestField::verificationCode).isEmpty());
        QCOMPARE(outcome.error.httpStatus(), 0);
    }

    void authFailures_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("wrong token")
            << QStringLiteral("expired-or-wrong") << int(ServiceError::Kind::Unauthenticated) << 401
            << QStringLiteral("session token");
        QTest::newRow("service account token")
            << QStringLiteral("demo-zitadel-pat") << int(ServiceError::Kind::Forbidden) << 403
            << QStringLiteral("own token");
    }

    void authFailures()
    {
        QFETCH(QString, token);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(QString, messagePart);
        auto server = startServer();
        auto zitadel = backend(*server, token);
        const Outcome outcome = waitFor(zitadel->listUsers(UserQuery()));
        QCOMPARE(int(outcome.error.kind()), kind);
        QCOMPARE(outcome.error.httpStatus(), httpStatus);
        QVERIFY2(outcome.error.message().contains(messagePart),
                 qPrintable(outcome.error.message()));
        QVERIFY(!outcome.error.backendCode().isEmpty());
    }

    void unsupportedAuthMethod()
    {
        auto server = startServer();
        auto zitadel =
            backend(*server, QStringLiteral("demo-zitadel-pat"), AuthMethod::PersonalAccessToken);
        const QList<std::function<ServiceJob *()>> calls {
            [&] { return zitadel->listUsers(UserQuery()); },
            [&] { return zitadel->user(QStringLiteral("1")); },
            [&] { return zitadel->verifyEmail(QString(), QStringLiteral("ABC")); },
            [&] { return zitadel->resendVerification(QString()); },
        };
        for (const auto &call : calls) {
            const Outcome outcome = waitFor(call());
            QCOMPARE(outcome.error.kind(), ServiceError::Kind::Unsupported);
            QVERIFY(outcome.error.message().contains(QStringLiteral("a personal access token")));
        }
    }

    void emptyTokenIsReportedBeforeSending()
    {
        auto server = startServer();
        auto zitadel = backend(*server, QStringLiteral("  \n"));
        const Outcome outcome = waitFor(zitadel->listUsers(UserQuery()));
        QCOMPARE(outcome.error.kind(), ServiceError::Kind::Unauthenticated);
        QCOMPARE(outcome.error.httpStatus(), 0);
    }
};

QTEST_GUILESS_MAIN(TstZitadelSelfBackend)
#include "tst_zitadelselfbackend.moc"
