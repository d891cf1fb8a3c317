// JsonReader: a problem names the field where it is, however deep and whether the objects on
// the way were there or absent (optional objects read as empty ones).

#include "JsonReader.h"

#include <QTest>

class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void problemsNameTheirField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reads");
        QTest::addColumn<QString>("field");
        // Reads, separated by "/": "name[N]" takes element N of a list, "name{}" an object,
        // "name?" an optional object; the last one is read as text.
        const QByteArray results =
            R"({"results": [{"id": 1, "human": {"profile": {"name": 5}}}, {"human": null}]})";
        QTest::newRow("missing in an element")
            << results << QStringLiteral("results[1]/id") << QStringLiteral("results[1].id");
        QTest::newRow("wrong type, deep")
            << results << QStringLiteral("results[0]/human{}/profile{}/name")
            << QStringLiteral("results[0].human.profile.name");
        QTest::newRow("in an absent optional object")
            << results << QStringLiteral("results[1]/human?/email")
            << QStringLiteral("results[1].human.email");
        QTest::newRow("in absent optional objects")
            << results << QStringLiteral("results[1]/human?/profile?/name")
            << QStringLiteral("results[1].human.profile.name");
        QTest::newRow("at the root")
            << QByteArray(R"({"count": "2"})") << QStringLiteral("id") << QStringLiteral("id");
    }

    void problemsNameTheirField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reads);
        QFETCH(QString, field);
        JsonReader reader = JsonReader::parse(json);
        QVERIFY(reader.ok());
        const QStringList steps = reads.split(QLatin1Char('/'));
        for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
            QString step = steps.at(i);
            if (step.endsWith(QLatin1Char(']'))) {
                const qsizetype open = step.indexOf(QLatin1Char('['));
                const int index = step.mid(open + 1).chopped(1).toInt();
                reader = reader.array(step.left(open)).at(index);
            } else if (step.endsWith(QLatin1String("{}"))) {
                reader = reader.object(step.chopped(2));
            } else {
                QVERIFY(step.endsWith(QLatin1Char('?')));
                reader = reader.optionalObject(step.chopped(1));
            }
            QVERIFY2(reader.ok(), qPrintable(reader.error().message()));
        }
        reader.string(steps.constLast());
        QVERIFY(!reader.ok());
        const QString problem = reader.error().message();
        QVERIFY2(problem.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
