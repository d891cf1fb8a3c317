#include "IdentityBackend.h"

ActionJob *IdentityBackend::requestVerificationCode(const QString &)
{
    return unsupported(tr("requesting a verification code"));
}

ActionJob *IdentityBackend::resendVerification(const QString &)
{
    return unsupported(tr("resending a verification"));
}

ActionJob *IdentityBackend::verifyEmail(const QString &, const QString &)
{
    return unsupported(tr("verifying an address with a code"));
}

ActionJob *IdentityBackend::unsupported(const QString &action)
{
    auto *job = new ActionJob(this);
    job->fail({ ServiceError::Kind::Unsupported,
                tr("%1 does not support %2.").arg(capabilities().apiName, action) });
    return job;
}
