#pragma once

#include "JsonWriter.h"
#include "UserDirectory.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

/// The Gcore side of the mock: a few accounts ("clients") under one reseller and the seeded
/// users, rendered as the IAM `User` schema. Users have integer ids 100000 + seed index.
class GcoreDirectory
{
public:
    GcoreDirectory(quint64 seed, int userCount);

    UserDirectory &users() { return m_users; }
    const UserDirectory &users() const { return m_users; }

    /// The canonical directory id for a `{userId}` path segment ("0100007" -> "100007");
    /// nullopt when it is not a non-negative integer (Django's `<int:...>` converter).
    static std::optional<QString> parseUserId(const QString &segment);
    /// IAM `User`: every required field, integer ids, `lang` limited to de/en/ru/zh/az.
    QJsonObject userJson(const MockUser &user) const;
    /// The same object written straight to `out`: the list renders 1000s of these per second.
    void writeUserJson(JsonWriter &out, const MockUser &user) const;

    static constexpr int resellerId = 1100;
    static constexpr int firstUserId = 100000;

private:
    struct Group
    {
        int id;
        const char *name;
    };
    Group groupFor(const MockUser &user) const;

    quint64 m_seed;
    UserDirectory m_users;
    QHash<QString, QString> m_companies; // account id -> company name
};
