#include "BulkActions.h"
#include "BulkApplyPage.h"
#include "BulkChangeDialog.h"
#include "BulkCsvReader.h"
#include "BulkDomainPage.h"
#include "BulkPlanModel.h"
#include "BulkPlanResolver.h"
#include "BulkPlanView.h"
#include "BulkResultsPage.h"
#include "BulkResumeOffer.h"
#include "BulkReviewPage.h"
#include "BulkRunStore.h"
#include "BulkSelectionPage.h"
#include "BulkStatusFilter.h"
#include "ChangeJournal.h"
#include "ConfirmBar.h"
#include "DemoEnvironment.h"
#include "ErrorBanner.h"
#include "HistoryController.h"
#include "IdentityBackend.h"
#include "InlineMessage.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "PythonCsvReader.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

/// Bulk email changes in the desktop app against the demo's in-process mock server (real HTTP
/// on 127.0.0.1) and a real journal file in a temporary folder: rename domain and CSV import
/// planned and reviewed (drop, filter, counts, save), Gcore refusing every row, a refused CSV
/// naming line and column, apply with progress and results, pause and resume, cancel and the
/// offer to resume the run, export of the results and Retry Failed.
class tst_BulkChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void domainIsChecked_data();
    void domainIsChecked();
    void renameDomainReview();
    void gcoreRefusesEveryRow();
    void refusedCsvNamesLineAndColumn_data();
    void refusedCsvNamesLineAndColumn();
    void csvImportAppliesAndExports();
    void pauseThenResume();
    void cancelThenResumeOffer();
    void interruptedRunIsOffered();
    void retryFailedTriesOnlyTheFailedRows();

private:
    bool openWindow(const QString &profile);
    BulkActions *bulk() const { return m_window->findChild<BulkActions *>(); }
    /// The open bulk dialog, once it shows.
    BulkChangeDialog *dialog() const;
    /// Users in proxy rows [first, first + count) of the window's table.
    QList<User> users(int first, int count) const;
    /// Selects those rows and plans "Change emails" with the domain replaced by `domain`.
    BulkChangeDialog *planSelection(int first, int count, const QString &domain);
    /// Writes `csv` to a file and imports it through the window's bulk actions.
    BulkChangeDialog *importCsv(const QByteArray &csv);
    /// Sets the rate and applies through the confirmation.
    void apply(BulkChangeDialog *dialog, double requestsPerSecond = 0);
    static bool waitFor(BulkChangeDialog *dialog, BulkChangeDialog::Phase phase,
                        int timeoutMs = 30000);

    QTemporaryDir m_dir;
    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileListModel> m_profiles;
    MemorySecretStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_files = 0;
};

void tst_BulkChange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bulkchange"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    // A fresh journal per run: runs left unfinished by one run must not be offered to the next.
    qputenv("IDENTITYDESK_JOURNAL", QFile::encodeName(m_dir.filePath(QStringLiteral("j.sqlite"))));
    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().first().toBool());
    m_profiles = std::make_unique<ProfileListModel>(nullptr);
    m_profiles->setExtraProfiles(m_demo->connectionProfiles(&m_secrets));
}

void tst_BulkChange::cleanup()
{
    m_window.reset();
}

bool tst_BulkChange::openWindow(const QString &profile)
{
    m_window.reset();
    m_window = MainWindowTest::open(m_profiles.get(), &m_secrets, &m_network, profile);
    return m_window && bulk();
}

BulkChangeDialog *tst_BulkChange::dialog() const
{
    BulkChangeDialog *dialog = bulk() ? bulk()->dialog() : nullptr;
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

bool tst_BulkChange::waitFor(BulkChangeDialog *dialog, BulkChangeDialog::Phase phase, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (dialog->phase() != phase && !deadline.hasExpired())
        QTest::qWait(20);
    if (dialog->phase() != phase)
        qWarning("phase %d, banner: %s %s", int(dialog->phase()),
                 qPrintable(dialog->banner()->headline()), qPrintable(dialog->banner()->details()));
    return dialog->phase() == phase;
}

QList<User> tst_BulkChange::users(int first, int count) const
{
    QList<User> users;
    for (int row = first; row < first + count; ++row)
        users.append(
            m_window->proxyModel()->index(row, 0).data(UserTableModel::UserRole).value<User>());
    return users;
}

BulkChangeDialog *tst_BulkChange::planSelection(int first, int count, const QString &domain)
{
    UserTableView *view = m_window->tableView();
    const QAbstractItemModel *model = view->model();
    view->selectionModel()->select(
        QItemSelection(model->index(first, 0), model->index(first + count - 1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Then also in the rows' context menu.
    const auto *rowAction = m_window->findChild<QAction *>(QStringLiteral("changeEmailsRowAction"));
    if (!bulk()->changeEmailsAction()->isEnabled() || !rowAction || !rowAction->isVisible())
        return nullptr;
    bulk()->changeEmailsAction()->trigger();
    BulkChangeDialog *dialog = this->dialog();
    if (!dialog || !dialog->selectionPage())
        return nullptr;
    BulkSelectionPage *page = dialog->selectionPage();
    if (page->table()->rowCount() != count)
        return nullptr;
    QTest::keyClicks(page->domainEdit(), domain);
    QTest::mouseClick(page->replaceButton(), Qt::LeftButton);
    QTest::mouseClick(page->planButton(), Qt::LeftButton);
    return waitFor(dialog, BulkChangeDialog::Phase::Review) ? dialog : nullptr;
}

BulkChangeDialog *tst_BulkChange::importCsv(const QByteArray &csv)
{
    const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return nullptr;
    file.close();
    bulk()->importCsvFile(path);
    return dialog();
}

void tst_BulkChange::apply(BulkChangeDialog *dialog, double requestsPerSecond)
{
    BulkReviewPage *review = dialog->reviewPage();
    review->rateSpin()->setValue(requestsPerSecond);
    QVERIFY(review->applyButton()->isEnabled());
    QTest::mouseClick(review->applyButton(), Qt::LeftButton);
    ConfirmBar *confirm = review->confirmBar();
    QVERIFY(confirm->isVisible());
    const QString question = confirm->question()->text();
    QVERIFY2(question.contains(dialog->model()->plan().profile), qPrintable(question));
    QVERIFY2(question.contains(dialog->model()->plan().serverHost), qPrintable(question));
    QVERIFY2(question.contains(QString::number(dialog->model()->count(BulkPlanModel::Ready))),
             qPrintable(question));
    QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
    QVERIFY(dialog->applier());
}

void tst_BulkChange::domainIsChecked_data()
{
    QTest::addColumn<QString>("oldDomain");
    QTest::addColumn<QString>("newDomain");
    QTest::addColumn<bool>("canPlan");
    QTest::addColumn<bool>("problemShown");

    QTest::newRow("both fine") << "fabrikam.example"
                               << "fabrikam.test" << true << false;
    QTest::newRow("new empty") << "fabrikam.example"
                               << "" << false << false;
    QTest::newRow("new not a domain") << "fabrikam.example"
                                      << "fabrikam test" << false << true;
    QTest::newRow("an address") << "fabrikam.example"
                                << "a@b.example" << false << true;
    QTest::newRow("the same, other case") << "fabrikam.example"
                                          << "Fabrikam.EXAMPLE" << false << true;
}

void tst_BulkChange::domainIsChecked()
{
    QFETCH(QString, oldDomain);
    QFETCH(QString, newDomain);
    QFETCH(bool, canPlan);
    QFETCH(bool, problemShown);
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    bulk()->renameDomainAction()->trigger();
    BulkChangeDialog *dialog = this->dialog();
    QVERIFY(dialog);
    BulkDomainPage *page = dialog->domainPage();
    QVERIFY(page && page->oldEdit()->hasFocus());
    QTest::keyClicks(page->oldEdit(), oldDomain);
    QTest::keyClicks(page->newEdit(), newDomain);
    QCOMPARE(page->planButton()->isEnabled(), canPlan);
    const auto *problem = page->findChild<InlineMessage *>(QStringLiteral("newDomainProblem"));
    QCOMPARE(problem->hasMessage(), problemShown);
    // Escape closes the window; nothing was planned.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!bulk()->dialog());
}

void tst_BulkChange::renameDomainReview()
{
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    bulk()->renameDomainAction()->trigger();
    BulkChangeDialog *dialog = this->dialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->domainPage()->oldEdit(), QStringLiteral("northwind.example"));
    QTest::keyClicks(dialog->domainPage()->newEdit(), QStringLiteral("northwind.test"));
    QTest::keyClick(dialog->domainPage()->newEdit(), Qt::Key_Return); // Plan is the default
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Review));

    BulkPlanModel *model = dialog->model();
    const int total = model->rowCount();
    QVERIFY(total > 5);
    QCOMPARE(model->plan().source,
             QStringLiteral("rename-domain:northwind.example=northwind.test"));
    for (const BulkPlanRow &row : model->plan().rows) {
        QVERIFY2(row.isReady(), qPrintable(row.reason));
        QVERIFY(row.oldEmail.endsWith(QLatin1String("@northwind.example"), Qt::CaseInsensitive));
        QCOMPARE(row.newEmail,
                 row.oldEmail.section(QLatin1Char('@'), 0, 0) + QStringLiteral("@northwind.test"));
    }
    BulkPlanView *view = dialog->planView();
    QCOMPARE(view->countsLabel()->text(), QStringLiteral("%1 ready").arg(total));

    // Delete drops the current row; the counts and the filter follow.
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 0));
    const int dropped = view->selectedRows().constFirst();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(model->isDropped(dropped));
    QVERIFY(view->countsLabel()->text().startsWith(
        QStringLiteral("%1 ready, 1 dropped").arg(total - 1)));
    view->showOnly(BulkPlanModel::Dropped);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(view->filter()->mapToSource(table->model()->index(0, 0)).row(), dropped);
    QVERIFY(view->countsLabel()->text().contains(QStringLiteral("showing 1")));
    view->showOnly(BulkPlanModel::Ready);
    QCOMPARE(table->model()->rowCount(), total - 1);
    view->showOnly(BulkPlanModel::Refused);
    QCOMPARE(table->model()->rowCount(), 0);
    view->showAll();
    QCOMPARE(table->model()->rowCount(), total);

    // The saved plan has the row dropped.
    const QString path = m_dir.filePath(QStringLiteral("rename.json"));
    QVERIFY(dialog->savePlanTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<BulkPlan> saved = BulkPlan::fromJson(file.readAll(), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->rows.size(), total);
    QCOMPARE(saved->rows.at(dropped).status, BulkPlanRow::Status::Dropped);
    QCOMPARE(saved->profile, QStringLiteral("zitadel"));

    // Delete again restores it; with every row dropped Apply is disabled.
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(model->count(BulkPlanModel::Ready), total);
    table->selectAll();
    QCOMPARE(dialog->reviewPage()->dropButton()->text(), QStringLiteral("&Drop Row"));
    QTest::mouseClick(dialog->reviewPage()->dropButton(), Qt::LeftButton);
    QCOMPARE(model->count(BulkPlanModel::Dropped), total);
    QVERIFY(!dialog->reviewPage()->applyButton()->isEnabled());
    QCOMPARE(dialog->reviewPage()->dropButton()->text(), QStringLiteral("Re&store Row"));
    QCOMPARE(view->countsLabel()->text(), QStringLiteral("0 ready, %1 dropped").arg(total));
    dialog->close();
    QTRY_VERIFY(!bulk()->dialog());
}

void tst_BulkChange::gcoreRefusesEveryRow()
{
    QVERIFY(openWindow(QStringLiteral("gcore")));
    bulk()->renameDomainAction()->trigger();
    BulkChangeDialog *dialog = this->dialog();
    QVERIFY(dialog);
    dialog->planDomainRename(QStringLiteral("blueharbor.example"),
                             QStringLiteral("blueharbor.test"));
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Review));
    BulkPlanModel *model = dialog->model();
    QVERIFY(model->rowCount() > 0);
    const QString reason = BulkPlanResolver::bulkRefusal(m_window->backend()->capabilities());
    QVERIFY(!reason.isEmpty());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->categoryOf(row), BulkPlanModel::Refused);
        QCOMPARE(model->index(row, BulkPlanModel::Message).data().toString(), reason);
    }
    QCOMPARE(dialog->planView()->countsLabel()->text(),
             QStringLiteral("0 ready, %1 refused").arg(model->rowCount()));
    QVERIFY(!dialog->reviewPage()->applyButton()->isEnabled());
    QVERIFY(!dialog->reviewPage()->dropButton()->isEnabled());
}

void tst_BulkChange::refusedCsvNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");

    QTest::newRow("wrong header") << QByteArray("usr,new_email\n1,a@b.example\n");
    QTest::newRow("too many cells")
        << QByteArray("user,new_email\n1,a@b.example\n2,c@d.example,x\n");
    QTest::newRow("unterminated quote")
        << QByteArray("user,new_email\r\n1,\"a@b.example\r\n2,c@d.example\r\n");
    QTest::newRow("not UTF-8") << QByteArray("user,new_email\n1,\xe9t\xe9@b.example\n");
}

void tst_BulkChange::refusedCsvNamesLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    BulkCsvReader reader;
    QVERIFY(!reader.read(csv));
    QVERIFY(reader.errorLine() > 0);
    BulkChangeDialog *dialog = importCsv(csv);
    QVERIFY(dialog);
    QCOMPARE(dialog->phase(), BulkChangeDialog::Phase::Source);
    ErrorBanner *banner = dialog->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), ErrorBanner::Level::Error);
    QVERIFY2(banner->headline().contains(QStringLiteral("nothing was planned")),
             qPrintable(banner->headline()));
    QCOMPARE(banner->details(), reader.error());
    QVERIFY2(banner->details().contains(QStringLiteral("line %1").arg(reader.errorLine())),
             qPrintable(banner->details()));
    // A problem that belongs to a whole line (a quote never closed) has no column.
    if (reader.errorColumn() > 0)
        QVERIFY2(banner->details().contains(QStringLiteral("column %1").arg(reader.errorColumn())),
                 qPrintable(banner->details()));
    QCOMPARE(dialog->model()->rowCount(), 0);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!bulk()->dialog());
}

void tst_BulkChange::csvImportAppliesAndExports()
{
    QVERIFY(openWindow(QStringLiteral("acronis")));
    const QList<User> chosen = users(0, 4);
    QByteArray csv = "User;New_Email\r\n"; // semicolons and CRLF, as spreadsheets write
    for (int i = 0; i < chosen.size(); ++i) {
        const QString reference =
            i % 2 ? QStringLiteral("email:") + chosen.at(i).email : chosen.at(i).id;
        csv += (reference
                + QStringLiteral(";csv%1.%2@northwind.test\r\n")
                      .arg(i)
                      .arg(chosen.at(i).login.section(QLatin1Char('@'), 0, 0)))
                   .toUtf8();
    }
    csv += "email:nobody@nowhere.example;nobody@northwind.test\r\n";
    BulkChangeDialog *dialog = importCsv(csv);
    QVERIFY(dialog);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Review));
    BulkPlanModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(dialog->planView()->countsLabel()->text(), QStringLiteral("4 ready, 1 refused"));
    QCOMPARE(model->plan().rows.at(4).refusal, BulkPlanRow::Refusal::UserNotFound);
    QVERIFY(!model->index(4, BulkPlanModel::Message).data().toString().isEmpty());
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model->plan().rows.at(row).userId, chosen.at(row).id);

    apply(dialog);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Results));
    QCOMPARE(dialog->applier()->state(), BulkApplier::State::Finished);
    QCOMPARE(dialog->applyPage()->progressBar()->value(),
             dialog->applyPage()->progressBar()->maximum());
    QCOMPARE(dialog->applyPage()->countText(), QStringLiteral("4 of 4"));
    QCOMPARE(model->count(BulkPlanModel::Succeeded), 4);
    QCOMPARE(model->count(BulkPlanModel::Refused), 1);
    QCOMPARE(dialog->resultsPage()->message()->level(), InlineMessage::Level::Success);
    QVERIFY(!dialog->resultsPage()->retryButton()->isEnabled());
    // The results filter: the succeeded rows, then the refused one.
    BulkPlanView *view = dialog->planView();
    view->showOnly(BulkPlanModel::Succeeded);
    QCOMPARE(view->table()->model()->rowCount(), 4);
    view->showOnly(BulkPlanModel::Failed);
    QCOMPARE(view->table()->model()->rowCount(), 0);

    // CSV read back by Python's csv module: every row, the refused one with its reason.
    const QString csvPath = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(dialog->exportResultsTo(csvPath));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    PythonCsvReader python;
    const QJsonArray records = python.read(csvFile.readAll());
    QVERIFY2(!records.isEmpty(), qPrintable(python.error()));
    QCOMPARE(records.size(), 6);
    const QString lastRow =
        QString::fromUtf8(QJsonDocument(records.at(5).toArray()).toJson(QJsonDocument::Compact));
    QVERIFY2(lastRow.contains(QStringLiteral("nobody@northwind.test")), qPrintable(lastRow));
    // JSON: the same rows.
    const QString jsonPath = m_dir.filePath(QStringLiteral("results.json"));
    QVERIFY(dialog->exportResultsTo(jsonPath));
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).array().size(), 5);
    // Any other ending is refused, nothing written.
    const QString txtPath = m_dir.filePath(QStringLiteral("results.txt"));
    QVERIFY(!dialog->exportResultsTo(txtPath));
    QVERIFY(!QFile::exists(txtPath));
    QCOMPARE(dialog->banner()->level(), ErrorBanner::Level::Error);
}

void tst_BulkChange::pauseThenResume()
{
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    BulkChangeDialog *dialog = planSelection(10, 8, QStringLiteral("paused.test"));
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->count(BulkPlanModel::Ready), 8);
    apply(dialog, 6); // each row reads, then changes: 3 rows a second
    QCOMPARE(dialog->phase(), BulkChangeDialog::Phase::Applying);
    BulkApplyPage *page = dialog->applyPage();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->applier()->progress().done >= 1, 15000);
    QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
    QCOMPARE(dialog->applier()->state(), BulkApplier::State::Paused);
    QCOMPARE(page->pauseButton()->text(), QStringLiteral("&Resume"));
    QCOMPARE(page->rateText(), QStringLiteral("Paused"));
    // The rows in flight finish; then nothing more starts.
    QTest::qWait(1500);
    const int done = dialog->applier()->progress().done;
    QTest::qWait(1000);
    QCOMPARE(dialog->applier()->progress().done, done);
    QVERIFY(done < 8);
    QVERIFY(page->countText().startsWith(QString::number(done) + QStringLiteral(" of 8")));

    QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
    QCOMPARE(page->pauseButton()->text(), QStringLiteral("&Pause"));
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Results));
    QCOMPARE(dialog->model()->count(BulkPlanModel::Succeeded), 8);
    QCOMPARE(page->countText(), QStringLiteral("8 of 8"));
}

void tst_BulkChange::cancelThenResumeOffer()
{
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    BulkChangeDialog *dialog = planSelection(20, 10, QStringLiteral("cancelled.test"));
    QVERIFY(dialog);
    const QString job = dialog->model()->plan().jobId;
    apply(dialog, 4);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->applier()->progress().done >= 1, 15000);
    // Escape asks first, and says what happens to a row in flight.
    QTest::keyClick(dialog, Qt::Key_Escape);
    ConfirmBar *confirm = dialog->applyPage()->confirmBar();
    QVERIFY(confirm->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(confirm->question()->text().contains(QStringLiteral("no answer")));
    QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Results));
    QCOMPARE(dialog->applier()->state(), BulkApplier::State::Cancelled);
    BulkPlanModel *model = dialog->model();
    const int succeeded = model->count(BulkPlanModel::Succeeded);
    QVERIFY(succeeded >= 1);
    QVERIFY(model->count(BulkPlanModel::NotStarted) + model->count(BulkPlanModel::NoAnswer) > 0);
    QVERIFY(dialog->resultsPage()->retryButton()->isEnabled());
    {
        BulkRunStore store(*m_window->history()->journal());
        QVERIFY(store.open());
        const std::optional<BulkRun> run = store.run(job);
        QVERIFY(run);
        QCOMPARE(run->state, QStringLiteral("cancelled"));
        QVERIFY(run->isUnfinished());
    }
    dialog->close();
    QTRY_VERIFY(!bulk()->dialog());

    // The next time the profile opens, the run is offered, named with its counts.
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    BulkResumeOffer *offer = bulk()->resumeOffer();
    QVERIFY(offer->isVisible());
    QCOMPARE(offer->jobId(), job);
    const QString text = offer->message()->text();
    {
        BulkRunStore store(*m_window->history()->journal());
        QVERIFY(store.open());
        const std::optional<BulkRun> run = store.run(job);
        QVERIFY(run);
        const BulkRunCounts counts = BulkRunStore::counts(*run, *m_window->history()->journal());
        QCOMPARE(counts.ready, 10);
        QCOMPARE(counts.changed + counts.verificationMailed, succeeded);
        QVERIFY2(text.contains(job) && text.contains(QStringLiteral("selection, 10 rows"))
                     && text.contains(BulkResumeOffer::countsText(counts))
                     && text.contains(QStringLiteral("not started")),
                 qPrintable(text));
    }
    // Another profile has no run to offer.
    QVERIFY(openWindow(QStringLiteral("acronis")));
    QVERIFY(!bulk()->resumeOffer()->isVisible());

    QVERIFY(openWindow(QStringLiteral("zitadel")));
    QTest::mouseClick(bulk()->resumeOffer()->resumeButton(), Qt::LeftButton);
    QVERIFY(!bulk()->resumeOffer()->isVisible());
    dialog = this->dialog();
    QVERIFY(dialog);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Results));
    QCOMPARE(dialog->model()->plan().jobId, job);
    QCOMPARE(dialog->model()->count(BulkPlanModel::Succeeded), 10);
    // Rows done before were not sent again: they come from the journal.
    int fromEarlier = 0;
    for (const BulkRowResult &result : dialog->applier()->results())
        fromEarlier += result.fromEarlierRun ? 1 : 0;
    QCOMPARE(fromEarlier, succeeded);
    dialog->close();
    QTRY_VERIFY(!bulk()->dialog());
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    QVERIFY(!bulk()->resumeOffer()->isVisible());
}

void tst_BulkChange::interruptedRunIsOffered()
{
    // A run "applying" by a process of this machine that is gone: killed or crashed.
    QVERIFY(openWindow(QStringLiteral("acronis")));
    BulkPlan plan;
    plan.jobId = BulkPlan::newJobId();
    plan.created = QDateTime::currentDateTimeUtc();
    plan.profile = QStringLiteral("acronis");
    plan.backend = QStringLiteral("acronis");
    plan.serverHost = m_demo->baseUrl().host();
    plan.source = QStringLiteral("csv:crashed.csv");
    const User user = users(8, 1).constFirst();
    BulkPlanRow row;
    row.row = 1;
    row.userReference = user.id;
    row.userId = user.id;
    row.login = user.login;
    row.oldEmail = user.email;
    row.newEmail = QStringLiteral("crashed@northwind.test");
    plan.rows = { row };
    ChangeJournal *journal = m_window->history()->journal();
    {
        BulkRunStore store(*journal);
        QVERIFY(store.open());
        QVERIFY(store.addRun(plan));
        // Applying by this process, which is alive: not offered.
        QVERIFY(!store.run(plan.jobId)->isUnfinished());
    }
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_bulkchange"));
        db.setDatabaseName(journal->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE bulk_runs SET process_id = ? WHERE job_id = ?"));
        query.addBindValue(deadPid);
        query.addBindValue(plan.jobId);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_bulkchange"));

    QVERIFY(openWindow(QStringLiteral("acronis")));
    BulkResumeOffer *offer = bulk()->resumeOffer();
    QVERIFY(offer->isVisible());
    QCOMPARE(offer->jobId(), plan.jobId);
    QVERIFY2(offer->message()->text().contains(QStringLiteral("csv:crashed.csv")),
             qPrintable(offer->message()->text()));
    QVERIFY2(offer->message()->text().contains(QStringLiteral("1 not started")),
             qPrintable(offer->message()->text()));
    // Later hides it until the profile opens again.
    QTest::mouseClick(offer->laterButton(), Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    QVERIFY(!bulk()->dialog());
    QVERIFY(openWindow(QStringLiteral("acronis")));
    QVERIFY(bulk()->resumeOffer()->isVisible());
    QTest::mouseClick(bulk()->resumeOffer()->resumeButton(), Qt::LeftButton);
    BulkChangeDialog *dialog = this->dialog();
    QVERIFY(dialog);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Results));
    QCOMPARE(dialog->model()->count(BulkPlanModel::Succeeded), 1);
    dialog->close();
    QTRY_VERIFY(!bulk()->dialog());
}

void tst_BulkChange::retryFailedTriesOnlyTheFailedRows()
{
    QVERIFY(openWindow(QStringLiteral("zitadel")));
    const QList<User> chosen = users(40, 5);
    // The desktop takes internationalised domains; the mock, like many servers, refuses them:
    // those rows fail on the server, not in the plan.
    QByteArray csv = "user,new_email\n";
    for (int i = 0; i < chosen.size(); ++i)
        csv += (chosen.at(i).id + QLatin1Char(',') + QStringLiteral("retry%1@").arg(i)
                + (i < 2 ? QStringLiteral("bücher.example") : QStringLiteral("retry.test"))
                + QLatin1Char('\n'))
                   .toUtf8();
    BulkChangeDialog *dialog = importCsv(csv);
    QVERIFY(dialog);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Review));
    QCOMPARE(dialog->model()->count(BulkPlanModel::Ready), 5);
    apply(dialog);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Results));
    BulkPlanModel *model = dialog->model();
    QCOMPARE(model->count(BulkPlanModel::Succeeded), 3);
    QCOMPARE(model->count(BulkPlanModel::Failed), 2);
    QCOMPARE(dialog->resultsPage()->message()->level(), InlineMessage::Level::Warning);
    QVERIFY(!model->index(0, BulkPlanModel::Message).data().toString().isEmpty());
    dialog->planView()->showOnly(BulkPlanModel::Failed);
    QCOMPARE(dialog->planView()->table()->model()->rowCount(), 2);

    QVERIFY(dialog->resultsPage()->retryButton()->isEnabled());
    QTest::mouseClick(dialog->resultsPage()->retryButton(), Qt::LeftButton);
    QVERIFY(waitFor(dialog, BulkChangeDialog::Phase::Results));
    // The same job again: the failed rows were tried (and fail again), the others not resent;
    // a row costs at most a read, the change and (ZITADEL) a read of the result.
    const int sent = dialog->applier()->requestsSent();
    QVERIFY2(sent >= 2 && sent <= 2 * 3, qPrintable(QString::number(sent)));
    QCOMPARE(model->count(BulkPlanModel::Failed), 2);
    QCOMPARE(model->count(BulkPlanModel::Succeeded), 3);
    for (int row = 2; row < 5; ++row)
        QVERIFY(model->results().at(row).fromEarlierRun);
}

QTEST_MAIN(tst_BulkChange)
#include "tst_bulkchange.moc"
