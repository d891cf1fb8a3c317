// Fuzz target for the files a bulk change reads from people: the CSV of changes
// (BulkCsvReader) and a plan file (BulkPlan::fromJson), which may have been edited by hand.
// The first input byte picks the reader; the rest is the file.

#include "BulkCsvReader.h"
#include "BulkPlan.h"
#include "FuzzSupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] % 2 == 0) {
        BulkCsvReader reader;
        if (reader.read(file)) {
            for (const BulkCsvRow &row : reader.rows())
                (void)row.user.size();
        } else if (reader.error().isEmpty() || !reader.rows().isEmpty()) {
            __builtin_trap(); // a refusal always says why, and never keeps half a file
        }
    } else {
        QString error;
        const std::optional<BulkPlan> plan = BulkPlan::fromJson(file, &error);
        if (plan)
            (void)plan->toJson();
        else if (error.isEmpty())
            __builtin_trap();
    }
    return 0;
}
