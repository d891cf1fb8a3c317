#pragma once

#include "ChangeJournal.h"
#include "JournalEntry.h"

#include <QAbstractTableModel>
#include <QList>

/// The change journal's email changes as a table, newest first, for the history window.
///
/// Loads a page of changes at once and more as a view scrolls (Qt's fetchMore protocol), so a
/// journal of 100,000 changes opens as fast as one of ten. ChangeJournal::changes() has no
/// offset, so a further page asks for the newest `loaded + page` changes and keeps those older
/// than the last row shown: rows written meanwhile (a change made while the window is open)
/// neither repeat nor shift the rows. reload() shows them.
///
/// The journal is not owned and must outlive the model; it is only read.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Operator, Profile, User, OldEmail, NewEmail, Outcome, Error, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// The intent's sequence number (qint64).
        SequenceRole = Qt::UserRole + 1,
        /// JournalChange::state(): changed, failed, pending, ...
        StateRole,
    };

    explicit HistoryModel(const ChangeJournal *journal, QObject *parent = nullptr);

    /// Shows the changes matching `filter` (its limit is ignored: the model pages itself).
    void setFilter(const ChangeJournal::Filter &filter);
    const ChangeJournal::Filter &filter() const { return m_filter; }
    /// Changes per page (default 500).
    void setPageSize(int size) { m_pageSize = qMax(1, size); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const JournalChange &changeAt(int row) const { return m_changes.at(row); }
    /// True while older changes than those loaded may exist.
    bool hasMore() const { return m_hasMore; }

    /// A state word (JournalChange::state()) for people: "Changed", "No answer", ...
    static QString stateText(const QString &state);
    /// One line for `change`: when (local time), who, old → new, and how it ended.
    static QString summary(const JournalChange &change);
    /// The intent's time in local time, to the second.
    static QString timeText(const QDateTime &utc);

public slots:
    /// Reads the first page again (after changes were made).
    void reload();

private:
    QString cellText(const JournalChange &change, int column) const;

    const ChangeJournal *m_journal;
    ChangeJournal::Filter m_filter;
    QList<JournalChange> m_changes;
    int m_pageSize = 500;
    bool m_hasMore = false;
};
