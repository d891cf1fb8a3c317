#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// One row of the change journal, as stored. An email change is two rows: its intent, written
/// before the request leaves, and its outcome, written when the answer (or its absence) is
/// known. Rows are only ever appended; each carries the hash of the one before (see
/// ChangeJournal). Never a password, code, token, key or secret: only whether a code was used.
struct JournalEntry
{
    enum class Kind { Intent, Outcome };

    qint64 sequence = 0;
    Kind kind = Kind::Intent;
    /// UTC.
    QDateTime time;
    /// The OS user who ran the program.
    QString operatorName;
    QString profile;
    /// "gcore", "zitadel", ... (BackendKind's profile names).
    QString backend;
    QString serverHost;
    QString userId;
    QString login;
    QString oldEmail;
    QString newEmail;
    /// What was asked: mark the address verified, a mailed code was given (never its value).
    bool askedVerified = false;
    bool usedCode = false;
    /// Bulk runs: the run's id; empty for single changes.
    QString jobId;
    /// Intents: the process and machine that sent the request, to tell an abandoned intent
    /// (its process is gone) from one whose answer is still on its way.
    qint64 processId = 0;
    QString machine;
    /// Outcomes: the intent they close, and what happened: changed, verification-mailed,
    /// awaiting-confirmation, failed or unknown.
    qint64 intentSequence = 0;
    QString outcome;
    QString errorKind;
    QString errorMessage;

    QByteArray previousHash;
    QByteArray hash;

    /// The bytes the hash covers: every field above but `hash`, length-prefixed so that no two
    /// different rows serialise alike.
    QByteArray canonicalContent() const;
    /// SHA-256 of canonicalContent().
    QByteArray computeHash() const;
};

/// One change as people read it: the intent and, when it has come, its outcome.
struct JournalChange
{
    JournalEntry intent;
    /// Empty outcome: not known yet (the request may still be on its way). Read for people:
    /// its sequence, time, operator, outcome and error; ChangeJournal::forEachEntry() gives
    /// whole rows.
    JournalEntry outcome;

    bool hasOutcome() const { return outcome.sequence > 0; }
    /// The outcome word, or "pending" while there is none.
    QString state() const { return hasOutcome() ? outcome.outcome : QStringLiteral("pending"); }
};
