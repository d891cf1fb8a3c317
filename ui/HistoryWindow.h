#pragma once

#include "JournalVerifier.h"

#include <QDialog>
#include <QMetaType>
#include <QPointer>

class ChangeJournal;
class HistoryModel;
class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

Q_DECLARE_METATYPE(JournalVerifier::Result)

/// The change history: the journal's email changes newest first (local time, operator,
/// profile, user, old and new address, outcome, error), filtered by user id, profile and free
/// text, and a "Verify journal" button that checks the hash chain (JournalVerifier) on a worker
/// thread with its own connection, so a journal of 100,000 entries does not freeze the window.
///
/// A window of its own beside the main window (not modal). The journal is not owned and must
/// outlive it; the window only reads it.
class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    HistoryWindow(ChangeJournal *journal, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    /// The profiles offered by the profile filter (besides "All profiles").
    void setProfileNames(const QStringList &names);
    /// Shows the changes of one user (empty: everyone) in `profile` (empty: every profile),
    /// clearing the free text.
    void showUser(const QString &userId, const QString &profile);
    /// Applies the filter fields now (Enter in a field does the same; typing after a pause).
    void applyFilter();

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    InlineMessage *verifyMessage() const { return m_verifyMessage; }

public slots:
    /// Reads the changes again (F5), e.g. after a change was made.
    void refresh();
    /// Checks the hash chain; verified() tells the result.
    void verifyJournal();

signals:
    void verified(const JournalVerifier::Result &result);

private:
    void buildFilters();
    void updateCount();
    void verificationDone(const JournalVerifier::Result &result);
    void stopVerifying();

    ChangeJournal *m_journal;
    HistoryModel *m_model = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QTimer *m_typingPause = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    InlineMessage *m_journalMessage = nullptr;
    InlineMessage *m_verifyMessage = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPointer<QThread> m_verifier;
};
