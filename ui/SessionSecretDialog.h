#pragma once

#include "ConnectionSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

/// Asks for a profile's secret when the system keyring is missing, to use it for this session
/// only: the main window keeps it in its session store (memory) until IdentityDesk quits, the
/// way the profiles dialog's "Keep the secret for this session only" does. Nothing is written.
/// Open it with open(); secretEntered() follows OK with a non-empty secret.
class SessionSecretDialog : public QDialog
{
    Q_OBJECT
public:
    SessionSecretDialog(const QString &profileName, AuthMethod method, QWidget *parent = nullptr);

    QString profileName() const { return m_profileName; }

    void accept() override;
    void done(int result) override;

signals:
    void secretEntered(const QString &profileName, const QString &secret);

private:
    QString m_profileName;
    QLineEdit *m_secret = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
