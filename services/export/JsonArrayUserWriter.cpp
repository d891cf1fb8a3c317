#include "JsonArrayUserWriter.h"

#include "UserJson.h"

bool JsonArrayUserWriter::begin()
{
    return put("[");
}

bool JsonArrayUserWriter::write(const QList<User> &users)
{
    QByteArray bytes;
    bytes.reserve(users.size() * 320);
    for (const User &user : users) {
        bytes.append(written() == 0 && bytes.isEmpty() ? "\n" : ",\n");
        UserJson::append(bytes, user);
    }
    if (!put(bytes))
        return false;
    countWritten(users.size());
    return true;
}

bool JsonArrayUserWriter::end()
{
    return put(written() == 0 ? "]" : "\n]");
}
