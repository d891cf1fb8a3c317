#pragma once

#include <QString>
#include <QUrl>

/// The five supported APIs.
enum class BackendKind { GcoreIam, ZitadelManagement, ZitadelSelf, CodeArtsRepo, Acronis };

/// Which ZITADEL API a management profile speaks: management v1 (legacy) or the user service
/// v2. Profiles saved before v2 existed have no such field and mean V1.
enum class ZitadelApiVersion { V1, V2 };

/// How a profile authenticates. Which ones a backend accepts is up to the backend.
enum class AuthMethod {
    /// A permanent key sent as is (Gcore `Authorization: APIKey ...`).
    ApiKey,
    /// User name and password exchanged for a token (Gcore JWT login, Huawei IAM token).
    Password,
    /// A personal access token used as a bearer token (ZITADEL service accounts).
    PersonalAccessToken,
    /// OAuth client credentials (ZITADEL, Acronis).
    ClientCredentials,
    /// A token obtained elsewhere and pasted (Huawei X-Auth-Token, a ZITADEL user token).
    SessionToken,
};

/// Everything non-secret a backend needs to connect. The secret (key, token, client secret or
/// password) is passed separately and kept only in memory.
struct ConnectionSettings
{
    BackendKind kind = BackendKind::GcoreIam;
    /// The API's base URL, e.g. https://api.gcore.com or https://eu2-cloud.acronis.com.
    QUrl baseUrl;
    /// Where tokens come from when that is another host (Huawei IAM); empty means baseUrl.
    QUrl authUrl;
    AuthMethod authMethod = AuthMethod::ApiKey;
    /// ZITADEL organisation id (x-zitadel-orgid) or Acronis tenant id.
    QString organisationId;
    /// ZITADEL management only; other kinds ignore it.
    ZitadelApiVersion zitadelApi = ZitadelApiVersion::V1;
    /// Huawei account (domain) name.
    QString accountName;
    /// Huawei project, i.e. region ("ap-southeast-3").
    QString projectName;
    /// The non-secret half of the credential: user name, login email or client id.
    QString principal;
    int timeoutMs = 30000;
    /// A PEM file of certificate authorities trusted in addition to the system's (an internal
    /// CA, or a TLS-inspecting proxy's); empty trusts the system's only. A path, not a secret.
    QString caCertificatesFile;

    QUrl effectiveAuthUrl() const { return authUrl.isEmpty() ? baseUrl : authUrl; }
};
