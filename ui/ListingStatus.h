#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class WaitingNotice;

/// The permanent part of the main window's status bar: how many users are shown and loaded
/// ("40 shown, 200 of 18,000 loaded"), when the last page arrived, and while a page loads an
/// indeterminate progress bar with a Cancel button, and once the page is a couple of seconds
/// late, how long it has been waited for (WaitingNotice). "Load more" appears when paging paused
/// (after a cancel or an error) while the service has more pages.
class ListingStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ListingStatus(QWidget *parent = nullptr);

    /// `total` < 0: not known yet. `shown` < `loaded` when a filter hides rows.
    void setCounts(int shown, int loaded, qint64 total);
    /// A server-side search narrows the listing; empty: the whole directory.
    void setSearchText(const QString &search);
    void setLastLoaded(const QDateTime &when);
    void setLoading(bool loading);
    void setCanLoadMore(bool canLoadMore);
    /// Back to nothing loaded (no profile, or a new one).
    void clear();

    QString countText() const;
    QString lastLoadedText() const;

signals:
    void cancelRequested();
    void loadMoreRequested();

private:
    void updateCountText();

    QLabel *m_count = nullptr;
    QLabel *m_lastLoaded = nullptr;
    QProgressBar *m_progress = nullptr;
    WaitingNotice *m_waiting = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_loadMore = nullptr;
    int m_shown = 0;
    int m_loaded = 0;
    qint64 m_total = -1;
    QString m_search;
};
