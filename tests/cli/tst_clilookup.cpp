#include "CliProcess.h"
#include "MockServer.h"
#include "UserLookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

/// `users --search id:…` and `email:…` on every backend, the real binary against a mock server
/// in this process: the server's filter where the API has one, a read by id, the signed-in
/// account, or a scan of the whole listing (Gcore, Acronis), each with the same words.
class TstCliLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MockServer> m_server;

    QStringList connection(const QString &profile) const
    {
        return { QStringLiteral("--demo-url"), m_server->baseUrl().toString(),
                 QStringLiteral("--profile"), profile };
    }

    QJsonArray listUsers(const QStringList &arguments) const
    {
        const CliResult result = runCli(arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QJsonDocument::fromJson(result.out)
            .object()
            .value(QStringLiteral("users"))
            .toArray();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<MockServer>(MockServerConfig());
        QVERIFY(m_server->listen());
    }

    void findsExactly_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("upperCase");
        for (const char *profile :
             { "gcore", "zitadel", "zitadel-v2", "zitadel-self", "codearts", "acronis" }) {
            QTest::addRow("%s id:", profile) << QString::fromLatin1(profile) << "id:" << false;
            QTest::addRow("%s email:", profile)
                << QString::fromLatin1(profile) << "email:" << false;
            QTest::addRow("%s EMAIL: in capitals", profile)
                << QString::fromLatin1(profile) << "EMAIL:" << true;
        }
    }

    void findsExactly()
    {
        QFETCH(QString, profile);
        QFETCH(QString, prefix);
        QFETCH(bool, upperCase);
        const QJsonArray everyone =
            listUsers(connection(profile)
                      + QStringList { QStringLiteral("--json"), QStringLiteral("users"),
                                      QStringLiteral("--limit"), QStringLiteral("0") });
        QVERIFY(!everyone.isEmpty());
        // The last user with an address: a scan must go through every page to reach it.
        QJsonObject wanted;
        for (qsizetype i = everyone.size() - 1; i >= 0 && wanted.isEmpty(); --i) {
            if (!everyone.at(i)[QStringLiteral("email")].toString().isEmpty())
                wanted = everyone.at(i).toObject();
        }
        QVERIFY(!wanted.isEmpty());
        const bool byId = prefix == QLatin1String("id:");
        QString value =
            wanted.value(byId ? QStringLiteral("id") : QStringLiteral("email")).toString();
        if (upperCase)
            value = value.toUpper();
        QStringList expectedIds;
        for (const QJsonValue &user : everyone) {
            const QString field =
                user[byId ? QStringLiteral("id") : QStringLiteral("email")].toString();
            if (byId ? field == value : field.compare(value, Qt::CaseInsensitive) == 0)
                expectedIds.append(user[QStringLiteral("id")].toString());
        }

        const CliResult result =
            runCli(connection(profile)
                   + QStringList { QStringLiteral("--json"), QStringLiteral("users"),
                                   QStringLiteral("--search"), prefix + value,
                                   QStringLiteral("--progress") });
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("complete")).toBool(), true);
        QStringList ids;
        for (const QJsonValue &user : object.value(QStringLiteral("users")).toArray())
            ids.append(user[QStringLiteral("id")].toString());
        QCOMPARE(ids, expectedIds);
        // Where the API has no email filter, the scan shows how far it is.
        if (!byId && (profile == QLatin1String("gcore") || profile == QLatin1String("acronis")))
            QVERIFY2(result.err.contains("Looking through every user for"), result.err.constData());
    }

    void saysWhenNobodyMatches_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("search");
        for (const char *profile :
             { "gcore", "zitadel", "zitadel-v2", "zitadel-self", "codearts", "acronis" }) {
            QTest::addRow("%s id:", profile)
                << QString::fromLatin1(profile) << QStringLiteral("id:999999999");
            QTest::addRow("%s email:", profile)
                << QString::fromLatin1(profile) << QStringLiteral("email:nobody@example.com");
        }
    }

    void saysWhenNobodyMatches()
    {
        QFETCH(QString, profile);
        QFETCH(QString, search);
        const CliResult table =
            runCli(connection(profile)
                   + QStringList { QStringLiteral("users"), QStringLiteral("--search"), search });
        QVERIFY(table.finished);
        QCOMPARE(table.exitCode, 0);
        // A sentence, not a bare header.
        QCOMPARE(QString::fromUtf8(table.out),
                 UserLookup::noMatch(UserLookup::parse(search)) + QLatin1Char('\n'));

        // Machine-readable output stays what a program expects: an empty list.
        const CliResult json =
            runCli(connection(profile)
                   + QStringList { QStringLiteral("--json"), QStringLiteral("users"),
                                   QStringLiteral("--search"), search });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out).object();
        QVERIFY(object.value(QStringLiteral("users")).toArray().isEmpty());
        QCOMPARE(object.value(QStringLiteral("complete")).toBool(), true);
    }

    void textSearchNamesTheLookupsThatWork_data()
    {
        QTest::addColumn<QString>("profile");
        for (const char *profile : { "gcore", "zitadel-self", "codearts", "acronis" })
            QTest::newRow(profile) << QString::fromLatin1(profile);
    }

    void textSearchNamesTheLookupsThatWork()
    {
        QFETCH(QString, profile);
        const CliResult result =
            runCli(connection(profile)
                   + QStringList { QStringLiteral("users"), QStringLiteral("--search"),
                                   QStringLiteral("anna") });
        QCOMPARE(result.exitCode, 9);
        // One sentence for every front end: no word of the desktop's filter.
        QVERIFY2(result.err.contains("look one up with id:USER_ID or email:ADDRESS"),
                 result.err.constData());
        QVERIFY2(!result.err.contains("filter"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliLookup)
#include "tst_clilookup.moc"
