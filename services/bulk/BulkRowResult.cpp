#include "BulkRowResult.h"

#include "EnumWords.h"

namespace {
using Outcome = BulkRowResult::Outcome;

const EnumWords::Table<Outcome, 7> outcomeWords { {
    { Outcome::NotStarted, "not-started" },
    { Outcome::Changed, "changed" },
    { Outcome::VerificationMailed, "verification-mailed" },
    { Outcome::AwaitingConfirmation, "awaiting-confirmation" },
    { Outcome::Skipped, "skipped" },
    { Outcome::Failed, "failed" },
    { Outcome::Unknown, "unknown" },
} };
} // namespace

bool BulkRowResult::isDone() const
{
    return outcome != Outcome::NotStarted;
}

bool BulkRowResult::isSuccess() const
{
    return outcome == Outcome::Changed || outcome == Outcome::VerificationMailed
        || outcome == Outcome::AwaitingConfirmation;
}

QString BulkRowResult::outcomeWord(Outcome outcome)
{
    return EnumWords::wordOf(outcomeWords, outcome);
}

std::optional<BulkRowResult::Outcome> BulkRowResult::outcomeFromWord(const QString &word)
{
    return EnumWords::valueOf(outcomeWords, word);
}

QString BulkRowResult::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotStarted:
        return tr("Not started");
    case Outcome::Changed:
        return tr("Changed");
    case Outcome::VerificationMailed:
        return tr("Verification mailed");
    case Outcome::AwaitingConfirmation:
        return tr("Waiting for confirmation");
    case Outcome::Skipped:
        return tr("Skipped");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Unknown:
        return tr("Unknown");
    }
    return {};
}
