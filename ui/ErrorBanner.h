#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class ServiceError;

/// The band at the top of a dialog for problems that belong to no single input: what went
/// wrong in words (a headline for the kind of failure plus the service's own message), an
/// icon, and optionally an action ("Reload user and try again") and a second, other way out
/// ("Use a secret for this session only"). Hidden while empty.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ServiceError &error);
    void showMessage(Level level, const QString &headline, const QString &details = {});
    /// Adds a button to the banner shown now; actionTriggered() fires when it is pressed.
    void setAction(const QString &text, const QString &accessibleName);
    /// Adds a second button beside the action; secondaryActionTriggered() fires when pressed.
    void setSecondaryAction(const QString &text, const QString &accessibleName);
    void clear();

    Level level() const { return m_level; }
    QString headline() const { return m_headline; }
    QString details() const { return m_details; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *secondaryActionButton() const { return m_secondaryAction; }

    /// What a failure was about: one user, or the list of users (loading it, testing a profile).
    enum class Subject { User, UserList };

    /// What a kind of failure means for the person, e.g. "try again in 30 s". "Not found" means
    /// a user that is gone for Subject::User, and a wrong address (or organisation) for
    /// Subject::UserList, where no particular user was asked for.
    static QString headlineFor(const ServiceError &error, Subject subject = Subject::User);

signals:
    void actionTriggered();
    void secondaryActionTriggered();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_secondaryAction = nullptr;
    Level m_level = Level::Error;
    QString m_headline;
    QString m_details;
};
