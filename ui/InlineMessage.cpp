#include "InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace {
QStyle::StandardPixmap iconFor(InlineMessage::Level level)
{
    switch (level) {
    case InlineMessage::Level::Information:
        return QStyle::SP_MessageBoxInformation;
    case InlineMessage::Level::Success:
        return QStyle::SP_DialogApplyButton;
    case InlineMessage::Level::Warning:
        return QStyle::SP_MessageBoxWarning;
    case InlineMessage::Level::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("text"));
    hide();
}

void InlineMessage::showMessage(Level level, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_level = level;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(level), nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    show();
}

void InlineMessage::clear()
{
    m_text->clear();
    m_icon->clear();
    setAccessibleName({});
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}
