// Strict decoding (issue 12): required fields missing, null or of the wrong type are malformed
// answers naming the field and the endpoint; ids are never rounded; invalid UTF-8, absurd
// nesting and absurdly long pages are refused.

#include "JsonReader.h"

#include <QTest>

class TstStrictJson : public QObject
{
    Q_OBJECT

private:
    static HttpResponse answer(const QByteArray &body)
    {
        HttpResponse response;
        response.status = 200;
        response.body = body;
        response.origin = QStringLiteral("GET /iam/users/7");
        return response;
    }

private slots:
    void ids_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("id"); // empty: refused
        QTest::addColumn<QString>("stringId"); // empty: refused
        QTest::newRow("text") << QByteArray(R"({"id":"69629023906488334"})")
                              << QStringLiteral("69629023906488334")
                              << QStringLiteral("69629023906488334");
        QTest::newRow("small number")
            << QByteArray(R"({"id":42})") << QStringLiteral("42") << QString();
        QTest::newRow("2^53 - 1") << QByteArray(R"({"id":9007199254740991})")
                                  << QStringLiteral("9007199254740991") << QString();
        // 2^53 + 1 parses to the double 2^53: so 2^53 may be another id already.
        QTest::newRow("2^53 exactly")
            << QByteArray(R"({"id":9007199254740992})") << QString() << QString();
        QTest::newRow("2^53 + 1") << QByteArray(R"({"id":9007199254740993})") << QString()
                                  << QString();
        // 69629023906488334 parses to the double 69629023906488336: another user's id.
        QTest::newRow("beyond 2^53")
            << QByteArray(R"({"id":69629023906488334})") << QString() << QString();
        QTest::newRow("beyond 2^63") << QByteArray(R"({"id":1e300})") << QString() << QString();
        QTest::newRow("fraction") << QByteArray(R"({"id":4.5})") << QString() << QString();
        QTest::newRow("null") << QByteArray(R"({"id":null})") << QString() << QString();
        QTest::newRow("missing") << QByteArray(R"({})") << QString() << QString();
        QTest::newRow("empty text") << QByteArray(R"({"id":" "})") << QString() << QString();
        QTest::newRow("boolean") << QByteArray(R"({"id":true})") << QString() << QString();
    }

    void ids()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, id);
        QFETCH(QString, stringId);
        const JsonReader loose = JsonReader::parse(answer(body));
        QCOMPARE(loose.id(QStringLiteral("id")), id);
        QCOMPARE(loose.ok(), !id.isEmpty());
        if (!loose.ok()) {
            QVERIFY2(loose.error().message().contains(QStringLiteral("\"id\"")),
                     qPrintable(loose.error().message()));
            QVERIFY2(loose.error().message().contains(QStringLiteral("GET /iam/users/7")),
                     qPrintable(loose.error().message()));
            QCOMPARE(loose.error().kind(), ServiceError::Kind::MalformedResponse);
        }
        const JsonReader strict = JsonReader::parse(answer(body));
        QCOMPARE(strict.stringId(QStringLiteral("id")), stringId);
        QCOMPARE(strict.ok(), !stringId.isEmpty());
    }

    void integersAreExact_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("whole") << QByteArray(R"({"n":12})") << true;
        QTest::newRow("beyond 2^53") << QByteArray(R"({"n":18014398509481985})") << false;
        QTest::newRow("huge") << QByteArray(R"({"n":1e308})") << false;
        QTest::newRow("fraction") << QByteArray(R"({"n":1.5})") << false;
        QTest::newRow("text") << QByteArray(R"({"n":"12"})") << false;
    }

    void integersAreExact()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const JsonReader reader = JsonReader::parse(body);
        reader.integer(QStringLiteral("n"));
        QCOMPARE(reader.ok(), ok);
    }

    void hostileDocumentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"id\":\"7\",\"email\":\"a\xff\xfe@example.org\"}")
            << QStringLiteral("invalid UTF8 string");
        QTest::newRow("overlong UTF-8 encoding of a quote")
            << QByteArray("{\"id\":\"7\",\"email\":\"a\xc0\xa2@example.org\"}")
            << QStringLiteral("invalid UTF8 string");
        QTest::newRow("nested 100,000 deep")
            << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringLiteral("not JSON");
        QTest::newRow("truncated")
            << QByteArray("{\"id\":\"7\",\"email\":\"a@exa") << QStringLiteral("not JSON");
    }

    void hostileDocumentsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const JsonReader reader = JsonReader::parse(answer(body));
        reader.string(QStringLiteral("email"));
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().message().contains(says), qPrintable(reader.error().message()));
    }

    void requiredMeansPresentNotNull_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("optionalOk");
        QTest::newRow("text") << QByteArray(R"({"new_email":"a@example.org"})") << true << true;
        QTest::newRow("null") << QByteArray(R"({"new_email":null})") << false << true;
        QTest::newRow("missing") << QByteArray(R"({})") << false << true;
        QTest::newRow("number") << QByteArray(R"({"new_email":7})") << false << false;
        QTest::newRow("list") << QByteArray(R"({"new_email":["a@example.org"]})") << false << false;
    }

    void requiredMeansPresentNotNull()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(bool, optionalOk);
        const JsonReader reader = JsonReader::parse(answer(body));
        reader.string(QStringLiteral("new_email"));
        QCOMPARE(reader.ok(), ok);
        if (!ok)
            QVERIFY(reader.error().message().contains(QStringLiteral("\"new_email\"")));
        // Optional stays optional: null and absent are fine, another type is not.
        const JsonReader optional = JsonReader::parse(answer(body));
        optional.optionalString(QStringLiteral("new_email"));
        QCOMPARE(optional.ok(), optionalOk);
    }

    void pagesHoldWhatWasAskedFor()
    {
        QByteArray items;
        for (int i = 0; i < 1000; ++i)
            items += (i ? ",{}" : "{}");
        const JsonReader reader = JsonReader::parse(answer(R"({"results":[)" + items + "]}"));
        QVERIFY(
            reader.array(QStringLiteral("results"), true, JsonReader::pageItemCap(10)).isEmpty());
        QVERIFY(!reader.ok());
        QVERIFY2(reader.error().message().contains(QStringLiteral("1000 items")),
                 qPrintable(reader.error().message()));
        const JsonReader generous = JsonReader::parse(answer(R"({"results":[)" + items + "]}"));
        QCOMPARE(
            generous.array(QStringLiteral("results"), true, JsonReader::pageItemCap(1000)).size(),
            1000);
        QVERIFY(generous.ok());
    }
};

QTEST_GUILESS_MAIN(TstStrictJson)
#include "tst_strictjson.moc"
