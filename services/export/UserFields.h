#pragma once

#include "User.h"

#include <QString>
#include <QStringList>

#include <array>

/// The locale-independent words for a user's fields in machine-readable output (JSON, NDJSON,
/// CSV): stable, documented, never translated.
class UserFields
{
public:
    static QString verificationName(EmailVerification verification);
    static QString stateName(UserState state);

    /// A user's CSV cells: a fixed array, so that writing a row allocates no list.
    using CsvCells = std::array<QString, 8>;

    /// The CSV columns, in order: id, login, name, email, verified, state, organisation,
    /// organisation_id (documented in the user guide; scripts rely on them).
    static const QStringList &csvColumns();
    /// `user`'s cells in csvColumns() order; verified is true, false or empty when unknown.
    static CsvCells csvCells(const User &user);
};
