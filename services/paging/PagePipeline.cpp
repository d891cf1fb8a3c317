#include "PagePipeline.h"

#include "IdentityBackend.h"
#include "ServiceJob.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPaging, "identitydesk.services.paging")

namespace {
/// Pages fetched ahead of the next one to deliver, per request in flight: enough that a slow
/// page does not stall the others, few enough that memory stays flat.
constexpr int pagesAheadPerRequest = 2;

/// Qt opens at most this many connections to one host over HTTP/1.1 and queues further
/// requests on its network thread, which sends the next one the moment a connection frees,
/// without waiting for this thread to decode the page that just came in.
constexpr int qtConnectionsPerHost = 6;
/// Requests kept waiting in that queue when every connection is in use: with 6 pages arriving
/// together, the last one's connection otherwise idles while the 5 before it are decoded
/// (20 ms latency: 1,000 Gcore pages in 4.0 s with none queued, 3.8 s with 2).
constexpr int queuedBeyondConnections = 2;

QString number(qint64 value)
{
    return QLocale().toString(value);
}
} // namespace

PagePipeline::PagePipeline(IdentityBackend *backend, const UserQuery &query,
                           const PagePipelineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_query(query)
    , m_settings(settings)
{
    m_settings.parallel = std::max(1, m_settings.parallel);
    m_settings.pageSize = std::max(1, m_settings.pageSize);
    m_settings.limit = std::max<qint64>(0, m_settings.limit);
    m_settings.maxUsers = std::max<qint64>(1, m_settings.maxUsers);
    m_query.pageToken.clear();
    m_query.pageSize = int(
        std::min<qint64>(m_settings.pageSize, m_settings.limit > 0 ? m_settings.limit : INT_MAX));
    if (backend) {
        // The backend takes its jobs with it: without this the listing would wait forever.
        connect(backend, &QObject::destroyed, this, [this] {
            end(Status::Failed, ServiceError::network(tr("the connection was closed")));
        });
    }
}

PagePipeline::~PagePipeline()
{
    abortRequests();
}

qint64 PagePipeline::wanted() const
{
    return m_settings.limit > 0 ? std::min(m_settings.limit, m_settings.maxUsers)
                                : m_settings.maxUsers;
}

void PagePipeline::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_backend) {
        end(Status::Failed, ServiceError::network(tr("the connection was closed")));
        return;
    }
    request(0, QString());
}

void PagePipeline::cancel()
{
    if (isFinished())
        return;
    end(Status::Cancelled, ServiceError::cancelled());
}

void PagePipeline::request(int index, const QString &pageToken)
{
    UserQuery query = m_query;
    query.pageToken = pageToken;
    UserPageJob *job = m_backend->listUsers(query);
    ++m_requests;
    m_inFlight.insert(index, job);
    connect(job, &ServiceJob::finished, this, [this, index, job] { pageArrived(index, job); });
    connect(job, &ServiceJob::progress, this, &PagePipeline::requestProgress);
}

void PagePipeline::pageArrived(int index, UserPageJob *job)
{
    m_inFlight.remove(index);
    if (isFinished())
        return;
    if (!job->succeeded()) {
        end(Status::Failed, job->error());
        return;
    }
    m_arrived.insert(index, job->page());
    // Ask for the next pages before handing this one out: writing it takes long enough that the
    // connection it came on would otherwise wait idle.
    requestMore();
    deliverReadyPages();
    if (isFinished())
        return;
    requestMore();
    finishIfDone();
}

void PagePipeline::deliverReadyPages()
{
    while (!isFinished() && !m_arrived.isEmpty() && m_arrived.firstKey() == m_nextToDeliver) {
        UserPage page = m_arrived.take(m_nextToDeliver);
        const int index = m_nextToDeliver++;
        if (!deliver(index, std::move(page)))
            return;
    }
}

bool PagePipeline::deliver(int index, UserPage page)
{
    const qsizetype received = page.users.size();
    if (received > m_query.pageSize) {
        endIncomplete(
            tr("the server sent %1 users on a page of %2").arg(received).arg(m_query.pageSize));
        return false;
    }
    if (page.totalCount) {
        const qint64 total = *page.totalCount;
        if (total < 0) {
            endIncomplete(
                tr("the server announced a negative number of users (%1)").arg(number(total)));
            return false;
        }
        if (m_firstTotal < 0) {
            m_firstTotal = total;
            m_seen.reserve(total);
        } else if (std::abs(total - m_firstTotal) > std::max<qint64>(100, m_firstTotal / 10)) {
            endIncomplete(tr("the number of users the server announced changed from %1 to %2 "
                             "during the listing")
                              .arg(number(m_firstTotal), number(total)));
            return false;
        }
        m_total = total;
    }

    // Each id once: a directory that changes while it is listed shifts offsets by a row.
    QList<User> fresh;
    fresh.reserve(received);
    for (User &user : page.users) {
        if (m_seen.insert(user.id))
            fresh.append(std::move(user));
        else
            ++m_repeated;
    }
    if (received > 0 && fresh.isEmpty()) {
        endIncomplete(tr("the server sent page %1 again without any new user").arg(index + 1));
        return false;
    }
    const bool concurrent = m_step > 0;
    if (concurrent && received == 0 && index < m_plannedPages) {
        endIncomplete(m_total >= 0
                          ? tr("listed %1 of %2 announced: the server stopped early")
                                .arg(number(m_delivered), number(m_total))
                          : tr("the server sent an empty page %1 in the middle of the listing")
                                .arg(index + 1));
        return false;
    }
    if (!concurrent && index > 0 && received == 0 && !page.nextPageToken.isEmpty()) {
        endIncomplete(
            tr("the server sent an empty page %1 that claims more pages follow").arg(index + 1));
        return false;
    }

    const qint64 room = wanted() - m_delivered;
    const bool truncated = fresh.size() > room;
    if (truncated)
        fresh.resize(room);
    m_delivered += fresh.size();
    if (!fresh.isEmpty())
        emit pageReady(fresh);
    if (isFinished()) // a listener cancelled
        return false;
    emit progress(m_delivered, m_total);
    if (isFinished())
        return false;

    if (m_delivered >= wanted()) {
        const bool more = truncated || !page.nextPageToken.isEmpty()
            || (concurrent && index + 1 < m_plannedPages);
        if (m_settings.limit > 0 && m_delivered >= m_settings.limit) {
            m_limitReached = more;
            end(Status::Complete);
        } else if (more) {
            endIncomplete(tr("stopped after %1 users, the most one listing may hold")
                              .arg(number(m_settings.maxUsers)));
        } else {
            end(Status::Complete);
        }
        return false;
    }
    if (m_total >= 0 && m_delivered > m_total + m_query.pageSize) {
        endIncomplete(
            tr("the server keeps sending users beyond the %1 it announced").arg(number(m_total)));
        return false;
    }

    if (index == 0) {
        planConcurrentPages(page);
        if (!concurrent && m_step == 0)
            m_sequentialNext = page.nextPageToken;
    } else if (!concurrent) {
        m_sequentialNext = page.nextPageToken;
    } else if (index + 1 == m_plannedPages && !page.nextPageToken.isEmpty()) {
        // The directory grew while it was listed: go on page by page from here.
        m_step = 0;
        m_sequentialNext = page.nextPageToken;
        m_nextToRequest = index + 1;
    }
    return true;
}

void PagePipeline::planConcurrentPages(const UserPage &first)
{
    if (first.nextPageToken.isEmpty() || m_settings.parallel <= 1 || !first.totalCount
        || !m_backend)
        return;
    const std::optional<qint64> step = m_backend->offsetOfPageToken(first.nextPageToken);
    if (!step || *step <= 0)
        return;
    const qint64 users = std::min(*first.totalCount, wanted());
    const qint64 pages = (users + *step - 1) / *step;
    if (pages > INT_MAX / 2)
        return;
    m_step = *step;
    m_plannedPages = int(std::max<qint64>(1, pages));
    m_firstNextToken = first.nextPageToken;
    qCInfo(lcPaging) << "listing" << *first.totalCount << "users in" << m_plannedPages << "pages of"
                     << m_step << "," << m_settings.parallel << "at once";
}

void PagePipeline::requestMore()
{
    if (isFinished() || !m_backend)
        return;
    if (m_step > 0) {
        const int window = m_settings.parallel * pagesAheadPerRequest;
        // Fewer connections than Qt's cap are the user's limit, kept exactly; at the cap, a
        // few more requests wait in Qt's queue (they do not open connections).
        const int inFlight = m_settings.parallel
            + (m_settings.parallel >= qtConnectionsPerHost ? queuedBeyondConnections : 0);
        while (m_inFlight.size() < inFlight && m_nextToRequest < m_plannedPages
               && m_nextToRequest < m_nextToDeliver + window) {
            const int index = m_nextToRequest++;
            const QString token = m_backend->pageTokenAtOffset(m_firstNextToken, index * m_step);
            if (token.isEmpty()) {
                end(Status::Failed,
                    ServiceError(
                        ServiceError::Kind::Unsupported,
                        tr("the backend cannot address page %1 of this listing").arg(index + 1)));
                return;
            }
            request(index, token);
        }
        return;
    }
    if (m_inFlight.isEmpty() && m_arrived.isEmpty() && !m_sequentialNext.isEmpty()) {
        const QString token = m_sequentialNext;
        m_sequentialNext.clear();
        request(m_nextToRequest++, token);
    }
}

void PagePipeline::finishIfDone()
{
    if (isFinished() || !m_inFlight.isEmpty() || !m_arrived.isEmpty())
        return;
    if (m_step > 0 ? m_nextToRequest < m_plannedPages : !m_sequentialNext.isEmpty())
        return;
    if (m_total >= 0 && m_delivered < m_total) {
        endIncomplete(tr("listed %1 of %2 announced: the server stopped early")
                          .arg(number(m_delivered), number(m_total)));
        return;
    }
    if (m_total >= 0 && m_delivered > m_total) {
        endIncomplete(tr("the server announced %1 users but sent %2 different ones")
                          .arg(number(m_total), number(m_delivered)));
        return;
    }
    end(Status::Complete);
}

void PagePipeline::endIncomplete(const QString &reason)
{
    end(Status::Incomplete, ServiceError(ServiceError::Kind::MalformedResponse, reason));
}

void PagePipeline::end(Status status, const ServiceError &error)
{
    if (isFinished())
        return;
    m_status = status;
    m_error = error;
    abortRequests();
    m_arrived.clear();
    if (m_repeated > 0) {
        emit warning(tr("%n user(s) appeared twice because the directory changed while it was "
                        "listed; each is shown once.",
                        nullptr, int(std::min<qint64>(m_repeated, INT_MAX))));
    }
    qCInfo(lcPaging) << "listing ended" << status << m_delivered << "users," << m_requests
                     << "requests";
    emit finished();
}

void PagePipeline::abortRequests()
{
    const auto jobs = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<UserPageJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}
