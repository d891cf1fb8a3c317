#include "GcoreErrorMapper.h"

#include "StatusErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace {
const QString newEmailField = QStringLiteral("new_email");
const QString passwordField = QStringLiteral("password");

bool isGeneralKey(const QString &key)
{
    return key == QLatin1String("errors") || key == QLatin1String("non_field_errors")
        || key == QLatin1String("detail");
}

/// Adds the text(s) of one `errors` entry: a string or a list of strings (DRF).
void collect(const QString &key, const QJsonValue &value, GcoreErrorMapper::Body *body)
{
    QStringList texts;
    if (value.isString()) {
        texts.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (item.isString())
                texts.append(item.toString());
        }
    }
    for (const QString &text : std::as_const(texts)) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (isGeneralKey(key))
            body->generalMessages.append(trimmed);
        else
            body->fieldMessages.append({ key, trimmed });
    }
}

void parseObject(const QJsonObject &object, GcoreErrorMapper::Body *body)
{
    const QJsonValue errors = object.value(QStringLiteral("errors"));
    if (errors.isObject()) {
        const QJsonObject fields = errors.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            collect(it.key(), it.value(), body);
    } else if (errors.isArray() || errors.isString()) {
        collect(QStringLiteral("errors"), errors, body);
    }

    const QJsonValue detail = object.value(QStringLiteral("detail"));
    if (detail.isString() && body->detail.isEmpty())
        body->detail = detail.toString().trimmed();
    else if (detail.isArray())
        collect(QStringLiteral("detail"), detail, body);
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (message.isString() && body->message.isEmpty())
        body->message = message.toString().trimmed();
    const QJsonValue code = object.value(QStringLiteral("code"));
    if (code.isString() && body->code.isEmpty())
        body->code = code.toString();

    // DRF without Gcore's "errors" wrapper: {"new_email": ["..."]}.
    if (!object.contains(QStringLiteral("errors")) && !object.contains(QStringLiteral("detail"))
        && !object.contains(QStringLiteral("message"))) {
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.key(), it.value(), body);
    }
}

/// Ends a server text with a full stop so it can be followed by a sentence of ours.
QString sentence(const QString &text)
{
    if (text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!'))
        || text.endsWith(QLatin1Char('?')))
        return text;
    return text + QLatin1Char('.');
}

bool saysMissing(const QString &text)
{
    return text.contains(QLatin1String("required"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("blank"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("null"), Qt::CaseInsensitive);
}

QString newEmailMessage(const QString &text)
{
    if (text.contains(QLatin1String("same"), Qt::CaseInsensitive))
        return GcoreErrorMapper::tr("The new address is the same as the current one.");
    if (text.contains(QLatin1String("already"), Qt::CaseInsensitive))
        return GcoreErrorMapper::tr("This address is already used by another account.");
    if (text.contains(QLatin1String("valid"), Qt::CaseInsensitive))
        return GcoreErrorMapper::tr("This is not a valid email address.");
    if (saysMissing(text))
        return GcoreErrorMapper::tr("Enter the new email address.");
    return GcoreErrorMapper::tr("Gcore refused the new address: %1").arg(sentence(text));
}

QString passwordMessage(const QString &text)
{
    if (text.contains(QLatin1String("incorrect"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("wrong"), Qt::CaseInsensitive))
        return GcoreErrorMapper::tr("The password is not correct.");
    if (saysMissing(text))
        return GcoreErrorMapper::tr(
            "Enter the user's password; Gcore confirms email changes with it.");
    return GcoreErrorMapper::tr("Gcore refused the password: %1").arg(sentence(text));
}

int retryAfterFrom(const HttpResponse &response, const QString &detail)
{
    bool isNumber = false;
    const int header = response.header("Retry-After").trimmed().toInt(&isNumber);
    if (isNumber && header > 0)
        return header;
    // DRF: "Request was throttled. Expected available in 12 seconds."
    static const QRegularExpression seconds(QStringLiteral("(\\d+)\\s*second"));
    const QRegularExpressionMatch match = seconds.match(detail);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}
} // namespace

GcoreErrorMapper::Body GcoreErrorMapper::parse(const QByteArray &data)
{
    Body body;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return body;
    body.isJson = true;
    if (document.isObject()) {
        parseObject(document.object(), &body);
        return body;
    }
    const QJsonArray array = document.array();
    for (const QJsonValue item : array) {
        if (item.isObject())
            parseObject(item.toObject(), &body);
        else if (item.isString())
            collect(QStringLiteral("errors"), item, &body);
    }
    return body;
}

ServiceError GcoreErrorMapper::mapFieldErrors(const Body &body)
{
    QMap<QString, QString> fields;
    QStringList messages;
    for (const auto &[field, text] : body.fieldMessages) {
        QString message;
        if (field == newEmailField) {
            message = newEmailMessage(text);
            if (!fields.contains(RequestField::newEmail))
                fields.insert(RequestField::newEmail, message);
        } else if (field == passwordField) {
            message = passwordMessage(text);
            if (!fields.contains(RequestField::password))
                fields.insert(RequestField::password, message);
        } else {
            message = tr("%1: %2").arg(field, sentence(text));
        }
        if (!messages.contains(message))
            messages.append(message);
    }
    for (const QString &text : body.generalMessages)
        messages.append(sentence(text));

    if (fields.isEmpty()) {
        return { ServiceError::Kind::Validation,
                 tr("Gcore refused the request: %1").arg(messages.join(QLatin1Char(' '))) };
    }
    ServiceError error(ServiceError::Kind::Validation, messages.join(QLatin1Char(' ')));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        error.withFieldError(it.key(), it.value());
    return error;
}

ServiceError GcoreErrorMapper::mapStatus(const HttpResponse &response, const Body &body)
{
    const int status = response.status;
    const QString said = !body.detail.isEmpty()
        ? body.detail
        : (!body.message.isEmpty() ? body.message : body.generalMessages.join(QLatin1Char(' ')));

    if (status == 400 && (!body.fieldMessages.isEmpty() || !body.generalMessages.isEmpty()))
        return mapFieldErrors(body);
    if (status == 400 && !body.message.isEmpty()) {
        return { ServiceError::Kind::Validation,
                 tr("Gcore could not read the request: %1").arg(sentence(body.message)) };
    }
    switch (StatusErrors::kindFor(status)) {
    case ServiceError::Kind::Unauthenticated:
        return { ServiceError::Kind::Unauthenticated,
                 said.isEmpty() ? tr("Gcore did not accept the credentials. Check the profile's "
                                     "API key or password.")
                                : tr("Gcore did not accept the credentials: %1 Check the "
                                     "profile's API key or password.")
                                      .arg(sentence(said)) };
    case ServiceError::Kind::Forbidden:
        return { ServiceError::Kind::Forbidden,
                 said.isEmpty()
                     ? tr("These Gcore credentials may not do this.")
                     : tr("These Gcore credentials may not do this: %1").arg(sentence(said)) };
    case ServiceError::Kind::NotFound:
        return { ServiceError::Kind::NotFound,
                 said.isEmpty() ? tr("Gcore does not know this record.")
                                : tr("Gcore does not know this record: %1").arg(sentence(said)) };
    case ServiceError::Kind::RateLimited: {
        const int seconds = retryAfterFrom(response, said);
        ServiceError error(
            ServiceError::Kind::RateLimited,
            seconds > 0 ? tr("Gcore received too many requests; try again in %1 s.").arg(seconds)
                        : tr("Gcore received too many requests; try again shortly."));
        if (seconds > 0)
            error.withRetryAfter(seconds);
        return error;
    }
    case ServiceError::Kind::Server:
        return {
            ServiceError::Kind::Server,
            said.isEmpty()
                ? tr("Gcore failed (HTTP %1); try again later.").arg(status)
                : tr("Gcore failed (HTTP %1): %2 Try again later.").arg(status).arg(sentence(said))
        };
    default:
        return StatusErrors::forStatus(status, said);
    }
}

ServiceError GcoreErrorMapper::map(const HttpResponse &response)
{
    const Body body = parse(response.body);
    ServiceError error = mapStatus(response, body);
    error.withHttpStatus(response.status);
    if (!body.code.isEmpty())
        error.withBackendCode(body.code);
    return error;
}

ServiceError GcoreErrorMapper::mapLogin(const HttpResponse &response)
{
    const Body body = parse(response.body);
    const auto refusesCredentials = [](const QString &text) {
        return text.contains(QLatin1String("active account"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("credentials"), Qt::CaseInsensitive);
    };
    if (response.status == 400
        && std::any_of(body.generalMessages.cbegin(), body.generalMessages.cend(),
                       refusesCredentials)) {
        // {"errors": {"errors": ["No active account found with the given credentials."]}}
        return ServiceError(ServiceError::Kind::Unauthenticated, tr("Wrong user name or password."))
            .withHttpStatus(response.status);
    }
    if (response.status == 400
        && (!body.fieldMessages.isEmpty() || !body.generalMessages.isEmpty())) {
        // The fields are the profile's user name and password, not inputs of a request.
        QStringList problems;
        for (const auto &[field, text] : body.fieldMessages)
            problems.append(tr("%1: %2").arg(field, sentence(text)));
        for (const QString &text : body.generalMessages)
            problems.append(sentence(text));
        return ServiceError(ServiceError::Kind::Validation,
                            tr("Gcore refused the sign-in: %1 Check the profile's user name "
                               "and password.")
                                .arg(problems.join(QLatin1Char(' '))))
            .withHttpStatus(response.status);
    }
    if (response.status == 401) {
        // POST /iam/auth/jwt/refresh: the refresh token is invalid, expired or already used.
        ServiceError error(ServiceError::Kind::Unauthenticated,
                           body.detail.isEmpty()
                               ? tr("The Gcore sign-in has expired; sign in again.")
                               : tr("The Gcore sign-in has expired: %1 Sign in again.")
                                     .arg(sentence(body.detail)));
        error.withHttpStatus(response.status);
        if (!body.code.isEmpty())
            error.withBackendCode(body.code);
        return error;
    }
    return map(response);
}
