#pragma once

#include <QStackedWidget>

class NoMatchPanel;
class UserFilterProxyModel;
class UserTableView;

/// The users table, or in its place a NoMatchPanel while the filters hide every loaded user
/// (the proxy then holds back paging, see UserFilterProxyModel): the panel says so and offers
/// a search on the server (where the backend can) and "Load all users".
class UserTableArea : public QStackedWidget
{
    Q_OBJECT
public:
    UserTableArea(UserFilterProxyModel *proxy, QWidget *parent = nullptr);

    UserTableView *view() const { return m_view; }
    NoMatchPanel *noMatchPanel() const { return m_panel; }
    bool isShowingNoMatch() const;

    void setServerSearchAvailable(bool available);

public slots:
    /// Shows the table or the panel, for the proxy's and its model's state now.
    void refresh();

signals:
    void searchRequested();
    void loadAllRequested();

private:
    QString noMatchText(bool more, bool loadingAll) const;

    UserFilterProxyModel *m_proxy;
    UserTableView *m_view;
    NoMatchPanel *m_panel;
    bool m_serverSearch = false;
};
