#pragma once

#include "EmailChange.h"
#include "ServiceError.h"
#include "User.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

/// How identitydesk-cli prints results: aligned text for people, stable JSON for scripts.
/// JSON field names and enum spellings are part of the CLI's contract; do not rename them.
class CliFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CliFormatter)

public:
    static QString verificationName(EmailVerification verification);
    static QString stateName(UserState state);
    static QString outcomeName(EmailChangeOutcome::Kind kind);

    static QJsonObject userJson(const User &user);
    static QJsonObject outcomeJson(const EmailChangeOutcome &outcome, const QString &newEmail);
    static QJsonObject errorJson(const ServiceError &error);

    static QString usersTable(const QList<User> &users);
    static QString userDetails(const User &user);
    /// One line: the message, then each field problem named as the CLI argument that caused it.
    static QString errorLine(const ServiceError &error);
};
