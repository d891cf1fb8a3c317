#include "AcronisDirectory.h"
#include "AcronisLoginIndex.h"
#include "PersonGenerator.h"

#include <QTest>

namespace {
QString idOf(int index)
{
    return QUuid::createUuidV5(AcronisDirectory::idNamespace(),
                               QStringLiteral("user/%1").arg(index))
        .toString(QUuid::WithoutBraces);
}

using Outcome = AcronisDirectory::Update::Outcome;
} // namespace

/// Login uniqueness and versions of AcronisDirectory through changes: its login index keeps
/// positions, not strings, so every rename must move the key.
class TstAcronisDirectory : public QObject
{
    Q_OBJECT

private slots:
    void loginsStayUniqueThroughRenames_data()
    {
        // Steps "index=login" (with "$N" user N's seeded login, "^$N" upper-cased), each with
        // the outcome it must have.
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QList<int>>("outcomes");
        const int updated = int(Outcome::Updated);
        const int taken = int(Outcome::LoginTaken);
        QTest::newRow("seeded login is taken")
            << QStringList { QStringLiteral("0=$1") } << QList<int> { taken };
        QTest::newRow("seeded login is taken in any case")
            << QStringList { QStringLiteral("0=^$1") } << QList<int> { taken };
        QTest::newRow("new login is taken")
            << QStringList { QStringLiteral("0=fresh.one"), QStringLiteral("1=FRESH.ONE") }
            << QList<int> { updated, taken };
        QTest::newRow("old login is free")
            << QStringList { QStringLiteral("0=fresh.one"), QStringLiteral("1=$0") }
            << QList<int> { updated, updated };
        QTest::newRow("case-only rename keeps it")
            << QStringList { QStringLiteral("0=^$0"), QStringLiteral("1=$0") }
            << QList<int> { updated, taken };
        QTest::newRow("second rename frees the first")
            << QStringList { QStringLiteral("0=a.b"), QStringLiteral("0=c.d"),
                             QStringLiteral("1=A.B"), QStringLiteral("2=c.d") }
            << QList<int> { updated, updated, updated, taken };
        QTest::newRow("swap through a free name")
            << QStringList { QStringLiteral("0=tmp"), QStringLiteral("1=$0"),
                             QStringLiteral("0=$1"), QStringLiteral("2=tmp") }
            << QList<int> { updated, updated, updated, updated };
        QTest::newRow("far user, big directory")
            << QStringList { QStringLiteral("19999=$3"), QStringLiteral("19999=x.y"),
                             QStringLiteral("3=X.Y"), QStringLiteral("3=$19999") }
            << QList<int> { taken, updated, taken, updated };
    }

    void loginsStayUniqueThroughRenames()
    {
        QFETCH(QStringList, steps);
        QFETCH(QList<int>, outcomes);
        AcronisDirectory directory(3, 20000);
        QHash<int, QString> seeded;
        for (const int index : { 0, 1, 2, 3, 19999 })
            seeded.insert(index, directory.find(idOf(index))->user.login);
        const auto seededLogin = [&seeded](const QString &text) {
            const bool upper = text.startsWith(QLatin1Char('^'));
            QString login = upper ? text.mid(1) : text;
            if (login.startsWith(QLatin1Char('$')))
                login = seeded.value(login.mid(1).toInt());
            return upper ? login.toUpper() : login;
        };

        for (qsizetype i = 0; i < steps.size(); ++i) {
            const int index = steps.at(i).section(QLatin1Char('='), 0, 0).toInt();
            const QString login = seededLogin(steps.at(i).section(QLatin1Char('='), 1));
            const AcronisUserRecord before = *directory.find(idOf(index));
            AcronisUserPut put;
            put.version = before.user.version;
            put.login = login;
            const AcronisDirectory::Update update = directory.update(idOf(index), put);
            QCOMPARE(int(update.outcome), outcomes.at(i));
            const AcronisUserRecord after = *directory.find(idOf(index));
            if (update.outcome == Outcome::Updated) {
                QCOMPARE(after.user.login, login);
                QCOMPARE(after.user.version, before.user.version + 1);
            } else {
                QCOMPARE(after.user.login, before.user.login);
                QCOMPARE(after.user.version, before.user.version);
            }
        }
    }

    void renamesKeepOneLoginPerUser()
    {
        // The index on its own, renamed the way AcronisDirectory::update renames.
        const QList<MockOrg> orgs { { QStringLiteral("t"), QStringLiteral("T"),
                                      QStringLiteral("t.example") } };
        UserDirectory users(orgs, PersonGenerator::generateRecords(4, 500, 1),
                            [](int index) { return QString::number(index); });
        AcronisLoginIndex index(users);
        QCOMPARE(index.size(), qsizetype(500));
        const QString first = users.at(7).login;
        for (int round = 0; round < 50; ++round) {
            const QString next = round % 2 ? first : QStringLiteral("renamed.%1").arg(round);
            users.modify(QStringLiteral("7"), [&](MockUser *user) {
                index.remove(user->login);
                user->login = next;
                return true;
            });
            index.add(next, 7);
            QCOMPARE(index.owner(next.toUpper()), std::optional<int>(7));
        }
        QCOMPARE(index.size(), qsizetype(500));
        QCOMPARE(index.owner(QStringLiteral("renamed.48")), std::nullopt);
        QCOMPARE(index.owner(users.at(8).login), std::optional<int>(8));
    }

    void loginOrderFollowsRenames()
    {
        AcronisDirectory directory(3, 3000);
        const QString tenant = directory.find(idOf(0))->user.orgId;
        AcronisUserPut put;
        put.version = directory.find(idOf(0))->user.version;
        put.login = QStringLiteral("aaaa.first");
        QCOMPARE(int(directory.update(idOf(0), put).outcome), int(Outcome::Updated));
        AcronisDirectory::Order byLogin;
        byLogin.key = AcronisDirectory::Order::Key::Login;
        QCOMPARE(directory.tenantUserIds(tenant, byLogin).constFirst(), idOf(0));
        byLogin.descending = true;
        QCOMPARE(directory.tenantUserIds(tenant, byLogin).constLast(), idOf(0));
    }
};

QTEST_GUILESS_MAIN(TstAcronisDirectory)
#include "tst_acronisdirectory.moc"
