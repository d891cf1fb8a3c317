#include "UserSearch.h"

#include "IdentityBackend.h"
#include "ListingStatus.h"
#include "UserFilterProxyModel.h"
#include "UserTableArea.h"
#include "UserTableModel.h"

#include <QLineEdit>

UserSearch::UserSearch(UserFilterBar *bar, UserFilterProxyModel *proxy, UserTableArea *area,
                       ListingStatus *listing, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_area(area)
    , m_listing(listing)
{
    connect(bar, &UserFilterBar::textFilterChanged, proxy, &UserFilterProxyModel::setFilterText);
    connect(bar, &UserFilterBar::stateFilterChanged, proxy, &UserFilterProxyModel::setStateFilter);
    connect(bar, &UserFilterBar::verificationFilterChanged, proxy,
            &UserFilterProxyModel::setVerificationFilter);
    connect(bar, &UserFilterBar::searchRequested, this, &UserSearch::search);
    connect(bar, &UserFilterBar::searchCleared, this, &UserSearch::clearSearch);
    connect(area, &UserTableArea::searchRequested, this,
            [this] { search(UserFilterBar::parse(m_bar->textEdit()->text())); });
}

void UserSearch::setSession(IdentityBackend *backend, UserTableModel *users)
{
    m_backend = backend;
    m_users = users;
    const bool searchable = backend && backend->capabilities().hasServerSearch;
    m_bar->setServerSearchAvailable(searchable);
    m_area->setServerSearchAvailable(searchable);
}

void UserSearch::search(const UserFilterBar::Search &search)
{
    if (!m_users || !m_backend)
        return;
    if (!m_backend->capabilities().hasServerSearch) {
        emit statusMessage(tr("%1 cannot search on the server; the filter shows the matching "
                              "loaded users.")
                               .arg(m_backend->capabilities().apiName));
        return;
    }
    UserQuery query;
    query.match = search.match;
    query.text = search.text;
    m_listing->setSearchText(m_bar->textEdit()->text().trimmed());
    m_users->setQuery(query);
}

void UserSearch::clearSearch()
{
    if (!m_users || m_users->query().match == UserQuery::Match::All)
        return;
    m_listing->setSearchText({});
    m_users->setQuery(UserQuery());
}
