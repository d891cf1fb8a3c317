#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>

/// From this size on, an array is worth populating in one call, and worth making on a thread of
/// its own (ZeroedArrayMaker) where a thread must not wait for it; smaller arrays come from the
/// heap, mostly from pages already in use.
inline constexpr std::size_t bigZeroedArrayBytes = std::size_t(1) << 20;

/// Faults in the whole pages of [data, data + bytes) in one call to the kernel
/// (MADV_POPULATE_WRITE, Linux 5.14), when there are enough of them to matter. Where the kernel
/// cannot, the pages fault in one by one as before.
void populatePages(void *data, std::size_t bytes);

/// A fixed number of trivially copyable T, all zero bytes, from calloc(), with its pages
/// faulted in by one call to the kernel (populatePages()).
///
/// Why not a std::vector: it writes its zeros from user space, one page fault per 4 KiB, and on
/// this project's VM a fault costs ~15 µs (the 6,000 of them when the tables of a Load all
/// doubled at half a million users stalled the window for 80 ms). Why not leave calloc()'s fresh
/// pages to fault in as touched: a hash table touches them in hash order, all of them within
/// its first few thousand entries, so the 8,000 pages of the two tables reserved for a million
/// users faulted in over the first pages of a Load all and stalled the window for 40 to 60 ms
/// (issue 11). The kernel populates 16 MiB in ~5 ms instead of ~60.
template<typename T>
class ZeroedArray
{
    static_assert(std::is_trivially_copyable_v<T>, "zero bytes must be a valid T");

public:
    ZeroedArray() = default;
    /// Throws std::bad_alloc when the memory is not there.
    explicit ZeroedArray(std::size_t size)
        : m_data(static_cast<T *>(std::calloc(size, sizeof(T))))
        , m_size(size)
    {
        if (size > 0 && !m_data)
            throw std::bad_alloc();
        populatePages(m_data.get(), size * sizeof(T));
    }

    std::size_t size() const { return m_size; }
    T &operator[](std::size_t at) { return m_data[at]; }
    const T &operator[](std::size_t at) const { return m_data[at]; }
    const T *begin() const { return m_data.get(); }
    const T *end() const { return m_data.get() + m_size; }

private:
    struct Free
    {
        void operator()(T *data) const { std::free(data); }
    };
    std::unique_ptr<T[], Free> m_data;
    std::size_t m_size = 0;
};

/// The slots an open-addressing table kept at most half full needs for `entries` (clamped to
/// 0..maxEntries): a power of two, at least 1024, and never fewer than `current`. SeenIdSet and
/// UserRowIndex reserve their ZeroedArray tables with it.
inline std::size_t halfFullCapacity(std::size_t current, qint64 entries, qint64 maxEntries)
{
    const std::size_t wanted = std::size_t(qBound<qint64>(0, entries, maxEntries)) * 2;
    std::size_t capacity = current == 0 ? 1024 : current;
    while (capacity < wanted)
        capacity *= 2;
    return capacity;
}
