#include "IdentityBackend.h"

ActionJob *IdentityBackend::requestVerificationCode(const QString &)
{
    return unsupported(tr("requesting a verification code"));
}

QString IdentityBackend::afterChangeFor(const User &) const
{
    return capabilities().afterChange;
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

std::optional<qint64> IdentityBackend::offsetOfPageToken(const QString &) const
{
    return std::nullopt;
}

QString IdentityBackend::pageTokenAtOffset(const QString &, qint64) const
{
    return {};
}

std::optional<qint64> IdentityBackend::decimalOffset(const QString &pageToken)
{
    bool isNumber = false;
    const qint64 offset = pageToken.toLongLong(&isNumber);
    if (!isNumber || offset < 0 || pageToken.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return offset;
}
