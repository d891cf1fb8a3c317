#pragma once

#include <QLabel>

class IdentityBackend;
class UserTableModel;

/// A line above the users table that says what the table does not show by itself (issue 17):
/// that a self-service profile lists only the signed-in account, and that a sort covers only
/// the users loaded so far while the server has more, so that nobody takes the last row of a
/// sorted page for the last of 100,000. Hidden when there is nothing to say.
class ListingScopeNotice : public QLabel
{
    Q_OBJECT
public:
    /// What the listing shows now.
    struct Scope
    {
        /// The backend lists only the signed-in account (BackendCapabilities::ownAccountOnly).
        bool ownAccountOnly = false;
        /// That account's login or name, once loaded; the service's name (apiName).
        QString account;
        QString apiName;
        /// The header of the sorted column; empty when the service's order is shown.
        QString sortedBy;
        int loaded = 0;
        /// -1 when the service does not say.
        qint64 total = -1;
        bool morePages = false;
        bool loadingAll = false;
    };

    explicit ListingScopeNotice(QWidget *parent = nullptr);

    void showScope(const Scope &scope);
    /// The scope of `users` listed by `backend` (either may be null: nothing to say), sorted by
    /// `sortColumn` (-1: the service's order).
    void showListing(const IdentityBackend *backend, const UserTableModel *users, int sortColumn);

signals:
    /// The notice's "Load all users" link.
    void loadAllRequested();

private:
    static QString textFor(const Scope &scope);
};
