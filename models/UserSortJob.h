#pragma once

#include "UserRows.h"
#include "UserSortRanks.h"

#include <QLocale>
#include <QObject>

#include <functional>
#include <vector>

/// Ranks and orders the loaded rows on a thread of its own: the one sort at the end of a Load
/// all on a sorted table (UserFilterProxyModel), ICU collation of every row, ~3 s at a million
/// rows, that the window must not wait for.
///
/// The rows are a shared snapshot, not a copy: rows the model appends meanwhile go to its own
/// copy. The answer comes back on the owner's thread, with the `generation` it was started
/// with, so that the owner can tell whether the rows or the sort changed meanwhile.
class UserSortJob : public QObject
{
    Q_OBJECT
public:
    using Done =
        std::function<void(quint64 generation, UserSortRanks ranks, std::vector<int> order)>;

    UserSortJob(Done done, QObject *parent = nullptr);
    /// Waits for a sort still running; its answer is then dropped.
    ~UserSortJob() override;

    /// Ranks `users` by `column` and orders them (UserSortRanks::sortedRows()) in `order`, text
    /// in `locale`'s natural order.
    void start(const UserRows &users, int column, Qt::SortOrder order, const QLocale &locale,
               quint64 generation);
    bool isRunning() const { return m_running; }

private:
    Done m_done;
    bool m_running = false;
};
