#include "UserWords.h"

#include <iterator>

const char *const UserWords::active = QT_TRANSLATE_NOOP("UserWords", "Active");
const char *const UserWords::inactive = QT_TRANSLATE_NOOP("UserWords", "Inactive");
const char *const UserWords::deleted = QT_TRANSLATE_NOOP("UserWords", "Deleted");
const char *const UserWords::disabled = QT_TRANSLATE_NOOP("UserWords", "Disabled");
const char *const UserWords::notActivated = QT_TRANSLATE_NOOP("UserWords", "Not activated");
const char *const UserWords::blocked = QT_TRANSLATE_NOOP("UserWords", "Blocked");

QString UserWords::shared(const char *word)
{
    static const char *const words[] = {
        active, inactive, deleted, disabled, notActivated, blocked
    };
    static const QString texts[] = {
        QString::fromLatin1(active),       QString::fromLatin1(inactive),
        QString::fromLatin1(deleted),      QString::fromLatin1(disabled),
        QString::fromLatin1(notActivated), QString::fromLatin1(blocked),
    };
    for (std::size_t i = 0; i < std::size(words); ++i) {
        if (word == words[i])
            return texts[i];
    }
    return QString::fromLatin1(word);
}

QString UserWords::verification(EmailVerification verification)
{
    switch (verification) {
    case EmailVerification::Verified:
        return tr("Verified");
    case EmailVerification::Unverified:
        return tr("Not verified");
    case EmailVerification::Unknown:
        break;
    }
    return tr("Unknown");
}

QString UserWords::state(UserState state)
{
    switch (state) {
    case UserState::Active:
        return tr(active);
    case UserState::Inactive:
        return tr(inactive);
    case UserState::Locked:
        return tr("Locked");
    case UserState::Initial:
        return tr("Initial");
    case UserState::Deleted:
        return tr(deleted);
    case UserState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString UserWords::stateText(const User &user)
{
    if (user.stateText.isEmpty())
        return state(user.state);
    // A word without a translation (a backend's own) comes back as it is.
    return tr(user.stateText.toUtf8().constData());
}
