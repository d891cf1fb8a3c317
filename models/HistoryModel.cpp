#include "HistoryModel.h"

#include "JournalWords.h"

#include <QLocale>

HistoryModel::HistoryModel(const ChangeJournal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{ }

void HistoryModel::setFilter(const ChangeJournal::Filter &filter)
{
    m_filter = filter;
    m_filter.limit = 0;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    ChangeJournal::Filter page = m_filter;
    page.limit = m_pageSize;
    m_changes = m_journal ? m_journal->changes(page) : QList<JournalChange>();
    m_hasMore = m_changes.size() >= m_pageSize;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_changes.isEmpty())
        return;
    // Keyset paging: the next page starts below the oldest row shown, so a page deep in a
    // long journal costs what the first one does.
    ChangeJournal::Filter page = m_filter;
    page.limit = m_pageSize;
    page.beforeSequence = m_changes.constLast().intent.sequence;
    const QList<JournalChange> older = m_journal->changes(page);
    m_hasMore = older.size() >= m_pageSize;
    if (older.isEmpty())
        return;
    beginInsertRows({}, int(m_changes.size()), int(m_changes.size() + older.size() - 1));
    m_changes.append(older);
    endInsertRows();
}

QString HistoryModel::timeText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString HistoryModel::stateText(const QString &state)
{
    return JournalWords::state(state);
}

QString HistoryModel::summary(const JournalChange &change)
{
    const JournalEntry &intent = change.intent;
    const QString none = tr("(none)");
    return tr("%1, by %2: %3 \u2192 %4 (%5)")
        .arg(timeText(intent.time), intent.operatorName,
             intent.oldEmail.isEmpty() ? none : intent.oldEmail, intent.newEmail,
             stateText(change.state()));
}

QString HistoryModel::cellText(const JournalChange &change, int column) const
{
    const JournalEntry &intent = change.intent;
    switch (column) {
    case Time:
        return timeText(intent.time);
    case Operator:
        return intent.operatorName;
    case Profile:
        return intent.profile;
    case User:
        return intent.login.isEmpty() || intent.login == intent.userId
            ? intent.userId
            : QStringLiteral("%1 (%2)").arg(intent.login, intent.userId);
    case OldEmail:
        return intent.oldEmail;
    case NewEmail:
        return intent.newEmail;
    case Outcome:
        return stateText(change.state());
    case Error:
        return change.outcome.errorMessage;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const JournalChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(change, index.column());
    case Qt::ToolTipRole: {
        // What the columns leave out, for whoever checks a change on the server.
        const JournalEntry &intent = change.intent;
        QString tip = tr("Journal entry %1, %2 on %3, from %4 (process %5)")
                          .arg(intent.sequence)
                          .arg(intent.backend, intent.serverHost, intent.machine)
                          .arg(intent.processId);
        if (!intent.jobId.isEmpty())
            tip += QLatin1Char('\n') + tr("Bulk run %1").arg(intent.jobId);
        if (!change.outcome.errorKind.isEmpty())
            tip += QLatin1Char('\n') + tr("Error kind: %1").arg(change.outcome.errorKind);
        if (index.column() == Error && !change.outcome.errorMessage.isEmpty())
            tip += QLatin1Char('\n') + change.outcome.errorMessage;
        return tip;
    }
    case SequenceRole:
        return change.intent.sequence;
    case StateRole:
        return change.state();
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Operator:
        return tr("Operator");
    case Profile:
        return tr("Profile");
    case User:
        return tr("User");
    case OldEmail:
        return tr("Old email");
    case NewEmail:
        return tr("New email");
    case Outcome:
        return tr("Outcome");
    case Error:
        return tr("Error");
    }
    return {};
}
