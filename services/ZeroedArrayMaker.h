#pragma once

#include "ZeroedArray.h"

#include <chrono>
#include <future>
#include <new>

/// Makes a ZeroedArray on a thread of its own, for a table too big to fault in on the thread
/// that wants it: the 16 MiB an id table needs for a million users stalled the window's thread
/// for 18 to 60 ms at the first page of a Load all on this project's VM (issue 11). The owner
/// goes on with its current table and takes this one when take() hands it over.
///
/// No thread outlives the maker: start() again, reset() and the destructor wait for the one
/// still making an array (a few ms: the kernel populates 16 MiB in ~5 ms).
template<typename T>
class ZeroedArrayMaker
{
public:
    /// Starts making an array of `size` elements (see above for one still in the making).
    void start(std::size_t size)
    {
        m_made = std::async(std::launch::async, [size] { return ZeroedArray<T>(size); });
        m_size = size;
    }
    /// The size being made; 0 when none is.
    std::size_t size() const { return m_size; }
    /// The array once it is made. Empty while it is not, when none was started, and when the
    /// memory was not there (the owner's table then grows as it would have without).
    ZeroedArray<T> take()
    {
        using namespace std::chrono_literals;
        if (!m_made.valid() || m_made.wait_for(0s) != std::future_status::ready)
            return {};
        m_size = 0;
        try {
            return m_made.get();
        } catch (const std::bad_alloc &) {
            return {};
        }
    }
    void reset()
    {
        m_made = {};
        m_size = 0;
    }

private:
    std::future<ZeroedArray<T>> m_made;
    std::size_t m_size = 0;
};
