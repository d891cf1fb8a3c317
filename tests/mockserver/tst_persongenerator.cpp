#include "PersonGenerator.h"

#include <QSet>
#include <QTest>

namespace {
QList<MockOrg> orgs()
{
    return {
        { QStringLiteral("o1"), QStringLiteral("Northwind"), QStringLiteral("northwind.example") },
        { QStringLiteral("o2"), QStringLiteral("Contoso"), QStringLiteral("contoso.example") }
    };
}

QString numericId(int index)
{
    return QString::number(1000 + index);
}
} // namespace

class TstPersonGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameDirectory()
    {
        const QList<MockUser> a = PersonGenerator::generate(42, 300, orgs(), numericId);
        const QList<MockUser> b = PersonGenerator::generate(42, 300, orgs(), numericId);
        QCOMPARE(a.size(), 300);
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).email, b.at(i).email);
            QCOMPARE(a.at(i).displayName(), b.at(i).displayName());
            QCOMPARE(a.at(i).state, b.at(i).state);
            QCOMPARE(a.at(i).emailVerified, b.at(i).emailVerified);
            QCOMPARE(a.at(i).orgId, b.at(i).orgId);
            QCOMPARE(a.at(i).createdAt, b.at(i).createdAt);
        }
    }

    void otherSeedOtherDirectory()
    {
        const QList<MockUser> a = PersonGenerator::generate(42, 50, orgs(), numericId);
        const QList<MockUser> b = PersonGenerator::generate(43, 50, orgs(), numericId);
        int same = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            same += a.at(i).email == b.at(i).email ? 1 : 0;
        QVERIFY2(same < 5, qPrintable(QString::number(same)));
    }

    void usersAreUniqueAndVaried()
    {
        const QList<MockUser> users = PersonGenerator::generate(1, 20000, orgs(), numericId);
        QSet<QString> emails, ids;
        QSet<int> states;
        QSet<QString> orgIds;
        int verified = 0;
        for (const MockUser &user : users) {
            emails.insert(user.email.toLower());
            ids.insert(user.id);
            states.insert(int(user.state));
            orgIds.insert(user.orgId);
            verified += user.emailVerified ? 1 : 0;
            QVERIFY(user.email.endsWith(QLatin1Char('@')
                                        + (user.orgId == QLatin1String("o1")
                                               ? QStringLiteral("northwind.example")
                                               : QStringLiteral("contoso.example"))));
        }
        QCOMPARE(emails.size(), users.size());
        QCOMPARE(ids.size(), users.size());
        QCOMPARE(states.size(), 4);
        QCOMPARE(orgIds.size(), 2);
        QVERIFY(verified > 10000 && verified < 19000);
        QCOMPARE(users.at(7).id, QStringLiteral("1007"));
    }

    void asciiSlug_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("umlaut") << QStringLiteral("Jürgen") << QStringLiteral("jurgen");
        QTest::newRow("accent") << QStringLiteral("Chloé") << QStringLiteral("chloe");
        QTest::newRow("dotless i") << QStringLiteral("Yılmaz") << QStringLiteral("yilmaz");
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("obrien");
        QTest::newRow("caron") << QStringLiteral("Novák") << QStringLiteral("novak");
    }

    void asciiSlug()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(PersonGenerator::asciiSlug(name), slug);
    }
};

QTEST_GUILESS_MAIN(TstPersonGenerator)
#include "tst_persongenerator.moc"
