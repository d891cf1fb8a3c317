#include "UserTableModel.h"

#include "IdentityBackend.h"
#include "ServiceJob.h"
#include "UserCellText.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcUserModel, "identitydesk.models.users")

UserTableModel::UserTableModel(IdentityBackend *backend, QObject *parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
    , m_hasMore(backend != nullptr)
{
    if (backend) {
        // A backend that goes away takes its jobs with it: stop paging instead of waiting.
        connect(backend, &QObject::destroyed, this, [this] {
            // Its jobs are gone with it, so a pipeline would wait for them forever.
            cancelLoadAll();
            m_job = nullptr;
            m_hasMore = false;
            setLoading(false);
        });
    }
}

UserTableModel::~UserTableModel()
{
    dropJob();
    delete m_pipeline.data(); // aborts its requests without reporting back
}

void UserTableModel::setQuery(const UserQuery &query)
{
    m_query = query;
    m_query.pageToken.clear();
    reload();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex UserTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_users.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return UserCellText::display(m_users, row, index.column());
    case Qt::ToolTipRole:
        return UserCellText::toolTip(m_users.user(row), index.column());
    case Qt::DecorationRole:
        return decoration(m_users.verification(row), index.column());
    case UserRole:
        return QVariant::fromValue(m_users.user(row));
    case IdRole:
        return m_users.searchText(row, UserRows::Text::Id).toString();
    case SortRole:
        return UserCellText::sortKey(m_users, row, index.column());
    default:
        // Fonts, colours, alignment: asked for every painted cell, and none of them per user.
        return {};
    }
}

QVariant UserTableModel::decoration(EmailVerification verification, int column) const
{
    if (column != Verification)
        return {};
    return m_icons.iconFor(verification);
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Verification:
        return tr("Verification");
    case State:
        return tr("State");
    case Organisation:
        return tr("Organisation");
    }
    return {};
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> UserTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UserRole, "user");
    names.insert(IdRole, "userId");
    names.insert(SortRole, "sortKey");
    return names;
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_backend && m_hasMore && !m_paused && m_job.isNull()
        && m_pipeline.isNull();
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage();
}

void UserTableModel::loadNextPage()
{
    if (m_pipeline)
        return;
    m_paused = false;
    fetchMore(QModelIndex());
}

void UserTableModel::startPage()
{
    UserQuery query = m_query;
    query.pageToken = m_nextToken;
    UserPageJob *job = m_backend->listUsers(query);
    m_job = job;
    // The job reports from the event loop, so connecting after the call is safe.
    connect(job, &ServiceJob::finished, this, [this, job] { pageFinished(job); });
    connect(job, &ServiceJob::progress, this, &UserTableModel::pageProgress);
    setLoading(true);
}

void UserTableModel::pageFinished(UserPageJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    // Loading ends before the rows arrive: a view that asks for more inside rowsInserted()
    // then sees a consistent state and its new request reports loadingChanged(true) last.
    setLoading(false);

    if (!job->succeeded()) {
        m_paused = true;
        m_lastError = job->error();
        qCInfo(lcUserModel) << "page failed:" << job->error().kindName();
        emit errorOccurred(job->error());
        return;
    }

    const UserPage &page = job->page();
    const QString usedToken = m_nextToken;
    m_lastError.reset();
    m_nextToken = page.nextPageToken;
    m_hasMore = !m_nextToken.isEmpty();
    if (m_hasMore && m_nextToken == usedToken) {
        // A backend that hands back the same token would page forever.
        qCWarning(lcUserModel) << "the backend repeated its page token; paging stops";
        m_hasMore = false;
    }
    if (page.totalCount) {
        m_total = page.totalCount;
        m_rowIndex.reserve(*m_total);
    }
    appendUsers(page.users);
    if (!m_hasMore && !m_total)
        m_total = m_users.size();
    m_lastLoaded = QDateTime::currentDateTimeUtc();
    emit progressChanged(int(m_users.size()), m_total.value_or(-1));
    emit lastLoadedAt(m_lastLoaded);
}

void UserTableModel::appendUsers(const QList<User> &users)
{
    // Offset paging over a directory that changes meanwhile can repeat a user on the next page;
    // one row per id keeps rowForUserId() and updateUser() unambiguous.
    QList<const User *> fresh;
    fresh.reserve(users.size());
    QSet<QString> seenNow;
    for (const User &user : users) {
        if (m_rowIndex.find(user.id, m_users) >= 0 || seenNow.contains(user.id))
            continue;
        seenNow.insert(user.id);
        fresh.append(&user);
    }
    // Once per page: a loadAll() repeats every page loaded before it.
    if (fresh.size() < users.size())
        qCDebug(lcUserModel) << "skipped" << users.size() - fresh.size() << "repeated user ids";
    if (fresh.isEmpty())
        return;

    const int first = int(m_users.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (const User *user : fresh) {
        if (m_pending.isEmpty()) {
            m_users.append(*user);
        } else {
            User withPending = *user;
            m_pending.apply(withPending);
            m_users.append(withPending);
        }
        m_rowIndex.insert(int(m_users.size()) - 1, m_users);
    }
    endInsertRows();
}

bool UserTableModel::updateUser(const User &user)
{
    const int row = rowForUserId(user.id);
    if (row < 0)
        return false;
    User withPending = user;
    m_pending.apply(withPending);
    m_users.replace(row, withPending);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void UserTableModel::setPendingChanges(const PendingEmailChanges &pending)
{
    m_pending = pending;
    if (m_pending.isEmpty())
        return;
    for (int row = 0; row < m_users.size(); ++row) {
        // Only the users the journal names can change: the others stay compact rows.
        const QUtf8StringView id = m_users.searchText(row, UserRows::Text::Id);
        if (!m_pending.concerns(id.toString()))
            continue;
        User user = m_users.user(row);
        const QString before = user.pendingEmail;
        const QDateTime since = user.pendingSince;
        m_pending.apply(user);
        if (user.pendingEmail != before || user.pendingSince != since) {
            m_users.replace(row, user);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void UserTableModel::reload()
{
    cancelLoadAll();
    dropJob();
    beginResetModel();
    m_users.clear();
    m_rowIndex.clear();
    m_nextToken.clear();
    m_hasMore = !m_backend.isNull();
    m_paused = false;
    m_total.reset();
    m_lastError.reset();
    endResetModel();
    setLoading(false);
    emit progressChanged(0, -1);
    fetchMore(QModelIndex());
}

void UserTableModel::cancelLoading()
{
    if (m_pipeline) {
        cancelLoadAll();
        return;
    }
    if (m_job.isNull())
        return;
    dropJob();
    m_paused = true;
    m_lastError.reset();
    setLoading(false);
}

void UserTableModel::dropJob()
{
    if (UserPageJob *job = m_job.data()) {
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

void UserTableModel::setLoading(bool loading)
{
    if (m_loadingReported == loading)
        return;
    m_loadingReported = loading;
    emit loadingChanged(loading);
}

bool UserTableModel::loadAll(const PagePipelineSettings &settings)
{
    if (!m_backend || !m_hasMore || m_pipeline)
        return false;
    dropJob();
    m_paused = false;
    m_lastError.reset();
    auto *pipeline = new PagePipeline(m_backend, m_query, settings, this);
    m_pipeline = pipeline;
    connect(pipeline, &PagePipeline::pageReady, this, &UserTableModel::pipelinePage);
    connect(pipeline, &PagePipeline::warning, this, &UserTableModel::loadAllWarning);
    connect(pipeline, &PagePipeline::finished, this, &UserTableModel::pipelineFinished);
    setLoading(true);
    emit loadAllStarted();
    pipeline->start();
    return true;
}

void UserTableModel::cancelLoadAll()
{
    if (m_pipeline)
        m_pipeline->cancel(); // finished() comes back at once
}

void UserTableModel::pipelinePage(const QList<User> &users)
{
    // The pipeline lists from the first page: the users loaded before are skipped as repeats,
    // so the rows stay the listing's first rowCount() users, in order.
    if (const qint64 total = m_pipeline ? m_pipeline->announcedTotal() : -1; total >= 0) {
        m_total = total;
        m_rowIndex.reserve(total);
    }
    appendUsers(users);
    m_lastLoaded = QDateTime::currentDateTimeUtc();
    emit progressChanged(int(m_users.size()), m_total.value_or(-1));
    emit lastLoadedAt(m_lastLoaded);
    emit loadAllProgress(m_users.size(), m_total.value_or(-1));
}

void UserTableModel::pipelineFinished()
{
    PagePipeline *pipeline = m_pipeline.data();
    if (!pipeline)
        return;
    m_pipeline = nullptr;
    pipeline->deleteLater(); // we are inside its signal
    const PagePipeline::Status status = pipeline->status();
    QString message;
    if (status == PagePipeline::Status::Complete && !pipeline->limitReached()) {
        m_hasMore = false;
        m_nextToken.clear();
        m_total = m_total.value_or(m_users.size());
    } else {
        // Paused like after a cancel or an error: "Load more" goes on from the first user not
        // loaded, "Load all" tries again.
        m_paused = true;
        resumeAfterRows();
        if (status != PagePipeline::Status::Cancelled)
            message = pipeline->error().message();
        if (status == PagePipeline::Status::Failed)
            m_lastError = pipeline->error();
    }
    qCInfo(lcUserModel) << "load all ended:" << status << m_users.size() << "rows,"
                        << pipeline->requestsSent() << "requests";
    setLoading(false);
    emit progressChanged(int(m_users.size()), m_total.value_or(-1));
    emit loadAllFinished(status, message);
}

void UserTableModel::resumeAfterRows()
{
    if (!m_backend || m_users.isEmpty())
        return;
    // Only where tokens are offsets; a cursor token stays, and its pages' repeats are skipped.
    if (!m_nextToken.isEmpty() && !m_backend->offsetOfPageToken(m_nextToken))
        return;
    const QString token = m_backend->pageTokenAtOffset(m_nextToken, m_users.size());
    if (!token.isEmpty())
        m_nextToken = token;
}
