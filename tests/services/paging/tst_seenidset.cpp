#include "SeenIdSet.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

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

    void keepsEveryIdAcrossGrowth_data()
    {
        QTest::addColumn<qint64>("reserved");
        QTest::newRow("nothing reserved") << qint64(0);
        QTest::newRow("room for all reserved") << qint64(300000);
        QTest::newRow("less reserved than comes") << qint64(3000);
        // A total a server announces is no promise: neither may break the set.
        QTest::newRow("negative total") << qint64(-5);
        QTest::newRow("absurd total") << (qint64(1) << 40);
    }

    void keepsEveryIdAcrossGrowth()
    {
        // 300,000 ids make the table grow many times (unless room was reserved); none may be
        // lost or invented.
        QFETCH(qint64, reserved);
        SeenIdSet seen;
        seen.reserve(reserved);
        seen.insert(u"before the rest"); // reserving again keeps what is in
        seen.reserve(reserved);
        QCOMPARE(seen.size(), 1);
        QVERIFY(!seen.insert(u"before the rest"));
        for (int i = 0; i < 300000; ++i)
            QVERIFY(seen.insert(QString::number(qint64(i) * 7919)));
        QCOMPARE(seen.size(), 300001);
        for (int i = 0; i < 300000; i += 997)
            QVERIFY2(!seen.insert(QString::number(qint64(i) * 7919)),
                     qPrintable(QString::number(i)));
        QVERIFY(seen.insert(QStringLiteral("f01e1c85-d52c-5b84-bcbe-fd522203129f")));
        QCOMPARE(seen.size(), 300002);
    }

    void aBigReservationIsTakenOverWithEveryId()
    {
        const qint64 total = 1000000;
        const std::size_t big = halfFullCapacity(0, total, SeenIdSet::maxReserved);
        QVERIFY(big * sizeof(std::uint64_t) >= bigZeroedArrayBytes);
        SeenIdSet seen;
        seen.reserve(total);
        // Made on another thread: not in use at once, and ids still go in meanwhile.
        QCOMPARE(seen.capacity(), std::size_t(0));
        int inserted = 0;
        QDeadlineTimer deadline(10000);
        while (seen.capacity() != big && !deadline.hasExpired()) {
            QVERIFY(seen.insert(QString::number(inserted++)));
            if (inserted % 256 == 0)
                QThread::msleep(2);
        }
        QCOMPARE(seen.capacity(), big);
        QVERIFY(inserted > 0);
        for (int i = 0; i < inserted; ++i)
            QVERIFY2(!seen.insert(QString::number(i)), qPrintable(QString::number(i)));
        QVERIFY(seen.insert(QString::number(inserted)));
        QCOMPARE(seen.size(), inserted + 1);
    }

    void clearDropsABigReservationInTheMaking()
    {
        SeenIdSet seen;
        seen.reserve(1000000);
        seen.clear();
        QThread::msleep(300); // long enough for the table to be made, had clear() kept it
        QVERIFY(seen.insert(u"a"));
        QCOMPARE(seen.capacity(), std::size_t(1024));
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
