// UserFilterProxyModel over 100,000 users loaded from the mock server's Gcore IAM API: text,
// state and verification filters, sorting by every column in both orders (checked against an
// independent collator), and mapToSource().
//
// Every expectation is computed from the source rows by the test's own rules, not by asking
// the proxy.

#include "ModelTestSupport.h"
#include "UserCellText.h"
#include "UserFilterProxyModel.h"
#include "UserSortRanks.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace modeltest;

namespace {

constexpr int directorySize = 100000;

bool containsText(const User &user, const QString &text)
{
    const QString needle = text.trimmed();
    return needle.isEmpty() || user.id.contains(needle, Qt::CaseInsensitive)
        || user.login.contains(needle, Qt::CaseInsensitive)
        || user.displayName.contains(needle, Qt::CaseInsensitive)
        || user.email.contains(needle, Qt::CaseInsensitive);
}

} // namespace

class TstUserFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEverythingUnfiltered();
    void filterText_data();
    void filterText();
    void stateFilter_data();
    void stateFilter();
    void verificationFilter_data();
    void verificationFilter();
    void filtersCombineAndClear();
    void sortByColumn_data();
    void sortByColumn();
    void filterWhileSorted();
    void followsSourceUpdates();
    void narrowingMatchesFullFilter();
    void narrowingSeesChangedRows();
    void ignoresCaseLikeQString_data();
    void ignoresCaseLikeQString();
    void sortRanksFollowUpdates();
    void placesFetchedPages_data();
    void placesFetchedPages();
    void refusesOtherSourceModels();

private:
    /// Checks that the proxy shows exactly the source rows `wanted` accepts, mapped correctly.
    void verifyShows(const std::function<bool(const User &)> &wanted);

    std::unique_ptr<MockServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<CountingBackend> m_backend;
    std::unique_ptr<UserTableModel> m_source;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<UserFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    /// Values that occur in the directory, so that every data row filters something real.
    QSet<UserState> m_states;
    QSet<EmailVerification> m_verifications;
};

void TstUserFilterProxyModel::initTestCase()
{
    MockServerConfig config;
    config.users = directorySize;
    m_server = std::make_unique<MockServer>(config);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_backend = std::make_unique<CountingBackend>(&m_network, *m_server, BackendKind::GcoreIam);
    m_source = std::make_unique<UserTableModel>(m_backend.get());
    UserQuery query;
    query.pageSize = 1000;
    m_source->setQuery(query);
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_source.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(loadAll(*m_source));
    QVERIFY2(!m_source->lastError(), errorText(*m_source).constData());
    QCOMPARE(m_source->rowCount(), directorySize);
    for (int row = 0; row < m_source->rowCount(); ++row) {
        m_states.insert(m_source->userAt(row).state);
        m_verifications.insert(m_source->userAt(row).verification);
    }
    QVERIFY(m_states.size() >= 2);
    QVERIFY(m_verifications.size() >= 2);
}

void TstUserFilterProxyModel::init()
{
    m_proxy = std::make_unique<UserFilterProxyModel>();
    m_proxy->setSourceModel(m_source.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TstUserFilterProxyModel::cleanup()
{
    m_proxyTester.reset();
    m_proxy.reset();
}

void TstUserFilterProxyModel::verifyShows(const std::function<bool(const User &)> &wanted)
{
    int expected = 0;
    for (int row = 0; row < m_source->rowCount(); ++row)
        expected += wanted(m_source->userAt(row)) ? 1 : 0;
    QCOMPARE(m_proxy->rowCount(), expected);
    QSet<int> seen;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex proxyIndex = m_proxy->index(row, UserTableModel::Email);
        const QModelIndex source = m_proxy->mapToSource(proxyIndex);
        QVERIFY(source.isValid());
        QCOMPARE(source.column(), int(UserTableModel::Email));
        const User user = m_source->userAt(source.row());
        if (!wanted(user))
            QFAIL(qPrintable(
                QStringLiteral("row %1 (user %2) should be hidden").arg(row).arg(user.id)));
        QCOMPARE(proxyIndex.data().toString(), user.email);
        QCOMPARE(m_proxy->mapFromSource(source), proxyIndex);
        seen.insert(source.row());
    }
    QCOMPARE(seen.size(), expected);
}

void TstUserFilterProxyModel::showsEverythingUnfiltered()
{
    QCOMPARE(m_proxy->userModel(), m_source.get());
    QCOMPARE(m_proxy->rowCount(), directorySize);
    verifyShows([](const User &) { return true; });
    // The C locale of the test run still sorts naturally.
    QCOMPARE(m_proxy->collator().locale().language(), QLocale::English);
    QVERIFY(m_proxy->collator().numericMode());
    QCOMPARE(m_proxy->collator().caseSensitivity(), Qt::CaseInsensitive);
}

void TstUserFilterProxyModel::filterText_data()
{
    QTest::addColumn<QString>("text");
    // Taken from real rows, so that each case matches something.
    const auto at = [this](int row) { return m_source->userAt(row); };
    const User some = at(12345);
    QTest::newRow("email, exact") << some.email;
    QTest::newRow("email, upper case, padded")
        << QStringLiteral("  ") + some.email.toUpper() + QStringLiteral("\t");
    QTest::newRow("email domain") << some.email.section(QLatin1Char('@'), 1);
    QTest::newRow("id") << at(99999).id;
    QTest::newRow("id prefix") << at(500).id.left(3);
    QTest::newRow("name part, lower case")
        << at(777).displayName.section(QLatin1Char(' '), -1).toLower();
    QTest::newRow("login") << at(4242).login;
    QTest::newRow("single letter") << QStringLiteral("q");
    QTest::newRow("nothing matches") << QStringLiteral("no-such-user-anywhere-#%");
    QTest::newRow("only spaces") << QStringLiteral("   ");
}

void TstUserFilterProxyModel::filterText()
{
    QFETCH(QString, text);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text.trimmed());
    verifyShows([&text](const User &user) { return containsText(user, text); });
}

void TstUserFilterProxyModel::stateFilter_data()
{
    QTest::addColumn<int>("state");
    for (const auto state : { UserState::Active, UserState::Inactive, UserState::Locked,
                              UserState::Initial, UserState::Deleted, UserState::Unknown }) {
        QTest::newRow(qPrintable(UserCellText::stateName(state))) << int(state);
    }
}

void TstUserFilterProxyModel::stateFilter()
{
    QFETCH(int, state);
    const auto wanted = UserState(state);
    m_proxy->setStateFilter(wanted);
    QCOMPARE(m_proxy->stateFilter(), std::optional<UserState>(wanted));
    verifyShows([wanted](const User &user) { return user.state == wanted; });
    if (m_states.contains(wanted))
        QVERIFY(m_proxy->rowCount() > 0);
}

void TstUserFilterProxyModel::verificationFilter_data()
{
    QTest::addColumn<int>("verification");
    for (const auto verification : { EmailVerification::Verified, EmailVerification::Unverified,
                                     EmailVerification::Unknown }) {
        QTest::newRow(qPrintable(UserCellText::verificationText(verification)))
            << int(verification);
    }
}

void TstUserFilterProxyModel::verificationFilter()
{
    QFETCH(int, verification);
    const auto wanted = EmailVerification(verification);
    m_proxy->setVerificationFilter(wanted);
    verifyShows([wanted](const User &user) { return user.verification == wanted; });
    if (m_verifications.contains(wanted))
        QVERIFY(m_proxy->rowCount() > 0);
}

void TstUserFilterProxyModel::filtersCombineAndClear()
{
    const UserState state = m_source->userAt(0).state;
    const EmailVerification verification = m_source->userAt(0).verification;
    const QString domain = m_source->userAt(0).email.section(QLatin1Char('@'), 1);
    // A selected row that stays visible stays selected on the same user.
    const QPersistentModelIndex selected = m_proxy->index(0, UserTableModel::Email);
    const QPersistentModelIndex hidden =
        m_proxy->mapFromSource(m_source->index(m_source->rowCount() - 1, 0));
    QVERIFY(hidden.isValid());
    const bool lastStays = containsText(m_source->userAt(m_source->rowCount() - 1), domain);
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    m_proxy->setFilterText(domain);
    QCOMPARE(layout.size(), 1);
    QVERIFY(removed.isEmpty());
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(UserTableModel::IdRole).toString(), m_source->userAt(0).id);
    QCOMPARE(hidden.isValid(), lastStays);

    m_proxy->setStateFilter(state);
    m_proxy->setVerificationFilter(verification);
    verifyShows([&](const User &user) {
        return containsText(user, domain) && user.state == state
            && user.verification == verification;
    });
    QVERIFY(m_proxy->rowCount() >= 1);

    m_proxy->setStateFilter(std::nullopt);
    verifyShows([&](const User &user) {
        return containsText(user, domain) && user.verification == verification;
    });

    m_proxy->clearFilters();
    QVERIFY(m_proxy->filterText().isEmpty());
    QVERIFY(!m_proxy->stateFilter());
    QVERIFY(!m_proxy->verificationFilter());
    QCOMPARE(m_proxy->rowCount(), directorySize);
}

void TstUserFilterProxyModel::sortByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        const QByteArray name = m_source->headerData(column, Qt::Horizontal).toString().toUtf8();
        QTest::newRow(QByteArray(name + " ascending").constData()) << column << Qt::AscendingOrder;
        QTest::newRow(QByteArray(name + " descending").constData())
            << column << Qt::DescendingOrder;
    }
}

void TstUserFilterProxyModel::sortByColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // < 0, 0 or > 0 as `a` sorts before, with or after `b` (numbers before text).
    const auto compare = [&collator](const QVariant &a, const QVariant &b) {
        const bool aNumber = a.typeId() == QMetaType::Int || a.typeId() == QMetaType::LongLong;
        const bool bNumber = b.typeId() == QMetaType::Int || b.typeId() == QMetaType::LongLong;
        if (aNumber && bNumber)
            return a.toLongLong() < b.toLongLong() ? -1 : (a.toLongLong() > b.toLongLong() ? 1 : 0);
        if (aNumber != bNumber)
            return aNumber ? -1 : 1;
        return collator.compare(a.toString(), b.toString());
    };

    m_proxy->sort(column, order);
    QCOMPARE(m_proxy->rowCount(), directorySize);
    QCOMPARE(m_proxy->sortColumn(), column);

    QVariant previous;
    int distinct = 0;
    QSet<int> sourceRows;
    sourceRows.reserve(directorySize);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, column);
        const QModelIndex source = m_proxy->mapToSource(index);
        sourceRows.insert(source.row());
        const User user = m_source->userAt(source.row());
        const QVariant key = index.data(UserTableModel::SortRole);
        if (row > 0) {
            const int c = compare(previous, key);
            const bool inOrder = order == Qt::AscendingOrder ? c <= 0 : c >= 0;
            if (!inOrder)
                QFAIL(qPrintable(QStringLiteral("rows %1 and %2 out of order: %3, %4")
                                     .arg(row - 1)
                                     .arg(row)
                                     .arg(previous.toString(), key.toString())));
            distinct += c != 0 ? 1 : 0;
        }
        previous = key;
        // The proxy row shows the user it maps to.
        if (index.data().toString() != m_source->index(source.row(), column).data().toString()
            || m_proxy->index(row, UserTableModel::Id).data().toString() != user.id)
            QFAIL(qPrintable(QStringLiteral("proxy row %1 does not show source row %2")
                                 .arg(row)
                                 .arg(source.row())));
    }
    QCOMPARE(sourceRows.size(), directorySize);
    QVERIFY(distinct > 0); // the column really has more than one value
}

void TstUserFilterProxyModel::filterWhileSorted()
{
    m_proxy->sort(UserTableModel::Name, Qt::AscendingOrder);
    const EmailVerification verification = m_source->userAt(10).verification;
    m_proxy->setVerificationFilter(verification);
    verifyShows([verification](const User &user) { return user.verification == verification; });
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < m_proxy->rowCount(); ++row) {
        const QString a = m_proxy->index(row - 1, UserTableModel::Name).data().toString();
        const QString b = m_proxy->index(row, UserTableModel::Name).data().toString();
        if (collator.compare(a, b) > 0)
            QFAIL(qPrintable(QStringLiteral("%1 sorts after %2").arg(a, b)));
    }
}

void TstUserFilterProxyModel::followsSourceUpdates()
{
    // An email change that moves a user out of (and back into) the filtered rows.
    const int sourceRow = 31337;
    const User original = m_source->userAt(sourceRow);
    m_proxy->setFilterText(original.email);
    const int before = m_proxy->rowCount();
    QVERIFY(before >= 1);

    User changed = original;
    changed.email = QStringLiteral("moved-away@changed.example");
    changed.login = changed.email; // Gcore logs in with the address
    QVERIFY(m_source->updateUser(changed));
    QCOMPARE(m_proxy->rowCount(), before - 1);

    m_proxy->setFilterText(QStringLiteral("moved-away@changed"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->mapToSource(m_proxy->index(0, 0)).row(), sourceRow);

    QVERIFY(m_source->updateUser(original));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TstUserFilterProxyModel::narrowingMatchesFullFilter()
{
    // Typing on checks only the rows still shown; every step must show what a fresh proxy
    // with the same text shows. Then back again (widening) and across the filters.
    const QStringList typed = { QStringLiteral("1"),   QStringLiteral("12"),
                                QStringLiteral("123"), QStringLiteral("12"),
                                QStringLiteral("1"),   QStringLiteral(""),
                                QStringLiteral("E"),   QStringLiteral("eX"),
                                QStringLiteral("exa"), QStringLiteral("example.") };
    m_proxy->sort(UserTableModel::Name);
    for (const QString &text : typed) {
        m_proxy->setFilterText(text);
        verifyShows([&text](const User &user) {
            return user.id.contains(text, Qt::CaseInsensitive)
                || user.login.contains(text, Qt::CaseInsensitive)
                || user.displayName.contains(text, Qt::CaseInsensitive)
                || user.email.contains(text, Qt::CaseInsensitive);
        });
    }
    const EmailVerification verification = m_source->userAt(3).verification;
    m_proxy->setVerificationFilter(verification); // narrows too
    verifyShows([verification](const User &user) {
        return user.verification == verification
            && (user.id.contains(QStringLiteral("example."), Qt::CaseInsensitive)
                || user.login.contains(QStringLiteral("example."), Qt::CaseInsensitive)
                || user.displayName.contains(QStringLiteral("example."), Qt::CaseInsensitive)
                || user.email.contains(QStringLiteral("example."), Qt::CaseInsensitive));
    });
}

void TstUserFilterProxyModel::narrowingSeesChangedRows()
{
    // A row hidden by "zq", then changed to contain "zqx": typing "x" must find it, although
    // narrowing skips rows the shorter text hid.
    const int sourceRow = 4242;
    const User original = m_source->userAt(sourceRow);
    m_proxy->setFilterText(QStringLiteral("zq"));
    const int before = m_proxy->rowCount();
    User changed = original;
    changed.displayName = QStringLiteral("Zqx Renamed");
    QVERIFY(m_source->updateUser(changed));
    QCOMPARE(m_proxy->rowCount(), before + 1);
    m_proxy->setFilterText(QStringLiteral("zqx"));
    QVERIFY(m_proxy->rowCount() >= 1);
    QVERIFY(m_proxy->mapFromSource(m_source->index(sourceRow, 0)).isValid());
    QVERIFY(m_source->updateUser(original));
    verifyShows([](const User &user) {
        return user.displayName.contains(QStringLiteral("zqx"), Qt::CaseInsensitive)
            || user.login.contains(QStringLiteral("zqx"), Qt::CaseInsensitive)
            || user.email.contains(QStringLiteral("zqx"), Qt::CaseInsensitive)
            || user.id.contains(QStringLiteral("zqx"), Qt::CaseInsensitive);
    });
}

void TstUserFilterProxyModel::ignoresCaseLikeQString_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii upper") << QStringLiteral("ANNA BERG") << QStringLiteral("berg");
    QTest::newRow("mixed text") << QStringLiteral("anna berg") << QStringLiteral("BeRg");
    QTest::newRow("accent, ascii text") << QStringLiteral("Chloé") << QStringLiteral("chlo");
    QTest::newRow("accent in text") << QStringLiteral("CHLOÉ") << QStringLiteral("chloé");
    QTest::newRow("kelvin sign folds to k") << QStringLiteral("\u212Aai") << QStringLiteral("kai");
    QTest::newRow("long s folds to s") << QStringLiteral("ro\u017Fa") << QStringLiteral("rosa");
    QTest::newRow("no match at the end") << QStringLiteral("berger") << QStringLiteral("gerx");
    QTest::newRow("text longer than name") << QStringLiteral("ab") << QStringLiteral("abc");
    QTest::newRow("symbols") << QStringLiteral("a[b]@c") << QStringLiteral("[B]@");
}

void TstUserFilterProxyModel::ignoresCaseLikeQString()
{
    // The ASCII fast path must answer as QString::contains(Qt::CaseInsensitive) does.
    QFETCH(QString, name);
    QFETCH(QString, text);
    User user;
    user.id = QStringLiteral("1");
    user.displayName = name;
    m_proxy->setFilterText(text);
    const bool expected = name.contains(text, Qt::CaseInsensitive);
    QCOMPARE(m_proxy->accepts(user), expected);

    // The same through a loaded row, whose texts the filter reads in place as UTF-8.
    const int sourceRow = 4242;
    const User original = m_source->userAt(sourceRow);
    User changed = original;
    changed.displayName = name;
    changed.login = QStringLiteral("zz");
    changed.email = QStringLiteral("zz@zz.invalid");
    QVERIFY(m_source->updateUser(changed));
    const bool shown = m_proxy->mapFromSource(m_source->index(sourceRow, 0)).isValid();
    QVERIFY(m_source->updateUser(original));
    QCOMPARE(shown, expected);
}

void TstUserFilterProxyModel::sortRanksFollowUpdates()
{
    // Ranked once by the sort; a renamed user must move to its new place all the same.
    m_proxy->sort(UserTableModel::Name, Qt::AscendingOrder);
    const int sourceRow = 777;
    const User original = m_source->userAt(sourceRow);
    User changed = original;
    changed.displayName = QStringLiteral("\u00C4aaaa first");
    // A selection on the user follows it to its new place.
    const QPersistentModelIndex selected = m_proxy->mapFromSource(m_source->index(sourceRow, 1));
    QVERIFY(selected.isValid());
    QVERIFY(m_source->updateUser(changed));
    QCOMPARE(m_proxy->mapToSource(m_proxy->index(0, 0)).row(), sourceRow);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.column(), 1);
    changed.displayName = QStringLiteral("zzzzz last");
    QVERIFY(m_source->updateUser(changed));
    QCOMPARE(m_proxy->mapToSource(m_proxy->index(m_proxy->rowCount() - 1, 0)).row(), sourceRow);
    QCOMPARE(selected.row(), m_proxy->rowCount() - 1);
    QVERIFY(m_source->updateUser(original));
    QCOMPARE(m_proxy->mapToSource(selected).row(), sourceRow);
}

void TstUserFilterProxyModel::placesFetchedPages_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("sortedBeforeFirstPage");
    QTest::newRow("ascending") << Qt::AscendingOrder << QString() << false;
    QTest::newRow("descending") << Qt::DescendingOrder << QString() << false;
    QTest::newRow("descending, filtered") << Qt::DescendingOrder << QStringLiteral("1") << false;
    QTest::newRow("sorted while empty") << Qt::AscendingOrder << QString() << true;
}

void TstUserFilterProxyModel::placesFetchedPages()
{
    // Pages fetched by scrolling a sorted table (no Load all) go to their places in the
    // order at once, each run of neighbours as one insertion (the tester checks the signals).
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, filter);
    QFETCH(bool, sortedBeforeFirstPage);
    UserTableModel model(m_backend.get());
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    if (sortedBeforeFirstPage)
        proxy.sort(UserTableModel::Name, order);
    model.setQuery(pagesOf(100));
    QVERIFY(waitIdle(model));
    proxy.sort(UserTableModel::Name, order);
    proxy.setFilterText(filter);
    QVERIFY(proxy.rowCount() > 0);
    const QPersistentModelIndex selected = proxy.index(proxy.rowCount() / 2, 0);
    const QString selectedId = selected.data(UserTableModel::IdRole).toString();
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    for (int page = 0; page < 4; ++page) {
        model.fetchMore(QModelIndex());
        QVERIFY(waitIdle(model));
    }
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(inserted.size() > 4); // placed, not appended as one block per page
    QVERIFY(layout.isEmpty());
    QCOMPARE(selected.data(UserTableModel::IdRole).toString(), selectedId);

    int expected = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        expected += proxy.accepts(model.userAt(row)) ? 1 : 0;
    QCOMPARE(proxy.rowCount(), expected);
    QSet<int> sourceRows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        QCOMPARE(proxy.mapFromSource(source).row(), row);
        sourceRows.insert(source.row());
        if (row == 0)
            continue;
        const int previous = proxy.mapToSource(proxy.index(row - 1, 0)).row();
        const int c = UserSortRanks::compare(model.userAt(previous), model.userAt(source.row()),
                                             UserTableModel::Name, proxy.collator());
        // Equal names keep the model's order.
        const bool inOrder =
            (order == Qt::AscendingOrder ? c < 0 : c > 0) || (c == 0 && previous < source.row());
        if (!inOrder)
            QFAIL(qPrintable(
                QStringLiteral("proxy rows %1 and %2 out of order").arg(row - 1).arg(row)));
    }
    QCOMPARE(sourceRows.size(), expected);
}

void TstUserFilterProxyModel::refusesOtherSourceModels()
{
    QStandardItemModel other(3, 2);
    QTest::ignoreMessage(QtWarningMsg, "UserFilterProxyModel needs a UserTableModel as its source");
    m_proxy->setSourceModel(&other);
    QCOMPARE(m_proxy->sourceModel(), m_source.get());
    QCOMPARE(m_proxy->rowCount(), directorySize);
}

QTEST_MAIN(TstUserFilterProxyModel)
#include "tst_userfilterproxymodel.moc"
