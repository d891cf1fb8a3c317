// UserRowIndex: finds every row by its id after the table grew many times, with room reserved
// up front or not, never finds an id it was not given, and starts over after clear(). A big
// reservation is made on another thread and taken over with every row already in the table.

#include "UserRowIndex.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

class TstUserRowIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryRow_data();
    void findsEveryRow();
    void clearForgetsEverything();
    void aSmallReservationIsThereAtOnce();
    void aBigReservationIsTakenOverWithEveryRow_data();
    void aBigReservationIsTakenOverWithEveryRow();
    void clearDropsABigReservationInTheMaking();

private:
    static User userWithId(const QString &id);
    static QString idFor(int i);
    /// Calls reserve() until the big table is taken over; false when it never is.
    static bool waitForTakeOver(UserRowIndex &index, qint64 rows, std::size_t capacity);
};

User TstUserRowIndex::userWithId(const QString &id)
{
    User user;
    user.id = id;
    user.login = QStringLiteral("login-") + id;
    return user;
}

QString TstUserRowIndex::idFor(int i)
{
    // Numeric ids, UUID-like ids and ids beyond ASCII, as the backends have them.
    return i % 3 == 0 ? QString::number(100000 + i)
        : i % 3 == 1  ? QStringLiteral("8f4c1b9e-%1").arg(i, 8, 16, QLatin1Char('0'))
                      : QStringLiteral("ü%1").arg(i);
}

bool TstUserRowIndex::waitForTakeOver(UserRowIndex &index, qint64 rows, std::size_t capacity)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        index.reserve(rows);
        if (index.capacity() == capacity)
            return true;
        QThread::msleep(5);
    }
    return false;
}

void TstUserRowIndex::findsEveryRow_data()
{
    QTest::addColumn<qint64>("reserved");
    QTest::newRow("growing as rows come") << qint64(0);
    QTest::newRow("room for all reserved") << qint64(20000);
    QTest::newRow("less reserved than comes") << qint64(3000);
    QTest::newRow("a lying total beyond the cap") << (qint64(1) << 40);
}

void TstUserRowIndex::findsEveryRow()
{
    QFETCH(qint64, reserved);
    UserRows rows;
    UserRowIndex index;
    index.reserve(reserved);
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        rows.append(userWithId(idFor(i)));
        index.insert(i, rows);
    }
    for (int i = 0; i < count; ++i)
        QCOMPARE(index.find(rows.user(i).id, rows), i);
    QCOMPARE(index.find(QStringLiteral("no-such-id"), rows), -1);
    QCOMPARE(index.find(QString(), rows), -1);
    QCOMPARE(index.find(QStringLiteral("100000 "), rows), -1);
}

void TstUserRowIndex::clearForgetsEverything()
{
    UserRows rows;
    UserRowIndex index;
    rows.append(userWithId(QStringLiteral("7")));
    index.insert(0, rows);
    QCOMPARE(index.find(QStringLiteral("7"), rows), 0);
    index.clear();
    QCOMPARE(index.find(QStringLiteral("7"), rows), -1);
    rows.clear();
    rows.append(userWithId(QStringLiteral("8")));
    index.insert(0, rows);
    QCOMPARE(index.find(QStringLiteral("8"), rows), 0);
}

void TstUserRowIndex::aSmallReservationIsThereAtOnce()
{
    UserRowIndex index;
    const qint64 rows = 5000;
    QVERIFY(halfFullCapacity(0, rows, UserRowIndex::maxReserved) * 8 < bigZeroedArrayBytes);
    index.reserve(rows);
    QCOMPARE(index.capacity(), halfFullCapacity(0, rows, UserRowIndex::maxReserved));
}

void TstUserRowIndex::aBigReservationIsTakenOverWithEveryRow_data()
{
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<int>("rowsAfter");
    QTest::newRow("taken over before the first row") << 0 << 3000;
    QTest::newRow("taken over after the table grew") << 5000 << 2000;
}

void TstUserRowIndex::aBigReservationIsTakenOverWithEveryRow()
{
    QFETCH(int, rowsBefore);
    QFETCH(int, rowsAfter);
    const qint64 total = 1000000;
    const std::size_t big = halfFullCapacity(0, total, UserRowIndex::maxReserved);
    QVERIFY(big * 8 >= bigZeroedArrayBytes);
    UserRows rows;
    UserRowIndex index;
    index.reserve(total);
    // Made on another thread: nothing of it is in use yet, and rows still go in.
    QCOMPARE(index.capacity(), std::size_t(0));
    for (int i = 0; i < rowsBefore; ++i) {
        rows.append(userWithId(idFor(i)));
        index.insert(i, rows);
    }
    QVERIFY(waitForTakeOver(index, total, big));
    for (int i = rowsBefore; i < rowsBefore + rowsAfter; ++i) {
        rows.append(userWithId(idFor(i)));
        index.insert(i, rows);
    }
    QCOMPARE(index.capacity(), big);
    for (int i = 0; i < rowsBefore + rowsAfter; ++i)
        QCOMPARE(index.find(rows.user(i).id, rows), i);
    QCOMPARE(index.find(idFor(rowsBefore + rowsAfter), rows), -1);
}

void TstUserRowIndex::clearDropsABigReservationInTheMaking()
{
    UserRowIndex index;
    index.reserve(1000000);
    index.clear();
    // Long enough for the table to be made, had clear() kept it.
    QThread::msleep(300);
    UserRows rows;
    rows.append(userWithId(QStringLiteral("8")));
    index.reserve(1);
    index.insert(0, rows);
    QCOMPARE(index.capacity(), std::size_t(1024));
    QCOMPARE(index.find(QStringLiteral("8"), rows), 0);
}

QTEST_GUILESS_MAIN(TstUserRowIndex)
#include "tst_userrowindex.moc"
