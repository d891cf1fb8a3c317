#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// The inline "Remove this profile?" question of the profiles dialog: a band inside the dialog
/// with the consequence in words and two buttons, "Remove" and "Keep" (the default, so Enter
/// and Escape are harmless). Used instead of a modal message box. Hidden while not asking.
class ProfileRemoveBar : public QFrame
{
    Q_OBJECT
public:
    explicit ProfileRemoveBar(QWidget *parent = nullptr);

    /// Shows the question for `profileName` and moves the focus to "Keep".
    void ask(const QString &profileName);
    /// Hides the question without an answer.
    void dismiss();
    bool isAsking() const { return !m_profileName.isEmpty(); }
    const QString &profileName() const { return m_profileName; }

signals:
    /// "Remove" was chosen for `profileName`; the bar is already hidden.
    void removeConfirmed(const QString &profileName);
    /// "Keep" was chosen; the bar is already hidden.
    void kept();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_keep = nullptr;
    QString m_profileName;
};
