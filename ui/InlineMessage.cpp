#include "InlineMessage.h"

#include "StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace {
StatusIcon::Level iconFor(InlineMessage::Level level)
{
    switch (level) {
    case InlineMessage::Level::Information:
        return StatusIcon::Level::Information;
    case InlineMessage::Level::Success:
        return StatusIcon::Level::Success;
    case InlineMessage::Level::Warning:
        return StatusIcon::Level::Warning;
    case InlineMessage::Level::Error:
        return StatusIcon::Level::Error;
    }
    return StatusIcon::Level::Information;
}
} // namespace

QString InlineMessage::levelName(Level level)
{
    switch (level) {
    case Level::Information:
        return tr("Information");
    case Level::Success:
        return tr("Done");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    }
    return {};
}

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
    m_icon->setPixmap(StatusIcon::forLevel(iconFor(level)).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    // The icon's shape tells the level to the eye; a screen reader says this instead.
    setAccessibleDescription(levelName(level));
    show();
}

void InlineMessage::clear()
{
    m_text->clear();
    m_icon->clear();
    setAccessibleName({});
    setAccessibleDescription({});
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}
