#include "CsvUserWriter.h"
#include "JsonArrayUserWriter.h"
#include "NdjsonUserWriter.h"
#include "PythonCsvReader.h"
#include "UserFields.h"
#include "UserJson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
User makeUser(const QString &id, const QString &name, const QString &email,
              const QString &organisation = QString())
{
    User user;
    user.id = id;
    user.login = email.section(QLatin1Char('@'), 0, 0);
    user.displayName = name;
    user.email = email;
    user.verification = EmailVerification::Verified;
    user.state = UserState::Active;
    user.stateText = QStringLiteral("Active");
    user.organisationId = QStringLiteral("42");
    user.organisationName = organisation;
    return user;
}

/// Users whose fields need every kind of care in every format.
QList<User> awkwardUsers()
{
    QList<User> users {
        makeUser(QStringLiteral("1"), QStringLiteral("Müller, Jürgen"),
                 QStringLiteral("j.mueller@example.org"), QStringLiteral("Acme \"Labs\"")),
        makeUser(QStringLiteral("2"), QStringLiteral("Line\nbreak\r\nand CR"),
                 QStringLiteral("lb@example.org")),
        makeUser(QStringLiteral("3"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                 QStringLiteral("@attacker.example"), QStringLiteral("+cmd|' /C calc'!A0")),
        makeUser(QStringLiteral("4"), QStringLiteral("-2+3"), QStringLiteral("\tTab@example.org"),
                 QStringLiteral("\rcarriage")),
        makeUser(QStringLiteral("5"), QStringLiteral("李小龙 🐉 Ωmega"),
                 QStringLiteral("li@例え.jp")),
        makeUser(QStringLiteral("6"), QStringLiteral("back\\slash \u0001 control"),
                 QStringLiteral("plain@example.org")),
        makeUser(QStringLiteral("7"), QString(), QString()),
        // Non-ASCII runs right against characters that need escaping, at both ends.
        makeUser(QStringLiteral("8"), QStringLiteral("é\"ü\\€\u0002ß\tñ"),
                 QStringLiteral("\u001fø@example.org"), QStringLiteral("Œuvre\n")),
    };
    users[6].verification = EmailVerification::Unknown;
    users[6].state = UserState::Unknown;
    users[1].verification = EmailVerification::Unverified;
    users[1].state = UserState::Locked;
    return users;
}

QByteArray writeAll(UserWriter &writer, QBuffer &buffer, const QList<User> &users, int batch)
{
    if (!writer.begin())
        return {};
    for (qsizetype i = 0; i < users.size(); i += batch) {
        if (!writer.write(users.mid(i, batch)))
            return {};
    }
    if (!writer.end())
        return {};
    return buffer.data();
}

/// The cells a spreadsheet should show: the text, with an apostrophe before a formula start.
QString inert(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text
                                                                   : text;
}
} // namespace

class tst_UserWriter : public QObject
{
    Q_OBJECT

private slots:
    void csvReadsBackWithPythonsCsvModule_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("one batch") << 100;
        QTest::newRow("one user per batch") << 1;
        QTest::newRow("batches of three") << 3;
    }

    void csvReadsBackWithPythonsCsvModule()
    {
        QFETCH(int, batch);
        const QList<User> users = awkwardUsers();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvUserWriter writer(&buffer);
        const QByteArray csv = writeAll(writer, buffer, users, batch);
        QVERIFY(!csv.isEmpty());
        QCOMPARE(writer.written(), users.size());
        QVERIFY(csv.endsWith("\r\n"));

        PythonCsvReader python;
        const QJsonArray rows = python.read(csv);
        QVERIFY2(python.error().isEmpty(), qPrintable(python.error()));

        QCOMPARE(rows.size(), users.size() + 1);
        QStringList header;
        for (const QJsonValue &cell : rows.at(0).toArray())
            header.append(cell.toString());
        QCOMPARE(header, UserFields::csvColumns());
        for (qsizetype i = 0; i < users.size(); ++i) {
            QStringList expected;
            for (const QString &cell : UserFields::csvCells(users.at(i)))
                expected.append(inert(cell));
            QCOMPARE(rows.at(i + 1).toArray().size(), header.size());
            QStringList actual;
            for (const QJsonValue &cell : rows.at(i + 1).toArray())
                actual.append(cell.toString());
            QCOMPARE(actual, expected);
        }
    }

    void csvCellsAreInertAndQuoted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "anna"
                               << "anna";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("formula") << "=1+1"
                                 << "'=1+1";
        QTest::newRow("plus") << "+49 30 1234"
                              << "'+49 30 1234";
        QTest::newRow("minus") << "-5"
                               << "'-5";
        QTest::newRow("at") << "@sum(a1)"
                            << "'@sum(a1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("formula with comma") << "=a,b"
                                            << "\"'=a,b\"";
        QTest::newRow("inner equals stays") << "a=b"
                                            << "a=b";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only a quote") << "\""
                                      << "\"\"\"\"";
        QTest::newRow("non-ASCII around quotes") << "Zoë \"Zo\" Müller"
                                                 << "\"Zoë \"\"Zo\"\" Müller\"";
        QTest::newRow("surrogate pairs against a quote")
            << QString::fromUtf8("\xF0\x9F\x98\x80\"\xF0\x9F\x98\x80")
            << QString::fromUtf8("\"\xF0\x9F\x98\x80\"\"\xF0\x9F\x98\x80\"");
        QTest::newRow("formula and quote") << "=\"x\""
                                           << "\"'=\"\"x\"\"\"";
    }

    void csvCellsAreInertAndQuoted()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvUserWriter::cell(text), cell);
    }

    void ndjsonIsOneUserPerLine()
    {
        const QList<User> users = awkwardUsers();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        NdjsonUserWriter writer(&buffer);
        const QByteArray text = writeAll(writer, buffer, users, 2);
        QVERIFY(text.endsWith('\n'));
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), users.size());
        for (qsizetype i = 0; i < users.size(); ++i) {
            QJsonParseError error {};
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
            QCOMPARE(document.object(), UserJson::toObject(users.at(i)));
        }
    }

    void jsonIsOneArray_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("all") << 8;
    }

    void jsonIsOneArray()
    {
        QFETCH(int, count);
        const QList<User> users = awkwardUsers().mid(0, count);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonArrayUserWriter writer(&buffer);
        const QByteArray text = writeAll(writer, buffer, users, 3);
        QJsonParseError error {};
        const QJsonArray array = QJsonDocument::fromJson(text, &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, text.constData());
        QCOMPARE(array.size(), users.size());
        for (qsizetype i = 0; i < users.size(); ++i)
            QCOMPARE(array.at(i).toObject(), UserJson::toObject(users.at(i)));
    }

    void machineWordsAreStable()
    {
        const User user = awkwardUsers().at(1);
        const QJsonObject object = UserJson::toObject(user);
        QCOMPARE(object.value(QLatin1String("verification")).toString(),
                 QStringLiteral("unverified"));
        QCOMPARE(object.value(QLatin1String("state")).toString(), QStringLiteral("locked"));
        QCOMPARE(UserFields::csvCells(user).at(4), QStringLiteral("false"));
        QCOMPARE(UserFields::csvCells(awkwardUsers().at(6)).at(4), QString());
    }

    void aFailedWriteIsReported()
    {
        QBuffer buffer; // never opened: every write fails
        CsvUserWriter writer(&buffer);
        QVERIFY(!writer.begin());
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.write(awkwardUsers()));
        QCOMPARE(writer.written(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_UserWriter)
#include "tst_userwriter.moc"
