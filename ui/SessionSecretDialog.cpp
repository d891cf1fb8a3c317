#include "SessionSecretDialog.h"

#include "ProfileFieldText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SessionSecretDialog::SessionSecretDialog(const QString &profileName, AuthMethod method,
                                         QWidget *parent)
    : QDialog(parent)
    , m_profileName(profileName)
    , m_secret(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sessionSecretDialog"));
    setWindowTitle(tr("Secret for This Session Only"));
    auto *explanation =
        new QLabel(tr("There is no system keyring to read the secret of \u201c%1\u201d from. "
                      "Type it here to use it until IdentityDesk quits: it stays in memory and "
                      "is not saved anywhere.")
                       .arg(profileName),
                   this);
    explanation->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("sessionSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(ProfileFieldText::secretLabel(method));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use for This Session"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionSecretDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SessionSecretDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(ProfileFieldText::secretLabel(method) + QLatin1Char(':'), m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

void SessionSecretDialog::accept()
{
    if (m_secret->text().isEmpty())
        return;
    emit secretEntered(m_profileName, m_secret->text());
    QDialog::accept();
}

void SessionSecretDialog::done(int result)
{
    // The secret is not kept in the widget once it is handed over (or abandoned).
    m_secret->clear();
    QDialog::done(result);
}
