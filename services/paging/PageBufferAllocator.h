#pragma once

/// Process-wide allocator settings for listing page after page (the CLI and the desktop call
/// keepPageBuffers() first thing in main()).
///
/// A listing allocates each page's body and JSON tape (tens to hundreds of KiB) and frees them when
/// the page is delivered. glibc serves blocks over its mmap threshold (128 KiB, raised only when a
/// larger mmap()ed block happens to be freed) with a fresh mmap() each: every page of them is
/// faulted in anew, ~15 µs each on this project's VM. perf on a 100,000-user Gcore listing:
/// 6,000 to 11,000 page faults and ~0.85 s of CPU, against 1,700 and ~0.70 s with the
/// thresholds below. (Until SeenIdSet reserved its table, its growth freed such blocks and
/// raised the threshold by accident.)
class PageBufferAllocator
{
public:
    /// Blocks under 1 MiB come from the heap and are reused page after page; up to 8 MiB free at
    /// the heap's top stays for the next page. Larger blocks (a million-row table's lists) are
    /// still mapped on their own, so growing them moves no bytes. No effect off glibc. Call it
    /// before any thread starts (mallopt() is not thread-safe).
    static void keepPageBuffers();
};
