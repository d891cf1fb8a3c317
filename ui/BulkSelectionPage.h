#pragma once

#include "BulkPlanResolver.h"
#include "User.h"

#include <QList>
#include <QWidget>

class InlineMessage;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

/// "Change emails" for the users selected in the main table: one row per user with the new
/// address to type, or "Replace domain" to give all of them the same local part at another
/// domain. Rows left empty are not planned. Where the backend can, the new addresses can be
/// marked verified.
class BulkSelectionPage : public QWidget
{
    Q_OBJECT
public:
    BulkSelectionPage(const QList<User> &users, bool canMarkVerified, QWidget *parent = nullptr);

    /// One request per row with a new address, by user id.
    QList<BulkChangeRequest> requests() const;

    QTableWidget *table() const { return m_table; }
    QLineEdit *domainEdit() const { return m_domain; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *planButton() const { return m_plan; }

public slots:
    /// Sets each row's new address to its current local part at the domain typed.
    void replaceDomain();

signals:
    void planRequested(const QList<BulkChangeRequest> &requests);

private:
    void update();

    QList<User> m_users;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_domain = nullptr;
    QPushButton *m_replace = nullptr;
    QCheckBox *m_markVerified = nullptr;
    InlineMessage *m_problem = nullptr;
    QPushButton *m_plan = nullptr;
};
