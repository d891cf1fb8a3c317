#include "VerifyCodePage.h"

#include "InlineMessage.h"
#include "ServiceError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

VerifyCodePage::VerifyCodePage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("verifyPage"));
    m_text->setObjectName(QStringLiteral("verifyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_code->setObjectName(QStringLiteral("verifyCodeEdit"));
    m_code->setAccessibleName(tr("Verification code from the mail"));
    m_code->setMaxLength(200);
    m_message->setObjectName(QStringLiteral("verifyCodeMessage"));
    auto *label = new QLabel(tr("Verification &code:"), this);
    label->setBuddy(m_code);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_code, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_message->clear();
        emit codeEntered(!text.trimmed().isEmpty());
    });
}

void VerifyCodePage::prepare(const QString &summary, const QString &address)
{
    m_text->setText(summary + QLatin1Char('\n')
                    + tr("Enter the code from the mail sent to %1 to verify the address, or "
                         "choose Later to verify it another time.")
                          .arg(address));
    m_code->clear();
    m_message->clear();
    emit codeEntered(false);
}

QString VerifyCodePage::code() const
{
    return m_code->text().trimmed();
}

QWidget *VerifyCodePage::showFieldErrors(const QMap<QString, QString> &errors, bool *allPlaced)
{
    QWidget *input = nullptr;
    *allPlaced = true;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (it.key() == RequestField::verificationCode) {
            m_message->showMessage(InlineMessage::Level::Error, it.value());
            input = m_code;
        } else {
            *allPlaced = false;
        }
    }
    return input;
}

void VerifyCodePage::clearError()
{
    m_message->clear();
}
