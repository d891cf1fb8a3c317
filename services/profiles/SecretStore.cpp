#include "SecretStore.h"

#include <QTimer>

SecretJob::SecretJob(Operation operation, const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileName(profileName)
{ }

SecretJob::~SecretJob() = default;

QString SecretJob::errorName(Error error)
{
    switch (error) {
    case Error::NoError:
        return QStringLiteral("none");
    case Error::NotFound:
        return QStringLiteral("not-found");
    case Error::Unavailable:
        return QStringLiteral("unavailable");
    case Error::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void SecretJob::succeed(const QString &secret)
{
    if (m_finished)
        return;
    if (m_operation == Operation::Read)
        m_secret = secret;
    finishLater();
}

void SecretJob::fail(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_error = error == Error::NoError ? Error::Failed : error;
    m_errorString = message;
    finishLater();
}

void SecretJob::finishLater()
{
    m_finished = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reported)
            return;
        m_reported = true;
        emit finished();
        deleteLater();
    });
}

SecretJob *SecretStore::rejectBadRequest(SecretJob::Operation operation, const QString &profileName,
                                         const QString &secret)
{
    QString message;
    if (profileName.isEmpty())
        message = tr("No profile name was given for the secret.");
    else if (operation == SecretJob::Operation::Write && secret.isEmpty())
        message =
            tr("The secret for profile \"%1\" is empty; nothing was stored.").arg(profileName);
    if (message.isEmpty())
        return nullptr;
    auto *job = new SecretJob(operation, profileName, this);
    job->fail(SecretJob::Error::Failed, message);
    return job;
}
