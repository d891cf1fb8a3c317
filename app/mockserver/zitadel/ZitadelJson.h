#pragma once

#include "JsonWriter.h"
#include "MockResponse.h"
#include "MockUser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class MockRequest;

/// protojson as ZITADEL's grpc-gateway speaks it: lowerCamelCase names (requests may use
/// snake_case), 64-bit integers as strings, enums as names, RFC 3339 UTC timestamps, and zero
/// values omitted from responses.
class ZitadelJson
{
public:
    /// The request body as an object; an empty body is the empty message, as in grpc-gateway.
    /// On failure `error` receives a 400 INVALID_ARGUMENT naming the problem.
    static bool parseBody(const MockRequest &request, QJsonObject *body, MockResponse *error);

    /// `object[camelName]`, or the snake_case spelling of that name; undefined when absent.
    static QJsonValue field(const QJsonObject &object, const char *camelName);
    static QString snakeCase(const char *camelName);

    /// Reads a proto3 string / bool field: absent or null gives the zero value. False (with a
    /// protojson-like `problem`) when the JSON type is wrong.
    static bool readString(const QJsonObject &object, const char *camelName, QString *out,
                           QString *problem);
    static bool readBool(const QJsonObject &object, const char *camelName, bool *out,
                         QString *problem);
    /// Reads an unsigned integer given as JSON number or decimal string (protojson accepts both).
    static bool readUnsigned(const QJsonObject &object, const char *camelName, quint64 max,
                             quint64 *out, QString *problem);

    static QString timestamp(const QDateTime &time);
    static QString stateName(MockUserState state);

    /// zitadel.user.v1.User.
    static QJsonObject user(const MockUser &user, const MockOrg &org);
    /// user() appended straight to `out`: 100 QJsonObjects per page and their serialisation
    /// were ~75% of the mock's CPU listing 100,000 ZITADEL users (perf).
    static void writeUser(JsonWriter &out, const MockUser &user, const MockOrg &org);
    /// zitadel.v1.ObjectDetails of a read (with creationDate).
    static QJsonObject readDetails(const MockUser &user);
    /// zitadel.v1.ObjectDetails of a change (sequence, changeDate, resourceOwner).
    static QJsonObject changeDetails(const MockUser &user);
    /// 200 {"details": ...}: the answer of every email write.
    static MockResponse detailsResponse(const MockUser &user);
    /// zitadel.user.v2.User: `userId`, `username`, `human.profile.givenName`,
    /// `human.email.isVerified`, `details` inside the user.
    static QJsonObject userV2(const MockUser &user, const MockOrg &org);
    /// zitadel.user.v1.Email.
    static QJsonObject email(const MockUser &user);
    static QString loginName(const MockUser &user, const MockOrg &org);
};
