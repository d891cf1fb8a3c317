// Measures the desktop's users table at directory sizes people meet, each beside Qt's stock
// reference in the same run:
// - heap bytes per row of UserTableModel against a QStandardItemModel holding the same 7 columns
//   (mallinfo2(): allocated and mmap()ed blocks, so that freed network buffers do not blur the
//   figure), and the process RSS;
// - the median filter keystroke over the loaded rows, UserFilterProxyModel against a stock
//   QSortFilterProxyModel filtering every column, unsorted and sorted by name, with a shown
//   table view repainting after each keystroke;
// - "Load all" of a Gcore directory from the mock server over loopback HTTP (the mock in its own
//   thread, as a real server would be elsewhere): the time, and the longest event-loop stall
//   seen by a 0 ms timer while the rows arrive.
// Run: build/<preset>/bench/bench_tablemodel [--rows N] [--users N] [--parallel N]
//      [--page-size N] [--sorted]
#include "BackendFactory.h"
#include "MockServer.h"
#include "PageBufferAllocator.h"
#include "UserCellText.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <malloc.h>
#include <memory>
#include <sys/resource.h>
#include <utility>

namespace {
QTextStream out(stdout);

qint64 heapBytes()
{
    // hblkhd too: a large block (the model's row list, 272 bytes a row) is mmap()ed by malloc
    // and missing from uordblks, which made the per-row figure look ~270 bytes smaller.
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

const char *const firstNames[] = { "Anna", "Bernd", "Chloé", "Dmitri", "Eva",  "Farid", "Greta",
                                   "Hiro", "Ines",  "Jonas", "Kai",    "Lena", "Mateo", "Nora" };
const char *const lastNames[] = { "Berg", "Schmidt", "Dubois", "Ivanov", "Rossi",    "Haddad",
                                  "Lind", "Tanaka",  "García", "Weber",  "Kowalski", "Novak" };

/// A realistic Gcore-like user, the same for the same index.
User generatedUser(qint64 index)
{
    User user;
    const QString first = QString::fromUtf8(firstNames[index % 14]);
    const QString last = QString::fromUtf8(lastNames[(index / 14) % 12]);
    user.id = QString::number(100000 + index);
    user.login = QStringLiteral("%1.%2%3").arg(first.toLower(), last.toLower()).arg(index);
    user.displayName = QStringLiteral("%1 %2").arg(first, last);
    user.email = user.login + QStringLiteral("@example.org");
    user.verification = index % 3 ? EmailVerification::Verified : EmailVerification::Unverified;
    user.state = index % 7 ? UserState::Active : UserState::Inactive;
    user.organisationId = QString::number(index % 50);
    user.organisationName = QStringLiteral("Client %1").arg(index % 50);
    return user;
}

/// Pages of generated users without HTTP, for what the table itself costs.
class GeneratedBackend : public IdentityBackend
{
public:
    explicit GeneratedBackend(qint64 users)
        : m_users(users)
    { }
    BackendCapabilities capabilities() const override { return {}; }
    UserPageJob *listUsers(const UserQuery &query) override
    {
        const qint64 offset = query.pageToken.toLongLong();
        UserPage page;
        for (qint64 i = offset; i < std::min<qint64>(m_users, offset + query.pageSize); ++i)
            page.users.append(generatedUser(i));
        if (offset + page.users.size() < m_users)
            page.nextPageToken = QString::number(offset + page.users.size());
        page.totalCount = m_users;
        auto *job = new UserPageJob(this);
        job->succeed(std::move(page));
        return job;
    }
    UserJob *user(const QString &) override { return failed(new UserJob(this)); }
    EmailChangeJob *changeEmail(const QString &, const EmailChangeRequest &) override
    {
        return failed(new EmailChangeJob(this));
    }
    std::optional<qint64> offsetOfPageToken(const QString &token) const override
    {
        return decimalOffset(token);
    }
    QString pageTokenAtOffset(const QString &, qint64 offset) const override
    {
        return QString::number(offset);
    }

private:
    template<typename Job>
    static Job *failed(Job *job)
    {
        job->fail(ServiceError(ServiceError::Kind::Unsupported, QStringLiteral("bench")));
        return job;
    }
    qint64 m_users;
};

bool loadAll(UserTableModel &model, const PagePipelineSettings &settings)
{
    QSignalSpy finished(&model, &UserTableModel::loadAllFinished);
    if (!model.loadAll(settings))
        return false;
    return finished.wait(600000)
        && finished.first().first().value<PagePipeline::Status>() == PagePipeline::Status::Complete;
}

/// The longest gap between two turns of the event loop, seen by a 0 ms timer.
class StallProbe : public QObject
{
public:
    /// `rows` tells how far the load is, so that a report can say where the longest gap fell.
    explicit StallProbe(std::function<int()> rows)
        : m_rows(std::move(rows))
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            const long faults = threadPageFaults();
            const int rows = m_rows();
            if (gap > m_longest) {
                m_faultsInLongest = faults - m_faults;
                m_rowsAroundLongest = { m_rowsBefore, rows };
            }
            m_faults = faults;
            m_rowsBefore = rows;
            m_longest = std::max(m_longest, gap);
            if (gap > 50)
                ++m_over50;
        });
    }
    void start()
    {
        m_faults = threadPageFaults();
        m_rowsBefore = m_rows();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestMs() const { return m_longest; }
    int over50() const { return m_over50; }
    /// The window thread's page faults during the longest gap: on this VM each costs ~15 µs,
    /// so a few thousand of them (a large table growing into fresh pages) are a stall.
    long faultsInLongest() const { return m_faultsInLongest; }
    /// The table's rows before and after the longest gap.
    std::pair<int, int> rowsAroundLongest() const { return m_rowsAroundLongest; }

private:
    std::function<int()> m_rows;
    int m_rowsBefore = 0;
    std::pair<int, int> m_rowsAroundLongest;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_over50 = 0;
    long m_faults = 0;
    long m_faultsInLongest = 0;

    static long threadPageFaults()
    {
        rusage usage {};
        getrusage(RUSAGE_THREAD, &usage);
        return usage.ru_minflt + usage.ru_majflt;
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// Median ms from setting the filter text to the shown view having repainted.
double keystrokeMedian(QAbstractItemModel *proxy, const std::function<void(const QString &)> &set)
{
    QTableView view;
    view.setModel(proxy);
    view.resize(1100, 700);
    view.show();
    QCoreApplication::processEvents();
    const QString word = QStringLiteral("berg");
    QList<double> times;
    for (int round = 0; round < 3; ++round) {
        QStringList typed;
        for (int length = 1; length <= word.size(); ++length)
            typed.append(word.left(length));
        for (int length = word.size() - 1; length >= 0; --length)
            typed.append(word.left(length)); // and Backspace back to nothing
        for (const QString &text : typed) {
            QElapsedTimer timer;
            timer.start();
            set(text);
            proxy->rowCount();
            view.repaint();
            QCoreApplication::processEvents();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    return median(times);
}

void filterFigures(UserTableModel &model, int sortColumn)
{
    UserFilterProxyModel ours;
    ours.setSourceModel(&model);
    QSortFilterProxyModel stock;
    stock.setSourceModel(&model);
    stock.setFilterKeyColumn(-1);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QElapsedTimer timer;
    timer.start();
    ours.sort(sortColumn);
    ours.rowCount();
    const qint64 oursSort = timer.restart();
    stock.sort(sortColumn);
    stock.rowCount();
    const qint64 stockSort = timer.elapsed();
    const double oursMs =
        keystrokeMedian(&ours, [&ours](const QString &text) { ours.setFilterText(text); });
    const double stockMs = keystrokeMedian(
        &stock, [&stock](const QString &text) { stock.setFilterFixedString(text); });
    const QString how =
        sortColumn < 0 ? QStringLiteral("unsorted") : QStringLiteral("sorted by name");
    out << QStringLiteral("filter keystroke, %1, median ms:     ours %2   stock %3\n")
               .arg(how, -16)
               .arg(oursMs, 8, 'f', 1)
               .arg(stockMs, 8, 'f', 1);
    if (sortColumn >= 0)
        out << QStringLiteral(
                   "sort by name (click), ms:                       ours %1   stock %2\n")
                   .arg(double(oursSort), 8, 'f', 1)
                   .arg(double(stockSort), 8, 'f', 1);
    out.flush();
}

void memoryFigures(qint64 rows)
{
    QCoreApplication::processEvents();
    const qint64 heapBefore = heapBytes();
    const qint64 rssBefore = rssKiB();
    GeneratedBackend backend(rows);
    auto model = std::make_unique<UserTableModel>(&backend);
    PagePipelineSettings settings;
    settings.pageSize = 1000;
    settings.parallel = 1;
    QElapsedTimer timer;
    timer.start();
    if (!loadAll(*model, settings))
        qFatal("generated load all failed");
    const qint64 loadMs = timer.elapsed();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 oursBytes = heapBytes() - heapBefore;
    const qint64 oursRss = rssKiB() - rssBefore;
    {
        // What the window holds besides: the filter proxy sorted by name (ranks and mappings)
        // and a shown table view, before the stock model below swells the process.
        UserFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(UserTableModel::Name, Qt::AscendingOrder);
        view.resize(1100, 700);
        view.show();
        QCoreApplication::processEvents();
        out << QStringLiteral("%1 rows: process RSS %2 MiB with the model, the filter proxy "
                              "sorted by name and a shown table view (target: 1,000,000 rows in "
                              "400 MiB)\n")
                   .arg(QLocale().toString(rows))
                   .arg(double(rssKiB()) / 1024.0, 0, 'f', 1);
        out.flush();
    }

    const qint64 stockBefore = heapBytes();
    QStandardItemModel stock(0, UserTableModel::ColumnCount);
    for (qint64 i = 0; i < rows; ++i) {
        const User user = generatedUser(i);
        QList<QStandardItem *> items;
        for (int column = 0; column < UserTableModel::ColumnCount; ++column)
            items.append(new QStandardItem(UserCellText::display(user, column).toString()));
        stock.appendRow(items);
    }
    const qint64 stockBytes = heapBytes() - stockBefore;
    out << QStringLiteral(
               "%1 rows: heap bytes per row:                ours %2   QStandardItemModel "
               "%3\n")
               .arg(QLocale().toString(rows))
               .arg(double(oursBytes) / double(rows), 8, 'f', 0)
               .arg(double(stockBytes) / double(rows), 8, 'f', 0);
    out << QStringLiteral("%1 rows: model RSS growth %2 MiB, process RSS %3 MiB (with the stock "
                          "model), generated load all %4 ms\n")
               .arg(QLocale().toString(rows))
               .arg(double(oursRss) / 1024.0, 0, 'f', 1)
               .arg(double(rssKiB()) / 1024.0, 0, 'f', 1)
               .arg(loadMs);
    out.flush();
    if (rows <= 200000) {
        filterFigures(*model, -1);
        filterFigures(*model, UserTableModel::Name);
    }
}

/// Load all over HTTP from the mock, in its own thread.
void loadAllFigures(int users, int parallel, int pageSize, bool sorted)
{
    QThread serverThread;
    QObject context;
    context.moveToThread(&serverThread);
    serverThread.start();
    std::unique_ptr<MockServer> server;
    QMetaObject::invokeMethod(
        &context,
        [&server, users] {
            MockServerConfig config;
            config.users = users;
            server = std::make_unique<MockServer>(config);
            if (!server->listen())
                qFatal("mock server: %s", qPrintable(server->errorString()));
        },
        Qt::BlockingQueuedConnection);

    QNetworkAccessManager network;
    ConnectionSettings connection;
    connection.kind = BackendKind::GcoreIam;
    connection.authMethod = AuthMethod::ApiKey;
    connection.baseUrl = server->baseUrl();
    connection.timeoutMs = 60000;
    std::unique_ptr<IdentityBackend> backend(
        BackendFactory::create(&network, connection, server->config().credentials.gcoreApiKey));
    {
        UserTableModel model(backend.get());
        UserFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.resize(1100, 700);
        view.show();
        if (sorted)
            proxy.sort(UserTableModel::Name);
        // Before the first page: its answer announces the total, for which the id index
        // reserves its table (on another thread, ready some pages later).
        const qint64 rssBefore = rssKiB();
        model.setQuery(UserQuery());
        QSignalSpy first(&model, &UserTableModel::lastLoadedAt);
        if (!first.wait(60000))
            qFatal("no first page");
        StallProbe probe([&model] { return model.rowCount(); });
        PagePipelineSettings settings;
        settings.parallel = parallel;
        settings.pageSize = pageSize;
        QSignalSpy sortResumed(&proxy, &UserFilterProxyModel::sortDeferredChanged);
        QElapsedTimer timer;
        timer.start();
        probe.start();
        if (!loadAll(model, settings))
            qFatal("load all failed: %s",
                   model.lastError() ? qPrintable(model.lastError()->describe()) : "?");
        // A sorted table is done when its rows are in order, and the window must not stall
        // while they get there: the ranks are built off its thread, then the proxy sorts.
        if (proxy.isSortDeferred() && !sortResumed.wait(60000))
            qFatal("the deferred sort did not end");
        const qint64 ms = timer.elapsed();
        QTest::qWait(200); // the view lays out and paints the sorted rows under the probe
        probe.stop();
        out << QStringLiteral(
                   "load all %1 Gcore users over HTTP (%2 at once, pages of %9, %3): %4 ms, "
                   "%5 users/s; longest stall %6 ms (%10 page faults in it, rows %11 -> %12), %7 "
                   "stalls over 50 ms; RSS +%8 MiB\n")
                   .arg(QLocale().toString(model.rowCount()))
                   .arg(parallel)
                   .arg(sorted ? QStringLiteral("sorted by name") : QStringLiteral("unsorted"))
                   .arg(ms)
                   .arg(qint64(double(model.rowCount()) * 1000.0 / double(std::max<qint64>(1, ms))))
                   .arg(probe.longestMs())
                   .arg(probe.over50())
                   .arg(double(rssKiB() - rssBefore) / 1024.0, 0, 'f', 1)
                   .arg(pageSize)
                   .arg(probe.faultsInLongest())
                   .arg(probe.rowsAroundLongest().first)
                   .arg(probe.rowsAroundLongest().second);
        out.flush();
    }
    backend.reset();
    QMetaObject::invokeMethod(
        &context, [&server] { server.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
}

} // namespace

int main(int argc, char *argv[])
{
    PageBufferAllocator::keepPageBuffers(); // as the desktop's main() does
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("identitydesk.*.debug=false\nidentitydesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("Rows for memory and filter figures."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("Mock directory size for Load all (0: skip)."),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Requests at once for Load all."),
                                      QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption sorted(QStringLiteral("sorted"),
                                    QStringLiteral("Also Load all with the table sorted."));
    // LoadAllController's page size.
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Users per page for Load all."),
                                      QStringLiteral("n"), QStringLiteral("250"));
    parser.addOptions({ rows, users, parallel, pageSize, sorted });
    parser.process(app);

    out << "bench_tablemodel: ours vs Qt's stock reference, same process, same data\n";
    memoryFigures(parser.value(rows).toLongLong());
    if (const int count = parser.value(users).toInt(); count > 0) {
        const int perPage = parser.value(pageSize).toInt();
        loadAllFigures(count, parser.value(parallel).toInt(), perPage, false);
        if (parser.isSet(sorted))
            loadAllFigures(count, parser.value(parallel).toInt(), perPage, true);
    }
    return 0;
}
