#pragma once

#include "DemoMailboxWindow.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QNetworkAccessManager;

/// What the main window adds under --demo: a Demo menu with the mailbox (the codes the mock
/// "mails"), and the demo server's address in the status bar, so that a trainee can finish the
/// flows that need a mailed code and point identitydesk-cli --demo-url at the same server.
class DemoActions : public QObject
{
    Q_OBJECT
public:
    DemoActions(const QUrl &server, QNetworkAccessManager *network, QMainWindow *window);

    QUrl server() const { return m_server; }
    QAction *mailboxAction() const { return m_mailbox; }
    QLabel *serverLabel() const { return m_serverLabel; }
    /// The mailbox window once it was opened; null before.
    DemoMailboxWindow *mailboxWindow() const { return m_window; }

public slots:
    void showMailbox();

private:
    QUrl m_server;
    QNetworkAccessManager *m_network;
    QMainWindow *m_mainWindow;
    QAction *m_mailbox;
    QLabel *m_serverLabel;
    QPointer<DemoMailboxWindow> m_window;
};
