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
        QTest::newRow("too many users")
            << QByteArray(R"({"users": 1000001})") << QStringLiteral("1000000");
        QTest::newRow("too many Gcore users")
            << QByteArray(R"({"gcoreUsers": 10000000000})") << QStringLiteral("gcoreUsers");
        QTest::newRow("negative ZITADEL users")
            << QByteArray(R"({"zitadelUsers": -3})") << QStringLiteral("zitadelUsers");
        QTest::newRow("fractional Acronis users")
            << QByteArray(R"({"acronisUsers": 1.5})") << QStringLiteral("integer");
        QTest::newRow("CodeArts users as text")
            << QByteArray(R"({"codeArtsUsers": "5"})") << QStringLiteral("codeArtsUsers");
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

    void perDirectoryCountsDefaultToUsers()
    {
        MockServerConfig config;
        QString error;
        QVERIFY2(config.applyJson(QJsonDocument::fromJson(
                                      R"({"users": 300, "gcoreUsers": 1000000, "acronisUsers": 7})")
                                      .object(),
                                  &error),
                 qPrintable(error));
        QCOMPARE(config.usersFor(config.gcoreUsers), 1000000);
        QCOMPARE(config.usersFor(config.acronisUsers), 7);
        // 0 (the default) follows "users".
        QCOMPARE(config.usersFor(config.zitadelUsers), 300);
        QCOMPARE(config.usersFor(config.codeArtsUsers), 300);
        const QJsonObject shown = config.toJson();
        QCOMPARE(shown.value(QStringLiteral("gcoreUsers")).toInt(), 1000000);
        QCOMPARE(shown.value(QStringLiteral("zitadelUsers")).toInt(), 0);
        QCOMPARE(shown.value(QStringLiteral("acronisUsers")).toInt(), 7);
        QVERIFY(shown.contains(QStringLiteral("codeArtsUsers")));
    }

    void jsonRoundTrips()
    {
        MockServerConfig original;
        original.users = 321;
        original.zitadelUsers = 4567;
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
