#include "ChangeJournal.h"
#include "PendingEmailChanges.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QString oldAddress = QStringLiteral("old@example.org");
const QString firstNew = QStringLiteral("first@example.org");
const QString secondNew = QStringLiteral("second@example.org");

User userWith(const QString &email)
{
    User user;
    user.id = QStringLiteral("1C234E69-5469-424A-A6D1-FF5658B387A6");
    user.email = email;
    return user;
}
} // namespace

/// The changes that wait for confirmation at the old address, read from a real journal file:
/// which later changes end the wait, which profile they belong to, when a row shows one, and
/// the age in words.
class tst_PendingEmailChanges : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(QStringLiteral("j.sqlite")));
        QVERIFY2(m_journal->open(), qPrintable(m_journal->errorString()));
    }

    void laterChangesEndTheWait_data()
    {
        QTest::addColumn<QStringList>("outcomes"); // of the changes to the same user, in order
        QTest::addColumn<QString>("pendingEmail"); // what the row says afterwards
        QTest::newRow("one change waits")
            << QStringList { QStringLiteral("awaiting-confirmation") } << firstNew;
        QTest::newRow("changed at once: nothing waits")
            << QStringList { QStringLiteral("changed") } << QString();
        QTest::newRow("a failed change waits for nothing")
            << QStringList { QStringLiteral("failed") } << QString();
        QTest::newRow("a later failed change leaves the first waiting")
            << QStringList { QStringLiteral("awaiting-confirmation"), QStringLiteral("failed") }
            << firstNew;
        QTest::newRow("a second link: the newest waits")
            << QStringList { QStringLiteral("awaiting-confirmation"),
                             QStringLiteral("awaiting-confirmation") }
            << secondNew;
        QTest::newRow("a later change that went through ends the wait")
            << QStringList { QStringLiteral("awaiting-confirmation"), QStringLiteral("changed") }
            << QString();
        QTest::newRow("a later change of unknown outcome ends what the journal knows")
            << QStringList { QStringLiteral("awaiting-confirmation"), QStringLiteral("unknown") }
            << QString();
    }

    void laterChangesEndTheWait()
    {
        QFETCH(QStringList, outcomes);
        QFETCH(QString, pendingEmail);
        const User user = userWith(oldAddress);
        for (qsizetype i = 0; i < outcomes.size(); ++i)
            record(user.id, i == 0 ? firstNew : secondNew, outcomes.at(i));

        User shown = user;
        PendingEmailChanges::read(*m_journal, QStringLiteral("Acronis EU")).apply(shown);
        QCOMPARE(shown.pendingEmail, pendingEmail);
        QCOMPARE(shown.pendingSince.isValid(), !pendingEmail.isEmpty());
        if (!pendingEmail.isEmpty()) {
            QVERIFY(shown.pendingSince.secsTo(QDateTime::currentDateTimeUtc()) < 60);
            QVERIFY(shown.pendingSince.secsTo(QDateTime::currentDateTimeUtc()) >= 0);
        }
    }

    void rowsShowItOnlyWhileTheOldAddressStays_data()
    {
        QTest::addColumn<QString>("emailNow");
        QTest::addColumn<QString>("serverPending");
        QTest::addColumn<QString>("pendingEmail");
        QTest::newRow("still the old address") << oldAddress << QString() << firstNew;
        QTest::newRow("old address in other case")
            << QStringLiteral("OLD@Example.org") << QString() << firstNew;
        QTest::newRow("confirmed: the new address") << firstNew << QString() << QString();
        QTest::newRow("changed some other way")
            << QStringLiteral("else@example.org") << QString() << QString();
        QTest::newRow("the server tells another pending address")
            << oldAddress << QStringLiteral("server@example.org")
            << QStringLiteral("server@example.org");
    }

    void rowsShowItOnlyWhileTheOldAddressStays()
    {
        QFETCH(QString, emailNow);
        QFETCH(QString, serverPending);
        QFETCH(QString, pendingEmail);
        User user = userWith(emailNow);
        user.pendingEmail = serverPending;
        record(user.id, firstNew, QStringLiteral("awaiting-confirmation"));
        PendingEmailChanges::read(*m_journal, QStringLiteral("Acronis EU")).apply(user);
        QCOMPARE(user.pendingEmail, pendingEmail);
    }

    void otherProfilesAndUsersAreApart()
    {
        record(QStringLiteral("other-user"), firstNew, QStringLiteral("awaiting-confirmation"));
        record(userWith(oldAddress).id, firstNew, QStringLiteral("awaiting-confirmation"),
               QStringLiteral("Acronis US"));
        User user = userWith(oldAddress);
        const PendingEmailChanges pending =
            PendingEmailChanges::read(*m_journal, QStringLiteral("Acronis EU"));
        pending.apply(user);
        QVERIFY(user.pendingEmail.isEmpty());
        // Ids are matched without regard to case (Acronis UUIDs come in either).
        User lower = userWith(oldAddress);
        lower.id = QStringLiteral("other-USER");
        pending.apply(lower);
        QCOMPARE(lower.pendingEmail, firstNew);
    }

    void ageInWords_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("just now") << 20 << "less than a minute";
        QTest::newRow("one minute") << 61 << "1 minute";
        QTest::newRow("minutes") << 59 * 60 << "59 minutes";
        QTest::newRow("one hour") << 3600 << "1 hour";
        QTest::newRow("hours up to two days") << 47 * 3600 << "47 hours";
        QTest::newRow("days") << 5 * 86400 + 100 << "5 days";
        QTest::newRow("a clock that went back") << -300 << "less than a minute";
    }

    void ageInWords()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(PendingEmailChanges::ageText(now.addSecs(-seconds), now), text);
    }

private:
    void record(const QString &userId, const QString &newEmail, const QString &outcome,
                const QString &profile = QStringLiteral("Acronis EU"))
    {
        JournalEntry intent;
        intent.profile = profile;
        intent.backend = QStringLiteral("acronis");
        intent.serverHost = QStringLiteral("eu2-cloud.acronis.com");
        intent.userId = userId;
        intent.login = QStringLiteral("jdoe");
        intent.oldEmail = oldAddress;
        intent.newEmail = newEmail;
        const qint64 sequence = m_journal->recordIntent(intent);
        QVERIFY(sequence > 0);
        QVERIFY(m_journal->recordOutcome(sequence, outcome));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
};

QTEST_GUILESS_MAIN(tst_PendingEmailChanges)
#include "tst_pendingemailchanges.moc"
