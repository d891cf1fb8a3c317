#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

/// Stable words for enum values in files and scripts, from one table per enum.
namespace EnumWords {
template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

template<typename Enum, std::size_t N>
QString wordOf(const Table<Enum, N> &words, Enum value)
{
    for (const auto &[candidate, word] : words) {
        if (candidate == value)
            return QString::fromLatin1(word);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &words, const QString &text)
{
    for (const auto &[candidate, word] : words) {
        if (text == QLatin1String(word))
            return candidate;
    }
    return std::nullopt;
}
} // namespace EnumWords
