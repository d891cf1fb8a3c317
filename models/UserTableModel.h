#pragma once

#include "IdentityBackend.h"
#include "PagePipeline.h"
#include "PendingEmailChanges.h"
#include "ServiceError.h"
#include "User.h"
#include "UserPage.h"
#include "UserRowIndex.h"
#include "UserRows.h"
#include "VerificationIconCache.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

/// The users of one backend as a table, loaded page by page as the view scrolls.
///
/// Paging follows Qt's fetchMore protocol: canFetchMore() is true while the backend has more
/// pages and no request is in flight, fetchMore() starts exactly one listUsers() job, and the
/// page's rows are appended when it arrives. Never two requests at once. After an error or a
/// cancel, paging pauses (canFetchMore() is false, so a view does not retry in a loop) until
/// loadNextPage() or reload().
///
/// setQuery() and reload() load the first page at once; after that the view drives paging.
///
/// loadAll() lists the rest of the query through a PagePipeline (pages fetched concurrently,
/// appended in order as they arrive); fetchMore() stays off meanwhile. The rows loaded so far
/// stay whatever way it ends, and the model remains the only owner of rows.
///
/// The backend is not owned and may be destroyed first. Built for a million rows: the rows are
/// kept compact (UserRows: UTF-8 texts, the texts that repeat from user to user stored once),
/// with a compact index from id to row, and data() is O(1).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Login, Name, Email, Verification, State, Organisation, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// The whole User (QVariant::fromValue(User)).
        UserRole = Qt::UserRole + 1,
        /// The user's id as a QString, in every column.
        IdRole,
        /// A key that sorts the column naturally: numbers for numeric ids and for the
        /// verification and state columns (by rank), text otherwise.
        SortRole,
    };
    Q_ENUM(Role)

    explicit UserTableModel(IdentityBackend *backend, QObject *parent = nullptr);
    ~UserTableModel() override;

    IdentityBackend *backend() const { return m_backend.data(); }
    const UserQuery &query() const { return m_query; }
    /// Empties the table and lists `query` from its first page (its pageToken is ignored: the
    /// model pages itself).
    void setQuery(const UserQuery &query);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// QAbstractTableModel::index() without its two virtual calls (rowCount(), columnCount()):
    /// a proxy sorting a million rows asks for 40 million indexes, and those calls were half
    /// of its time.
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The user in `row`; 0 <= row < rowCount() (as QList::at).
    User userAt(int row) const { return m_users.user(row); }
    /// Every loaded user, row by row (for a proxy that ranks or filters them all at once).
    const UserRows &users() const { return m_users; }
    /// The row of the user with this id, or -1. O(1).
    int rowForUserId(const QString &userId) const { return m_rowIndex.find(userId, m_users); }
    /// Replaces the loaded user with the same id in place (after a change) and emits
    /// dataChanged() for that row only. False when no loaded row has that id.
    bool updateUser(const User &user);
    /// The changes the journal says still wait for confirmation: applied to every row now and
    /// to every user that arrives later (pages, updateUser()), so the rows keep saying
    /// "Pending confirmation" where the server does not tell it.
    void setPendingChanges(const PendingEmailChanges &pending);

    /// A page or a loadAll() is on its way.
    bool isLoading() const { return !m_job.isNull() || !m_pipeline.isNull(); }
    bool isLoadingAll() const { return !m_pipeline.isNull(); }
    /// True while the backend has pages not loaded yet (even when paging is paused).
    bool hasMorePages() const { return m_hasMore; }
    /// The size of the listing when known: said by the backend, or counted after the last page.
    std::optional<qint64> totalCount() const { return m_total; }
    /// The error that paused paging; nothing after a successful page, reload() or a cancel.
    const std::optional<ServiceError> &lastError() const { return m_lastError; }
    /// When the last page arrived (UTC); invalid before the first.
    QDateTime lastLoadedTime() const { return m_lastLoaded; }

public slots:
    /// Empties the table, cancels any request and loads the first page again.
    void reload();
    /// Stops the request in flight (or a loadAll()), keeping the loaded rows; paging pauses.
    void cancelLoading();
    /// Loads every remaining user of the query through a PagePipeline with `settings`;
    /// loadAllFinished() tells how it ended. False (and nothing starts) when there is nothing
    /// more to load or a loadAll() runs already. A page request in flight is dropped first.
    bool loadAll(const PagePipelineSettings &settings = {});
    /// Stops loadAll(); loadAllFinished() follows at once with PagePipeline::Status::Cancelled.
    void cancelLoadAll();
    /// Loads the next page now, also after an error or a cancel ("Load more", "Retry").
    void loadNextPage();

signals:
    void loadingChanged(bool loading);
    /// After every page and reset: rows loaded, and the total or -1 when not known yet.
    void progressChanged(int loaded, qint64 total);
    /// A page failed; the loaded rows stay, paging pauses.
    void errorOccurred(const ServiceError &error);
    /// A page arrived at `when` (UTC).
    void lastLoadedAt(const QDateTime &when);
    /// A long page request says how far it is (an email lookup that scans every user).
    void pageProgress(const QString &text);

    void loadAllStarted();
    /// During loadAll(), after each page: rows loaded and the announced total, or -1.
    void loadAllProgress(qint64 loaded, qint64 total);
    /// Something a person should know that does not fail the loadAll() (e.g. repeated ids).
    void loadAllWarning(const QString &text);
    /// loadAll() ended: Complete, Incomplete (`message` says what the server did), Failed
    /// (`message` is the error) or Cancelled. The rows loaded stay in every case.
    void loadAllFinished(PagePipeline::Status status, const QString &message);

private:
    void startPage();
    void pageFinished(UserPageJob *job);
    void appendUsers(const QList<User> &users);
    void dropJob();
    void pipelinePage(const QList<User> &users);
    void pipelineFinished();
    /// After a loadAll() that stopped early: page on from the first user not loaded yet.
    void resumeAfterRows();
    void setLoading(bool loading);
    QVariant decoration(EmailVerification verification, int column) const;

    QPointer<IdentityBackend> m_backend;
    UserQuery m_query;
    UserRows m_users;
    UserRowIndex m_rowIndex;
    PendingEmailChanges m_pending;

    QPointer<UserPageJob> m_job;
    QPointer<PagePipeline> m_pipeline;
    QString m_nextToken;
    bool m_hasMore = true;
    /// Paging waits for loadNextPage()/reload() after an error or a cancel.
    bool m_paused = false;
    bool m_loadingReported = false;
    std::optional<qint64> m_total;
    std::optional<ServiceError> m_lastError;
    QDateTime m_lastLoaded;

    /// Made on first use, then shared by every row.
    mutable VerificationIconCache m_icons;
};
