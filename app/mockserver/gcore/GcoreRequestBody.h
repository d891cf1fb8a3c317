#pragma once

#include "JsonBody.h"
#include "MockRequest.h"
#include "MockResponse.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// Reads the JSON bodies of Gcore IAM requests the way its Django REST framework views do and
/// renders their two documented 400 styles: DRF's `{"errors": {"field": ["msg"]}}` and the
/// email route's array `[{"errors": {"field": "msg"}}]`.
class GcoreRequestBody
{
public:
    /// Parses the body. On a wrong media type (415) or malformed JSON (400 `{"message": "JSON
    /// parse error - ..."}`) returns that response; otherwise fills `fields` and records a
    /// `non_field_errors` problem when the JSON is not an object (render it before reading
    /// any field, as DRF does).
    static std::optional<MockResponse> read(const MockRequest &request, QJsonObject *fields,
                                            QList<FieldProblem> *problems);

    /// A required string that may not be blank, with DRF's CharField messages.
    static std::optional<QString> requiredString(const QJsonObject &fields, const QString &name,
                                                 QList<FieldProblem> *problems);
    /// An optional string; wrong types are problems.
    static std::optional<QString> optionalString(const QJsonObject &fields, const QString &name,
                                                 QList<FieldProblem> *problems);

    /// 400 `{"errors": {"field": ["message", ...]}}`.
    static MockResponse validationErrors(const QList<FieldProblem> &problems);
    /// 400 `[{"errors": {"field": "message"}}]` (UpdateUserEmailError).
    static MockResponse arrayErrors(const QList<FieldProblem> &problems);
};
