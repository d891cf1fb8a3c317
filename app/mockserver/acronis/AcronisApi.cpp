#include "AcronisApi.h"

#include "AcronisJson.h"
#include "AcronisUserPut.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
const QString UsersPath = QStringLiteral("/api/2/users/{user_id}");

/// A query flag documented as boolean: absent, "true" or "false".
bool isBooleanOrAbsent(const MockRequest &request, const QString &name)
{
    if (!request.hasQueryItem(name))
        return true;
    const QString value = request.queryItem(name).toLower();
    return value == QLatin1String("true") || value == QLatin1String("false");
}

/// 400 for the first documented boolean query flag that is not "true"/"false", if any.
std::optional<MockResponse> rejectBadFlags(const MockRequest &request, const QStringList &names)
{
    for (const QString &name : names) {
        if (!isBooleanOrAbsent(request, name)) {
            return AcronisErrorShape::make(
                400, QStringLiteral("Query parameter %1 must be true or false.").arg(name));
        }
    }
    return std::nullopt;
}

MockResponse badUuid(const QString &what, const QString &value)
{
    return AcronisErrorShape::make(
        400, QStringLiteral("%1 \"%2\" is not a valid UUID.").arg(what, value.left(64)));
}

MockResponse userNotFound(const QString &id)
{
    return AcronisErrorShape::make(404, 404, QStringLiteral("User not found."),
                                   QStringLiteral("No user with id %1.").arg(id),
                                   QJsonObject { { QStringLiteral("id"), id } });
}

/// Errors of the /mock/acronis/ helper routes, in the generic shape of the /mock/ routes.
MockResponse mockError(int status, const QString &message)
{
    return MockResponse::json(
        status,
        QJsonObject { { QStringLiteral("error"), message }, { QStringLiteral("status"), status } });
}
} // namespace

AcronisApi::AcronisApi(const MockContext &context)
    : m_context(context)
    , m_directory(context.config.seed, context.config.usersFor(context.config.acronisUsers))
    , m_auth(context)
{ }

void AcronisApi::registerRoutes(MockRouter &router)
{
    router.addErrorShape(QStringLiteral("/api/2/"), m_errorShape);

    router.add("POST", QStringLiteral("/api/2/idp/token"),
               [this](const MockRequest &request) { return m_auth.issueToken(request); });
    router.add("GET", QStringLiteral("/api/2/tenants/{tenant_id}/users"),
               authenticated([this](const MockRequest &r) { return tenantUsers(r); }));
    router.add("GET", QStringLiteral("/api/2/tenants/{tenant_id}"),
               authenticated([this](const MockRequest &r) { return getTenant(r); }));
    router.add("GET", QStringLiteral("/api/2/users"),
               authenticated([this](const MockRequest &r) { return usersBatch(r); }));
    router.add("GET", UsersPath,
               authenticated([this](const MockRequest &r) { return getUser(r); }));
    router.add("PUT", UsersPath,
               authenticated([this](const MockRequest &r) { return putUser(r); }));
    router.add("POST", QStringLiteral("/api/2/users/{user_id}/send-activation-email"),
               authenticated([this](const MockRequest &r) { return sendActivationEmail(r); }));

    router.add("GET", QStringLiteral("/mock/acronis/tenants"),
               [this](const MockRequest &) { return tenants(); });
    router.add("GET", QStringLiteral("/mock/acronis/confirm-email"),
               [this](const MockRequest &r) { return confirmEmail(r); });
    router.add("GET", QStringLiteral("/mock/acronis/activate"),
               [this](const MockRequest &r) { return activate(r); });
}

MockRouter::Handler AcronisApi::authenticated(MockRouter::Handler handler) const
{
    return [this, handler = std::move(handler)](const MockRequest &request) {
        if (std::optional<MockResponse> rejection = m_auth.rejectUnauthenticated(request))
            return *rejection;
        return handler(request);
    };
}

MockResponse AcronisApi::tenantUsers(const MockRequest &request) const
{
    const QString tenantId = request.pathArg(0).toLower();
    if (!AcronisJson::isUuid(tenantId))
        return badUuid(QStringLiteral("Tenant id"), request.pathArg(0));
    if (auto rejection =
            rejectBadFlags(request,
                           { QStringLiteral("include_grand_children"),
                             QStringLiteral("include_hidden"), QStringLiteral("allow_deleted") }))
        return *rejection;
    const std::optional<AcronisDirectory::Order> order =
        AcronisDirectory::parseOrder(request.queryItem(QStringLiteral("order")));
    if (!order) {
        return AcronisErrorShape::make(
            400,
            QStringLiteral("Query parameter order has an unsupported value \"%1\"; use as_is, "
                           "login, status, name, roles, level, usage.<name>, mfa_status or "
                           "contact_types, optionally prefixed with -.")
                .arg(request.queryItem(QStringLiteral("order")).left(64)));
    }
    if (!m_directory.hasTenant(tenantId)) {
        return AcronisErrorShape::make(404, 404, QStringLiteral("Tenant not found."),
                                       QStringLiteral("No tenant with id %1.").arg(tenantId),
                                       QJsonObject { { QStringLiteral("id"), tenantId } });
    }
    return MockResponse::json(200,
                              QJsonObject { { QStringLiteral("items"),
                                              QJsonArray::fromStringList(
                                                  m_directory.tenantUserIds(tenantId, *order)) } });
}

MockResponse AcronisApi::getTenant(const MockRequest &request) const
{
    const QString tenantId = request.pathArg(0).toLower();
    if (!AcronisJson::isUuid(tenantId))
        return badUuid(QStringLiteral("Tenant id"), request.pathArg(0));
    if (auto rejection = rejectBadFlags(request, { QStringLiteral("allow_deleted") }))
        return *rejection;
    const std::optional<MockOrg> tenant = m_directory.tenant(tenantId);
    if (!tenant) {
        return AcronisErrorShape::make(404, 404, QStringLiteral("Tenant not found."),
                                       QStringLiteral("No tenant with id %1.").arg(tenantId),
                                       QJsonObject { { QStringLiteral("id"), tenantId } });
    }
    return MockResponse::json(200, AcronisJson::tenant(*tenant));
}

MockResponse AcronisApi::usersBatch(const MockRequest &request) const
{
    constexpr qsizetype MaxUuids = 100;
    const QStringList exclusive = { QStringLiteral("subtree_root_tenant_id"),
                                    QStringLiteral("tenant_id"), QStringLiteral("external_ids") };
    if (!request.hasQueryItem(QStringLiteral("uuids"))) {
        // Inference/limitation: the cursor-paged subtree listing is not part of this mock.
        return AcronisErrorShape::make(
            400,
            QStringLiteral("Query parameter uuids is required: uuids=<uuid>,<uuid>,... "
                           "(at most 100)."));
    }
    for (const QString &name : exclusive) {
        if (request.hasQueryItem(name)) {
            return AcronisErrorShape::make(
                400,
                QStringLiteral("Query parameter uuids is mutually exclusive with %1.").arg(name));
        }
    }
    if (auto rejection = rejectBadFlags(
            request, { QStringLiteral("allow_deleted"), QStringLiteral("with_access_policies") }))
        return *rejection;

    AcronisJson::Lod lod = AcronisJson::Lod::Full;
    if (request.hasQueryItem(QStringLiteral("lod"))) {
        const QString value = request.queryItem(QStringLiteral("lod"));
        if (value == QLatin1String("stamps"))
            lod = AcronisJson::Lod::Stamps;
        else if (value == QLatin1String("basic"))
            lod = AcronisJson::Lod::Basic;
        else if (value != QLatin1String("full"))
            return AcronisErrorShape::make(
                400, QStringLiteral("Query parameter lod must be stamps, basic or full."));
    }

    const QStringList uuids = request.queryItem(QStringLiteral("uuids")).split(QLatin1Char(','));
    if (uuids.size() > MaxUuids) {
        return AcronisErrorShape::make(
            400,
            QStringLiteral("Query parameter uuids accepts at most %1 UUIDs (got %2).")
                .arg(MaxUuids)
                .arg(uuids.size()));
    }
    for (const QString &uuid : uuids) {
        if (!AcronisJson::isUuid(uuid))
            return badUuid(QStringLiteral("uuids entry"), uuid);
    }

    JsonWriter out(100 + uuids.size() * 1500);
    out.beginObject();
    out.key("items").beginArray();
    QSet<QString> seen;
    for (const QString &uuid : uuids) {
        const QString id = uuid.toLower();
        if (seen.contains(id))
            continue; // Inference: a repeated uuid is returned once, like a set filter.
        seen.insert(id);
        const std::optional<AcronisUserRecord> record = m_directory.find(id);
        if (!record)
            continue;
        if (lod == AcronisJson::Lod::Full && AcronisJson::hasDefaultFields(*record)) {
            AcronisJson::writeBatchUser(out, *record);
        } else {
            out.raw(QJsonDocument(AcronisJson::withLod(AcronisJson::user(*record, true), lod))
                        .toJson(QJsonDocument::Compact));
        }
    }
    out.endArray();
    out.key("timestamp").value(AcronisJson::plainTimestamp(QDateTime::currentDateTimeUtc()));
    out.endObject();
    return MockResponse::json(200, out.take());
}

MockResponse AcronisApi::getUser(const MockRequest &request) const
{
    const QString id = request.pathArg(0).toLower();
    if (!AcronisJson::isUuid(id))
        return badUuid(QStringLiteral("User id"), request.pathArg(0));
    if (auto rejection = rejectBadFlags(request, { QStringLiteral("allow_deleted") }))
        return *rejection;
    const std::optional<AcronisUserRecord> record = m_directory.find(id);
    if (!record)
        return userNotFound(id);
    return MockResponse::json(200, AcronisJson::user(*record));
}

MockResponse AcronisApi::putUser(const MockRequest &request)
{
    const QString id = request.pathArg(0).toLower();
    if (!AcronisJson::isUuid(id))
        return badUuid(QStringLiteral("User id"), request.pathArg(0));
    if (request.mediaType() != "application/json") {
        const QString given = request.hasHeader("Content-Type")
            ? QString::fromLatin1(request.mediaType())
            : QStringLiteral("none");
        return AcronisErrorShape::make(
            415,
            QStringLiteral("Unsupported Content-Type (%1): send application/json.")
                .arg(given.left(64)));
    }
    const AcronisUserPut put = AcronisUserPut::parse(request.body());
    if (!put.isValid())
        return AcronisErrorShape::make(400, put.problem());

    const AcronisDirectory::Update update = m_directory.update(id, put);
    using Outcome = AcronisDirectory::Update::Outcome;
    const QJsonObject context { { QStringLiteral("id"), id },
                                { QStringLiteral("version"), update.currentVersion } };
    switch (update.outcome) {
    case Outcome::NotFound:
        return userNotFound(id);
    case Outcome::VersionMismatch:
        return AcronisErrorShape::make(
            409, AcronisErrorShape::VersionMismatch, QStringLiteral("Version mismatch"),
            QStringLiteral("The user is at version %1, the request was based on version %2; "
                           "fetch the user again and retry.")
                .arg(update.currentVersion)
                .arg(put.version),
            context);
    case Outcome::EmailTaken:
        // Inference: no platform code is documented for this conflict, so code = HTTP status.
        return AcronisErrorShape::make(
            409, 409, QStringLiteral("Another object of the same type already exists."),
            QStringLiteral("The email %1 is already used by another user.").arg(*put.email),
            context);
    case Outcome::LoginTaken:
        return AcronisErrorShape::make(
            409, 409, QStringLiteral("Another object of the same type already exists."),
            QStringLiteral("The login %1 is already used by another user.").arg(*put.login),
            context);
    case Outcome::WrongContact:
        return AcronisErrorShape::make(
            400,
            QStringLiteral("contact.tenant_id and contact.user_id must name the user "
                           "being updated."));
    case Outcome::Updated:
        break;
    }
    if (!update.confirmationToken.isEmpty()) {
        MockMail mail;
        mail.backend = QStringLiteral("acronis");
        mail.to = update.oldEmail;
        mail.subject = QStringLiteral("Confirm the change of your email address to %1")
                           .arg(update.record.user.pendingEmail);
        mail.link = link(QStringLiteral("/mock/acronis/confirm-email"), update.confirmationToken);
        m_context.mailbox.deliver(mail);
    }
    return MockResponse::json(200, AcronisJson::user(update.record));
}

MockResponse AcronisApi::sendActivationEmail(const MockRequest &request)
{
    const QString id = request.pathArg(0).toLower();
    if (!AcronisJson::isUuid(id))
        return badUuid(QStringLiteral("User id"), request.pathArg(0));
    QString token;
    QString email;
    switch (m_directory.issueActivation(id, &token, &email)) {
    case AcronisDirectory::ActivationOutcome::NotFound:
        return userNotFound(id);
    case AcronisDirectory::ActivationOutcome::AlreadyActivated:
        // Inference: the docs list no error for this case; 400 is the plausible answer.
        return AcronisErrorShape::make(400, QStringLiteral("The user is already activated."));
    case AcronisDirectory::ActivationOutcome::Issued:
        break;
    }
    MockMail mail;
    mail.backend = QStringLiteral("acronis");
    mail.to = email;
    mail.subject = QStringLiteral("Activate your account");
    mail.link = link(QStringLiteral("/mock/acronis/activate"), token);
    m_context.mailbox.deliver(mail);
    return MockResponse::empty(204);
}

MockResponse AcronisApi::tenants() const
{
    QJsonArray tenants;
    for (const MockOrg &tenant : m_directory.tenants()) {
        tenants.append(QJsonObject { { QStringLiteral("id"), tenant.id },
                                     { QStringLiteral("name"), tenant.name },
                                     { QStringLiteral("domain"), tenant.domain } });
    }
    return MockResponse::json(200, QJsonObject { { QStringLiteral("tenants"), tenants } });
}

MockResponse AcronisApi::confirmEmail(const MockRequest &request)
{
    const AcronisDirectory::LinkResult result =
        m_directory.confirmEmail(request.queryItem(QStringLiteral("token")));
    switch (result.outcome) {
    case AcronisDirectory::LinkResult::Outcome::Applied:
        return MockResponse::json(
            200,
            QJsonObject { { QStringLiteral("status"), QStringLiteral("confirmed") },
                          { QStringLiteral("user_id"), result.record.user.id },
                          { QStringLiteral("email"), result.record.user.email } });
    case AcronisDirectory::LinkResult::Outcome::EmailTaken:
        return mockError(409,
                         QStringLiteral("The new address is now used by another user; "
                                        "the change was dropped."));
    case AcronisDirectory::LinkResult::Outcome::UnknownToken:
    case AcronisDirectory::LinkResult::Outcome::AlreadyActivated:
        break;
    }
    return mockError(404, QStringLiteral("Unknown, replaced or already used confirmation link."));
}

MockResponse AcronisApi::activate(const MockRequest &request)
{
    const AcronisDirectory::LinkResult result =
        m_directory.activate(request.queryItem(QStringLiteral("token")));
    switch (result.outcome) {
    case AcronisDirectory::LinkResult::Outcome::Applied:
        return MockResponse::json(
            200,
            QJsonObject { { QStringLiteral("status"), QStringLiteral("activated") },
                          { QStringLiteral("user_id"), result.record.user.id } });
    case AcronisDirectory::LinkResult::Outcome::AlreadyActivated:
        return mockError(409, QStringLiteral("The user is already activated."));
    case AcronisDirectory::LinkResult::Outcome::UnknownToken:
    case AcronisDirectory::LinkResult::Outcome::EmailTaken:
        break;
    }
    return mockError(404, QStringLiteral("Unknown, replaced or already used activation link."));
}

QString AcronisApi::link(const QString &path, const QString &token) const
{
    return m_context.baseUrl() + path + QStringLiteral("?token=") + token;
}
