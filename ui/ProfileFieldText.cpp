#include "ProfileFieldText.h"

QString ProfileFieldText::methodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return tr("API key");
    case AuthMethod::Password:
        return tr("Password");
    case AuthMethod::PersonalAccessToken:
        return tr("Personal access token");
    case AuthMethod::ClientCredentials:
        return tr("Client credentials");
    case AuthMethod::SessionToken:
        return tr("Session token");
    }
    return {};
}

QString ProfileFieldText::secretLabel(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return tr("API key");
    case AuthMethod::Password:
        return tr("Password");
    case AuthMethod::PersonalAccessToken:
        return tr("Personal access token");
    case AuthMethod::ClientCredentials:
        return tr("Client secret");
    case AuthMethod::SessionToken:
        return tr("Token");
    }
    return {};
}

QString ProfileFieldText::secretRequired(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return tr("Type the API key.");
    case AuthMethod::Password:
        return tr("Type the password.");
    case AuthMethod::PersonalAccessToken:
        return tr("Type the personal access token.");
    case AuthMethod::ClientCredentials:
        return tr("Type the client secret.");
    case AuthMethod::SessionToken:
        return tr("Type the token.");
    }
    return {};
}

QString ProfileFieldText::baseUrlExample(BackendKind kind)
{
    switch (kind) {
    case BackendKind::GcoreIam:
        return QStringLiteral("https://api.gcore.com");
    case BackendKind::ZitadelManagement:
    case BackendKind::ZitadelSelf:
        return QStringLiteral("https://example.zitadel.cloud");
    case BackendKind::CodeArtsRepo:
        return QStringLiteral("https://codehub-ext.ap-southeast-3.myhuaweicloud.com");
    case BackendKind::Acronis:
        return QStringLiteral("https://eu2-cloud.acronis.com");
    }
    return {};
}
