#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/// A validated `userPut` body of PUT /api/2/users/{user_id}: `additionalProperties: false` at
/// both levels, `version` required, types and formats checked. Values that the directory
/// keeps as plain fields are typed members; the rest are stored as JSON overlays.
class AcronisUserPut
{
public:
    /// Parses `body`; on failure `problem()` names every offending field.
    static AcronisUserPut parse(const QByteArray &body);

    bool isValid() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

    qint64 version = 0;
    std::optional<QString> login;
    std::optional<QString> email;
    /// For nullable strings an empty value means "set to null".
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> phone;
    std::optional<bool> emailConfirmed;
    std::optional<QString> language;
    std::optional<bool> enabled;
    /// `contact.tenant_id` / `contact.user_id` when given: they must name this user.
    std::optional<QString> contactTenantId;
    std::optional<QString> contactUserId;
    /// User fields kept verbatim (notifications, external_id, idp_id, disable_after).
    QJsonObject userFields;
    /// Contact fields kept verbatim (types, address1, ..., fax).
    QJsonObject contactFields;

private:
    QString m_problem;
};
