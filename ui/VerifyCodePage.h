#pragma once

#include <QMap>
#include <QWidget>

class InlineMessage;
class QLabel;
class QLineEdit;

/// The change-email dialog's last step for backends that confirm a changed address with a
/// code mailed to it (ZITADEL self-service): what happened, and the code input.
class VerifyCodePage : public QWidget
{
    Q_OBJECT
public:
    explicit VerifyCodePage(QWidget *parent = nullptr);

    /// Starts the step: `summary` of the change and the address the code went to.
    void prepare(const QString &summary, const QString &address);
    QString code() const;
    QLineEdit *codeEdit() const { return m_code; }
    /// Shows the verification-code error of `errors` (keyed by RequestField names) beside the
    /// input and returns the input, or null; `allPlaced` is false when other errors remain.
    QWidget *showFieldErrors(const QMap<QString, QString> &errors, bool *allPlaced);
    void clearError();

signals:
    /// The code input became empty or not empty.
    void codeEntered(bool hasCode);

private:
    QLabel *m_text = nullptr;
    QLineEdit *m_code = nullptr;
    InlineMessage *m_message = nullptr;
};
