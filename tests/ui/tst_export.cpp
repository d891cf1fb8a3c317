#include "DemoEnvironment.h"
#include "ExportDialog.h"
#include "ExportTask.h"
#include "InlineMessage.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "PythonCsvReader.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// Copy and export of the users table against the demo's mock server: the clipboard text as a
/// spreadsheet takes it, CSV read back by Python's csv module, JSON by QJsonDocument, awkward
/// cells (quotes, commas, line breaks, tabs, non-ASCII, formulas) fed through the model's
/// updateUser(), and a cancelled export that leaves no file.
class tst_Export : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void copyPutsHeaderAndRowsOnTheClipboard();
    void csvReadsBackWithPythonsCsvModule_data();
    void csvReadsBackWithPythonsCsvModule();
    void jsonOfAllFilteredRows();
    void cancelLeavesNoFile();
    void unwritableFileIsNamed();

private:
    /// Names the users in proxy rows 0..n-1 with `names` (the view shows them as is).
    void rename(const QStringList &names);
    /// Selects the proxy rows, as Ctrl+click does.
    void select(const QList<int> &rows);
    /// Opens the export dialog through the Export action.
    ExportDialog *openExport();
    bool exportTo(ExportDialog *dialog, const QString &path);
    /// Columns shown: Organisation hidden, Email moved first.
    void arrangeColumns();

    QTemporaryDir m_dir;
    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileListModel> m_profiles;
    MemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Export::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_export"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().first().toBool());
    m_profiles = std::make_unique<ProfileListModel>(nullptr);
    m_profiles->setExtraProfiles(m_demo->connectionProfiles(&m_secrets));
}

void tst_Export::init()
{
    m_window =
        MainWindowTest::open(m_profiles.get(), &m_secrets, &m_network, QStringLiteral("gcore"));
    QVERIFY(m_window);
    QCOMPARE(m_window->proxyModel()->rowCount(), 100);
}

void tst_Export::cleanup()
{
    m_window.reset();
}

void tst_Export::rename(const QStringList &names)
{
    for (int row = 0; row < names.size(); ++row) {
        User user =
            m_window->proxyModel()->index(row, 0).data(UserTableModel::UserRole).value<User>();
        user.displayName = names.at(row);
        QVERIFY(m_window->userModel()->updateUser(user));
    }
}

void tst_Export::select(const QList<int> &rows)
{
    UserTableView *view = m_window->tableView();
    view->setFocus();
    view->setCurrentIndex(m_window->proxyModel()->index(rows.first(), 0));
    for (const int row : rows.mid(1)) {
        const QRect rect = view->visualRect(m_window->proxyModel()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
    }
    QCOMPARE(view->selectionModel()->selectedRows().size(), rows.size());
}

void tst_Export::arrangeColumns()
{
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    header->setSectionHidden(UserTableModel::Organisation, true);
    header->moveSection(header->visualIndex(UserTableModel::Email), 0);
}

ExportDialog *tst_Export::openExport()
{
    QAction *action = m_window->userActions()->exportAction();
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog"));
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

bool tst_Export::exportTo(ExportDialog *dialog, const QString &path)
{
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::keyClicks(dialog->pathEdit(), path);
    QTest::keyClick(dialog->pathEdit(), Qt::Key_Return); // the default button: Export
    return (!finished.isEmpty() || finished.wait(15000))
        && finished.first().first().value<ExportTask::Result>() == ExportTask::Result::Written;
}

void tst_Export::copyPutsHeaderAndRowsOnTheClipboard()
{
    rename({ QStringLiteral("Tab\there"), QStringLiteral("Two\nlines"), QStringLiteral("Plain") });
    arrangeColumns();
    select({ 0, 1, 2 });
    QApplication::clipboard()->clear();
    QTest::keyClick(m_window->tableView(), Qt::Key_C, Qt::ControlModifier);

    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    const QList<int> columns = m_window->tableView()->visibleColumns();
    QCOMPARE(columns.size(), int(UserTableModel::ColumnCount) - 1);
    QCOMPARE(columns.first(), int(UserTableModel::Email));
    QStringList header;
    for (const int column : columns)
        header.append(m_window->proxyModel()->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')), header);
    const QStringList names { QStringLiteral("Tab here"), QStringLiteral("Two lines"),
                              QStringLiteral("Plain") };
    for (int row = 0; row < 3; ++row) {
        const QStringList cells = lines.at(row + 1).split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), columns.size());
        QCOMPARE(cells.at(columns.indexOf(UserTableModel::Name)), names.at(row));
        QCOMPARE(cells.at(0),
                 m_window->proxyModel()->index(row, UserTableModel::Email).data().toString());
    }
}

void tst_Export::csvReadsBackWithPythonsCsvModule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("inFile"); // as Python's csv module reads it back

    QTest::newRow("quotes") << "Ann \"the Admin\" O'Hara"
                            << "Ann \"the Admin\" O'Hara";
    QTest::newRow("commas") << "Smith, John"
                            << "Smith, John";
    QTest::newRow("line breaks") << "Line one\r\nline two\nthree"
                                 << "Line one\r\nline two\nthree";
    QTest::newRow("non-ASCII") << "Jürgen Ærø Ωmega 日本語 😀"
                               << "Jürgen Ærø Ωmega 日本語 😀";
    QTest::newRow("formula =") << "=HYPERLINK(\"http://x\",\"y\")"
                               << "'=HYPERLINK(\"http://x\",\"y\")";
    QTest::newRow("formula +") << "+1+1"
                               << "'+1+1";
    QTest::newRow("formula -") << "-2"
                               << "'-2";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
}

void tst_Export::csvReadsBackWithPythonsCsvModule()
{
    QFETCH(QString, name);
    QFETCH(QString, inFile);
    rename({ QStringLiteral("Before"), name, QStringLiteral("After") });
    arrangeColumns();
    select({ 0, 1, 2 });
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("exportWhatLabel"))
                 ->text()
                 .contains(QStringLiteral("3 selected")),
             "the dialog says that the selected rows go out");
    const QString path = m_dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(exportTo(dialog, path));
    QTRY_VERIFY(!m_window->findChild<ExportDialog *>(QStringLiteral("exportDialog")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PythonCsvReader python;
    const QJsonArray rows = python.read(file.readAll());
    QVERIFY2(python.error().isEmpty(), qPrintable(python.error()));
    QCOMPARE(rows.size(), 4);
    const QStringList header { QStringLiteral("email"),    QStringLiteral("id"),
                               QStringLiteral("login"),    QStringLiteral("name"),
                               QStringLiteral("verified"), QStringLiteral("state") };
    QStringList readHeader;
    for (const QJsonValue &cell : rows.at(0).toArray())
        readHeader.append(cell.toString());
    QCOMPARE(readHeader, header);
    const QJsonArray middle = rows.at(2).toArray();
    QCOMPARE(middle.size(), header.size());
    QCOMPARE(middle.at(3).toString(), inFile);
    QCOMPARE(middle.at(0).toString(),
             m_window->proxyModel()->index(1, UserTableModel::Email).data().toString());
    QCOMPARE(rows.at(3).toArray().at(3).toString(), QStringLiteral("After"));
}

void tst_Export::jsonOfAllFilteredRows()
{
    rename({ QStringLiteral("Jürgen \"J\", \n=1") });
    arrangeColumns();
    // One row selected is only where the cursor is: every filtered row goes out.
    select({ 0 });
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportWhatLabel"))
                ->text()
                .contains(QStringLiteral("All 100")));
    const QString path = m_dir.filePath(QStringLiteral("users.json"));
    QVERIFY(exportTo(dialog, path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray users = document.array();
    QCOMPARE(users.size(), 100);
    const QJsonObject first = users.at(0).toObject();
    // QJsonObject's keys are sorted.
    QCOMPARE(first.keys(),
             QStringList({ QStringLiteral("displayName"), QStringLiteral("email"),
                           QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("state"),
                           QStringLiteral("verification") }));
    QCOMPARE(first.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Jürgen \"J\", \n=1"));
    for (int row = 0; row < 100; row += 33) {
        QCOMPARE(users.at(row).toObject().value(QStringLiteral("id")).toString(),
                 m_window->proxyModel()
                     ->index(row, UserTableModel::Id)
                     .data(UserTableModel::IdRole)
                     .toString());
    }
}

void tst_Export::cancelLeavesNoFile()
{
    // An older export stays as it was; nothing else appears in the folder.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("big.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old export\n");
    }
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    dialog->setChunkSize(5); // 20 turns for the 100 rows
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::keyClicks(dialog->pathEdit(), path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("exportProgress"));
    QTRY_VERIFY(progress->value() > 0);
    QVERIFY(dialog->isExporting());
    QVERIFY(progress->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape); // stops the export, not the dialog
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ExportTask::Result>(), ExportTask::Result::Cancelled);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message()->text().contains(QStringLiteral("no file was written")));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old export\n"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("big.csv") });
    dialog->reject();
}

void tst_Export::unwritableFileIsNamed()
{
    ExportDialog *dialog = openExport();
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/users.csv"));
    QVERIFY(!exportTo(dialog, path));
    QCOMPARE(dialog->message()->level(), InlineMessage::Level::Error);
    QVERIFY2(dialog->message()->text().contains(QDir::toNativeSeparators(path)),
             qPrintable(dialog->message()->text()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog->pathEdit()->isEnabled());
    dialog->reject();
}

QTEST_MAIN(tst_Export)
#include "tst_export.moc"
