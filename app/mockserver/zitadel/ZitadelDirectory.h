#pragma once

#include "Mailbox.h"
#include "MockUser.h"
#include "UserDirectory.h"
#include "ZitadelUserSearch.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

/// ZITADEL's state in the mock: organisations, seeded human users, pending email verification
/// codes, and the event sequences. Thread-safe.
class ZitadelDirectory
{
public:
    struct Page
    {
        QList<MockUser> users;
        qsizetype total = 0;
    };

    enum class Outcome {
        Done,
        UserNotFound,
        EmailUnchanged,
        AlreadyVerified,
        NoPendingCode,
        CodeInvalid,
        CodeExpired
    };
    struct Result
    {
        Outcome outcome = Outcome::Done;
        MockUser user;
        /// The new code when the caller asked for it instead of a mail (v2 `returnCode`).
        QString code = {};
    };
    /// What happens to a new verification code: mailed (the default) or returned to the caller.
    enum class Delivery { Mail, Return };

    ZitadelDirectory(quint64 seed, int userCount, int codeTtlSeconds, Mailbox &mailbox,
                     std::function<QString()> baseUrl);

    const QList<MockOrg> &orgs() const { return m_users.orgs(); }
    /// The service account's own organisation: the default for `x-zitadel-orgid`.
    const MockOrg &defaultOrg() const { return m_users.orgs().constFirst(); }
    std::optional<MockOrg> org(const QString &id) const { return m_users.org(id); }
    /// Whether the demo service accounts are members (with user roles) of `orgId`.
    bool serviceAccountIsMemberOf(const QString &orgId) const;
    const QHash<QString, QString> &orgDomains() const { return m_orgDomains; }
    /// The one seeded user behind the self-service token.
    QString selfUserId() const { return m_selfUserId; }

    std::optional<MockUser> find(const QString &id, const QString &orgId) const;
    /// The users of `orgId`; empty means those of every organisation the service accounts are
    /// members of (the user service v2 lists what the caller may read, instance-wide).
    Page search(const QString &orgId, const ZitadelUserSearch &search) const;
    qint64 processedSequence() const { return m_processedSequence.load(); }

    /// Sets the address; when `verified` is false the user becomes unverified and a code is
    /// mailed to the new address. Empty `orgId` means any organisation.
    Result changeEmail(const QString &id, const QString &orgId, const QString &email, bool verified,
                       Delivery delivery = Delivery::Mail);
    /// When a new code may be mailed: management v1 resends for any unverified address; the
    /// user service v2 resends only a code that is waiting (ResendEmailCode) and sends one
    /// whatever the state (SendEmailCode).
    enum class CodeRule { UnlessVerified, OnlyWhenWaiting, Always };
    Result resendVerification(const QString &id, const QString &orgId,
                              CodeRule rule = CodeRule::UnlessVerified,
                              Delivery delivery = Delivery::Mail);
    Result verifyEmail(const QString &id, const QString &code);

private:
    struct PendingCode
    {
        QString code;
        QDeadlineTimer deadline;
    };
    /// Positions in the directory, 4 bytes a user where ids were QStrings.
    struct SortedPositions
    {
        quint64 generation = 0;
        QList<int> positions;
    };

    bool inScope(const MockUser &user, const QString &orgId) const;
    QString issueCodeLocked(const MockUser &user);
    void mailCode(const MockUser &user, const QString &code) const;
    void recordChangeLocked(MockUser *user);
    QList<int> sortedPositions(const QString &orgId, ZitadelUserSearch::Column column) const;

    const int m_codeTtlSeconds;
    Mailbox &m_mailbox;
    std::function<QString()> m_baseUrl;
    UserDirectory m_users;
    QHash<QString, QString> m_orgDomains;
    /// Org id (empty: every org the service accounts may read) -> positions; orgs never change.
    QHash<QString, QList<int>> m_positionsByOrg;
    QString m_selfUserId;
    std::atomic<qint64> m_processedSequence { 0 };
    std::atomic<quint64> m_generation { 1 };

    mutable QMutex m_mutex; // guards m_codes and m_sortCache; taken after the directory lock
    QHash<QString, PendingCode> m_codes;
    mutable QHash<QString, SortedPositions> m_sortCache;
};
