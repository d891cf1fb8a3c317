#pragma once

#include "UserFilterBar.h"

#include <QObject>
#include <QPointer>

#include <optional>

class IdentityBackend;
class ListingStatus;
class UserFilterProxyModel;
class UserTableArea;
class UserTableModel;

/// Ties the filter bar to the users table: typing filters the loaded rows at once (the
/// proxy), Enter (or the no-match panel's button) searches the whole directory on the server
/// where the backend can (the model's query), and emptying the field lists everything again.
class UserSearch : public QObject
{
    Q_OBJECT
public:
    UserSearch(UserFilterBar *bar, UserFilterProxyModel *proxy, UserTableArea *area,
               ListingStatus *listing, QObject *parent = nullptr);

    /// The open profile's backend and model, or nullptr for both.
    void setSession(IdentityBackend *backend, UserTableModel *users);

public slots:
    void search(const UserFilterBar::Search &search);
    void clearSearch();

signals:
    void statusMessage(const QString &message);

private:
    /// After an exact lookup's rows arrived: says so when nobody matched.
    void lookupAnswered();

    UserFilterBar *m_bar;
    UserTableArea *m_area;
    ListingStatus *m_listing;
    QPointer<IdentityBackend> m_backend;
    QPointer<UserTableModel> m_users;
    /// The exact lookup waiting for its answer, if any.
    std::optional<UserQuery> m_lookup;
};
