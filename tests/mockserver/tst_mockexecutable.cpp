#include "RawHttpClient.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

/// Runs the identitydesk-mock binary as a user or script would.
class TstMockExecutable : public QObject
{
    Q_OBJECT

private:
    static QString binary() { return QStringLiteral(IDENTITYDESK_MOCK_BINARY); }

private slots:
    void printsItsUrlFirstAndServes()
    {
        QProcess mock;
        mock.start(binary(),
                   { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--users"),
                     QStringLiteral("50") });
        QVERIFY(mock.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(mock.canReadLine(), 10000);
        const QString firstLine = QString::fromUtf8(mock.readLine()).trimmed();
        const QUrl url(firstLine);
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);

        RawHttpClient http(url);
        QCOMPARE(http.get(QStringLiteral("/mock/health")).status, 200);
        mock.terminate();
        QVERIFY(mock.waitForFinished(5000));
    }

    void printConfigShowsEffectiveSettings()
    {
        QProcess mock;
        mock.start(binary(),
                   { QStringLiteral("--print-config"), QStringLiteral("--users"),
                     QStringLiteral("1234") });
        QVERIFY(mock.waitForFinished(10000));
        QCOMPARE(mock.exitCode(), 0);
        const QJsonObject config = QJsonDocument::fromJson(mock.readAllStandardOutput()).object();
        QCOMPARE(config.value(QStringLiteral("users")).toInt(), 1234);
        QCOMPARE(config.value(QStringLiteral("gcoreUsers")).toInt(), 0);
        QVERIFY(config.value(QStringLiteral("credentials"))
                    .toObject()
                    .contains(QStringLiteral("gcoreApiKey")));
    }

    void perDirectoryCountsAreOptions()
    {
        QProcess mock;
        mock.start(binary(),
                   { QStringLiteral("--print-config"), QStringLiteral("--gcore-users"),
                     QStringLiteral("1000000"), QStringLiteral("--zitadel-users"),
                     QStringLiteral("100000"), QStringLiteral("--acronis-users"),
                     QStringLiteral("100001"), QStringLiteral("--codearts-users"),
                     QStringLiteral("3") });
        QVERIFY(mock.waitForFinished(10000));
        QCOMPARE(mock.exitCode(), 0);
        const QJsonObject config = QJsonDocument::fromJson(mock.readAllStandardOutput()).object();
        QCOMPARE(config.value(QStringLiteral("gcoreUsers")).toInt(), 1000000);
        QCOMPARE(config.value(QStringLiteral("zitadelUsers")).toInt(), 100000);
        QCOMPARE(config.value(QStringLiteral("acronisUsers")).toInt(), 100001);
        QCOMPARE(config.value(QStringLiteral("codeArtsUsers")).toInt(), 3);
        QCOMPARE(config.value(QStringLiteral("users")).toInt(), 200);
    }

    void configFileIsApplied()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"users": 77, "credentials": {"acronisClientId": "file-client"}})");
        file.close();
        QProcess mock;
        mock.start(
            binary(),
            { QStringLiteral("--config"), file.fileName(), QStringLiteral("--print-config") });
        QVERIFY(mock.waitForFinished(10000));
        QCOMPARE(mock.exitCode(), 0);
        const QJsonObject config = QJsonDocument::fromJson(mock.readAllStandardOutput()).object();
        QCOMPARE(config.value(QStringLiteral("users")).toInt(), 77);
        QCOMPARE(config.value(QStringLiteral("credentials"))
                     .toObject()
                     .value(QStringLiteral("acronisClientId"))
                     .toString(),
                 QStringLiteral("file-client"));
    }

    void badArgumentsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not a number")
            << QStringList { QStringLiteral("--users"), QStringLiteral("many") }
            << QStringLiteral("--users");
        QTest::newRow("per-directory count not a number")
            << QStringList { QStringLiteral("--acronis-users"), QStringLiteral("lots") }
            << QStringLiteral("--acronis-users");
        QTest::newRow("per-directory count too big")
            << QStringList { QStringLiteral("--gcore-users"), QStringLiteral("2000000") }
            << QStringLiteral("gcoreUsers");
        QTest::newRow("fail rate above one")
            << QStringList { QStringLiteral("--fail-rate"), QStringLiteral("2") }
            << QStringLiteral("fail rate");
        QTest::newRow("missing config file")
            << QStringList { QStringLiteral("--config"), QStringLiteral("/nonexistent/mock.json") }
            << QStringLiteral("/nonexistent/mock.json");
        QTest::newRow("stray argument")
            << QStringList { QStringLiteral("serve") } << QStringLiteral("serve");
    }

    void badArgumentsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess mock;
        mock.start(binary(), arguments);
        QVERIFY(mock.waitForFinished(10000));
        QCOMPARE(mock.exitStatus(), QProcess::NormalExit);
        QCOMPARE(mock.exitCode(), 2);
        const QString error = QString::fromUtf8(mock.readAllStandardError());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(mock.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMockExecutable)
#include "tst_mockexecutable.moc"
