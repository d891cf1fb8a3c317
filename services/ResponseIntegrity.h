#pragma once

#include "HttpExchange.h"

#include <QCoreApplication>

#include <optional>

class QNetworkReply;

/// Whether an answer arrived whole and is what the API sends. QNetworkReply reports some
/// broken answers only through error() next to a valid status, and a body cut short of its
/// Content-Length or an unterminated chunked body can finish like a complete one: these
/// checks make sure that partial data is never taken for an answer.
class ResponseIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(ResponseIntegrity)
public:
    /// Problems of the transfer itself once the status line arrived: the connection closed or
    /// reset mid-body, fewer bytes than Content-Length, a body without a length whose JSON the
    /// connection's end cut, a content coding nobody asked for.
    static std::optional<ServiceError> checkTransfer(const QNetworkReply &reply,
                                                     const HttpResponse &response);
    /// A successful answer whose body is not the API's JSON: an HTML page (a proxy's or a
    /// sign-in portal's), or another content type that does not hold JSON. Empty bodies pass.
    static std::optional<ServiceError> checkJsonBody(const HttpResponse &response);
    /// At most this many header lines, and this many bytes of them, are accepted.
    static constexpr qsizetype maxHeaderFields = 200;
    static constexpr qsizetype maxHeaderBytes = qsizetype(64) * 1024;
    /// Too many or too large header lines: refused as soon as the header has arrived.
    static std::optional<ServiceError> checkHeaders(const HttpHeaders &headers);
};
