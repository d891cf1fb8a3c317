#include "ListingStatus.h"

#include "WaitingNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

ListingStatus::ListingStatus(QWidget *parent)
    : QWidget(parent)
    , m_count(new QLabel(this))
    , m_lastLoaded(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_waiting(new WaitingNotice(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_loadMore(new QPushButton(tr("Load More"), this))
{
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_lastLoaded->setObjectName(QStringLiteral("lastLoadedLabel"));
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setAccessibleName(tr("Loading users"));
    m_progress->setRange(0, 0); // pages arrive one at a time: busy, not a fraction
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_progress->setMaximumHeight(m_cancel->sizeHint().height());
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setToolTip(tr("Stop loading; the users loaded so far stay."));
    m_loadMore->setObjectName(QStringLiteral("loadMoreButton"));
    m_loadMore->setAccessibleName(tr("Load more users"));
    m_loadMore->setToolTip(tr("Load the next page of users."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_waiting);
    layout->addWidget(m_cancel);
    layout->addWidget(m_loadMore);
    layout->addWidget(m_count);
    layout->addWidget(m_lastLoaded);

    connect(m_cancel, &QPushButton::clicked, this, &ListingStatus::cancelRequested);
    connect(m_loadMore, &QPushButton::clicked, this, &ListingStatus::loadMoreRequested);
    clear();
}

void ListingStatus::clear()
{
    m_shown = 0;
    m_loaded = 0;
    m_total = -1;
    m_search.clear();
    m_count->clear();
    m_lastLoaded->clear();
    m_lastLoaded->setToolTip({});
    setLoading(false);
    setCanLoadMore(false);
}

void ListingStatus::setCounts(int shown, int loaded, qint64 total)
{
    m_shown = shown;
    m_loaded = loaded;
    m_total = total;
    updateCountText();
}

void ListingStatus::setSearchText(const QString &search)
{
    m_search = search;
    updateCountText();
}

QString ListingStatus::countText() const
{
    return m_count->text();
}

QString ListingStatus::lastLoadedText() const
{
    return m_lastLoaded->text();
}

void ListingStatus::updateCountText()
{
    const QLocale locale;
    QString text = m_total >= 0
        ? tr("%1 of %2 loaded").arg(locale.toString(m_loaded), locale.toString(m_total))
        : tr("%1 loaded").arg(locale.toString(m_loaded));
    if (m_shown != m_loaded)
        text = tr("%1 shown, %2").arg(locale.toString(m_shown), text);
    if (!m_search.isEmpty())
        text = tr("Search \u201c%1\u201d: %2").arg(m_search, text);
    m_count->setText(text);
    m_count->setAccessibleName(text);
}

void ListingStatus::setLastLoaded(const QDateTime &when)
{
    if (!when.isValid()) {
        m_lastLoaded->clear();
        return;
    }
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    m_lastLoaded->setText(
        tr("Last loaded %1").arg(locale.toString(local.time(), QLocale::ShortFormat)));
    m_lastLoaded->setToolTip(locale.toString(local, QLocale::LongFormat));
}

void ListingStatus::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_waiting->setWaiting(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_loadMore->hide();
}

void ListingStatus::setCanLoadMore(bool canLoadMore)
{
    m_loadMore->setVisible(canLoadMore && !m_cancel->isVisibleTo(this));
}
