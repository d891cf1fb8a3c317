#include "SeenIdSet.h"

#include <QTest>

class tst_SeenIdSet : public QObject
{
    Q_OBJECT

private slots:
    void tellsNewFromRepeated()
    {
        SeenIdSet seen;
        QVERIFY(seen.insert(u"100000"));
        QVERIFY(seen.insert(u"100001"));
        QVERIFY(!seen.insert(u"100000"));
        QVERIFY(seen.insert(u""));
        QVERIFY(!seen.insert(u""));
        QCOMPARE(seen.size(), 3);
    }

    void keepsEveryIdAcrossGrowth()
    {
        // 300,000 ids make the table grow many times; none may be lost or invented.
        SeenIdSet seen;
        for (int i = 0; i < 300000; ++i)
            QVERIFY(seen.insert(QString::number(qint64(i) * 7919)));
        QCOMPARE(seen.size(), 300000);
        for (int i = 0; i < 300000; i += 997)
            QVERIFY2(!seen.insert(QString::number(qint64(i) * 7919)),
                     qPrintable(QString::number(i)));
        QVERIFY(seen.insert(QStringLiteral("f01e1c85-d52c-5b84-bcbe-fd522203129f")));
        QCOMPARE(seen.size(), 300001);
    }

    void clearForgetsAll()
    {
        SeenIdSet seen;
        seen.insert(u"a");
        seen.clear();
        QCOMPARE(seen.size(), 0);
        QVERIFY(seen.insert(u"a"));
    }
};

QTEST_APPLESS_MAIN(tst_SeenIdSet)
#include "tst_seenidset.moc"
