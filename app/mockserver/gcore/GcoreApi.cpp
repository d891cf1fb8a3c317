#include "GcoreApi.h"

#include "EmailRules.h"
#include "GcoreRequestBody.h"
#include "GenericErrorShape.h"
#include "JsonWriter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
constexpr qint64 maxPageSize = 1000;

/// A query parameter that must be a non-negative integer; nullopt (and maybe a problem) when
/// absent or invalid.
std::optional<qint64> queryInteger(const MockRequest &request, const QString &name, qint64 minimum,
                                   QList<FieldProblem> *problems)
{
    if (!request.hasQueryItem(name))
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString text = request.queryItem(name).trimmed();
    bool ok = false;
    const qint64 value = digits.match(text).hasMatch() ? text.toLongLong(&ok) : 0;
    if (!ok) {
        problems->append({ name, QStringLiteral("A valid integer is required.") });
        return std::nullopt;
    }
    if (value < minimum) {
        // Inference: IAM documents no answer for limit=0; DRF's IntegerField(min_value=1).
        problems->append(
            { name,
              QStringLiteral("Ensure this value is greater than or equal to %1.").arg(minimum) });
        return std::nullopt;
    }
    return value;
}

void writePageLink(JsonWriter &out, qint64 limit, qint64 offset)
{
    out.value(QStringLiteral("/iam/users?limit=%1&offset=%2").arg(limit).arg(offset));
}

FieldProblem emailProblem(const QString &field, const QString &message)
{
    return { field, message };
}
} // namespace

GcoreApi::GcoreApi(const MockContext &context)
    : m_context(context)
    , m_directory(context.config.seed, context.config.usersFor(context.config.gcoreUsers))
    , m_auth(m_context, m_directory.users())
{ }

MockRouter::Handler GcoreApi::authenticated(Member handler)
{
    return [this, handler](const MockRequest &request) {
        if (std::optional<MockResponse> rejected = m_auth.reject(request))
            return *rejected;
        return (this->*handler)(request);
    };
}

void GcoreApi::registerRoutes(MockRouter &router)
{
    router.addErrorShape(QStringLiteral("/iam/"), m_shape);

    router.add("POST", QStringLiteral("/iam/auth/jwt/login"),
               [this](const MockRequest &request) { return m_auth.login(request); });
    router.add("POST", QStringLiteral("/iam/auth/jwt/refresh"),
               [this](const MockRequest &request) { return m_auth.refresh(request); });
    router.add("GET", QStringLiteral("/iam/users"), authenticated(&GcoreApi::listUsers));
    router.add("GET", QStringLiteral("/iam/users/{userId}"), authenticated(&GcoreApi::getUser));
    router.add("PUT", QStringLiteral("/iam/users/{userId}/email"),
               authenticated(&GcoreApi::changeEmail));

    // Mock only: the link of the confirmation mail sent after an email change.
    router.add("GET", QStringLiteral("/mock/gcore/confirm-email"),
               [this](const MockRequest &request) { return confirmEmail(request); });
}

MockResponse GcoreApi::listUsers(const MockRequest &request)
{
    QList<FieldProblem> problems;
    const std::optional<qint64> limit =
        queryInteger(request, QStringLiteral("limit"), 1, &problems);
    const qint64 offset = queryInteger(request, QStringLiteral("offset"), 0, &problems).value_or(0);
    if (!problems.isEmpty())
        return GcoreRequestBody::validationErrors(problems);

    const UserDirectory &users = m_directory.users();
    qsizetype total = 0;
    QList<MockUser> page;
    std::optional<qint64> nextOffset;
    std::optional<qint64> previousOffset;
    qint64 size = 0;
    if (!limit) {
        // Documented: without `limit` IAM returns every user, unpaginated.
        page = users.page(0, users.size(), {}, &total);
    } else {
        size = std::min(*limit, maxPageSize);
        page = users.page(qsizetype(std::min<qint64>(offset, users.size())), qsizetype(size), {},
                          &total);
        if (offset < total && offset + size < total) // no overflow for huge offsets
            nextOffset = offset + size;
        if (offset > 0)
            previousOffset = std::max<qint64>(0, offset - size);
    }
    // Written directly rather than as a QJsonObject: this is the mock's hottest path.
    JsonWriter out(100 + page.size() * 700);
    out.beginObject().key("count").value(qint64(total));
    out.key("next");
    if (nextOffset)
        writePageLink(out, size, *nextOffset);
    else
        out.null();
    out.key("previous");
    if (previousOffset)
        writePageLink(out, size, *previousOffset);
    else
        out.null();
    out.key("results").beginArray();
    for (const MockUser &user : std::as_const(page))
        m_directory.writeUserJson(out, user);
    out.endArray().endObject();
    return MockResponse::json(200, out.take());
}

MockResponse GcoreApi::getUser(const MockRequest &request)
{
    const std::optional<QString> id = GcoreDirectory::parseUserId(request.pathArg(0));
    const std::optional<MockUser> user = id ? m_directory.users().find(*id) : std::nullopt;
    if (!user)
        return m_shape.error(MockFault::NotFound, {});
    return MockResponse::json(200, m_directory.userJson(*user));
}

MockResponse GcoreApi::changeEmail(const MockRequest &request)
{
    const std::optional<QString> id = GcoreDirectory::parseUserId(request.pathArg(0));
    if (!id || !m_directory.users().find(*id))
        return m_shape.error(MockFault::NotFound, {});

    QJsonObject fields;
    QList<FieldProblem> problems;
    if (std::optional<MockResponse> rejected = GcoreRequestBody::read(request, &fields, &problems))
        return *rejected;
    if (!problems.isEmpty()) // not a JSON object: no field is looked at
        return GcoreRequestBody::arrayErrors(problems);
    const std::optional<QString> requested =
        GcoreRequestBody::requiredString(fields, QStringLiteral("new_email"), &problems);
    const std::optional<QString> password =
        GcoreRequestBody::requiredString(fields, QStringLiteral("password"), &problems);
    if (!problems.isEmpty())
        return GcoreRequestBody::arrayErrors(problems);

    const QString newEmail = requested->trimmed(); // DRF's EmailField trims whitespace.
    if (!EmailRules::isValid(newEmail)) {
        return GcoreRequestBody::arrayErrors({ emailProblem(
            QStringLiteral("new_email"), QStringLiteral("Enter a valid email address")) });
    }

    // Inference: the order of the checks is undocumented; same address, then the password
    // (so an unapproved request learns nothing about other accounts), then uniqueness.
    enum class Outcome { Changed, Gone, Same, WrongPassword, Taken };
    const QString &expectedPassword = m_context.config.credentials.gcoreUserPassword;
    const Outcome outcome = m_directory.users().modify(*id, [&](MockUser *user) {
        if (!user)
            return Outcome::Gone;
        if (user->email.compare(newEmail, Qt::CaseInsensitive) == 0)
            return Outcome::Same;
        if (*password != expectedPassword)
            return Outcome::WrongPassword;
        const QString owner = m_directory.users().emailOwnerLocked(newEmail);
        if (!owner.isEmpty() && owner != user->id)
            return Outcome::Taken;
        user->email = newEmail;
        // Inference (undocumented): the new address is unconfirmed until its link is opened.
        user->emailVerified = false;
        user->updatedAt = QDateTime::currentDateTimeUtc();
        ++user->version;
        return Outcome::Changed;
    });

    switch (outcome) {
    case Outcome::Gone:
        return m_shape.error(MockFault::NotFound, {});
    case Outcome::Same:
        return GcoreRequestBody::arrayErrors(
            { emailProblem(QStringLiteral("new_email"), QStringLiteral("Same email address.")) });
    case Outcome::WrongPassword:
        return GcoreRequestBody::arrayErrors(
            { emailProblem(QStringLiteral("password"), QStringLiteral("Password is incorrect.")) });
    case Outcome::Taken:
        return GcoreRequestBody::arrayErrors(
            { emailProblem(QStringLiteral("new_email"),
                           QStringLiteral("Client with email %1 already exists.").arg(newEmail)) });
    case Outcome::Changed:
        break;
    }
    sendConfirmation(*id, newEmail);
    return MockResponse::json(200, QJsonObject { { QStringLiteral("new_email"), newEmail } });
}

void GcoreApi::sendConfirmation(const QString &userId, const QString &address)
{
    // Inference: IAM does not document a confirmation mail; the mock sends one so the demo
    // can show `activated` going false and back to true.
    const TokenRegistry::Issued issued =
        m_confirmations.issue(QStringLiteral("gc-confirm"), userId + QLatin1Char(' ') + address,
                              m_context.config.codeTtlSeconds);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), issued.token);
    MockMail mail;
    mail.backend = QStringLiteral("gcore");
    mail.to = address;
    mail.subject = QStringLiteral("Confirm your new email address");
    mail.link = m_context.baseUrl() + QStringLiteral("/mock/gcore/confirm-email?")
        + query.toString(QUrl::FullyEncoded);
    m_context.mailbox.deliver(mail);
}

MockResponse GcoreApi::confirmEmail(const MockRequest &request)
{
    static const GenericErrorShape generic;
    const std::optional<QString> subject =
        m_confirmations.take(request.queryItem(QStringLiteral("token")));
    if (!subject) {
        return generic.error(MockFault::NotFound,
                             QStringLiteral("Unknown, used or expired confirmation link."));
    }
    const QString userId = subject->section(QLatin1Char(' '), 0, 0);
    const QString address = subject->section(QLatin1Char(' '), 1);
    const bool confirmed = m_directory.users().modify(userId, [&](MockUser *user) {
        if (!user || user->email.compare(address, Qt::CaseInsensitive) != 0)
            return false;
        user->emailVerified = true;
        return true;
    });
    if (!confirmed) {
        return generic.error(MockFault::NotFound,
                             QStringLiteral("The user no longer has the address %1.").arg(address));
    }
    return MockResponse::json(
        200,
        QJsonObject { { QStringLiteral("status"), QStringLiteral("confirmed") },
                      { QStringLiteral("user_id"), userId.toLongLong() },
                      { QStringLiteral("email"), address } });
}
