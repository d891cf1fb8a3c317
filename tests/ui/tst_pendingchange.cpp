#include "AppTranslation.h"
#include "ChangeEmailDialog.h"
#include "DemoEnvironment.h"
#include "DialogTestSupport.h"
#include "InlineMessage.h"
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
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

#include <memory>

using namespace DialogTest;

/// An Acronis change that waits for the link mailed to the old address, in the desktop app
/// against the demo's mock server and a real journal file: the row keeps saying "Pending
/// confirmation" with its age across a profile switch and a restart (a new window on the same
/// journal and settings, whose backend remembers nothing), the dialog warns before a second
/// change, and the row stops saying it once the link is opened. Screenshots in English, then
/// German.
class tst_PendingChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pendingRowSurvivesSwitchAndRestart();
    void dialogWarnsBeforeASecondChange();
    void openedLinkEndsThePendingState();
    void screenshotsInGerman();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &profile);
    /// The proxy row of the user with `userId`, made current; -1 when not loaded.
    static int selectUser(MainWindow &window, const QString &userId);
    static User rowUser(MainWindow &window, const QString &userId);
    ChangeEmailDialog *openDialogOn(MainWindow &window, const QString &userId);
    void screenshotsOfPendingRowAndWarning(const QString &language);

    MainWindowTest::DemoFixture m_fixture;
    /// The activated Acronis user changed in the first test, and the addresses.
    User m_user;
    QString m_newEmail;
};

void tst_PendingChange::initTestCase()
{
    QVERIFY(m_fixture.start(QStringLiteral("tst_pendingchange"), true));
}

std::unique_ptr<MainWindow> tst_PendingChange::openWindow(const QString &profile)
{
    auto window = m_fixture.openWindow(profile);
    if (window)
        window->resize(1100, 520);
    return window;
}

int tst_PendingChange::selectUser(MainWindow &window, const QString &userId)
{
    const int sourceRow = window.userModel()->rowForUserId(userId);
    if (sourceRow < 0)
        return -1;
    const QModelIndex proxyIndex =
        window.proxyModel()->mapFromSource(window.userModel()->index(sourceRow, 0));
    window.tableView()->setCurrentIndex(proxyIndex);
    window.tableView()->scrollTo(proxyIndex);
    return proxyIndex.row();
}

User tst_PendingChange::rowUser(MainWindow &window, const QString &userId)
{
    const int row = window.userModel()->rowForUserId(userId);
    return row < 0 ? User() : window.userModel()->userAt(row);
}

ChangeEmailDialog *tst_PendingChange::openDialogOn(MainWindow &window, const QString &userId)
{
    const int row = selectUser(window, userId);
    return row < 0 ? nullptr : MainWindowTest::openChangeEmailDialog(window, row);
}

void tst_PendingChange::pendingRowSurvivesSwitchAndRestart()
{
    auto window = openWindow(QStringLiteral("acronis"));
    QVERIFY(window);
    const UserTableModel *acronisUsers = window->userModel();
    for (int row = 0; row < acronisUsers->rowCount(); ++row) {
        const User user = acronisUsers->userAt(row);
        if (user.state == UserState::Active && user.pendingEmail.isEmpty()) {
            m_user = user;
            break;
        }
    }
    QVERIFY2(!m_user.id.isEmpty(), "no activated Acronis user on the first page");
    m_newEmail = QStringLiteral("pending.%1@example.org").arg(m_user.id.left(8));
    const int column = UserTableModel::State;
    const auto stateText = [&window, this, column] {
        const int row = window->userModel()->rowForUserId(m_user.id);
        return window->userModel()->index(row, column).data().toString();
    };
    QCOMPARE(stateText(), QStringLiteral("Active"));

    ChangeEmailDialog *dialog = openDialogOn(*window, m_user.id);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, "newEmailEdit"), m_newEmail);
    click(*dialog, "nextButton");
    click(*dialog, "changeButton");
    QTRY_VERIFY_WITH_TIMEOUT(!window->userActions()->dialog(), 15000);

    // The row: pending, with its age; the status bar names the user.
    QTRY_COMPARE(rowUser(*window, m_user.id).pendingEmail, m_newEmail);
    const User changed = rowUser(*window, m_user.id);
    QCOMPARE(changed.email, m_user.email); // nothing changes until the link is opened
    QVERIFY(changed.pendingSince.isValid());
    QVERIFY(changed.pendingSince.secsTo(QDateTime::currentDateTimeUtc()) < 120);
    QCOMPARE(stateText(), QStringLiteral("Pending confirmation (less than a minute)"));
    const QString status = window->statusBar()->currentMessage();
    QVERIFY2(status.contains(m_user.shownName()) && status.contains(m_newEmail),
             qPrintable(status));

    // Another profile and back: a new backend that remembers nothing, the same journal.
    QSignalSpy loaded(window.get(), &MainWindow::pageLoaded);
    window->selectProfile(m_fixture.profiles->rowForName(QStringLiteral("zitadel")));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window->currentProfileName(), QStringLiteral("zitadel"));
    loaded.clear();
    window->selectProfile(m_fixture.profiles->rowForName(QStringLiteral("acronis")));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(rowUser(*window, m_user.id).pendingEmail, m_newEmail);
    QCOMPARE(rowUser(*window, m_user.id).pendingSince, changed.pendingSince);
    QCOMPARE(stateText(), QStringLiteral("Pending confirmation (less than a minute)"));
    UserTableModel *users = window->userModel();
    const QString toolTip =
        users->index(users->rowForUserId(m_user.id), column).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(m_newEmail) && toolTip.contains(QStringLiteral("change journal")),
             qPrintable(toolTip));

    // A restart: a new window on the same journal file and settings.
    window.reset();
    window = openWindow(QStringLiteral("acronis"));
    QVERIFY(window);
    QCOMPARE(window->currentProfileName(), QStringLiteral("acronis"));
    QCOMPARE(rowUser(*window, m_user.id).pendingEmail, m_newEmail);
    QCOMPARE(rowUser(*window, m_user.id).pendingSince, changed.pendingSince);
    QCOMPARE(stateText(), QStringLiteral("Pending confirmation (less than a minute)"));
}

void tst_PendingChange::dialogWarnsBeforeASecondChange()
{
    QVERIFY(!m_user.id.isEmpty());
    auto window = openWindow(QStringLiteral("acronis"));
    QVERIFY(window);
    ChangeEmailDialog *dialog = openDialogOn(*window, m_user.id);
    QVERIFY(dialog);
    auto *warning = child<InlineMessage>(*dialog, "pendingEmailMessage");
    QVERIFY(warning && warning->isVisible());
    QCOMPARE(warning->level(), InlineMessage::Level::Warning);
    QVERIFY2(warning->text().contains(m_newEmail), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QStringLiteral("less than a minute")),
             qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QStringLiteral("second link")), qPrintable(warning->text()));

    // Said again on the review, right before the second change would be sent.
    QTest::keyClicks(child<QLineEdit>(*dialog, "newEmailEdit"), QStringLiteral("x@example.org"));
    click(*dialog, "nextButton");
    QCOMPARE(child<QStackedWidget>(*dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("reviewPage"));
    bool warnedOnReview = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("second link"))
            && label->text().contains(m_newEmail))
            warnedOnReview = true;
    }
    QVERIFY(warnedOnReview);
    click(*dialog, "backButton");
    dialog->reject();
    QTRY_VERIFY(!window->userActions()->dialog());

    // Another activated user shows no such warning.
    for (int row = 0; row < window->userModel()->rowCount(); ++row) {
        const User user = window->userModel()->userAt(row);
        if (user.id == m_user.id || user.state != UserState::Active)
            continue;
        ChangeEmailDialog *other = openDialogOn(*window, user.id);
        QVERIFY(other);
        QVERIFY(!child<InlineMessage>(*other, "pendingEmailMessage")->isVisible());
        other->reject();
        break;
    }
    screenshotsOfPendingRowAndWarning(QStringLiteral("en"));
}

void tst_PendingChange::screenshotsOfPendingRowAndWarning(const QString &language)
{
    auto window = openWindow(QStringLiteral("acronis"));
    QVERIFY(window);
    QVERIFY(selectUser(*window, m_user.id) >= 0);
    window->tableView()->resizeColumnsToContents();
    screenshot(*window, QStringLiteral("pending-row-%1").arg(language));
    ChangeEmailDialog *dialog = openDialogOn(*window, m_user.id);
    QVERIFY(dialog);
    screenshot(*dialog, QStringLiteral("pending-warning-%1").arg(language));
    dialog->reject();
}

void tst_PendingChange::openedLinkEndsThePendingState()
{
    QVERIFY(!m_user.id.isEmpty());
    // The user opens the link mailed to the old address.
    QString link;
    for (const MockMail &mail : m_fixture.demo->server()->mailbox().messages(m_user.email)) {
        if (!mail.link.isEmpty() && mail.link.contains(QStringLiteral("confirm-email"))) {
            link = mail.link;
            break;
        }
    }
    QVERIFY2(!link.isEmpty(), "no confirmation link in the mock's mailbox");
    QNetworkReply *reply = m_fixture.network.get(QNetworkRequest(QUrl(link)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    auto window = openWindow(QStringLiteral("acronis"));
    QVERIFY(window);
    const User confirmed = rowUser(*window, m_user.id);
    QCOMPARE(confirmed.email, m_newEmail);
    QVERIFY(confirmed.pendingEmail.isEmpty());
    QVERIFY(!confirmed.pendingSince.isValid());
    const int row = window->userModel()->rowForUserId(m_user.id);
    QCOMPARE(window->userModel()->index(row, UserTableModel::State).data().toString(),
             QStringLiteral("Active"));
}

void tst_PendingChange::screenshotsInGerman()
{
    // A second pending change, for the German pictures (the first was confirmed).
    QVERIFY(!m_user.id.isEmpty());
    {
        auto window = openWindow(QStringLiteral("acronis"));
        QVERIFY(window);
        ChangeEmailDialog *dialog = openDialogOn(*window, m_user.id);
        QVERIFY(dialog);
        m_newEmail = QStringLiteral("wieder.%1@example.org").arg(m_user.id.left(8));
        QTest::keyClicks(child<QLineEdit>(*dialog, "newEmailEdit"), m_newEmail);
        click(*dialog, "nextButton");
        click(*dialog, "changeButton");
        QTRY_VERIFY_WITH_TIMEOUT(!window->userActions()->dialog(), 15000);
        QTRY_COMPARE(rowUser(*window, m_user.id).pendingEmail, m_newEmail);
    }
    const QString problem = AppTranslation::install(qApp, QStringLiteral("de"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    screenshotsOfPendingRowAndWarning(QStringLiteral("de"));
}

QTEST_MAIN(tst_PendingChange)
#include "tst_pendingchange.moc"
