#include "PageBufferAllocator.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void PageBufferAllocator::keepPageBuffers()
{
#if defined(__GLIBC__)
    // Setting either threshold also ends glibc's own adjustment of both.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024);
#endif
}
