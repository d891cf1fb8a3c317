#include "DemoEnvironment.h"
#include "ListingScopeNotice.h"
#include "LoadAllController.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QHeaderView>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The line above the users table (issue 17, items 5 and 6): a sort of a partly loaded listing
/// says that it sorts only the loaded users, and a self-service profile's single row is said to
/// be the signed-in account; CodeArts shows no login as a name and its state in words.
class tst_ListingScopeNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void sortOfAPartialListingSaysSo();
    void sortOfAWholeListingSaysNothing();
    void selfServiceRowIsTheSignedInAccount_data();
    void selfServiceRowIsTheSignedInAccount();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &profile)
    {
        return m_fixture.openWindow(profile);
    }

    MainWindowTest::DemoFixture m_fixture;
};

void tst_ListingScopeNotice::initTestCase()
{
    QVERIFY(m_fixture.start(QStringLiteral("tst_listingscopenotice")));
}

void tst_ListingScopeNotice::cleanup()
{
    QSettings().clear();
}

void tst_ListingScopeNotice::sortOfAPartialListingSaysSo()
{
    auto window = openWindow(QStringLiteral("gcore")); // 200 users, 100 a page
    QVERIFY(window);
    ListingScopeNotice *notice = window->scopeNotice();
    QVERIFY(!notice->isVisible()); // the service's order: nothing to say

    // A click on the Name header sorts what is loaded, and says so right above the table.
    QHeaderView *header = window->tableView()->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(UserTableModel::Name) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(UserTableModel::Name));
    QVERIFY(notice->isVisible());
    const QLocale locale;
    QCOMPARE(notice->text(),
             QStringLiteral("Sorted by \u201cName\u201d among the users loaded so far only: %1 of "
                            "%2. <a href=\"#load-all\">Load all users</a> to sort every one.")
                 .arg(locale.toString(100), locale.toString(200)));
    QVERIFY(notice->y() < window->tableView()->mapTo(window.get(), QPoint(0, 0)).y());

    // Its link loads everyone; then the sort is the whole listing's and the notice goes.
    UserTableModel *users = window->userModel();
    QSignalSpy finished(users, &UserTableModel::loadAllFinished);
    emit notice->linkActivated(QStringLiteral("#load-all"));
    QVERIFY(users->isLoadingAll() || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(users->rowCount(), 200);
    QTRY_VERIFY(!notice->isVisible());

    // Back to the service's order (third click): nothing to say either.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    QVERIFY(!notice->isVisible());
}

void tst_ListingScopeNotice::sortOfAWholeListingSaysNothing()
{
    auto window = openWindow(QStringLiteral("acronis"));
    QVERIFY(window);
    QVERIFY(!window->userModel()->hasMorePages()); // one page holds them all
    window->tableView()->sortByColumn(UserTableModel::Email, Qt::AscendingOrder);
    QVERIFY(!window->scopeNotice()->isVisible());
}

void tst_ListingScopeNotice::selfServiceRowIsTheSignedInAccount_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("api");
    QTest::newRow("ZITADEL self-service") << "zitadel-self"
                                          << "ZITADEL";
    QTest::newRow("CodeArts: no name, state in words") << "codearts"
                                                       << "CodeArts";
}

void tst_ListingScopeNotice::selfServiceRowIsTheSignedInAccount()
{
    QFETCH(QString, profile);
    QFETCH(QString, api);

    auto window = openWindow(profile);
    QVERIFY(window);
    QCOMPARE(window->userModel()->rowCount(), 1);
    const User self = window->userModel()->userAt(0);
    ListingScopeNotice *notice = window->scopeNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("This is the signed-in account, <b>")),
             qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(self.login.toHtmlEscaped()), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(api), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("never other users")));

    const auto cell = [&window](int column) {
        return window->proxyModel()->index(0, column).data().toString();
    };
    // States in the app's words (as the state filter offers them), never a lower-case code.
    QCOMPARE(cell(UserTableModel::State), QStringLiteral("Active"));
    if (profile == QLatin1String("codearts")) {
        QCOMPARE(cell(UserTableModel::Login), self.login);
        QCOMPARE(cell(UserTableModel::Name), QString()); // CodeArts has no display name
    } else {
        QVERIFY(!cell(UserTableModel::Name).isEmpty());
    }
}

QTEST_MAIN(tst_ListingScopeNotice)
#include "tst_listingscopenotice.moc"
