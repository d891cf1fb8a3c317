// Fuzz target for the profile file reader: the bytes are profiles.json as ProfileStore::load()
// finds it (hand-edited, copied between machines, half-written by a crash).

#include "FuzzFile.h"
#include "FuzzSupport.h"
#include "ProfileStore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    ProfileStore store(fuzz::writeInput("profiles.json", data, size));
    if (store.load()) {
        for (const ConnectionProfile &profile : store.profiles())
            (void)profile.toJson();
    }
    (void)store.errorString();
    return 0;
}
