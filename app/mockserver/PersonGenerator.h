#pragma once

#include "MockUser.h"

#include <QList>

#include <functional>

/// Creates realistic, deterministic directories: the same seed, count and orgs always give
/// the same people, states and verified flags.
class PersonGenerator
{
public:
    using IdForIndex = std::function<QString(int index)>;

    static QList<MockUser> generate(quint64 seed, int count, const QList<MockOrg> &orgs,
                                    const IdForIndex &idFor);
    /// Lower-case ASCII form of a name for logins and email local parts ("Jürgen" -> "jurgen").
    static QString asciiSlug(const QString &name);
};
