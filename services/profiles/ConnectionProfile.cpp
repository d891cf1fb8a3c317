#include "ConnectionProfile.h"

#include "CaCertificatesFile.h"
#include "ProfileValidator.h"

#include <QHostAddress>
#include <QJsonValue>

#include <climits>
#include <cmath>

namespace {

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QString ProfileProblem::describe() const
{
    return field + u": " + message;
}

const QList<BackendKind> &ConnectionProfile::allKinds()
{
    static const QList<BackendKind> kinds { BackendKind::GcoreIam, BackendKind::ZitadelManagement,
                                            BackendKind::ZitadelSelf, BackendKind::CodeArtsRepo,
                                            BackendKind::Acronis };
    return kinds;
}

const QList<AuthMethod> &ConnectionProfile::allAuthMethods()
{
    static const QList<AuthMethod> methods { AuthMethod::ApiKey, AuthMethod::Password,
                                             AuthMethod::PersonalAccessToken,
                                             AuthMethod::ClientCredentials,
                                             AuthMethod::SessionToken };
    return methods;
}

QString ConnectionProfile::zitadelApiName(ZitadelApiVersion version)
{
    return version == ZitadelApiVersion::V2 ? QStringLiteral("v2") : QStringLiteral("v1");
}

std::optional<ZitadelApiVersion> ConnectionProfile::parseZitadelApi(const QString &name)
{
    for (ZitadelApiVersion version : { ZitadelApiVersion::V1, ZitadelApiVersion::V2 }) {
        if (zitadelApiName(version) == name)
            return version;
    }
    return std::nullopt;
}

QString ConnectionProfile::kindName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::GcoreIam:
        return QStringLiteral("gcore");
    case BackendKind::ZitadelManagement:
        return QStringLiteral("zitadel");
    case BackendKind::ZitadelSelf:
        return QStringLiteral("zitadel-self");
    case BackendKind::CodeArtsRepo:
        return QStringLiteral("codearts");
    case BackendKind::Acronis:
        return QStringLiteral("acronis");
    }
    return {};
}

std::optional<BackendKind> ConnectionProfile::parseKind(const QString &name)
{
    for (BackendKind kind : allKinds()) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList ConnectionProfile::kindNames()
{
    QStringList names;
    for (BackendKind kind : allKinds())
        names << kindName(kind);
    return names;
}

QString ConnectionProfile::authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return QStringLiteral("api-key");
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::PersonalAccessToken:
        return QStringLiteral("personal-access-token");
    case AuthMethod::ClientCredentials:
        return QStringLiteral("client-credentials");
    case AuthMethod::SessionToken:
        return QStringLiteral("session-token");
    }
    return {};
}

std::optional<AuthMethod> ConnectionProfile::parseAuthMethod(const QString &name)
{
    for (AuthMethod method : allAuthMethods()) {
        if (authMethodName(method) == name)
            return method;
    }
    return std::nullopt;
}

QStringList ConnectionProfile::authMethodNames()
{
    QStringList names;
    for (AuthMethod method : allAuthMethods())
        names << authMethodName(method);
    return names;
}

QList<AuthMethod> ConnectionProfile::supportedAuthMethods(BackendKind kind)
{
    switch (kind) {
    case BackendKind::GcoreIam:
        return { AuthMethod::ApiKey, AuthMethod::Password };
    case BackendKind::ZitadelManagement:
        return { AuthMethod::PersonalAccessToken, AuthMethod::ClientCredentials };
    case BackendKind::ZitadelSelf:
        return { AuthMethod::SessionToken };
    case BackendKind::CodeArtsRepo:
        return { AuthMethod::Password, AuthMethod::SessionToken };
    case BackendKind::Acronis:
        return { AuthMethod::ClientCredentials };
    }
    return {};
}

QString ConnectionProfile::kindDisplayName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::GcoreIam:
        return tr("Gcore IAM");
    case BackendKind::ZitadelManagement:
        return tr("ZITADEL (management)");
    case BackendKind::ZitadelSelf:
        return tr("ZITADEL (own account)");
    case BackendKind::CodeArtsRepo:
        return tr("Huawei CodeArts Repo");
    case BackendKind::Acronis:
        return tr("Acronis");
    }
    return {};
}

bool ConnectionProfile::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<ProfileProblem> ConnectionProfile::validate() const
{
    QList<ProfileProblem> problems = ProfileValidator::problemsIn(*this);
    if (!settings.caCertificatesFile.isEmpty()) {
        const QString problem = CaCertificatesFile::read(settings.caCertificatesFile).problem;
        if (!problem.isEmpty())
            problems.append(ProfileProblem { ProfileField::caCertificatesFile, problem });
    }
    return problems;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject json;
    json.insert(ProfileField::name, name);
    json.insert(ProfileField::kind, kindName(settings.kind));
    json.insert(ProfileField::baseUrl, urlText(settings.baseUrl));
    if (!settings.authUrl.isEmpty())
        json.insert(ProfileField::authUrl, urlText(settings.authUrl));
    json.insert(ProfileField::authMethod, authMethodName(settings.authMethod));
    const auto optional = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    optional(ProfileField::organisationId, settings.organisationId);
    optional(ProfileField::accountName, settings.accountName);
    optional(ProfileField::projectName, settings.projectName);
    optional(ProfileField::principal, settings.principal);
    json.insert(ProfileField::timeoutMs, settings.timeoutMs);
    optional(ProfileField::caCertificatesFile, settings.caCertificatesFile);
    // v1 is what a profile without the field means, so v1 profiles are written as they were.
    if (settings.kind == BackendKind::ZitadelManagement
        && settings.zitadelApi != ZitadelApiVersion::V1)
        json.insert(ProfileField::apiVersion, zitadelApiName(settings.zitadelApi));
    optional(ProfileField::secretEnvironmentVariable, secretEnvironmentVariable);
    return json;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json,
                                                             ProfileProblem *problem)
{
    std::optional<ProfileProblem> found;
    const auto report = [&found](const QString &field, const QString &message) {
        if (!found)
            found = ProfileProblem { field, message };
    };
    const auto text = [&](const QString &key, bool required) -> QString {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                report(key, tr("The field \"%1\" is missing.").arg(key));
            return {};
        }
        if (!value.isString()) {
            report(key, tr("The field \"%1\" must be text.").arg(key));
            return {};
        }
        return value.toString();
    };

    ConnectionProfile profile;
    profile.name = text(ProfileField::name, true);

    const QString kind = text(ProfileField::kind, true);
    if (!found) {
        if (const auto parsed = parseKind(kind))
            profile.settings.kind = *parsed;
        else
            report(ProfileField::kind,
                   tr("Unknown API kind \"%1\"; expected one of: %2.")
                       .arg(kind, kindNames().join(u", ")));
    }

    profile.settings.baseUrl = QUrl(text(ProfileField::baseUrl, true), QUrl::StrictMode);
    const QString authUrl = text(ProfileField::authUrl, false);
    if (!authUrl.isEmpty())
        profile.settings.authUrl = QUrl(authUrl, QUrl::StrictMode);

    const QString method = text(ProfileField::authMethod, true);
    if (!found) {
        if (const auto parsed = parseAuthMethod(method))
            profile.settings.authMethod = *parsed;
        else
            report(ProfileField::authMethod,
                   tr("Unknown sign-in method \"%1\"; expected one of: %2.")
                       .arg(method, authMethodNames().join(u", ")));
    }

    profile.settings.organisationId = text(ProfileField::organisationId, false);
    profile.settings.accountName = text(ProfileField::accountName, false);
    profile.settings.projectName = text(ProfileField::projectName, false);
    profile.settings.principal = text(ProfileField::principal, false);
    profile.settings.caCertificatesFile = text(ProfileField::caCertificatesFile, false);
    profile.secretEnvironmentVariable = text(ProfileField::secretEnvironmentVariable, false);
    // Absent: a profile saved before v2 was offered, which spoke v1.
    const QString api = text(ProfileField::apiVersion, false);
    if (!api.isEmpty()) {
        if (const auto parsed = parseZitadelApi(api))
            profile.settings.zitadelApi = *parsed;
        else
            report(ProfileField::apiVersion,
                   tr("Unknown ZITADEL API version \"%1\"; expected v1 or v2.").arg(api));
    }

    const QJsonValue timeout = json.value(ProfileField::timeoutMs);
    if (!timeout.isUndefined() && !timeout.isNull()) {
        const double value = timeout.toDouble();
        if (!timeout.isDouble() || std::floor(value) != value || value < 0 || value > INT_MAX)
            report(ProfileField::timeoutMs,
                   tr("The field \"%1\" must be a whole number of milliseconds.")
                       .arg(ProfileField::timeoutMs));
        else
            profile.settings.timeoutMs = static_cast<int>(value);
    }

    if (!found) {
        const QList<ProfileProblem> problems = ProfileValidator::problemsIn(profile);
        if (!problems.isEmpty())
            found = problems.first();
    }
    if (found) {
        if (problem)
            *problem = *found;
        return std::nullopt;
    }
    return profile;
}

bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
{
    const ConnectionSettings &x = a.settings;
    const ConnectionSettings &y = b.settings;
    return a.name == b.name && x.kind == y.kind && x.baseUrl == y.baseUrl && x.authUrl == y.authUrl
        && x.authMethod == y.authMethod && x.organisationId == y.organisationId
        && x.accountName == y.accountName && x.projectName == y.projectName
        && x.principal == y.principal && x.timeoutMs == y.timeoutMs
        && x.caCertificatesFile == y.caCertificatesFile && x.zitadelApi == y.zitadelApi
        && a.secretEnvironmentVariable == b.secretEnvironmentVariable;
}
