#include "UserFilterBar.h"

#include "UserCellText.h"
#include "UserLookup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace {

constexpr int anyValue = -1;

} // namespace

UserFilterBar::UserFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_verification(new QComboBox(this))
{
    m_text->setObjectName(QStringLiteral("filterEdit"));
    m_text->setAccessibleName(tr("Filter users"));
    m_text->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("stateFilterCombo"));
    m_state->setAccessibleName(tr("Filter by state"));
    m_verification->setObjectName(QStringLiteral("verificationFilterCombo"));
    m_verification->setAccessibleName(tr("Filter by email verification"));
    fillCombos();
    setServerSearchAvailable(false);
    m_text->installEventFilter(this);

    // Mnemonics other than F and E, which open the window's File and Edit menus.
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_text);
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    auto *verificationLabel = new QLabel(tr("E&mail:"), this);
    verificationLabel->setBuddy(m_verification);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filterLabel);
    layout->addWidget(m_text, 1);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);
    layout->addWidget(verificationLabel);
    layout->addWidget(m_verification);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        emit textFilterChanged(parse(text).text);
        if (text.trimmed().isEmpty())
            emit searchCleared();
    });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        const Search search = parse(m_text->text());
        if (search.match == UserQuery::Match::All)
            emit searchCleared();
        else
            emit searchRequested(search);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { emit stateFilterChanged(stateFilter()); });
    connect(m_verification, &QComboBox::currentIndexChanged, this,
            [this] { emit verificationFilterChanged(verificationFilter()); });
}

void UserFilterBar::fillCombos()
{
    m_state->addItem(tr("Any state"), anyValue);
    for (const UserState state : { UserState::Active, UserState::Inactive, UserState::Locked,
                                   UserState::Initial, UserState::Deleted, UserState::Unknown })
        m_state->addItem(UserCellText::stateName(state), int(state));

    m_verification->addItem(tr("Any address"), anyValue);
    for (const EmailVerification verification :
         { EmailVerification::Verified, EmailVerification::Unverified, EmailVerification::Unknown })
        m_verification->addItem(UserCellText::verificationText(verification), int(verification));
}

UserFilterBar::Search UserFilterBar::parse(const QString &text)
{
    const UserQuery query = UserLookup::parse(text);
    Search search;
    search.match = query.match;
    search.text = query.text;
    return search;
}

void UserFilterBar::setServerSearchAvailable(bool available)
{
    m_serverSearch = available;
    // id: and email: look up on every backend; only the text search depends on the server.
    m_text->setPlaceholderText(available ? tr("Filter loaded users; Enter searches the server "
                                              "(id:ID, email:ADDRESS)")
                                         : tr("Filter loaded users; Enter looks up id:ID or "
                                              "email:ADDRESS"));
    m_text->setToolTip(m_text->placeholderText());
}

std::optional<UserState> UserFilterBar::stateFilter() const
{
    const int value = m_state->currentData().toInt();
    if (value == anyValue)
        return std::nullopt;
    return UserState(value);
}

std::optional<EmailVerification> UserFilterBar::verificationFilter() const
{
    const int value = m_verification->currentData().toInt();
    if (value == anyValue)
        return std::nullopt;
    return EmailVerification(value);
}

bool UserFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier
            && !m_text->text().isEmpty()) {
            // Through the edit's own undo history, unlike clear(): Ctrl+Z restores the text.
            m_text->selectAll();
            m_text->del();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UserFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}
