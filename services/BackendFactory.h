#pragma once

#include "ConnectionSettings.h"

#include <QString>

class IdentityBackend;
class QNetworkAccessManager;
class QObject;

/// Creates the backend for a connection. The secret stays in the backend's memory only.
class BackendFactory
{
public:
    static IdentityBackend *create(QNetworkAccessManager *network,
                                   const ConnectionSettings &settings, const QString &secret,
                                   QObject *parent = nullptr);
};
