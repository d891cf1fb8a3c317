#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One problem with a profile, tied to the JSON field that causes it ("baseUrl",
/// "principal", ...), so an editor can show the message beside the right input and the CLI can
/// name the option.
/// The JSON names of a profile's fields, which ProfileProblem::field also uses, so that a
/// front end can put each problem beside the input it concerns.
namespace ProfileField {
inline const QString name = QStringLiteral("name");
inline const QString kind = QStringLiteral("kind");
inline const QString baseUrl = QStringLiteral("baseUrl");
inline const QString authUrl = QStringLiteral("authUrl");
inline const QString authMethod = QStringLiteral("authMethod");
inline const QString organisationId = QStringLiteral("organisationId");
inline const QString accountName = QStringLiteral("accountName");
inline const QString projectName = QStringLiteral("projectName");
inline const QString principal = QStringLiteral("principal");
inline const QString timeoutMs = QStringLiteral("timeoutMs");
inline const QString caCertificatesFile = QStringLiteral("caCertificatesFile");
inline const QString apiVersion = QStringLiteral("apiVersion");
inline const QString secretEnvironmentVariable = QStringLiteral("secretEnv");
} // namespace ProfileField

struct ProfileProblem
{
    /// The JSON field name (the same names as ConnectionSettings' members, plus "name").
    QString field;
    /// A full sentence for a person.
    QString message;

    /// "field: message", for logs and the command line.
    QString describe() const;
};

/// A named, saved connection: everything needed to connect except the secret, which lives in
/// a SecretStore under the profile's name.
///
/// JSON form (all strings unless noted; empty optional strings are left out):
///
///     { "name": "Production", "kind": "gcore", "baseUrl": "https://api.gcore.com",
///       "authUrl": "...", "authMethod": "api-key", "organisationId": "...",
///       "accountName": "...", "projectName": "...", "principal": "...",
///       "timeoutMs": 30000 (integer), "caCertificatesFile": "/etc/ssl/company-ca.pem",
///       "apiVersion": "v2", "secretEnv": "IDENTITYDESK_SECRET" }
///
/// `apiVersion` ("v1" or "v2", ZITADEL management only) is written for v2; a profile without it
/// means v1, the only version there was before, so saved profiles keep working unchanged.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    /// Unique within a ProfileStore, non-empty, no leading/trailing spaces or control characters.
    QString name;
    ConnectionSettings settings;
    /// For headless runs of identitydesk-cli: the environment variable that holds the secret
    /// at run time (its name is saved, never its value); empty means the keyring.
    QString secretEnvironmentVariable;

    /// Shortest and longest request timeout a profile may ask for.
    static constexpr int minimumTimeoutMs = 1000;
    static constexpr int maximumTimeoutMs = 600000;
    static constexpr int maximumNameLength = 100;

    /// Every problem with this profile, in field order; empty when it can be used. Reads the
    /// CA certificates file, if one is set, to check that it holds a certificate.
    QList<ProfileProblem> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    QJsonObject toJson() const;
    /// Reads and validates a profile. On failure returns nothing and, when `problem` is given,
    /// stores the first problem (wrong type, unknown name, or a validation failure). The CA
    /// certificates file is not opened here: one that went missing must not make the whole
    /// profile file unreadable; connecting reports it instead.
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &json,
                                                     ProfileProblem *problem = nullptr);

    /// Stable lower-case names used in JSON and on the command line:
    /// "gcore", "zitadel", "zitadel-self", "codearts", "acronis".
    static QString kindName(BackendKind kind);
    static std::optional<BackendKind> parseKind(const QString &name);
    static QStringList kindNames();
    /// "api-key", "password", "personal-access-token", "client-credentials", "session-token".
    static QString authMethodName(AuthMethod method);
    static std::optional<AuthMethod> parseAuthMethod(const QString &name);
    static QStringList authMethodNames();
    /// "v1", "v2": the ZITADEL management API versions as JSON and `--api` spell them.
    static QString zitadelApiName(ZitadelApiVersion version);
    static std::optional<ZitadelApiVersion> parseZitadelApi(const QString &name);
    /// What a new ZITADEL management profile speaks: the user service v2 (v1 is legacy).
    static constexpr ZitadelApiVersion defaultZitadelApi = ZitadelApiVersion::V2;

    /// The auth methods a backend kind accepts, the first being the usual choice.
    static QList<AuthMethod> supportedAuthMethods(BackendKind kind);
    /// A product name for messages ("Gcore IAM").
    static QString kindDisplayName(BackendKind kind);

    static const QList<BackendKind> &allKinds();
    static const QList<AuthMethod> &allAuthMethods();

    /// True for localhost and loopback addresses (127.0.0.0/8, ::1), where plain http is allowed.
    static bool isLoopbackHost(const QString &host);
};

bool operator==(const ConnectionProfile &a, const ConnectionProfile &b);
inline bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b)
{
    return !(a == b);
}
