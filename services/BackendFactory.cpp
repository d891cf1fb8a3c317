#include "BackendFactory.h"

#include "AcronisBackend.h"
#include "CodeArtsBackend.h"
#include "GcoreBackend.h"
#include "ZitadelManagementBackend.h"
#include "ZitadelSelfBackend.h"
#include "ZitadelUserServiceBackend.h"

IdentityBackend *BackendFactory::create(QNetworkAccessManager *network,
                                        const ConnectionSettings &settings, const QString &secret,
                                        QObject *parent)
{
    switch (settings.kind) {
    case BackendKind::GcoreIam:
        return new GcoreBackend(network, settings, secret, parent);
    case BackendKind::ZitadelManagement:
        if (settings.zitadelApi == ZitadelApiVersion::V2)
            return new ZitadelUserServiceBackend(network, settings, secret, parent);
        return new ZitadelManagementBackend(network, settings, secret, parent);
    case BackendKind::ZitadelSelf:
        return new ZitadelSelfBackend(network, settings, secret, parent);
    case BackendKind::CodeArtsRepo:
        return new CodeArtsBackend(network, settings, secret, parent);
    case BackendKind::Acronis:
        return new AcronisBackend(network, settings, secret, parent);
    }
    return nullptr;
}
