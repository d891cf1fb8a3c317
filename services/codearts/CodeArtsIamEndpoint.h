#pragma once

#include "TokenAuthenticator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

/// The signed-in identity as Huawei IAM reports it with a token (account = IAM "domain").
struct HuaweiIdentity
{
    QString accountId;
    QString accountName;
    QString userName;
};

/// Huawei IAM's password login, `POST /v3/auth/tokens` with the Keystone v3 body, scoped to the
/// project (region) of the CodeArts endpoint. The token arrives in the X-Subject-Token response
/// header and is sent to CodeArts as X-Auth-Token. IAM tokens have no refresh token: renewing
/// means logging in again, which TokenAuthenticator does shortly before expiry and after a 401.
///
/// The password lives in this object only, in memory; it is never logged.
class CodeArtsIamEndpoint : public TokenEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(CodeArtsIamEndpoint)

public:
    struct Login
    {
        /// Huawei account (IAM domain) name.
        QString account;
        /// IAM user name.
        QString user;
        /// Project, i.e. region name ("ap-southeast-3").
        QString project;
    };

    /// `identity` (may be null) receives who IAM says signed in, each time a token arrives.
    CodeArtsIamEndpoint(Login login, QString password, std::shared_ptr<HuaweiIdentity> identity);

    static const QString tokensPath;

    HttpRequest tokenRequest(const QString &refreshToken) const override;
    std::variant<IssuedToken, ServiceError> parse(const HttpResponse &response) const override;
    ServiceError mapError(const HttpResponse &response) const override;

    /// Keystone times ("2019-02-13T06:52:13.855000Z"); a time without zone is UTC.
    static QDateTime parseTime(const QString &text);

private:
    Login m_login;
    QString m_password;
    std::shared_ptr<HuaweiIdentity> m_identity;
};
