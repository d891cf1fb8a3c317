#include "ZeroedArray.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

void populatePages(void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    if (bytes < bigZeroedArrayBytes)
        return;
    // madvise() takes whole pages: from the first page boundary inside the array to the last.
    const auto page = std::size_t(sysconf(_SC_PAGESIZE));
    const std::size_t skip = (page - reinterpret_cast<std::uintptr_t>(data) % page) % page;
    if (bytes <= skip)
        return;
    const std::size_t length = (bytes - skip) / page * page;
    if (length > 0) {
        // Failure (an older kernel) only means the pages fault in as they are touched.
        madvise(static_cast<char *>(data) + skip, length, MADV_POPULATE_WRITE);
    }
#else
    (void)data;
    (void)bytes;
#endif
}
