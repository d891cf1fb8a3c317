// UserRows against the Users it was given: every field comes back as it went in (ASCII, other
// scripts, empty, longer than 65,535 characters, a pending change with its time), the texts the
// filter reads in place are the fields' UTF-8, the shared texts still read right once the pool
// is full, and a copy keeps its rows while the original changes.

#include "UserRows.h"

#include <QTest>
#include <QTimeZone>

class TstUserRows : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void searchTextIsTheFieldsUtf8();
    void sharedTextsSurviveAFullPool();
    void replaceChangesOneRow();
    void copyKeepsItsRows();
    void manyRowsAcrossChunks();
    void clearEmpties();

private:
    static User gcoreUser(int number);
};

User TstUserRows::gcoreUser(int number)
{
    User user;
    user.id = QString::number(100000 + number);
    user.login = QStringLiteral("anna.smith%1").arg(number);
    user.displayName = QStringLiteral("Anna Smith");
    user.email = user.login + QStringLiteral("@example.org");
    user.verification = EmailVerification::Verified;
    user.state = UserState::Active;
    user.stateText = QStringLiteral("active");
    user.organisationId = QStringLiteral("42");
    user.organisationName = QStringLiteral("Client 42");
    return user;
}

void TstUserRows::roundTrip_data()
{
    QTest::addColumn<User>("user");
    QTest::addColumn<bool>("ascii");

    QTest::newRow("Gcore-like, ASCII") << gcoreUser(7) << true;
    QTest::newRow("nothing set") << User() << true;

    User other = gcoreUser(8);
    other.displayName = QStringLiteral("Jürgen Groß 山田 😀");
    other.organisationName = QStringLiteral("Müller & Söhne");
    other.stateText = QStringLiteral("aktiv");
    other.verification = EmailVerification::Unknown;
    other.state = UserState::Locked;
    QTest::newRow("other scripts in the name") << other << false;

    User uuid = gcoreUser(9);
    uuid.id = QStringLiteral("8f4c1b9e-3a2d-4c5e-9f01-23456789abcd");
    uuid.version = QStringLiteral("17");
    uuid.pendingEmail = QStringLiteral("new@example.org");
    uuid.pendingSince = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2, 345), QTimeZone::utc());
    uuid.verification = EmailVerification::Unverified;
    uuid.state = UserState::Initial;
    QTest::newRow("pending change with its time") << uuid << true;

    User local = gcoreUser(10);
    local.pendingEmail = QStringLiteral("ünïcode@example.org");
    local.pendingSince = QDateTime(QDate(2026, 7, 1), QTime(23, 59), QTimeZone(3600 * 2));
    QTest::newRow("pending address not ASCII, time with an offset") << local << true;

    User huge = gcoreUser(11);
    huge.displayName = QString(70000, QLatin1Char('x')) + QStringLiteral("end");
    huge.email = QStringLiteral("ä") + QString(66000, QLatin1Char('y'));
    QTest::newRow("texts longer than 65,535 characters") << huge << false;

    User deleted = gcoreUser(12);
    deleted.state = UserState::Deleted;
    deleted.stateText.clear();
    deleted.organisationId.clear();
    QTest::newRow("empty shared texts") << deleted << true;
}

void TstUserRows::roundTrip()
{
    QFETCH(User, user);
    QFETCH(bool, ascii);
    UserRows rows;
    rows.append(gcoreUser(1));
    rows.append(user);
    QCOMPARE(rows.size(), 2);
    const User back = rows.user(1);
    QCOMPARE(back, user);
    QCOMPARE(back.pendingSince.isValid(), user.pendingSince.isValid());
    if (user.pendingSince.isValid())
        QCOMPARE(back.pendingSince.toMSecsSinceEpoch(), user.pendingSince.toMSecsSinceEpoch());
    QCOMPARE(rows.isAscii(1), ascii);
    QCOMPARE(rows.verification(1), user.verification);
    QCOMPARE(rows.state(1), user.state);
    QCOMPARE(rows.user(0), gcoreUser(1)); // the row before is untouched
}

void TstUserRows::searchTextIsTheFieldsUtf8()
{
    User user = gcoreUser(3);
    user.displayName = QStringLiteral("Zoë 山田");
    user.pendingEmail = QStringLiteral("later@example.org");
    UserRows rows;
    rows.append(user);
    const auto utf8 = [&](UserRows::Text which) {
        const QUtf8StringView text = rows.searchText(0, which);
        return QByteArray(text.data(), text.size());
    };
    QCOMPARE(utf8(UserRows::Text::Id), user.id.toUtf8());
    QCOMPARE(utf8(UserRows::Text::Login), user.login.toUtf8());
    QCOMPARE(utf8(UserRows::Text::DisplayName), user.displayName.toUtf8());
    QCOMPARE(utf8(UserRows::Text::Email), user.email.toUtf8());
    QCOMPARE(utf8(UserRows::Text::PendingEmail), user.pendingEmail.toUtf8());
}

void TstUserRows::sharedTextsSurviveAFullPool()
{
    // Every user in an organisation of their own: the pool fills up, and the texts that no
    // longer fit are kept in the row itself.
    UserRows rows;
    const int count = UserStringPool::maxStrings + 500;
    for (int i = 0; i < count; ++i) {
        User user = gcoreUser(i);
        user.organisationId = QStringLiteral("org-%1").arg(i);
        user.organisationName = QStringLiteral("Organisation %1").arg(i);
        user.version = QString::number(i);
        rows.append(user);
    }
    QCOMPARE(rows.size(), count);
    for (const int i : { 0, 1, UserStringPool::maxStrings / 3, count - 501, count - 1 }) {
        const User back = rows.user(i);
        QCOMPARE(back.organisationId, QStringLiteral("org-%1").arg(i));
        QCOMPARE(back.organisationName, QStringLiteral("Organisation %1").arg(i));
        QCOMPARE(back.version, QString::number(i));
        QCOMPARE(back.stateText, QStringLiteral("active"));
        QCOMPARE(back.login, gcoreUser(i).login);
    }
}

void TstUserRows::replaceChangesOneRow()
{
    UserRows rows;
    for (int i = 0; i < 3; ++i)
        rows.append(gcoreUser(i));
    User changed = gcoreUser(1);
    changed.email = QStringLiteral("renamed@example.net");
    changed.displayName = QStringLiteral("Änne");
    rows.replace(1, changed);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.user(0), gcoreUser(0));
    QCOMPARE(rows.user(1), changed);
    QVERIFY(!rows.isAscii(1));
    QCOMPARE(rows.user(2), gcoreUser(2));
}

void TstUserRows::copyKeepsItsRows()
{
    UserRows rows;
    rows.append(gcoreUser(0));
    const UserRows copy = rows;
    User changed = gcoreUser(0);
    changed.organisationName = QStringLiteral("Another client");
    rows.replace(0, changed);
    rows.append(gcoreUser(1));
    QCOMPARE(copy.size(), 1);
    QCOMPARE(copy.user(0), gcoreUser(0));
    QCOMPARE(rows.user(0), changed);
}

void TstUserRows::manyRowsAcrossChunks()
{
    // More rows than one chunk holds, several times over, and a copy taken in the middle.
    UserRows rows;
    const int count = 10000;
    UserRows half;
    for (int i = 0; i < count; ++i) {
        rows.append(gcoreUser(i));
        if (i == count / 2)
            half = rows;
    }
    QCOMPARE(rows.size(), count);
    User changed = gcoreUser(9000);
    changed.email = QStringLiteral("moved@example.org");
    rows.replace(9000, changed);
    for (const int i : { 0, 4095, 4096, 4097, 8191, 8192, count - 1 })
        QCOMPARE(rows.user(i), gcoreUser(i));
    QCOMPARE(rows.user(9000), changed);
    QCOMPARE(half.size(), count / 2 + 1);
    QCOMPARE(half.user(count / 2), gcoreUser(count / 2));
    QCOMPARE(half.user(4096), gcoreUser(4096));
}

void TstUserRows::clearEmpties()
{
    UserRows rows;
    rows.append(gcoreUser(0));
    rows.clear();
    QVERIFY(rows.isEmpty());
    rows.append(gcoreUser(5));
    QCOMPARE(rows.user(0), gcoreUser(5));
}

QTEST_GUILESS_MAIN(TstUserRows)
#include "tst_userrows.moc"
