#include "PersonGenerator.h"

#include <QCryptographicHash>
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

/// Every field of every user, one line each, hashed: a fingerprint of a whole directory.
QByteArray fingerprint(const QList<MockUser> &users)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const MockUser &u : users) {
        const QString line = QStringList { QString::number(u.index),
                                           u.id,
                                           u.orgId,
                                           u.givenName,
                                           u.familyName,
                                           u.login,
                                           u.email,
                                           QString::number(int(u.emailVerified)),
                                           QString::number(int(u.state)),
                                           u.language,
                                           u.phone,
                                           u.createdAt.toString(Qt::ISODateWithMs),
                                           u.updatedAt.toString(Qt::ISODateWithMs),
                                           QString::number(u.version),
                                           u.pendingEmail }
                                 .join(QLatin1Char('|'));
        hash.addData(QByteArray(line.toUtf8() + '\n'));
    }
    return hash.result().toHex();
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

    void sameDirectoryAsBeforeRecords_data()
    {
        QTest::addColumn<int>("spread");
        QTest::addColumn<QByteArray>("expected");
        // Fingerprints of 20,000 users from the generator as it was before it drew into
        // PersonRecords (commit 653a6b7): the same seed must keep giving the same people.
        QTest::newRow("spread over all orgs")
            << int(PersonGenerator::spreadAll)
            << QByteArray("046de2d8825f612aabb4e3f6f391e2c7ae4bb9d4d4d98d7ae8986f6937543936");
        QTest::newRow("first 1000 spread")
            << 1000
            << QByteArray("e551d2238f419f9f7a32c63663ed0e9c6562a84dec348e6fe8cdf7d53917cd7f");
    }

    void sameDirectoryAsBeforeRecords()
    {
        QFETCH(int, spread);
        QFETCH(QByteArray, expected);
        const QList<MockOrg> threeOrgs = orgs()
            + QList<MockOrg> { { QStringLiteral("o3"), QStringLiteral("Fabrikam"),
                                 QStringLiteral("fabrikam.example") } };
        const QList<MockUser> users = PersonGenerator::generate(
            11, 20000, threeOrgs, [](int i) { return QStringLiteral("u%1").arg(i); }, spread);
        QCOMPARE(fingerprint(users), expected);
    }

    void recordsGiveTheGeneratedUsers()
    {
        // What directories build on demand equals what generate() returns, field by field.
        const QList<MockUser> users = PersonGenerator::generate(3, 5000, orgs(), numericId, 700);
        const QList<PersonRecord> records =
            PersonGenerator::generateRecords(3, 5000, int(orgs().size()), 700);
        QCOMPARE(records.size(), users.size());
        QList<MockUser> built;
        for (int i = 0; i < int(records.size()); ++i) {
            built.append(PersonGenerator::materialise(records.at(i), i, orgs(), numericId(i)));
            QCOMPARE(PersonGenerator::login(records.at(i)), users.at(i).login);
            QCOMPARE(PersonGenerator::email(records.at(i), orgs()), users.at(i).email);
        }
        QCOMPARE(fingerprint(built), fingerprint(users));
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
