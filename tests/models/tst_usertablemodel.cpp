// UserTableModel against real backends (Gcore IAM, ZITADEL management) on the in-process mock
// server over HTTP: paging 100,000 users through fetchMore, one request at a time, errors,
// cancel, reload and a server-side search. What the cells show is in tst_usertablemodeldata.
//
// QAbstractItemModelTester is attached to every model. Like a view, it calls fetchMore()
// whenever the model changes, so a model under test pages on by itself until the listing ends
// or paging pauses; the suites rely on that instead of scripting every page.

#include "ModelTestSupport.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIcon>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;

namespace {

constexpr int bigDirectory = 100000;
constexpr int smallDirectory = 250;
constexpr int smallPage = 100;

} // namespace

class TstUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pagesThroughHundredThousandUsers();
    void fetchMoreTwiceStartsOneJob();
    void errorKeepsRowsAndPausesPaging();
    void cancelKeepsRowsAndPauses();
    void reloadStartsOverAndDropsTheOldRequest();
    void zitadelEmailSearch();
    void backendDestroyedWhileLoading();

private:
    std::unique_ptr<MockServer> m_big;
    std::unique_ptr<MockServer> m_small;
    std::unique_ptr<MockServer> m_limited;
    QNetworkAccessManager m_network;
};

void TstUserTableModel::initTestCase()
{
    m_big = startMockServer(bigDirectory);
    m_small = startMockServer(smallDirectory);
    // Two requests, then 429 with a Retry-After of about an hour: the third page fails.
    m_limited = startMockServer(smallDirectory, 2);
}

void TstUserTableModel::pagesThroughHundredThousandUsers()
{
    CountingBackend backend(&m_network, *m_big, BackendKind::GcoreIam);
    UserTableModel model(&backend);
    QSignalSpy progress(&model, &UserTableModel::progressChanged);
    QSignalSpy loaded(&model, &UserTableModel::lastLoadedAt);
    QSignalSpy errors(&model, &UserTableModel::errorOccurred);
    QElapsedTimer timer;
    timer.start();
    model.setQuery(pagesOf(1000));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(model));
    qInfo("100,000 users in %lld ms", timer.elapsed());

    QVERIFY2(errors.isEmpty(), errorText(model).constData());
    QCOMPARE(model.rowCount(), bigDirectory);
    QCOMPARE(model.totalCount(), std::optional<qint64>(bigDirectory));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(!model.hasMorePages());
    QVERIFY(!model.isLoading());
    QCOMPARE(backend.started, bigDirectory / 1000);
    QCOMPARE(backend.maxInFlight, 1);
    QCOMPARE(loaded.size(), bigDirectory / 1000);
    QVERIFY(model.lastLoadedTime().isValid());

    QCOMPARE(progress.last().at(0).toInt(), bigDirectory);
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(bigDirectory));

    QSet<QString> ids;
    ids.reserve(bigDirectory);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.userAt(row).id;
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        if (model.rowForUserId(id) != row)
            QFAIL(qPrintable(QStringLiteral("rowForUserId(%1) is not %2").arg(id).arg(row)));
    }
    QCOMPARE(ids.size(), bigDirectory);
}

void TstUserTableModel::fetchMoreTwiceStartsOneJob()
{
    CountingBackend backend(&m_network, *m_small, BackendKind::GcoreIam);
    UserTableModel model(&backend);
    QSignalSpy loading(&model, &UserTableModel::loadingChanged);
    model.setQuery(pagesOf(smallPage)); // starts the first page
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(backend.started, 1);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore(QModelIndex()));

    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    model.loadNextPage();
    QCOMPARE(backend.started, 1);
    QCOMPARE(backend.inFlight(), 1);
    QCOMPARE(loading.size(), 1);
    QCOMPARE(loading.first().first().toBool(), true);

    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), smallDirectory);
    QCOMPARE(backend.started, 3);
    QCOMPARE(backend.maxInFlight, 1);
    // Done: further calls start nothing.
    model.fetchMore(QModelIndex());
    model.loadNextPage();
    QCOMPARE(backend.started, 3);
}

void TstUserTableModel::errorKeepsRowsAndPausesPaging()
{
    CountingBackend backend(&m_network, *m_limited, BackendKind::GcoreIam);
    UserTableModel model(&backend);
    QSignalSpy errors(&model, &UserTableModel::errorOccurred);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setQuery(pagesOf(smallPage));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(model));

    QCOMPARE(errors.size(), 1);
    const auto error = errors.first().first().value<ServiceError>();
    QCOMPARE(error.kind(), ServiceError::Kind::RateLimited);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(model.rowCount(), 2 * smallPage);
    QCOMPARE(inserted.size(), 2);
    QVERIFY(model.lastError().has_value());
    QCOMPARE(model.lastError()->kind(), ServiceError::Kind::RateLimited);
    // Paused, not finished: no retry loop from views, but "Retry" is possible.
    QVERIFY(model.hasMorePages());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(backend.started, 3);

    const User second = model.userAt(smallPage);
    model.loadNextPage();
    QVERIFY(waitIdle(model));
    QCOMPARE(backend.started, 4);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(model.rowCount(), 2 * smallPage);
    QCOMPARE(model.userAt(smallPage), second);
    QCOMPARE(backend.maxInFlight, 1);
}

void TstUserTableModel::cancelKeepsRowsAndPauses()
{
    CountingBackend backend(&m_network, *m_small, BackendKind::GcoreIam);
    auto model = checkedModel(&backend, pagesOf(smallPage));
    QSignalSpy loading(model.get(), &UserTableModel::loadingChanged);
    QSignalSpy errors(model.get(), &UserTableModel::errorOccurred);
    QVERIFY(model->isLoading());

    model->cancelLoading();
    QVERIFY(!model->isLoading());
    QCOMPARE(loading.size(), 1);
    QCOMPARE(loading.first().first().toBool(), false);
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QTRY_COMPARE(backend.cancelled, 1);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(errors.isEmpty()); // cancelling is not an error
    QVERIFY(!model->lastError());

    model->loadNextPage();
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), smallDirectory);
    QCOMPARE(backend.started, 4);
}

void TstUserTableModel::reloadStartsOverAndDropsTheOldRequest()
{
    CountingBackend backend(&m_network, *m_small, BackendKind::GcoreIam);
    auto model = checkedModel(&backend, pagesOf(smallPage));
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), smallDirectory);
    const QString firstId = model->userAt(0).id;

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy progress(model.get(), &UserTableModel::progressChanged);
    model->reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.first().at(1).toLongLong(), qint64(-1));
    QVERIFY(model->isLoading());
    QVERIFY(!model->totalCount());

    // A second reload while the first page is on its way: that request is cancelled and its
    // page never shows up.
    model->reload();
    QCOMPARE(reset.size(), 2);
    QTRY_COMPARE(backend.cancelled, 1);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), smallDirectory);
    QCOMPARE(model->userAt(0).id, firstId);
    QCOMPARE(model->rowForUserId(firstId), 0);
    QCOMPARE(backend.maxInFlight, 1);
}

void TstUserTableModel::zitadelEmailSearch()
{
    CountingBackend backend(&m_network, *m_small, BackendKind::ZitadelManagement);
    QVERIFY(backend.capabilities().hasServerSearch);
    auto model = checkedModel(&backend, pagesOf(smallPage));
    QVERIFY(loadAll(*model));
    QVERIFY2(!model->lastError(), errorText(*model).constData());
    // The ZITADEL directory is its own (one organisation's users), smaller than Gcore's.
    QVERIFY(model->rowCount() > 2);
    QCOMPARE(model->totalCount(), std::optional<qint64>(model->rowCount()));
    const User wanted = model->userAt(model->rowCount() / 2);

    UserQuery exact;
    exact.match = UserQuery::Match::ExactEmail;
    exact.text = wanted.email.toUpper();
    model->setQuery(exact);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(loadAll(*model));
    QCOMPARE(backend.lastQuery.match, UserQuery::Match::ExactEmail);
    QVERIFY(backend.lastQuery.pageToken.isEmpty());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->userAt(0).id, wanted.id);
    QCOMPARE(model->totalCount(), std::optional<qint64>(1));

    // Contains on the domain part: every row has it, and the wanted user is among them.
    const QString domain = wanted.email.section(QLatin1Char('@'), 1);
    UserQuery contains;
    contains.match = UserQuery::Match::Contains;
    contains.pageSize = 50;
    contains.text = QLatin1Char('@') + domain;
    model->setQuery(contains);
    QVERIFY(loadAll(*model));
    QVERIFY(model->rowCount() >= 1);
    QCOMPARE(model->totalCount(), std::optional<qint64>(model->rowCount()));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->userAt(row).email.contains(domain, Qt::CaseInsensitive));
    QVERIFY(model->rowForUserId(wanted.id) >= 0);
    QCOMPARE(backend.maxInFlight, 1);
}

void TstUserTableModel::backendDestroyedWhileLoading()
{
    auto backend = std::make_unique<CountingBackend>(&m_network, *m_small, BackendKind::GcoreIam);
    auto model = checkedModel(backend.get(), pagesOf(smallPage));
    QSignalSpy loading(model.get(), &UserTableModel::loadingChanged);
    QVERIFY(model->isLoading());
    backend.reset();
    QVERIFY(!model->isLoading());
    QCOMPARE(loading.size(), 1);
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QVERIFY(!model->backend());
    model->reload(); // nothing to ask: an empty, idle table
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->isLoading());
}

QTEST_MAIN(TstUserTableModel)
#include "tst_usertablemodel.moc"
