#include "MockServerConfig.h"

#include <QJsonDocument>
#include <QTest>

class TstMockServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadSettings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("unknown key") << QByteArray(R"({"userz": 5})") << QStringLiteral("userz");
        QTest::newRow("string number")
            << QByteArray(R"({"users": "5"})") << QStringLiteral("users");
        QTest::newRow("negative") << QByteArray(R"({"latencyMs": -1})")
                                  << QStringLiteral("latencyMs");
        QTest::newRow("fraction for integer")
            << QByteArray(R"({"users": 2.5})") << QStringLiteral("integer");
        QTest::newRow("port too big")
            << QByteArray(R"({"port": 70000})") << QStringLiteral("65535");
        QTest::newRow("fail rate above one")
            << QByteArray(R"({"failRate": 1.5})") << QStringLiteral("fail rate");
        QTest::newRow("zero users") << QByteArray(R"({"users": 0})") << QStringLiteral("users");
        QTest::newRow("credentials not object")
            << QByteArray(R"({"credentials": "x"})") << QStringLiteral("credentials");
        QTest::newRow("unknown credential")
            << QByteArray(R"({"credentials": {"rootPassword": "x"}})")
            << QStringLiteral("rootPassword");
        QTest::newRow("empty credential") << QByteArray(R"({"credentials": {"gcoreApiKey": ""}})")
                                          << QStringLiteral("gcoreApiKey");
    }

    void rejectsBadSettings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        MockServerConfig config;
        QString error;
        QVERIFY(!config.applyJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void appliesOverrides()
    {
        MockServerConfig config;
        QString error;
        const QByteArray json = R"({"users": 1000, "seed": 7, "failRate": 0.25, "latencyMs": 30,
            "rateLimit": 5, "rateWindowSeconds": 2, "port": 8123,
            "credentials": {"gcoreApiKey": "other-key"}})";
        QVERIFY2(config.applyJson(QJsonDocument::fromJson(json).object(), &error),
                 qPrintable(error));
        QCOMPARE(config.users, 1000);
        QCOMPARE(config.seed, quint64(7));
        QCOMPARE(config.faults.failRate, 0.25);
        QCOMPARE(config.faults.latencyMs, 30);
        QCOMPARE(config.faults.rateLimit, 5);
        QCOMPARE(config.faults.rateWindowSeconds, 2);
        QCOMPARE(config.port, quint16(8123));
        QCOMPARE(config.credentials.gcoreApiKey, QStringLiteral("other-key"));
        // Untouched fields keep their documented defaults.
        QCOMPARE(config.credentials.acronisClientId, MockCredentials().acronisClientId);
    }

    void jsonRoundTrips()
    {
        MockServerConfig original;
        original.users = 321;
        original.faults.failRate = 0.5;
        original.credentials.zitadelPat = QStringLiteral("pat-x");
        MockServerConfig copy;
        QString error;
        QVERIFY2(copy.applyJson(original.toJson(), &error), qPrintable(error));
        QCOMPARE(copy.toJson(), original.toJson());
        QCOMPARE(copy.users, 321);
    }
};

QTEST_GUILESS_MAIN(TstMockServerConfig)
#include "tst_mockserverconfig.moc"
