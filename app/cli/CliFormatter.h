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
    static QString outcomeName(EmailChangeOutcome::Kind kind);

    static QJsonObject outcomeJson(const EmailChangeOutcome &outcome, const QString &newEmail);
    static QJsonObject errorJson(const ServiceError &error);

    /// Aligned columns. A streamed listing passes the same `columnWidths` for every page (the
    /// first page sets them) and asks for the header with the first page only.
    static QString usersTable(const QList<User> &users, QList<qsizetype> *columnWidths = nullptr,
                              bool withHeader = true);
    /// Columns aligned on their widest cell, two spaces apart; see usersTable() for
    /// `columnWidths` and `withHeader`.
    static QString alignedTable(const QStringList &headers, const QList<QStringList> &rows,
                                QList<qsizetype> *columnWidths = nullptr, bool withHeader = true);
    static QString userDetails(const User &user);
    /// One line: the message, then each field problem named as the CLI argument that caused it.
    static QString errorLine(const ServiceError &error);
};
