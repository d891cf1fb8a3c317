// What UserTableModel shows: headers, every column and role for real Gcore IAM users from the
// in-process mock server, the verification column's text and icon, a pending address, and
// updateUser() changing one row in place.

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
        const User &user = model->userAt(row);
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

QTEST_MAIN(TstUserTableModelData)
#include "tst_usertablemodeldata.moc"
