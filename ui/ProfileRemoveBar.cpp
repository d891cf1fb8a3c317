#include "ProfileRemoveBar.h"

#include "StatusIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ProfileRemoveBar::ProfileRemoveBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_keep(new QPushButton(tr("&Keep"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Confirm removal"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(StatusIcon::forLevel(StatusIcon::Level::Warning).pixmap(size, size));
    m_text->setObjectName(QStringLiteral("removeQuestion"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setAccessibleName(tr("Keep the profile"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_remove);
    layout->addWidget(m_keep);
    setTabOrder(m_remove, m_keep);

    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_profileName;
        dismiss();
        emit removeConfirmed(name);
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        dismiss();
        emit kept();
    });
    hide();
}

void ProfileRemoveBar::ask(const QString &profileName)
{
    m_profileName = profileName;
    m_text->setText(tr("Remove the profile \"%1\"? Its stored secret is removed as well; this "
                       "cannot be undone.")
                        .arg(profileName));
    m_remove->setAccessibleName(tr("Remove the profile %1").arg(profileName));
    setAccessibleDescription(m_text->text());
    show();
    m_keep->setFocus();
}

void ProfileRemoveBar::dismiss()
{
    m_profileName.clear();
    m_text->clear();
    hide();
}
