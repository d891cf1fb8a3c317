// IdHash: every bit of every byte and of the seed reaches the hash, in each of its length
// branches; a million realistic ids hash apart and spread evenly over a table's buckets.

#include "IdHash.h"

#include <QTest>

#include <algorithm>
#include <vector>

class tst_IdHash : public QObject
{
    Q_OBJECT

private slots:
    void everyBitCounts_data()
    {
        QTest::addColumn<int>("length");
        // One row per branch of IdHash::of(), and its edges.
        for (const int length : { 1, 2, 3, 4, 7, 8, 15, 16, 17, 32, 48, 49, 96, 97, 200 })
            QTest::addRow("%d bytes", length) << length;
    }

    void everyBitCounts()
    {
        QFETCH(int, length);
        QByteArray bytes(length, '\0');
        for (int i = 0; i < length; ++i)
            bytes[i] = char('a' + i % 26);
        const std::uint64_t seed = 0x1234567;
        const std::uint64_t original = IdHash::of(QByteArrayView(bytes), seed);
        QCOMPARE(IdHash::of(QByteArrayView(bytes), seed), original);
        std::vector<std::uint64_t> hashes { original };
        for (int i = 0; i < length; ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray changed = bytes;
                changed[i] = char(changed.at(i) ^ (1 << bit));
                hashes.push_back(IdHash::of(QByteArrayView(changed), seed));
            }
        }
        // The same bytes one longer or shorter (a trailing zero byte, the last byte gone).
        hashes.push_back(IdHash::of(QByteArrayView(QByteArray(bytes + '\0')), seed));
        hashes.push_back(IdHash::of(QByteArrayView(bytes.chopped(1)), seed));
        for (int bit = 0; bit < 64; ++bit)
            hashes.push_back(IdHash::of(QByteArrayView(bytes), seed ^ (std::uint64_t(1) << bit)));
        std::sort(hashes.begin(), hashes.end());
        QVERIFY2(std::adjacent_find(hashes.begin(), hashes.end()) == hashes.end(),
                 "two different inputs share a hash");
    }

    void textHashesItsUtf16()
    {
        const QString id = QStringLiteral("Jürgen-42");
        QCOMPARE(IdHash::of(QStringView(id), 99),
                 IdHash::of(id.constData(), std::size_t(id.size()) * sizeof(QChar), 99));
        QCOMPARE(IdHash::of(QStringView(id)), IdHash::of(QStringView(id), IdHash::processSeed()));
    }

    void realisticIdsHashApartAndSpread_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("numbers (Gcore)") << QStringLiteral("%1");
        QTest::newRow("uuids (Acronis)") << QStringLiteral("f01e1c85-d52c-5b84-bcbe-%1");
        QTest::newRow("long numbers (ZITADEL)") << QStringLiteral("2%1000000000000");
    }

    void realisticIdsHashApartAndSpread()
    {
        QFETCH(QString, pattern);
        constexpr int ids = 1 << 20;
        constexpr int buckets = 1 << 16;
        std::vector<std::uint64_t> hashes;
        hashes.reserve(ids);
        std::vector<int> load(buckets, 0);
        for (int i = 0; i < ids; ++i) {
            const QString id = pattern.arg(i, 12, 10, QLatin1Char('0'));
            const std::uint64_t hash = IdHash::of(QStringView(id));
            hashes.push_back(hash);
            ++load[hash & (buckets - 1)];
        }
        std::sort(hashes.begin(), hashes.end());
        QVERIFY(std::adjacent_find(hashes.begin(), hashes.end()) == hashes.end());
        // 16 ids per bucket on average; an even spread keeps the fullest bucket near 35 (a
        // Poisson tail), where a hash that let some characters go unheard would pile them up.
        const int fullest = *std::max_element(load.begin(), load.end());
        QVERIFY2(fullest < 48, qPrintable(QString::number(fullest)));
    }
};

QTEST_GUILESS_MAIN(tst_IdHash)
#include "tst_idhash.moc"
