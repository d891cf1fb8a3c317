#pragma once

#include "ProtoSchema.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

/// A contract check of REST requests against the vendor's .proto files, for APIs published as
/// protos with grpc-gateway annotations instead of OpenAPI (ZITADEL), where Prism cannot help.
///
/// load() reads the messages, enums and the `google.api.http` rules of the rpcs (ProtoSchema).
/// check() finds the rpc a request is for (verb and path template) and holds its JSON body to
/// protojson as grpc-gateway reads it and writes it: lowerCamelCase field names (a snake_case name
/// is accepted by the gateway but is not what protojson writes, so it is reported), 64-bit integers
/// as strings, enums by name, at most one member of a oneof, no unknown fields, no nulls, the
/// fields marked REQUIRED present (those bound from the path excepted), and the
/// `(validate.rules).string` lengths. Types from files that were not loaded are reported when a
/// request uses them.
class ProtoContract
{
public:
    /// Reads `files` (absolute paths). `pathPrefix` is put before the paths of every rpc of a
    /// file whose service has a base path (e.g. "/management/v1"); empty for the v2 services.
    bool load(const QStringList &files, QString *error, const QString &pathPrefix = {});

    /// The rules `request` breaks; empty when it conforms. `rpcName` receives the rpc the
    /// request was matched to ("zitadel.user.v2.UserService.UpdateUser").
    QStringList check(const QByteArray &verb, const QString &path, const QByteArray &body,
                      QString *rpcName = nullptr) const;

    const ProtoSchema &schema() const { return m_schema; }

private:
    void checkMessage(const QJsonValue &value, const QString &messageName, const QString &where,
                      const QStringList &boundFromPath, QStringList *violations) const;
    void checkValue(const QJsonValue &value, const ProtoSchema::Field &field, const QString &where,
                    QStringList *violations) const;

    ProtoSchema m_schema;
};
