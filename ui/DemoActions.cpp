#include "DemoActions.h"

#include "DemoMailboxWindow.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

DemoActions::DemoActions(const QUrl &server, QNetworkAccessManager *network, QMainWindow *window)
    : QObject(window)
    , m_server(server)
    , m_network(network)
    , m_mainWindow(window)
    , m_mailbox(new QAction(tr("Demo &Mailbox\u2026"), window))
    , m_serverLabel(new QLabel(window->statusBar()))
{
    m_mailbox->setObjectName(QStringLiteral("demoMailboxAction"));
    m_mailbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mailbox->setStatusTip(tr("Read the codes and links the demo server mailed"));
    connect(m_mailbox, &QAction::triggered, this, &DemoActions::showMailbox);
    window->addAction(m_mailbox);
    QMenu *menu = window->menuBar()->addMenu(tr("&Demo"));
    menu->setObjectName(QStringLiteral("demoMenu"));
    menu->addAction(m_mailbox);

    m_serverLabel->setObjectName(QStringLiteral("demoServerStatus"));
    m_serverLabel->setText(tr("Demo server: %1").arg(server.toDisplayString()));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->setToolTip(tr("The built-in mock server; identitydesk-cli --demo-url %1 "
                                 "uses the same one while this window is open.")
                                  .arg(server.toDisplayString()));
    window->statusBar()->addPermanentWidget(m_serverLabel);
}

void DemoActions::showMailbox()
{
    if (!m_window) {
        m_window = new DemoMailboxWindow(m_network, m_server, m_mainWindow);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
