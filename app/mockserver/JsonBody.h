#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// A field of a request body that is missing or of the wrong type.
struct FieldProblem
{
    QString field;
    QString message;
};

/// Reads a JSON request body the way a strict server does: malformed JSON and non-objects are
/// rejected as a whole, then each field read records a precise problem when it is missing or
/// has the wrong type. Handlers turn the problems into their backend's error body.
class JsonBody
{
public:
    static JsonBody parse(const QByteArray &body);

    /// False when the body is not a JSON object; `parseError()` says why.
    bool isObject() const { return m_isObject; }
    const QString &parseError() const { return m_parseError; }
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &field) const { return m_object.contains(field); }

    std::optional<QString> requiredString(const QString &field);
    std::optional<QString> optionalString(const QString &field);
    std::optional<bool> optionalBool(const QString &field);
    std::optional<qint64> requiredInteger(const QString &field);
    /// The object at `field` as a body of its own; its problems are named "field.sub".
    std::optional<JsonBody> optionalObject(const QString &field);
    /// Fields other than `allowed` are problems ("additionalProperties: false" in a spec).
    void rejectUnknownFields(const QStringList &allowed);

    void addProblem(const QString &field, const QString &message);
    /// Merges the problems of a child body obtained from `optionalObject`.
    void absorb(const JsonBody &child);
    const QList<FieldProblem> &problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    /// "new_email: This field is required.; password: Must be a string."
    QString problemSummary() const;

private:
    JsonBody() = default;
    QString qualified(const QString &field) const;

    bool m_isObject = false;
    QString m_parseError;
    QJsonObject m_object;
    QString m_prefix;
    QList<FieldProblem> m_problems;
};
