// UserTableModel::loadAll() and the filter proxy's hold on paging, against real backends on the
// in-process mock server over HTTP: every id once through the concurrent PagePipeline, cancel
// and failure keep the rows and stop the requests, a server that stops early is reported as
// Incomplete, and a filter that matches no loaded row fetches nothing more.

#include "ModelTestSupport.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;

namespace {

constexpr int directory = 5000;
constexpr int bigDirectory = 100000;

/// Says a larger directory than the server has, as a server that stops early would.
class OverstatingBackend : public CountingBackend
{
public:
    using CountingBackend::CountingBackend;
    UserPageJob *listUsers(const UserQuery &query) override
    {
        UserPageJob *inner = CountingBackend::listUsers(query);
        auto *job = new UserPageJob(this);
        connect(inner, &ServiceJob::finished, job, [inner, job] {
            if (!inner->succeeded()) {
                job->fail(inner->error());
                return;
            }
            UserPage page = inner->page();
            page.totalCount = page.totalCount.value_or(0) + 500;
            job->succeed(std::move(page));
        });
        return job;
    }
};

/// A model with its first page loaded and no QAbstractItemModelTester yet: a tester pages on
/// by itself, like a view, so the suites attach one once paging is in the pipeline's hands.
std::unique_ptr<UserTableModel> firstPageLoaded(IdentityBackend *backend)
{
    auto model = std::make_unique<UserTableModel>(backend);
    model->setQuery(pagesOf(100));
    if (!waitIdle(*model) || model->rowCount() != 100)
        qFatal("the first page did not load");
    return model;
}

PagePipelineSettings pipeline(int parallel, int pageSize)
{
    PagePipelineSettings settings;
    settings.parallel = parallel;
    settings.pageSize = pageSize;
    return settings;
}

/// Every row's id is unique and rowForUserId() finds it; empty when so, else the problem.
QByteArray idProblems(const UserTableModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.userAt(row).id;
        if (ids.contains(id))
            return "repeated id " + id.toUtf8();
        ids.insert(id);
        if (model.rowForUserId(id) != row)
            return "rowForUserId(" + id.toUtf8() + ") is not " + QByteArray::number(row);
    }
    return {};
}

} // namespace

class TstUserLoadAll : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loadsEveryIdOnce_data();
    void loadsEveryIdOnce();
    void cancelStopsRequestsAndKeepsRows();
    void failureKeepsRows();
    void serverStoppingEarlyIsIncomplete();
    void sortedLoadAllSortsOnceAtTheEnd();
    void rowsArriveInOrderUntilTheSort();
    void noMatchFilterFetchesNothingMore_data();
    void noMatchFilterFetchesNothingMore();

private:
    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<MockServer> m_big;
    std::unique_ptr<MockServer> m_limited;
    QNetworkAccessManager m_network;
};

void TstUserLoadAll::initTestCase()
{
    qRegisterMetaType<PagePipeline::Status>();
    m_server = startMockServer(directory);
    m_big = startMockServer(bigDirectory);
    // The first page and four more, then 429 with a Retry-After of about an hour.
    m_limited = startMockServer(directory, 5);
}

void TstUserLoadAll::loadsEveryIdOnce_data()
{
    QTest::addColumn<int>("parallel");
    QTest::addColumn<int>("pagesBefore");
    QTest::newRow("6 at once, from the first page") << 6 << 1;
    QTest::newRow("6 at once, after 3 pages scrolled") << 6 << 3;
    QTest::newRow("one at a time") << 1 << 1;
}

void TstUserLoadAll::loadsEveryIdOnce()
{
    QFETCH(int, parallel);
    QFETCH(int, pagesBefore);
    CountingBackend backend(&m_network, *m_server, BackendKind::GcoreIam);
    auto model = firstPageLoaded(&backend);
    while (model->rowCount() < pagesBefore * 100) {
        model->fetchMore(QModelIndex());
        QVERIFY(waitIdle(*model));
    }
    QCOMPARE(model->rowCount(), pagesBefore * 100);
    const QString firstId = model->userAt(0).id;
    const int requestsBefore = backend.started;
    backend.maxInFlight = 0;

    QSignalSpy started(model.get(), &UserTableModel::loadAllStarted);
    QSignalSpy progress(model.get(), &UserTableModel::loadAllProgress);
    QSignalSpy finished(model.get(), &UserTableModel::loadAllFinished);
    QVERIFY(model->loadAll(pipeline(parallel, 200)));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(!model->loadAll(pipeline(parallel, 200))); // one at a time
    QCOMPARE(started.size(), 1);
    QVERIFY(model->isLoading());
    QVERIFY(model->isLoadingAll());
    QVERIFY(!model->canFetchMore(QModelIndex())); // the pipeline pages, not the view
    QVERIFY(finished.wait(60000));

    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<PagePipeline::Status>(), PagePipeline::Status::Complete);
    QCOMPARE(model->rowCount(), directory);
    QCOMPARE(model->userAt(0).id, firstId);
    const QByteArray problems = idProblems(*model);
    QVERIFY2(problems.isEmpty(), problems.constData());
    QCOMPARE(model->totalCount(), std::optional<qint64>(directory));
    QVERIFY(!model->hasMorePages());
    QVERIFY(!model->isLoading());
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QVERIFY(!model->loadAll()); // nothing more to load

    // Progress after every page, ending at the whole directory.
    QVERIFY(progress.size() >= directory / 200 - pagesBefore);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(directory));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(directory));
    QCOMPARE(backend.started - requestsBefore, directory / 200);
    if (parallel > 1)
        QVERIFY(backend.maxInFlight > 1);
    // At Qt's cap of 6 connections to one host, 2 more requests wait in Qt's own queue.
    QVERIFY(backend.maxInFlight <= (parallel >= 6 ? parallel + 2 : parallel));
}

void TstUserLoadAll::cancelStopsRequestsAndKeepsRows()
{
    CountingBackend backend(&m_network, *m_big, BackendKind::GcoreIam);
    auto model = firstPageLoaded(&backend);
    QSignalSpy progress(model.get(), &UserTableModel::loadAllProgress);
    QSignalSpy finished(model.get(), &UserTableModel::loadAllFinished);
    QVERIFY(model->loadAll(pipeline(6, 100)));
    auto tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 20000);

    model->cancelLoadAll();
    QCOMPARE(finished.size(), 1); // at once
    QCOMPARE(finished.first().at(0).value<PagePipeline::Status>(), PagePipeline::Status::Cancelled);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(!model->isLoading());
    const int requests = backend.started;
    const int rows = model->rowCount();
    QVERIFY(rows > 100 && rows < bigDirectory);
    QCOMPARE(backend.inFlight(), 0);
    // No request after the cancel, also once the aborted ones have reported back.
    QTest::qWait(300);
    QCOMPARE(backend.started, requests);
    QCOMPARE(model->rowCount(), rows);
    const QByteArray problems = idProblems(*model);
    QVERIFY2(problems.isEmpty(), problems.constData());

    // Paused, as after any cancel; Load more goes on from the first user not loaded.
    QVERIFY(model->hasMorePages());
    QVERIFY(!model->canFetchMore(QModelIndex()));
    tester.reset(); // it would page on by itself, as a view does
    model->loadNextPage();
    QVERIFY(waitIdle(*model));
    QCOMPARE(backend.lastQuery.pageToken, QString::number(rows));
    QCOMPARE(model->rowCount(), rows + 100);
}

void TstUserLoadAll::failureKeepsRows()
{
    CountingBackend backend(&m_network, *m_limited, BackendKind::GcoreIam);
    auto model = firstPageLoaded(&backend);
    QSignalSpy finished(model.get(), &UserTableModel::loadAllFinished);
    QSignalSpy errors(model.get(), &UserTableModel::errorOccurred);
    QVERIFY(model->loadAll(pipeline(1, 100)));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<PagePipeline::Status>(), PagePipeline::Status::Failed);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(errors.isEmpty()); // told once, through loadAllFinished()
    QCOMPARE(model->lastError()->kind(), ServiceError::Kind::RateLimited);
    // The first page and the pipeline's first four (the first of them repeats it).
    QCOMPARE(model->rowCount(), 400);
    QVERIFY(model->hasMorePages());
    QVERIFY(!model->isLoading());
}

void TstUserLoadAll::serverStoppingEarlyIsIncomplete()
{
    OverstatingBackend backend(&m_network, *m_server, BackendKind::GcoreIam);
    auto model = firstPageLoaded(&backend);
    QSignalSpy finished(model.get(), &UserTableModel::loadAllFinished);
    QVERIFY(model->loadAll(pipeline(6, 500)));
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).value<PagePipeline::Status>(),
             PagePipeline::Status::Incomplete);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("stopped early")), qPrintable(message));
    QCOMPARE(model->rowCount(), directory);
    const QByteArray problems = idProblems(*model);
    QVERIFY2(problems.isEmpty(), problems.constData());
}

void TstUserLoadAll::sortedLoadAllSortsOnceAtTheEnd()
{
    // Rows arriving under a sorted, filtered proxy are appended while the Load all runs and
    // sorted once when it ends; the result is the sorted, filtered directory.
    CountingBackend backend(&m_network, *m_server, BackendKind::GcoreIam);
    auto model = firstPageLoaded(&backend);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(UserTableModel::Name, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("1"));
    QSignalSpy deferred(&proxy, &UserFilterProxyModel::sortDeferredChanged);
    QSignalSpy finished(model.get(), &UserTableModel::loadAllFinished);
    // A row that changes at the very end, while the ranks for the final sort are being built on
    // their own thread: the sort must not place it by its old name.
    User renamed = model->userAt(0);
    // With a "1", so that it passes the filter.
    renamed.displayName = QStringLiteral("zzzz 1, last of all, first in descending order");
    connect(model.get(), &UserTableModel::loadAllFinished, this, [&] {
        QVERIFY(proxy.isSortDeferred()); // the ranks are not in yet
        QVERIFY(model->updateUser(renamed));
    });
    QVERIFY(model->loadAll(pipeline(4, 250)));
    QVERIFY(proxy.isSortDeferred());
    QVERIFY(finished.wait(60000));
    QCOMPARE(model->rowCount(), directory);
    // The ranks are built off the window's thread; the order comes when they are in.
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSortDeferred(), 10000);
    QCOMPARE(deferred.size(), 2);
    QCOMPARE(proxy.index(0, UserTableModel::Name).data().toString(), renamed.displayName);
    QCOMPARE(proxy.sortColumn(), int(UserTableModel::Name));

    int expected = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        expected += proxy.accepts(model->userAt(row)) ? 1 : 0;
    QCOMPARE(proxy.rowCount(), expected);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString a = proxy.index(row - 1, UserTableModel::Name).data().toString();
        const QString b = proxy.index(row, UserTableModel::Name).data().toString();
        if (proxy.collator().compare(a, b) < 0)
            QFAIL(qPrintable(QStringLiteral("%1 sorts before %2 in descending order").arg(a, b)));
    }
}

void TstUserLoadAll::rowsArriveInOrderUntilTheSort()
{
    // While a Load all runs on a sorted table, each page's rows wait in the order they came: the
    // one sort at the end places them, so sorting them among themselves first would be work
    // thrown away. A sort clicked meanwhile still sorts the rows loaded so far.
    CountingBackend backend(&m_network, *m_server, BackendKind::GcoreIam);
    auto model = firstPageLoaded(&backend);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(UserTableModel::Name);
    QString failure;
    int pages = 0;
    const auto isSortedByLogin = [&] {
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString a = proxy.index(row - 1, UserTableModel::Login).data().toString();
            const QString b = proxy.index(row, UserTableModel::Login).data().toString();
            if (proxy.collator().compare(a, b) > 0)
                return false;
        }
        return true;
    };
    // Connected after the proxy, which has placed the rows by then.
    connect(model.get(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                if (!proxy.isSortDeferred() || !failure.isEmpty())
                    return;
                int previous = -1;
                for (int row = first; row <= last; ++row) {
                    const int at = proxy.mapFromSource(model->index(row, 0)).row();
                    if (at <= previous) {
                        failure = QStringLiteral("page %1: row %2 is shown before row %3")
                                      .arg(pages)
                                      .arg(row)
                                      .arg(row - 1);
                        return;
                    }
                    previous = at;
                }
                if (++pages == 3) {
                    proxy.sort(UserTableModel::Login);
                    if (!isSortedByLogin())
                        failure = QStringLiteral("a sort clicked during the Load all did not sort");
                }
            });
    QSignalSpy finished(model.get(), &UserTableModel::loadAllFinished);
    QVERIFY(model->loadAll(pipeline(4, 250)));
    QVERIFY(finished.wait(60000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSortDeferred(), 10000);
    QCOMPARE(proxy.rowCount(), directory);
    QCOMPARE(proxy.sortColumn(), int(UserTableModel::Login));
    QVERIFY(isSortedByLogin());
}

void TstUserLoadAll::noMatchFilterFetchesNothingMore_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("matchesNothing");
    QTest::newRow("text nobody has") << QStringLiteral("zzqqxx-nobody") << true;
    QTest::newRow("one loaded user's id") << QString() << false;
}

void TstUserLoadAll::noMatchFilterFetchesNothingMore()
{
    QFETCH(QString, filter);
    QFETCH(bool, matchesNothing);
    CountingBackend backend(&m_network, *m_big, BackendKind::GcoreIam);
    auto model = firstPageLoaded(&backend);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    if (filter.isEmpty())
        filter = model->userAt(42).id;
    proxy.setFilterText(filter);
    QCOMPARE(proxy.rowCount() == 0, matchesNothing);
    if (matchesNothing) {
        QVERIFY(proxy.isFetchHeldByFilter());
        QVERIFY(!proxy.canFetchMore(QModelIndex()));
    }
    // Like a view with rows to spare on screen: asks the proxy for more at once and whenever
    // the proxy changes. A filter with a match may try one page; then it holds.
    QAbstractItemModelTester viewLike(&proxy,
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.fetchMore(QModelIndex());
    QVERIFY(waitIdle(*model));
    QTest::qWait(500);
    QVERIFY(waitIdle(*model));
    QCOMPARE(backend.started, matchesNothing ? 1 : 2);
    QVERIFY(proxy.isFetchHeldByFilter());
    QVERIFY(model->canFetchMore(QModelIndex())); // the model itself could go on

    // Clearing the filter lets paging go on: the view-like tester asks for the next page.
    const int requests = backend.started;
    proxy.setFilterText(QString());
    QVERIFY(!proxy.isFetchHeldByFilter());
    QCOMPARE(backend.started, requests + 1);
}

QTEST_MAIN(TstUserLoadAll)
#include "tst_userloadall.moc"
