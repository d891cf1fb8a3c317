// UserRowIndex: finds every row by its id after the table grew many times, with room reserved
// up front or not, never finds an id it was not given, and starts over after clear().

#include "UserRowIndex.h"

#include <QTest>

class TstUserRowIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryRow_data();
    void findsEveryRow();
    void clearForgetsEverything();

private:
    static User userWithId(const QString &id);
};

User TstUserRowIndex::userWithId(const QString &id)
{
    User user;
    user.id = id;
    user.login = QStringLiteral("login-") + id;
    return user;
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
        // Numeric ids, UUID-like ids and ids beyond ASCII, as the backends have them.
        const QString id = i % 3 == 0 ? QString::number(100000 + i)
            : i % 3 == 1 ? QStringLiteral("8f4c1b9e-%1").arg(i, 8, 16, QLatin1Char('0'))
                         : QStringLiteral("ü%1").arg(i);
        rows.append(userWithId(id));
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

QTEST_GUILESS_MAIN(TstUserRowIndex)
#include "tst_userrowindex.moc"
