#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

/// Shows a "Load all users" while it runs: a bar with how many users of how many are loaded,
/// the rate (users/s) and the time left, and a Cancel button (the window's Escape does the
/// same, see LoadAllController).
///
/// The rate is the average since start(), so it settles instead of jumping with every page;
/// the time left follows from it and the announced total.
class LoadAllProgress : public QWidget
{
    Q_OBJECT
public:
    explicit LoadAllProgress(QWidget *parent = nullptr);

    /// Shows the widget and starts the clock at `loaded` users.
    void start(qint64 loaded, qint64 total);
    /// `total` < 0: not known (the bar is then busy, without a fraction).
    void setProgress(qint64 loaded, qint64 total);
    /// Hides the widget.
    void finish();

    /// "1,200 of 100,000", as on the bar.
    QString countText() const;
    /// "4,000 users/s, about 25 s left".
    QString rateText() const;

    /// A time span for people: "40 s", "3 min 5 s", "2 h 10 min".
    static QString duration(qint64 seconds);

signals:
    void cancelRequested();

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_clock;
    qint64 m_startRows = 0;
};
