#pragma once

#include "CliCommandLine.h"
#include "CliExitCode.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class ProfileStore;
class SecretStore;

/// `identitydesk-cli profiles list|add|remove`: profiles go to profiles.json, secrets only to
/// the keyring (never to a file; without a keyring the secret is refused, not stored).
class CliProfileCommand : public QObject
{
    Q_OBJECT
public:
    CliProfileCommand(const CliInvocation &invocation, ProfileStore &store, SecretStore &secrets,
                      QTextStream &out, QTextStream &err, QTextStream &in,
                      QObject *parent = nullptr);
    void start();

signals:
    void finished(CliExitCode code);

private:
    void list();
    void add();
    void remove();
    void done(CliExitCode code, const QString &message = {});

    const CliInvocation &m_invocation;
    ProfileStore &m_store;
    SecretStore &m_secrets;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};
