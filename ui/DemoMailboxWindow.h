#pragma once

#include "DemoMailboxClient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

/// The demo's mailbox (only under --demo): the messages the built-in mock server "sent"
/// instead of mailing them, newest first, read over HTTP from its /mock/mailbox like any
/// client. A trainee reads the code a ZITADEL self-service or CodeArts change mailed, copies it
/// (Ctrl+C or "Copy Code") and opens confirmation links. The server's address is shown at the
/// top. While shown it looks for new mail every few seconds; Refresh (F5) looks at once.
class DemoMailboxWindow : public QWidget
{
    Q_OBJECT
public:
    enum Column { Sent, To, Subject, Code, Link, ColumnCount };

    DemoMailboxWindow(QNetworkAccessManager *network, const QUrl &server,
                      QWidget *parent = nullptr);

    QTreeWidget *messageList() const { return m_list; }
    /// The code of the selected message; empty when none is selected or it has no code.
    QString selectedCode() const;

public slots:
    void refresh();
    void copySelectedCode();
    void openSelectedLink();

signals:
    /// A mailbox answer was shown (also when nothing changed); for tests and the status.
    void refreshed(int messageCount);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showMail(const QList<DemoMail> &mail);
    void showProblem(const QString &message);
    void updateButtons();

    DemoMailboxClient *m_client;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_copyCode = nullptr;
    QPushButton *m_openLink = nullptr;
    QPushButton *m_refresh = nullptr;
    QTimer *m_poll = nullptr;
    qsizetype m_shownCount = -1;
    qint64 m_shownNewest = 0;
};
