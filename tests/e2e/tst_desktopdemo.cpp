#include "BulkActions.h"
#include "BulkApplyPage.h"
#include "BulkChangeDialog.h"
#include "BulkDomainPage.h"
#include "BulkPlanModel.h"
#include "BulkPlanView.h"
#include "BulkReviewPage.h"
#include "ChangeEmailDialog.h"
#include "ConfirmBar.h"
#include "DemoEnvironment.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The desktop demo as a person uses it: the window on the demo's "zitadel" profile, a row
/// chosen with the keyboard, its email changed through the real dialog. Saves pictures of each
/// step in <build>/screenshots/ (for the docs, and to look at). Then a domain renamed through
/// the bulk change window, step by step (the user guide's "Renaming a domain").
class tst_DesktopDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeEmailThroughTheWindow();
    void renameDomainThroughTheWindow();

private:
    static void save(QWidget &widget, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileListModel> m_profiles;
    MemorySecretStore m_secrets;
};

void tst_DesktopDemo::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopdemo"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QDir().mkpath(QStringLiteral(IDENTITYDESK_SCREENSHOT_DIR)));

    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().first().toBool());
    m_profiles = std::make_unique<ProfileListModel>(nullptr);
    m_profiles->setExtraProfiles(m_demo->connectionProfiles(&m_secrets));
}

void tst_DesktopDemo::save(QWidget &widget, const QString &name)
{
    const QString path = QDir(QStringLiteral(IDENTITYDESK_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("saved %s", qPrintable(path));
}

void tst_DesktopDemo::changeEmailThroughTheWindow()
{
    MainWindow window(m_profiles.get(), nullptr, &m_secrets, &m_network);
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QSignalSpy loaded(&window, &MainWindow::pageLoaded);
    window.selectProfile(m_profiles->rowForName(DemoEnvironment::defaultProfileName()));
    QVERIFY(loaded.wait(10000));
    QVERIFY(!window.banner()->isVisible());

    // Down to the fourth row with the keyboard, as a person would.
    UserTableView *view = window.tableView();
    view->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.isValid());
    const int sourceRow = window.proxyModel()->mapToSource(current).row();
    const User before = window.userModel()->userAt(sourceRow);
    QTest::qWait(50);
    save(window, QStringLiteral("demo-main-window.png"));

    QTest::keyClick(view, Qt::Key_F2);
    QPointer<ChangeEmailDialog> dialog = window.findChild<ChangeEmailDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString newEmail = QStringLiteral("%1.desk@example.org").arg(before.login);
    auto *emailEdit = dialog->findChild<QLineEdit *>(QStringLiteral("newEmailEdit"));
    QVERIFY(emailEdit && emailEdit->hasFocus());
    QTest::keyClicks(emailEdit, newEmail);
    auto *markVerified = dialog->findChild<QCheckBox *>(QStringLiteral("markVerifiedCheck"));
    QVERIFY(markVerified && markVerified->isVisible());
    markVerified->setChecked(true);
    QTest::qWait(50);
    save(*dialog, QStringLiteral("demo-change-email-dialog.png"));

    QTest::keyClick(emailEdit, Qt::Key_Return); // Next is the default button
    auto *change = dialog->findChild<QPushButton *>(QStringLiteral("changeButton"));
    QTRY_VERIFY(change->isVisible());
    QTest::qWait(50);
    save(*dialog, QStringLiteral("demo-change-email-review.png"));
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);

    // The row shows the new, verified address where the old one was.
    const User after = window.userModel()->userAt(sourceRow);
    QCOMPARE(after.id, before.id);
    QTRY_COMPARE(window.userModel()->userAt(sourceRow).email, newEmail);
    QCOMPARE(window.userModel()->userAt(sourceRow).verification, EmailVerification::Verified);
    QCOMPARE(view->currentIndex().row(), current.row());
    QVERIFY(window.statusBar()->currentMessage().contains(newEmail));
    QTest::qWait(50);
    save(window, QStringLiteral("demo-main-window-after-change.png"));
}

void tst_DesktopDemo::renameDomainThroughTheWindow()
{
    MainWindow window(m_profiles.get(), nullptr, &m_secrets, &m_network);
    window.resize(1180, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::pageLoaded);
    window.selectProfile(m_profiles->rowForName(DemoEnvironment::defaultProfileName()));
    QVERIFY(loaded.wait(10000));
    auto *bulk = window.findChild<BulkActions *>();
    QVERIFY(bulk);

    bulk->renameDomainAction()->trigger();
    QPointer<BulkChangeDialog> dialog = bulk->dialog();
    QVERIFY(dialog);
    dialog->resize(1100, 640);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->domainPage()->oldEdit(), QStringLiteral("northwind.example"));
    QTest::keyClicks(dialog->domainPage()->newEdit(), QStringLiteral("northwind-group.example"));
    dialog->domainPage()->markVerifiedCheck()->setChecked(true);
    QTest::qWait(50);
    save(*dialog, QStringLiteral("bulk-rename-domain.png"));

    QTest::keyClick(dialog->domainPage()->newEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), BulkChangeDialog::Phase::Review, 15000);
    BulkPlanModel *model = dialog->model();
    const int total = model->rowCount();
    QVERIFY(total > 3);
    // One row dropped, as a person would who keeps one user on the old domain.
    QTableView *table = dialog->planView()->table();
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::mouseClick(dialog->reviewPage()->dropButton(), Qt::LeftButton);
    QCOMPARE(model->count(BulkPlanModel::Dropped), 1);
    QTest::qWait(50);
    save(*dialog, QStringLiteral("bulk-review.png"));

    dialog->reviewPage()->rateSpin()->setValue(20);
    QTest::mouseClick(dialog->reviewPage()->applyButton(), Qt::LeftButton);
    QVERIFY(dialog->reviewPage()->confirmBar()->isVisible());
    QTest::qWait(50);
    save(*dialog, QStringLiteral("bulk-confirm.png"));
    QTest::mouseClick(dialog->reviewPage()->confirmBar()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->applier()->progress().done >= 12, 15000);
    QTest::mouseClick(dialog->applyPage()->pauseButton(), Qt::LeftButton);
    QTest::qWait(1200);
    save(*dialog, QStringLiteral("bulk-apply.png"));
    QTest::mouseClick(dialog->applyPage()->pauseButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), BulkChangeDialog::Phase::Results, 60000);
    QCOMPARE(model->count(BulkPlanModel::Succeeded), total - 1);
    QTest::qWait(50);
    save(*dialog, QStringLiteral("bulk-results.png"));
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

QTEST_MAIN(tst_DesktopDemo)
#include "tst_desktopdemo.moc"
