#include "PageBufferAllocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void PageBufferAllocator::keepPageBuffers()
{
#if defined(__GLIBC__)
    // Setting either threshold also ends glibc's own adjustment of both. mallopt() is not
    // thread-safe: the callers run this first in main(), before any thread exists.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024); // NOLINT(concurrency-mt-unsafe)
    mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024); // NOLINT(concurrency-mt-unsafe)
#endif
}
