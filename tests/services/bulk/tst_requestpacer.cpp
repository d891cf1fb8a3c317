#include "RequestPacer.h"

#include <QTest>

/// The pacer hands out evenly spaced slots: a burst of reservations waits 0, 1/rate, 2/rate…
/// instead of going out at once, and a hold-off after a 429 pushes every slot back.
class tst_RequestPacer : public QObject
{
    Q_OBJECT

private slots:
    void spacesABurst_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("spacingMs");
        QTest::newRow("10/s") << 10.0 << qint64(100);
        QTest::newRow("4/s") << 4.0 << qint64(250);
        QTest::newRow("0.5/s") << 0.5 << qint64(2000);
    }

    void spacesABurst()
    {
        QFETCH(double, rate);
        QFETCH(qint64, spacingMs);
        RequestPacer pacer(rate);
        for (int i = 0; i < 5; ++i) {
            const qint64 wait = pacer.reserve();
            // Calls a few ms apart at most: the slot is i spacings ahead, minus what passed.
            QVERIFY2(wait <= i * spacingMs && wait >= i * spacingMs - 20,
                     qPrintable(QStringLiteral("request %1 waits %2 ms").arg(i).arg(wait)));
        }
    }

    void aStepOfSeveralRequestsTakesAsManySlots()
    {
        RequestPacer pacer(10.0);
        QCOMPARE(pacer.reserve(3), qint64(0));
        const qint64 wait = pacer.reserve();
        QVERIFY2(wait >= 280 && wait <= 300, qPrintable(QString::number(wait)));
    }

    void unlimitedNeverWaits()
    {
        RequestPacer pacer;
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(pacer.reserve(), qint64(0));
    }

    void slotsPassedAreNotSavedUp()
    {
        RequestPacer pacer(20.0);
        QCOMPARE(pacer.reserve(), qint64(0));
        QTest::qWait(300); // idle time does not allow a burst afterwards
        QCOMPARE(pacer.reserve(), qint64(0));
        QVERIFY(pacer.reserve() >= 40);
    }

    void holdOffDelaysTheNextSlot()
    {
        RequestPacer pacer(100.0);
        pacer.holdOff(1000);
        const qint64 wait = pacer.reserve();
        QVERIFY2(wait >= 980 && wait <= 1000, qPrintable(QString::number(wait)));
    }
};

QTEST_GUILESS_MAIN(tst_RequestPacer)
#include "tst_requestpacer.moc"
