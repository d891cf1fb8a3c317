#include "UserListSession.h"

#include "BackendFactory.h"
#include "ConnectionProfile.h"
#include "HistoryController.h"
#include "IdentityBackend.h"
#include "ListingScopeNotice.h"
#include "ListingStatus.h"
#include "LoadAllController.h"
#include "ServiceError.h"
#include "UserActions.h"
#include "UserFilterProxyModel.h"
#include "UserSearch.h"
#include "UserTableArea.h"
#include "UserTableModel.h"
#include "UserTableView.h"
#include "ViewSettings.h"

#include <QCoreApplication>
#include <QHeaderView>

#include <utility>

UserListSession::UserListSession(QNetworkAccessManager *network, const Parts &parts,
                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_proxy(parts.proxy)
    , m_area(parts.area)
    , m_view(parts.area->view())
    , m_listing(parts.listing)
    , m_scopeNotice(parts.scopeNotice)
    , m_actions(parts.actions)
    , m_loadAll(parts.loadAll)
{
    connect(m_proxy, &UserFilterProxyModel::sortDeferredChanged, this, [this](bool deferred) {
        if (deferred)
            emit statusMessage(QCoreApplication::translate(
                "MainWindow", "New rows are sorted when loading ends."));
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &UserListSession::updateScopeNotice);
    connect(m_listing, &ListingStatus::cancelRequested, this, [this] {
        if (m_users)
            m_users->cancelLoading();
        emit statusMessage(QCoreApplication::translate("MainWindow", "Loading cancelled."));
    });
    connect(m_listing, &ListingStatus::loadMoreRequested, this, &UserListSession::loadNextPage);

    m_search = new UserSearch(parts.filterBar, m_proxy, m_area, m_listing, this);
    connect(m_search, &UserSearch::statusMessage, this, &UserListSession::statusMessage);
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &UserListSession::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UserListSession::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UserListSession::updateCounts);
}

IdentityBackend *UserListSession::backend() const
{
    return m_backend.data();
}

UserTableModel *UserListSession::users() const
{
    return m_users.data();
}

bool UserListSession::open(const ConnectionProfile &profile, const QString &secret)
{
    IdentityBackend *backend = BackendFactory::create(m_network, profile.settings, secret, this);
    if (!backend)
        return false;
    m_profileName = profile.name;
    m_backend = backend;
    auto *users = new UserTableModel(backend, this);
    m_users = users;
    connect(users, &UserTableModel::loadingChanged, this, [this, users](bool loading) {
        // A Load all shows its own progress, with its own Cancel.
        m_listing->setLoading(loading && !users->isLoadingAll());
        updateCounts();
    });
    connect(users, &UserTableModel::progressChanged, this, &UserListSession::updateCounts);
    connect(users, &UserTableModel::errorOccurred, this, [this](const ServiceError &error) {
        // The model stops loading before it pauses: the counts only now say "paused".
        updateCounts();
        emit pageFailed(error);
    });
    connect(users, &UserTableModel::lastLoadedAt, this, [this, users](const QDateTime &when) {
        m_listing->setLastLoaded(when);
        if (std::exchange(m_fitColumns, false))
            m_view->fitColumnsToContents();
        emit pageLoaded(users->rowCount(), users->totalCount().value_or(-1));
    });

    m_proxy->setSourceModel(users);
    m_fitColumns = !m_view->restoreColumns(m_profileName);
    m_search->setSession(backend, users);
    m_actions->setSession(backend, users, HistoryController::contextFor(profile));
    m_loadAll->setModel(users);
    m_loadingMessage =
        QCoreApplication::translate("MainWindow", "Loading the users of \u201c%1\u201d (%2)\u2026")
            .arg(profile.name, backend->capabilities().apiName);
    emit statusMessage(m_loadingMessage);
    users->reload();
    return true;
}

void UserListSession::close()
{
    // The dialog first (it needs the backend), then the model (it cancels its page), then the
    // backend with any jobs still running.
    m_actions->setSession(nullptr, nullptr);
    m_loadAll->setModel(nullptr);
    m_proxy->setSourceModel(nullptr);
    delete m_users.data();
    delete m_backend.data();
    m_listing->clear();
    m_search->setSession(nullptr, nullptr);
    m_profileName.clear();
}

void UserListSession::reload()
{
    if (m_users)
        m_users->reload();
}

void UserListSession::loadNextPage()
{
    if (m_users)
        m_users->loadNextPage();
}

void UserListSession::saveColumns()
{
    if (!m_profileName.isEmpty() && m_users)
        ViewSettings::saveColumns(m_profileName, *m_view->horizontalHeader());
}

void UserListSession::updateCounts()
{
    m_area->refresh();
    updateScopeNotice();
    if (!m_users) {
        m_listing->clear();
        return;
    }
    m_listing->setCounts(m_proxy->rowCount(), m_users->rowCount(),
                         m_users->totalCount().value_or(-1));
    // Also when the filter holds paging back (the proxy's canFetchMore()).
    m_listing->setCanLoadMore(m_users->hasMorePages() && !m_users->isLoading()
                              && !m_proxy->canFetchMore(QModelIndex()));
}

void UserListSession::updateScopeNotice()
{
    m_scopeNotice->showListing(m_backend, m_users,
                               m_view->horizontalHeader()->sortIndicatorSection());
}
