#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

/// The words of the profile editor that depend on the backend kind or sign-in method.
class ProfileFieldText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFieldText)

public:
    /// "API key", "Client credentials", ... for the sign-in method combo box.
    static QString methodName(AuthMethod method);
    /// What the secret is called for a method ("Client secret"), without the colon.
    static QString secretLabel(AuthMethod method);
    /// The sentence shown while a new profile's secret is missing.
    static QString secretRequired(AuthMethod method);
    /// An example base URL, shown as the placeholder.
    static QString baseUrlExample(BackendKind kind);
};
