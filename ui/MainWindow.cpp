#include "MainWindow.h"

#include "BulkActions.h"
#include "BulkResumeOffer.h"
#include "DemoActions.h"
#include "ErrorBanner.h"
#include "HistoryController.h"
#include "ListingScopeNotice.h"
#include "ListingStatus.h"
#include "LoadAllController.h"
#include "LoadAllProgress.h"
#include "MainWindowMenus.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "ProfileSecretReader.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "SecretStore.h"
#include "ServiceError.h"
#include "SessionSecretOffer.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserListSession.h"
#include "UserTableArea.h"
#include "UserTableView.h"
#include "ViewSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace {
constexpr int statusTimeoutMs = 30000;
} // namespace

MainWindow::MainWindow(ProfileListModel *profiles, SecretStore *storedSecrets,
                       MemorySecretStore *sessionSecrets, QNetworkAccessManager *network,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_storedSecrets(storedSecrets)
    , m_sessionSecrets(sessionSecrets)
    , m_network(network)
    , m_secretReader(new ProfileSecretReader(storedSecrets, sessionSecrets, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IdentityDesk"));
    auto *central = new QWidget(this);

    m_banner = new ErrorBanner(central);
    m_banner->setObjectName(QStringLiteral("windowBanner"));
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] {
        // Copied first: the action may replace itself (a retry that fails again).
        if (const std::function<void()> action = m_bannerAction)
            action();
    });
    m_sessionSecretOffer = new SessionSecretOffer(m_banner, sessionSecrets, this);
    connect(m_banner, &ErrorBanner::secondaryActionTriggered, this, [this] {
        if (const int row = m_profileCombo->currentIndex(); row >= 0)
            m_sessionSecretOffer->ask(m_profiles->profileAt(row));
    });
    connect(m_sessionSecretOffer, &SessionSecretOffer::secretKept, this,
            [this](const QString &profileName) {
                const int current = m_profileCombo->currentIndex();
                if (current >= 0 && m_profiles->profileAt(current).name == profileName)
                    selectProfile(current);
            });

    m_profileCombo = new QComboBox(central);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(14);
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->setModel(m_profiles);
        m_profileCombo->setCurrentIndex(-1);
    }
    auto *profileLabel = new QLabel(tr("&Profile:"), central);
    profileLabel->setBuddy(m_profileCombo);
    m_filterBar = new UserFilterBar(central);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));

    m_proxy = new UserFilterProxyModel(this);
    m_area = new UserTableArea(m_proxy, central);
    m_view = m_area->view();
    m_scopeNotice = new ListingScopeNotice(central);
    m_actions = new UserActions(m_view, m_proxy, this);
    m_history = new HistoryController(m_profiles, this);
    m_actions->setJournal(m_history->journal());
    connect(m_actions, &UserActions::historyRequested, m_history,
            &HistoryController::showUserHistory);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(profileLabel);
    topRow->addWidget(m_profileCombo);
    topRow->addSpacing(topRow->spacing() * 3);
    topRow->addWidget(m_filterBar, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_history->banner());
    layout->addLayout(topRow);
    layout->addWidget(m_scopeNotice);
    layout->addWidget(m_area, 1);
    setCentralWidget(central);

    m_listing = new ListingStatus(statusBar());
    m_listing->setObjectName(QStringLiteral("listingStatus"));
    statusBar()->addPermanentWidget(m_listing);
    auto *loadAllProgress = new LoadAllProgress(statusBar());
    loadAllProgress->setObjectName(QStringLiteral("loadAllProgress"));
    statusBar()->addPermanentWidget(loadAllProgress);
    m_loadAll = new LoadAllController(loadAllProgress, this);
    connect(m_loadAll, &LoadAllController::statusMessage, this, &MainWindow::showStatus);
    connect(m_loadAll, &LoadAllController::warning, this,
            [this](const QString &headline, const QString &details) {
                m_banner->showMessage(ErrorBanner::Level::Warning, headline, details);
                m_bannerAction = {};
                showStatus(headline);
            });
    connect(m_loadAll, &LoadAllController::failed, this,
            [this](const QString &headline, const QString &details) {
                showProblem(headline, details, [this] { m_loadAll->start(); });
            });
    connect(m_area, &UserTableArea::loadAllRequested, m_loadAll, &LoadAllController::start);
    connect(m_scopeNotice, &ListingScopeNotice::loadAllRequested, m_loadAll,
            &LoadAllController::start);

    m_session = new UserListSession(
        m_network, { m_proxy, m_area, m_listing, m_scopeNotice, m_filterBar, m_actions, m_loadAll },
        this);
    connect(m_session, &UserListSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_session, &UserListSession::pageLoaded, this, &MainWindow::sessionPageLoaded);
    connect(m_session, &UserListSession::pageFailed, this, &MainWindow::pageFailed);

    connect(m_actions, &UserActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_actions, &UserActions::failed, this,
            [this](const QString &action, const ServiceError &error) {
                showProblem(tr("%1 failed: %2").arg(action, ErrorBanner::headlineFor(error)),
                            error.message());
            });

    buildMenus();
    // Bulk changes bring their own menu, and their offer to resume a run goes above the table.
    auto *bulk = new BulkActions(m_actions, m_view, this);
    layout->insertWidget(layout->indexOf(m_history->banner()) + 1, bulk->resumeOffer());
    connect(bulk, &BulkActions::changesApplied, this, &MainWindow::reload);
    connect(bulk, &BulkActions::statusMessage, this, &MainWindow::showStatus);
    if (!ViewSettings::restoreWindow(*this))
        resize(1120, 700);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::activateProfile);
    // The combo box resets its own selection with the model; keep its signals quiet meanwhile
    // so that a re-read profile list does not close and reopen the open profile.
    connect(m_profiles, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_profileCombo->blockSignals(true); });
    connect(m_profiles, &QAbstractItemModel::modelReset, this, &MainWindow::profilesReset);
    connect(m_secretReader, &ProfileSecretReader::secretRead, this, &MainWindow::secretRead);
    connect(m_secretReader, &ProfileSecretReader::failed, this,
            [this](const QString &, const QString &headline, const QString &details,
                   bool keyringMissing) { secretFailed(headline, details, keyringMissing); });
}

void MainWindow::profilesReset()
{
    const int row = m_profileName.isEmpty() ? -1 : m_profiles->rowForName(m_profileName);
    m_profileCombo->setCurrentIndex(row);
    m_profileCombo->blockSignals(false);
    if (row < 0 && !m_profileName.isEmpty())
        selectInitialProfile(); // the open profile was removed
}

void MainWindow::openProfilesDialog()
{
    ProfileStore *store = m_profiles->store();
    if (!store || !m_storedSecrets || !m_sessionSecrets)
        return;
    auto *dialog = new ProfilesDialog(store, m_storedSecrets, m_sessionSecrets, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_profiles->extraProfiles().isEmpty())
        dialog->setBuiltInProfiles(m_profiles->extraProfiles());
    dialog->open();
}

MainWindow::~MainWindow()
{
    closeSession();
}

IdentityBackend *MainWindow::backend() const
{
    return m_session->backend();
}

UserTableModel *MainWindow::userModel() const
{
    return m_session->users();
}

void MainWindow::buildMenus()
{
    const MainWindowMenus menus(this, { m_actions, m_view, m_loadAll, m_history },
                                m_profiles->store() && m_storedSecrets && m_sessionSecrets);
    connect(menus.reload, &QAction::triggered, this, &MainWindow::reload);
    connect(menus.find, &QAction::triggered, m_filterBar, &UserFilterBar::focusText);
    connect(menus.profiles, &QAction::triggered, this, &MainWindow::openProfilesDialog);
}

void MainWindow::selectProfile(int row)
{
    if (m_profileCombo->currentIndex() == row)
        activateProfile(row); // e.g. a retry after a failure
    else
        m_profileCombo->setCurrentIndex(row);
}

void MainWindow::selectInitialProfile()
{
    if (m_profiles->rowCount() == 0) {
        activateProfile(-1);
        return;
    }
    const int last = m_profiles->rowForName(ViewSettings::lastProfile());
    selectProfile(last >= 0 ? last : 0);
}

void MainWindow::activateProfile(int row)
{
    const bool valid = row >= 0 && row < m_profiles->rowCount();
    if (valid && (m_session->isOpen() || m_secretReader->isReading())
        && m_profiles->profileAt(row).name == m_profileName
        && m_profiles->isStored(row) == m_profileStored)
        return; // the same profile, e.g. after the profile list was read again

    m_session->saveColumns();
    closeSession();
    if (!valid) {
        setWindowTitle(tr("IdentityDesk"));
        if (m_profiles->rowCount() == 0) {
            m_banner->showMessage(ErrorBanner::Level::Information,
                                  tr("There are no connection profiles yet."),
                                  tr("Add one with File \u203a Manage Profiles, or try the "
                                     "offline demo with \u201cidentitydesk --demo\u201d."));
        }
        return;
    }

    const ConnectionProfile profile = m_profiles->profileAt(row);
    m_profileName = profile.name;
    m_profileStored = m_profiles->isStored(row);
    ViewSettings::setLastProfile(profile.name);
    setWindowTitle(tr("%1 \u2013 IdentityDesk").arg(profile.name));

    showStatus(tr("Reading the secret of \u201c%1\u201d\u2026").arg(profile.name));
    m_secretReader->read(profile.name, m_profileStored);
}

void MainWindow::secretRead(const QString &profileName, const QString &secret)
{
    const int row = m_profileCombo->currentIndex();
    if (row < 0 || m_profiles->profileAt(row).name != profileName)
        return; // another profile was chosen meanwhile
    const ConnectionProfile profile = m_profiles->profileAt(row);
    if (!m_session->open(profile, secret)) {
        showProblem(tr("The profile \u201c%1\u201d names a service this version does not know.")
                        .arg(profile.name),
                    {});
        emit loadFailed(m_banner->headline());
    }
}

void MainWindow::secretFailed(const QString &headline, const QString &details, bool keyringMissing)
{
    const int row = m_profileCombo->currentIndex();
    showProblem(headline, details, [this, row] { selectProfile(row); });
    if (keyringMissing)
        m_sessionSecretOffer->offer();
    emit loadFailed(m_banner->headline());
}

void MainWindow::showDemoServer(const QUrl &server)
{
    if (!m_demo)
        m_demo = new DemoActions(server, m_network, this);
}

void MainWindow::closeSession()
{
    m_secretReader->cancel();
    m_session->close();
    m_banner->clear();
    m_bannerAction = {};
    m_profileName.clear();
    m_profileStored = false;
}

void MainWindow::sessionPageLoaded(int loaded, qint64 total)
{
    if (statusBar()->currentMessage() == m_session->loadingMessage())
        statusBar()->clearMessage();
    if (m_bannerAction && m_banner->isVisibleTo(this))
        m_banner->clear(); // the page a retry asked for arrived
    m_bannerAction = {};
    emit pageLoaded(loaded, total);
}

void MainWindow::reload()
{
    if (m_session->isOpen()) {
        m_banner->clear();
        m_bannerAction = {};
        m_session->reload();
    } else if (m_profileCombo->currentIndex() >= 0) {
        selectProfile(m_profileCombo->currentIndex()); // the profile failed to open: again
    }
}

void MainWindow::pageFailed(const ServiceError &error)
{
    showProblem(tr("Loading users failed: %1")
                    .arg(ErrorBanner::headlineFor(error, ErrorBanner::Subject::UserList)),
                error.message(), [this] { m_session->loadNextPage(); });
    emit loadFailed(m_banner->headline());
}

void MainWindow::showProblem(const QString &headline, const QString &details,
                             std::function<void()> retry)
{
    m_banner->showMessage(ErrorBanner::Level::Error, headline, details);
    m_bannerAction = std::move(retry);
    if (m_bannerAction)
        m_banner->setAction(tr("&Retry"), tr("Retry"));
    statusBar()->showMessage(headline, statusTimeoutMs);
}

void MainWindow::showNotice(const QString &headline, const QString &details)
{
    showProblem(headline, details);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, statusTimeoutMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->saveColumns();
    ViewSettings::saveWindow(*this);
    QMainWindow::closeEvent(event);
}
