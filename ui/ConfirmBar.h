#pragma once

#include <QFrame>

class InlineMessage;
class QPushButton;

/// A question inside the window instead of a nested modal box ("Change 480 addresses …?"):
/// the question, a button that does it and one that goes back. Hidden until ask().
class ConfirmBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConfirmBar(QWidget *parent = nullptr);

    /// Shows `question` with `confirmText` on the confirm button (a mnemonic in it) and
    /// `declineText` on the other; focus goes to the decline button, so that Enter does not
    /// confirm by accident.
    void ask(const QString &question, const QString &confirmText, const QString &declineText);
    /// Hides the bar without an answer.
    void dismiss();
    bool isAsking() const { return !isHidden(); }

    InlineMessage *question() const { return m_question; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *declineButton() const { return m_decline; }

signals:
    void confirmed();
    void declined();

private:
    InlineMessage *m_question = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_decline = nullptr;
};
