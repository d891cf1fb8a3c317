// JsonTape, the parser every server answer goes through (issue 11): it reads what Qt's own
// parser reads, value for value, and refuses what is not JSON with the place it went wrong.
// QJsonDocument is the independent reference for both.

#include "JsonTape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {
/// The tape's document as Qt's types, through the tape's public reading API only.
QJsonValue toQt(const JsonTape &tape, quint32 index)
{
    const JsonTape::Node &node = tape.node(index);
    switch (node.type) {
    case JsonTape::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonTape::Type::False:
        return false;
    case JsonTape::Type::True:
        return true;
    case JsonTape::Type::Number:
        return tape.number(index);
    case JsonTape::Type::String:
        return tape.string(index);
    case JsonTape::Type::Array: {
        QJsonArray array;
        for (const quint32 child : tape.children(index))
            array.append(toQt(tape, child));
        return array;
    }
    case JsonTape::Type::Object: {
        QJsonObject object;
        const QStringList keys = tape.keys(index);
        const std::vector<quint32> values = tape.children(index);
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys.at(i), toQt(tape, values.at(size_t(i))));
        return object;
    }
    }
    return {};
}

QJsonValue qtReads(const QByteArray &json)
{
    // QJsonDocument takes only an object or a list at the top; wrapping takes any value.
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    return document.array().at(0);
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}
} // namespace

class TstJsonTape : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQJsonDocumentReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("a page of users")
            << QByteArray(R"({"count":2,"next":null,"results":[)"
                          R"({"id":7,"email":"ada@example.org","activated":true,"client":3},)"
                          R"({"id":8,"email":"bob@example.org","activated":false,"name":null}]})");
        QTest::newRow("every escape")
            << QByteArray("{\"s\":\"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t end\"}");
        QTest::newRow("unicode escapes")
            << QByteArray(R"({"s":"caf\u00e9 \u20ac \ud83d\ude00 \u0000 nul"})");
        QTest::newRow("UTF-8 text") << QByteArray("{\"name\":\"J\xc3\xbcrgen \xe6\x9d\xb1\xe4\xba"
                                                  "\xac \xf0\x9f\x98\x80\"}");
        QTest::newRow("escaped and UTF-8 keys")
            << QByteArray("{\"a\\\"b\":1,\"caf\xc3\xa9\":2,\"x\\u0041\":3}");
        QTest::newRow("numbers") << QByteArray(
            R"([0,-0,7,-12,1.5,-0.25,1e3,2E-2,6.02e+23,9007199254740991,)"
            R"(123456789012345678901234567890,1e308,5e-324])");
        QTest::newRow("whitespace everywhere")
            << QByteArray(" \t\r\n{ \"a\" \n:\t[ 1 ,\r\n2 ] , \"b\" : { } , \"c\":[ ] } \n");
        QTest::newRow("empty containers") << QByteArray(R"({"a":{},"b":[],"c":[{},[]]})");
        QTest::newRow("scalars at the top") << QByteArray(R"("text")");
        QTest::newRow("literals") << QByteArray(R"([true,false,null,{"t":true}])");
        QTest::newRow("nested 128 deep") << nested(JsonTape::maxDepth);
    }

    void readsWhatQJsonDocumentReads()
    {
        QFETCH(QByteArray, json);
        const JsonTape tape(json);
        QVERIFY2(tape.isValid(), qPrintable(tape.error()));
        QVERIFY(tape.error().isEmpty());
        const QJsonValue reference = qtReads(json);
        QVERIFY(!reference.isUndefined());
        QCOMPARE(toQt(tape, 0), reference);
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::addColumn<qsizetype>("atByte");
        // RFC 8259 refuses these; Qt 6.4's parser lets them through (checked here, so that a
        // Qt that starts refusing them shows up).
        QTest::addColumn<bool>("qtAcceptsIt");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty") << qsizetype(0) << false;
        QTest::newRow("only whitespace")
            << QByteArray(" \n ") << QStringLiteral("empty") << qsizetype(3) << false;
        QTest::newRow("truncated object")
            << QByteArray("{\"id\":\"7\",\"email\":\"a@exa")
            << QStringLiteral("unterminated string") << qsizetype(24) << false;
        QTest::newRow("truncated list")
            << QByteArray("[1,2") << QStringLiteral("',' or ']'") << qsizetype(4) << false;
        QTest::newRow("comma before }")
            << QByteArray(R"({"a":1,})") << QStringLiteral("member name") << qsizetype(7) << false;
        QTest::newRow("comma before ]")
            << QByteArray("[1,]") << QStringLiteral("unexpected") << qsizetype(3) << false;
        QTest::newRow("name without quotes")
            << QByteArray("{a:1}") << QStringLiteral("member name") << qsizetype(1) << false;
        QTest::newRow("single quotes")
            << QByteArray("['a']") << QStringLiteral("unexpected") << qsizetype(1) << false;
        QTest::newRow("missing colon")
            << QByteArray(R"({"a" 1})") << QStringLiteral("':'") << qsizetype(5) << false;
        QTest::newRow("leading zero")
            << QByteArray("[01]") << QStringLiteral("invalid number") << qsizetype(2) << false;
        QTest::newRow("fraction without digits")
            << QByteArray("[1.]") << QStringLiteral("invalid number") << qsizetype(3) << true;
        QTest::newRow("exponent without digits")
            << QByteArray("[1e+]") << QStringLiteral("invalid number") << qsizetype(4) << false;
        QTest::newRow("lone minus")
            << QByteArray("[-]") << QStringLiteral("invalid number") << qsizetype(2) << false;
        QTest::newRow("plus sign")
            << QByteArray("[+1]") << QStringLiteral("unexpected") << qsizetype(1) << false;
        QTest::newRow("NaN") << QByteArray("[NaN]") << QStringLiteral("unexpected") << qsizetype(1)
                             << false;
        QTest::newRow("half a literal")
            << QByteArray("[tru]") << QStringLiteral("unexpected") << qsizetype(1) << false;
        QTest::newRow("text after the end")
            << QByteArray("{} x") << QStringLiteral("after the end") << qsizetype(3) << false;
        QTest::newRow("two documents")
            << QByteArray("{}{}") << QStringLiteral("after the end") << qsizetype(2) << false;
        QTest::newRow("raw newline in a string")
            << QByteArray("[\"a\nb\"]") << QStringLiteral("control character") << qsizetype(3)
            << true;
        QTest::newRow("unknown escape")
            << QByteArray(R"(["\x41"])") << QStringLiteral("escape") << qsizetype(2) << true;
        QTest::newRow("short unicode escape")
            << QByteArray(R"(["\u12"])") << QStringLiteral("escape") << qsizetype(2) << false;
        QTest::newRow("invalid UTF-8 byte")
            << QByteArray("[\"a\xff\"]") << QStringLiteral("invalid UTF8 string") << qsizetype(3)
            << false;
        QTest::newRow("lone continuation byte")
            << QByteArray("[\"\x80\"]") << QStringLiteral("invalid UTF8 string") << qsizetype(2)
            << false;
        QTest::newRow("overlong quote")
            << QByteArray("[\"\xc0\xa2\"]") << QStringLiteral("invalid UTF8 string") << qsizetype(2)
            << false;
        QTest::newRow("overlong three bytes")
            << QByteArray("[\"\xe0\x80\xaf\"]") << QStringLiteral("invalid UTF8 string")
            << qsizetype(2) << false;
        QTest::newRow("encoded surrogate")
            << QByteArray("[\"\xed\xa0\x80\"]") << QStringLiteral("invalid UTF8 string")
            << qsizetype(2) << false;
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("[\"\xf4\x90\x80\x80\"]") << QStringLiteral("invalid UTF8 string")
            << qsizetype(2) << false;
        QTest::newRow("sequence cut by the quote")
            << QByteArray("[\"\xe2\x82\"]") << QStringLiteral("invalid UTF8 string") << qsizetype(2)
            << false;
        QTest::newRow("UTF-8 outside a string")
            << QByteArray("[\xc3\xa9]") << QStringLiteral("unexpected") << qsizetype(1) << false;
        QTest::newRow("nested 129 deep")
            << nested(JsonTape::maxDepth + 1) << QStringLiteral("too deeply nested")
            << qsizetype(JsonTape::maxDepth) << false;
        QTest::newRow("nested 100,000 deep")
            << nested(100000) << QStringLiteral("too deeply nested")
            << qsizetype(JsonTape::maxDepth) << false;
    }

    void refusesWhatIsNotJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QFETCH(qsizetype, atByte);
        QFETCH(bool, qtAcceptsIt);
        const JsonTape tape(json);
        QVERIFY(!tape.isValid());
        QVERIFY2(tape.error().contains(says), qPrintable(tape.error()));
        QVERIFY2(tape.error().endsWith(QStringLiteral("at byte %1").arg(atByte)),
                 qPrintable(tape.error()));
        // The reference refuses it too (its own limit on nesting is deeper than ours).
        if (!says.contains(QStringLiteral("nested")) && !json.trimmed().isEmpty()) {
            QJsonParseError error {};
            QJsonDocument::fromJson("[" + json + "]", &error);
            QCOMPARE(error.error == QJsonParseError::NoError, qtAcceptsIt);
        }
    }

    void everyByteOfALongStringIsChecked_data()
    {
        // A byte that is not taken as it is must be seen wherever it stands in a longer
        // string, and an error named at that byte.
        QTest::addColumn<QByteArray>("special");
        QTest::addColumn<QString>("says");
        QTest::newRow("control character") << QByteArray("\x01") << QStringLiteral("control");
        QTest::newRow("DEL is plain") << QByteArray("\x7f") << QString();
        QTest::newRow("space is plain") << QByteArray(" ") << QString();
        QTest::newRow("newline escape") << QByteArray("\\n") << QString();
        QTest::newRow("quote escape") << QByteArray("\\\"") << QString();
        QTest::newRow("unicode escape") << QByteArray("\\u00e9") << QString();
        QTest::newRow("two-byte character") << QByteArray("\xc3\xa9") << QString();
        QTest::newRow("four-byte character") << QByteArray("\xf0\x9f\x98\x80") << QString();
        QTest::newRow("invalid UTF-8") << QByteArray("\xff") << QStringLiteral("invalid UTF8");
        QTest::newRow("bad escape") << QByteArray("\\x") << QStringLiteral("invalid escape");
    }

    void everyByteOfALongStringIsChecked()
    {
        QFETCH(QByteArray, special);
        QFETCH(QString, says);
        for (int before = 0; before < 20; ++before) {
            for (const int after : { 0, 3, 9, 17 }) {
                const QByteArray json =
                    "[\"" + QByteArray(before, 'a') + special + QByteArray(after, 'b') + "\"]";
                const JsonTape tape(json);
                const QByteArray where =
                    "before " + QByteArray::number(before) + ", after " + QByteArray::number(after);
                if (says.isEmpty()) {
                    QVERIFY2(tape.isValid(), where.constData());
                    QCOMPARE(toQt(tape, 0), qtReads(json));
                } else {
                    QVERIFY2(!tape.isValid(), where.constData());
                    QVERIFY2(tape.error().contains(says), qPrintable(tape.error()));
                    QVERIFY2(tape.error().endsWith(QStringLiteral("at byte %1").arg(2 + before)),
                             where.constData());
                }
            }
        }
    }

    void theLastOfARepeatedNameCounts()
    {
        const JsonTape tape(R"({"email":"old@example.org","id":1,"email":"new@example.org"})");
        QVERIFY(tape.isValid());
        const std::optional<quint32> email = tape.member(0, u"email");
        QVERIFY(email);
        QCOMPARE(tape.string(*email), QStringLiteral("new@example.org"));
        QVERIFY(!tape.member(0, u"Email"));
        QVERIFY(!tape.member(0, u"emai"));
        QCOMPARE(tape.keys(0),
                 QStringList(
                     { QStringLiteral("email"), QStringLiteral("id"), QStringLiteral("email") }));
    }

    void namesAreFoundWhateverTheirSpelling_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QByteArray(R"({"a":0,"name":7})") << QStringLiteral("name");
        QTest::newRow("escaped in the text")
            << QByteArray(R"({"a":0,"n\u0061me":7})") << QStringLiteral("name");
        QTest::newRow("non-ASCII")
            << QByteArray("{\"a\":0,\"caf\xc3\xa9\":7}") << QStringLiteral("caf\u00e9");
        QTest::newRow("escaped non-ASCII")
            << QByteArray(R"({"a":0,"caf\u00e9":7})") << QStringLiteral("caf\u00e9");
    }

    void namesAreFoundWhateverTheirSpelling()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, name);
        const JsonTape tape(json);
        QVERIFY(tape.isValid());
        const std::optional<quint32> member = tape.member(0, name);
        QVERIFY(member);
        QCOMPARE(tape.number(*member), 7.0);
    }

    void halfASurrogatePairIsReplaced()
    {
        const JsonTape tape(R"(["a\ud800b","\udc00","\ud83d\ude00"])");
        QVERIFY(tape.isValid());
        const std::vector<quint32> strings = tape.children(0);
        QCOMPARE(tape.string(strings.at(0)), QStringLiteral("a\ufffdb"));
        QCOMPARE(tape.string(strings.at(1)), QStringLiteral("\ufffd"));
        QCOMPARE(tape.string(strings.at(2)), QString::fromUtf8("\xf0\x9f\x98\x80"));
    }

    void numbersAreReadAsTheNearestDouble()
    {
        // Beyond 2^53 a double skips integers: 2^53 + 1 reads as 2^53 (JsonReader refuses such
        // ids rather than hand out a neighbour's).
        const JsonTape tape("[9007199254740993,0.1]");
        QVERIFY(tape.isValid());
        QCOMPARE(tape.number(tape.children(0).at(0)), 9007199254740992.0);
        QCOMPARE(tape.number(tape.children(0).at(1)), 0.1);
    }

    void numbersBeyondADoubleSaturate()
    {
        const JsonTape tape("[1e400,-1e400,1e-400,-1e-400]");
        QVERIFY(tape.isValid());
        const std::vector<quint32> numbers = tape.children(0);
        QCOMPARE(tape.number(numbers.at(0)), std::numeric_limits<double>::infinity());
        QCOMPARE(tape.number(numbers.at(1)), -std::numeric_limits<double>::infinity());
        QCOMPARE(tape.number(numbers.at(2)), 0.0);
        QVERIFY(std::signbit(tape.number(numbers.at(3))));
    }

    void readsNoFurtherThanTheBodyItShares()
    {
        // A body that ends in the middle of an escape is not read past its end, where the
        // rest of a valid document happens to follow in memory.
        static const char memory[] = "[\"abc\\\"x\"]";
        const JsonTape tape(QByteArray::fromRawData(memory, 6));
        QVERIFY(!tape.isValid());
        QVERIFY2(tape.error().contains(QStringLiteral("unterminated")), qPrintable(tape.error()));
    }

    void pathsNameWhereANodeIs_data()
    {
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("path");
        // Steps, separated by "/": a name walks into an object's member, a number into a
        // list's element.
        QTest::newRow("root") << QString() << QString();
        QTest::newRow("member") << QStringLiteral("count") << QStringLiteral("count");
        QTest::newRow("element") << QStringLiteral("results/1") << QStringLiteral("results[1]");
        QTest::newRow("member of an element")
            << QStringLiteral("results/1/id") << QStringLiteral("results[1].id");
        QTest::newRow("deep") << QStringLiteral("results/0/human/profile/name")
                              << QStringLiteral("results[0].human.profile.name");
        QTest::newRow("lists in lists")
            << QStringLiteral("grid/1/0") << QStringLiteral("grid[1][0]");
        QTest::newRow("escaped name") << QStringLiteral("a\"b/x") << QStringLiteral("a\"b.x");
        QTest::newRow("after a repeated name") << QStringLiteral("results/1/human/email/1")
                                               << QStringLiteral("results[1].human.email[1]");
    }

    void pathsNameWhereANodeIs()
    {
        QFETCH(QString, steps);
        QFETCH(QString, path);
        const JsonTape tape(QByteArray("{\"count\": 2, \"results\": [")
                            + "{\"id\": 1, \"human\": {\"profile\": {\"name\": \"x\"}}},"
                            + "{\"id\": 2, \"human\": null, \"human\": {\"email\": [1, 2]}}],"
                            + "\"grid\": [[0], [[5]]], \"a\\\"b\": {\"x\": true}}");
        QVERIFY(tape.isValid());
        quint32 node = 0;
        for (const QString &step : steps.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            if (isIndex) {
                node = tape.children(node).at(size_t(index));
            } else {
                const std::optional<quint32> member = tape.member(node, step);
                QVERIFY2(member, qPrintable(step));
                node = *member;
            }
        }
        QCOMPARE(tape.pathTo(node), path);
    }
};

QTEST_GUILESS_MAIN(TstJsonTape)
#include "tst_jsontape.moc"
