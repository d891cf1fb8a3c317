#include "UserFilterProxyModel.h"

#include "UserTableModel.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcUserFilter, "identitydesk.models.filter")

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

} // namespace

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTableModel::SortRole);
    setSortLocale(QLocale());
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
    m_text = trimmed;
    applyCriteria();
}

void UserFilterProxyModel::setStateFilter(std::optional<UserState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    applyCriteria();
}

void UserFilterProxyModel::setVerificationFilter(std::optional<EmailVerification> verification)
{
    if (verification == m_verification)
        return;
    m_verification = verification;
    applyCriteria();
}

void UserFilterProxyModel::clearFilters()
{
    if (m_text.isEmpty() && !m_state && !m_verification)
        return;
    m_text.clear();
    m_state.reset();
    m_verification.reset();
    applyCriteria();
}

void UserFilterProxyModel::setSortLocale(const QLocale &locale)
{
    // The C locale's collator compares code points and ignores numeric mode; "no preference"
    // should still sort "user2" before "user10" and "émile" beside "emma".
    const bool plainC = locale.language() == QLocale::C;
    m_collator = QCollator(plainC ? QLocale(QLocale::English, QLocale::UnitedStates) : locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    invalidate();
}

void UserFilterProxyModel::applyCriteria()
{
    // Not invalidateFilter(): it reports every contiguous run of hidden or revealed rows as its
    // own rowsRemoved()/rowsInserted() pair. A letter typed over 100,000 users hides rows all
    // over the table: tens of thousands of structural signals, each of which a view's header
    // and every persistent index have to follow. invalidate() re-filters (and re-sorts) in one
    // layout change; persistent indexes (selection, current row) of rows still shown stay on
    // their users, those of hidden rows become invalid.
    releaseFetch(); // new criteria may find rows on the next page
    invalidate();
}

bool UserFilterProxyModel::accepts(const User &user) const
{
    if (m_state && user.state != *m_state)
        return false;
    if (m_verification && user.verification != *m_verification)
        return false;
    if (m_text.isEmpty())
        return true;
    return user.id.contains(m_text, Qt::CaseInsensitive)
        || user.login.contains(m_text, Qt::CaseInsensitive)
        || user.displayName.contains(m_text, Qt::CaseInsensitive)
        || user.email.contains(m_text, Qt::CaseInsensitive);
}

bool UserFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return false;
    return accepts(m_users->userAt(sourceRow));
}

bool UserFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aNumber = isNumber(a);
    const bool bNumber = isNumber(b);
    if (aNumber && bNumber)
        return a.toLongLong() < b.toLongLong();
    if (aNumber != bNumber)
        return aNumber; // numbers before text, should a column ever mix them
    return m_collator.compare(a.toString(), b.toString()) < 0;
}
