#pragma once

#include "ConnectionProfile.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <memory>

class FileChooser;
class InlineMessage;
class ProfileFormRows;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

/// The right-hand form of the profiles dialog: one connection profile plus its secret.
///
/// It shows only what the chosen backend kind and sign-in method need (principal, organisation
/// or tenant, Huawei account and project, sign-in URL; an optional CA certificates file for
/// every kind), labels the principal and the secret in
/// the method's own words, and checks the input live with ConnectionProfile::validate():
/// each problem appears beside its field once that field was edited, and isValid() stays
/// false until there is none. For a new profile the secret is required; when editing, an
/// empty secret means "keep the stored one". The secret lives only in its (masked) field,
/// which clearSecret() empties.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    /// The pseudo field name used for problems with the secret.
    static const QString secretField;

    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    /// Empties the form for a new profile.
    void startNew();
    /// Fills in `profile`; the secret field starts empty and means "keep the stored secret".
    void startEdit(const ConnectionProfile &profile);
    /// Names that the profile must not take (the others in the store).
    void setTakenNames(const QStringList &names);

    /// What the form says now; inputs the kind or method does not use are left out.
    ConnectionProfile profile() const;
    /// The typed secret; empty when none was typed.
    QString secret() const;
    bool isNew() const { return m_isNew; }
    /// The name the edited profile had when editing started; empty for a new one.
    const QString &originalName() const { return m_originalName; }

    /// No problem at all: the profile can be saved.
    bool isValid() const { return m_problems.isEmpty(); }
    /// The profile alone (without name clashes or a missing secret) is usable, e.g. to test it.
    bool settingsValid() const { return m_settingsValid; }
    const QList<ProfileProblem> &problems() const { return m_problems; }
    /// The message shown beside `field` (a ConnectionProfile JSON field or secretField).
    QString messageFor(const QString &field) const;

    void clearSecret();
    QWidget *firstInput() const;
    /// Every input, top to bottom (hidden ones included), for the dialog's tab order.
    QList<QWidget *> inputs() const;

signals:
    /// The person changed something (not emitted by startNew()/startEdit()).
    void edited();
    /// isValid() may have changed.
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addLineEdit(const QString &field, const char *objectName,
                           const QString &accessibleName);
    QLineEdit *setUpLineEdit(QLineEdit *edit, const QString &field, const char *objectName,
                             const QString &accessibleName);
    void fillAuthMethods(BackendKind kind, AuthMethod preferred);
    void updateVisibleFields();
    void updateSecretHint();
    void touch(const QString &field);
    void revalidate();
    BackendKind kind() const;
    AuthMethod authMethod() const;

    QFormLayout *m_layout = nullptr;
    std::unique_ptr<ProfileFormRows> m_rows;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_authMethod = nullptr;
    /// ZITADEL management only: user service v2 or management v1.
    QComboBox *m_zitadelApi = nullptr;
    QLineEdit *m_principal = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_secret = nullptr;
    FileChooser *m_caFile = nullptr;
    InlineMessage *m_otherProblems = nullptr;

    bool m_isNew = true;
    bool m_loading = false;
    bool m_settingsValid = false;
    QString m_originalName;
    /// Settings the form has no input for (the timeout), kept as loaded.
    ConnectionSettings m_base;
    /// Kept as it was: the editor has no field for it (set with identitydesk-cli).
    QString m_secretEnvironmentVariable;
    QStringList m_takenNames;
    QSet<QString> m_touched;
    QList<ProfileProblem> m_problems;
};
