#include "PersonGenerator.h"
#include "UserDirectory.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

namespace {
const QList<MockOrg> &testOrgs()
{
    static const QList<MockOrg> orgs {
        { QStringLiteral("o1"), QStringLiteral("Northwind"), QStringLiteral("northwind.example") },
        { QStringLiteral("o2"), QStringLiteral("Contoso"), QStringLiteral("contoso.example") }
    };
    return orgs;
}

QString testId(int index)
{
    return QStringLiteral("u%1").arg(index);
}

/// Ids "u<index>"; with `computedIds` the directory finds them by parsing (IndexOf), else
/// through its id table.
UserDirectory makeDirectory(int count, bool computedIds = false)
{
    UserDirectory::IndexOf indexOf;
    if (computedIds) {
        indexOf = [](const QString &id) -> std::optional<qint64> {
            bool ok = false;
            const qint64 index = id.mid(1).toLongLong(&ok);
            return ok ? std::optional<qint64>(index) : std::nullopt;
        };
    }
    return UserDirectory(testOrgs(),
                         PersonGenerator::generateRecords(5, count, int(testOrgs().size())), testId,
                         indexOf);
}

QList<MockUser> generated(int count)
{
    return PersonGenerator::generate(5, count, testOrgs(), testId);
}
} // namespace

class TstUserDirectory : public QObject
{
    Q_OBJECT

private slots:
    void pageBoundaries_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expectedSize");
        QTest::addColumn<int>("firstIndex");
        QTest::newRow("first page") << 25 << 0 << 10 << 10 << 0;
        QTest::newRow("last partial page") << 25 << 20 << 10 << 5 << 20;
        QTest::newRow("exactly one page") << 10 << 0 << 10 << 10 << 0;
        QTest::newRow("offset at end") << 10 << 10 << 10 << 0 << -1;
        QTest::newRow("offset past end") << 10 << 50 << 10 << 0 << -1;
        QTest::newRow("zero limit") << 10 << 0 << 0 << 0 << -1;
    }

    void pageBoundaries()
    {
        QFETCH(int, count);
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(int, expectedSize);
        QFETCH(int, firstIndex);
        const UserDirectory directory = makeDirectory(count);
        qsizetype total = -1;
        const QList<MockUser> page = directory.page(offset, limit, {}, &total);
        QCOMPARE(total, qsizetype(count));
        QCOMPARE(page.size(), qsizetype(expectedSize));
        if (firstIndex >= 0)
            QCOMPARE(page.constFirst().index, firstIndex);
    }

    void filteredPagesCountOnlyMatches()
    {
        const UserDirectory directory = makeDirectory(200);
        const auto verified = [](const MockUser &user) { return user.emailVerified; };
        const QList<QString> allVerified = directory.ids(verified);
        qsizetype total = 0;
        const QList<MockUser> second = directory.page(10, 10, verified, &total);
        QCOMPARE(total, allVerified.size());
        QCOMPARE(second.constFirst().id, allVerified.at(10));
    }

    void modifyKeepsEmailIndex()
    {
        UserDirectory directory = makeDirectory(20);
        const MockUser first = *directory.find(QStringLiteral("u1"));
        QCOMPARE(directory.emailOwner(first.email.toUpper()), QStringLiteral("u1"));

        const bool changed = directory.modify(QStringLiteral("u1"), [](MockUser *user) {
            user->email = QStringLiteral("New.Address@northwind.example");
            return true;
        });
        QVERIFY(changed);
        QCOMPARE(directory.emailOwner(QStringLiteral("new.address@northwind.example")),
                 QStringLiteral("u1"));
        QVERIFY(directory.emailOwner(first.email).isEmpty());
        QCOMPARE(directory.find(QStringLiteral("u1"))->email,
                 QStringLiteral("New.Address@northwind.example"));

        const bool unknown = directory.modify(QStringLiteral("nope"),
                                              [](MockUser *user) { return user != nullptr; });
        QVERIFY(!unknown);
    }

    void usersAreTheGeneratedOnes_data()
    {
        QTest::addColumn<bool>("computedIds");
        QTest::newRow("id table") << false;
        QTest::newRow("computed ids") << true;
    }

    void usersAreTheGeneratedOnes()
    {
        QFETCH(bool, computedIds);
        const UserDirectory directory = makeDirectory(3000, computedIds);
        const QList<MockUser> expected = generated(3000);
        QCOMPARE(directory.size(), 3000);
        const QList<MockUser> all = directory.page(0, 3000);
        int visited = 0;
        directory.forEach([&](const MockUser &user) {
            QVERIFY(user == expected.at(visited));
            ++visited;
        });
        QCOMPARE(visited, 3000);
        for (int i = 0; i < 3000; ++i) {
            QVERIFY2(all.at(i) == expected.at(i), qPrintable(testId(i)));
            QVERIFY(directory.at(i) == expected.at(i));
            QVERIFY(*directory.find(testId(i)) == expected.at(i));
        }
    }

    void changedUserIsReadChangedEverywhere_data()
    {
        QTest::addColumn<bool>("computedIds");
        QTest::newRow("id table") << false;
        QTest::newRow("computed ids") << true;
    }

    void changedUserIsReadChangedEverywhere()
    {
        QFETCH(bool, computedIds);
        UserDirectory directory = makeDirectory(50, computedIds);
        QList<MockUser> expected = generated(50);
        directory.modify(QStringLiteral("u7"), [](MockUser *user) {
            user->givenName = QStringLiteral("Changed");
            user->email = QStringLiteral("Changed.Person@contoso.example");
            user->pendingEmail = QStringLiteral("later@contoso.example");
            ++user->version;
            return true;
        });
        expected[7].givenName = QStringLiteral("Changed");
        expected[7].email = QStringLiteral("Changed.Person@contoso.example");
        expected[7].pendingEmail = QStringLiteral("later@contoso.example");
        ++expected[7].version;

        QVERIFY(*directory.find(QStringLiteral("u7")) == expected.at(7));
        QVERIFY(directory.at(7) == expected.at(7));
        const QList<MockUser> page = directory.page(5, 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(page.at(i) == expected.at(5 + i));
        int visited = 0;
        directory.forEach([&](const MockUser &user) {
            QVERIFY(user == expected.at(visited));
            ++visited;
        });
        const auto changed = [](const MockUser &user) {
            return user.givenName == QLatin1String("Changed");
        };
        QCOMPARE(directory.ids(changed), QList<QString> { QStringLiteral("u7") });
        qsizetype total = 0;
        const QList<MockUser> filtered = directory.page(0, 10, changed, &total);
        QCOMPARE(total, qsizetype(1));
        QVERIFY(filtered.constFirst() == expected.at(7));
        QCOMPARE(directory.emailOwner(QStringLiteral("changed.person@CONTOSO.example")),
                 QStringLiteral("u7"));
    }

    void emailIndexFollowsChanges_data()
    {
        QTest::addColumn<QStringList>("changes"); // "index=new email"; "$N" is user N's email
        QTest::addColumn<QString>("probe");
        QTest::addColumn<QString>("owner");
        QTest::newRow("new address is found")
            << QStringList { QStringLiteral("1=New@northwind.example") }
            << QStringLiteral("new@NORTHWIND.example") << QStringLiteral("u1");
        QTest::newRow("old address is free")
            << QStringList { QStringLiteral("1=new@northwind.example") } << QStringLiteral("$1")
            << QString();
        QTest::newRow("case-only change keeps the owner")
            << QStringList { QStringLiteral("1=UPPER") } << QStringLiteral("$1")
            << QStringLiteral("u1");
        QTest::newRow("changed back")
            << QStringList { QStringLiteral("1=a@x.example"), QStringLiteral("1=$1") }
            << QStringLiteral("$1") << QStringLiteral("u1");
        QTest::newRow("freed address taken by another")
            << QStringList { QStringLiteral("1=a@x.example"), QStringLiteral("2=$1") }
            << QStringLiteral("$1") << QStringLiteral("u2");
        QTest::newRow("second change frees the first")
            << QStringList { QStringLiteral("3=a@x.example"), QStringLiteral("3=b@x.example") }
            << QStringLiteral("a@x.example") << QString();
        // Without a uniqueness check by the caller the last writer owns the address (as
        // QHash::insert did), and the first owner is no longer found.
        QTest::newRow("duplicate: last writer owns it")
            << QStringList { QStringLiteral("4=$5") } << QStringLiteral("$5")
            << QStringLiteral("u4");
        // u1 took its address back from u2 and left again: nobody is found, as with QHash
        // (the index held one owner per address, and u1's leaving removed it).
        QTest::newRow("taken back, then left")
            << QStringList { QStringLiteral("1=a@x.example"), QStringLiteral("2=$1"),
                             QStringLiteral("1=$1"), QStringLiteral("1=b@x.example") }
            << QStringLiteral("$1") << QString();
        QTest::newRow("untouched user still found")
            << QStringList { QStringLiteral("4=a@x.example"), QStringLiteral("6=b@x.example") }
            << QStringLiteral("$9") << QStringLiteral("u9");
    }

    void emailIndexFollowsChanges()
    {
        QFETCH(QStringList, changes);
        QFETCH(QString, probe);
        QFETCH(QString, owner);
        const QList<MockUser> seeded = generated(40);
        const auto resolve = [&seeded](const QString &text) {
            return text.startsWith(QLatin1Char('$')) ? seeded.at(text.mid(1).toInt()).email : text;
        };
        UserDirectory directory = makeDirectory(40);
        for (const QString &change : std::as_const(changes)) {
            const int index = change.section(QLatin1Char('='), 0, 0).toInt();
            QString email = resolve(change.section(QLatin1Char('='), 1));
            if (email == QLatin1String("UPPER"))
                email = seeded.at(index).email.toUpper();
            directory.modify(testId(index), [&email](MockUser *user) {
                user->email = email;
                return true;
            });
            QCOMPARE(directory.find(testId(index))->email, email);
        }
        QCOMPARE(directory.emailOwner(resolve(probe)), owner);
    }

    void bigDirectoryFindsEveryIdAndEmailAndNothingElse_data()
    {
        QTest::addColumn<bool>("computedIds");
        QTest::newRow("id table") << false;
        QTest::newRow("computed ids") << true;
    }

    void bigDirectoryFindsEveryIdAndEmailAndNothingElse()
    {
        QFETCH(bool, computedIds);
        const int count = 200000;
        const UserDirectory directory = makeDirectory(count, computedIds);
        const QList<MockUser> expected = generated(count);
        for (int i = 0; i < count; ++i) {
            const QString id = testId(i);
            QCOMPARE(directory.position(id), std::optional<int>(i));
            QCOMPARE(directory.emailOwner(expected.at(i).email.toUpper()), id);
        }
        const QStringList absentIds { QStringLiteral("u200000"), QStringLiteral("u-1"),
                                      QStringLiteral("U5"),      QStringLiteral("u05"),
                                      QStringLiteral("u 5"),     QString() };
        for (const QString &id : absentIds) {
            QVERIFY2(!directory.position(id), qPrintable(id));
            QVERIFY(!directory.find(id));
        }
        // Same local part, other org's domain, and a near miss.
        const QString local = expected.at(0).login;
        const QString otherDomain = expected.at(0).orgId == QLatin1String("o1")
            ? QStringLiteral("contoso.example")
            : QStringLiteral("northwind.example");
        QVERIFY(directory.emailOwner(local + QLatin1Char('@') + otherDomain).isEmpty());
        QVERIFY(directory.emailOwner(expected.at(0).email + QLatin1Char('x')).isEmpty());
        QVERIFY(directory.emailOwner(local).isEmpty());
    }

    void readersDuringChangesSeeWholeUsers()
    {
        UserDirectory directory = makeDirectory(100);
        const QList<MockUser> seeded = generated(100);
        const QStringList addresses { seeded.at(3).email, QStringLiteral("a@x.example"),
                                      QStringLiteral("b@x.example") };
        std::atomic<bool> done { false };
        std::atomic<int> bad { 0 };
        std::vector<std::thread> readers;
        for (int t = 0; t < 4; ++t) {
            readers.emplace_back([&] {
                while (!done.load()) {
                    const std::optional<MockUser> user = directory.find(QStringLiteral("u3"));
                    if (!user || !addresses.contains(user->email))
                        ++bad;
                    if (directory.emailOwner(seeded.at(50).email) != QLatin1String("u50"))
                        ++bad;
                }
            });
        }
        for (int n = 0; n < 3000; ++n) {
            directory.modify(QStringLiteral("u3"), [&](MockUser *user) {
                user->email = addresses.at(n % 3);
                return true;
            });
        }
        done = true;
        for (std::thread &reader : readers)
            reader.join();
        QCOMPARE(bad.load(), 0);
        QCOMPARE(directory.emailOwner(addresses.at(2999 % 3)), QStringLiteral("u3"));
    }

    void concurrentModificationsAreSerialised()
    {
        UserDirectory directory = makeDirectory(10);
        const qint64 start = directory.find(QStringLiteral("u3"))->version;
        std::atomic<int> lostReads { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&directory, &lostReads] {
                for (int n = 0; n < 500; ++n) {
                    directory.modify(QStringLiteral("u3"), [](MockUser *user) {
                        ++user->version;
                        return 0;
                    });
                    if (!directory.find(QStringLiteral("u3")))
                        ++lostReads;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(lostReads.load(), 0);
        QCOMPARE(directory.find(QStringLiteral("u3"))->version, start + 8 * 500);
    }
};

QTEST_GUILESS_MAIN(TstUserDirectory)
#include "tst_userdirectory.moc"
