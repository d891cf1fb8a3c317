#include "ErrorBanner.h"

#include "ServiceError.h"
#include "StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_secondaryAction(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerActionButton"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);
    m_secondaryAction->setObjectName(QStringLiteral("bannerSecondaryActionButton"));
    m_secondaryAction->hide();
    connect(m_secondaryAction, &QPushButton::clicked, this, &ErrorBanner::secondaryActionTriggered);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_action);
    buttons->addWidget(m_secondaryAction);
    buttons->addStretch(1);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_text);
    textColumn->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    hide();
}

QString ErrorBanner::headlineFor(const ServiceError &error, Subject subject)
{
    switch (error.kind()) {
    case ServiceError::Kind::Network:
        return tr("The service cannot be reached; check the network connection and try again.");
    case ServiceError::Kind::Timeout:
        return tr("The service did not answer in time; the change may still have been made, so "
                  "check the user before trying again.");
    case ServiceError::Kind::Tls:
        return tr("The secure connection to the service failed; nothing was sent.");
    case ServiceError::Kind::Unauthenticated:
        return tr("The service did not accept the connection's credentials; check the profile.");
    case ServiceError::Kind::Forbidden:
        return tr("The service does not allow this change with the profile's permissions.");
    case ServiceError::Kind::NotFound:
        if (subject == Subject::UserList)
            return tr("The service has no user list at the profile's address; check the "
                      "profile's URL, organisation or tenant.");
        return tr("The service does not know this user (any more).");
    case ServiceError::Kind::Validation:
        return tr("The service refused the request.");
    case ServiceError::Kind::Conflict:
        return tr("Someone else changed this user meanwhile; nothing was changed.");
    case ServiceError::Kind::RateLimited:
        if (error.retryAfterSeconds() > 0)
            return tr("Too many requests; try again in %n s.", nullptr, error.retryAfterSeconds());
        return tr("Too many requests; wait a moment and try again.");
    case ServiceError::Kind::Server:
        return tr("The service failed to handle the request; try again later.");
    case ServiceError::Kind::MalformedResponse:
        return tr("The service's answer could not be understood; check the user before trying "
                  "again.");
    case ServiceError::Kind::Cancelled:
        return tr("Cancelled.");
    case ServiceError::Kind::Unsupported:
        return tr("This service cannot do that.");
    }
    return tr("The request failed.");
}

void ErrorBanner::showError(const ServiceError &error)
{
    showMessage(Level::Error, headlineFor(error), error.message());
}

void ErrorBanner::showMessage(Level level, const QString &headline, const QString &details)
{
    m_level = level;
    m_headline = headline;
    m_details = details;
    const bool isError = level == Level::Error;
    const bool isWarning = level == Level::Warning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(StatusIcon::forLevel(isError         ? StatusIcon::Level::Error
                                               : isWarning ? StatusIcon::Level::Warning
                                                           : StatusIcon::Level::Information)
                          .pixmap(size, size));
    QString html = QStringLiteral("<b>") + headline.toHtmlEscaped() + QStringLiteral("</b>");
    if (!details.isEmpty() && details != headline)
        html += QStringLiteral("<br>") + details.toHtmlEscaped();
    m_text->setText(html);
    setAccessibleName(isError ? tr("Error") : isWarning ? tr("Warning") : tr("Information"));
    setAccessibleDescription(details.isEmpty() ? headline : headline + QLatin1Char(' ') + details);

    // A tint of the palette's own colours, so the band stands out in light and dark themes;
    // the icon and the words carry the meaning.
    QPalette tinted = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = tinted.color(QPalette::Window);
    const QColor accent = isError ? QColor(0xd3, 0x2f, 0x2f)
        : isWarning               ? QColor(0xf5, 0x9e, 0x0b)
                                  : tinted.color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 85 + b * 15) / 100; };
    tinted.setColor(QPalette::Window,
                    QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                           mix(base.blue(), accent.blue())));
    setPalette(tinted);

    m_action->hide();
    m_secondaryAction->hide();
    show();
}

void ErrorBanner::setAction(const QString &text, const QString &accessibleName)
{
    m_action->setText(text);
    m_action->setAccessibleName(accessibleName);
    m_action->show();
}

void ErrorBanner::setSecondaryAction(const QString &text, const QString &accessibleName)
{
    m_secondaryAction->setText(text);
    m_secondaryAction->setAccessibleName(accessibleName);
    m_secondaryAction->show();
}

void ErrorBanner::clear()
{
    m_headline.clear();
    m_details.clear();
    m_text->clear();
    m_action->hide();
    m_secondaryAction->hide();
    hide();
}
