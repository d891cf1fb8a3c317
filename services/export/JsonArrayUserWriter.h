#pragma once

#include "UserWriter.h"

/// One JSON array of UserJson objects, one per line, streamed: "[" at begin(), "]" at end().
class JsonArrayUserWriter : public UserWriter
{
public:
    using UserWriter::UserWriter;
    bool begin() override;
    bool write(const QList<User> &users) override;
    bool end() override;
};
