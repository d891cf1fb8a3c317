#include "DemoMailboxWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
/// Often enough that a code is there by the time the trainee switches windows.
constexpr int pollIntervalMs = 2000;
constexpr int idRole = Qt::UserRole;
} // namespace

DemoMailboxWindow::DemoMailboxWindow(QNetworkAccessManager *network, const QUrl &server,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(new DemoMailboxClient(network, server, this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("demoMailboxWindow"));
    setWindowTitle(tr("Demo Mailbox \u2013 IdentityDesk"));

    auto *serverLabel = new QLabel(
        tr("Mail the demo server at %1 sent instead of mailing it, newest first. Select a "
           "message to copy its code or open its link.")
            .arg(server.toDisplayString()),
        this);
    serverLabel->setObjectName(QStringLiteral("demoServerLabel"));
    serverLabel->setWordWrap(true);
    serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("mailboxStatus"));
    m_status->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("mailList"));
    m_list->setAccessibleName(tr("Demo mail"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Sent"), tr("To"), tr("Subject"), tr("Code"), tr("Link") });
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_copyCode = new QPushButton(tr("&Copy Code"), this);
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    m_openLink = new QPushButton(tr("&Open Link"), this);
    m_openLink->setObjectName(QStringLiteral("openLinkButton"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshMailButton"));
    m_refresh->setShortcut(Qt::Key_F5);
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);

    connect(copy, &QAction::triggered, this, &DemoMailboxWindow::copySelectedCode);
    connect(m_copyCode, &QPushButton::clicked, this, &DemoMailboxWindow::copySelectedCode);
    connect(m_openLink, &QPushButton::clicked, this, &DemoMailboxWindow::openSelectedLink);
    connect(m_refresh, &QPushButton::clicked, this, &DemoMailboxWindow::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DemoMailboxWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (selectedCode().isEmpty())
            openSelectedLink();
        else
            copySelectedCode();
    });
    connect(m_client, &DemoMailboxClient::fetched, this, &DemoMailboxWindow::showMail);
    connect(m_client, &DemoMailboxClient::failed, this, &DemoMailboxWindow::showProblem);
    m_poll->setInterval(pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_client->isFetching())
            refresh();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCode);
    buttons->addWidget(m_openLink);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    updateButtons();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 24);
}

void DemoMailboxWindow::refresh()
{
    m_client->fetch();
}

void DemoMailboxWindow::showMail(const QList<DemoMail> &mail)
{
    // The mailbox only grows: the same count and newest message mean nothing changed, and the
    // list (its selection and scroll position) stays as the trainee left it.
    const qint64 newest = mail.isEmpty() ? 0 : mail.first().id;
    if (m_shownCount == mail.size() && m_shownNewest == newest) {
        emit refreshed(int(mail.size()));
        return;
    }
    m_shownCount = mail.size();
    m_shownNewest = newest;
    const qint64 selectedId =
        m_list->currentItem() ? m_list->currentItem()->data(Sent, idRole).toLongLong() : 0;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_list->clear();
    for (const DemoMail &message : mail) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(Sent, idRole, message.id);
        item->setText(Sent, QLocale().toString(message.sentAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(To, message.to);
        item->setText(Subject, message.subject);
        item->setText(Code, message.code);
        item->setFont(Code, fixed);
        item->setText(Link, message.link.toDisplayString());
        item->setToolTip(Link, message.link.toDisplayString());
        if (message.id == selectedId)
            m_list->setCurrentItem(item);
    }
    for (int column = Sent; column < Link; ++column)
        m_list->resizeColumnToContents(column);
    if (mail.isEmpty())
        m_status->setText(tr("No mail yet. Codes appear here when a change asks for one."));
    else
        m_status->setText(tr("Messages: %1, the newest at the top.")
                              .arg(QLocale().toString(qsizetype(mail.size()))));
    updateButtons();
    emit refreshed(int(mail.size()));
}

void DemoMailboxWindow::showProblem(const QString &message)
{
    m_status->setText(message);
}

QString DemoMailboxWindow::selectedCode() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->text(Code) : QString();
}

void DemoMailboxWindow::copySelectedCode()
{
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    QApplication::clipboard()->setText(code);
    m_status->setText(tr("Copied the code %1.").arg(code));
}

void DemoMailboxWindow::openSelectedLink()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QUrl link = item && item->isSelected() ? QUrl(item->text(Link)) : QUrl();
    if (!link.isValid() || link.isEmpty())
        return;
    if (!QDesktopServices::openUrl(link))
        m_status->setText(tr("No program opened %1.").arg(link.toDisplayString()));
}

void DemoMailboxWindow::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool selected = item && item->isSelected();
    m_copyCode->setEnabled(selected && !item->text(Code).isEmpty());
    m_openLink->setEnabled(selected && !item->text(Link).isEmpty());
}

void DemoMailboxWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_poll->start();
}

void DemoMailboxWindow::hideEvent(QHideEvent *event)
{
    m_poll->stop();
    QWidget::hideEvent(event);
}
