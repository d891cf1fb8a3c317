#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// Secrets for headless runs, never from the command line (where `ps` and shell histories
/// would show them): the first line of an open file descriptor (`--secret-fd N`, e.g. a
/// script's `3< file` or a pipe) or of an environment variable a profile names.
class CliSecretInput
{
    Q_DECLARE_TR_FUNCTIONS(CliSecretInput)

public:
    /// The first line of file descriptor `fd`, without the line end and surrounding spaces; on
    /// failure nothing, with `problem` saying why (not open, unreadable, empty). Reads up to
    /// the first line end or the end of input.
    static std::optional<QString> readFileDescriptor(int fd, QString *problem);

    /// The value of the environment variable `name` (trimmed); nothing when it is unset or
    /// empty, with `problem` naming the variable (never a value).
    static std::optional<QString> readEnvironment(const QString &name, const QString &profile,
                                                  QString *problem);
};
