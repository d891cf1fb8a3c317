#pragma once

#include "HttpExchange.h"
#include "JsonTape.h"
#include "ServiceError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

/// Reads a server's JSON answer with type checks. The first problem (missing field, wrong
/// type, not JSON) is remembered with its path ("results[3].id") and every later read
/// returns a neutral value, so parsing code reads straight through and checks once:
///
///     JsonReader root = JsonReader::parse(response.body);
///     const qint64 count = root.integer(u"count"_s);
///     if (!root.ok()) return root.error();
///
/// It reads a JsonTape: strings become QStrings only when they are read, and a reader is a
/// position on the tape, so reading a page's users copies no containers.
class JsonReader
{
public:
    /// What a field holds; Missing when absent (or when this reader is not an object).
    enum class Kind { Missing, Null, Boolean, Number, Text, List, Object };

    static JsonReader parse(const QByteArray &body);
    /// Parses an answer's body; problems name the endpoint it came from ("GET /iam/users").
    static JsonReader parse(const HttpResponse &response);

    /// 2^53: from here on a JSON number does not hold every integer exactly, and ids would be
    /// rounded into other ids by any IEEE double parser, JsonTape's included (2^53 + 1
    /// reads as 2^53), so numbers are taken only below it.
    static constexpr qint64 maxExactInteger = qint64(1) << 53;

    bool ok() const { return m_problem->isEmpty(); }
    ServiceError error() const;

    /// What this reader stands on (an element of a list, say).
    Kind kind() const;
    /// What the field `key` holds.
    Kind kind(const QString &key) const;
    /// This reader's own value when it is text (a list of ids), else empty; never a problem.
    QString text() const;
    /// The field's number as a double, whatever its size or fraction; 0 when not a number.
    double number(const QString &key) const;
    /// The keys of this object, in order (empty when not an object).
    QStringList keys() const;

    JsonReader object(const QString &key) const;
    /// An optional object: absent or null gives an empty object without a problem.
    JsonReader optionalObject(const QString &key) const;
    /// Elements of the array at `key`; absent counts as empty only when `required` is false.
    /// More than `maxItems` elements (when not negative) is a problem: a page holds what was
    /// asked for, not what a server chooses to pour in.
    QList<JsonReader> array(const QString &key, bool required = true,
                            qsizetype maxItems = -1) const;
    /// The most items a page asked for with `requested` may hold: a small margin for servers
    /// that round up, nothing like "a million".
    static qsizetype pageItemCap(qsizetype requested);

    QString string(const QString &key) const;
    QString optionalString(const QString &key) const;
    qint64 integer(const QString &key) const;
    std::optional<qint64> optionalInteger(const QString &key) const;
    /// A 64-bit number as protojson writes it: a string of digits (a number is accepted too).
    qint64 int64(const QString &key, qint64 fallback) const;
    bool boolean(const QString &key) const;
    bool optionalBoolean(const QString &key, bool fallback) const;
    /// A flag that may not be known: absent or null gives nullopt, another type is a problem.
    std::optional<bool> nullableBoolean(const QString &key) const;
    /// A string or an integer rendered as text (ids). A number is only taken when it is a
    /// whole number within +-2^53 (beyond that it may already be another id).
    QString id(const QString &key) const;
    /// An id that must be JSON text (protojson writes 64-bit ids as strings; UUIDs are text).
    QString stringId(const QString &key) const;
    bool has(const QString &key) const;

private:
    /// No node: the neutral value every read after a problem returns.
    static constexpr qint64 none = -1;

    JsonReader(std::shared_ptr<const JsonTape> tape, qint64 node, QString path,
               std::shared_ptr<QString> problem);
    JsonReader child(qint64 node, const QString &key) const;
    static Kind kindOf(const JsonTape *tape, qint64 node);
    Kind nodeKind(qint64 node) const { return kindOf(m_tape.get(), node); }
    /// The node of `key`, or `none` (reporting it when required and missing or null).
    qint64 field(const QString &key, bool required) const;
    /// The node's number, when it is a whole number a double holds exactly.
    std::optional<qint64> exactInteger(qint64 node) const;
    void report(const QString &key, const char *expectation) const;
    QString pathOf(const QString &key) const;
    /// This reader's own path ("results[3].human"): asked of the tape, and only when a problem
    /// needs it. Spelling it out for every object a page reads cost 12% of a ZITADEL listing.
    QString ownPath() const;

    std::shared_ptr<const JsonTape> m_tape;
    qint64 m_node = none;
    /// Only for a reader without a node (an absent optional object): the path it would have.
    QString m_path;
    std::shared_ptr<QString> m_problem;
    /// "GET /iam/users", added to the problem when known.
    QString m_origin;
};
