#include "ResponseIntegrity.h"

#include "JsonTape.h"

#include <QNetworkReply>

namespace {
/// Errors of the connection or the protocol, as opposed to those Qt derives from an HTTP
/// error status (ContentNotFoundError, ProtocolInvalidOperationError for 400, ...), which the
/// mapper handles.
bool isTransferError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolUnknownError
        || error == QNetworkReply::ProtocolFailure;
}

QByteArray mediaTypeOf(const HttpResponse &response)
{
    const QByteArray contentType = response.header("Content-Type");
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonMediaType(const QByteArray &type)
{
    return type == "application/json" || type == "text/json" || type.endsWith("+json");
}

/// Whether a body that starts like a JSON object or array also ends it: brackets outside
/// strings balance and no string is left open. Only the outline is looked at (the decoder
/// checks the rest), so this costs one pass over bytes already in memory.
bool jsonOutlineIsClosed(const QByteArray &body)
{
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return depth == 0 && !inString;
}

/// No Content-Length and no chunked coding: the body is whatever came before the connection
/// ended (HTTP/1.0 style).
bool endsWithTheConnection(const HttpResponse &response)
{
    return response.header("Content-Length").trimmed().isEmpty()
        && !response.header("Transfer-Encoding").toLower().contains("chunked");
}
} // namespace

std::optional<ServiceError> ResponseIntegrity::checkTransfer(const QNetworkReply &reply,
                                                             const HttpResponse &response)
{
    const QNetworkReply::NetworkError error = reply.error();
    // Requests ask for no content coding (HttpCall): Qt 6.4 decodes gzip/deflate by itself
    // only when it chose the Accept-Encoding, and then swallows decoding errors (a corrupt or
    // truncated stream ends as a short or empty "success") and inflates before any size check
    // can run. A coded answer is therefore refused, never inflated.
    const QByteArray encoding = response.header("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity") {
        return ServiceError(ServiceError::Kind::MalformedResponse,
                            tr("The server sent a compressed answer (%1) although IdentityDesk "
                               "asked for none; it is not read.")
                                .arg(QString::fromLatin1(encoding.left(40))));
    }
    if (isTransferError(error)) {
        const QString detail = reply.errorString();
        return ServiceError(ServiceError::Kind::Network,
                            tr("The server's answer was cut off after %n byte(s): %1", nullptr,
                               int(std::min<qint64>(response.body.size(), INT_MAX)))
                                .arg(detail));
    }
    // Qt ends a body at Content-Length, but may also end it early when the connection closes,
    // without an error.
    const QByteArray lengthText = response.header("Content-Length").trimmed();
    bool isNumber = false;
    const qint64 announced = lengthText.toLongLong(&isNumber);
    if (isNumber && announced >= 0 && response.body.size() < announced) {
        return ServiceError(ServiceError::Kind::Network,
                            tr("The server's answer was cut off: %1 of the %2 bytes it announced "
                               "arrived.")
                                .arg(response.body.size())
                                .arg(announced));
    }
    // A body that ends with the connection has no length to check against, and Qt 6.4 takes
    // a reset for an orderly close (both end the read without an error). What it holds is
    // only whole when the JSON it starts ends too.
    const QByteArray start = response.body.left(64).trimmed();
    if (endsWithTheConnection(response) && (start.startsWith('{') || start.startsWith('['))
        && !jsonOutlineIsClosed(response.body)) {
        return ServiceError(ServiceError::Kind::MalformedResponse,
                            tr("The server's answer was cut off: the connection ended after %n "
                               "byte(s), before the JSON it holds did.",
                               nullptr, int(std::min<qint64>(response.body.size(), INT_MAX))));
    }
    return std::nullopt;
}

std::optional<ServiceError> ResponseIntegrity::checkJsonBody(const HttpResponse &response)
{
    if (response.status < 200 || response.status >= 300 || response.body.trimmed().isEmpty())
        return std::nullopt;
    const QByteArray type = mediaTypeOf(response);
    const QByteArray start = response.body.trimmed().left(64).toLower();
    if (type == "text/html" || type == "application/xhtml+xml" || start.startsWith("<!doctype")
        || start.startsWith("<html")) {
        return ServiceError(ServiceError::Kind::MalformedResponse,
                            tr("The server answered with an HTML page, not the API. A proxy or a "
                               "sign-in page may be in the way; check the profile's base URL."));
    }
    if (type.isEmpty() || isJsonMediaType(type))
        return std::nullopt;
    // A mislabelled body that is JSON all the same is read (the decoders check every field);
    // anything else is named by its type rather than reported as a JSON syntax error.
    if (JsonTape(response.body).isValid())
        return std::nullopt;
    return ServiceError(ServiceError::Kind::MalformedResponse,
                        tr("The server answered with \"%1\" content, not the API's JSON.")
                            .arg(QString::fromLatin1(type.left(80))));
}

std::optional<ServiceError> ResponseIntegrity::checkHeaders(const HttpHeaders &headers)
{
    // Checked on Qt 6.4 (tst_hostilewire): past its own limits (about 100 lines or 64 KiB)
    // Qt drops every header line without an error and goes on reading the body, as if the
    // server had sent none. Every HTTP server sends some (Date, Content-Length, ...).
    if (headers.isEmpty()) {
        return ServiceError(ServiceError::Kind::MalformedResponse,
                            tr("The server sent too many or too large headers (or none that "
                               "could be read); IdentityDesk does not read such an answer."));
    }
    qsizetype bytes = 0;
    for (const auto &[name, value] : headers)
        bytes += name.size() + value.size() + 4;
    if (headers.size() <= maxHeaderFields && bytes <= maxHeaderBytes)
        return std::nullopt;
    return ServiceError(ServiceError::Kind::MalformedResponse,
                        tr("The server sent too many or too large headers (%1 header lines, %2 "
                           "KiB); IdentityDesk does not read such an answer.")
                            .arg(headers.size())
                            .arg((bytes + 1023) / 1024));
}
