#pragma once

#include <QtGlobal>

/// What PersonGenerator draws for one seeded person, in 20 bytes instead of the ~650 of a
/// MockUser with its strings and dates: a directory of a million users keeps these in one
/// contiguous array and builds a MockUser only when one is asked for
/// (PersonGenerator::materialise). Names, logins and emails are indexes into the generator's
/// fixed name tables plus the count that made the login unique.
struct PersonRecord
{
    /// How many earlier people had the same login base: 0 gives "anna.muller", 1 gives
    /// "anna.muller2" and so on.
    quint32 taken = 0;
    /// Seconds after the generator's epoch (2019-01-01 08:00 UTC).
    quint32 createdSeconds = 0;
    /// The 7-digit local phone number, or 0 for none.
    quint32 phone = 0;
    /// Whole days between creation and the last update.
    quint16 updatedDays = 0;
    quint8 org = 0; ///< index into the directory's orgs
    quint8 given = 0; ///< index into the given names
    quint8 family = 0; ///< index into the family names
    quint8 state : 7; ///< a MockUserState
    quint8 verified : 1;
    quint8 language = 0; ///< index into the language codes
    quint8 version = 1;
};

static_assert(sizeof(PersonRecord) == 20, "PersonRecord is meant to stay compact");
