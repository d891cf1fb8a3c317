// ProfileListModel over a ProfileStore on a temporary file: stored profiles in file order,
// the demo's in-memory profiles after them, and a reset whenever the store changes.

#include "ProfileListModel.h"
#include "ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

ConnectionProfile profile(const QString &name, BackendKind kind)
{
    ConnectionProfile result;
    result.name = name;
    result.settings.kind = kind;
    result.settings.baseUrl = QUrl(QStringLiteral("https://idp.example.org"));
    result.settings.authMethod = ConnectionProfile::supportedAuthMethods(kind).first();
    result.settings.principal = QStringLiteral("helpdesk");
    result.settings.organisationId = QStringLiteral("123456");
    result.settings.accountName = QStringLiteral("domain");
    result.settings.projectName = QStringLiteral("ap-southeast-3");
    return result;
}

} // namespace

class TstProfileListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void emptyStoreIsEmpty();
    void listsStoredProfilesInFileOrder();
    void kindRoles_data();
    void kindRoles();
    void followsStoreChanges();
    void extraProfilesFollowStoredOnes();
    void rowForNamePrefersStoredProfiles();
    void storeDestroyedLeavesExtras();

private:
    void attachTester(ProfileListModel *model)
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstProfileListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_store->load());
}

void TstProfileListModel::cleanup()
{
    m_tester.reset();
    m_store.reset();
    m_dir.reset();
}

void TstProfileListModel::emptyStoreIsEmpty()
{
    ProfileListModel model(m_store.get());
    attachTester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model.rowForName(QStringLiteral("Production")), -1);
    QCOMPARE(model.store(), m_store.get());
}

void TstProfileListModel::listsStoredProfilesInFileOrder()
{
    QVERIFY(m_store->add(profile(QStringLiteral("Production"), BackendKind::GcoreIam)));
    QVERIFY(m_store->add(profile(QStringLiteral("Staging"), BackendKind::ZitadelManagement)));
    ProfileListModel model(m_store.get());
    attachTester(&model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Production"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Staging"));
    QVERIFY(model.isStored(0));
    QCOMPARE(model.index(1).data(ProfileListModel::StoredRole).toBool(), true);
    QCOMPARE(model.profileAt(1), m_store->profiles().at(1));
}

void TstProfileListModel::kindRoles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("kindName");
    QTest::newRow("gcore") << int(BackendKind::GcoreIam) << QStringLiteral("Gcore IAM")
                           << QStringLiteral("gcore");
    QTest::newRow("zitadel") << int(BackendKind::ZitadelManagement)
                             << QStringLiteral("ZITADEL (management)") << QStringLiteral("zitadel");
    QTest::newRow("zitadel-self") << int(BackendKind::ZitadelSelf)
                                  << QStringLiteral("ZITADEL (own account)")
                                  << QStringLiteral("zitadel-self");
    QTest::newRow("codearts") << int(BackendKind::CodeArtsRepo)
                              << QStringLiteral("Huawei CodeArts Repo")
                              << QStringLiteral("codearts");
    QTest::newRow("acronis") << int(BackendKind::Acronis) << QStringLiteral("Acronis")
                             << QStringLiteral("acronis");
}

void TstProfileListModel::kindRoles()
{
    QFETCH(int, kind);
    QFETCH(QString, displayName);
    QFETCH(QString, kindName);
    const ConnectionProfile stored = profile(QStringLiteral("Saved"), BackendKind(kind));
    QVERIFY2(m_store->add(stored), qPrintable(m_store->errorString()));
    ProfileListModel model(m_store.get());
    attachTester(&model);
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Saved"));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), displayName);
    QCOMPARE(index.data(ProfileListModel::KindRole).toString(), displayName);
    QCOMPARE(index.data(ProfileListModel::KindNameRole).toString(), kindName);
}

void TstProfileListModel::followsStoreChanges()
{
    ProfileListModel model(m_store.get());
    attachTester(&model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(m_store->add(profile(QStringLiteral("Production"), BackendKind::GcoreIam)));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);

    ConnectionProfile renamed = profile(QStringLiteral("Live"), BackendKind::Acronis);
    QVERIFY(m_store->replace(QStringLiteral("Production"), renamed));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Live"));
    QCOMPARE(model.index(0).data(ProfileListModel::KindNameRole).toString(),
             QStringLiteral("acronis"));

    // A change made by another process (the CLI) shows after load().
    ProfileStore other(m_store->filePath());
    QVERIFY(other.load());
    QVERIFY(other.add(profile(QStringLiteral("From CLI"), BackendKind::CodeArtsRepo)));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(m_store->load());
    QCOMPARE(reset.size(), 3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("From CLI"));

    QVERIFY(m_store->remove(QStringLiteral("Live")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("From CLI"));

    // A refused change leaves the list alone.
    QVERIFY(!m_store->add(profile(QStringLiteral("From CLI"), BackendKind::GcoreIam)));
    QCOMPARE(model.rowCount(), 1);
}

void TstProfileListModel::extraProfilesFollowStoredOnes()
{
    QVERIFY(m_store->add(profile(QStringLiteral("Production"), BackendKind::GcoreIam)));
    ProfileListModel model(m_store.get());
    attachTester(&model);
    const QList<ConnectionProfile> demo {
        profile(QStringLiteral("zitadel"), BackendKind::ZitadelManagement),
        profile(QStringLiteral("acronis"), BackendKind::Acronis)
    };
    model.setExtraProfiles(demo);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Production"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("zitadel"));
    QCOMPARE(model.index(2).data(ProfileListModel::KindRole).toString(), QStringLiteral("Acronis"));
    QVERIFY(!model.isStored(1));
    QCOMPARE(model.index(2).data(ProfileListModel::StoredRole).toBool(), false);
    QCOMPARE(model.profileAt(2).settings.kind, BackendKind::Acronis);
    QCOMPARE(model.extraProfiles(), demo);

    // Saving another profile inserts it before the extras.
    QVERIFY(m_store->add(profile(QStringLiteral("Staging"), BackendKind::GcoreIam)));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Staging"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("zitadel"));
    // Extras are never written to the file.
    QCOMPARE(m_store->names(),
             QStringList({ QStringLiteral("Production"), QStringLiteral("Staging") }));

    model.setExtraProfiles({});
    QCOMPARE(model.rowCount(), 2);
}

void TstProfileListModel::rowForNamePrefersStoredProfiles()
{
    QVERIFY(m_store->add(profile(QStringLiteral("zitadel"), BackendKind::GcoreIam)));
    ProfileListModel model(m_store.get());
    attachTester(&model);
    model.setExtraProfiles({ profile(QStringLiteral("zitadel"), BackendKind::ZitadelManagement),
                             profile(QStringLiteral("acronis"), BackendKind::Acronis) });
    QCOMPARE(model.rowForName(QStringLiteral("zitadel")), 0);
    QVERIFY(model.isStored(0));
    QCOMPARE(model.rowForName(QStringLiteral("acronis")), 2);
    QCOMPARE(model.rowForName(QStringLiteral("missing")), -1);
}

void TstProfileListModel::storeDestroyedLeavesExtras()
{
    QVERIFY(m_store->add(profile(QStringLiteral("Production"), BackendKind::GcoreIam)));
    ProfileListModel model(m_store.get());
    attachTester(&model);
    model.setExtraProfiles({ profile(QStringLiteral("demo"), BackendKind::GcoreIam) });
    QCOMPARE(model.rowCount(), 2);
    m_store.reset();
    QVERIFY(!model.store());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("demo"));
}

QTEST_GUILESS_MAIN(TstProfileListModel)
#include "tst_profilelistmodel.moc"
