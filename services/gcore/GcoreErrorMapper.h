#pragma once

#include "HttpExchange.h"
#include "ServiceError.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// Turns Gcore IAM error answers into ServiceErrors a helpdesk person understands.
///
/// IAM is a Django REST framework service and answers errors in several documented shapes
/// (API.md §1, specs/gcore-iam.yaml), all of which are accepted on any route:
/// - the email route's array `[{"errors": {"new_email": "text"}}]`;
/// - DRF's validation object `{"errors": {"field": ["text", ...]}}` (also with plain strings);
/// - `{"message": "JSON parse error - ..."}`;
/// - `{"detail": "...", "code": "..."}` for 401/403/404/429/5xx;
/// - a bare array of strings (e.g. "User 7 has already been invited to client 9").
///
/// Field messages land on RequestField::newEmail / RequestField::password. Gcore has no error
/// codes of its own; simplejwt's `code` ("token_not_valid"), when sent, becomes backendCode().
class GcoreErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(GcoreErrorMapper)

public:
    static ServiceError map(const HttpResponse &response);
    /// For POST /iam/auth/jwt/login and /refresh: "No active account found" becomes
    /// Unauthenticated "Wrong user name or password."; field errors there concern the
    /// profile's credentials, not a request field.
    static ServiceError mapLogin(const HttpResponse &response);

    /// What an error body says, whatever its shape.
    struct Body
    {
        bool isJson = false;
        /// (API field name, text) in the order the server sent them.
        QList<QPair<QString, QString>> fieldMessages;
        /// Texts not bound to a field (`errors.errors`, `non_field_errors`, bare strings).
        QStringList generalMessages;
        QString detail;
        QString message;
        QString code;
    };
    static Body parse(const QByteArray &data);

private:
    static ServiceError mapStatus(const HttpResponse &response, const Body &body);
    static ServiceError mapFieldErrors(const Body &body);
};
