#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class IdentityBackend;
class ListingScopeNotice;
class ListingStatus;
class LoadAllController;
class QNetworkAccessManager;
class ServiceError;
class UserActions;
class UserFilterBar;
class UserFilterProxyModel;
class UserSearch;
class UserTableArea;
class UserTableModel;
class UserTableView;
struct ConnectionProfile;

/// What the main window does once a profile is open: the profile's backend and its
/// UserTableModel behind the table, the listing (first page, more pages as the table scrolls or
/// on "Load more", Cancel), searching (UserSearch), Load all (LoadAllController) and the user
/// actions working on it, the counts and the scope notice, and the table's saved columns per
/// profile. One profile at a time; open() replaces nothing, close() first.
///
/// Results it reports as signals: status messages for the status bar, a page that arrived or
/// failed (the window shows problems in its banner and offers the retry). Its messages are the
/// window's, in MainWindow's translation context. None of the parts is owned; the backend and
/// the model are, until close().
class UserListSession : public QObject
{
    Q_OBJECT
public:
    /// The window's parts the session works with; all must outlive it.
    struct Parts
    {
        UserFilterProxyModel *proxy = nullptr;
        UserTableArea *area = nullptr;
        ListingStatus *listing = nullptr;
        ListingScopeNotice *scopeNotice = nullptr;
        UserFilterBar *filterBar = nullptr;
        UserActions *actions = nullptr;
        LoadAllController *loadAll = nullptr;
    };

    UserListSession(QNetworkAccessManager *network, const Parts &parts, QObject *parent);

    /// Creates the backend for `profile` with `secret`, restores the profile's columns and
    /// loads the first page; false (nothing opened) when the profile names a service this
    /// version does not know.
    bool open(const ConnectionProfile &profile, const QString &secret);
    /// Ends the session: its users leave the table and the backend goes with its jobs.
    void close();
    bool isOpen() const { return !m_users.isNull(); }

    IdentityBackend *backend() const;
    UserTableModel *users() const;
    /// The status message shown while the first page loads.
    QString loadingMessage() const { return m_loadingMessage; }

    /// Loads the listing again from the first page.
    void reload();
    /// Loads the next page (after a failure or a cancel).
    void loadNextPage();
    /// Keeps the open profile's column visibility, order, widths and sort (QSettings).
    void saveColumns();
signals:
    void statusMessage(const QString &message);
    /// A page of users arrived (the first one too).
    void pageLoaded(int loaded, qint64 total);
    /// A page failed; the rows loaded before stay.
    void pageFailed(const ServiceError &error);

private:
    /// The table's empty state, the scope notice and the status bar's counts, as they are now.
    void updateCounts();
    void updateScopeNotice();

    QNetworkAccessManager *m_network;
    UserFilterProxyModel *m_proxy;
    UserTableArea *m_area;
    UserTableView *m_view;
    ListingStatus *m_listing;
    ListingScopeNotice *m_scopeNotice;
    UserActions *m_actions;
    LoadAllController *m_loadAll;
    UserSearch *m_search;

    /// The open profile's name, which keys its saved columns.
    QString m_profileName;
    QPointer<IdentityBackend> m_backend;
    QPointer<UserTableModel> m_users;
    /// No saved column widths for this profile: fit them to the first page.
    bool m_fitColumns = false;
    QString m_loadingMessage;
};
