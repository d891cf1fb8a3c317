#include "CodeArtsIamEndpoint.h"

#include "CodeArtsErrorMapper.h"
#include "JsonReader.h"
#include "StatusErrors.h"

#include <QJsonArray>
#include <QJsonObject>

const QString CodeArtsIamEndpoint::tokensPath = QStringLiteral("/v3/auth/tokens");

CodeArtsIamEndpoint::CodeArtsIamEndpoint(Login login, QString password,
                                         std::shared_ptr<HuaweiIdentity> identity)
    : m_login(std::move(login))
    , m_password(std::move(password))
    , m_identity(std::move(identity))
{ }

HttpRequest CodeArtsIamEndpoint::tokenRequest(const QString &) const
{
    const QJsonObject user {
        { QStringLiteral("domain"), QJsonObject { { QStringLiteral("name"), m_login.account } } },
        { QStringLiteral("name"), m_login.user },
        { QStringLiteral("password"), m_password },
    };
    const QJsonObject identity {
        { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
        { QStringLiteral("password"), QJsonObject { { QStringLiteral("user"), user } } },
    };
    const QJsonObject scope { { QStringLiteral("project"),
                                QJsonObject { { QStringLiteral("name"), m_login.project } } } };
    HttpRequest request =
        HttpRequest::json("POST", tokensPath,
                          QJsonObject { { QStringLiteral("auth"),
                                          QJsonObject { { QStringLiteral("identity"), identity },
                                                        { QStringLiteral("scope"), scope } } } });
    // The service catalog of a real IAM answer is large and unused here.
    request.query.addQueryItem(QStringLiteral("nocatalog"), QStringLiteral("true"));
    return request;
}

QDateTime CodeArtsIamEndpoint::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

std::variant<IssuedToken, ServiceError>
CodeArtsIamEndpoint::parse(const HttpResponse &response) const
{
    const QByteArray subjectToken = response.header("X-Subject-Token").trimmed();
    if (subjectToken.isEmpty())
        return ServiceError::malformed(
            tr("Huawei IAM sent no token (the X-Subject-Token header is missing)"));

    const JsonReader root = JsonReader::parse(response);
    const JsonReader token = root.object(QStringLiteral("token"));
    const QString expiresText = token.string(QStringLiteral("expires_at"));
    const QString issuedText = token.optionalString(QStringLiteral("issued_at"));
    const JsonReader user = token.optionalObject(QStringLiteral("user"));
    const QString userName = user.optionalString(QStringLiteral("name"));
    const JsonReader domain = user.optionalObject(QStringLiteral("domain"));
    const QString accountId = domain.optionalString(QStringLiteral("id"));
    const QString accountName = domain.optionalString(QStringLiteral("name"));
    if (!root.ok())
        return root.error();

    const QDateTime expiresAt = parseTime(expiresText);
    if (!expiresAt.isValid())
        return ServiceError::malformed(
            tr("field \"token.expires_at\" is not a time (%1)").arg(expiresText));
    // Both times come from IAM's clock, so their difference is the lifetime even when this
    // computer's clock is off; without issued_at, count from now.
    QDateTime issuedAt = parseTime(issuedText);
    if (!issuedAt.isValid())
        issuedAt = QDateTime::currentDateTimeUtc();
    const qint64 lifetimeMs = issuedAt.msecsTo(expiresAt);
    if (lifetimeMs <= 0)
        return ServiceError::malformed(
            tr("Huawei IAM issued a token that has already expired (%1)").arg(expiresText));

    if (m_identity)
        *m_identity = { accountId, accountName, userName };

    IssuedToken issued;
    issued.headerName = "X-Auth-Token";
    issued.headerValue = subjectToken;
    issued.expiresInSeconds = int(std::min<qint64>(lifetimeMs / 1000, qint64(7) * 24 * 3600));
    return issued;
}

ServiceError CodeArtsIamEndpoint::mapError(const HttpResponse &response) const
{
    return StatusErrors::signInError(CodeArtsErrorMapper::mapIam(response), response.status,
                                     QStringLiteral("Huawei IAM"));
}
