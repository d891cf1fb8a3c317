#include "CliSecretInput.h"

#include <QByteArray>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace {
/// No secret is this long; a descriptor that streams on is not a secret.
constexpr qsizetype maximumSecretBytes = qsizetype(64) * 1024;
} // namespace

std::optional<QString> CliSecretInput::readFileDescriptor(int fd, QString *problem)
{
    if (fd < 0 || ::fcntl(fd, F_GETFD) == -1) {
        *problem = tr("--secret-fd %1: no such file descriptor is open (open it in the shell, "
                      "e.g. \"3< secret.txt\")")
                       .arg(fd);
        return std::nullopt;
    }
    QByteArray bytes;
    char c = 0;
    // One byte at a time: nothing after the first line is taken from the descriptor.
    for (;;) {
        if (bytes.size() >= maximumSecretBytes) {
            *problem = tr("--secret-fd %1: the first line is longer than any secret").arg(fd);
            return std::nullopt;
        }
        const ssize_t count = ::read(fd, &c, 1);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0) {
            *problem = tr("--secret-fd %1: cannot be read: %2")
                           .arg(fd)
                           .arg(qt_error_string(errno)); // strerror is not thread-safe
            return std::nullopt;
        }
        if (count == 0 || c == '\n')
            break;
        bytes.append(c);
    }
    const QString secret = QString::fromUtf8(bytes).trimmed();
    if (secret.isEmpty()) {
        *problem = tr("--secret-fd %1: no secret on its first line").arg(fd);
        return std::nullopt;
    }
    return secret;
}

std::optional<QString> CliSecretInput::readEnvironment(const QString &name, const QString &profile,
                                                       QString *problem)
{
    const QString secret = qEnvironmentVariable(name.toLocal8Bit().constData()).trimmed();
    if (secret.isEmpty()) {
        *problem = tr("Profile \"%1\" takes its secret from the environment variable %2, which "
                      "is not set or empty; set it, or give the secret with --secret-fd N.")
                       .arg(profile, name);
        return std::nullopt;
    }
    return secret;
}
