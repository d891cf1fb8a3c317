#include "UserSearch.h"

#include "IdentityBackend.h"
#include "ListingStatus.h"
#include "UserFilterProxyModel.h"
#include "UserLookup.h"
#include "UserTableArea.h"
#include "UserTableModel.h"

#include <QLineEdit>

#include <utility>

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
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_backend = backend;
    m_users = users;
    m_lookup.reset();
    if (users) {
        connect(users, &UserTableModel::pageProgress, this, &UserSearch::statusMessage);
        // After the rows are in (loadingChanged(false) comes before them).
        connect(users, &UserTableModel::lastLoadedAt, this, &UserSearch::lookupAnswered);
        connect(users, &UserTableModel::errorOccurred, this, [this] { m_lookup.reset(); });
    }
    const bool searchable = backend && backend->capabilities().hasServerSearch;
    m_bar->setServerSearchAvailable(searchable);
    m_area->setServerSearchAvailable(searchable);
}

void UserSearch::search(const UserFilterBar::Search &search)
{
    if (!m_users || !m_backend)
        return;
    const bool exactLookup =
        search.match == UserQuery::Match::ExactId || search.match == UserQuery::Match::ExactEmail;
    if (!exactLookup && !m_backend->capabilities().hasServerSearch) {
        emit statusMessage(tr("%1 cannot search on the server; the filter shows the matching "
                              "loaded users.")
                               .arg(m_backend->capabilities().apiName));
        return;
    }
    UserQuery query;
    query.match = search.match;
    query.text = search.text;
    m_listing->setSearchText(m_bar->textEdit()->text().trimmed());
    m_lookup.reset();
    m_users->setQuery(query);
    if (exactLookup)
        m_lookup = query; // after setQuery(): the previous request's end is not this answer
}

void UserSearch::lookupAnswered()
{
    if (!m_lookup || !m_users || m_users->isLoading())
        return;
    const UserQuery lookup = *std::exchange(m_lookup, std::nullopt);
    // Nobody found is said in words; otherwise the rows speak (and a scan's progress goes).
    emit statusMessage(m_users->rowCount() == 0 ? UserLookup::noMatch(lookup) : QString());
}

void UserSearch::clearSearch()
{
    if (!m_users || m_users->query().match == UserQuery::Match::All)
        return;
    m_lookup.reset();
    m_listing->setSearchText({});
    m_users->setQuery(UserQuery());
}
