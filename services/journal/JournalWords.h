#pragma once

#include <QCoreApplication>
#include <QString>

/// The words people read for a journaled change's state, in the UI language, for the desktop's
/// history window and the CLI's history table alike. The journal, CSV and JSON keep the
/// machine words ("changed", "verification-mailed", ...).
class JournalWords
{
    Q_DECLARE_TR_FUNCTIONS(JournalWords)

public:
    /// "Changed" for "changed" and so on; an unknown word comes back as it is.
    static QString state(const QString &state);
};
