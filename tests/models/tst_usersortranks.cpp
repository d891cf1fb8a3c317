// UserSortRanks against QCollator::compare(): the ranks must give exactly the collator's order
// on names that trip up sort keys (accents, case, digits, empty text), rows changed or appended
// after ranking fall back to the collator, numeric columns rank as numbers, and sortedRows() is
// the stable sort of the rows in either direction.

#include "UserSortRanks.h"
#include "UserTableModel.h"

#include <QCollator>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <vector>

class TstUserSortRanks : public QObject
{
    Q_OBJECT

private slots:
    void ranksAgreeWithCollator();
    void changedAndAppendedRowsFallBack();
    void numericColumnsRankAsNumbers();
    void sortedRowsAreAStableSort_data();
    void sortedRowsAreAStableSort();

private:
    static QCollator naturalCollator();
    static QList<User> awkwardNames();
    static UserRows rowsOf(const QList<User> &users);
    /// Renames row 3 behind the ranks' back and appends a row they have not seen.
    static void renameAndAppendUnranked(UserRows &users, UserSortRanks &ranks);
    /// Empty when compareRows() agrees with compare() on every pair, else the first disagreement.
    static QByteArray disagreement(const UserSortRanks &ranks, const UserRows &users, int column,
                                   const QCollator &collator);
};

QCollator TstUserSortRanks::naturalCollator()
{
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

QList<User> TstUserSortRanks::awkwardNames()
{
    const QStringList names = {
        QStringLiteral("user10"),       QStringLiteral("user2"),
        QStringLiteral("User2"),        QStringLiteral("user1"),
        QStringLiteral("émile"),        QStringLiteral("Emile"),
        QStringLiteral("emma"),         QStringLiteral("Zoë"),
        QStringLiteral("zoe"),          QStringLiteral(""),
        QStringLiteral("Ångström"),     QStringLiteral("angstrom"),
        QStringLiteral("straße"),       QStringLiteral("strasse"),
        QStringLiteral("Chloé Dubois"), QStringLiteral("chloe dubois"),
        QStringLiteral("user 2"),       QStringLiteral("a10b2"),
        QStringLiteral("a9b10"),        QStringLiteral("Łukasz"),
        QStringLiteral("lukasz"),       QStringLiteral("émile"),
        QStringLiteral("100"),          QStringLiteral("99"),
    };
    QList<User> users;
    for (qsizetype i = 0; i < names.size(); ++i) {
        User user;
        user.id = QString::number(1000 - i * 7);
        user.displayName = names.at(i);
        user.state = i % 3 ? UserState::Active : UserState::Locked;
        users.append(user);
    }
    return users;
}

void TstUserSortRanks::renameAndAppendUnranked(UserRows &users, UserSortRanks &ranks)
{
    // A rename the ranks have not seen, and a row appended after build().
    User renamed = users.user(3);
    renamed.displayName = QStringLiteral("zzz last");
    users.replace(3, renamed);
    ranks.forget(3, 3);
    User late;
    late.id = QStringLiteral("7");
    late.displayName = QStringLiteral("Aaron");
    users.append(late);
}

UserRows TstUserSortRanks::rowsOf(const QList<User> &users)
{
    UserRows rows;
    for (const User &user : users)
        rows.append(user);
    return rows;
}

QByteArray TstUserSortRanks::disagreement(const UserSortRanks &ranks, const UserRows &users,
                                          int column, const QCollator &collator)
{
    for (int a = 0; a < users.size(); ++a) {
        for (int b = 0; b < users.size(); ++b) {
            const bool expected =
                UserSortRanks::compare(users.user(a), users.user(b), column, collator) < 0;
            if ((ranks.compareRows(a, b, users, collator) < 0) != expected)
                return QStringLiteral("rows %1 (%2) and %3 (%4)")
                    .arg(a)
                    .arg(users.user(a).displayName)
                    .arg(b)
                    .arg(users.user(b).displayName)
                    .toUtf8();
        }
    }
    return {};
}

void TstUserSortRanks::ranksAgreeWithCollator()
{
    const QCollator collator = naturalCollator();
    const QList<User> names = awkwardNames();
    // The reference itself: the collator's own comparison of the shown names.
    for (const User &a : names) {
        for (const User &b : names) {
            const int expected = collator.compare(a.displayName, b.displayName);
            const int actual = UserSortRanks::compare(a, b, UserTableModel::Name, collator);
            QCOMPARE(actual < 0, expected < 0);
            QCOMPARE(actual == 0, expected == 0);
        }
    }
    const UserRows users = rowsOf(names);
    UserSortRanks ranks;
    ranks.build(users, UserTableModel::Name, collator);
    QCOMPARE(ranks.column(), int(UserTableModel::Name));
    const QByteArray problem = disagreement(ranks, users, UserTableModel::Name, collator);
    QVERIFY2(problem.isEmpty(), problem.constData());
    // Digits as numbers, case ignored.
    QVERIFY(ranks.compareRows(1, 0, users, collator) < 0); // user2 < user10
    QVERIFY(!(ranks.compareRows(1, 2, users, collator) < 0)); // user2 == User2
    QVERIFY(!(ranks.compareRows(2, 1, users, collator) < 0));
}

void TstUserSortRanks::changedAndAppendedRowsFallBack()
{
    const QCollator collator = naturalCollator();
    UserRows users = rowsOf(awkwardNames());
    UserSortRanks ranks;
    ranks.build(users, UserTableModel::Name, collator);
    renameAndAppendUnranked(users, ranks);
    User late;
    late.id = QStringLiteral("8");
    late.displayName = QStringLiteral("user3");
    users.append(late);
    const QByteArray problem = disagreement(ranks, users, UserTableModel::Name, collator);
    QVERIFY2(problem.isEmpty(), problem.constData());
}

void TstUserSortRanks::numericColumnsRankAsNumbers()
{
    const QCollator collator = naturalCollator();
    const UserRows users = rowsOf(awkwardNames());
    for (const int column : { int(UserTableModel::Id), int(UserTableModel::State),
                              int(UserTableModel::Verification) }) {
        UserSortRanks ranks;
        ranks.build(users, column, collator);
        const QByteArray problem = disagreement(ranks, users, column, collator);
        QVERIFY2(problem.isEmpty(), problem.constData());
    }
    UserSortRanks ranks;
    ranks.build(users, UserTableModel::Id, collator);
    QVERIFY(ranks.compareRows(1, 0, users, collator) < 0); // id 993 before 1000, not as text
}

void TstUserSortRanks::sortedRowsAreAStableSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("withUnrankedRows");
    for (const bool unranked : { false, true }) {
        const char *suffix = unranked ? ", rows changed and appended" : "";
        QTest::addRow("name ascending%s", suffix)
            << int(UserTableModel::Name) << Qt::AscendingOrder << unranked;
        QTest::addRow("name descending%s", suffix)
            << int(UserTableModel::Name) << Qt::DescendingOrder << unranked;
        QTest::addRow("state descending%s", suffix)
            << int(UserTableModel::State) << Qt::DescendingOrder << unranked;
    }
}

void TstUserSortRanks::sortedRowsAreAStableSort()
{
    // What a stable sort by compare() gives, equal rows in their order, in either direction.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, withUnrankedRows);
    const QCollator collator = naturalCollator();
    UserRows users = rowsOf(awkwardNames() + awkwardNames());
    UserSortRanks ranks;
    ranks.build(users, column, collator);
    if (withUnrankedRows)
        renameAndAppendUnranked(users, ranks);
    std::vector<int> expected(std::size_t(users.size()));
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
        const int c = UserSortRanks::compare(users.user(a), users.user(b), column, collator);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QCOMPARE(ranks.sortedRows(users, order, collator), expected);
}

QTEST_GUILESS_MAIN(TstUserSortRanks)
#include "tst_usersortranks.moc"
