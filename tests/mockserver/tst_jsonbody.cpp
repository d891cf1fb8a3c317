#include "EmailRules.h"
#include "JsonBody.h"

#include <QTest>

class TstJsonBody : public QObject
{
    Q_OBJECT

private slots:
    void rejectsNonObjects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("empty");
        QTest::newRow("malformed") << QByteArray(R"({"a": )") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON object");
        QTest::newRow("bare string") << QByteArray(R"("x")") << QString();
    }

    void rejectsNonObjects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorContains);
        const JsonBody parsed = JsonBody::parse(body);
        QVERIFY(!parsed.isObject());
        QVERIFY2(parsed.parseError().contains(errorContains), qPrintable(parsed.parseError()));
    }

    void namesEachFieldProblem()
    {
        JsonBody body = JsonBody::parse(
            R"({"email": 5, "verified": "yes", "version": 1.5, "contact": {"email": null, "x": 1}})");
        QVERIFY(body.isObject());
        QVERIFY(!body.requiredString(QStringLiteral("email")));
        QVERIFY(!body.requiredString(QStringLiteral("password")));
        QVERIFY(!body.optionalBool(QStringLiteral("verified")));
        QVERIFY(!body.requiredInteger(QStringLiteral("version")));
        std::optional<JsonBody> contact = body.optionalObject(QStringLiteral("contact"));
        QVERIFY(contact);
        QVERIFY(!contact->requiredString(QStringLiteral("email")));
        contact->rejectUnknownFields({ QStringLiteral("email") });
        body.absorb(*contact);

        QStringList fields;
        for (const FieldProblem &problem : body.problems())
            fields.append(problem.field + QLatin1Char('=') + problem.message);
        QCOMPARE(fields,
                 QStringList({ QStringLiteral("email=Must be a string."),
                               QStringLiteral("password=This field is required."),
                               QStringLiteral("verified=Must be a boolean."),
                               QStringLiteral("version=Must be an integer."),
                               QStringLiteral("contact.email=This field is required."),
                               QStringLiteral("contact.x=Unknown field.") }));
        QVERIFY(body.problemSummary().startsWith(QStringLiteral("email: Must be a string.; ")));
    }

    void readsValidFields()
    {
        JsonBody body = JsonBody::parse(R"({"email": "a@b.example", "version": 3, "ok": false})");
        QCOMPARE(body.requiredString(QStringLiteral("email")), QStringLiteral("a@b.example"));
        QCOMPARE(body.requiredInteger(QStringLiteral("version")), qint64(3));
        QCOMPARE(body.optionalBool(QStringLiteral("ok")), false);
        QCOMPARE(body.optionalString(QStringLiteral("absent")), std::nullopt);
        QVERIFY(!body.hasProblems());
    }

    void emailRules_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("anna.muller@northwind.example") << true;
        QTest::newRow("plus tag") << QStringLiteral("ops+alerts@x.example.org") << true;
        QTest::newRow("no at") << QStringLiteral("anna.example") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@c.example") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("a@localhost") << false;
        QTest::newRow("space") << QStringLiteral("a b@c.example") << false;
        QTest::newRow("double dot") << QStringLiteral("a..b@c.example") << false;
        QTest::newRow("leading hyphen label") << QStringLiteral("a@-c.example") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << (QString(250, QLatin1Char('a')) + QStringLiteral("@b.example"))
                                  << false;
    }

    void emailRules()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(EmailRules::isValid(address), valid);
    }
};

QTEST_GUILESS_MAIN(TstJsonBody)
#include "tst_jsonbody.moc"
