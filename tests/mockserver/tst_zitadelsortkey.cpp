#include "PersonGenerator.h"
#include "ZitadelSortKey.h"
#include "ZitadelUserSearch.h"

#include <QTest>

#include <algorithm>

namespace {
QList<int> indexes(const QList<MockUser> &users)
{
    QList<int> result;
    for (const MockUser &user : users)
        result.append(user.index);
    return result;
}
} // namespace

class TstZitadelSortKey : public QObject
{
    Q_OBJECT

private slots:
    void sortsLikeWholeUsers_data()
    {
        using Column = ZitadelUserSearch::Column;
        QTest::addColumn<Column>("column");
        QTest::newRow("user name") << Column::UserName;
        QTest::newRow("first name") << Column::FirstName;
        QTest::newRow("last name") << Column::LastName;
        QTest::newRow("display name") << Column::DisplayName;
        QTest::newRow("email") << Column::Email;
        QTest::newRow("state") << Column::State;
        QTest::newRow("creation date") << Column::CreationDate;
        QTest::newRow("nick name (all tie)") << Column::NickName;
    }

    void sortsLikeWholeUsers()
    {
        QFETCH(ZitadelUserSearch::Column, column);
        const QList<MockOrg> orgs { { QStringLiteral("o1"), QStringLiteral("Northwind"),
                                      QStringLiteral("northwind.example") } };
        QList<MockUser> users = PersonGenerator::generate(
            9, 4000, orgs, [](int index) { return QString::number(index); });
        // Mixed case and equal keys, as changes through the APIs make them.
        users[10].login = users.at(11).login.toUpper();
        users[12].email = users.at(13).email.toUpper();
        users[14].givenName = QStringLiteral("anna");
        users[15].createdAt = users.at(16).createdAt;
        // Shuffled, so the result does not just keep the input order.
        std::reverse(users.begin(), users.end());
        std::rotate(users.begin(), users.begin() + 1234, users.end());

        QList<MockUser> expected = users;
        std::sort(expected.begin(), expected.end(), [column](const MockUser &a, const MockUser &b) {
            return ZitadelUserSearch::lessThan(column, a, b);
        });
        QList<ZitadelSortKey> keys;
        for (const MockUser &user : std::as_const(users))
            keys.append(ZitadelSortKey::of(column, user));
        std::sort(keys.begin(), keys.end());
        QList<int> sorted;
        for (const ZitadelSortKey &key : std::as_const(keys))
            sorted.append(key.position);
        QCOMPARE(sorted, indexes(expected));
    }
};

QTEST_GUILESS_MAIN(TstZitadelSortKey)
#include "tst_zitadelsortkey.moc"
