// Every request of the ZITADEL user service v2 backend (and its organisation-name lookup)
// checked against ZITADEL's own .proto files: the rpc behind verb and path, protojson field
// names (lowerCamelCase), enums by name, 64-bit integers as strings, one member per oneof,
// required fields and string lengths. ZITADEL publishes protos, not OpenAPI, so Prism cannot
// check these; ProtoContract reads the protos. The requests go through a relay that records
// them and hands them to the mock server's request pipeline, so the backend sees real answers.

#include "MockServer.h"
#include "ProtoContract.h"
#include "ScriptedHttpServer.h"
#include "ServiceJob.h"
#include "ZitadelUserServiceBackend.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {
const QString specDir = QStringLiteral(IDENTITYDESK_SPEC_DIR "/zitadel/proto/zitadel/");

bool finishes(ServiceJob *job)
{
    QSignalSpy spy(job, &ServiceJob::finished);
    return spy.wait(20000);
}
} // namespace

class TstZitadelV2Contract : public QObject
{
    Q_OBJECT

private:
    ProtoContract m_contract;
    QNetworkAccessManager m_network;

    /// A relay in front of `mock`: records every request, answers with the mock's answer.
    static std::unique_ptr<ScriptedHttpServer> relayTo(MockServer *mock)
    {
        auto relay = std::make_unique<ScriptedHttpServer>();
        relay->setHandler([mock](const ScriptedRequest &request) {
            const QString target = QString::fromUtf8(request.target);
            const qsizetype question = target.indexOf(QLatin1Char('?'));
            const MockResponse answer = mock->handle(
                MockRequest(request.method, question < 0 ? target : target.left(question),
                            QUrlQuery(question < 0 ? QString() : target.mid(question + 1)),
                            request.headers, request.body));
            ScriptedResponse response = ScriptedResponse::json(answer.status, answer.body);
            for (const auto &header : answer.headers) {
                if (header.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
                    response.headers.append(header);
            }
            return response;
        });
        if (!relay->listen())
            qFatal("the relay cannot listen");
        return relay;
    }

    std::unique_ptr<ZitadelUserServiceBackend>
    backend(const ScriptedHttpServer &relay, const MockServer &mock, const QString &orgId = {})
    {
        ConnectionSettings settings;
        settings.kind = BackendKind::ZitadelManagement;
        settings.zitadelApi = ZitadelApiVersion::V2;
        settings.baseUrl = relay.url();
        settings.authMethod = AuthMethod::PersonalAccessToken;
        settings.organisationId = orgId;
        settings.timeoutMs = 10000;
        return std::make_unique<ZitadelUserServiceBackend>(&m_network, settings,
                                                           mock.config().credentials.zitadelPat);
    }

    /// The violations of every recorded request, and the rpcs they were for.
    QStringList violationsOf(const ScriptedHttpServer &relay, QSet<QString> *rpcs) const
    {
        QStringList violations;
        for (const ScriptedRequest &request : relay.requests()) {
            QString rpc;
            const QString path = QString::fromUtf8(request.target).section(QLatin1Char('?'), 0, 0);
            for (const QString &violation :
                 m_contract.check(request.method, path, request.body, &rpc))
                violations.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + path
                                  + QStringLiteral(": ") + violation);
            rpcs->insert(rpc.section(QLatin1Char('.'), -1));
        }
        return violations;
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QStringList files {
            specDir + QStringLiteral("object/v2/object.proto"),
            specDir + QStringLiteral("user/v2/email.proto"),
            specDir + QStringLiteral("user/v2/phone.proto"),
            specDir + QStringLiteral("user/v2/user.proto"),
            specDir + QStringLiteral("user/v2/query.proto"),
            specDir + QStringLiteral("user/v2/user_service.proto"),
            specDir + QStringLiteral("org/v2/org.proto"),
            specDir + QStringLiteral("org/v2/query.proto"),
            specDir + QStringLiteral("org/v2/org_service.proto"),
        };
        QVERIFY2(m_contract.load(files, &error), qPrintable(error));
        QVERIFY(m_contract.schema().messages().size() > 100);
        QVERIFY(m_contract.schema().rpcs().size() > 40);
    }

    /// The checker itself: what protojson would not write is reported.
    void checkerReportsViolations_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("snake_case name")
            << QByteArray("POST") << "/v2/users"
            << QByteArray(R"({"sorting_column":"USER_FIELD_NAME_EMAIL"})") << "lowerCamelCase";
        QTest::newRow("enum as number") << QByteArray("POST") << "/v2/users"
                                        << QByteArray(R"({"sortingColumn":6})") << "enums by name";
        QTest::newRow("unknown enum name")
            << QByteArray("POST") << "/v2/users" << QByteArray(R"({"sortingColumn":"EMAIL"})")
            << "no value of";
        QTest::newRow("uint64 as a number")
            << QByteArray("POST") << "/v2/users" << QByteArray(R"({"query":{"offset":10}})")
            << "decimal string";
        QTest::newRow("unknown field")
            << QByteArray("POST") << "/v2/users" << QByteArray(R"({"page":1})") << "no such field";
        QTest::newRow("two members of a oneof")
            << QByteArray("POST") << "/v2/users/1/email"
            << QByteArray(R"({"email":"a@b.example","isVerified":true,"sendCode":{}})")
            << "already set";
        QTest::newRow("required field missing")
            << QByteArray("POST") << "/v2/users/1/email" << QByteArray(R"({"isVerified":true})")
            << "required field is missing";
        QTest::newRow("too long") << QByteArray("POST") << "/v2/users/1/email/verify"
                                  << QByteArray(R"({"verificationCode":"123456789012345678901"})")
                                  << "longer than 20";
        QTest::newRow("no such rpc")
            << QByteArray("PUT") << "/v2/users/1/email" << QByteArray("{}") << "no rpc";
    }

    void checkerReportsViolations()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QStringList violations = m_contract.check(verb, path, body);
        QVERIFY2(violations.join(u'\n').contains(expected), qPrintable(violations.join(u'\n')));
    }

    void everyRequestFollowsTheProtos()
    {
        MockServer mock({});
        QVERIFY(mock.listen());
        auto relay = relayTo(&mock);
        auto zitadel = backend(*relay, mock);
        auto scoped = backend(*relay, mock, QStringLiteral("276381956392018977"));

        UserQuery all;
        all.pageSize = 50;
        all.pageToken = QStringLiteral("50");
        auto *page = zitadel->listUsers(all);
        QVERIFY(finishes(page));
        QVERIFY(page->succeeded());
        const User user = page->page().users.constFirst();
        for (const auto match : { UserQuery::Match::Contains, UserQuery::Match::ExactEmail,
                                  UserQuery::Match::ExactId }) {
            UserQuery query;
            query.match = match;
            query.text = match == UserQuery::Match::ExactId ? user.id : user.email;
            auto *found = scoped->listUsers(query);
            QVERIFY(finishes(found));
            QVERIFY(found->succeeded());
        }

        EmailChangeRequest change;
        change.newEmail = QStringLiteral("contract.v2@northwind.example");
        change.markVerified = true;
        auto *verified = zitadel->changeEmail(user.id, change);
        QVERIFY(finishes(verified));
        QVERIFY2(verified->succeeded(), qPrintable(verified->error().describe()));
        change.newEmail = QStringLiteral("contract.code@northwind.example");
        change.markVerified = false;
        auto *mailed = zitadel->changeEmail(user.id, change);
        QVERIFY(finishes(mailed));
        QVERIFY(mailed->succeeded());
        auto *resent = zitadel->resendVerification(user.id);
        QVERIFY(finishes(resent));
        QVERIFY(resent->succeeded());
        const QString code = mock.mailbox().messages(change.newEmail).constFirst().code;
        auto *confirmed = zitadel->verifyEmail(user.id, code);
        QVERIFY(finishes(confirmed));
        QVERIFY(confirmed->succeeded());
        auto *sent = zitadel->resendVerification(user.id); // nothing waits: SendEmailCode
        QVERIFY(finishes(sent));
        QVERIFY(sent->succeeded());

        QSet<QString> rpcs;
        const QStringList violations = violationsOf(*relay, &rpcs);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        for (const char *rpc : { "ListUsers", "GetUserByID", "UpdateUser", "ResendEmailCode",
                                 "SendEmailCode", "VerifyEmail", "ListOrganizations" })
            QVERIFY2(rpcs.contains(QLatin1String(rpc)), rpc);
    }

    void setEmailFallbackFollowsTheProtos()
    {
        MockServerConfig config;
        config.zitadelWithoutUpdateUser = true;
        MockServer mock(config);
        QVERIFY(mock.listen());
        auto relay = relayTo(&mock);
        auto zitadel = backend(*relay, mock);
        auto *page = zitadel->listUsers(UserQuery());
        QVERIFY(finishes(page));
        const User user = page->page().users.at(2);
        for (const bool markVerified : { true, false }) {
            EmailChangeRequest change;
            change.newEmail = markVerified ? QStringLiteral("fallback.ok@northwind.example")
                                           : QStringLiteral("fallback.code@northwind.example");
            change.markVerified = markVerified;
            auto *changed = zitadel->changeEmail(user.id, change);
            QVERIFY(finishes(changed));
            QVERIFY2(changed->succeeded(), qPrintable(changed->error().describe()));
        }
        QVERIFY(zitadel->usesSetEmail());
        QSet<QString> rpcs;
        const QStringList violations = violationsOf(*relay, &rpcs);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        QVERIFY(rpcs.contains(QStringLiteral("SetEmail")));
        QVERIFY(rpcs.contains(QStringLiteral("UpdateUser"))); // the one that was refused
    }
};

QTEST_GUILESS_MAIN(TstZitadelV2Contract)
#include "tst_zitadelv2contract.moc"
