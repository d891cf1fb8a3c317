#include "GcoreSignIn.h"

#include "Authenticator.h"
#include "GcoreBackend.h"
#include "GcoreJwtEndpoint.h"
#include "HttpClient.h"
#include "TokenAuthenticator.h"

#include <QRegularExpression>

namespace {
QString methodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return GcoreBackend::tr("an API key");
    case AuthMethod::Password:
        return GcoreBackend::tr("a user name and password");
    case AuthMethod::PersonalAccessToken:
        return GcoreBackend::tr("a personal access token");
    case AuthMethod::ClientCredentials:
        return GcoreBackend::tr("OAuth client credentials");
    case AuthMethod::SessionToken:
        return GcoreBackend::tr("a pasted session token");
    }
    return GcoreBackend::tr("this sign-in method");
}

/// A pasted key often carries a line break, and sometimes the scheme the docs show with it.
QString cleanApiKey(const QString &secret)
{
    QString key = secret.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^apikey\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    key.remove(scheme);
    return key;
}

bool isHeaderSafe(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

GcoreSignIn::Result GcoreSignIn::install(HttpClient *client, const ConnectionSettings &settings,
                                         const QString &secret, QObject *owner)
{
    Result result;
    const QString scheme = settings.baseUrl.scheme();
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        result.setupError =
            ServiceError(ServiceError::Kind::Unsupported,
                         GcoreBackend::tr("The profile's base URL \"%1\" is not a web address such "
                                          "as https://api.gcore.com.")
                             .arg(settings.baseUrl.toDisplayString()));
        return result;
    }

    switch (settings.authMethod) {
    case AuthMethod::ApiKey: {
        const QString key = cleanApiKey(secret);
        if (key.isEmpty()) {
            result.setupError =
                ServiceError(ServiceError::Kind::Unauthenticated,
                             GcoreBackend::tr("The profile has no Gcore API key; enter it in the "
                                              "profile."));
        } else if (!isHeaderSafe(key)) {
            result.setupError = ServiceError(
                ServiceError::Kind::Unauthenticated,
                GcoreBackend::tr("The Gcore API key contains spaces or characters that cannot "
                                 "be part of a key; paste it again."));
        } else {
            client->setAuthenticator(
                new StaticHeaderAuthenticator("Authorization", "APIKey " + key.toLatin1(), owner));
        }
        break;
    }
    case AuthMethod::Password:
        if (settings.principal.trimmed().isEmpty()) {
            result.setupError =
                ServiceError(ServiceError::Kind::Unsupported,
                             GcoreBackend::tr("The profile has no user name (the login email) for "
                                              "the Gcore sign-in; enter it in the profile."));
        } else if (secret.isEmpty()) {
            result.setupError =
                ServiceError(ServiceError::Kind::Unauthenticated,
                             GcoreBackend::tr("The profile has no password for the Gcore sign-in; "
                                              "enter it in the profile."));
        } else {
            result.tokens = new TokenAuthenticator(
                client, std::make_unique<GcoreJwtEndpoint>(settings.principal.trimmed(), secret),
                owner);
            client->setAuthenticator(result.tokens);
        }
        break;
    case AuthMethod::PersonalAccessToken:
    case AuthMethod::ClientCredentials:
    case AuthMethod::SessionToken:
        result.setupError =
            ServiceError(ServiceError::Kind::Unsupported,
                         GcoreBackend::tr("Gcore IAM does not support signing in with %1; use an "
                                          "API key or a user name and password.")
                             .arg(methodName(settings.authMethod)));
        break;
    }
    return result;
}
