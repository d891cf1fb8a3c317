#include "PositionTable.h"

#include <QTest>

#include <functional>
#include <vector>

namespace {
/// Keys are ints here; the table stores positions, so position p stands for key keys[p].
struct Fixture
{
    std::vector<int> keys;
    std::function<quint32(int)> hashOf;
    PositionTable table;

    auto matches(int key) const
    {
        return [this, key](quint32 position) { return keys.at(position) == key; };
    }
    std::optional<quint32> find(int key) const { return table.find(hashOf(key), matches(key)); }
};

quint32 mixed(int key)
{
    quint64 z = quint64(key) * 0x9E3779B97F4A7C15ULL;
    return quint32(z >> 32);
}
/// Only `buckets` hashes, all at the very end of any slot array, so chains wrap around.
quint32 collided(int key, int buckets)
{
    return 0xFFFFFFFFU - quint32(key % buckets);
}
} // namespace

class TstPositionTable : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryKeyAndNothingElse_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("buckets"); // 0: a good hash; n: every key hashes into n values
        QTest::addColumn<bool>("reserved");
        QTest::newRow("empty") << 0 << 0 << true;
        QTest::newRow("one") << 1 << 0 << true;
        QTest::newRow("grows from nothing") << 5000 << 0 << false;
        QTest::newRow("reserved, 200k") << 200000 << 0 << true;
        QTest::newRow("long collision chains") << 3000 << 7 << true;
        // Hashes near the top wrap around the end of the slot array.
        QTest::newRow("chains that wrap") << 500 << 1 << false;
    }

    void findsEveryKeyAndNothingElse()
    {
        QFETCH(int, count);
        QFETCH(int, buckets);
        QFETCH(bool, reserved);
        Fixture f;
        f.hashOf = buckets == 0 ? std::function<quint32(int)>(mixed)
                                : [buckets](int key) { return collided(key, buckets); };
        if (reserved)
            f.table.reserve(count);
        for (int i = 0; i < count; ++i) {
            f.keys.push_back(i * 3 + 1); // keys not divisible by 3 are absent
            f.table.insertUnique(f.hashOf(f.keys.back()), quint32(i));
        }
        QCOMPARE(f.table.size(), qsizetype(count));
        for (int i = 0; i < count; ++i) {
            QCOMPARE(f.find(i * 3 + 1), std::optional<quint32>(quint32(i)));
            QCOMPARE(f.find(i * 3 + 2), std::nullopt);
        }
        QCOMPARE(f.find(-1), std::nullopt);
    }

    void removalKeepsTheOthersReachable_data()
    {
        QTest::addColumn<int>("buckets");
        QTest::addColumn<int>("stride"); // remove every stride-th key
        QTest::newRow("good hash, every second") << 0 << 2;
        QTest::newRow("collisions, every third") << 5 << 3;
        QTest::newRow("one chain that wraps, every second") << 1 << 2;
        QTest::newRow("one chain, all") << 1 << 1;
    }

    void removalKeepsTheOthersReachable()
    {
        QFETCH(int, buckets);
        QFETCH(int, stride);
        const int count = 2000;
        Fixture f;
        f.hashOf = buckets == 0 ? std::function<quint32(int)>(mixed)
                                : [buckets](int key) { return collided(key, buckets); };
        for (int i = 0; i < count; ++i) {
            f.keys.push_back(i);
            f.table.insertUnique(f.hashOf(i), quint32(i));
        }
        int removed = 0;
        for (int i = 0; i < count; i += stride) {
            QVERIFY(f.table.remove(f.hashOf(i), f.matches(i)));
            ++removed;
        }
        QCOMPARE(f.table.size(), qsizetype(count - removed));
        for (int i = 0; i < count; ++i)
            QCOMPARE(f.find(i).has_value(), i % stride != 0);
        // Removing again finds nothing; adding back makes them reachable again.
        QVERIFY(!f.table.remove(f.hashOf(0), f.matches(0)));
        for (int i = 0; i < count; i += stride)
            f.table.assign(f.hashOf(i), quint32(i), f.matches(i));
        for (int i = 0; i < count; ++i)
            QCOMPARE(f.find(i), std::optional<quint32>(quint32(i)));
    }

    void assignReplacesAndRemoveChecksTheOwner()
    {
        Fixture f;
        f.hashOf = mixed;
        f.keys = { 10, 20, 10 }; // positions 0 and 2 both have key 10 now
        f.table.insertUnique(mixed(10), 0);
        f.table.insertUnique(mixed(20), 1);
        f.table.assign(mixed(10), 2, f.matches(10));
        QCOMPARE(f.table.size(), qsizetype(2));
        QCOMPARE(f.find(10), std::optional<quint32>(2));
        // Only the owner's removal counts.
        QVERIFY(!f.table.remove(mixed(10), f.matches(10), quint32(0)));
        QCOMPARE(f.find(10), std::optional<quint32>(2));
        QVERIFY(f.table.remove(mixed(10), f.matches(10), quint32(2)));
        QCOMPARE(f.find(10), std::nullopt);
        QCOMPARE(f.find(20), std::optional<quint32>(1));
    }
};

QTEST_GUILESS_MAIN(TstPositionTable)
#include "tst_positiontable.moc"
