// Contract tests of the Acronis mock's write path: PUT /api/2/users/{id} with optimistic
// concurrency (`version`, error 1001), both email-change semantics of SEED-4 (immediate for
// users who are not activated, confirmation link to the old address for activated ones),
// activation mails, and the validation of userPut bodies.
#include "AcronisTestSupport.h"
#include "MockServer.h"
#include "RawHttpClient.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace AcronisTest;

class tst_AcronisEmail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void optimisticConcurrency();
    void notActivatedUserChangesAtOnce();
    void activatedUserConfirmsThroughOldAddress();
    void secondChangeReplacesPendingOne();
    void activationMailThenLinkSemantics();
    void activationOfActivatedUserFails();
    void emailTakenConflicts();
    void loginTakenConflicts();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void invalidBodies_data();
    void invalidBodies();
    void putUnknownUser();
    void unknownLinksAnswer404();

private:
    RawReply getUser(const QString &id);
    RawReply put(const QString &id, const QJsonObject &body);
    /// A user with the given `activated` flag that no earlier test has touched.
    QString freshUser(bool activated);
    /// The newest mail's link for `address`, as a path the raw client can open.
    QString lastLinkPath(const QString &address);
    int mailCount(const QString &address);

    MockServerConfig m_config;
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<RawHttpClient> m_http;
    QString m_token;
    QList<QJsonObject> m_users;
    QStringList m_used;
};

void tst_AcronisEmail::initTestCase()
{
    m_config.users = 400;
    m_server = std::make_unique<MockServer>(m_config);
    QVERIFY(m_server->listen());
    m_http = std::make_unique<RawHttpClient>(m_server->baseUrl());
    m_token = fetchToken(*m_http, m_config.credentials.acronisClientId,
                         m_config.credentials.acronisClientSecret);
    QVERIFY(!m_token.isEmpty());
    for (const QString &tenant : tenantIds(*m_http)) {
        const QStringList ids = tenantUsers(*m_http, m_token, tenant);
        for (qsizetype i = 0; i < ids.size(); i += 100) {
            for (const QJsonValue &item : batch(*m_http, m_token, ids.mid(i, 100)))
                m_users.append(item.toObject());
        }
    }
    QCOMPARE(m_users.size(), m_config.users);
}

RawReply tst_AcronisEmail::getUser(const QString &id)
{
    return m_http->get(QStringLiteral("/api/2/users/%1").arg(id),
                       { RawHttpClient::bearer(m_token) });
}

RawReply tst_AcronisEmail::put(const QString &id, const QJsonObject &body)
{
    return m_http->sendJson("PUT", QStringLiteral("/api/2/users/%1").arg(id), body,
                            { RawHttpClient::bearer(m_token) });
}

QString tst_AcronisEmail::freshUser(bool activated)
{
    for (const QJsonObject &user : std::as_const(m_users)) {
        const QString id = user.value(QStringLiteral("id")).toString();
        if (user.value(QStringLiteral("activated")).toBool() == activated && !m_used.contains(id)) {
            m_used.append(id);
            return id;
        }
    }
    return {};
}

QString tst_AcronisEmail::lastLinkPath(const QString &address)
{
    const RawReply reply =
        m_http->get(QStringLiteral("/mock/mailbox?to=%1")
                        .arg(QString::fromUtf8(QUrl::toPercentEncoding(address))));
    const QJsonArray messages = reply.object().value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty())
        return {};
    const QJsonObject mail = messages.first().toObject();
    if (mail.value(QStringLiteral("backend")).toString() != QLatin1String("acronis"))
        return {};
    const QUrl link(mail.value(QStringLiteral("link")).toString());
    if (link.host() != m_server->baseUrl().host() || link.port() != m_server->baseUrl().port())
        return {};
    return link.path() + QLatin1Char('?') + link.query(QUrl::FullyEncoded);
}

int tst_AcronisEmail::mailCount(const QString &address)
{
    const RawReply reply =
        m_http->get(QStringLiteral("/mock/mailbox?to=%1")
                        .arg(QString::fromUtf8(QUrl::toPercentEncoding(address))));
    return int(reply.object().value(QStringLiteral("messages")).toArray().size());
}

static QJsonObject emailBody(const QString &email, qint64 version)
{
    return { { QStringLiteral("contact"), QJsonObject { { QStringLiteral("email"), email } } },
             { QStringLiteral("version"), version } };
}

static QString emailOf(const RawReply &reply)
{
    return reply.object()
        .value(QStringLiteral("contact"))
        .toObject()
        .value(QStringLiteral("email"))
        .toString();
}

static qint64 versionOf(const RawReply &reply)
{
    return reply.object().value(QStringLiteral("version")).toInteger(-1);
}

void tst_AcronisEmail::optimisticConcurrency()
{
    const QString id = freshUser(true);
    QVERIFY(!id.isEmpty());
    const RawReply before = getUser(id);
    QCOMPARE(before.status, 200);
    const qint64 version = versionOf(before);
    QVERIFY(version >= 0);

    const QJsonObject change { { QStringLiteral("contact"),
                                 QJsonObject {
                                     { QStringLiteral("firstname"), QStringLiteral("Renamed") } } },
                               { QStringLiteral("version"), version } };
    const RawReply updated = put(id, change);
    QCOMPARE(updated.status, 200);
    QVERIFY(versionOf(updated) > version);
    QCOMPARE(updated.object()
                 .value(QStringLiteral("contact"))
                 .toObject()
                 .value(QStringLiteral("firstname"))
                 .toString(),
             QStringLiteral("Renamed"));
    QCOMPARE(getUser(id).object(), updated.object()); // persisted

    // The stale version loses: 409 with platform code 1001 "Version mismatch".
    QJsonObject stale = change;
    stale.insert(QStringLiteral("contact"),
                 QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Lost update") } });
    const RawReply conflict = put(id, stale);
    verifyErrorScheme(conflict, 409, 1001);
    QCOMPARE(conflict.object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString(),
             QStringLiteral("Version mismatch"));
    QCOMPARE(getUser(id).object(), updated.object()); // nothing changed

    // Re-read, re-apply, retry: succeeds.
    stale.insert(QStringLiteral("version"), versionOf(getUser(id)));
    QCOMPARE(put(id, stale).status, 200);
}

void tst_AcronisEmail::notActivatedUserChangesAtOnce()
{
    const QString id = freshUser(false);
    QVERIFY(!id.isEmpty());
    const RawReply before = getUser(id);
    QCOMPARE(before.object().value(QStringLiteral("activated")).toBool(), false);
    const QString oldEmail = emailOf(before);
    const QString newEmail = QStringLiteral("not.activated.%1@newmail.example").arg(id.left(8));

    const RawReply updated = put(id, emailBody(newEmail, versionOf(before)));
    QCOMPARE(updated.status, 200);
    QCOMPARE(emailOf(updated), newEmail);
    QCOMPARE(versionOf(updated), versionOf(before) + 1);
    QCOMPARE(emailOf(getUser(id)), newEmail);
    QCOMPARE(versionOf(getUser(id)), versionOf(before) + 1);
    QCOMPARE(mailCount(oldEmail), 0); // no confirmation round trip
}

void tst_AcronisEmail::activatedUserConfirmsThroughOldAddress()
{
    const QString id = freshUser(true);
    QVERIFY(!id.isEmpty());
    const RawReply before = getUser(id);
    const QString oldEmail = emailOf(before);
    const QString newEmail = QStringLiteral("activated.%1@newmail.example").arg(id.left(8));
    QCOMPARE(mailCount(oldEmail), 0);

    const RawReply accepted = put(id, emailBody(newEmail, versionOf(before)));
    QCOMPARE(accepted.status, 200);
    // 200 means "link sent": email and version unchanged until it is opened.
    QCOMPARE(emailOf(accepted), oldEmail);
    QCOMPARE(versionOf(accepted), versionOf(before));
    QCOMPARE(emailOf(getUser(id)), oldEmail);
    QCOMPARE(mailCount(newEmail), 0);
    QCOMPARE(mailCount(oldEmail), 1);

    const QString link = lastLinkPath(oldEmail);
    QVERIFY2(link.startsWith(QStringLiteral("/mock/acronis/confirm-email?token=")),
             qPrintable(link));
    const RawReply confirmed = m_http->get(link);
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("confirmed"));
    QCOMPARE(confirmed.object().value(QStringLiteral("user_id")).toString(), id);
    QCOMPARE(confirmed.object().value(QStringLiteral("email")).toString(), newEmail);

    const RawReply after = getUser(id);
    QCOMPARE(emailOf(after), newEmail);
    QCOMPARE(versionOf(after), versionOf(before) + 1);
    // Single use.
    QCOMPARE(m_http->get(link).status, 404);
    QCOMPARE(emailOf(getUser(id)), newEmail);
}

void tst_AcronisEmail::secondChangeReplacesPendingOne()
{
    const QString id = freshUser(true);
    const RawReply before = getUser(id);
    const QString oldEmail = emailOf(before);
    const QString first = QStringLiteral("first.%1@newmail.example").arg(id.left(8));
    const QString second = QStringLiteral("second.%1@newmail.example").arg(id.left(8));

    QCOMPARE(put(id, emailBody(first, versionOf(before))).status, 200);
    const QString firstLink = lastLinkPath(oldEmail);
    QCOMPARE(put(id, emailBody(second, versionOf(before))).status, 200);
    const QString secondLink = lastLinkPath(oldEmail);
    QVERIFY(!firstLink.isEmpty());
    QVERIFY(firstLink != secondLink);

    QCOMPARE(m_http->get(firstLink).status, 404);
    QCOMPARE(emailOf(getUser(id)), oldEmail);
    QCOMPARE(m_http->get(secondLink).status, 200);
    QCOMPARE(emailOf(getUser(id)), second);
}

void tst_AcronisEmail::activationMailThenLinkSemantics()
{
    const QString id = freshUser(false);
    const RawReply before = getUser(id);
    const QString email = emailOf(before);
    const RawReply sent =
        m_http->send("POST", QStringLiteral("/api/2/users/%1/send-activation-email").arg(id), {},
                     { RawHttpClient::bearer(m_token) });
    QCOMPARE(sent.status, 204);
    QVERIFY(sent.body.isEmpty());
    const QString link = lastLinkPath(email);
    QVERIFY2(link.startsWith(QStringLiteral("/mock/acronis/activate?token=")), qPrintable(link));
    QCOMPARE(m_http->get(link).status, 200);
    QCOMPARE(m_http->get(link).status, 404);

    const RawReply activated = getUser(id);
    QCOMPARE(activated.object().value(QStringLiteral("activated")).toBool(), true);
    QVERIFY(versionOf(activated) > versionOf(before));

    // Now activated: an email change needs the confirmation link.
    const QString newEmail = QStringLiteral("after.activation.%1@newmail.example").arg(id.left(8));
    const RawReply accepted = put(id, emailBody(newEmail, versionOf(activated)));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(emailOf(accepted), email);
    QVERIFY(lastLinkPath(email).startsWith(QStringLiteral("/mock/acronis/confirm-email?token=")));
}

void tst_AcronisEmail::activationOfActivatedUserFails()
{
    const QString id = freshUser(true);
    const RawReply reply =
        m_http->send("POST", QStringLiteral("/api/2/users/%1/send-activation-email").arg(id), {},
                     { RawHttpClient::bearer(m_token) });
    verifyErrorScheme(reply, 400, 400);
}

void tst_AcronisEmail::emailTakenConflicts()
{
    const QString id = freshUser(false);
    const QString other = freshUser(true);
    const QString taken = emailOf(getUser(other));
    const RawReply before = getUser(id);
    const RawReply reply = put(id, emailBody(taken, versionOf(before)));
    QCOMPARE(reply.status, 409);
    verifyErrorScheme(reply, 409, 409);
    QCOMPARE(getUser(id).object(), before.object());
}

void tst_AcronisEmail::loginTakenConflicts()
{
    const QString id = freshUser(true);
    const QString other = freshUser(true);
    const QString taken = getUser(other).object().value(QStringLiteral("login")).toString();
    const RawReply before = getUser(id);
    const RawReply reply = put(
        id,
        { { QStringLiteral("login"), taken }, { QStringLiteral("version"), versionOf(before) } });
    verifyErrorScheme(reply, 409, 409);
    QCOMPARE(getUser(id).object(), before.object());
}

void tst_AcronisEmail::unsupportedMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("xml") << QByteArray("application/xml");
}

void tst_AcronisEmail::unsupportedMediaType()
{
    QFETCH(QByteArray, contentType);
    const QString id = m_users.first().value(QStringLiteral("id")).toString();
    const RawReply before = getUser(id);
    const QByteArray body =
        QJsonDocument(emailBody(QStringLiteral("x@y.example"), versionOf(before)))
            .toJson(QJsonDocument::Compact);
    const RawReply reply =
        m_http->send("PUT", QStringLiteral("/api/2/users/%1").arg(id), body,
                     { RawHttpClient::bearer(m_token), { "Content-Type", contentType } });
    verifyErrorScheme(reply, 415, 415);
    QCOMPARE(getUser(id).object(), before.object());
}

void tst_AcronisEmail::invalidBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("malformed JSON") << QByteArray(R"({"version": 1,)") << QStringLiteral("JSON");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("array body") << QByteArray("[1]") << QStringLiteral("object");
    QTest::newRow("missing version")
        << QByteArray(R"({"contact":{"email":"a@b.example"}})") << QStringLiteral("version");
    QTest::newRow("version as string")
        << QByteArray(R"({"version":"3"})") << QStringLiteral("version");
    QTest::newRow("fractional version")
        << QByteArray(R"({"version":1.5})") << QStringLiteral("version");
    QTest::newRow("unknown field")
        << QByteArray(R"({"version":1,"email":"a@b.example"})") << QStringLiteral("email");
    QTest::newRow("unknown contact field")
        << QByteArray(R"({"version":1,"contact":{"nickname":"x"}})")
        << QStringLiteral("contact.nickname");
    QTest::newRow("invalid email")
        << QByteArray(R"({"version":1,"contact":{"email":"not-an-address"}})")
        << QStringLiteral("contact.email");
    QTest::newRow("email as number")
        << QByteArray(R"({"version":1,"contact":{"email":42}})") << QStringLiteral("contact.email");
    QTest::newRow("contact not object")
        << QByteArray(R"({"version":1,"contact":"x"})") << QStringLiteral("contact");
    QTest::newRow("empty types") << QByteArray(R"({"version":1,"contact":{"types":[]}})")
                                 << QStringLiteral("contact.types");
    QTest::newRow("unknown type") << QByteArray(R"({"version":1,"contact":{"types":["vip"]}})")
                                  << QStringLiteral("contact.types");
    QTest::newRow("enabled as string")
        << QByteArray(R"({"version":1,"enabled":"yes"})") << QStringLiteral("enabled");
    QTest::newRow("unknown notification") << QByteArray(R"({"version":1,"notifications":["spam"]})")
                                          << QStringLiteral("notifications");
    QTest::newRow("bad idp_id") << QByteArray(R"({"version":1,"idp_id":"idp"})")
                                << QStringLiteral("idp_id");
    QTest::newRow("contact of another user") << QByteArray(
        R"({"version":1,"contact":{"user_id":"00000000-0000-0000-0000-000000000000"}})")
                                             << QStringLiteral("contact.user_id");
}

void tst_AcronisEmail::invalidBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const QString id = m_users.at(1).value(QStringLiteral("id")).toString();
    const RawReply before = getUser(id);
    // A body with the current version, so only the named problem can be the reason.
    body.replace("\"version\":1",
                 QByteArray("\"version\":" + QByteArray::number(versionOf(before))));
    const RawReply reply = m_http->send(
        "PUT", QStringLiteral("/api/2/users/%1").arg(id), body,
        { RawHttpClient::bearer(m_token), { "Content-Type", "application/json; charset=utf-8" } });
    verifyErrorScheme(reply, 400, 400);
    QVERIFY2(errorText(reply).contains(named), qPrintable(errorText(reply)));
    // The bad request changed nothing, and the next good one works.
    QCOMPARE(getUser(id).object(), before.object());
    const QJsonObject good { { QStringLiteral("language"),
                               before.object().value(QStringLiteral("language")).toString()
                                       == QLatin1String("de")
                                   ? QStringLiteral("fr")
                                   : QStringLiteral("de") },
                             { QStringLiteral("version"), versionOf(before) } };
    const RawReply next = put(id, good);
    QCOMPARE(next.status, 200);
    QCOMPARE(next.object().value(QStringLiteral("language")),
             good.value(QStringLiteral("language")));
}

void tst_AcronisEmail::putUnknownUser()
{
    const RawReply reply = put(QUuid::createUuid().toString(QUuid::WithoutBraces),
                               emailBody(QStringLiteral("a@b.example"), 1));
    verifyErrorScheme(reply, 404, 404);
}

void tst_AcronisEmail::unknownLinksAnswer404()
{
    QCOMPARE(m_http->get(QStringLiteral("/mock/acronis/confirm-email?token=nope")).status, 404);
    QCOMPARE(m_http->get(QStringLiteral("/mock/acronis/confirm-email")).status, 404);
    QCOMPARE(m_http->get(QStringLiteral("/mock/acronis/activate?token=nope")).status, 404);
}

QTEST_GUILESS_MAIN(tst_AcronisEmail)
#include "tst_acronisemail.moc"
