// UserWords: the backends' state words are one shared string per word (a listing of 100,000
// users makes no 100,000 copies of "Active"), stay untranslated in User::stateText, and are
// translated only by stateText() when shown.

#include "UserWords.h"

#include <QTest>

class TstUserWords : public QObject
{
    Q_OBJECT

private slots:
    void sharedWordsAreOneString_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("which");
        QTest::newRow("active") << QStringLiteral("Active") << 0;
        QTest::newRow("inactive") << QStringLiteral("Inactive") << 1;
        QTest::newRow("deleted") << QStringLiteral("Deleted") << 2;
        QTest::newRow("disabled") << QStringLiteral("Disabled") << 3;
        QTest::newRow("not activated") << QStringLiteral("Not activated") << 4;
        QTest::newRow("blocked") << QStringLiteral("Blocked") << 5;
    }

    void sharedWordsAreOneString()
    {
        QFETCH(QString, expected);
        QFETCH(int, which);
        const char *const words[] = { UserWords::active,       UserWords::inactive,
                                      UserWords::deleted,      UserWords::disabled,
                                      UserWords::notActivated, UserWords::blocked };
        const QString first = UserWords::shared(words[which]);
        const QString second = UserWords::shared(words[which]);
        QCOMPARE(first, expected);
        QCOMPARE(second, expected);
        QCOMPARE(first.constData(), second.constData()); // the same characters, not a copy
    }

    void otherTextIsCopied()
    {
        const char text[] = "Suspended";
        const QString word = UserWords::shared(text);
        QCOMPARE(word, QStringLiteral("Suspended"));
        QVERIFY(UserWords::shared(text).constData() != word.constData());
    }

    void stateTextTranslatesOnlyWhenShown()
    {
        User user;
        user.state = UserState::Initial;
        user.stateText = UserWords::shared(UserWords::notActivated);
        QCOMPARE(UserWords::stateText(user), QStringLiteral("Not activated"));
        QCOMPARE(user.stateText, QStringLiteral("Not activated"));
    }
};

QTEST_GUILESS_MAIN(TstUserWords)
#include "tst_userwords.moc"
