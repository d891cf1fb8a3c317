#pragma once

#include "MockResponse.h"
#include "MockUser.h"
#include "UserDirectory.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

/// A parsed ListUsersRequest of management v1 or the user service v2 (the same message:
/// `{query: {offset, limit, asc}, sortingColumn, queries: [SearchQuery...]}`; v2 adds
/// `organizationIdQuery` and numbers the states without SUSPEND).
class ZitadelUserSearch
{
public:
    /// zitadel.user.v1.UserFieldName.
    enum class Column {
        Unspecified,
        UserName,
        FirstName,
        LastName,
        NickName,
        DisplayName,
        Email,
        State,
        Type,
        CreationDate
    };

    enum class Dialect { V1, V2 };

    static constexpr quint32 DefaultLimit = 100;
    static constexpr quint32 MaxLimit = 1000;

    /// `orgDomains` maps org ids to their domain (for login names). False with a 400 in
    /// `error` when the request is malformed or invalid.
    static bool parse(const QJsonObject &body, const QHash<QString, QString> &orgDomains,
                      ZitadelUserSearch *search, MockResponse *error,
                      Dialect dialect = Dialect::V1);

    quint64 offset = 0;
    quint32 limit = DefaultLimit;
    bool asc = false;
    Column column = Column::Unspecified;
    QString columnName;
    /// Null when the request has no queries (plain paging).
    UserDirectory::Predicate filter;

    /// Strict weak order of `column`, ascending, ties broken by position (ZitadelSortKey).
    static bool lessThan(Column column, const MockUser &a, const MockUser &b);
    static QString columnKey(Column column);
};
