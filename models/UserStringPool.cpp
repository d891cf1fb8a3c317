#include "UserStringPool.h"

void UserStringPool::share(User &user)
{
    shareText(user.stateText);
    shareText(user.organisationId);
    shareText(user.organisationName);
    shareText(user.version);
}

void UserStringPool::shareText(QString &text)
{
    if (text.isEmpty())
        return;
    if (const auto found = m_strings.constFind(text); found != m_strings.constEnd())
        text = *found;
    else if (m_strings.size() < maxStrings)
        m_strings.insert(text);
}
