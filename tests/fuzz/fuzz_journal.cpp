// Fuzz target for the change journal reader: the bytes are journal.sqlite as ChangeJournal opens
// it (damaged, truncated, edited by hand or by another program), then read the way the history
// view and `identitydesk-cli history --verify` read it.

#include "ChangeJournal.h"
#include "FuzzFile.h"
#include "FuzzSupport.h"
#include "JournalVerifier.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    ChangeJournal journal(fuzz::writeInput("journal.sqlite", data, size));
    if (!journal.open())
        return 0;
    ChangeJournal::Filter filter;
    filter.limit = 50;
    (void)journal.changes(filter);
    filter.text = QStringLiteral("example");
    (void)journal.changes(filter);
    (void)JournalVerifier::verify(journal);
    return 0;
}
