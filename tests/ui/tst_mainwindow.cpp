#include "AppTranslation.h"
#include "ChangeEmailDialog.h"
#include "DemoEnvironment.h"
#include "ErrorBanner.h"
#include "IdentityBackend.h"
#include "ListingStatus.h"
#include "LoadAllController.h"
#include "LoadAllProgress.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MemorySecretStore.h"
#include "NoMatchPanel.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "SessionSecretDialog.h"
#include "UnavailableSecretStore.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserLookup.h"
#include "UserTableArea.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

Q_DECLARE_METATYPE(UserQuery::Match)

/// MainWindow against the demo's in-process mock server: paging, filters, server search, the
/// change of email through the real dialog, the context menu, F5 and the remembered columns.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void loadsFirstPageThenMoreOnScroll();
    void filtersAsYouType();
    void noMatchFilterSaysSoAndFetchesNothing();
    void loadAllShowsProgressAndLoadsEveryone();
    void escapeCancelsLoadAll();
    void enterSearchesTheServer_data();
    void enterSearchesTheServer();
    void exactLookupsOnEveryBackend_data();
    void exactLookupsOnEveryBackend();
    void textSearchWithoutServerSearchKeepsTheListing();
    void stateAndVerificationFilters();
    void changeEmailUpdatesTheRowInPlace_data();
    void changeEmailUpdatesTheRowInPlace();
    void contextMenuFollowsCapabilities_data();
    void contextMenuFollowsCapabilities();
    void copiesCellAndRows();
    void f5Reloads();
    void ctrlFFocusesTheFilter();
    void escapeClearsTheFilter();
    void escapeInTheFilterStillStopsLoadAll();
    void columnsAreRememberedPerProfile();
    void savedWidthsFitGermanHeaders();
    void problemsGoToTheBanner();
    void storedProfilesAndTheProfilesDialog();
    void missingKeyringOffersASecretForThisSession();
    void demoProfilesShowInTheProfilesDialog();

private:
    /// A shown window on `profile`, its first page loaded.
    std::unique_ptr<MainWindow> openWindow(const QString &profile);
    int rowOf(const QString &profile) const { return m_profiles->rowForName(profile); }
    static QString cell(MainWindow &window, int proxyRow, int column);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileListModel> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());

    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().first().toBool());

    m_secrets = std::make_unique<MemorySecretStore>();
    QList<ConnectionProfile> profiles = m_demo->connectionProfiles(m_secrets.get());
    // A demo profile whose secret is wrong, and one without a secret at all.
    ConnectionProfile wrongSecret = profiles.first();
    wrongSecret.name = QStringLiteral("gcore-wrong-key");
    profiles.append(wrongSecret);
    m_secrets->write(wrongSecret.name, QStringLiteral("not-the-key"));
    ConnectionProfile noSecret = profiles.first();
    noSecret.name = QStringLiteral("gcore-no-secret");
    profiles.append(noSecret);

    m_profiles = std::make_unique<ProfileListModel>(nullptr);
    m_profiles->setExtraProfiles(profiles);
}

void tst_MainWindow::cleanup()
{
    QSettings().clear();
    QApplication::clipboard()->clear();
}

std::unique_ptr<MainWindow> tst_MainWindow::openWindow(const QString &profile)
{
    return MainWindowTest::open(m_profiles.get(), m_secrets.get(), &m_network, profile);
}

QString tst_MainWindow::cell(MainWindow &window, int proxyRow, int column)
{
    return window.proxyModel()->index(proxyRow, column).data().toString();
}

void tst_MainWindow::loadsFirstPageThenMoreOnScroll()
{
    auto window = openWindow(QStringLiteral("gcore")); // 200 users, 100 a page
    QVERIFY(window);
    UserTableModel *users = window->userModel();
    QCOMPARE(users->rowCount(), 100);
    QCOMPARE(users->totalCount().value_or(-1), 200);
    const QLocale locale;
    QCOMPARE(window->listingStatus()->countText(),
             QStringLiteral("%1 of %2 loaded").arg(locale.toString(100), locale.toString(200)));
    QVERIFY(window->listingStatus()->lastLoadedText().startsWith(QStringLiteral("Last loaded")));
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("loadingProgress"))->isVisible());

    // The view asks for the next page when its last row comes into sight.
    window->tableView()->scrollToBottom();
    QTRY_COMPARE(users->rowCount(), 200);
    QTRY_COMPARE(window->listingStatus()->countText(),
                 QStringLiteral("%1 of %2 loaded").arg(locale.toString(200), locale.toString(200)));
    QVERIFY(!users->canFetchMore(QModelIndex()));
}

void tst_MainWindow::filtersAsYouType()
{
    auto window = openWindow(QStringLiteral("zitadel"));
    QVERIFY(window);
    const int loaded = window->userModel()->rowCount();
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("GRETA"));
    const int shown = window->proxyModel()->rowCount();
    QVERIFY(shown > 0 && shown < loaded);
    for (int row = 0; row < shown; ++row)
        QVERIFY(cell(*window, row, UserTableModel::Login).contains(QStringLiteral("greta")));
    QVERIFY(window->listingStatus()->countText().startsWith(QStringLiteral("%1 shown").arg(shown)));
    QCOMPARE(window->userModel()->query().match, UserQuery::Match::All); // no server request

    filter->clear();
    QCOMPARE(window->proxyModel()->rowCount(), loaded);
}

void tst_MainWindow::noMatchFilterSaysSoAndFetchesNothing()
{
    auto window = openWindow(QStringLiteral("gcore")); // 200 users, 100 a page
    QVERIFY(window);
    UserTableModel *users = window->userModel();
    QSignalSpy requests(users, &UserTableModel::loadingChanged);
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("nobody-zq"));
    QTest::qWait(500); // time for a view to ask for more, as it did for every empty page
    QVERIFY(requests.isEmpty());
    QCOMPARE(users->rowCount(), 100);

    UserTableArea *area = window->tableArea();
    QVERIFY(area->isShowingNoMatch());
    NoMatchPanel *panel = area->noMatchPanel();
    QCOMPARE(panel->text(),
             QStringLiteral("No loaded user matches \u201cnobody-zq\u201d. Load all users to "
                            "filter all 200."));
    // Gcore IAM cannot search on the server: only Load all is offered.
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("noMatchSearchButton"))->isVisible());
    auto *loadAll = panel->findChild<QPushButton *>(QStringLiteral("noMatchLoadAllButton"));
    QVERIFY(loadAll->isVisible());

    QSignalSpy finished(users, &UserTableModel::loadAllFinished);
    QTest::mouseClick(loadAll, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(users->rowCount(), 200);
    QVERIFY(area->isShowingNoMatch());
    QCOMPARE(panel->text(), QStringLiteral("No user matches \u201cnobody-zq\u201d."));
    QVERIFY(!loadAll->isVisible());

    filter->clear();
    QVERIFY(!area->isShowingNoMatch());
    QCOMPARE(window->proxyModel()->rowCount(), 200);
}

void tst_MainWindow::loadAllShowsProgressAndLoadsEveryone()
{
    auto window = openWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    UserTableModel *users = window->userModel();
    QAction *action = window->loadAllController()->loadAllAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto *progress = window->findChild<LoadAllProgress *>(QStringLiteral("loadAllProgress"));
    QVERIFY(progress && !progress->isVisible());
    QSignalSpy pages(users, &UserTableModel::loadAllProgress);
    QSignalSpy finished(users, &UserTableModel::loadAllFinished);

    window->tableView()->setFocus();
    QTest::keyClick(window->tableView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(users->isLoadingAll());
    QVERIFY(progress->isVisible());
    for (const char *name : { "loadAllProgressBar", "cancelLoadAllButton" }) {
        auto *part = progress->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(part && part->isVisible() && !part->accessibleName().isEmpty(), name);
    }
    QVERIFY(!action->isEnabled());
    QVERIFY(window->loadAllController()->cancelAction()->isEnabled());
    // The status bar's own page spinner stays away: the Load all has its own Cancel.
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("cancelLoadButton"))->isVisible());
    QVERIFY(finished.wait(10000));

    QCOMPARE(finished.first().first().value<PagePipeline::Status>(),
             PagePipeline::Status::Complete);
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.last().at(0).toLongLong(), 200);
    QCOMPARE(pages.last().at(1).toLongLong(), 200);
    QCOMPARE(users->rowCount(), 200);
    QSet<QString> ids;
    for (int row = 0; row < users->rowCount(); ++row)
        ids.insert(users->userAt(row).id);
    QCOMPARE(ids.size(), 200);
    QVERIFY(!progress->isVisible());
    QVERIFY(!action->isEnabled()); // nothing more to load
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("All 200 users are loaded."));
    QVERIFY(!window->banner()->isVisible());
}

void tst_MainWindow::escapeCancelsLoadAll()
{
    auto window = openWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    UserTableModel *users = window->userModel();
    QSignalSpy finished(users, &UserTableModel::loadAllFinished);
    window->tableView()->setFocus();
    QTest::keyClick(window->tableView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(users->isLoadingAll());
    QTest::keyClick(window->tableView(), Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<PagePipeline::Status>(),
             PagePipeline::Status::Cancelled);
    QVERIFY(!users->isLoading());
    QCOMPARE(users->rowCount(), 100); // the rows stay
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Loading all users cancelled; 100 users are loaded."));
    QVERIFY(window->loadAllController()->loadAllAction()->isEnabled()); // may start again
    QVERIFY(!window->loadAllController()->cancelAction()->isEnabled());
}

void tst_MainWindow::enterSearchesTheServer_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("column");
    QTest::addColumn<UserQuery::Match>("match");
    QTest::newRow("email: exact address")
        << "email:" << int(UserTableModel::Email) << UserQuery::Match::ExactEmail;
    QTest::newRow("id: exact id") << "id:" << int(UserTableModel::Id) << UserQuery::Match::ExactId;
    QTest::newRow("plain text: contains")
        << "" << int(UserTableModel::Login) << UserQuery::Match::Contains;
}

void tst_MainWindow::enterSearchesTheServer()
{
    QFETCH(QString, prefix);
    QFETCH(int, column);
    QFETCH(UserQuery::Match, match);

    auto window = openWindow(QStringLiteral("zitadel"));
    QVERIFY(window);
    const int loaded = window->userModel()->rowCount();
    const QString wanted = cell(*window, 7, column);
    const QString wantedId = cell(*window, 7, UserTableModel::Id);
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, prefix + wanted);
    QSignalSpy loadedSpy(window.get(), &MainWindow::pageLoaded);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(loadedSpy.wait(10000));

    UserTableModel *users = window->userModel();
    QCOMPARE(users->query().match, match);
    QCOMPARE(users->query().text, wanted);
    QCOMPARE(users->rowCount(), 1);
    QCOMPARE(users->userAt(0).id, wantedId);
    QVERIFY2(window->listingStatus()->countText().contains(wanted),
             qPrintable(window->listingStatus()->countText()));
    QVERIFY(!window->findChild<ChangeEmailDialog *>()); // Enter in the field opens nothing

    // Emptying the field goes back to the whole listing.
    filter->clear();
    QTRY_COMPARE(users->rowCount(), loaded);
    QCOMPARE(users->query().match, UserQuery::Match::All);
}

void tst_MainWindow::exactLookupsOnEveryBackend_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("known"); // false: a value nobody has
    for (const char *profile :
         { "gcore", "zitadel", "zitadel-v2", "zitadel-self", "codearts", "acronis" }) {
        QTest::addRow("%s id:", profile) << QString::fromLatin1(profile) << "id:" << true;
        QTest::addRow("%s email:", profile) << QString::fromLatin1(profile) << "email:" << true;
        QTest::addRow("%s email: nobody", profile)
            << QString::fromLatin1(profile) << "email:" << false;
    }
    QTest::newRow("gcore id: nobody") << "gcore"
                                      << "id:" << false;
}

void tst_MainWindow::exactLookupsOnEveryBackend()
{
    QFETCH(QString, profile);
    QFETCH(QString, prefix);
    QFETCH(bool, known);

    auto window = openWindow(profile);
    QVERIFY(window);
    UserTableModel *users = window->userModel();
    // The last loaded user with an address (machine users have none): with Gcore's 200 users an
    // email scan has to read past the first page to find it.
    int row = window->proxyModel()->rowCount() - 1;
    while (row > 0 && cell(*window, row, UserTableModel::Email).isEmpty())
        --row;
    QVERIFY(row >= 0);
    const QString wantedId = cell(*window, row, UserTableModel::Id);
    const bool byId = prefix == QLatin1String("id:");
    const QString value = !known
        ? (byId ? QStringLiteral("999999999") : QStringLiteral("nobody.at.all@example.com"))
        : byId ? wantedId
               : cell(*window, row, UserTableModel::Email).toUpper();
    QVERIFY(!value.isEmpty());

    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, prefix + value);
    QSignalSpy loadedSpy(window.get(), &MainWindow::pageLoaded);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(loadedSpy.wait(20000));
    QVERIFY2(!window->banner()->isVisible(), qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(users->query().match, byId ? UserQuery::Match::ExactId : UserQuery::Match::ExactEmail);
    if (!known) {
        QCOMPARE(users->rowCount(), 0);
        QCOMPARE(window->statusBar()->currentMessage(),
                 byId ? UserLookup::noMatch(UserLookup::parse(QStringLiteral("id:") + value))
                      : UserLookup::noMatch(UserLookup::parse(QStringLiteral("email:") + value)));
        return;
    }
    QVERIFY(users->rowCount() >= 1);
    bool found = false;
    for (int i = 0; i < users->rowCount(); ++i) {
        const User user = users->userAt(i);
        found = found || user.id == wantedId;
        if (byId)
            QCOMPARE(user.id, value);
        else
            QCOMPARE(user.email.toUpper(), value);
    }
    QVERIFY(found);
}

void tst_MainWindow::textSearchWithoutServerSearchKeepsTheListing()
{
    auto window = openWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    QVERIFY(!window->backend()->capabilities().hasServerSearch);
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const QString email = cell(*window, 3, UserTableModel::Email);
    QTest::keyClicks(filter, email);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(window->userModel()->query().match, UserQuery::Match::All);
    QVERIFY(!window->userModel()->isLoading());
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("cannot search")));
    // The local filter still finds the loaded user.
    QCOMPARE(window->proxyModel()->rowCount(), 1);
    QCOMPARE(cell(*window, 0, UserTableModel::Email), email);
}

void tst_MainWindow::stateAndVerificationFilters()
{
    auto window = openWindow(QStringLiteral("zitadel"));
    QVERIFY(window);
    const int loaded = window->proxyModel()->rowCount();
    auto *state = window->findChild<QComboBox *>(QStringLiteral("stateFilterCombo"));
    auto *verification = window->findChild<QComboBox *>(QStringLiteral("verificationFilterCombo"));
    QVERIFY(state && verification);

    state->setCurrentIndex(state->findData(int(UserState::Active)));
    const int active = window->proxyModel()->rowCount();
    QVERIFY(active > 0 && active < loaded);
    for (int row = 0; row < active; ++row) {
        const User user =
            window->proxyModel()->index(row, 0).data(UserTableModel::UserRole).value<User>();
        QCOMPARE(user.state, UserState::Active);
    }

    verification->setCurrentIndex(verification->findData(int(EmailVerification::Unverified)));
    const int activeUnverified = window->proxyModel()->rowCount();
    QVERIFY(activeUnverified > 0 && activeUnverified < active);
    for (int row = 0; row < activeUnverified; ++row)
        QCOMPARE(cell(*window, row, UserTableModel::Verification), QStringLiteral("Not verified"));

    state->setCurrentIndex(0);
    verification->setCurrentIndex(0);
    QCOMPARE(window->proxyModel()->rowCount(), loaded);
}

void tst_MainWindow::changeEmailUpdatesTheRowInPlace_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("password");
    QTest::newRow("ZITADEL, F2") << "zitadel" << int(Qt::Key_F2) << QString();
    QTest::newRow("Gcore, Enter, with the user's password")
        << "gcore" << int(Qt::Key_Return) << QStringLiteral("demo-password");
}

void tst_MainWindow::changeEmailUpdatesTheRowInPlace()
{
    QFETCH(QString, profile);
    QFETCH(int, key);
    QFETCH(QString, password);

    auto window = openWindow(profile);
    QVERIFY(window);
    UserTableView *view = window->tableView();
    // Sorted by email descending, so that proxy rows and model rows differ.
    view->sortByColumn(UserTableModel::Email, Qt::DescendingOrder);
    const int proxyRow = 4;
    const QModelIndex chosen = window->proxyModel()->index(proxyRow, UserTableModel::Name);
    const int sourceRow = window->proxyModel()->mapToSource(chosen).row();
    QVERIFY(sourceRow != proxyRow);
    const User before = window->userModel()->userAt(sourceRow);
    const int rows = window->userModel()->rowCount();
    view->setFocus();
    view->setCurrentIndex(chosen);
    QTest::keyClick(view, Qt::Key(key));

    QPointer<ChangeEmailDialog> dialog = window->findChild<ChangeEmailDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal()); // window-modal through open(), without a nested event loop
    QCOMPARE(dialog->user().id, before.id);
    const QString newEmail = QStringLiteral("moved.%1@example.org").arg(before.id);
    auto *emailEdit = dialog->findChild<QLineEdit *>(QStringLiteral("newEmailEdit"));
    QVERIFY(emailEdit);
    QTest::keyClicks(emailEdit, newEmail);
    if (!password.isEmpty()) {
        auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(passwordEdit && passwordEdit->isVisible());
        QTest::keyClicks(passwordEdit, password);
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")),
                      Qt::LeftButton);
    auto *change = dialog->findChild<QPushButton *>(QStringLiteral("changeButton"));
    QTRY_VERIFY(change->isVisible());
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000); // accepted, deleted on close

    // Same row, same place in the model, new address; nothing else reloaded.
    QCOMPARE(window->userModel()->rowCount(), rows);
    QTRY_COMPARE(window->userModel()->userAt(sourceRow).email, newEmail);
    QCOMPARE(window->userModel()->userAt(sourceRow).id, before.id);
    QVERIFY2(window->statusBar()->currentMessage().contains(newEmail),
             qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(!window->banner()->isVisible());
}

void tst_MainWindow::contextMenuFollowsCapabilities_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("resend");
    QTest::newRow("gcore: no resend") << "gcore" << false;
    QTest::newRow("zitadel: resend") << "zitadel" << true;
    QTest::newRow("zitadel-self: resend") << "zitadel-self" << true;
    QTest::newRow("codearts: no resend") << "codearts" << false;
    QTest::newRow("acronis: resend") << "acronis" << true;
}

void tst_MainWindow::contextMenuFollowsCapabilities()
{
    QFETCH(QString, profile);
    QFETCH(bool, resend);

    auto window = openWindow(profile);
    QVERIFY(window);
    QCOMPARE(window->backend()->capabilities().canResendVerification, resend);
    UserTableView *view = window->tableView();
    QMenu *menu = window->userActions()->contextMenu();
    QCOMPARE(menu->objectName(), QStringLiteral("rowContextMenu"));
    QStringList shown;
    for (QAction *item : menu->actions()) {
        if (!item->isSeparator() && item->isVisible())
            shown.append(item->objectName());
    }
    QStringList expected { QStringLiteral("changeEmailAction"), QStringLiteral("copyCellAction"),
                           QStringLiteral("copyRowAction") };
    if (resend)
        expected.append(QStringLiteral("resendVerificationAction"));
    expected += { QStringLiteral("refreshRowAction"), QStringLiteral("userHistoryAction"),
                  QStringLiteral("exportAction") };
    QCOMPARE(shown, expected);

    // A right click on a row makes it current and shows the menu (popup(), not exec()).
    const QRect rect = view->visualRect(window->proxyModel()->index(0, UserTableModel::Email));
    emit view->customContextMenuRequested(rect.center());
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(view->currentIndex().row(), 0);
    for (QAction *item : menu->actions())
        QVERIFY2(item->isSeparator() || !item->isVisible() || item->isEnabled(),
                 qPrintable(item->objectName()));
    menu->close();

    if (resend) {
        // The action reaches the service and reports in the status bar, not in a box.
        window->userActions()->resendVerificationAction()->trigger();
        QTRY_VERIFY(!window->statusBar()->currentMessage().contains(QStringLiteral("Sending")));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    // Refresh row reads the user again and keeps it in place.
    const User current =
        window->userModel()->userAt(window->proxyModel()->mapToSource(view->currentIndex()).row());
    QSignalSpy changed(window->userModel(), &QAbstractItemModel::dataChanged);
    window->userActions()->refreshRowAction()->trigger();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().at(0).toModelIndex().row(),
             window->userModel()->rowForUserId(current.id));
}

void tst_MainWindow::copiesCellAndRows()
{
    auto window = openWindow(QStringLiteral("zitadel"));
    QVERIFY(window);
    UserTableView *view = window->tableView();
    view->setFocus();
    view->setCurrentIndex(window->proxyModel()->index(2, UserTableModel::Email));
    window->userActions()->copyCellAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), cell(*window, 2, UserTableModel::Email));

    // Ctrl+C on the table: a header, then the selected rows, tab-separated, visible columns in
    // view order (tst_export has the details).
    view->horizontalHeader()->setSectionHidden(UserTableModel::Organisation, true);
    view->selectionModel()->select(window->proxyModel()->index(3, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')).at(UserTableModel::Email),
             window->proxyModel()->headerData(UserTableModel::Email, Qt::Horizontal).toString());
    const QStringList cells = lines.at(2).split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(UserTableModel::ColumnCount) - 1);
    QCOMPARE(cells.at(UserTableModel::Email), cell(*window, 3, UserTableModel::Email));
}

void tst_MainWindow::f5Reloads()
{
    auto window = openWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    window->tableView()->scrollToBottom();
    QTRY_COMPARE(window->userModel()->rowCount(), 200);

    QSignalSpy reset(window->userModel(), &QAbstractItemModel::modelReset);
    QSignalSpy loaded(window.get(), &MainWindow::pageLoaded);
    window->tableView()->setFocus();
    QTest::keyClick(window->tableView(), Qt::Key_F5);
    QCOMPARE(reset.count(), 1); // emptied at once, then loaded from the first page
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toInt(), 100);
}

void tst_MainWindow::ctrlFFocusesTheFilter()
{
    auto window = openWindow(QStringLiteral("zitadel"));
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    window->tableView()->setFocus();
    QTest::keyClick(window->tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterEdit"));
}

void tst_MainWindow::escapeClearsTheFilter()
{
    auto window = openWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("user.1"));
    QTRY_VERIFY(window->proxyModel()->rowCount() < 100);
    QVERIFY(!window->loadAllController()->cancelAction()->isEnabled());

    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QTRY_COMPARE(window->proxyModel()->rowCount(), 100);
    QCOMPARE(QApplication::focusWidget(), filter);
    // Nothing typed is lost for good: Ctrl+Z brings it back.
    QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(filter->text(), QStringLiteral("user.1"));
    // On an empty filter Escape does nothing.
    QTest::keyClick(filter, Qt::Key_Escape);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(window->userModel()->rowCount(), 100);
}

void tst_MainWindow::escapeInTheFilterStillStopsLoadAll()
{
    auto window = openWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("a"));
    UserTableModel *users = window->userModel();
    QSignalSpy finished(users, &UserTableModel::loadAllFinished);
    QTest::keyClick(filter, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(users->isLoadingAll());
    // While a Load all runs, Escape stops it, as everywhere in the window; the filter stays.
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<PagePipeline::Status>(),
             PagePipeline::Status::Cancelled);
    QCOMPARE(filter->text(), QStringLiteral("a"));
    // The next Escape clears the filter.
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
}

void tst_MainWindow::columnsAreRememberedPerProfile()
{
    QByteArray gcoreState;
    {
        auto window = openWindow(QStringLiteral("gcore"));
        QVERIFY(window);
        QHeaderView *header = window->tableView()->horizontalHeader();
        header->setSectionHidden(UserTableModel::Organisation, true);
        header->moveSection(header->visualIndex(UserTableModel::Email), 0);
        header->resizeSection(UserTableModel::Name, 333);
        window->tableView()->sortByColumn(UserTableModel::Login, Qt::DescendingOrder);
        gcoreState = header->saveState();

        // Another profile has its own (default) columns ...
        QSignalSpy loaded(window.get(), &MainWindow::pageLoaded);
        window->selectProfile(rowOf(QStringLiteral("zitadel")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!header->isSectionHidden(UserTableModel::Organisation));
        QCOMPARE(header->visualIndex(UserTableModel::Email), int(UserTableModel::Email));
        QCOMPARE(header->sortIndicatorSection(), -1);

        // A profile without saved columns whose first page fails leaves its pending fit to
        // contents behind for no one: the next profile's saved widths stay as they were.
        QSignalSpy failed(window.get(), &MainWindow::loadFailed);
        window->selectProfile(rowOf(QStringLiteral("gcore-wrong-key")));
        QVERIFY(failed.wait(10000));

        // ... and coming back restores the first one's, sort included.
        window->selectProfile(rowOf(QStringLiteral("gcore")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(header->isSectionHidden(UserTableModel::Organisation));
        QCOMPARE(header->visualIndex(UserTableModel::Email), 0);
        QCOMPARE(header->sectionSize(UserTableModel::Name), 333);
        QCOMPARE(header->sortIndicatorSection(), int(UserTableModel::Login));
        QCOMPARE(window->proxyModel()->sortColumn(), int(UserTableModel::Login));
        QCOMPARE(window->proxyModel()->sortOrder(), Qt::DescendingOrder);
        window->resize(900, 640);
        window->close(); // saves
    }
    // The next start opens the last profile with its columns and the window's size.
    MainWindow window(m_profiles.get(), nullptr, m_secrets.get(), &m_network);
    QCOMPARE(window.size(), QSize(900, 640));
    QSignalSpy loaded(&window, &MainWindow::pageLoaded);
    window.show();
    window.selectInitialProfile();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.currentProfileName(), QStringLiteral("gcore"));
    QHeaderView *header = window.tableView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(UserTableModel::Organisation));
    QCOMPARE(header->visualIndex(UserTableModel::Email), 0);
    QCOMPARE(header->sectionSize(UserTableModel::Name), 333);
    QCOMPARE(window.proxyModel()->sortColumn(), int(UserTableModel::Login));
    const QString first = cell(window, 0, UserTableModel::Login);
    const QString second = cell(window, 1, UserTableModel::Login);
    QVERIFY(QString::localeAwareCompare(first, second) >= 0);

    // Nothing secret in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        for (const DemoProfile &demo : m_demo->profiles())
            QVERIFY2(!value.contains(demo.secret), qPrintable(key));
    }
}

void tst_MainWindow::problemsGoToTheBanner()
{
    MainWindow window(m_profiles.get(), nullptr, m_secrets.get(), &m_network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(&window, &MainWindow::loadFailed);

    // No secret for the profile: said in the banner, with a Retry.
    window.selectProfile(rowOf(QStringLiteral("gcore-no-secret")));
    QVERIFY(failed.wait(5000));
    QVERIFY(window.banner()->isVisible());
    QVERIFY(window.banner()->headline().contains(QStringLiteral("No secret")));
    QVERIFY(window.banner()->actionButton()->isVisible());
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // A key the service refuses: the page fails, the banner says so and Retry asks again.
    window.selectProfile(rowOf(QStringLiteral("gcore-wrong-key")));
    QVERIFY(!window.banner()->isVisible()); // a new profile starts clean
    QVERIFY(failed.wait(10000));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->headline().contains(QStringLiteral("credentials")),
             qPrintable(window.banner()->headline()));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("loadMoreButton"))->isVisible());
    QTest::mouseClick(window.banner()->actionButton(), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.count(), 3);
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // A working profile clears it.
    QSignalSpy loaded(&window, &MainWindow::pageLoaded);
    window.selectProfile(rowOf(QStringLiteral("gcore")));
    QVERIFY(loaded.wait(10000));
    QVERIFY(!window.banner()->isVisible());
}

void tst_MainWindow::savedWidthsFitGermanHeaders()
{
    // Widths saved while the window spoke English: each column just wide enough for its
    // English header.
    QMap<int, int> englishWidths;
    {
        auto window = openWindow(QStringLiteral("gcore"));
        QVERIFY(window);
        QHeaderView *header = window->tableView()->horizontalHeader();
        for (int column = 0; column < header->count() - 1; ++column) {
            englishWidths[column] = header->sectionSizeHint(column);
            header->resizeSection(column, englishWidths[column]);
        }
        window->close(); // saves
    }

    // The next start speaks German.
    const QLocale before;
    const QString problem = AppTranslation::install(qApp, QStringLiteral("de"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto english = qScopeGuard([before] {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(before);
    });
    auto window = openWindow(QStringLiteral("gcore"));
    QVERIFY(window);
    QHeaderView *header = window->tableView()->horizontalHeader();
    QCOMPARE(
        window->userModel()->headerData(UserTableModel::Verification, Qt::Horizontal).toString(),
        QStringLiteral("Best\u00e4tigung"));
    int widened = 0;
    for (auto it = englishWidths.cbegin(); it != englishWidths.cend(); ++it) {
        const int needed = header->sectionSizeHint(it.key());
        QVERIFY2(header->sectionSize(it.key()) >= needed,
                 qPrintable(QStringLiteral("column %1: %2 < %3")
                                .arg(it.key())
                                .arg(header->sectionSize(it.key()))
                                .arg(needed)));
        if (needed > it.value())
            ++widened;
        else
            QCOMPARE(header->sectionSize(it.key()), it.value()); // fitting widths stay
    }
    QVERIFY(widened > 0); // German headers are longer: the saved widths were too narrow
}

void tst_MainWindow::missingKeyringOffersASecretForThisSession()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(file);
    ConnectionProfile profile;
    profile.name = QStringLiteral("stored-gcore");
    profile.settings = m_demo->profile(QStringLiteral("gcore"))->settings;
    QVERIFY2(store.add(profile), qPrintable(store.errorString()));
    ProfileListModel profiles(&store);
    UnavailableSecretStore keyring;
    MemorySecretStore session;

    MainWindow window(&profiles, &keyring, &session, &m_network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QSignalSpy loaded(&window, &MainWindow::pageLoaded);
    window.selectProfile(profiles.rowForName(profile.name));
    QVERIFY(failed.wait(5000));
    ErrorBanner *banner = window.banner();
    QVERIFY(banner->headline().contains(QStringLiteral("keyring is not available")));
    QVERIFY(banner->actionButton()->isVisible()); // Retry, as before
    QPushButton *sessionOnly = banner->secondaryActionButton();
    QVERIFY(sessionOnly->isVisible());
    QCOMPARE(sessionOnly->text(), QStringLiteral("Use a Secret for This &Session Only\u2026"));

    // Retry alone fails the same way and offers it again.
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(sessionOnly->isVisible());

    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    auto *dialog = window.findChild<SessionSecretDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal()); // window-modal through open()
    auto *secretEdit = dialog->findChild<QLineEdit *>(QStringLiteral("sessionSecretEdit"));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // nothing typed yet
    const QString secret = m_demo->profile(QStringLiteral("gcore"))->secret;
    QTest::keyClicks(secretEdit, secret);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // The profile opens with it; the secret is in the session store only.
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.currentProfileName(), profile.name);
    QVERIFY(!banner->isVisible());
    QCOMPARE(session.count(), 1);
    QCOMPARE(keyring.writeAttempts, 0);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(secret.toUtf8()));
    window.close();
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
}

void tst_MainWindow::demoProfilesShowInTheProfilesDialog()
{
    // As under --demo: a (here empty) profile file, and the demo's profiles in memory.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ProfileStore store(folder.filePath(QStringLiteral("profiles.json")));
    ProfileListModel profiles(&store);
    MemorySecretStore session;
    profiles.setExtraProfiles(m_demo->connectionProfiles(&session));
    MemorySecretStore keyring;
    MainWindow window(&profiles, &keyring, &session, &m_network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("profileList"));
    QCOMPARE(list->topLevelItemCount(), int(m_demo->profiles().size()));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("gcore (demo, read-only)"));

    // Each can be looked at, not edited or removed, and the banner says why.
    const auto *edit = dialog->findChild<QPushButton *>(QStringLiteral("editButton"));
    const auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
    auto *banner = dialog->findChild<ErrorBanner *>(QStringLiteral("banner"));
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(dialog->selectedProfile(), QStringLiteral("zitadel"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), ErrorBanner::Level::Information);
    QCOMPARE(banner->headline(),
             QStringLiteral("\u201czitadel\u201d is a profile of the offline demo and cannot be "
                            "edited or removed."));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    QVERIFY(url);
    QCOMPARE(url->text(), m_demo->baseUrl().toString());
    QVERIFY(!url->isEnabled());
    // Enter on the list (which edits a saved profile) changes nothing either.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(!dialog->isEditing());

    // Testing one works: its secret is the demo's, in memory.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    const QString readOnlyHeadline = banner->headline();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->headline() != readOnlyHeadline, 10000);
    QCOMPARE(banner->level(), ErrorBanner::Level::Information);
    dialog->close();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

void tst_MainWindow::storedProfilesAndTheProfilesDialog()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(file);
    // Kept "for this session only" (no keyring): the window must find the secrets there first.
    MemorySecretStore session;
    MemorySecretStore keyring; // stands in for the system keyring; it has nothing
    for (const QString &name : { QStringLiteral("gcore"), QStringLiteral("acronis") }) {
        ConnectionProfile profile;
        profile.name = QStringLiteral("stored-") + name;
        profile.settings = m_demo->profile(name)->settings;
        QVERIFY2(store.add(profile), qPrintable(store.errorString()));
        session.write(profile.name, m_demo->profile(name)->secret);
    }
    ProfileListModel profiles(&store);

    MainWindow window(&profiles, &keyring, &session, &m_network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::pageLoaded);
    const QString open = QStringLiteral("stored-acronis");
    window.selectProfile(profiles.rowForName(open)); // row 1: not where a reset lands
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.currentProfileName(), open);
    IdentityBackend *openBackend = window.backend();
    QVERIFY(openBackend);

    // Another front end adds a profile; the list is read again, the open profile stays open.
    ProfileStore other(file);
    QVERIFY(other.load());
    ConnectionProfile zitadel;
    zitadel.name = QStringLiteral("stored-zitadel");
    zitadel.settings = m_demo->profile(QStringLiteral("zitadel"))->settings;
    QVERIFY2(other.add(zitadel), qPrintable(other.errorString()));
    QVERIFY(store.load());
    QCOMPARE(profiles.rowCount(), 3);
    QCOMPARE(window.currentProfileName(), open);
    QCOMPARE(window.backend(), openBackend);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), open);

    // The profiles dialog opens from the File menu, without blocking.
    auto *action = window.findChild<QAction *>(QStringLiteral("profilesAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();

    // The open profile is removed elsewhere: the window moves to one that exists.
    QVERIFY(other.load());
    QVERIFY(other.remove(open));
    QVERIFY(store.load());
    QTRY_VERIFY(window.currentProfileName() != open);
    QVERIFY(profiles.rowForName(window.currentProfileName()) >= 0);
}
