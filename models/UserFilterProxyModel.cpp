#include "UserFilterProxyModel.h"

#include "UserTableModel.h"

#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <iterator>
#include <utility>

Q_LOGGING_CATEGORY(lcUserFilter, "identitydesk.models.filter")

namespace {

/// QChar::toCaseFolded() with a table-free path for ASCII, the bulk of ids, logins and emails.
inline char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
    return QChar::toCaseFolded(c);
}

inline char16_t unitOf(QChar c)
{
    return c.unicode();
}

inline char16_t unitOf(char c)
{
    return static_cast<unsigned char>(c);
}

/// Whether `text` contains `needle` (ASCII bytes, already case-folded), ignoring case as
/// QString::contains(Qt::CaseInsensitive) does. Qt's general search folds both sides through
/// its tables at every step; this is what a keystroke over 100,000 rows spends its time on.
/// `text` is UTF-16 (QStringView), or the UTF-8 of an ASCII-only text (QByteArrayView).
template<typename View>
bool containsFoldedAscii(View text, QByteArrayView needle)
{
    const qsizetype last = text.size() - needle.size();
    const char16_t first = unitOf(needle.front());
    for (qsizetype at = 0; at <= last; ++at) {
        if (folded(unitOf(text[at])) != first)
            continue;
        qsizetype i = 1;
        while (i < needle.size() && folded(unitOf(text[at + i])) == unitOf(needle[i]))
            ++i;
        if (i == needle.size())
            return true;
    }
    return false;
}

/// The texts the filter searches.
constexpr UserRows::Text searchedTexts[] = { UserRows::Text::Id, UserRows::Text::Login,
                                             UserRows::Text::DisplayName, UserRows::Text::Email };

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// Text columns sort in `locale`'s order, ignoring case, with digits as numbers.
QCollator collatorFor(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortLocale(QLocale());
}

UserFilterProxyModel::~UserFilterProxyModel()
{
    // A ranking thread refers to this object when it is done; its queued answer dies with us.
    const auto threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads)
        thread->wait();
}

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *users = qobject_cast<UserTableModel *>(sourceModel);
    if (sourceModel && !users) {
        qCWarning(lcUserFilter) << "UserFilterProxyModel needs a UserTableModel as its source";
        return;
    }
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = users;
    releaseFetch();
    outdateRanks();
    m_ranks.clear();
    m_mayPass.clear();
    m_sortDeferred = false;
    m_changedWhileDeferred = false;
    // Connected before the base class, so that ranks and filter marks of changed rows are
    // dropped before the base class re-sorts and re-filters those rows.
    if (m_users) {
        connect(m_users, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    sourceRowsChanged(topLeft.row(), bottomRight.row());
                });
        connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            outdateRanks();
            m_ranks.clear();
            m_mayPass.clear();
        });
        connect(m_users, &UserTableModel::loadAllStarted, this, &UserFilterProxyModel::deferSort);
        connect(m_users, &UserTableModel::loadAllFinished, this, &UserFilterProxyModel::resumeSort);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    // Connected after the base class, so the proxy's rows are up to date when these run.
    if (m_users) {
        connect(m_users, &QAbstractItemModel::rowsInserted, this,
                &UserFilterProxyModel::sourceRowsInserted);
        connect(m_users, &QAbstractItemModel::modelReset, this,
                &UserFilterProxyModel::releaseFetch);
    }
}

bool UserFilterProxyModel::isFetchHeldByFilter() const
{
    if (!m_users || !isFiltering() || !m_users->canFetchMore(QModelIndex()))
        return false;
    return m_fetchBroughtNothing || rowCount() == 0;
}

bool UserFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return !isFetchHeldByFilter() && QSortFilterProxyModel::canFetchMore(parent);
}

void UserFilterProxyModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchPending = isFiltering();
    m_shownBeforeFetch = rowCount();
    QSortFilterProxyModel::fetchMore(parent);
}

void UserFilterProxyModel::sourceRowsInserted()
{
    if (!std::exchange(m_fetchPending, false))
        return;
    if (rowCount() <= m_shownBeforeFetch)
        m_fetchBroughtNothing = true;
}

void UserFilterProxyModel::releaseFetch()
{
    m_fetchPending = false;
    m_fetchBroughtNothing = false;
}

void UserFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    // Every row that contains the longer text contains the shorter one (case folding maps
    // character to character), so typing on only ever hides rows.
    const bool narrowing = trimmed.contains(m_text, Qt::CaseInsensitive);
    m_text = trimmed;
    m_foldedAscii = isAscii(m_text) ? m_text.toCaseFolded().toLatin1() : QByteArray();
    applyCriteria(narrowing);
}

void UserFilterProxyModel::setStateFilter(std::optional<UserState> state)
{
    if (state == m_state)
        return;
    const bool narrowing = !m_state;
    m_state = state;
    applyCriteria(narrowing);
}

void UserFilterProxyModel::setVerificationFilter(std::optional<EmailVerification> verification)
{
    if (verification == m_verification)
        return;
    const bool narrowing = !m_verification;
    m_verification = verification;
    applyCriteria(narrowing);
}

void UserFilterProxyModel::clearFilters()
{
    if (m_text.isEmpty() && !m_state && !m_verification)
        return;
    m_text.clear();
    m_foldedAscii.clear();
    m_state.reset();
    m_verification.reset();
    applyCriteria();
}

void UserFilterProxyModel::setSortLocale(const QLocale &locale)
{
    // The C locale's collator compares code points and ignores numeric mode; "no preference"
    // should still sort "user2" before "user10" and "émile" beside "emma".
    const bool plainC = locale.language() == QLocale::C;
    m_collator = collatorFor(plainC ? QLocale(QLocale::English, QLocale::UnitedStates) : locale);
    outdateRanks();
    if (m_ranks.column() >= 0)
        rankRows(m_ranks.column());
    invalidate();
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // Ranked also during a deferred sort: a click then sorts the rows loaded so far quickly.
    outdateRanks();
    if (column >= 0)
        rankRows(column);
    else
        m_ranks.clear();
    QSortFilterProxyModel::sort(column, order);
}

void UserFilterProxyModel::rankRows(int column)
{
    if (m_users)
        m_ranks.build(m_users->users(), column, m_collator);
}

void UserFilterProxyModel::sourceRowsChanged(int first, int last)
{
    m_ranks.forget(first, last);
    outdateRanks();
    m_changedWhileDeferred = m_changedWhileDeferred || m_sortDeferred;
    // A changed row may pass criteria it failed before.
    for (int row = first; row <= last && std::size_t(row) < m_mayPass.size(); ++row)
        m_mayPass[std::size_t(row)] = true;
}

void UserFilterProxyModel::deferSort()
{
    // Each page's rows would otherwise be placed one by one into the sorted rows: a binary
    // search, a vector insert and a rowsInserted() per row, quadratic over a whole directory.
    if (sortColumn() < 0 || !dynamicSortFilter())
        return;
    m_sortDeferred = true;
    m_changedWhileDeferred = false;
    outdateRanks();
    setDynamicSortFilter(false);
    emit sortDeferredChanged(true);
}

void UserFilterProxyModel::resumeSort()
{
    if (!m_sortDeferred || m_rankingInBackground)
        return; // the ranks still being built see that they are outdated, and rank again
    if (sortColumn() < 0 || !m_users) {
        finishDeferredSort(); // unsorted meanwhile: nothing to rank
        return;
    }
    rankInBackground();
}

void UserFilterProxyModel::rankInBackground()
{
    m_rankingInBackground = true;
    const quint64 generation = m_rankGeneration;
    // The list is shared, not copied: rows appended meanwhile go to the model's own copy.
    const UserRows users = m_users->users();
    const int column = sortColumn();
    const QLocale locale = m_collator.locale();
    auto *thread = QThread::create([this, users, column, locale, generation] {
        // A collator of its own: one ICU collator must not serve two threads at once.
        UserSortRanks ranks;
        ranks.build(users, column, collatorFor(locale));
        QMetaObject::invokeMethod(
            this,
            [this, generation, ranks = std::move(ranks)]() mutable {
                backgroundRanksReady(generation, std::move(ranks));
            },
            Qt::QueuedConnection);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void UserFilterProxyModel::backgroundRanksReady(quint64 generation, UserSortRanks ranks)
{
    m_rankingInBackground = false;
    if (!m_sortDeferred)
        return; // a new source model
    if (generation != m_rankGeneration && sortColumn() >= 0 && m_users) {
        rankInBackground(); // rows or the sort changed meanwhile: rank them as they are now
        return;
    }
    if (generation == m_rankGeneration)
        m_ranks = std::move(ranks);
    finishDeferredSort();
}

void UserFilterProxyModel::finishDeferredSort()
{
    m_sortDeferred = false;
    setDynamicSortFilter(true); // sorts once
    // With the dynamic filter off, rows changed meanwhile were not checked again.
    if (std::exchange(m_changedWhileDeferred, false))
        invalidate();
    emit sortDeferredChanged(false);
}

void UserFilterProxyModel::applyCriteria(bool narrowing)
{
    // Not invalidateFilter(): it reports every contiguous run of hidden or revealed rows as its
    // own rowsRemoved()/rowsInserted() pair. A letter typed over 100,000 users hides rows all
    // over the table: tens of thousands of structural signals, each of which a view's header
    // and every persistent index have to follow. invalidate() re-filters (and re-sorts) in one
    // layout change; persistent indexes (selection, current row) of rows still shown stay on
    // their users, those of hidden rows become invalid.
    releaseFetch(); // new criteria may find rows on the next page
    // The marks are only sound while every row's last check is known: not with the dynamic
    // filter off during a deferred sort.
    m_narrowing = narrowing && dynamicSortFilter() && m_users
        && m_mayPass.size() == std::size_t(m_users->rowCount());
    invalidate();
    rowCount(); // filter now, while m_narrowing holds, should no view have asked yet
    m_narrowing = false;
}

bool UserFilterProxyModel::passesChoices(UserState state, EmailVerification verification) const
{
    return (!m_state || state == *m_state) && (!m_verification || verification == *m_verification);
}

bool UserFilterProxyModel::matchesText(QStringView text) const
{
    if (!m_foldedAscii.isEmpty())
        return containsFoldedAscii(text, QByteArrayView(m_foldedAscii));
    return text.contains(m_text, Qt::CaseInsensitive);
}

bool UserFilterProxyModel::accepts(const User &user) const
{
    if (!passesChoices(user.state, user.verification))
        return false;
    return m_text.isEmpty() || matchesText(user.id) || matchesText(user.login)
        || matchesText(user.displayName) || matchesText(user.email);
}

bool UserFilterProxyModel::acceptsRow(int sourceRow) const
{
    const UserRows &rows = m_users->users();
    if (!passesChoices(rows.state(sourceRow), rows.verification(sourceRow)))
        return false;
    if (m_text.isEmpty())
        return true;
    if (!m_foldedAscii.isEmpty() && rows.isAscii(sourceRow)) {
        // The row's UTF-8 is its text, byte for character: search it in place.
        const QByteArrayView needle(m_foldedAscii);
        return std::any_of(
            std::begin(searchedTexts), std::end(searchedTexts), [&](UserRows::Text which) {
                const QUtf8StringView text = rows.searchText(sourceRow, which);
                return containsFoldedAscii(QByteArrayView(text.data(), text.size()), needle);
            });
    }
    // Other characters on either side: as UTF-16, folded as QString::contains() folds.
    return std::any_of(std::begin(searchedTexts), std::end(searchedTexts),
                       [&](UserRows::Text which) {
                           return matchesText(rows.searchText(sourceRow, which).toString());
                       });
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return false;
    const auto row = std::size_t(sourceRow);
    if (m_narrowing && !m_mayPass[row])
        return false;
    const bool passes = acceptsRow(sourceRow);
    if (m_mayPass.size() <= row)
        m_mayPass.resize(std::size_t(m_users->rowCount()), true);
    m_mayPass[row] = passes;
    return passes;
}

bool UserFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users)
        return false;
    if (m_ranks.column() == left.column()) {
        if (const std::optional<bool> byRank = m_ranks.before(left.row(), right.row()))
            return *byRank;
    }
    if (m_sortDeferred) {
        // The base class sorts each page's new rows among themselves even with the dynamic
        // sort off; they wait unsorted for the one sort at the end all the same. Collating
        // them (a User and an ICU comparison per row and step) took a third of a sorted Load
        // all's time, so they keep their order of arrival.
        return left.row() < right.row();
    }
    return UserSortRanks::compare(m_users->userAt(left.row()), m_users->userAt(right.row()),
                                  left.column(), m_collator)
        < 0;
}
