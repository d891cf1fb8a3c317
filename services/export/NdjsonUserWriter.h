#pragma once

#include "UserWriter.h"

/// Newline-delimited JSON: one UserJson object per line.
class NdjsonUserWriter : public UserWriter
{
public:
    using UserWriter::UserWriter;
    bool write(const QList<User> &users) override;
};
