#pragma once

#include "SeenIdSet.h"
#include "ServiceError.h"
#include "UserPage.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

class IdentityBackend;
class UserPageJob;

struct PagePipelineSettings
{
    /// Requests in flight at once. 6 is the most connections Qt opens to one host over
    /// HTTP/1.1; 1 lists page after page.
    int parallel = 6;
    /// Users asked for per page (a backend may cap it lower).
    int pageSize = 100;
    /// Stop after this many users; 0 lists everything.
    qint64 limit = 0;
    /// However many users a server announces or keeps sending, a listing stops here, so that a
    /// lying server cannot make it run (or grow) forever.
    qint64 maxUsers = 10'000'000;
};

/// Lists a whole directory (or a search) page by page, for the CLI and the desktop alike.
///
/// Once the first page has told the total, and where the backend pages by offset
/// (IdentityBackend::offsetOfPageToken), the remaining pages are fetched concurrently, at most
/// `parallel` at once and never more than twice that ahead of the page to deliver next, so
/// memory stays flat whatever the directory's size. Pages are delivered in order through
/// pageReady(), each id once; never more requests than pages.
///
/// The paging guards live here, because only the whole listing can see them: a page that
/// brings no new id, ids repeated across pages (dropped, with a warning), a negative total or
/// one that changes wildly between pages, a page with more users than asked for, fewer users
/// than announced when the server stops early, more than `maxUsers`. Each ends the listing as
/// Incomplete with a message saying what the server did; only Complete means every user
/// announced was delivered.
///
/// cancel() or deleting the pipeline aborts every request in flight at once.
class PagePipeline : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Running,
        /// Every user was delivered (or `limit` users, see limitReached()).
        Complete,
        /// The server's answers do not add up to a whole listing; error() says how.
        Incomplete,
        /// A request failed; error() is its error.
        Failed,
        Cancelled,
    };
    Q_ENUM(Status)

    PagePipeline(IdentityBackend *backend, const UserQuery &query,
                 const PagePipelineSettings &settings = {}, QObject *parent = nullptr);
    ~PagePipeline() override;

    void start();
    /// Stops every request in flight; finished() follows at once with Status::Cancelled.
    void cancel();

    Status status() const { return m_status; }
    bool isFinished() const { return m_status != Status::Running; }
    /// Why the listing is Incomplete, Failed or Cancelled.
    const ServiceError &error() const { return m_error; }
    /// Users delivered so far (each id once).
    qint64 delivered() const { return m_delivered; }
    /// The latest size the server announced, or -1 when it does not say.
    qint64 announcedTotal() const { return m_total; }
    /// True when the listing stopped at `limit` while the server had more.
    bool limitReached() const { return m_limitReached; }
    /// Ids the server sent more than once (dropped).
    qint64 repeatedIds() const { return m_repeated; }
    /// listUsers() calls made.
    int requestsSent() const { return m_requests; }
    /// Whether the pages after the first were fetched concurrently.
    bool isConcurrent() const { return m_step > 0; }

signals:
    /// The next page's new users, in listing order; never empty.
    void pageReady(const QList<User> &users);
    /// After each delivered page: users so far, and the announced total or -1.
    void progress(qint64 delivered, qint64 total);
    /// A long request says how far it is (an email lookup that scans every user).
    void requestProgress(const QString &text);
    /// Something a person should know that does not fail the listing.
    void warning(const QString &text);
    /// Exactly once; status() and error() tell how it ended.
    void finished();

private:
    void request(int index, const QString &pageToken);
    void pageArrived(int index, UserPageJob *job);
    void deliverReadyPages();
    /// False when the page ended the listing.
    bool deliver(int index, UserPage page);
    void planConcurrentPages(const UserPage &first);
    void requestMore();
    void finishIfDone();
    void endIncomplete(const QString &reason);
    void end(Status status, const ServiceError &error = {});
    void abortRequests();
    qint64 wanted() const;

    QPointer<IdentityBackend> m_backend;
    UserQuery m_query;
    PagePipelineSettings m_settings;

    Status m_status = Status::Running;
    ServiceError m_error;
    bool m_started = false;

    QHash<int, QPointer<UserPageJob>> m_inFlight;
    /// Pages that arrived before the ones in front of them.
    QMap<int, UserPage> m_arrived;
    int m_nextToDeliver = 0;
    int m_nextToRequest = 1;

    /// Concurrent mode: users per page (the offset step) and the pages planned; 0 = sequential.
    qint64 m_step = 0;
    int m_plannedPages = 0;
    QString m_firstNextToken;
    /// Sequential mode: the token of the page to ask for next (empty = no more).
    QString m_sequentialNext;

    SeenIdSet m_seen;
    qint64 m_delivered = 0;
    qint64 m_repeated = 0;
    qint64 m_total = -1;
    qint64 m_firstTotal = -1;
    int m_requests = 0;
    bool m_limitReached = false;
};
