#pragma once

#include "MockServerConfig.h"
#include "UserDirectory.h"

#include <QJsonObject>
#include <QString>

/// The CodeArts Repo side of the mock: a handful of users (integer ids from 21820, 32-hex
/// "long user IDs") of which the first is the demo IAM user, plus the IAM account identity
/// (domain and user ids) that POST /v3/auth/tokens reports for that user.
/// Thread-safe: the users live in a UserDirectory, everything else is immutable.
class CodeArtsDirectory
{
public:
    explicit CodeArtsDirectory(const MockServerConfig &config);

    UserDirectory &users() { return m_users; }
    const UserDirectory &users() const { return m_users; }

    /// CodeArts id ("21820") of the user behind the demo IAM user and the pre-issued token.
    const QString &selfId() const { return m_selfId; }
    /// IAM user id of the demo user: 32 hex digits, also its CodeArts `username`.
    const QString &iamUserId() const { return m_iamUserId; }
    const QString &domainId() const { return m_domainId; }
    /// Deterministic IAM project id for a project (region) name.
    QString projectId(const QString &projectName) const;

    /// The CodeArts user object (GET/PUT /v4/user/emails); `withDefaultFlag` adds the
    /// `is_default` field that only the GET response documents.
    QJsonObject userJson(const MockUser &user, bool withDefaultFlag) const;

    /// "2025-03-27T14:17:11.000+08:00": CodeArts reports times in China Standard Time.
    static QString timestamp(const QDateTime &time);

private:
    QString longUserId(int index) const;
    QString hexId(quint64 key) const;

    quint64 m_seed;
    QString m_selfId;
    QString m_iamUserId;
    QString m_domainId;
    UserDirectory m_users;
};
