#pragma once

#include "ServiceError.h"

/// Exit codes of identitydesk-cli; stable, documented in --help and the README.
enum class CliExitCode {
    Success = 0,
    Failure = 1,
    Usage = 2,
    Auth = 3,
    Validation = 4,
    Conflict = 5,
    NotFound = 6,
    Network = 7,
    Server = 8,
    Unsupported = 9,
    /// A listing ended early or its pages did not add up (the server stopped early, repeated
    /// pages, a total that lies): what was printed is not the whole directory.
    Incomplete = 10,
    /// The profile file cannot be read or written (damaged, foreign, not writable): the same
    /// code from every command, before any server is asked.
    ProfileFile = 11,
    /// The change journal cannot be opened or written (damaged, foreign, locked): no change
    /// is started without its record.
    Journal = 12,
    /// history verify: the journal was edited (a row altered, removed or inserted).
    JournalTampered = 13,
    /// bulk apply: the run ended with rows not done as planned (failed, skipped, unknown, not
    /// started after a stop or Ctrl-C); the results say which, a resume finishes the rest.
    BulkNotWhole = 14,
};

inline CliExitCode exitCodeFor(ServiceError::Kind kind)
{
    switch (kind) {
    case ServiceError::Kind::Unauthenticated:
    case ServiceError::Kind::Forbidden:
        return CliExitCode::Auth;
    case ServiceError::Kind::Validation:
        return CliExitCode::Validation;
    case ServiceError::Kind::Conflict:
        return CliExitCode::Conflict;
    case ServiceError::Kind::NotFound:
        return CliExitCode::NotFound;
    case ServiceError::Kind::Network:
    case ServiceError::Kind::Timeout:
    case ServiceError::Kind::Tls:
        return CliExitCode::Network;
    case ServiceError::Kind::RateLimited:
    case ServiceError::Kind::Server:
    case ServiceError::Kind::MalformedResponse:
        return CliExitCode::Server;
    case ServiceError::Kind::Unsupported:
        return CliExitCode::Unsupported;
    case ServiceError::Kind::Cancelled:
        return CliExitCode::Failure;
    }
    return CliExitCode::Failure;
}
