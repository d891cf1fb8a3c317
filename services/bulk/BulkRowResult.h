#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// What applying one ready row of a bulk plan came to.
struct BulkRowResult
{
    Q_DECLARE_TR_FUNCTIONS(BulkRowResult)

public:
    enum class Outcome {
        NotStarted,
        Changed,
        VerificationMailed,
        AwaitingConfirmation,
        /// Nothing was sent: the address changed since planning, or already is the new one.
        Skipped,
        Failed,
        /// The request went out and its answer never came (cancelled, timed out); a resume
        /// reads the user before doing anything else.
        Unknown,
    };

    Outcome outcome = Outcome::NotStarted;
    /// The reason for Skipped and Failed; a remark otherwise ("confirmed by reading the user
    /// after an interrupted run").
    QString message;
    /// For Failed: the error's kind word (ServiceError::kindName), for scripts.
    QString errorKind;
    /// Done by an earlier run of the same job (resume): not sent again.
    bool fromEarlierRun = false;

    bool isDone() const;
    bool isSuccess() const;

    /// Stable words for files and scripts: not-started, changed, verification-mailed,
    /// awaiting-confirmation, skipped, failed, unknown.
    static QString outcomeWord(Outcome outcome);
    static std::optional<Outcome> outcomeFromWord(const QString &word);
    /// The word for people, translated.
    static QString outcomeText(Outcome outcome);
};
