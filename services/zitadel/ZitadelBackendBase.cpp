#include "ZitadelBackendBase.h"

#include <QUrl>

ZitadelBackendBase::ZitadelBackendBase(QNetworkAccessManager *network,
                                       const ConnectionSettings &settings,
                                       ZitadelErrorMapper::Api api, QObject *parent)
    : IdentityBackend(parent)
    , m_settings(settings)
{
    HttpSettings http = HttpSettings::forConnection(settings);
    ErrorMapper mapper = api == ZitadelErrorMapper::Api::Self
        ? ErrorMapper(&ZitadelErrorMapper::mapSelf)
        : ErrorMapper(
            [](const HttpResponse &response) { return ZitadelErrorMapper::map(response); });
    m_http = new HttpClient(network, http, std::move(mapper), this);

    const QUrl &base = settings.baseUrl;
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
        setProfileError({ ServiceError::Kind::Unsupported,
                          tr("The profile has no valid ZITADEL address; enter the instance URL, "
                             "e.g. https://example.zitadel.cloud.") });
    }
}

void ZitadelBackendBase::setProfileError(const ServiceError &error)
{
    if (!m_profileError)
        m_profileError = error;
}

void ZitadelBackendBase::addCommonHeader(const QByteArray &name, const QByteArray &value)
{
    m_commonHeaders.append({ name, value });
}

bool ZitadelBackendBase::failIfUnusable(ServiceJob *job) const
{
    if (!m_profileError)
        return false;
    job->fail(*m_profileError);
    return true;
}

QString ZitadelBackendBase::pathWithId(const QString &prefix, const QString &id,
                                       const QString &suffix)
{
    Q_ASSERT(isPlausibleId(id));
    return prefix + QLatin1Char('/') + id + suffix;
}

bool ZitadelBackendBase::isPlausibleId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 200 && !id.contains(QLatin1Char('/'))
        && !id.contains(QLatin1Char('\\')) && id != QLatin1String(".") && id != QLatin1String("..");
}

std::optional<ServiceError> ZitadelBackendBase::checkNewEmail(const QString &email)
{
    const auto invalid = [](const QString &message) {
        ServiceError error(ServiceError::Kind::Validation, message);
        error.withFieldError(RequestField::newEmail, message);
        return error;
    };
    // Callers send the trimmed address.
    const QString address = email.trimmed();
    if (address.isEmpty())
        return invalid(tr("Enter the new email address."));
    // ZITADEL's limit (UpdateHumanEmailRequest.email: 1 to 200 characters).
    if (address.size() > 200)
        return invalid(tr("The address must be between 1 and 200 characters long."));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    bool hasSpace = false;
    for (const QChar c : address)
        hasSpace = hasSpace || c.isSpace();
    if (at <= 0 || at == address.size() - 1 || hasSpace)
        return invalid(tr("This is not a valid email address."));
    return std::nullopt;
}

QString ZitadelBackendBase::authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ApiKey:
        return tr("an API key");
    case AuthMethod::Password:
        return tr("a user name and password");
    case AuthMethod::PersonalAccessToken:
        return tr("a personal access token");
    case AuthMethod::ClientCredentials:
        return tr("client credentials");
    case AuthMethod::SessionToken:
        return tr("a session token");
    }
    return tr("this sign-in method");
}
