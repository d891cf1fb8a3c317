#include "ProfileValidator.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

QString authMethodDisplayName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return ConnectionProfile::tr("API key");
    case AuthMethod::Password:
        return ConnectionProfile::tr("password");
    case AuthMethod::PersonalAccessToken:
        return ConnectionProfile::tr("personal access token");
    case AuthMethod::ClientCredentials:
        return ConnectionProfile::tr("client credentials");
    case AuthMethod::SessionToken:
        return ConnectionProfile::tr("session token");
    }
    return {};
}

/// Checks a base or auth URL; returns the problem or nothing.
std::optional<ProfileProblem> checkUrl(const QString &field, const QString &label, const QUrl &url)
{
    const auto problem = [&](const QString &message) {
        return std::optional<ProfileProblem>(ProfileProblem { field, message });
    };
    if (url.isEmpty())
        return problem(ConnectionProfile::tr("The %1 is missing.").arg(label));
    if (!url.isValid())
        return problem(ConnectionProfile::tr("The %1 is not a valid web address (look for spaces "
                                             "or stray characters).")
                           .arg(label));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return problem(ConnectionProfile::tr("The %1 must start with https:// (for example "
                                             "https://api.example.com).")
                           .arg(label));
    if (url.host().isEmpty())
        return problem(ConnectionProfile::tr("The %1 has no host name.").arg(label));
    if (!url.userInfo().isEmpty())
        return problem(ConnectionProfile::tr("The %1 must not contain a user name or password; "
                                             "the secret is kept in the keyring, not in the "
                                             "profile.")
                           .arg(label));
    if (scheme == u"http" && !ConnectionProfile::isLoopbackHost(url.host()))
        return problem(ConnectionProfile::tr("The %1 must use https://. Plain http:// is only "
                                             "allowed for this computer (localhost, 127.0.0.1 "
                                             "or ::1).")
                           .arg(label));
    return std::nullopt;
}

} // namespace

QList<ProfileProblem> ProfileValidator::problemsIn(const ConnectionProfile &profile)
{
    const QString &name = profile.name;
    const ConnectionSettings &settings = profile.settings;
    const QString &secretEnvironmentVariable = profile.secretEnvironmentVariable;
    QList<ProfileProblem> problems;
    const auto add = [&problems](const QString &field, const QString &message) {
        problems.append(ProfileProblem { field, message });
    };

    if (name.isEmpty()) {
        add(ProfileField::name, ConnectionProfile::tr("The profile needs a name."));
    } else if (name.trimmed() != name) {
        add(ProfileField::name,
            ConnectionProfile::tr("The profile name must not start or end with spaces."));
    } else if (std::any_of(name.cbegin(), name.cend(),
                           [](QChar c) { return c.category() == QChar::Other_Control; })) {
        add(ProfileField::name,
            ConnectionProfile::tr(
                "The profile name must not contain control characters such as line "
                "breaks or tabs."));
    } else if (name.size() > ConnectionProfile::maximumNameLength) {
        add(ProfileField::name,
            ConnectionProfile::tr("The profile name must be at most %1 characters long.")
                .arg(ConnectionProfile::maximumNameLength));
    }

    if (const auto problem =
            checkUrl(ProfileField::baseUrl, ConnectionProfile::tr("base URL"), settings.baseUrl))
        problems.append(*problem);
    if (!settings.authUrl.isEmpty()) {
        if (const auto problem = checkUrl(ProfileField::authUrl,
                                          ConnectionProfile::tr("sign-in URL"), settings.authUrl))
            problems.append(*problem);
    }

    const QList<AuthMethod> supported = ConnectionProfile::supportedAuthMethods(settings.kind);
    if (!supported.contains(settings.authMethod)) {
        QStringList names;
        for (AuthMethod method : supported)
            names << authMethodDisplayName(method);
        add(ProfileField::authMethod,
            ConnectionProfile::tr("%1 does not support sign-in with %2; use %3.")
                .arg(ConnectionProfile::kindDisplayName(settings.kind),
                     authMethodDisplayName(settings.authMethod),
                     names.join(ConnectionProfile::tr(" or "))));
    } else {
        if (settings.principal.trimmed().isEmpty()) {
            if (settings.authMethod == AuthMethod::Password)
                add(ProfileField::principal,
                    ConnectionProfile::tr(
                        "The user name (or login email) is required for password sign-in."));
            else if (settings.authMethod == AuthMethod::ClientCredentials)
                add(ProfileField::principal,
                    ConnectionProfile::tr(
                        "The client id is required for client-credentials sign-in."));
        }
        if (settings.kind == BackendKind::CodeArtsRepo
            && settings.authMethod == AuthMethod::Password) {
            if (settings.accountName.trimmed().isEmpty())
                add(ProfileField::accountName,
                    ConnectionProfile::tr("The Huawei account (domain) name is required for "
                                          "password sign-in."));
            if (settings.projectName.trimmed().isEmpty())
                add(ProfileField::projectName,
                    ConnectionProfile::tr("The Huawei project (region, for example "
                                          "ap-southeast-3) is required for password sign-in."));
        }
    }
    if (settings.kind == BackendKind::Acronis && settings.organisationId.trimmed().isEmpty())
        add(ProfileField::organisationId,
            ConnectionProfile::tr("The Acronis tenant id is required."));

    if (settings.timeoutMs < ConnectionProfile::minimumTimeoutMs
        || settings.timeoutMs > ConnectionProfile::maximumTimeoutMs)
        add(ProfileField::timeoutMs,
            ConnectionProfile::tr("The timeout must be between %1 and %2 milliseconds (it is %3).")
                .arg(ConnectionProfile::minimumTimeoutMs)
                .arg(ConnectionProfile::maximumTimeoutMs)
                .arg(settings.timeoutMs));
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!secretEnvironmentVariable.isEmpty()
        && !variableName.match(secretEnvironmentVariable).hasMatch())
        add(ProfileField::secretEnvironmentVariable,
            ConnectionProfile::tr(
                "\"%1\" is not an environment variable name (letters, digits and _, not "
                "starting with a digit).")
                .arg(secretEnvironmentVariable));
    return problems;
}
