#include "GcoreRequestBody.h"

#include "GcoreErrorShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString typeName(const QJsonDocument &document)
{
    return document.isArray() ? QStringLiteral("list") : QStringLiteral("value");
}

} // namespace

std::optional<MockResponse> GcoreRequestBody::read(const MockRequest &request, QJsonObject *fields,
                                                   QList<FieldProblem> *problems)
{
    const QByteArray mediaType = request.mediaType();
    if (mediaType != "application/json") {
        // DRF answers an unparseable media type with 415; a missing Content-Type is reported
        // the same way so a client that forgets the header learns why.
        return GcoreErrorShape::detail(
            415,
            mediaType.isEmpty()
                ? QStringLiteral("Missing Content-Type header; expected \"application/json\".")
                : QStringLiteral("Unsupported media type \"%1\" in request.")
                      .arg(QString::fromLatin1(mediaType)));
    }
    // DRF does not run the JSON parser on an empty body: the fields are simply all missing.
    if (request.body().trimmed().isEmpty()) {
        *fields = {};
        return std::nullopt;
    }
    const JsonBody body = JsonBody::parse(request.body());
    if (!body.isObject()) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError) {
            return MockResponse::json(
                400,
                QJsonObject { { QStringLiteral("message"),
                                QStringLiteral("JSON parse error - %1: char %2")
                                    .arg(error.errorString())
                                    .arg(error.offset) } });
        }
        problems->append({ QStringLiteral("non_field_errors"),
                           QStringLiteral("Invalid data. Expected a dictionary, but got %1.")
                               .arg(typeName(document)) });
        *fields = {};
        return std::nullopt;
    }
    *fields = body.object();
    return std::nullopt;
}

std::optional<QString> GcoreRequestBody::requiredString(const QJsonObject &fields,
                                                        const QString &name,
                                                        QList<FieldProblem> *problems)
{
    if (!fields.contains(name)) {
        problems->append({ name, QStringLiteral("This field is required.") });
        return std::nullopt;
    }
    if (fields.value(name).isNull()) {
        problems->append({ name, QStringLiteral("This field may not be null.") });
        return std::nullopt;
    }
    std::optional<QString> value = optionalString(fields, name, problems);
    if (value && value->trimmed().isEmpty()) {
        problems->append({ name, QStringLiteral("This field may not be blank.") });
        return std::nullopt;
    }
    return value;
}

std::optional<QString> GcoreRequestBody::optionalString(const QJsonObject &fields,
                                                        const QString &name,
                                                        QList<FieldProblem> *problems)
{
    if (!fields.contains(name))
        return std::nullopt;
    const QJsonValue value = fields.value(name);
    if (!value.isString()) {
        problems->append({ name, QStringLiteral("Not a valid string.") });
        return std::nullopt;
    }
    return value.toString();
}

MockResponse GcoreRequestBody::validationErrors(const QList<FieldProblem> &problems)
{
    QJsonObject errors;
    for (const FieldProblem &problem : problems) {
        QJsonArray messages = errors.value(problem.field).toArray();
        messages.append(problem.message);
        errors.insert(problem.field, messages);
    }
    return MockResponse::json(400, QJsonObject { { QStringLiteral("errors"), errors } });
}

MockResponse GcoreRequestBody::arrayErrors(const QList<FieldProblem> &problems)
{
    QJsonObject errors;
    for (const FieldProblem &problem : problems) {
        if (!errors.contains(problem.field))
            errors.insert(problem.field, problem.message);
    }
    return MockResponse::json(400,
                              QJsonArray { QJsonObject { { QStringLiteral("errors"), errors } } });
}
