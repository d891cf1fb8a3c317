#pragma once

#include "BackendCapabilities.h"
#include "EmailChange.h"
#include "User.h"

#include <QMap>
#include <QWidget>

class InlineMessage;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class SendCodeButton;

/// The input page of the change-email dialog: who is changed (name, id, current address and
/// whether it is verified), the new address with its live check, and only the inputs the
/// backend's capabilities ask for (password, verification code with "Send code", "mark as
/// verified"), closed by the backend's sentence on what happens after the change.
///
/// It holds no secret beyond the password field's text, which clearSecrets() wipes.
class ChangeEmailForm : public QWidget
{
    Q_OBJECT
public:
    ChangeEmailForm(const BackendCapabilities &capabilities, const User &user,
                    QWidget *parent = nullptr);

    /// Shows `user` as the one being changed (after a reload) and checks the input again.
    void setUser(const User &user);
    const User &user() const { return m_user; }

    /// What was typed, trimmed; fields the backend does not need stay empty.
    EmailChangeRequest request() const;
    QString newEmail() const;
    /// True when every shown input is filled in and the new address passes the live check.
    bool isComplete() const { return m_complete; }

    /// Shows a service's message beside the input of `field` (a RequestField name); false when
    /// this form has no such input. The message stays until that input is edited.
    bool showFieldError(const QString &field, const QString &message);
    /// Shows each of `errors` (keyed by RequestField names) beside its input; returns the
    /// topmost input in error (null when none). `allPlaced` is false when some error has no
    /// input on this form.
    QWidget *showFieldErrors(const QMap<QString, QString> &errors, bool *allPlaced);
    void clearFieldErrors();

    /// The warning for a user whose address change still waits for confirmation (with its
    /// age when known), or nothing.
    static QString pendingWarning(const User &user);
    /// The input of `field`, or null when this backend does not ask for it.
    QWidget *inputFor(const QString &field) const;

    /// After a code request: says where the code went and starts the button's cooldown.
    void codeSent(const QString &address, const QString &message, int cooldownSeconds);
    /// After a failed or cancelled request (the button becomes usable again).
    void codeRequestEnded(int cooldownSeconds = 0);
    void setCodeSending();
    SendCodeButton *sendCodeButton() const { return m_sendCode; }

    /// Empties the password field (on close, and never kept anywhere else).
    void clearSecrets();
    QWidget *firstInput() const;
    QWidget *lastInput() const;

signals:
    /// isComplete() may have changed.
    void completeChanged(bool complete);
    void sendCodeRequested(const QString &address);
    /// The person changed the input of `field` (a RequestField name; empty for the "mark as
    /// verified" box).
    void edited(const QString &field);

private:
    void buildUserSection(QFormLayout *layout);
    void buildInputs(QFormLayout *layout);
    void showUser();
    void revalidate();
    InlineMessage *messageFor(const QString &field) const;

    const BackendCapabilities m_capabilities;
    User m_user;
    QLabel *m_userLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLabel *m_currentEmailLabel = nullptr;
    QLabel *m_verificationIcon = nullptr;
    QLabel *m_verificationLabel = nullptr;
    InlineMessage *m_pendingMessage = nullptr;
    QLineEdit *m_newEmail = nullptr;
    InlineMessage *m_newEmailMessage = nullptr;
    QLineEdit *m_password = nullptr;
    InlineMessage *m_passwordMessage = nullptr;
    QLineEdit *m_code = nullptr;
    SendCodeButton *m_sendCode = nullptr;
    InlineMessage *m_codeMessage = nullptr;
    InlineMessage *m_codeStatus = nullptr;
    QCheckBox *m_markVerified = nullptr;
    QString m_codeSentTo;
    bool m_complete = false;
    /// Service messages shown beside a field until it is edited.
    QStringList m_fieldsWithServiceErrors;
};
