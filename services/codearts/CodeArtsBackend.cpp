#include "CodeArtsBackend.h"

#include "Authenticator.h"
#include "CodeArtsErrorMapper.h"
#include "CodeArtsIamEndpoint.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "JsonReader.h"
#include "TokenAuthenticator.h"
#include "UserLookup.h"
#include "UserWords.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace {

const QString emailsPath = QStringLiteral("/v4/user/emails");
const QString verifyCodePath = QStringLiteral("/v4/user/email-verify-code");

/// Catches only what is obviously not an address (no "@", spaces); CodeArts judges the rest.
bool looksLikeEmail(const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')) || at == address.size() - 1)
        return false;
    for (const QChar c : address) {
        if (c.isSpace())
            return false;
    }
    return true;
}

/// The region in a CodeArts host name ("codehub-ext.ap-southeast-3.myhuaweicloud.com"), which
/// is the IAM project to scope the token to; empty when the host does not say.
QString regionOfHost(const QString &host)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'));
    if (labels.size() >= 4
        && host.endsWith(QLatin1String(".myhuaweicloud.com"), Qt::CaseInsensitive))
        return labels.at(1);
    return {};
}

/// The IAM base URL without a trailing "/v3" that people copy from the IAM documentation.
QUrl iamBaseUrl(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v3")))
        path.chop(3);
    url.setPath(path);
    return url;
}

bool isUsableUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

CodeArtsBackend::CodeArtsBackend(QNetworkAccessManager *network, const ConnectionSettings &settings,
                                 const QString &secret, QObject *parent)
    : IdentityBackend(parent)
    , m_identity(std::make_shared<HuaweiIdentity>())
    , m_accountName(settings.accountName.trimmed())
{
    HttpSettings http = HttpSettings::forConnection(settings);
    m_client = new HttpClient(network, http, &CodeArtsErrorMapper::map, this);
    if (!isUsableUrl(settings.baseUrl)) {
        m_profileError =
            ServiceError(ServiceError::Kind::Unsupported,
                         tr("The profile has no valid CodeArts Repo address (for example "
                            "https://codehub-ext.ap-southeast-3.myhuaweicloud.com)."));
        return;
    }
    configureAuthentication(network, settings, secret);
}

CodeArtsBackend::~CodeArtsBackend() = default;

void CodeArtsBackend::configureAuthentication(QNetworkAccessManager *network,
                                              const ConnectionSettings &settings,
                                              const QString &secret)
{
    const auto misconfigured = [this](const QString &message) {
        m_profileError = ServiceError(ServiceError::Kind::Unsupported, message);
    };

    switch (settings.authMethod) {
    case AuthMethod::SessionToken: {
        const QString token = secret.trimmed();
        if (token.isEmpty()) {
            misconfigured(tr("The profile has no X-Auth-Token; paste a Huawei IAM token."));
            return;
        }
        auto *authenticator =
            new StaticHeaderAuthenticator("X-Auth-Token", token.toUtf8(), m_client);
        m_client->setAuthenticator(authenticator);
        return;
    }
    case AuthMethod::Password: {
        CodeArtsIamEndpoint::Login login;
        login.account = settings.accountName.trimmed();
        login.user = settings.principal.trimmed();
        login.project = settings.projectName.trimmed();
        if (login.project.isEmpty())
            login.project = regionOfHost(settings.baseUrl.host());
        const QUrl iamUrl = iamBaseUrl(settings.effectiveAuthUrl());

        QStringList missing;
        if (login.account.isEmpty())
            missing.append(tr("the Huawei account name"));
        if (login.user.isEmpty())
            missing.append(tr("the IAM user name"));
        if (secret.isEmpty())
            missing.append(tr("the IAM password"));
        if (login.project.isEmpty())
            missing.append(tr("the project (region, e.g. ap-southeast-3)"));
        if (!missing.isEmpty()) {
            misconfigured(tr("The profile cannot sign in to Huawei IAM without %1.")
                              .arg(missing.join(QStringLiteral(", "))));
            return;
        }
        if (!isUsableUrl(iamUrl)) {
            misconfigured(tr("The profile has no valid Huawei IAM address (for example "
                             "https://iam.myhuaweicloud.com)."));
            return;
        }

        HttpSettings http = HttpSettings::forConnection(settings);
        http.baseUrl = iamUrl;
        m_iamClient = new HttpClient(network, http, &CodeArtsErrorMapper::mapIam, this);
        m_tokens = new TokenAuthenticator(
            m_iamClient, std::make_unique<CodeArtsIamEndpoint>(login, secret, m_identity), this);
        m_client->setAuthenticator(m_tokens);
        return;
    }
    case AuthMethod::ApiKey:
        misconfigured(tr("CodeArts Repo cannot sign in with an API key; use an IAM password or "
                         "a pasted X-Auth-Token."));
        return;
    case AuthMethod::PersonalAccessToken:
        misconfigured(tr("CodeArts Repo cannot sign in with a personal access token; use an IAM "
                         "password or a pasted X-Auth-Token."));
        return;
    case AuthMethod::ClientCredentials:
        misconfigured(tr("CodeArts Repo cannot sign in with OAuth client credentials; use an IAM "
                         "password or a pasted X-Auth-Token."));
        return;
    }
    misconfigured(tr("CodeArts Repo does not know this sign-in method; use an IAM password or a "
                     "pasted X-Auth-Token."));
}

BackendCapabilities CodeArtsBackend::capabilities() const
{
    BackendCapabilities capabilities;
    capabilities.apiName = tr("Huawei CodeArts Repo v4");
    capabilities.needsPassword = false;
    capabilities.needsVerificationCode = true;
    capabilities.canRequestVerificationCode = true;
    capabilities.canMarkVerified = false;
    capabilities.ownAccountOnly = true;
    capabilities.hasVersionCheck = false;
    capabilities.canResendVerification = false;
    capabilities.verifiesWithCodeAfterChange = false;
    capabilities.hasServerSearch = false;
    // The list is the signed-in account, so its size (one) is known up front.
    capabilities.reportsTotalCount = true;
    capabilities.afterChange = tr("The signed-in account's CodeArts email changes at once, "
                                  "confirmed by the code that was mailed to the new address.");
    return capabilities;
}

int CodeArtsBackend::tokenFetchCount() const
{
    return m_tokens ? m_tokens->fetchCount() : 0;
}

bool CodeArtsBackend::failIfMisconfigured(ServiceJob *job) const
{
    if (!m_profileError)
        return false;
    job->fail(*m_profileError);
    return true;
}

void CodeArtsBackend::send(ServiceJob *job, const HttpRequest &request, ResponseHandler onSuccess)
{
    HttpCall *call = m_client->send(request, job);
    connect(call, &HttpCall::succeeded, job, std::move(onSuccess));
    connect(call, &HttpCall::failed, job, [job](const ServiceError &error) { job->fail(error); });
    connect(call, &HttpCall::retrying, job, [job](int seconds) {
        emit job->progress(
            tr("CodeArts Repo is busy; trying again in %n second(s)...", nullptr, seconds));
    });
}

std::optional<User> CodeArtsBackend::userFrom(ServiceJob *job, const HttpResponse &response)
{
    const JsonReader root = JsonReader::parse(response);
    User user;
    user.id = root.id(QStringLiteral("id"));
    user.login = root.string(QStringLiteral("name"));
    // CodeArts has no display name: the name column stays empty rather than repeat the login
    // as if it were a person's name (issue 17).
    user.email = root.optionalString(QStringLiteral("commit_email"));
    const QString state = root.optionalString(QStringLiteral("state"));
    if (!root.ok()) {
        job->fail(root.error());
        return std::nullopt;
    }
    // The API's words are lower-case codes; the known ones are shown in the app's words, like
    // the other backends' states, and unknown ones as they come.
    if (state == QLatin1String("active")) {
        user.state = UserState::Active;
        user.stateText = UserWords::shared(UserWords::active);
    } else if (state == QLatin1String("blocked")) {
        user.state = UserState::Locked;
        user.stateText = UserWords::shared(UserWords::blocked);
    } else {
        user.stateText = state;
    }
    user.verification = EmailVerification::Unknown;
    user.organisationId = m_identity->accountId;
    user.organisationName =
        m_identity->accountName.isEmpty() ? m_accountName : m_identity->accountName;
    m_ownUserId = user.id;
    return user;
}

void CodeArtsBackend::readOwnUser(ServiceJob *job, UserHandler onUser)
{
    send(job, HttpRequest::get(emailsPath),
         [this, job, onUser = std::move(onUser)](const HttpResponse &response) {
             if (const std::optional<User> self = userFrom(job, response))
                 onUser(*self);
         });
}

ServiceError CodeArtsBackend::notTheSignedInAccount(const QString &userId, const User &self) const
{
    return { ServiceError::Kind::NotFound,
             tr("CodeArts Repo can only show and change the signed-in account (%1, id %2); "
                "user %3 is not it.")
                 .arg(self.login, self.id, userId) };
}

UserPageJob *CodeArtsBackend::listUsers(const UserQuery &query)
{
    auto *job = new UserPageJob(this);
    if (failIfMisconfigured(job))
        return job;
    if (query.match == UserQuery::Match::Contains) {
        job->fail({ ServiceError::Kind::Unsupported,
                    UserLookup::textSearchUnsupported(capabilities().apiName) });
        return job;
    }
    if (!query.pageToken.isEmpty()) {
        // The single page was the whole list; nothing lies beyond it.
        UserPage page;
        page.totalCount = 1;
        job->succeed(page);
        return job;
    }
    // The only user there is: an exact lookup (id or address) is a comparison with it.
    readOwnUser(job, [job, query](const User &self) {
        UserPage page;
        if (query.match == UserQuery::Match::All || UserLookup::matches(query, self))
            page.users.append(self);
        page.totalCount = page.users.size();
        job->succeed(page);
    });
    return job;
}

UserJob *CodeArtsBackend::user(const QString &userId)
{
    auto *job = new UserJob(this);
    if (failIfMisconfigured(job))
        return job;
    const QString wantedId = userId.trimmed();
    readOwnUser(job, [this, job, wantedId](const User &self) {
        if (self.id == wantedId)
            job->succeed(self);
        else
            job->fail(notTheSignedInAccount(wantedId, self));
    });
    return job;
}

EmailChangeJob *CodeArtsBackend::changeEmail(const QString &userId,
                                             const EmailChangeRequest &request)
{
    auto *job = new EmailChangeJob(this);
    if (failIfMisconfigured(job))
        return job;

    const QString newEmail = request.newEmail.trimmed();
    const QString code = request.verificationCode.trimmed();
    QMap<QString, QString> problems;
    if (newEmail.isEmpty())
        problems.insert(RequestField::newEmail, tr("Enter the new email address."));
    else if (!looksLikeEmail(newEmail))
        problems.insert(RequestField::newEmail,
                        tr("\"%1\" is not an email address.").arg(newEmail));
    if (code.isEmpty())
        problems.insert(RequestField::verificationCode,
                        tr("Enter the verification code that was mailed to the new address (use "
                           "\"Send code\" first)."));
    if (!problems.isEmpty()) {
        ServiceError error(ServiceError::Kind::Validation,
                           QStringList(problems.values()).join(QLatin1Char(' ')));
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            error.withFieldError(it.key(), it.value());
        job->fail(error);
        return job;
    }

    const QString wantedId = userId.trimmed();
    const auto put = [this, job, newEmail, code] {
        const QJsonObject body { { QStringLiteral("email"), newEmail },
                                 { QStringLiteral("verify_code"), code } };
        send(job, HttpRequest::json("PUT", emailsPath, body),
             [this, job](const HttpResponse &response) {
                 if (const std::optional<User> updated = userFrom(job, response)) {
                     EmailChangeOutcome outcome;
                     outcome.kind = EmailChangeOutcome::Kind::ChangedNow;
                     outcome.user = *updated;
                     job->succeed(outcome);
                 }
             });
    };
    // The PUT acts on whoever owns the token, so make sure that is the account meant.
    if (wantedId.isEmpty() || (!m_ownUserId.isEmpty() && wantedId == m_ownUserId)) {
        put();
        return job;
    }
    readOwnUser(job, [this, job, wantedId, put](const User &self) {
        if (self.id == wantedId)
            put();
        else
            job->fail(notTheSignedInAccount(wantedId, self));
    });
    return job;
}

ActionJob *CodeArtsBackend::requestVerificationCode(const QString &newEmail)
{
    auto *job = new ActionJob(this);
    if (failIfMisconfigured(job))
        return job;
    const QString email = newEmail.trimmed();
    if (email.isEmpty() || !looksLikeEmail(email)) {
        const QString message = email.isEmpty() ? tr("Enter the new email address.")
                                                : tr("\"%1\" is not an email address.").arg(email);
        job->fail(ServiceError(ServiceError::Kind::Validation, message)
                      .withFieldError(RequestField::newEmail, message));
        return job;
    }
    send(job,
         HttpRequest::json("POST", verifyCodePath,
                           QJsonObject { { QStringLiteral("email"), email } }),
         [job, email](const HttpResponse &) {
             job->succeed(tr("A verification code was sent to %1.").arg(email));
         });
    return job;
}
