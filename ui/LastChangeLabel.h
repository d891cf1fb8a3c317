#pragma once

#include <QLabel>

class ChangeJournal;

/// One line above the change-email form: the user's last journaled change ("Last change: …"),
/// hidden when the journal has none (or is not open).
class LastChangeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LastChangeLabel(QWidget *parent = nullptr);

    /// Reads the last change of `userId` under `profile` from `journal` (may be null).
    void showLastChange(const ChangeJournal *journal, const QString &profile,
                        const QString &userId);
};
