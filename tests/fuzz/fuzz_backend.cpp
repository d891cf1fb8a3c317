// Fuzz target for one backend's decoder of untrusted answers: the list page, the single user or
// the error body, as chosen at build time (IDENTITYDESK_FUZZ_BACKEND, IDENTITYDESK_FUZZ_DECODER).
// The bytes arrive through the real pipeline (HttpCall, ResponseIntegrity, the backend's own
// decoder or error mapper) from a FuzzNetwork instead of a socket.
//
// page, user: the input is the body of a 200 answer to listUsers() or user().
// error:      byte 0 picks the error status, byte 1 the operation (list, user, change email),
//             the rest is the body.

#include "BackendFactory.h"
#include "FuzzNetwork.h"
#include "FuzzSupport.h"
#include "IdentityBackend.h"
#include "ServiceJob.h"

#include <QPointer>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

struct Target
{
    ConnectionSettings settings;
    QString secret;
    /// An id the backend accepts, so that user() reaches the network.
    QString userId;
};

Target target()
{
    Target t;
    t.settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    t.secret = QStringLiteral("fuzz-secret");
    const QString backend = QStringLiteral(IDENTITYDESK_FUZZ_BACKEND);
    if (backend == QLatin1String("gcore")) {
        t.settings.kind = BackendKind::GcoreIam;
        t.settings.authMethod = AuthMethod::ApiKey;
        t.userId = QStringLiteral("100000");
    } else if (backend == QLatin1String("zitadel")) {
        t.settings.kind = BackendKind::ZitadelManagement;
        t.settings.authMethod = AuthMethod::PersonalAccessToken;
        t.settings.organisationId = QStringLiteral("276381956392018433");
        t.userId = QStringLiteral("289374650128430033");
    } else if (backend == QLatin1String("codearts")) {
        t.settings.kind = BackendKind::CodeArtsRepo;
        t.settings.authMethod = AuthMethod::SessionToken;
        t.settings.accountName = QStringLiteral("demo-domain");
        t.settings.projectName = QStringLiteral("ap-southeast-3");
        t.userId = QStringLiteral("21820");
    } else { // acronis
        t.settings.kind = BackendKind::Acronis;
        t.settings.authMethod = AuthMethod::ClientCredentials;
        t.settings.principal = QStringLiteral("fuzz-client");
        t.settings.organisationId = QStringLiteral("73b6417b-876a-5831-9141-908e5ce0e5d3");
        t.userId = QStringLiteral("c16f1e0b-ded7-5221-bf39-9439ddbe0767");
    }
    return t;
}

/// Error statuses only: 429 and 503 would make HttpCall wait and retry (its own tests cover that),
/// 3xx would be followed.
constexpr int errorStatuses[] = { 400, 401, 403, 404, 405, 409, 410, 412, 413, 422, 500, 502, 504 };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    static const Target t = target();
    const QByteArray decoder = IDENTITYDESK_FUZZ_DECODER;

    int status = 200;
    int operation = decoder == "user" ? 1 : 0;
    QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    if (decoder == "error") {
        if (size < 2)
            return -1; // not a valid input: keep it out of the corpus
        status = errorStatuses[data[0] % std::size(errorStatuses)];
        operation = data[1] % 3;
        body.remove(0, 2);
    }

    static FuzzNetwork network;
    network.answerWith(status, "application/json", body);
    std::unique_ptr<IdentityBackend> backend(
        BackendFactory::create(&network, t.settings, t.secret));
    QPointer<ServiceJob> job;
    if (operation == 0) {
        job = backend->listUsers(UserQuery());
    } else if (operation == 1) {
        job = backend->user(t.userId);
    } else {
        EmailChangeRequest request;
        request.newEmail = QStringLiteral("new@example.org");
        request.password = QStringLiteral("fuzz-password");
        request.verificationCode = QStringLiteral("123456");
        job = backend->changeEmail(t.userId, request);
    }
    bool finished = false;
    QObject::connect(job, &ServiceJob::finished, [&finished] { finished = true; });
    fuzz::runUntil([&] { return finished || job.isNull(); });
    backend.reset();
    fuzz::runUntil([] { return true; });
    return 0;
}
