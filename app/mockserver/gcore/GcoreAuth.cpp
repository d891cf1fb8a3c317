#include "GcoreAuth.h"

#include "GcoreErrorShape.h"
#include "GcoreRequestBody.h"
#include "UserDirectory.h"

#include <QJsonObject>

namespace {
const QString accessPrefix = QStringLiteral("gc-access");
const QString refreshPrefix = QStringLiteral("gc-refresh");

// simplejwt signs access tokens for 1 h and refresh tokens for 24 h; the mock keeps that
// ratio to config.tokenTtlSeconds so short test lifetimes shorten both.
constexpr int refreshLifetimeFactor = 24;
} // namespace

GcoreAuth::GcoreAuth(const MockContext &context, const UserDirectory &users)
    : m_context(context)
    , m_users(users)
{ }

std::optional<MockResponse> GcoreAuth::reject(const MockRequest &request) const
{
    const QString header = QString::fromLatin1(request.header("Authorization")).trimmed();
    if (header.isEmpty())
        return GcoreErrorShape::unauthorized(
            QStringLiteral("Authentication credentials were not provided."));

    const QStringList parts = header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2) {
        // simplejwt's wording for "Bearer" alone or a token with spaces in it.
        return GcoreErrorShape::unauthorized(
            QStringLiteral("Authorization header must contain two space-delimited values"));
    }
    const QString &scheme = parts.at(0);
    const QString &credential = parts.at(1);

    if (scheme.compare(QLatin1String("APIKey"), Qt::CaseInsensitive) == 0) {
        if (credential == m_context.config.credentials.gcoreApiKey)
            return std::nullopt;
        return GcoreErrorShape::unauthorized(QStringLiteral("Invalid API key."));
    }
    if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0) {
        if (m_access.subject(credential))
            return std::nullopt;
        // Inference: a token in the access-token format that is unknown or past its lifetime
        // is "invalid or expired"; anything else (a refresh token, garbage) fits no token type.
        if (credential.startsWith(accessPrefix + QLatin1Char('-')))
            return GcoreErrorShape::unauthorized(QStringLiteral("Token is invalid or expired"));
    }
    return GcoreErrorShape::unauthorized(
        QStringLiteral("Given token not valid for any token type"));
}

MockResponse GcoreAuth::issuePair(const QString &userId)
{
    const int ttl = m_context.config.tokenTtlSeconds;
    const TokenRegistry::Issued access = m_access.issue(accessPrefix, userId, ttl);
    const TokenRegistry::Issued refresh =
        m_refresh.issue(refreshPrefix, userId, ttl * refreshLifetimeFactor);
    return MockResponse::json(200,
                              QJsonObject { { QStringLiteral("refresh"), refresh.token },
                                            { QStringLiteral("access"), access.token } });
}

MockResponse GcoreAuth::login(const MockRequest &request)
{
    QJsonObject fields;
    QList<FieldProblem> problems;
    if (std::optional<MockResponse> rejected = GcoreRequestBody::read(request, &fields, &problems))
        return *rejected;
    if (!problems.isEmpty()) // not a JSON object: no field is looked at
        return GcoreRequestBody::validationErrors(problems);
    const std::optional<QString> username =
        GcoreRequestBody::requiredString(fields, QStringLiteral("username"), &problems);
    const std::optional<QString> password =
        GcoreRequestBody::requiredString(fields, QStringLiteral("password"), &problems);
    // Seeded users have no authenticator, so a passcode is accepted but not needed.
    GcoreRequestBody::optionalString(fields, QStringLiteral("one_time_password"), &problems);
    if (!problems.isEmpty())
        return GcoreRequestBody::validationErrors(problems);

    const QString userId = m_users.emailOwner(username->trimmed());
    const std::optional<MockUser> user = userId.isEmpty() ? std::nullopt : m_users.find(userId);
    if (!user || user->state != MockUserState::Active
        || *password != m_context.config.credentials.gcoreUserPassword) {
        return GcoreRequestBody::validationErrors(
            { { QStringLiteral("errors"),
                QStringLiteral("No active account found with the given credentials.") } });
    }
    return issuePair(user->id);
}

MockResponse GcoreAuth::refresh(const MockRequest &request)
{
    QJsonObject fields;
    QList<FieldProblem> problems;
    if (std::optional<MockResponse> rejected = GcoreRequestBody::read(request, &fields, &problems))
        return *rejected;
    if (!problems.isEmpty()) // not a JSON object: no field is looked at
        return GcoreRequestBody::validationErrors(problems);
    const std::optional<QString> token =
        GcoreRequestBody::requiredString(fields, QStringLiteral("refresh"), &problems);
    if (!problems.isEmpty())
        return GcoreRequestBody::validationErrors(problems);

    // take() blacklists the token: a second use gets the same 401 as an unknown one.
    const std::optional<QString> userId = m_refresh.take(*token);
    if (!userId)
        return GcoreErrorShape::unauthorized(QStringLiteral("Token is invalid or expired"));
    return issuePair(*userId);
}
