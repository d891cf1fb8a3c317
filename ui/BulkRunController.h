#pragma once

#include "BulkApplier.h"
#include "JournaledEmailChange.h"

#include <QObject>
#include <QPointer>

class ChangeJournal;
class IdentityBackend;

/// One apply of a bulk plan for the bulk window: records the run in the journal's
/// BulkRunStore before anything is sent (so a crash leaves a run to resume) and how it ended,
/// runs a BulkApplier with the job id in the journal context, and passes on its signals. A
/// run still going when the controller is destroyed (the window closed with another profile)
/// is cancelled and recorded as cancelled, so it is offered for resume instead of looking
/// alive.
///
/// The backend and the journal are not owned and must outlive the controller.
class BulkRunController : public QObject
{
    Q_OBJECT
public:
    BulkRunController(IdentityBackend *backend, ChangeJournal *journal,
                      const JournaledEmailChange::Context &context, QObject *parent = nullptr);
    ~BulkRunController() override;

    /// Starts a run of `plan`: a new one, or (`newRun` false) the same job again, resuming or
    /// retrying. False, with problem() and problemDetails(), when the run cannot be recorded:
    /// then nothing is sent.
    bool start(const BulkPlan &plan, const BulkApplySettings &settings, bool newRun);
    /// The run going on or last ended; null before start().
    BulkApplier *applier() const { return m_applier; }
    /// Started and not ended yet (also while paused, or cancelled with rows in flight).
    bool isRunning() const;
    const BulkApplySettings &settings() const { return m_settings; }
    const QString &problem() const { return m_problem; }
    const QString &problemDetails() const { return m_problemDetails; }

signals:
    void rowFinished(int row);
    void progressChanged();
    /// The run ended; `recorded` false when its state could not be written (problem()).
    void ended(bool recorded);

private:
    bool record(const BulkPlan &plan, const QString &state, bool newRun);

    QPointer<IdentityBackend> m_backend;
    ChangeJournal *m_journal;
    JournaledEmailChange::Context m_context;
    BulkApplySettings m_settings;
    BulkApplier *m_applier = nullptr;
    /// The applier's finished() came: its end is recorded.
    bool m_ended = false;
    QString m_problem;
    QString m_problemDetails;
};
