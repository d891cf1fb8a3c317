#include "PersonGenerator.h"
#include "ZitadelSortKey.h"
#include "ZitadelUserSearch.h"

#include <QTest>

#include <algorithm>

namespace {
/// The order a ZITADEL search sorts by, stated here on its own: the column's text
/// case-insensitively (or its number), ties by the user's position in the directory.
bool expectedBefore(ZitadelUserSearch::Column column, const MockUser &a, const MockUser &b)
{
    using Column = ZitadelUserSearch::Column;
    int order = 0;
    switch (column) {
    case Column::UserName:
        order = QString::compare(a.login, b.login, Qt::CaseInsensitive);
        break;
    case Column::FirstName:
        order = QString::compare(a.givenName, b.givenName, Qt::CaseInsensitive);
        break;
    case Column::LastName:
        order = QString::compare(a.familyName, b.familyName, Qt::CaseInsensitive);
        break;
    case Column::DisplayName:
        order =
            QString::compare(a.givenName + QLatin1Char(' ') + a.familyName,
                             b.givenName + QLatin1Char(' ') + b.familyName, Qt::CaseInsensitive);
        break;
    case Column::Email:
        order = QString::compare(a.email, b.email, Qt::CaseInsensitive);
        break;
    case Column::State:
        order = int(a.state) - int(b.state);
        break;
    case Column::CreationDate:
        order = a.createdAt < b.createdAt ? -1 : (b.createdAt < a.createdAt ? 1 : 0);
        break;
    default:
        break;
    }
    return order != 0 ? order < 0 : a.index < b.index;
}

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
    void sortsByTheColumnThenPosition_data()
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

    void sortsByTheColumnThenPosition()
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
            return expectedBefore(column, a, b);
        });
        QList<ZitadelSortKey> keys;
        for (const MockUser &user : std::as_const(users))
            keys.append(ZitadelSortKey::of(column, user));
        std::sort(keys.begin(), keys.end());
        QList<int> sorted;
        for (const ZitadelSortKey &key : std::as_const(keys))
            sorted.append(key.position);
        QCOMPARE(sorted, indexes(expected));

        // The search's comparison of whole users says the same.
        QList<MockUser> searched = users;
        std::sort(searched.begin(), searched.end(), [column](const MockUser &a, const MockUser &b) {
            return ZitadelUserSearch::lessThan(column, a, b);
        });
        QCOMPARE(indexes(searched), indexes(expected));
    }
};

QTEST_GUILESS_MAIN(TstZitadelSortKey)
#include "tst_zitadelsortkey.moc"
