// Fuzz target for the token endpoints' answers: what Gcore's JWT login, ZITADEL's and Acronis's
// OAuth token endpoints and Huawei IAM send back, read by TokenEndpoint::parse (a success) and
// TokenEndpoint::mapError (a refusal).
//
// byte 0: endpoint (bits 1-2) and parse or mapError (bit 0); byte 1: the error status for
// mapError; the rest is the body. Huawei IAM's token itself travels in a header (fixed here).

#include "AcronisTokenEndpoint.h"
#include "CodeArtsIamEndpoint.h"
#include "FuzzSupport.h"
#include "GcoreJwtEndpoint.h"
#include "ZitadelTokenEndpoint.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {
std::unique_ptr<TokenEndpoint> endpoint(int which)
{
    switch (which) {
    case 0:
        return std::make_unique<GcoreJwtEndpoint>(QStringLiteral("fuzz@example.org"),
                                                  QStringLiteral("fuzz-password"));
    case 1:
        return std::make_unique<ZitadelTokenEndpoint>(QStringLiteral("fuzz-client"),
                                                      QStringLiteral("fuzz-secret"));
    case 2:
        return std::make_unique<CodeArtsIamEndpoint>(
            CodeArtsIamEndpoint::Login { QStringLiteral("demo-domain"), QStringLiteral("helpdesk"),
                                         QStringLiteral("ap-southeast-3") },
            QStringLiteral("fuzz-password"), std::make_shared<HuaweiIdentity>());
    default:
        return std::make_unique<AcronisTokenEndpoint>(QStringLiteral("fuzz-client"),
                                                      QStringLiteral("fuzz-secret"));
    }
}

constexpr int errorStatuses[] = { 400, 401, 403, 404, 409, 422, 429, 500, 502, 503 };
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    if (size < 2)
        return -1;
    static std::unique_ptr<TokenEndpoint> endpoints[] = { endpoint(0), endpoint(1), endpoint(2),
                                                          endpoint(3) };
    const TokenEndpoint &chosen = *endpoints[(data[0] >> 1) % 4];
    HttpResponse response;
    response.body = QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    response.headers = { { "Content-Type", "application/json" },
                         { "X-Subject-Token", "fuzz-subject-token" } };
    response.origin = QStringLiteral("POST /token");
    if (data[0] & 1) {
        response.status = errorStatuses[data[1] % std::size(errorStatuses)];
        (void)chosen.mapError(response);
    } else {
        response.status = data[1] & 1 ? 201 : 200;
        (void)chosen.parse(response);
    }
    return 0;
}
