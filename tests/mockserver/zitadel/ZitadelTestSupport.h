#pragma once

// Helpers shared by the ZITADEL contract suites: raw requests and rpcStatus assertions.

#include "RawHttpClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTest>

namespace zitadeltest {

using Headers = RawHttpClient::Headers;

inline Headers bearer(const QString &token, const QString &orgId = {})
{
    Headers headers { RawHttpClient::bearer(token) };
    if (!orgId.isEmpty())
        headers.append({ "x-zitadel-orgid", orgId.toUtf8() });
    return headers;
}

inline bool isRfc3339Utc(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.endsWith(QLatin1Char('Z')) && QDateTime::fromString(text, Qt::ISODate).isValid();
}

inline bool isUint64String(const QJsonValue &value)
{
    bool ok = false;
    value.toString().toULongLong(&ok);
    return value.isString() && ok;
}

/// protojson omits zero values: no false, no "", no "0" and no [] / {} lists anywhere, except
/// for message fields (objects), which may be empty.
inline QString findZeroValue(const QJsonValue &value, const QString &path = QStringLiteral("$"))
{
    if (value.isBool() && !value.toBool())
        return path;
    if (value.isString() && (value.toString().isEmpty() || value.toString() == QLatin1String("0")))
        return path;
    if (value.isArray()) {
        if (value.toArray().isEmpty())
            return path;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = findZeroValue(array.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!found.isEmpty())
                return found;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString found = findZeroValue(it.value(), path + QLatin1Char('.') + it.key());
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

/// Checks an rpcStatus error: HTTP status, gRPC code and, when `id` is given, the ZITADEL
/// ErrorDetail and the "<text> (<id>)" message. Returns the problem, or empty when it matches.
inline QString rpcStatusProblem(const RawReply &reply, int httpStatus, int grpcCode,
                                const QString &id = {}, const QString &textPrefix = {})
{
    const QJsonObject body = reply.object();
    const QString context =
        QStringLiteral(" (HTTP %1, body %2)").arg(reply.status).arg(QString::fromUtf8(reply.body));
    if (reply.status != httpStatus)
        return QStringLiteral("expected HTTP %1").arg(httpStatus) + context;
    if (!body.value(QStringLiteral("code")).isDouble()
        || body.value(QStringLiteral("code")).toInt() != grpcCode
        || !body.value(QStringLiteral("message")).isString())
        return QStringLiteral("expected gRPC code %1").arg(grpcCode) + context;
    const QString message = body.value(QStringLiteral("message")).toString();
    if (!textPrefix.isEmpty() && !message.startsWith(textPrefix))
        return QStringLiteral("expected a message starting with \"%1\"").arg(textPrefix) + context;
    if (id.isEmpty())
        return {};
    const QJsonArray details = body.value(QStringLiteral("details")).toArray();
    const QJsonObject detail = details.isEmpty() ? QJsonObject() : details.first().toObject();
    const QString text = detail.value(QStringLiteral("message")).toString();
    if (details.size() != 1
        || detail.value(QStringLiteral("@type")).toString()
            != QLatin1String("type.googleapis.com/zitadel.v1.ErrorDetail")
        || detail.value(QStringLiteral("id")).toString() != id || text.isEmpty()
        || message != text + QStringLiteral(" (") + id + QLatin1Char(')'))
        return QStringLiteral("expected ErrorDetail %1").arg(id) + context;
    return {};
}

#define ZITADEL_VERIFY_RPC(reply, ...)                                                             \
    do {                                                                                           \
        const QString zitadelProblem = zitadeltest::rpcStatusProblem(reply, __VA_ARGS__);          \
        QVERIFY2(zitadelProblem.isEmpty(), qPrintable(zitadelProblem));                            \
    } while (false)

} // namespace zitadeltest
