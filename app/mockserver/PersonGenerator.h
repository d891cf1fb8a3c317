#pragma once

#include "MockUser.h"

#include <QList>

#include <functional>
#include <limits>

/// Creates realistic, deterministic directories: the same seed, count and orgs always give
/// the same people, states and verified flags.
class PersonGenerator
{
public:
    using IdForIndex = std::function<QString(int index)>;
    /// Users from this index on all belong to the first org (see generate()).
    static constexpr int spreadAll = std::numeric_limits<int>::max();

    /// `count` people; those with an index below `spread` are drawn over all `orgs`, the rest
    /// belong to orgs.first(), so a big directory is one big listing of the first org (as for
    /// ZITADEL and Acronis, whose clients list one org or tenant) with small others beside it.
    static QList<MockUser> generate(quint64 seed, int count, const QList<MockOrg> &orgs,
                                    const IdForIndex &idFor, int spread = spreadAll);
    /// Lower-case ASCII form of a name for logins and email local parts ("Jürgen" -> "jurgen").
    static QString asciiSlug(const QString &name);
};
