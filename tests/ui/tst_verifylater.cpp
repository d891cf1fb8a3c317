#include "ChangeEmailDialog.h"
#include "DemoEnvironment.h"
#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MemorySecretStore.h"
#include "MockServer.h"
#include "ProfileListModel.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace DialogTest;

/// "Later" on a ZITADEL self-service change is no dead end: the window offers "Enter
/// Verification Code…" for the unverified address, in the User menu, the rows' context menu and
/// the change-email dialog, and the code from the mock's mailbox finishes the change. Only
/// where the backend verifies with a code, and only for an unverified address.
class tst_VerifyLater : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void offeredOnlyWhereACodeVerifies_data();
    void offeredOnlyWhereACodeVerifies();
    void laterThenTheMenuFinishesTheChange();
    void laterThenTheDialogFinishesTheChange();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &profile);
    /// Changes the signed-in user's address through the dialog and chooses "Later".
    void changeAndChooseLater(MainWindow &window, const QString &newEmail);
    /// Types the code mailed to `address` and verifies; the dialog closes.
    void verifyWithTheMailedCode(MainWindow &window, ChangeEmailDialog &dialog,
                                 const QString &address);
    static User ownUser(MainWindow &window);

    MainWindowTest::DemoFixture m_fixture;
};

void tst_VerifyLater::initTestCase()
{
    QVERIFY(m_fixture.start(QStringLiteral("tst_verifylater"), true));
}

std::unique_ptr<MainWindow> tst_VerifyLater::openWindow(const QString &profile)
{
    return m_fixture.openWindow(profile);
}

User tst_VerifyLater::ownUser(MainWindow &window)
{
    return window.userModel()->rowCount() == 1 ? window.userModel()->userAt(0) : User();
}

void tst_VerifyLater::offeredOnlyWhereACodeVerifies_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("offered");
    QTest::newRow("ZITADEL self-service") << "zitadel-self" << true;
    QTest::newRow("ZITADEL user service v2") << "zitadel-v2" << true;
    QTest::newRow("ZITADEL management: the user verifies by mail") << "zitadel" << false;
    QTest::newRow("Gcore") << "gcore" << false;
    QTest::newRow("Acronis") << "acronis" << false;
}

void tst_VerifyLater::offeredOnlyWhereACodeVerifies()
{
    QFETCH(QString, profile);
    QFETCH(bool, offered);
    auto window = openWindow(profile);
    QVERIFY(window);
    QAction *action = window->userActions()->enterVerificationCodeAction();
    QVERIFY(window->userActions()->contextMenu()->actions().contains(action));
    bool inUserMenu = false;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inUserMenu = true;
    }
    QVERIFY(inUserMenu);
    // Row by row: shown (and enabled) only for an address that is not verified.
    UserTableModel *users = window->userModel();
    bool sawVerified = false;
    for (int row = 0; row < window->proxyModel()->rowCount() && row < 30; ++row) {
        window->tableView()->setCurrentIndex(window->proxyModel()->index(row, 0));
        const User user = users->userAt(
            window->proxyModel()->mapToSource(window->proxyModel()->index(row, 0)).row());
        const bool applies = offered && user.verification == EmailVerification::Unverified;
        QCOMPARE(action->isVisible(), applies);
        QCOMPARE(action->isEnabled(), applies);
        sawVerified = sawVerified || user.verification == EmailVerification::Verified;
    }
    QVERIFY(sawVerified); // so that "hidden" was seen for a verified address
}

void tst_VerifyLater::changeAndChooseLater(MainWindow &window, const QString &newEmail)
{
    ChangeEmailDialog *dialog = MainWindowTest::openChangeEmailDialog(window, 0);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, "newEmailEdit"), newEmail);
    click(*dialog, "nextButton");
    click(*dialog, "changeButton");
    QTRY_VERIFY_WITH_TIMEOUT(shown(*dialog, "laterButton"), 15000);
    click(*dialog, "laterButton");
    QTRY_VERIFY(!window.userActions()->dialog());
    QTRY_COMPARE_WITH_TIMEOUT(ownUser(window).email, newEmail, 10000);
    QTRY_COMPARE(ownUser(window).verification, EmailVerification::Unverified);
}

void tst_VerifyLater::verifyWithTheMailedCode(MainWindow &window, ChangeEmailDialog &dialog,
                                              const QString &address)
{
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("verifyPage"));
    const QList<MockMail> mails = m_fixture.demo->server()->mailbox().messages(address);
    QVERIFY(!mails.isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "verifyCodeEdit"), mails.first().code);
    QSignalSpy verified(&dialog, &ChangeEmailDialog::emailVerified);
    click(dialog, "verifyButton");
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 15000);
    QCOMPARE(verified.first().first().toString(), address);
    QTRY_VERIFY(!window.userActions()->dialog());
    // The row is read again from the server: verified now.
    QTRY_COMPARE_WITH_TIMEOUT(ownUser(window).verification, EmailVerification::Verified, 10000);
    QCOMPARE(ownUser(window).email, address);
}

void tst_VerifyLater::laterThenTheMenuFinishesTheChange()
{
    auto window = openWindow(QStringLiteral("zitadel-self"));
    QVERIFY(window);
    QAction *action = window->userActions()->enterVerificationCodeAction();
    const QString newEmail = QStringLiteral("later.menu@example.org");
    changeAndChooseLater(*window, newEmail);

    window->tableView()->setCurrentIndex(window->proxyModel()->index(0, 0));
    QVERIFY(action->isEnabled());
    action->trigger();
    ChangeEmailDialog *dialog = window->userActions()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    screenshot(*dialog, QStringLiteral("enter-verification-code"));
    verifyWithTheMailedCode(*window, *dialog, newEmail);
    QTRY_VERIFY(!action->isVisible());
    QVERIFY(!action->isEnabled());
}

void tst_VerifyLater::laterThenTheDialogFinishesTheChange()
{
    auto window = openWindow(QStringLiteral("zitadel-self"));
    QVERIFY(window);
    // A verified address: the dialog has nothing to verify.
    QCOMPARE(ownUser(*window).verification, EmailVerification::Verified);
    ChangeEmailDialog *dialog = MainWindowTest::openChangeEmailDialog(*window, 0);
    QVERIFY(dialog);
    QVERIFY(!shown(*dialog, "enterCodeButton"));
    dialog->reject();
    QTRY_VERIFY(!window->userActions()->dialog());

    const QString newEmail = QStringLiteral("later.dialog@example.org");
    changeAndChooseLater(*window, newEmail);
    dialog = MainWindowTest::openChangeEmailDialog(*window, 0);
    QVERIFY(dialog);
    QVERIFY(shown(*dialog, "enterCodeButton"));
    screenshot(*dialog, QStringLiteral("change-email-enter-code-button"));
    click(*dialog, "enterCodeButton");
    verifyWithTheMailedCode(*window, *dialog, newEmail);
}

QTEST_MAIN(tst_VerifyLater)
#include "tst_verifylater.moc"
