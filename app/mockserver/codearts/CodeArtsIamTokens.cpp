#include "CodeArtsIamTokens.h"

#include "CodeArtsDirectory.h"
#include "CodeArtsErrorShape.h"
#include "MockServerConfig.h"

#include <QDateTime>
#include <QJsonArray>

namespace Code = CodeArtsErrorCode;

namespace {
const QString requiredMessage = QStringLiteral("This field is required.");

/// Keystone writes times with microseconds and a "Z": "2019-02-13T06:52:13.855000Z".
QString keystoneTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("000Z");
}
} // namespace

CodeArtsIamTokens::CodeArtsIamTokens(const MockServerConfig &config,
                                     const CodeArtsDirectory &directory)
    : m_config(config)
    , m_directory(directory)
{ }

std::optional<QString> CodeArtsIamTokens::userFor(const QByteArray &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const QString text = QString::fromUtf8(token);
    // The console token is "pasted" by the user, so it stays valid for the server's lifetime.
    if (text == m_config.credentials.codeArtsToken)
        return m_directory.selfId();
    return m_tokens.subject(text);
}

std::optional<JsonBody> CodeArtsIamTokens::requiredObject(JsonBody &parent, const QString &field)
{
    if (!parent.has(field)) {
        parent.addProblem(field, requiredMessage);
        return std::nullopt;
    }
    return parent.optionalObject(field);
}

MockResponse CodeArtsIamTokens::badField(const FieldProblem &problem)
{
    // IAM.0072 / IAM.0073 are IAM's documented codes for a missing or invalid field.
    if (problem.message == requiredMessage) {
        return CodeArtsErrorShape::body(
            400, Code::iamMissingField,
            QStringLiteral("'%1' is a required property.").arg(problem.field));
    }
    return CodeArtsErrorShape::body(
        400, Code::iamInvalidField,
        QStringLiteral("Invalid input for field '%1': %2").arg(problem.field, problem.message));
}

std::optional<CodeArtsIamTokens::Credentials> CodeArtsIamTokens::readBody(JsonBody &body)
{
    // Walks auth.identity.{methods,password.user.{domain.name,name,password}} and
    // auth.scope.project.name, stopping at the first missing or mistyped level.
    Credentials credentials;
    auto auth = requiredObject(body, QStringLiteral("auth"));
    if (!auth)
        return std::nullopt;
    auto identity = requiredObject(*auth, QStringLiteral("identity"));
    auto scope = requiredObject(*auth, QStringLiteral("scope"));
    body.absorb(*auth);
    if (!identity || !scope)
        return std::nullopt;

    const QString methodsField = QStringLiteral("methods");
    if (!identity->has(methodsField)) {
        identity->addProblem(methodsField, requiredMessage);
    } else if (!identity->object().value(methodsField).isArray()
               || !identity->object()
                       .value(methodsField)
                       .toArray()
                       .contains(QStringLiteral("password"))) {
        identity->addProblem(methodsField,
                             QStringLiteral("Must be an array containing \"password\"."));
    }
    auto password = requiredObject(*identity, QStringLiteral("password"));
    std::optional<JsonBody> user;
    if (password) {
        user = requiredObject(*password, QStringLiteral("user"));
        identity->absorb(*password);
    }
    std::optional<JsonBody> domain;
    if (user) {
        domain = requiredObject(*user, QStringLiteral("domain"));
        credentials.user = user->requiredString(QStringLiteral("name")).value_or(QString());
        credentials.password = user->requiredString(QStringLiteral("password")).value_or(QString());
    }
    if (domain) {
        credentials.domain = domain->requiredString(QStringLiteral("name")).value_or(QString());
        user->absorb(*domain);
    }
    if (user)
        identity->absorb(*user);
    body.absorb(*identity);

    auto project = requiredObject(*scope, QStringLiteral("project"));
    if (project) {
        credentials.project = project->requiredString(QStringLiteral("name")).value_or(QString());
        scope->absorb(*project);
    }
    body.absorb(*scope);
    if (body.hasProblems())
        return std::nullopt;
    return credentials;
}

MockResponse CodeArtsIamTokens::issue(const MockRequest &request)
{
    const QByteArray mediaType = request.mediaType();
    if (!mediaType.isEmpty() && mediaType != "application/json") {
        return CodeArtsErrorShape::body(
            415, Code::iamUnsupportedMediaType,
            QStringLiteral("Content-Type must be application/json (got %1).")
                .arg(QString::fromLatin1(mediaType)));
    }
    JsonBody body = JsonBody::parse(request.body());
    if (!body.isObject()) {
        return CodeArtsErrorShape::body(
            400, Code::iamBadBody,
            QStringLiteral("Request body is invalid. %1").arg(body.parseError()));
    }
    const std::optional<Credentials> credentials = readBody(body);
    if (!credentials)
        return badField(body.problems().constFirst());

    const MockCredentials &expected = m_config.credentials;
    if (credentials->domain != expected.huaweiDomain || credentials->user != expected.huaweiUser
        || credentials->password != expected.huaweiPassword) {
        // Inference: IAM answers a wrong account, user or password alike with 401 and its
        // documented authentication code IAM.0001; the text is the one IAM returns for bad
        // credentials ("The username or password is wrong."), never saying which part failed.
        return CodeArtsErrorShape::body(401, Code::iamUnauthenticated,
                                        QStringLiteral("The username or password is wrong."));
    }

    const QDateTime issuedAt = QDateTime::currentDateTimeUtc();
    const TokenRegistry::Issued token =
        m_tokens.issue(QStringLiteral("hw-iam"), m_directory.selfId(), m_config.tokenTtlSeconds);
    const QJsonObject domain { { QStringLiteral("id"), m_directory.domainId() },
                               { QStringLiteral("name"), expected.huaweiDomain } };
    const QJsonObject tokenObject {
        { QStringLiteral("expires_at"), keystoneTime(issuedAt.addSecs(token.expiresInSeconds)) },
        { QStringLiteral("issued_at"), keystoneTime(issuedAt) },
        { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
        { QStringLiteral("user"),
          QJsonObject { { QStringLiteral("domain"), domain },
                        { QStringLiteral("id"), m_directory.iamUserId() },
                        { QStringLiteral("name"), expected.huaweiUser } } },
        { QStringLiteral("project"),
          QJsonObject { { QStringLiteral("name"), credentials->project },
                        { QStringLiteral("id"), m_directory.projectId(credentials->project) } } },
    };
    return MockResponse::json(201, QJsonObject { { QStringLiteral("token"), tokenObject } })
        .withHeader("X-Subject-Token", token.token.toUtf8());
}
