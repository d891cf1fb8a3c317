// BulkPlanModel and BulkStatusFilter on a hand-made plan: cells and tooltips, dropping and
// restoring rows, the counts, the status filter while reviewing and once results are in.

#include "BulkPlanModel.h"
#include "BulkStatusFilter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

BulkPlanRow row(int number, const QString &id, const QString &oldEmail, const QString &newEmail,
                BulkPlanRow::Status status = BulkPlanRow::Status::Ready,
                const QString &reason = QString())
{
    BulkPlanRow planRow;
    planRow.row = number;
    planRow.sourceLine = number + 1;
    planRow.userReference = id;
    planRow.userId = status == BulkPlanRow::Status::Refused ? QString() : id;
    planRow.login =
        status == BulkPlanRow::Status::Refused ? QString() : QStringLiteral("u%1").arg(number);
    planRow.displayName = number == 1 ? QStringLiteral("Ann Smith") : QString();
    planRow.oldEmail = oldEmail;
    planRow.newEmail = newEmail;
    planRow.status = status;
    planRow.reason = reason;
    if (status == BulkPlanRow::Status::Refused)
        planRow.refusal = BulkPlanRow::Refusal::UserNotFound;
    return planRow;
}

/// Four ready rows and one refused.
BulkPlan plan()
{
    BulkPlan plan;
    plan.jobId = QStringLiteral("20261206-0900-abcdef");
    plan.profile = QStringLiteral("zitadel");
    plan.serverHost = QStringLiteral("127.0.0.1");
    plan.source = QStringLiteral("csv:people.csv");
    plan.rows = { row(1, QStringLiteral("101"), QStringLiteral("ann@old.example"),
                      QStringLiteral("ann@new.example")),
                  row(2, QStringLiteral("102"), QStringLiteral("bob@old.example"),
                      QStringLiteral("bob@new.example")),
                  row(3, QStringLiteral("email:nobody@old.example"), QString(),
                      QStringLiteral("nobody@new.example"), BulkPlanRow::Status::Refused,
                      QStringLiteral("No user has this address.")),
                  row(4, QStringLiteral("104"), QStringLiteral("cy@old.example"),
                      QStringLiteral("cy@new.example")),
                  row(5, QStringLiteral("105"), QStringLiteral("di@old.example"),
                      QStringLiteral("di@new.example")) };
    return plan;
}

BulkRowResult result(BulkRowResult::Outcome outcome, const QString &message = QString())
{
    BulkRowResult rowResult;
    rowResult.outcome = outcome;
    rowResult.message = message;
    return rowResult;
}

} // namespace

class tst_BulkPlanModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cellsAndTooltips();
    void dropAndRestore();
    void onlyReadyRowsDrop();
    void reviewFilter_data();
    void reviewFilter();
    void resultsReplaceReadyStatus();
    void resultFilter_data();
    void resultFilter();

private:
    std::unique_ptr<BulkPlanModel> m_model;
    std::unique_ptr<BulkStatusFilter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void tst_BulkPlanModel::init()
{
    m_model = std::make_unique<BulkPlanModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter = std::make_unique<BulkStatusFilter>();
    m_filter->setSourceModel(m_model.get());
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPlan(plan());
}

void tst_BulkPlanModel::cleanup()
{
    m_filterTester.reset();
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
}

void tst_BulkPlanModel::cellsAndTooltips()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(BulkPlanModel::ColumnCount));
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, BulkPlanModel::RowNumber).toInt(), 1);
    QCOMPARE(cell(0, BulkPlanModel::User).toString(), QStringLiteral("Ann Smith (u1)"));
    QCOMPARE(cell(0, BulkPlanModel::User, Qt::ToolTipRole).toString(),
             QStringLiteral("User ID: 101"));
    QCOMPARE(cell(1, BulkPlanModel::User).toString(), QStringLiteral("u2"));
    QCOMPARE(cell(0, BulkPlanModel::OldEmail).toString(), QStringLiteral("ann@old.example"));
    QCOMPARE(cell(0, BulkPlanModel::NewEmail).toString(), QStringLiteral("ann@new.example"));
    QCOMPARE(cell(0, BulkPlanModel::Status).toString(), QStringLiteral("Ready"));
    QCOMPARE(cell(0, BulkPlanModel::Message).toString(), QString());
    // A refused row that names no user shows the reference as the file gave it.
    QCOMPARE(cell(2, BulkPlanModel::User).toString(), QStringLiteral("email:nobody@old.example"));
    QCOMPARE(cell(2, BulkPlanModel::Status).toString(), QStringLiteral("Refused"));
    QCOMPARE(cell(2, BulkPlanModel::Message).toString(),
             QStringLiteral("No user has this address."));
    QCOMPARE(cell(2, BulkPlanModel::RowNumber, Qt::ToolTipRole).toString(),
             QStringLiteral("Line 4 of the file"));
    QCOMPARE(m_model->headerData(BulkPlanModel::OldEmail, Qt::Horizontal).toString(),
             QStringLiteral("Old address"));
    QCOMPARE(m_model->countsText(), QStringLiteral("4 ready, 1 refused"));
}

void tst_BulkPlanModel::dropAndRestore()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setDropped(1, true));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->isDropped(1));
    QCOMPARE(m_model->plan().rows.at(1).status, BulkPlanRow::Status::Dropped);
    QCOMPARE(m_model->plan().readyCount(), 3);
    QCOMPARE(m_model->index(1, BulkPlanModel::Status).data().toString(), QStringLiteral("Dropped"));
    QCOMPARE(m_model->countsText(), QStringLiteral("3 ready, 1 refused, 1 dropped"));
    QVERIFY(!m_model->setDropped(1, true)); // already dropped

    QVERIFY(m_model->setDropped(1, false));
    QCOMPARE(m_model->plan().rows.at(1).status, BulkPlanRow::Status::Ready);
    QCOMPARE(m_model->countsText(), QStringLiteral("4 ready, 1 refused"));
}

void tst_BulkPlanModel::onlyReadyRowsDrop()
{
    QVERIFY(!m_model->setDropped(2, true)); // refused stays refused
    QVERIFY(!m_model->setDropped(2, false));
    QVERIFY(!m_model->setDropped(-1, true));
    QVERIFY(!m_model->setDropped(5, true));
    // Once applied, the plan is what was sent: no more dropping.
    m_model->setResult(0, result(BulkRowResult::Outcome::Changed));
    QVERIFY(!m_model->setDropped(1, true));
    for (const int r : { 0, 1, 3 })
        m_model->setDropped(r, true);
    QCOMPARE(m_model->plan().readyCount(), 4);
}

void tst_BulkPlanModel::reviewFilter_data()
{
    QTest::addColumn<int>("category"); // -1: every row
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("all") << -1 << QList<int> { 1, 2, 3, 4, 5 };
    QTest::newRow("ready") << int(BulkPlanModel::Ready) << QList<int> { 1, 4, 5 };
    QTest::newRow("refused") << int(BulkPlanModel::Refused) << QList<int> { 3 };
    QTest::newRow("dropped") << int(BulkPlanModel::Dropped) << QList<int> { 2 };
}

void tst_BulkPlanModel::reviewFilter()
{
    QFETCH(int, category);
    QFETCH(QList<int>, rows);
    QVERIFY(m_model->setDropped(1, true));
    QVERIFY(BulkStatusFilter::reviewChoices().contains(BulkPlanModel::Ready));
    m_filter->setCategories(category < 0 ? QList<BulkPlanModel::Category>()
                                         : QList { BulkPlanModel::Category(category) });
    QList<int> shown;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        shown.append(m_filter->index(r, BulkPlanModel::RowNumber).data().toInt());
    QCOMPARE(shown, rows);
}

void tst_BulkPlanModel::resultsReplaceReadyStatus()
{
    QVERIFY(m_model->setDropped(4, true));
    QList<BulkRowResult> results(5);
    results[0] = result(BulkRowResult::Outcome::Changed);
    results[1] = result(BulkRowResult::Outcome::Failed, QStringLiteral("The server said no."));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setResults(results);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->hasResults());
    QCOMPARE(m_model->index(0, BulkPlanModel::Status).data().toString(),
             BulkRowResult::outcomeText(BulkRowResult::Outcome::Changed));
    QCOMPARE(m_model->index(1, BulkPlanModel::Status).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(m_model->index(1, BulkPlanModel::Message).data().toString(),
             QStringLiteral("The server said no."));
    QCOMPARE(m_model->index(2, BulkPlanModel::Status).data().toString(),
             QStringLiteral("Refused")); // the plan's status stays
    QCOMPARE(m_model->index(3, BulkPlanModel::Status).data().toString(),
             QStringLiteral("Not started"));
    QCOMPARE(m_model->index(4, BulkPlanModel::Status).data().toString(), QStringLiteral("Dropped"));
    QCOMPARE(m_model->countsText(),
             QStringLiteral("1 changed, 1 failed, 1 not started, 1 refused, 1 dropped"));

    // One row's result as it comes.
    m_model->setResult(3, result(BulkRowResult::Outcome::VerificationMailed));
    QCOMPARE(m_model->categoryOf(3), BulkPlanModel::Succeeded);
    QCOMPARE(m_model->count(BulkPlanModel::Succeeded), 2);
    // A list that does not match the plan row for row is not taken.
    m_model->setResults(QList<BulkRowResult>(2));
    QCOMPARE(m_model->count(BulkPlanModel::Succeeded), 2);
    // A new plan starts without results.
    m_model->setPlan(plan());
    QVERIFY(!m_model->hasResults());
}

void tst_BulkPlanModel::resultFilter_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("changed, mailed, awaiting")
        << int(BulkPlanModel::Succeeded) << QList<int> { 1, 2, 4 };
    QTest::newRow("skipped") << int(BulkPlanModel::Skipped) << QList<int> {};
    QTest::newRow("failed") << int(BulkPlanModel::Failed) << QList<int> { 5 };
    QTest::newRow("not started") << int(BulkPlanModel::NotStarted) << QList<int> {};
    QTest::newRow("refused") << int(BulkPlanModel::Refused) << QList<int> { 3 };
}

void tst_BulkPlanModel::resultFilter()
{
    QFETCH(int, category);
    QFETCH(QList<int>, rows);
    QVERIFY(BulkStatusFilter::resultChoices().contains(BulkPlanModel::Category(category)));
    m_filter->setCategories({ BulkPlanModel::Category(category) });
    QList<BulkRowResult> results(5);
    results[0] = result(BulkRowResult::Outcome::Changed);
    results[1] = result(BulkRowResult::Outcome::VerificationMailed);
    results[3] = result(BulkRowResult::Outcome::AwaitingConfirmation);
    results[4] = result(BulkRowResult::Outcome::Failed);
    // The filter follows the results as they arrive.
    m_model->setResults(results);
    QList<int> shown;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        shown.append(m_filter->index(r, BulkPlanModel::RowNumber).data().toInt());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, rows);
}

QTEST_GUILESS_MAIN(tst_BulkPlanModel)
#include "tst_bulkplanmodel.moc"
