#pragma once

#include <QWidget>

class InlineMessage;
class QCheckBox;
class QLineEdit;
class QPushButton;

/// "Rename domain": the old and the new domain, each checked as it is typed
/// (BulkPlanResolver::isDomain) with the problem beside it; Plan is enabled once both are
/// domains and differ. Where the backend can (ZITADEL management), "Mark the new addresses as
/// verified" instead of mailing each user a verification.
class BulkDomainPage : public QWidget
{
    Q_OBJECT
public:
    explicit BulkDomainPage(bool canMarkVerified, QWidget *parent = nullptr);

    QString oldDomain() const;
    QString newDomain() const;
    bool isComplete() const;
    bool markVerified() const;

    QLineEdit *oldEdit() const { return m_old; }
    QLineEdit *newEdit() const { return m_new; }
    QCheckBox *markVerifiedCheck() const { return m_markVerified; }
    QPushButton *planButton() const { return m_plan; }

signals:
    void planRequested(const QString &oldDomain, const QString &newDomain);

private:
    void check();

    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QCheckBox *m_markVerified = nullptr;
    InlineMessage *m_oldProblem = nullptr;
    InlineMessage *m_newProblem = nullptr;
    QPushButton *m_plan = nullptr;
};
