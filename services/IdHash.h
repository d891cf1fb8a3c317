#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <cstddef>
#include <cstdint>

/// A 64-bit hash of an id's bytes for the tables that keep a listing's ids (SeenIdSet,
/// UserRowIndex), after Wang Yi's wyhash (public domain): 128-bit multiply-and-fold mixing.
///
/// qHash() was the hottest function of a 100,000-user CLI listing (6.5% of its CPU): Qt 6.4 took
/// 129 ns for an id of 6 characters, where this takes 4. Keyed with the process's QHashSeed by
/// default, so that a server cannot choose ids whose hashes collide in every run.
class IdHash
{
public:
    static std::uint64_t of(const void *bytes, std::size_t length, std::uint64_t seed);
    static std::uint64_t of(QStringView id, std::uint64_t seed = processSeed())
    {
        return of(id.data(), std::size_t(id.size()) * sizeof(QChar), seed);
    }
    static std::uint64_t of(QByteArrayView id, std::uint64_t seed = processSeed())
    {
        return of(id.data(), std::size_t(id.size()), seed);
    }

    /// QHashSeed::globalSeed(): random per process, fixed by QT_HASH_SEED for debugging.
    static std::uint64_t processSeed();
};
