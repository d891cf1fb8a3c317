#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

/// "Working..." for a dialog: an indeterminate progress bar (the services report steps, not
/// fractions) and what is being done, in words. Hidden while idle.
class BusyStatus : public QWidget
{
    Q_OBJECT
public:
    explicit BusyStatus(QWidget *parent = nullptr);

    /// Shows the indicator with `text`; setText() updates it (e.g. from ServiceJob::progress).
    void start(const QString &text);
    void setText(const QString &text);
    void stop();

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
};
