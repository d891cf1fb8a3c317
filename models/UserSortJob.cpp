#include "UserSortJob.h"

#include <QThread>

#include <utility>

UserSortJob::UserSortJob(Done done, QObject *parent)
    : QObject(parent)
    , m_done(std::move(done))
{ }

UserSortJob::~UserSortJob()
{
    // A running thread refers to this object when it is done; its queued answer dies with us.
    const auto threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads)
        thread->wait();
}

void UserSortJob::start(const UserRows &users, int column, Qt::SortOrder order,
                        const QLocale &locale, quint64 generation)
{
    m_running = true;
    auto *thread = QThread::create([this, users, column, order, locale, generation] {
        // A collator of its own: one ICU collator must not serve two threads at once.
        const QCollator collator = UserSortRanks::naturalCollator(locale);
        UserSortRanks ranks;
        ranks.build(users, column, collator);
        std::vector<int> sorted = ranks.sortedRows(users, order, collator);
        QMetaObject::invokeMethod(
            this,
            [this, generation, ranks = std::move(ranks), sorted = std::move(sorted)]() mutable {
                m_running = false;
                m_done(generation, std::move(ranks), std::move(sorted));
            },
            Qt::QueuedConnection);
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}
