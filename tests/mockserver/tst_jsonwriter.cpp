#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// JsonWriter must produce what QJsonDocument reads back unchanged, whatever the strings hold.
class TstJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("anna.muller@northwind.example");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ bye");
        QTest::newRow("control characters") << QStringLiteral("tab\tnew\nline\x01");
        QTest::newRow("latin and greek") << QStringLiteral("Jürgen Müller Ωμέγα");
        QTest::newRow("cjk") << QStringLiteral("王伟");
        QTest::newRow("outside the BMP") << QString::fromUtf8("smile \xF0\x9F\x98\x80 end");
        QTest::newRow("empty") << QString();
    }

    void stringsRoundTrip()
    {
        QFETCH(QString, text);
        JsonWriter out;
        out.beginObject().key("text").value(text).endObject();
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(out.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QStringLiteral("text")).toString(), text);
    }

    void nestingAndSeparators()
    {
        JsonWriter out;
        out.beginObject();
        out.key("count").value(qint64(3));
        out.key("next").null();
        out.key("flags").beginArray().value(true).value(false).endArray();
        out.key("items").beginArray();
        for (int i = 0; i < 2; ++i)
            out.beginObject().key("id").value(i).key("kind").value("user").endObject();
        out.endArray();
        out.key("raw").raw(R"({"a":[1,2]})");
        out.endObject();
        QCOMPARE(out.data(),
                 QByteArray(R"({"count":3,"next":null,"flags":[true,false],"items":[{"id":0,)"
                            R"("kind":"user"},{"id":1,"kind":"user"}],"raw":{"a":[1,2]}})"));
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        JsonWriter out;
        out.beginArray().value(QString(QChar(0xD800))).endArray();
        const QJsonArray array = QJsonDocument::fromJson(out.data()).array();
        QCOMPARE(array.at(0).toString(), QString(QChar(QChar::ReplacementCharacter)));
    }
};

QTEST_GUILESS_MAIN(TstJsonWriter)
#include "tst_jsonwriter.moc"
