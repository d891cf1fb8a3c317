// ZeroedArray: every slot reads as zero and takes a value, and a large array's pages are in
// memory as soon as it exists (populatePages()), checked with mincore() rather than timed.
// ZeroedArrayMaker hands over the array it made on its thread once, and nothing after reset().

#include "ZeroedArray.h"
#include "ZeroedArrayMaker.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace {

/// Whether the kernel can populate pages (MADV_POPULATE_WRITE), tried on a scratch mapping.
bool kernelPopulates()
{
    const auto page = std::size_t(sysconf(_SC_PAGESIZE));
    void *scratch = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (scratch == MAP_FAILED)
        return false;
    const bool populates = madvise(scratch, page, MADV_POPULATE_WRITE) == 0;
    munmap(scratch, page);
    return populates;
}

/// How many of the whole pages inside [data, data + bytes) are not in memory.
qsizetype pagesNotResident(const void *data, std::size_t bytes)
{
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (start + page - 1) & ~(page - 1);
    const std::uintptr_t end = (start + bytes) & ~(page - 1);
    std::vector<unsigned char> resident((end - first) / page);
    if (mincore(reinterpret_cast<void *>(first), end - first, resident.data()) != 0)
        return -1;
    qsizetype missing = 0;
    for (const unsigned char state : resident)
        missing += (state & 1) ? 0 : 1;
    return missing;
}

} // namespace

class TstZeroedArray : public QObject
{
    Q_OBJECT

private slots:
    void slotsStartAtZero_data();
    void slotsStartAtZero();
    void largeArrayIsInMemoryAtOnce();
    void makerHandsOverWhatItMade();
    void makerHandsOverNothingAfterReset();
};

void TstZeroedArray::slotsStartAtZero_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("small, from the heap") << qsizetype(1000);
    QTest::newRow("32 MiB, populated") << qsizetype(4 << 20);
}

void TstZeroedArray::slotsStartAtZero()
{
    QFETCH(qsizetype, size);
    ZeroedArray<std::uint64_t> table { std::size_t(size) };
    QCOMPARE(qsizetype(table.size()), size);
    for (qsizetype at = 0; at < size; at += 97) {
        if (table[std::size_t(at)] != 0)
            QFAIL(qPrintable(QStringLiteral("slot %1 is not zero").arg(at)));
        table[std::size_t(at)] = std::uint64_t(at) + 1;
    }
    for (qsizetype at = 0; at < size; at += 97)
        QCOMPARE(table[std::size_t(at)], std::uint64_t(at) + 1);
}

void TstZeroedArray::largeArrayIsInMemoryAtOnce()
{
    if (!kernelPopulates())
        QSKIP("this kernel has no MADV_POPULATE_WRITE (Linux 5.14)");
    // 16 MiB: what each of a million-user Load all's two id tables takes.
    const std::size_t size = std::size_t(2) << 20;
    const ZeroedArray<std::uint64_t> table(size);
    QCOMPARE(pagesNotResident(table.begin(), size * sizeof(std::uint64_t)), qsizetype(0));
}

void TstZeroedArray::makerHandsOverWhatItMade()
{
    ZeroedArrayMaker<std::uint64_t> maker;
    QCOMPARE(maker.take().size(), std::size_t(0)); // nothing started
    const std::size_t size = std::size_t(1) << 20;
    maker.start(size);
    QCOMPARE(maker.size(), size);
    ZeroedArray<std::uint64_t> made;
    QDeadlineTimer deadline(10000);
    while (made.size() == 0 && !deadline.hasExpired()) {
        made = maker.take();
        QThread::msleep(1);
    }
    QCOMPARE(made.size(), size);
    QCOMPARE(maker.size(), std::size_t(0));
    QVERIFY(std::all_of(made.begin(), made.end(), [](std::uint64_t slot) { return slot == 0; }));
    QCOMPARE(maker.take().size(), std::size_t(0)); // handed over once
}

void TstZeroedArray::makerHandsOverNothingAfterReset()
{
    ZeroedArrayMaker<std::uint64_t> maker;
    maker.start(std::size_t(1) << 20);
    maker.reset();
    QCOMPARE(maker.size(), std::size_t(0));
    QThread::msleep(100);
    QCOMPARE(maker.take().size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TstZeroedArray)
#include "tst_zeroedarray.moc"
