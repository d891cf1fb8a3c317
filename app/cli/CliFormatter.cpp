#include "CliFormatter.h"

#include "PendingEmailChanges.h"
#include "UserFields.h"
#include "UserJson.h"
#include "UserWords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

namespace {
QString argumentFor(const QString &field)
{
    if (field == RequestField::newEmail)
        return QStringLiteral("NEW_EMAIL");
    if (field == RequestField::password)
        return QStringLiteral("password (--password-stdin)");
    if (field == RequestField::verificationCode)
        return QStringLiteral("--code");
    return field;
}
} // namespace

QString CliFormatter::outcomeName(EmailChangeOutcome::Kind kind)
{
    switch (kind) {
    case EmailChangeOutcome::Kind::ChangedNow:
        return QStringLiteral("changed");
    case EmailChangeOutcome::Kind::VerificationMailSent:
        return QStringLiteral("verification-mail-sent");
    case EmailChangeOutcome::Kind::AwaitingConfirmationAtOldAddress:
        return QStringLiteral("awaiting-confirmation-at-old-address");
    }
    return QStringLiteral("changed");
}

QJsonObject CliFormatter::outcomeJson(const EmailChangeOutcome &outcome, const QString &newEmail)
{
    QJsonObject object { { QStringLiteral("outcome"), outcomeName(outcome.kind) },
                         { QStringLiteral("newEmail"), newEmail },
                         { QStringLiteral("summary"), outcome.summary(newEmail) } };
    if (outcome.user)
        object.insert(QStringLiteral("user"), UserJson::toObject(*outcome.user));
    return object;
}

QJsonObject CliFormatter::errorJson(const ServiceError &error)
{
    QJsonObject fields;
    for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it)
        fields.insert(it.key(), it.value());
    QJsonObject object { { QStringLiteral("kind"), error.kindName() },
                         { QStringLiteral("message"), error.message() },
                         { QStringLiteral("fields"), fields } };
    if (error.httpStatus() > 0)
        object.insert(QStringLiteral("httpStatus"), error.httpStatus());
    if (!error.backendCode().isEmpty())
        object.insert(QStringLiteral("backendCode"), error.backendCode());
    if (error.retryAfterSeconds() > 0)
        object.insert(QStringLiteral("retryAfterSeconds"), error.retryAfterSeconds());
    if (error.currentUser())
        object.insert(QStringLiteral("currentUser"), UserJson::toObject(*error.currentUser()));
    return { { QStringLiteral("error"), object } };
}

QString CliFormatter::usersTable(const QList<User> &users, QList<qsizetype> *columnWidths,
                                 bool withHeader)
{
    const QStringList headers { tr("ID"), tr("EMAIL"), tr("VERIFIED"), tr("STATE"), tr("NAME") };
    QList<QStringList> rows;
    rows.reserve(users.size());
    for (const User &user : users) {
        rows.append({ user.id, user.email.isEmpty() ? QStringLiteral("-") : user.email,
                      UserWords::verification(user.verification), UserWords::stateText(user),
                      user.displayName });
    }
    return alignedTable(headers, rows, columnWidths, withHeader);
}

QString CliFormatter::alignedTable(const QStringList &headers, const QList<QStringList> &rows,
                                   QList<qsizetype> *columnWidths, bool withHeader)
{
    QList<qsizetype> ownWidths;
    QList<qsizetype> &widths = columnWidths ? *columnWidths : ownWidths;
    if (widths.isEmpty()) {
        // The first rows set the widths; a streamed listing keeps them for later pages.
        for (const QString &header : headers)
            widths.append(header.size());
        for (const QStringList &row : rows) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths.at(i), row.at(i).size());
        }
    }
    QString text;
    QTextStream out(&text);
    const auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            out << (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i) + 2)
                                         : cells.at(i));
        out << '\n';
    };
    if (withHeader)
        line(headers);
    for (const QStringList &row : rows)
        line(row);
    return text;
}

QString CliFormatter::userDetails(const User &user)
{
    const QList<std::pair<QString, QString>> fields {
        { tr("Id:"), user.id },
        { tr("Login:"), user.login },
        { tr("Name:"), user.displayName },
        { tr("Email:"), user.email },
        { tr("Verified:"), UserWords::verification(user.verification) },
        { tr("State:"), UserWords::stateText(user) },
        { tr("Organisation:"),
          user.organisationName.isEmpty() ? user.organisationId
                                          : user.organisationName + QStringLiteral(" (")
                  + user.organisationId + QLatin1Char(')') },
        { tr("Version:"), user.version },
        { tr("Pending email:"), user.pendingEmail },
        { tr("Pending since:"),
          user.pendingSince.isValid() ? tr("%1 (%2 ago, as this computer's change journal says)")
                                            .arg(user.pendingSince.toUTC().toString(
                                                     QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                                 PendingEmailChanges::ageText(user.pendingSince))
                                      : QString() },
    };
    // Aligned on the longest label, which depends on the language.
    qsizetype width = 0;
    for (const auto &[label, value] : fields)
        width = qMax(width, label.size());
    QString text;
    QTextStream out(&text);
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << label.leftJustified(width + 2) << value << '\n';
    }
    return text;
}

QString CliFormatter::errorLine(const ServiceError &error)
{
    QString line = error.message();
    for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it) {
        if (!line.contains(it.value()))
            line += QStringLiteral(" [%1: %2]").arg(argumentFor(it.key()), it.value());
        else if (!line.contains(argumentFor(it.key())))
            line += QStringLiteral(" [%1]").arg(argumentFor(it.key()));
    }
    if (error.retryAfterSeconds() > 0)
        line += tr(" (retry after %1 s)").arg(error.retryAfterSeconds());
    return line;
}
