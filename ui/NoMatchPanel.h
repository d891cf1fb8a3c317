#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// Shown in the users table's place when the filters hide every loaded user: says so, and
/// offers what can find the users that are not loaded yet, a search on the server and
/// "Load all users".
class NoMatchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NoMatchPanel(QWidget *parent = nullptr);

    /// The sentence shown, and which of the two buttons to offer.
    void setMessage(const QString &text, bool offerSearch, bool offerLoadAll);
    QString text() const;

signals:
    void searchRequested();
    void loadAllRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_search = nullptr;
    QPushButton *m_loadAll = nullptr;
};
