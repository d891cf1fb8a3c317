#include "PersonGenerator.h"

#include <QHash>
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

    void loginsCountUpPerNameWithoutGaps()
    {
        // Big enough that every name pair repeats many times (60 x 60 pairs): each base login
        // must be used as "base", "base2", "base3", ... in index order, with no gap and no
        // repeat, which is exactly what probing for a free login used to give.
        const int count = 100000;
        const QList<MockUser> users = PersonGenerator::generate(7, count, orgs(), numericId);
        QCOMPARE(users.size(), count);
        QHash<QString, int> seenPerBase;
        QSet<QString> logins, emails;
        for (const MockUser &user : users) {
            const QString base = PersonGenerator::asciiSlug(user.givenName) + QLatin1Char('.')
                + PersonGenerator::asciiSlug(user.familyName);
            const int n = ++seenPerBase[base];
            QCOMPARE(user.login, n == 1 ? base : base + QString::number(n));
            logins.insert(user.login);
            emails.insert(user.email.toLower());
        }
        QCOMPARE(logins.size(), count);
        QCOMPARE(emails.size(), count);
        QVERIFY2(seenPerBase.size() > 3000, "names are drawn from the whole list");
    }

    void firstUsersAreSpreadTheRestJoinTheFirstOrg()
    {
        const QList<MockUser> spread = PersonGenerator::generate(5, 3000, orgs(), numericId);
        const QList<MockUser> bounded = PersonGenerator::generate(5, 3000, orgs(), numericId, 1000);
        QSet<QString> orgsOfFirst;
        for (qsizetype i = 0; i < bounded.size(); ++i) {
            // The same people either way: only where they belong changes.
            QCOMPARE(bounded.at(i).login, spread.at(i).login);
            QCOMPARE(bounded.at(i).createdAt, spread.at(i).createdAt);
            if (i < 1000) {
                QCOMPARE(bounded.at(i).orgId, spread.at(i).orgId);
                orgsOfFirst.insert(bounded.at(i).orgId);
            } else {
                QCOMPARE(bounded.at(i).orgId, QStringLiteral("o1"));
                QVERIFY(bounded.at(i).email.endsWith(QLatin1String("@northwind.example")));
            }
        }
        QCOMPARE(orgsOfFirst.size(), 2);
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
