#pragma once

#include "MockRequest.h"
#include "MockResponse.h"
#include "MockUser.h"

#include <QJsonObject>

#include <optional>

class ZitadelAccess;
class ZitadelDirectory;

/// The routes of ZITADEL's user service v2 (`/v2/users...`) that IdentityDesk uses, written from
/// `zitadel/user/v2/user_service.proto` (ListUsers, GetUserByID, UpdateUser, SetEmail,
/// ResendEmailCode, SendEmailCode, VerifyEmail) over the same directory as management v1, so a
/// change through one API is seen through the other.
///
/// The service account sees the users of the organisations it is a member of; others answer
/// PERMISSION_DENIED, as upstream's per-user permission check. UpdateUser applies `human.email`
/// only; other fields are validated and then refused as unimplemented by the mock.
class ZitadelUserServiceV2
{
public:
    ZitadelUserServiceV2(ZitadelDirectory &directory, const ZitadelAccess &access);

    MockResponse listUsers(const MockRequest &request) const;
    MockResponse getUser(const MockRequest &request) const;
    MockResponse updateUser(const MockRequest &request) const;
    MockResponse setEmail(const MockRequest &request) const;
    MockResponse resendEmailCode(const MockRequest &request) const;
    MockResponse sendEmailCode(const MockRequest &request) const;
    MockResponse verifyEmail(const MockRequest &request) const;

private:
    /// The user of the path, readable by the caller, or the error to answer.
    std::optional<MockResponse> findUser(const MockRequest &request, bool write,
                                         MockUser *user) const;
    /// Answers ResendEmailCode and SendEmailCode.
    MockResponse codeRequest(const MockRequest &request, bool onlyWhenWaiting) const;

    ZitadelDirectory &m_directory;
    const ZitadelAccess &m_access;
};
