#include "NdjsonUserWriter.h"

#include "UserJson.h"

bool NdjsonUserWriter::write(const QList<User> &users)
{
    QByteArray bytes;
    bytes.reserve(users.size() * 320);
    for (const User &user : users) {
        UserJson::append(bytes, user);
        bytes.append('\n');
    }
    if (!put(bytes))
        return false;
    countWritten(users.size());
    return true;
}
