#include "JournalVerifier.h"

#include "ChangeJournal.h"

JournalVerifier::Result JournalVerifier::verify(const ChangeJournal &journal)
{
    Result result;
    qint64 expected = 1;
    QByteArray previous(32, '\0');
    const auto broken = [&result](qint64 sequence, const QString &problem) {
        result.firstBadSequence = sequence;
        result.problem = problem;
        return false;
    };
    const bool read = journal.forEachEntry([&](const JournalEntry &entry) {
        if (entry.sequence != expected)
            return broken(expected, tr("entry %1 is missing: it was removed").arg(expected));
        if (entry.previousHash != previous)
            return broken(entry.sequence,
                          tr("entry %1 does not follow entry %2: it was inserted, or entry %2 "
                             "was rewritten")
                              .arg(entry.sequence)
                              .arg(entry.sequence - 1));
        if (entry.computeHash() != entry.hash)
            return broken(entry.sequence,
                          tr("entry %1 was altered after it was written").arg(entry.sequence));
        previous = entry.hash;
        ++expected;
        ++result.entries;
        return true;
    });
    if (!read && result.problem.isEmpty()) {
        result.problem = tr("the journal cannot be read");
        return result;
    }
    result.intact = result.problem.isEmpty();
    if (result.intact && result.entries > 0)
        result.headHash = QString::fromLatin1(previous.toHex());
    return result;
}
