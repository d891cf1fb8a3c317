#include "AppTranslation.h"
#include "ChangeEmailDialog.h"
#include "DemoActions.h"
#include "DemoEnvironment.h"
#include "DemoMailboxWindow.h"
#include "DialogTestSupport.h"
#include "IdentityBackend.h"
#include "ListingScopeNotice.h"
#include "Mailbox.h"
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
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace DialogTest;

/// Receives the links the mailbox window opens, instead of a browser.
class LinkCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public slots:
    void openUrl(const QUrl &url) { opened.append(url); }
};

/// The demo's mailbox in the main window (issue 17, item 2): the demo server's address, the
/// Demo menu, a ZITADEL self-service change finished with the code read in the mailbox view,
/// links opened; screenshots in English and German.
class tst_DemoMailbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void showsTheDemoServerAndItsMailbox();
    void finishesZitadelSelfServiceWithTheMailedCode();
    void opensLinksAndCopiesCodes();
    void saysWhenTheServerIsGone();
    void screenshotsInEnglishAndGerman();

private:
    std::unique_ptr<MainWindow> openDemoWindow(const QString &profile);
    static DemoMailboxWindow *openMailbox(MainWindow &window);
    /// The mailbox row for `to`, waiting for the window's polling to show it; null if none.
    static QTreeWidgetItem *waitForMail(DemoMailboxWindow &mailbox, const QString &to);
    void screenshots(const QString &suffix);

    MainWindowTest::DemoFixture m_fixture;
};

void tst_DemoMailbox::initTestCase()
{
    QVERIFY(m_fixture.start(QStringLiteral("tst_demomailbox")));
}

void tst_DemoMailbox::cleanup()
{
    QSettings().clear();
    QApplication::clipboard()->clear();
}

std::unique_ptr<MainWindow> tst_DemoMailbox::openDemoWindow(const QString &profile)
{
    auto window = std::make_unique<MainWindow>(m_fixture.profiles.get(), nullptr,
                                               &m_fixture.secrets, &m_fixture.network);
    // As main.cpp does under --demo, before the first profile opens.
    window->showDemoServer(m_fixture.demo->baseUrl());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QSignalSpy loaded(window.get(), &MainWindow::pageLoaded);
    window->selectProfile(m_fixture.profiles->rowForName(profile));
    if (!loaded.wait(10000))
        return nullptr;
    return window;
}

DemoMailboxWindow *tst_DemoMailbox::openMailbox(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("demoMailboxAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *mailbox = window.findChild<DemoMailboxWindow *>();
    if (!mailbox || !QTest::qWaitForWindowExposed(mailbox))
        return nullptr;
    return mailbox;
}

QTreeWidgetItem *tst_DemoMailbox::waitForMail(DemoMailboxWindow &mailbox, const QString &to)
{
    QTreeWidget *list = mailbox.messageList();
    const auto find = [list, &to]() -> QTreeWidgetItem * {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(DemoMailboxWindow::To) == to)
                return list->topLevelItem(row);
        }
        return nullptr;
    };
    // No Refresh pressed: the window looks for new mail by itself while shown.
    QSignalSpy refreshed(&mailbox, &DemoMailboxWindow::refreshed);
    for (int attempt = 0; attempt < 5 && !find(); ++attempt)
        refreshed.wait(5000);
    return find();
}

void tst_DemoMailbox::showsTheDemoServerAndItsMailbox()
{
    // Without --demo there is no Demo menu.
    {
        MainWindow plain(m_fixture.profiles.get(), nullptr, &m_fixture.secrets, &m_fixture.network);
        QVERIFY(!plain.findChild<QAction *>(QStringLiteral("demoMailboxAction")));
        QVERIFY(!plain.findChild<QLabel *>(QStringLiteral("demoServerStatus")));
    }

    auto window = openDemoWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    const QString address = m_fixture.demo->baseUrl().toDisplayString();
    QVERIFY2(address.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(address));
    auto *status = window->findChild<QLabel *>(QStringLiteral("demoServerStatus"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Demo server: %1").arg(address));

    auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("demoMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(window->demoActions()->mailboxAction()));

    // The shortcut opens it, and the window names the server too.
    QApplication::setActiveWindow(window.get());
    QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *mailbox = window->findChild<DemoMailboxWindow *>();
    QVERIFY(mailbox);
    QTRY_VERIFY(mailbox->isVisible());
    auto *serverLabel = mailbox->findChild<QLabel *>(QStringLiteral("demoServerLabel"));
    QVERIFY(serverLabel->text().contains(address));
    QSignalSpy refreshed(mailbox, &DemoMailboxWindow::refreshed);
    QVERIFY(refreshed.wait(5000));
    // What the view shows is what the server has, newest first.
    const QList<MockMail> held = m_fixture.demo->server()->mailbox().messages();
    QCOMPARE(refreshed.last().first().toInt(), int(held.size()));
    QTreeWidget *list = mailbox->messageList();
    QCOMPARE(list->topLevelItemCount(), int(held.size()));
    for (int row = 1; row < list->topLevelItemCount(); ++row)
        QVERIFY(
            list->topLevelItem(row - 1)->data(DemoMailboxWindow::Sent, Qt::UserRole).toLongLong()
            > list->topLevelItem(row)->data(DemoMailboxWindow::Sent, Qt::UserRole).toLongLong());
    mailbox->close();
}

void tst_DemoMailbox::finishesZitadelSelfServiceWithTheMailedCode()
{
    auto window = openDemoWindow(QStringLiteral("zitadel-self"));
    QVERIFY(window);
    const User self = window->userModel()->userAt(0);
    const QString newEmail =
        QStringLiteral("trainee.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());

    window->tableView()->setFocus();
    QPointer<ChangeEmailDialog> dialog =
        MainWindowTest::openChangeEmailDialog(*window, 0, UserTableModel::Email);
    QVERIFY(dialog);
    QSignalSpy verified(dialog.data(), &ChangeEmailDialog::emailVerified);
    QTest::keyClicks(child<QLineEdit>(*dialog, "newEmailEdit"), newEmail);
    click(*dialog, "nextButton");
    QTRY_VERIFY(shown(*dialog, "changeButton"));
    click(*dialog, "changeButton");
    QTRY_COMPARE_WITH_TIMEOUT(
        child<QStackedWidget>(*dialog, "stack")->currentWidget()->objectName(),
        QStringLiteral("verifyPage"), 15000);

    // The trainee opens the mailbox from the Demo menu while the dialog waits for the code.
    DemoMailboxWindow *mailbox = openMailbox(*window);
    QVERIFY(mailbox);
    QTreeWidgetItem *mail = waitForMail(*mailbox, newEmail);
    QVERIFY2(mail, qPrintable(newEmail));
    const QString code = mail->text(DemoMailboxWindow::Code);
    QVERIFY(!code.isEmpty());
    // The newest message is at the top.
    QCOMPARE(mailbox->messageList()->topLevelItem(0), mail);
    mailbox->messageList()->setCurrentItem(mail);
    QCOMPARE(mailbox->selectedCode(), code);
    click(*mailbox, "copyCodeButton");
    QCOMPARE(QApplication::clipboard()->text(), code);

    // ... and pastes the code into the dialog.
    dialog->activateWindow();
    QLineEdit *codeEdit = child<QLineEdit>(*dialog, "verifyCodeEdit");
    codeEdit->setFocus();
    QTest::keyClick(codeEdit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(codeEdit->text(), code);
    click(*dialog, "verifyButton");
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 15000);
    QCOMPARE(verified.first().first().toString(), newEmail);

    // The server has the new, verified address for the signed-in account.
    const auto after =
        wait<User>(window->backend()->user(self.id), [](UserJob *job) { return job->user(); });
    QVERIFY(after);
    QCOMPARE(after->email, newEmail);
    QCOMPARE(after->verification, EmailVerification::Verified);
    mailbox->close();
}

void tst_DemoMailbox::opensLinksAndCopiesCodes()
{
    auto window = openDemoWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    DemoMailboxWindow *mailbox = openMailbox(*window);
    QVERIFY(mailbox);
    // A confirmation link as the mock mails them (Gcore, Acronis), put in its mailbox.
    MockMail linkMail;
    linkMail.backend = QStringLiteral("gcore");
    linkMail.to = QStringLiteral("link.reader@example.org");
    linkMail.subject = QStringLiteral("Confirm your new email address");
    linkMail.link = m_fixture.demo->baseUrl().toString() + QStringLiteral("/mock/health");
    m_fixture.demo->server()->mailbox().deliver(linkMail);

    QTreeWidgetItem *mail = waitForMail(*mailbox, linkMail.to);
    QVERIFY(mail);
    QCOMPARE(mail->text(DemoMailboxWindow::Link), linkMail.link);
    mailbox->messageList()->setCurrentItem(mail);
    auto *copyCode = child<QPushButton>(*mailbox, "copyCodeButton");
    auto *openLink = child<QPushButton>(*mailbox, "openLinkButton");
    QVERIFY(!copyCode->isEnabled()); // no code in this one
    QVERIFY(openLink->isEnabled());

    LinkCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "openUrl");
    click(*mailbox, "openLinkButton");
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QCOMPARE(catcher.opened, QList<QUrl>({ QUrl(linkMail.link) }));
    mailbox->close();
}

void tst_DemoMailbox::saysWhenTheServerIsGone()
{
    // A port nothing listens on: the window says so in words and keeps running.
    QTcpServer reserved;
    QVERIFY(reserved.listen(QHostAddress::LocalHost, 0));
    const QUrl gone(QStringLiteral("http://127.0.0.1:%1").arg(reserved.serverPort()));
    reserved.close();
    DemoMailboxWindow mailbox(&m_fixture.network, gone);
    QSignalSpy refreshed(&mailbox, &DemoMailboxWindow::refreshed);
    mailbox.show();
    auto *status = child<QLabel>(mailbox, "mailboxStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(gone.toDisplayString()), 10000);
    QVERIFY2(status->text().startsWith(QStringLiteral("The demo server at")),
             qPrintable(status->text()));
    QCOMPARE(refreshed.size(), 0);
    QCOMPARE(mailbox.messageList()->topLevelItemCount(), 0);
}

void tst_DemoMailbox::screenshots(const QString &suffix)
{
    auto window = openDemoWindow(QStringLiteral("zitadel-self"));
    QVERIFY(window);
    QVERIFY(window->scopeNotice()->isVisible());
    window->resize(1100, 420);
    QTest::qWait(100);
    screenshot(*window, QStringLiteral("self-service-row-") + suffix);

    DemoMailboxWindow *mailbox = openMailbox(*window);
    QVERIFY(mailbox);
    QSignalSpy refreshed(mailbox, &DemoMailboxWindow::refreshed);
    QVERIFY(refreshed.wait(5000));
    QVERIFY(mailbox->messageList()->topLevelItemCount() > 0); // mail from the tests above
    mailbox->messageList()->setCurrentItem(mailbox->messageList()->topLevelItem(0));
    QTest::qWait(100);
    screenshot(*mailbox, QStringLiteral("demo-mailbox-") + suffix);
    mailbox->close();
}

void tst_DemoMailbox::screenshotsInEnglishAndGerman()
{
    screenshots(QStringLiteral("en"));
    // Last: the German catalogue stays installed for the rest of this process.
    const QString problem = AppTranslation::install(qApp, QStringLiteral("de"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    screenshots(QStringLiteral("de"));
}

QTEST_MAIN(tst_DemoMailbox)
#include "tst_demomailbox.moc"
