#pragma once

#include "ServiceError.h"

#include <QTest>

/// The message of `error` without the "Address tried: ..." sentence HttpCall adds to 404s,
/// timeouts and unreachable servers, after checking that the sentence ends the message: for
/// tests that compare a backend's own wording.
inline QString messageWithoutAddress(const ServiceError &error)
{
    QString message = error.message();
    const QString address = error.addressTried();
    if (address.isEmpty())
        return message;
    if (!message.endsWith(QLatin1Char(' ') + address)) {
        QTest::qFail("the address tried does not end the message", __FILE__, __LINE__);
        return message;
    }
    message.chop(address.size() + 1);
    return message;
}
