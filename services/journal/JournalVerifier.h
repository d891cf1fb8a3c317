#pragma once

#include <QCoreApplication>
#include <QString>

class ChangeJournal;

/// Checks the change journal's hash chain: each row's hash must be the SHA-256 of its own
/// content and its predecessor's hash, and sequence numbers must run without gaps. Finds the
/// first row that was altered, removed or put in between, and says which.
///
/// What a chain cannot show: rows cut off at the end, or a rewrite of every row from some
/// point on with freshly computed hashes. Keep a copy of the last hash elsewhere (the admin
/// guide says how) to detect those.
class JournalVerifier
{
    Q_DECLARE_TR_FUNCTIONS(JournalVerifier)

public:
    struct Result
    {
        bool intact = false;
        /// Rows checked (all of them when intact).
        qint64 entries = 0;
        /// The first row found wrong; 0 when intact.
        qint64 firstBadSequence = 0;
        /// What is wrong with it, for a person.
        QString problem;
        /// The last row's hash (hex) when intact: a value to keep elsewhere.
        QString headHash;
    };

    static Result verify(const ChangeJournal &journal);
};
