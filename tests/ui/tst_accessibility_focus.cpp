#include "AccessibilityAudit.h"
#include "AccessibilityScenes.h"
#include "ChangeEmailDialog.h"
#include "MainWindow.h"
#include "UserTableView.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <algorithm>

/// The keyboard path through every window state (AccessibilityScenes): Tab reaches every
/// control, in reading order, and leaves each of them again; Shift+Tab goes the same way back;
/// Alt+letter mnemonics are unambiguous; every main-window command has a key; the change-email
/// dialog's Enter and Escape do what its visible buttons say.
class tst_AccessibilityFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tabFollowsTheReadingOrder_data() { AccessibilityScenes::addRows(); }
    void tabFollowsTheReadingOrder();
    void mnemonicsAreUnambiguous_data() { AccessibilityScenes::addRows(); }
    void mnemonicsAreUnambiguous();
    void everyCommandHasAKey();
    void changeEmailEnterAndEscape();

private:
    AccessibilityScenes m_scenes;
};

namespace {

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList result;
    for (const QWidget *widget : widgets)
        result.append(AccessibilityAudit::describe(widget));
    return result;
}

QString list(const QString &title, const QStringList &lines)
{
    return title + QStringLiteral(":\n  ") + lines.join(QStringLiteral("\n  "));
}

} // namespace

void tst_AccessibilityFocus::initTestCase()
{
    QVERIFY(m_scenes.start());
}

void tst_AccessibilityFocus::tabFollowsTheReadingOrder()
{
    QFETCH(QString, scene);
    const AccessibilityScene opened = m_scenes.open(scene);
    QVERIFY(opened.window);
    QWidget *window = opened.window.get();
    const QList<QWidget *> stops = AccessibilityAudit::tabStops(window, true);
    QVERIFY(stops.size() > 1);
    if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != window)
        stops.first()->setFocus(Qt::TabFocusReason);

    QString problem;
    const QList<QWidget *> forward = AccessibilityAudit::walkFocus(window, Qt::Key_Tab, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(list(problem, names(forward))));

    QStringList unreachable;
    for (QWidget *stop : stops) {
        if (!forward.contains(stop))
            unreachable.append(AccessibilityAudit::describe(stop));
    }
    QVERIFY2(unreachable.isEmpty(),
             qPrintable(list(QStringLiteral("not reached by Tab"), unreachable)));

    const QStringList order = AccessibilityAudit::readingOrderProblems(forward);
    QVERIFY2(order.isEmpty(),
             qPrintable(list(QStringLiteral("against the reading order"),
                             order + QStringList(QStringLiteral("walk:")) + names(forward))));

    // Shift+Tab retraces the same cycle backwards.
    QList<QWidget *> backward = AccessibilityAudit::walkFocus(window, Qt::Key_Backtab, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(list(problem, names(backward))));
    std::reverse(backward.begin() + 1, backward.end());
    QCOMPARE(names(backward), names(forward));
}

void tst_AccessibilityFocus::mnemonicsAreUnambiguous()
{
    QFETCH(QString, scene);
    const AccessibilityScene opened = m_scenes.open(scene);
    QVERIFY(opened.window);
    const QStringList clashes = AccessibilityAudit::mnemonicClashes(opened.window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(list(QStringLiteral("ambiguous mnemonics"), clashes)));
}

void tst_AccessibilityFocus::everyCommandHasAKey()
{
    const AccessibilityScene opened = m_scenes.open(QStringLiteral("main"));
    QVERIFY(opened.window);
    auto *window = static_cast<MainWindow *>(opened.window.get());
    // Every menu command is reachable with Alt+menu, letter (mnemonicsAreUnambiguous); the
    // frequent ones also have a direct key, shown in the menu beside them.
    const QHash<QString, QKeySequence> keys {
        { QStringLiteral("changeEmailAction"), QKeySequence(Qt::Key_F2) },
        { QStringLiteral("reloadAction"), QKeySequence(Qt::Key_F5) },
        { QStringLiteral("findAction"), QKeySequence(QKeySequence::Find) },
        { QStringLiteral("copyRowAction"), QKeySequence(QKeySequence::Copy) },
        { QStringLiteral("quitAction"), QKeySequence(QKeySequence::Quit) },
    };
    QStringList inMenus;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            inMenus.append(action->objectName());
            if (keys.contains(action->objectName()))
                QCOMPARE(action->shortcut(), keys.value(action->objectName()));
        }
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        QVERIFY2(inMenus.contains(it.key()), qPrintable(it.key()));
    // Window-wide shortcuts work while the focus is in the table.
    QVERIFY(window->tableView()->hasFocus());
    QTest::keyClick(window->tableView(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterEdit"));
}

void tst_AccessibilityFocus::changeEmailEnterAndEscape()
{
    AccessibilityScene opened = m_scenes.open(QStringLiteral("change:zitadel"));
    QVERIFY(opened.window);
    auto *dialog = static_cast<ChangeEmailDialog *>(opened.window.get());
    auto *stack = dialog->findChild<QStackedWidget *>(QStringLiteral("stack"));
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("newEmailEdit"));
    QCOMPARE(QApplication::focusWidget(), email);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("nextButton"))->isDefault());

    // Enter in the form goes to the review (the default button is Next), not further.
    QTest::keyClicks(email, QStringLiteral("enter.escape@example.org"));
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("reviewPage"));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("changeButton"))->isDefault());

    // Escape on the review goes back to the form, as its Back button does: the review has no
    // Close button, and the address typed is kept.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("formPage"));
    QCOMPARE(email->text(), QStringLiteral("enter.escape@example.org"));
    QCOMPARE(QApplication::focusWidget(), email);

    // Escape on the form closes the dialog, as its Close button does.
    QTest::keyClick(email, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

QTEST_MAIN(tst_AccessibilityFocus)
#include "tst_accessibility_focus.moc"
