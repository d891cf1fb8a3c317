#include "UserStringPool.h"

int UserStringPool::indexOf(const QString &text)
{
    if (text.isEmpty())
        return -1;
    if (const auto found = m_indexes.constFind(text); found != m_indexes.constEnd())
        return *found;
    if (m_texts.size() >= maxStrings)
        return -1;
    m_texts.append(text);
    m_indexes.insert(text, int(m_texts.size()) - 1);
    return int(m_texts.size()) - 1;
}

void UserStringPool::clear()
{
    m_texts.clear();
    m_indexes.clear();
}
