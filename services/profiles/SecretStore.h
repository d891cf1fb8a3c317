#pragma once

#include <QObject>
#include <QString>

/// One asynchronous secret-store call (read, write or remove).
///
/// Same lifetime contract as ServiceJob: the store creates the job (parented to the store) and
/// returns it at once; the job reports exactly once through finished(), always from the event
/// loop (never inside the call that created it, so callers can connect first), then deletes
/// itself with deleteLater(). Read the result in a slot connected to finished().
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    enum class Error {
        NoError,
        /// read(): no secret is stored for the profile.
        NotFound,
        /// There is no usable secret service (no keyring, no D-Bus session, locked or refused).
        /// Nothing was stored anywhere else.
        Unavailable,
        /// The request itself cannot work (e.g. an empty profile name).
        Failed,
    };
    Q_ENUM(Error)

    SecretJob(Operation operation, const QString &profileName, QObject *parent = nullptr);
    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    const QString &profileName() const { return m_profileName; }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error == Error::NoError; }
    Error error() const { return m_error; }
    /// A plain sentence for a person; empty on success. Never contains the secret.
    const QString &errorString() const { return m_errorString; }
    /// The secret, after a successful read().
    const QString &secret() const { return m_secret; }

    /// Stable lower-case name of an error ("not-found"), for logs, JSON and exit codes.
    static QString errorName(Error error);

    /// For stores: finish successfully (with the secret, for reads).
    void succeed(const QString &secret = {});
    /// For stores: finish with an error.
    void fail(Error error, const QString &message);

signals:
    void finished();

private:
    void finishLater();

    Operation m_operation;
    QString m_profileName;
    bool m_finished = false;
    bool m_reported = false;
    Error m_error = Error::NoError;
    QString m_errorString;
    QString m_secret;
};

/// Where profile secrets (API keys, tokens, client secrets, passwords) are kept, keyed by the
/// profile's name. All calls are asynchronous and return a SecretJob at once.
///
/// remove() of a name that has no secret succeeds (the end state is the same). A write replaces
/// any secret stored before. Secrets are never logged.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual SecretJob *read(const QString &profileName) = 0;
    virtual SecretJob *write(const QString &profileName, const QString &secret) = 0;
    virtual SecretJob *remove(const QString &profileName) = 0;

    /// Where secrets go, for the person ("the system keyring", "memory, for this session only").
    virtual QString description() const = 0;

protected:
    /// A job parented to this store that fails with Failed when `profileName` is empty, or
    /// with an empty secret on writes; otherwise nullptr. Stores call it first.
    SecretJob *rejectBadRequest(SecretJob::Operation operation, const QString &profileName,
                                const QString &secret = QString());
};
