#pragma once

#include "MockUser.h"
#include "PersonRecord.h"

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
    /// The same people as generate() in their compact form, for directories that build a
    /// MockUser only when one is asked for (materialise()). `orgCount` is orgs.size().
    static QList<PersonRecord> generateRecords(quint64 seed, int count, int orgCount,
                                               int spread = spreadAll);
    /// The MockUser that generate() gives for `record` at `index` with this `id`.
    static MockUser materialise(const PersonRecord &record, int index, const QList<MockOrg> &orgs,
                                QString id);
    /// The record's login ("anna.muller", "anna.muller2"), already lower-case.
    static QString login(const PersonRecord &record);
    /// The record's email (login@domain of its org), already lower-case.
    static QString email(const PersonRecord &record, const QList<MockOrg> &orgs);
    /// Lower-case ASCII form of a name for logins and email local parts ("Jürgen" -> "jurgen").
    static QString asciiSlug(const QString &name);
};
