// What UserTableModel shows: headers, every column and role for real Gcore IAM users from the
// in-process mock server, the verification column's text and icon, a pending address, and
// updateUser() changing one row in place, and ZITADEL organisations shown by name (one lookup
// per organisation, never per row).

#include "ModelTestSupport.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;

namespace {

constexpr int smallDirectory = 250;
constexpr int smallPage = 100;

} // namespace

class TstUserTableModelData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void emptyModelAndHeaders();
    void updateUserChangesOneRowInPlace();
    void displayAndRoles();
    void verificationColumn_data();
    void verificationColumn();
    void pendingEmailIsShown();
    void organisationNamesWithoutPerRowRequests_data();
    void organisationNamesWithoutPerRowRequests();

private:
    std::unique_ptr<MockServer> m_small;
    QNetworkAccessManager m_network;
};

void TstUserTableModelData::initTestCase()
{
    MockServerConfig config;
    config.users = smallDirectory;
    m_small = std::make_unique<MockServer>(config);
    QVERIFY2(m_small->listen(), qPrintable(m_small->errorString()));
}

void TstUserTableModelData::emptyModelAndHeaders()
{
    UserTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model.rowForUserId(QStringLiteral("1")), -1);
    QVERIFY(!model.updateUser(User()));

    const QStringList expected { QStringLiteral("ID"),           QStringLiteral("Login"),
                                 QStringLiteral("Name"),         QStringLiteral("Email"),
                                 QStringLiteral("Verification"), QStringLiteral("State"),
                                 QStringLiteral("Organisation") };
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TstUserTableModelData::updateUserChangesOneRowInPlace()
{
    CountingBackend backend(&m_network, *m_small, BackendKind::GcoreIam);
    auto model = checkedModel(&backend, pagesOf(smallPage));
    QVERIFY(loadAll(*model));
    const int row = 137;
    User user = model->userAt(row);
    user.email = QStringLiteral("changed.address@example.org");
    user.verification = EmailVerification::Unverified;

    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
    QVERIFY(model->updateUser(user));
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model->index(row, 0));
    QCOMPARE(bottomRight, model->index(row, UserTableModel::ColumnCount - 1));
    QVERIFY(layout.isEmpty());
    QCOMPARE(model->rowCount(), smallDirectory);
    QCOMPARE(model->rowForUserId(user.id), row);
    QCOMPARE(model->userAt(row), user);
    QCOMPARE(model->index(row, UserTableModel::Email).data().toString(), user.email);
    QCOMPARE(model->index(row, UserTableModel::Verification).data().toString(),
             QStringLiteral("Not verified"));

    User stranger = user;
    stranger.id = QStringLiteral("999999999");
    QVERIFY(!model->updateUser(stranger));
    QCOMPARE(changed.size(), 1);
}

void TstUserTableModelData::displayAndRoles()
{
    CountingBackend backend(&m_network, *m_small, BackendKind::GcoreIam);
    auto model = checkedModel(&backend, pagesOf(smallPage));
    QVERIFY(loadAll(*model));
    for (const int row : { 0, 99, 100, 249 }) {
        const User user = model->userAt(row);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(UserTableModel::Id).toString(), user.id);
        QCOMPARE(cell(UserTableModel::Login).toString(), user.login);
        QCOMPARE(cell(UserTableModel::Name).toString(), user.displayName);
        QCOMPARE(cell(UserTableModel::Email).toString(), user.email);
        QCOMPARE(cell(UserTableModel::State).toString(), user.stateText);
        QCOMPARE(cell(UserTableModel::Organisation).toString(), user.organisationName);
        QCOMPARE(cell(UserTableModel::Organisation, Qt::ToolTipRole).toString(),
                 QStringLiteral("%1 (%2)").arg(user.organisationName, user.organisationId));
        QCOMPARE(cell(UserTableModel::Email, Qt::ToolTipRole).toString(), user.email);
        for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
            QCOMPARE(cell(column, UserTableModel::IdRole).toString(), user.id);
            QCOMPARE(cell(column, UserTableModel::UserRole).value<User>(), user);
            QVERIFY(!cell(column, Qt::ToolTipRole).toString().isEmpty());
            QVERIFY(model->flags(model->index(row, column)).testFlag(Qt::ItemIsSelectable));
        }
        // Gcore ids are numbers and sort as numbers.
        QCOMPARE(cell(UserTableModel::Id, UserTableModel::SortRole).typeId(),
                 int(QMetaType::LongLong));
        QCOMPARE(cell(UserTableModel::Id, UserTableModel::SortRole).toLongLong(),
                 user.id.toLongLong());
        QCOMPARE(cell(UserTableModel::Email, UserTableModel::SortRole).toString(), user.email);
        QVERIFY(!cell(UserTableModel::Email, Qt::DecorationRole).isValid());
    }
    const QHash<int, QByteArray> roles = model->roleNames();
    QCOMPARE(roles.value(UserTableModel::UserRole), QByteArray("user"));
    QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
}

void TstUserTableModelData::verificationColumn_data()
{
    QTest::addColumn<EmailVerification>("verification");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sortRank");
    QTest::newRow("verified") << EmailVerification::Verified << QStringLiteral("Verified") << 0;
    QTest::newRow("not verified") << EmailVerification::Unverified << QStringLiteral("Not verified")
                                  << 1;
    QTest::newRow("unknown") << EmailVerification::Unknown << QStringLiteral("Unknown") << 2;
}

void TstUserTableModelData::verificationColumn()
{
    QFETCH(EmailVerification, verification);
    QFETCH(QString, text);
    QFETCH(int, sortRank);

    CountingBackend backend(&m_network, *m_small, BackendKind::GcoreIam);
    auto model = checkedModel(&backend, pagesOf(smallPage));
    QVERIFY(loadAll(*model));
    User user = model->userAt(3);
    user.verification = verification;
    QVERIFY(model->updateUser(user));

    const QModelIndex cell = model->index(3, UserTableModel::Verification);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(UserTableModel::SortRole).toInt(), sortRank);
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    // Never colour alone: an icon with its own shape, from the theme or the drawn fallback.
    const QIcon icon = cell.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(16, 16).isNull());
    QCOMPARE(icon.pixmap(32, 32).toImage().size(), QSize(32, 32));

    // The three states have three different pictures.
    QSet<qint64> keys;
    for (const auto state : { EmailVerification::Verified, EmailVerification::Unverified,
                              EmailVerification::Unknown }) {
        user.verification = state;
        QVERIFY(model->updateUser(user));
        keys.insert(cell.data(Qt::DecorationRole).value<QIcon>().cacheKey());
    }
    QCOMPARE(keys.size(), 3);
}

void TstUserTableModelData::pendingEmailIsShown()
{
    CountingBackend backend(&m_network, *m_small, BackendKind::GcoreIam);
    auto model = checkedModel(&backend, pagesOf(smallPage));
    QVERIFY(loadAll(*model));
    User user = model->userAt(42);
    user.state = UserState::Active;
    user.stateText = QStringLiteral("Active");
    user.pendingEmail = QStringLiteral("new@example.org");
    QVERIFY(model->updateUser(user));

    const auto cell = [&](int column, int role) { return model->index(42, column).data(role); };
    QCOMPARE(cell(UserTableModel::Email, Qt::DisplayRole).toString(), user.email);
    QCOMPARE(cell(UserTableModel::Email, Qt::ToolTipRole).toString(),
             user.email + QStringLiteral(" (pending: new@example.org)"));
    QCOMPARE(cell(UserTableModel::State, Qt::DisplayRole).toString(),
             QStringLiteral("Pending confirmation"));
    const QString stateTip = cell(UserTableModel::State, Qt::ToolTipRole).toString();
    QVERIFY2(stateTip.contains(QLatin1String("Active"))
                 && stateTip.contains(QLatin1String("new@example.org")),
             qPrintable(stateTip));
}

void TstUserTableModelData::organisationNamesWithoutPerRowRequests_data()
{
    QTest::addColumn<int>("api");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("lookupPath");
    QTest::addColumn<int>("organisations");
    // v1 lists the service account's own organisation; v2 every one it may read.
    QTest::newRow("management v1: GetMyOrg") << int(ZitadelApiVersion::V1) << QByteArray("GET")
                                             << QStringLiteral("/management/v1/orgs/me") << 1;
    QTest::newRow("user service v2: ListOrganizations")
        << int(ZitadelApiVersion::V2) << QByteArray("POST")
        << QStringLiteral("/v2/organizations/_search") << 3;
}

void TstUserTableModelData::organisationNamesWithoutPerRowRequests()
{
    QFETCH(int, api);
    QFETCH(QByteArray, method);
    QFETCH(QString, lookupPath);
    QFETCH(int, organisations);
    const auto server = modeltest::startMockServer(300);
    ConnectionSettings settings = modeltest::mockSettings(*server, BackendKind::ZitadelManagement);
    settings.zitadelApi = ZitadelApiVersion(api);
    std::unique_ptr<IdentityBackend> backend(BackendFactory::create(
        &m_network, settings, modeltest::mockSecret(*server, BackendKind::ZitadelManagement)));
    const auto model = modeltest::checkedModel(backend.get(), modeltest::pagesOf(10));
    QVERIFY(modeltest::loadAll(*model));
    QVERIFY2(!model->lastError(), modeltest::errorText(*model).constData());
    QVERIFY(model->rowCount() > 50);

    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, UserTableModel::Organisation);
        const QString name = cell.data(Qt::DisplayRole).toString();
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(QStringList({ QStringLiteral("Northwind Helpdesk"),
                               QStringLiteral("Contoso Retail"), QStringLiteral("Fabrikam Labs") })
                     .contains(name),
                 qPrintable(name));
        // The id in the tooltip, beside the name.
        QVERIFY2(tip.startsWith(name + QStringLiteral(" (2763819563920")), qPrintable(tip));
        ids.insert(tip);
    }
    QCOMPARE(ids.size(), organisations);
    // Many pages of ten rows: one lookup per organisation, none per row or page.
    QCOMPARE(server->requestCount(method, lookupPath), organisations);
}

QTEST_MAIN(TstUserTableModelData)
#include "tst_usertablemodeldata.moc"
