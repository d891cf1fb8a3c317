#include "PersonGenerator.h"
#include "UserDirectory.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

namespace {
UserDirectory makeDirectory(int count)
{
    const QList<MockOrg> orgs { { QStringLiteral("o1"), QStringLiteral("Northwind"),
                                  QStringLiteral("northwind.example") } };
    return UserDirectory(orgs, PersonGenerator::generate(5, count, orgs, [](int index) {
                             return QStringLiteral("u%1").arg(index);
                         }));
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
