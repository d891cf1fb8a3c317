#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// The messages, enums and `google.api.http` rules of a set of .proto files, as ProtoContract
/// checks requests against them. A reader of the subset of proto3 the vendors' files use
/// (messages, nested types, oneofs, maps, enums, services with http options; field options are
/// read for REQUIRED and string lengths only), not of the whole language.
class ProtoSchema
{
public:
    struct Field
    {
        QString name;
        /// protojson's name: lowerCamelCase of `name`.
        QString jsonName;
        QString type;
        /// The message the field is declared in, for resolving `type`.
        QString scope;
        QString oneof;
        bool repeated = false;
        bool map = false;
        bool required = false;
        int minLength = -1;
        int maxLength = -1;
    };
    struct Message
    {
        QString fullName;
        QList<Field> fields;
    };
    struct Rpc
    {
        /// "zitadel.user.v2.UserService.UpdateUser".
        QString fullName;
        QString input;
        /// The package, for resolving `input`.
        QString scope;
        QByteArray verb;
        QString pathTemplate;
    };

    /// Reads `files` (absolute paths). `pathPrefix` is put before the paths of every rpc of
    /// these files (a service's base path, e.g. "/management/v1"); empty for the v2 services.
    bool load(const QStringList &files, QString *error, const QString &pathPrefix = {});

    /// The full name `type` stands for in `scope`, innermost scope first as protoc resolves it;
    /// scalars and google.protobuf types as they are; empty when it is in no loaded file.
    QString resolve(const QString &type, const QString &scope) const;

    const QHash<QString, Message> &messages() const { return m_messages; }
    const QHash<QString, QStringList> &enums() const { return m_enums; }
    const QList<Rpc> &rpcs() const { return m_rpcs; }

    static bool isScalar(const QString &type);
    /// The 64-bit integer types, which protojson writes as decimal strings.
    static bool isInt64(const QString &type);
    static bool isInt32(const QString &type);

private:
    class Parser;

    QHash<QString, Message> m_messages;
    QHash<QString, QStringList> m_enums;
    QList<Rpc> m_rpcs;
};
