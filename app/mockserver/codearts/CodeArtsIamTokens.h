#pragma once

#include "JsonBody.h"
#include "MockRequest.h"
#include "MockResponse.h"
#include "TokenRegistry.h"

#include <optional>

class CodeArtsDirectory;
struct MockServerConfig;

/// Huawei IAM's password token endpoint (POST /v3/auth/tokens, Keystone v3 body) and the
/// X-Auth-Token check that CodeArts Repo applies with the tokens it issues.
class CodeArtsIamTokens
{
public:
    CodeArtsIamTokens(const MockServerConfig &config, const CodeArtsDirectory &directory);

    /// 201 with the token in the X-Subject-Token header; 400/401 in the IAM error body.
    MockResponse issue(const MockRequest &request);

    /// CodeArts user id for a live token: one issued here or the pre-issued console token.
    std::optional<QString> userFor(const QByteArray &token) const;

private:
    struct Credentials
    {
        QString domain;
        QString user;
        QString password;
        QString project;
    };

    static std::optional<Credentials> readBody(JsonBody &body);
    static std::optional<JsonBody> requiredObject(JsonBody &parent, const QString &field);
    static MockResponse badField(const FieldProblem &problem);

    const MockServerConfig &m_config;
    const CodeArtsDirectory &m_directory;
    TokenRegistry m_tokens;
};
