#include "BackendFactory.h"
#include "ChangeEmailDialog.h"
#include "ChangeJournal.h"
#include "DemoEnvironment.h"
#include "DialogTestSupport.h"
#include "ErrorBanner.h"
#include "HistoryController.h"
#include "HistoryModel.h"
#include "HistoryWindow.h"
#include "IdentityBackend.h"
#include "InlineMessage.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace DialogTest;

/// The change journal in the desktop app, against the demo's in-process mock server and a real
/// journal file in a temporary folder: changes made in the change-email dialog appear in the
/// history window, which filters and verifies; "History of this user"; the dialog's line on
/// the last change; a journal that cannot be written stops the change before it is sent.
class tst_History : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void dialogChangesAppearInTheHistory();
    void filters_data();
    void filters();
    void verifyReportsIntactThenTheAlteredEntry();
    void foreignJournalStopsTheChange();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &profile);
    /// Changes the email of the user in `proxyRow` through the window's dialog.
    void changeThroughTheDialog(MainWindow &window, int proxyRow, const QString &newEmail);

    QTemporaryDir m_dir;
    QString m_journalPath;
    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileListModel> m_profiles;
    MemorySecretStore m_secrets;
    /// The users changed by dialogChangesAppearInTheHistory: id and new address.
    QList<std::pair<QString, QString>> m_changed;
};

void tst_History::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_history"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    // A fresh journal per run: the last test alters it on purpose.
    m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
    qputenv("IDENTITYDESK_JOURNAL", QFile::encodeName(m_journalPath));

    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().first().toBool());
    m_profiles = std::make_unique<ProfileListModel>(nullptr);
    m_profiles->setExtraProfiles(m_demo->connectionProfiles(&m_secrets));
}

std::unique_ptr<MainWindow> tst_History::openWindow(const QString &profile)
{
    return MainWindowTest::open(m_profiles.get(), &m_secrets, &m_network, profile);
}

void tst_History::changeThroughTheDialog(MainWindow &window, int proxyRow, const QString &newEmail)
{
    ChangeEmailDialog *dialog = MainWindowTest::openChangeEmailDialog(window, proxyRow);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, "newEmailEdit"), newEmail);
    click(*dialog, "nextButton");
    QSignalSpy changed(dialog, &ChangeEmailDialog::emailChanged);
    click(*dialog, "changeButton");
    QVERIFY(changed.wait(15000));
    QTRY_VERIFY(!window.userActions()->dialog());
}

void tst_History::dialogChangesAppearInTheHistory()
{
    auto window = openWindow(QStringLiteral("zitadel"));
    QVERIFY(window);
    QVERIFY(!window->history()->banner()->isVisibleTo(window.get()));
    for (const int row : { 1, 2 }) {
        const User user =
            window->proxyModel()->index(row, 0).data(UserTableModel::UserRole).value<User>();
        const QString address = QStringLiteral("hist-%1@example.org").arg(row);
        changeThroughTheDialog(*window, row, address);
        m_changed.append({ user.id, address });
    }

    // Ctrl+H opens the history, newest first.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window->tableView(), Qt::Key_H, Qt::ControlModifier);
    HistoryWindow *history = window->history()->historyWindow();
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    HistoryModel *model = history->model();
    QCOMPARE(model->rowCount(), 2);
    const QList<std::pair<QString, QString>> newestFirst { m_changed.at(1), m_changed.at(0) };
    for (int row = 0; row < 2; ++row) {
        const JournalChange &change = model->changeAt(row);
        QCOMPARE(change.intent.userId, newestFirst.at(row).first);
        QCOMPARE(model->index(row, HistoryModel::NewEmail).data().toString(),
                 newestFirst.at(row).second);
        QCOMPARE(model->index(row, HistoryModel::Profile).data().toString(),
                 QStringLiteral("zitadel"));
        QCOMPARE(model->index(row, HistoryModel::Operator).data().toString(),
                 ChangeJournal::currentOperator());
        QVERIFY(!change.intent.oldEmail.isEmpty());
        QCOMPARE(change.intent.backend, QStringLiteral("zitadel"));
        QVERIFY2(change.state() == QLatin1String("changed")
                     || change.state() == QLatin1String("verification-mailed"),
                 qPrintable(change.state()));
    }
    history->close();

    // "History of this user" from the table: that user only.
    window->tableView()->setCurrentIndex(window->proxyModel()->index(1, 0));
    window->userActions()->userHistoryAction()->trigger();
    QTRY_VERIFY(window->history()->historyWindow()
                && window->history()->historyWindow()->isVisible());
    history = window->history()->historyWindow();
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->changeAt(0).intent.userId, m_changed.at(0).first);
    QCOMPARE(child<QLineEdit>(*history, "historyUserEdit")->text(), m_changed.at(0).first);
    history->close();

    // The dialog on that user tells its last change in one line.
    ChangeEmailDialog *dialog = MainWindowTest::openChangeEmailDialog(*window, 1);
    QVERIFY(dialog);
    auto *line = child<QLabel>(*dialog, "lastChangeLabel");
    QVERIFY(line && line->isVisible());
    QVERIFY2(line->text().contains(m_changed.at(0).second), qPrintable(line->text()));
    QVERIFY2(line->text().contains(ChangeJournal::currentOperator()), qPrintable(line->text()));
    screenshot(*dialog, QStringLiteral("change-email-last-change"));
    dialog->reject();
}

void tst_History::filters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("every change") << ""
                                  << "" << 2;
    QTest::newRow("by user id") << "historyUserEdit"
                                << "#0" << 1;
    QTest::newRow("by profile") << "historyProfileCombo"
                                << "zitadel" << 2;
    QTest::newRow("by a profile without changes") << "historyProfileCombo"
                                                  << "gcore" << 0;
    QTest::newRow("by text, part of an address") << "historyTextEdit"
                                                 << "HIST-2@" << 1;
    QTest::newRow("by text, nothing matches") << "historyTextEdit"
                                              << "nobody-zq" << 0;
}

void tst_History::filters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, expected);
    QCOMPARE(m_changed.size(), 2);
    if (value == QLatin1String("#0"))
        value = m_changed.at(0).first;

    ChangeJournal journal;
    QVERIFY(journal.open());
    HistoryWindow window(&journal);
    window.setProfileNames({ QStringLiteral("gcore"), QStringLiteral("zitadel") });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (auto *edit = window.findChild<QLineEdit *>(field)) {
        edit->setFocus();
        QTest::keyClicks(edit, value);
        QTest::keyClick(edit, Qt::Key_Return);
    } else if (auto *combo = window.findChild<QComboBox *>(field)) {
        combo->setFocus();
        const int index = combo->findData(value);
        QVERIFY(index > 0);
        // As a keyboard user chooses: the arrow keys from "All profiles".
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
    }
    QCOMPARE(window.model()->rowCount(), expected);
    for (int row = 0; row < expected; ++row) {
        const JournalChange &change = window.model()->changeAt(row);
        if (field == QLatin1String("historyUserEdit"))
            QCOMPARE(change.intent.userId, value);
        if (field == QLatin1String("historyProfileCombo"))
            QCOMPARE(change.intent.profile, value);
    }
    const QString count = child<QLabel>(window, "historyCount")->text();
    QVERIFY2(expected == 0 ? count.contains(QStringLiteral("No change matches"))
                           : count.contains(QString::number(expected)),
             qPrintable(count));
}

void tst_History::verifyReportsIntactThenTheAlteredEntry()
{
    ChangeJournal journal;
    QVERIFY(journal.open());
    HistoryWindow window(&journal);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy verified(&window, &HistoryWindow::verified);
    click(window, "verifyJournalButton");
    QVERIFY(verified.wait(15000));
    auto result = verified.takeFirst().first().value<JournalVerifier::Result>();
    QVERIFY2(result.intact, qPrintable(result.problem));
    QCOMPARE(result.entries, 4); // two intents, two outcomes
    QCOMPARE(window.verifyMessage()->level(), InlineMessage::Level::Success);
    QVERIFY(window.verifyMessage()->text().contains(result.headHash));
    screenshot(window, QStringLiteral("history-verified"));

    // Someone edits the first change's new address in the file, behind the program's back.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_journalPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE entries SET new_email = 'mallory@example.org' "
                                          "WHERE sequence = 1")));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    click(window, "verifyJournalButton");
    QVERIFY(verified.wait(15000));
    result = verified.takeFirst().first().value<JournalVerifier::Result>();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSequence, 1);
    QCOMPARE(window.verifyMessage()->level(), InlineMessage::Level::Error);
    QVERIFY2(window.verifyMessage()->text().contains(QStringLiteral("entry 1 was altered")),
             qPrintable(window.verifyMessage()->text()));
    screenshot(window, QStringLiteral("history-altered"));
}

void tst_History::foreignJournalStopsTheChange()
{
    // A text file where the journal should be: IdentityDesk neither uses nor replaces it.
    const QString foreignPath = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(foreignPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my notes, not a journal\n");
    }
    ChangeJournal foreign(foreignPath);
    QVERIFY(!foreign.open());

    const DemoProfile profile = *m_demo->profile(QStringLiteral("zitadel"));
    std::unique_ptr<IdentityBackend> backend(
        BackendFactory::create(&m_network, profile.settings, profile.secret));
    const User user = firstPage(*backend).value(5);
    QVERIFY(!user.id.isEmpty());
    ChangeEmailDialog dialog(backend.get(), user, &foreign,
                             { QStringLiteral("zitadel"), QStringLiteral("zitadel"), {}, {} });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString address = QStringLiteral("never-sent@example.org");
    QTest::keyClicks(child<QLineEdit>(dialog, "newEmailEdit"), address);
    click(dialog, "nextButton");
    click(dialog, "changeButton");

    // Back on the form at once, the input kept, the reason in the dialog.
    QCOMPARE(child<QStackedWidget>(dialog, "stack")->currentWidget()->objectName(),
             QStringLiteral("formPage"));
    QCOMPARE(child<QLineEdit>(dialog, "newEmailEdit")->text(), address);
    auto *banner = child<ErrorBanner>(dialog, "errorBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    QVERIFY2(banner->details().contains(QStringLiteral("notes.txt")),
             qPrintable(banner->details()));
    screenshot(dialog, QStringLiteral("change-email-journal-refused"));

    // Nothing reached the server, and the file is as it was.
    const auto read = wait<User>(backend->user(user.id), [](UserJob *job) { return job->user(); });
    QVERIFY(read);
    QCOMPARE(read->email, user.email);
    QFile file(foreignPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes, not a journal\n"));
    dialog.reject();

    // The main window says so when it starts with such a journal.
    qputenv("IDENTITYDESK_JOURNAL", QFile::encodeName(foreignPath));
    MainWindow window(m_profiles.get(), nullptr, &m_secrets, &m_network);
    qputenv("IDENTITYDESK_JOURNAL", QFile::encodeName(m_journalPath));
    ErrorBanner *journalBanner = window.history()->banner();
    QVERIFY(journalBanner->isVisibleTo(&window));
    QCOMPARE(journalBanner->level(), ErrorBanner::Level::Error);
    QVERIFY(journalBanner->details().contains(QStringLiteral("notes.txt")));
}

QTEST_MAIN(tst_History)
#include "tst_history.moc"
