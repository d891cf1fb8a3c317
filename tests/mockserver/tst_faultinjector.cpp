#include "FaultInjector.h"

#include <QTest>

class TstFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void failRateIsEvenlySpreadAndExact_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<QList<int>>("failing");
        QTest::newRow("none") << 0.0 << QList<int> {};
        QTest::newRow("every fourth") << 0.25 << QList<int> { 4, 8, 12 };
        QTest::newRow("every other") << 0.5 << QList<int> { 2, 4, 6, 8, 10, 12 };
        QTest::newRow("all") << 1.0 << QList<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
    }

    void failRateIsEvenlySpreadAndExact()
    {
        QFETCH(double, rate);
        QFETCH(QList<int>, failing);
        FaultInjector::Settings settings;
        settings.failRate = rate;
        settings.latencyMs = 7;
        FaultInjector injector(settings);
        QList<int> failed;
        for (int n = 1; n <= 12; ++n) {
            const FaultInjector::Decision decision = injector.next();
            QCOMPARE(decision.delayMs, 7);
            QCOMPARE(decision.retryAfterSeconds, 0);
            if (decision.fail)
                failed.append(n);
        }
        QCOMPARE(failed, failing);
    }

    void sameSettingsGiveTheSameSequence()
    {
        FaultInjector::Settings settings;
        settings.failRate = 0.3;
        FaultInjector first(settings), second(settings);
        for (int n = 0; n < 50; ++n)
            QCOMPARE(first.next().fail, second.next().fail);
    }

    void rateLimitAnswersRetryAfterWithinTheWindow()
    {
        FaultInjector::Settings settings;
        settings.rateLimit = 3;
        settings.rateWindowSeconds = 60;
        settings.failRate = 1.0;
        FaultInjector injector(settings);
        for (int n = 0; n < 3; ++n) {
            const FaultInjector::Decision allowed = injector.next();
            QCOMPARE(allowed.retryAfterSeconds, 0);
            QVERIFY(allowed.fail); // counted requests still get the injected failure
        }
        const FaultInjector::Decision limited = injector.next();
        QVERIFY(limited.retryAfterSeconds >= 1);
        QVERIFY(limited.retryAfterSeconds <= 60);
        QVERIFY(!limited.fail);
    }

    void rateLimitWindowReopens()
    {
        FaultInjector::Settings settings;
        settings.rateLimit = 1;
        settings.rateWindowSeconds = 1;
        FaultInjector injector(settings);
        QCOMPARE(injector.next().retryAfterSeconds, 0);
        QCOMPARE(injector.next().retryAfterSeconds, 1);
        QTest::qWait(1100);
        QCOMPARE(injector.next().retryAfterSeconds, 0);
    }
};

QTEST_GUILESS_MAIN(TstFaultInjector)
#include "tst_faultinjector.moc"
