#include "BulkCsvReader.h"

#include <QTest>

/// The bulk-change CSV as spreadsheets write it, and every way it can be wrong: each refusal
/// names the line and column, and a refused file yields no row at all.
class tst_BulkCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatSpreadsheetsWrite_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("users");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("delimiter");

        const QStringList users { QStringLiteral("42"), QStringLiteral("email:bo@old.example") };
        const QStringList addresses { QStringLiteral("ann@new.example"),
                                      QStringLiteral("bo@new.example") };
        QTest::newRow("comma, LF") << QByteArray("user,new_email\n42,ann@new.example\n"
                                                 "email:bo@old.example,bo@new.example\n")
                                   << users << addresses << QList<int> { 2, 3 } << ",";
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFuser,new_email\r\n42,ann@new.example\r\n"
                          "email:bo@old.example,bo@new.example\r\n")
            << users << addresses << QList<int> { 2, 3 } << ",";
        QTest::newRow("semicolon (German Excel)")
            << QByteArray("User;New_Email\n42;ann@new.example\nemail:bo@old.example;bo@new.example")
            << users << addresses << QList<int> { 2, 3 } << ";";
        QTest::newRow("tab") << QByteArray("new_email\tuser\nann@new.example\t42\n"
                                           "bo@new.example\temail:bo@old.example\n")
                             << users << addresses << QList<int> { 2, 3 } << "\t";
        QTest::newRow("quotes, a doubled quote, empty lines")
            << QByteArray("\"user\",\"new_email\"\n\n\"42\",\"ann@new.example\"\n\n\n"
                          "\"email:bo@old.example\",bo@new.example\n\n")
            << users << addresses << QList<int> { 3, 6 } << ",";
        QTest::newRow("a line break inside quotes moves the line count on")
            << QByteArray("user,new_email\n42,\"ann@new.example\r\n\"\n"
                          "\"email:bo@old.example\",bo@new.example\n")
            << users << addresses << QList<int> { 2, 4 } << ",";
    }

    void readsWhatSpreadsheetsWrite()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, users);
        QFETCH(QStringList, addresses);
        QFETCH(QList<int>, lines);
        QFETCH(QString, delimiter);
        BulkCsvReader reader;
        QVERIFY2(reader.read(csv), qPrintable(reader.error()));
        QCOMPARE(reader.delimiter(), delimiter.at(0));
        QCOMPARE(reader.rows().size(), users.size());
        for (qsizetype i = 0; i < users.size(); ++i) {
            QCOMPARE(reader.rows().at(i).user, users.at(i));
            QCOMPARE(reader.rows().at(i).newEmail, addresses.at(i));
            QCOMPARE(reader.rows().at(i).line, lines.at(i));
        }
        QVERIFY(!reader.rows().at(0).verified.has_value());
    }

    void readsTheVerifiedColumn()
    {
        BulkCsvReader reader;
        QVERIFY2(reader.read("user,new_email,verified\n1,a@b.example,yes\n2,c@d.example,No\n"
                             "3,e@f.example,\n4,g@h.example,TRUE\n"),
                 qPrintable(reader.error()));
        QCOMPARE(reader.rows().size(), 4);
        QCOMPARE(reader.rows().at(0).verified, std::optional<bool>(true));
        QCOMPARE(reader.rows().at(1).verified, std::optional<bool>(false));
        QVERIFY(!reader.rows().at(2).verified.has_value());
        QCOMPARE(reader.rows().at(3).verified, std::optional<bool>(true));
    }

    void refusesWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");

        QTest::newRow("empty file") << QByteArray() << 1 << 0 << "empty";
        QTest::newRow("wrong header")
            << QByteArray("id,email\n42,a@b.example\n") << 1 << 1 << "unknown column \"id\"";
        QTest::newRow("header without new_email")
            << QByteArray("user,verified\n42,yes\n") << 1 << 0 << "new_email";
        QTest::newRow("column named twice")
            << QByteArray("user,new_email,user\n1,a@b.example,2\n") << 1 << 3 << "twice";
        QTest::newRow("too few cells")
            << QByteArray("user,new_email\n42,a@b.example\n43\n") << 3 << 2 << "1 cells where";
        QTest::newRow("too many cells (wrong delimiter in a row)")
            << QByteArray("user;new_email\n42;a@b.example;x\n") << 2 << 3 << "3 cells where";
        QTest::newRow("unterminated quote")
            << QByteArray("user,new_email\n42,\"a@b.example\n43,c@d.example\n") << 2 << 0
            << "never closed";
        QTest::newRow("text after a closing quote")
            << QByteArray("user,new_email\n42,\"a@b\"x\n") << 2 << 2 << "after the closing quote";
        QTest::newRow("Latin-1 text")
            << QByteArray("user,new_email\n42,j\xF6rg@b.example\n") << 2 << 5 << "not UTF-8";
        QTest::newRow("overlong UTF-8")
            << QByteArray("user,new_email\n\xC0\xAF,a@b.example\n") << 2 << 1 << "not UTF-8";
        QTest::newRow("empty user")
            << QByteArray("user,new_email\n ,a@b.example\n") << 2 << 1 << "user is empty";
        QTest::newRow("empty address")
            << QByteArray("new_email,user\n,42\n") << 2 << 1 << "new address is empty";
        QTest::newRow("verified not yes or no")
            << QByteArray("user,new_email,verified\n42,a@b.example,maybe\n") << 2 << 3 << "maybe";
        QTest::newRow("header only") << QByteArray("user,new_email\r\n") << 1 << 0 << "no rows";
    }

    void refusesWithLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        BulkCsvReader reader;
        QVERIFY(!reader.read(csv));
        QVERIFY2(reader.error().contains(says), qPrintable(reader.error()));
        QCOMPARE(reader.errorLine(), line);
        QCOMPARE(reader.errorColumn(), column);
        QVERIFY(reader.error().startsWith(QStringLiteral("line %1").arg(line)));
        QVERIFY(reader.rows().isEmpty()); // never half a file
    }

    void readsAHundredThousandRows()
    {
        QByteArray csv("user,new_email\r\n");
        for (int i = 0; i < 100'000; ++i)
            csv += QByteArray::number(100000 + i) + ",user" + QByteArray::number(i)
                + "@new.example\r\n";
        BulkCsvReader reader;
        QVERIFY2(reader.read(csv), qPrintable(reader.error()));
        QCOMPARE(reader.rows().size(), 100'000);
        QCOMPARE(reader.rows().constLast().user, QStringLiteral("199999"));
        QCOMPARE(reader.rows().constLast().line, 100'001);
    }

    void refusesMoreRowsThanTheCap()
    {
        QByteArray csv("user,new_email\n");
        for (int i = 0; i <= BulkCsvReader::maxRows; ++i)
            csv += "1,a@b.example\n";
        BulkCsvReader reader;
        QVERIFY(!reader.read(csv));
        QCOMPARE(reader.errorLine(), BulkCsvReader::maxRows + 2);
        QVERIFY(reader.rows().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BulkCsvReader)
#include "tst_bulkcsvreader.moc"
