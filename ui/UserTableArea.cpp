#include "UserTableArea.h"

#include "NoMatchPanel.h"
#include "UserFilterProxyModel.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QLocale>

UserTableArea::UserTableArea(UserFilterProxyModel *proxy, QWidget *parent)
    : QStackedWidget(parent)
    , m_proxy(proxy)
    , m_view(new UserTableView(this))
    , m_panel(new NoMatchPanel(this))
{
    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setModel(proxy);
    m_panel->setObjectName(QStringLiteral("noMatchPanel"));
    addWidget(m_view);
    addWidget(m_panel);
    connect(m_panel, &NoMatchPanel::searchRequested, this, &UserTableArea::searchRequested);
    connect(m_panel, &NoMatchPanel::loadAllRequested, this, &UserTableArea::loadAllRequested);
}

bool UserTableArea::isShowingNoMatch() const
{
    return currentWidget() == m_panel;
}

void UserTableArea::setServerSearchAvailable(bool available)
{
    m_serverSearch = available;
    refresh();
}

void UserTableArea::refresh()
{
    const UserTableModel *users = m_proxy->userModel();
    const bool noMatch =
        users && users->rowCount() > 0 && m_proxy->isFiltering() && m_proxy->rowCount() == 0;
    if (!noMatch) {
        setCurrentWidget(m_view);
        return;
    }
    const bool loadingAll = users->isLoadingAll();
    const bool more = users->hasMorePages() && !loadingAll;
    const bool searchable = more && m_serverSearch && !m_proxy->filterText().isEmpty();
    m_panel->setMessage(noMatchText(more, loadingAll), searchable, more);
    setCurrentWidget(m_panel);
}

QString UserTableArea::noMatchText(bool more, bool loadingAll) const
{
    const QString &text = m_proxy->filterText();
    const std::optional<qint64> total = m_proxy->userModel()->totalCount();
    QString headline;
    if (text.isEmpty())
        headline = loadingAll ? tr("No user loaded so far matches the filters.")
            : more            ? tr("No loaded user matches the filters.")
                              : tr("No user matches the filters.");
    else
        headline = loadingAll ? tr("No user loaded so far matches \u201c%1\u201d.").arg(text)
            : more            ? tr("No loaded user matches \u201c%1\u201d.").arg(text)
                              : tr("No user matches \u201c%1\u201d.").arg(text);
    if (!more)
        return headline;
    // Whole sentences, for the translators.
    const bool search = m_serverSearch && !text.isEmpty();
    if (!total) {
        return search ? tr("%1 Press Enter to search the server, or Load all users to filter "
                           "all of them.")
                            .arg(headline)
                      : tr("%1 Load all users to filter all of them.").arg(headline);
    }
    const QString count = QLocale().toString(*total);
    return search ? tr("%1 Press Enter to search the server, or Load all users to filter all %2.")
                        .arg(headline, count)
                  : tr("%1 Load all users to filter all %2.").arg(headline, count);
}
