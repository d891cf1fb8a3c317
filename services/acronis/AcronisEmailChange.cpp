#include "AcronisEmailChange.h"

#include "AcronisBackend.h"
#include "JsonReader.h"
#include "OrganisationNames.h"
#include "ServiceJob.h"
#include "UserWords.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {
/// The spec's `email` pattern is `\S+@\S+`; one @ and no spaces is what can be checked here.
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@]+$"));
    return pattern.match(text).hasMatch();
}
} // namespace

AcronisEmailChange::AcronisEmailChange(AcronisConnection &connection,
                                       AcronisPendingChanges &pendingChanges,
                                       OrganisationNames &tenantNames)
    : m_connection(connection)
    , m_pendingChanges(pendingChanges)
    , m_tenantNames(tenantNames)
{ }

void AcronisEmailChange::readUser(ServiceJob *job, const QString &userId, UserHandler onUser,
                                  AcronisConnection::FailureHandler onFailure)
{
    m_connection.readUser(job, userId, AcronisConnection::Operation::ReadUser,
                          m_pendingChanges.appliedBefore(std::move(onUser)), std::move(onFailure));
}

void AcronisEmailChange::start(EmailChangeJob *job, const QString &id,
                               const EmailChangeRequest &request)
{
    const QString newEmail = request.newEmail.trimmed();
    if (newEmail.isEmpty() || !looksLikeEmail(newEmail)) {
        const QString message = newEmail.isEmpty()
            ? AcronisBackend::tr("Enter the new email address.")
            : AcronisBackend::tr("\"%1\" is not an email address.").arg(newEmail.left(100));
        job->fail(ServiceError(ServiceError::Kind::Validation, message)
                      .withFieldError(RequestField::newEmail, message));
        return;
    }
    if (request.markVerified) {
        job->fail(ServiceError(
            ServiceError::Kind::Unsupported,
            AcronisBackend::tr("Acronis cannot mark an address as verified from IdentityDesk; "
                               "the user confirms it by mail.")));
        return;
    }

    // The version is read right before writing, so the PUT is based on what is there now; a
    // version the person saw earlier must still be current, or their view is out of date.
    readUser(
        job, id,
        [this, job, id, newEmail,
         expected = request.expectedVersion.trimmed()](const AcronisUserSnapshot &before) {
            if (!expected.isEmpty() && expected != before.user.version) {
                job->fail(ServiceError(ServiceError::Kind::Conflict,
                                       AcronisBackend::tr(
                                           "Someone changed this user after you opened it (email "
                                           "is now %1); reload and try again.")
                                           .arg(before.user.email))
                              .withCurrentUser(before.user));
                return;
            }
            if (before.user.email == newEmail) {
                const QString message =
                    AcronisBackend::tr("%1 already is this user's address.").arg(newEmail);
                job->fail(ServiceError(ServiceError::Kind::Validation, message)
                              .withFieldError(RequestField::newEmail, message));
                return;
            }
            const QJsonObject body {
                { QStringLiteral("contact"),
                  QJsonObject { { QStringLiteral("email"), newEmail } } },
                { QStringLiteral("version"), before.version },
            };
            m_connection.send(
                job, HttpRequest::json("PUT", AcronisConnection::userPath(id), body),
                AcronisConnection::Operation::ChangeEmail,
                [this, job, newEmail](const HttpResponse &response) {
                    const JsonReader root = JsonReader::parse(response);
                    AcronisUserSnapshot after = AcronisUserReader::read(root);
                    if (!root.ok()) {
                        job->fail(root.error());
                        return;
                    }
                    EmailChangeOutcome outcome;
                    if (after.user.email.compare(newEmail, Qt::CaseInsensitive) == 0) {
                        // Not activated: changed at once (and the version went up).
                        m_pendingChanges.forget(after.user.id);
                        after.user.pendingEmail.clear();
                        outcome.kind = EmailChangeOutcome::Kind::ChangedNow;
                    } else {
                        // Activated: a link went to the old address; nothing changes until then.
                        m_pendingChanges.remember(after.user.id, newEmail, after.user.version);
                        after.user.pendingEmail = newEmail;
                        outcome.kind = EmailChangeOutcome::Kind::AwaitingConfirmationAtOldAddress;
                    }
                    m_tenantNames.fill(after.user, job, [job, outcome](User named) mutable {
                        outcome.user = std::move(named);
                        job->succeed(outcome);
                    });
                },
                [this, job, before](const ServiceError &error) {
                    if (error.backendCode() != AcronisErrorMapper::VersionMismatchCode)
                        return false;
                    reportConflict(job, before, error);
                    return true;
                });
        });
}

void AcronisEmailChange::reportConflict(EmailChangeJob *job, const AcronisUserSnapshot &before,
                                        const ServiceError &error)
{
    // Never write again silently: read what is there now and let the person decide.
    readUser(
        job, before.user.id,
        [job, before, error](const AcronisUserSnapshot &fresh) {
            QStringList changes;
            if (fresh.user.email != before.user.email)
                changes.append(AcronisBackend::tr("email is now %1").arg(fresh.user.email));
            if (fresh.user.displayName != before.user.displayName)
                changes.append(AcronisBackend::tr("name is now %1").arg(fresh.user.displayName));
            if (fresh.user.login != before.user.login)
                changes.append(AcronisBackend::tr("login is now %1").arg(fresh.user.login));
            if (fresh.user.state != before.user.state)
                changes.append(AcronisBackend::tr("status is now \"%1\"")
                                   .arg(UserWords::stateText(fresh.user)));
            if (changes.isEmpty())
                changes.append(AcronisBackend::tr("version %1 is now %2")
                                   .arg(before.user.version, fresh.user.version));
            ServiceError conflict(
                ServiceError::Kind::Conflict,
                AcronisBackend::tr("Someone changed this user meanwhile (%1); reload and try "
                                   "again.")
                    .arg(changes.join(QStringLiteral(", "))));
            conflict.withHttpStatus(error.httpStatus())
                .withBackendCode(error.backendCode())
                .withCurrentUser(fresh.user);
            job->fail(conflict);
        },
        [job, error](const ServiceError &) {
            // The fresh record could not be read: the conflict itself is still the news.
            job->fail(error);
            return true;
        });
}
