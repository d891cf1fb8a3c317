#pragma once

#include "BulkPlan.h"
#include "BulkProgress.h"
#include "BulkProgressMeter.h"
#include "BulkRowResult.h"
#include "JournaledEmailChange.h"
#include "RequestPacer.h"
#include "User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ChangeJournal;
class IdentityBackend;
class ServiceJob;

struct BulkApplySettings
{
    /// Rows worked on at once.
    int parallel = 2;
    /// Requests per second to the server (each row reads the user, then changes it); 0 = as
    /// fast as `parallel` allows.
    double requestsPerSecond = 0;
    /// Stop starting rows after this many failures in a row; 0 = never stop.
    int maxConsecutiveFailures = 10;
    /// Resume: try the rows an earlier run failed again (they are otherwise left as they are).
    bool retryFailed = false;
};

/// Applies the ready rows of a bulk plan, `parallel` at a time, paced by RequestPacer.
///
/// Each row first reads the user: when the address is no longer the planned old one the row is
/// skipped (someone changed it since), when it already is the new one nothing is sent. Only
/// then is the change sent, through JournaledEmailChange with the job id, so every change is in
/// the journal before it leaves, and with the version just read where the backend checks one.
///
/// The run lives in the journal: start() first reads the job's earlier changes, so a second
/// run of the same plan (resume after Ctrl-C, a crash or a lost network) does not repeat a row
/// that went through, and a row whose answer never came is read before anything is retried.
class BulkApplier : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Running,
        Paused,
        /// Every ready row has a result.
        Finished,
        /// maxConsecutiveFailures failures in a row; the rest is left for a resume.
        Stopped,
        Cancelled,
        /// The journal could not be read or written; nothing more is sent.
        JournalFailed,
    };
    Q_ENUM(State)

    BulkApplier(IdentityBackend *backend, ChangeJournal *journal,
                JournaledEmailChange::Context context, BulkPlan plan,
                const BulkApplySettings &settings, QObject *parent = nullptr);
    ~BulkApplier() override;

    /// Another connection to the same server (a backend of the same profile on its own
    /// QNetworkAccessManager): Qt opens at most 6 connections to one host per manager, so rows
    /// beyond that wait for a free one. Rows are spread over every connection. Before start().
    void addConnection(IdentityBackend *backend);

    void start();
    /// No new row starts; rows in flight finish.
    void pause();
    void resume();
    /// Aborts the requests in flight (a change already sent ends as Unknown) and starts no
    /// more rows.
    void cancel();

    State state() const { return m_state; }
    /// BulkRun::state's word for `state`: applying, finished, stopped or cancelled.
    static QString stateWord(State state);
    bool isFinished() const;
    const BulkPlan &plan() const { return m_plan; }
    /// One result per plan row, in plan order (refused and dropped rows stay NotStarted).
    const QList<BulkRowResult> &results() const { return m_results; }
    BulkProgress progress() const;
    /// Why the run stopped early (Stopped, JournalFailed), for a message.
    const QString &stopReason() const { return m_stopReason; }
    /// Requests this run sent (reads and changes), for tests and the benchmark.
    int requestsSent() const { return m_requestsSent; }

signals:
    void rowFinished(int planIndex);
    void progressChanged();
    /// Exactly once, when the last row in flight ended after finishing, stopping or
    /// cancelling.
    void finished();

private:
    void loadEarlierRun();
    void startMore();
    /// Calls `send` when the pacer's slots for its `requests` requests come.
    void paced(int index, int requests, const std::function<void()> &send);
    int requestsPerChange() const;
    void readUser(int index);
    void userRead(int index, const User &current);
    void sendChange(int index, const User &current);
    void rowDone(int index, BulkRowResult result);
    void finishIfIdle();

    /// The backend a row's requests go to.
    IdentityBackend *backendFor(int index) const;

    QPointer<IdentityBackend> m_backend;
    QList<QPointer<IdentityBackend>> m_moreConnections;
    ChangeJournal *m_journal;
    JournaledEmailChange::Context m_context;
    BulkPlan m_plan;
    BulkApplySettings m_settings;
    RequestPacer m_pacer;

    State m_state = State::Idle;
    QString m_stopReason;
    QList<BulkRowResult> m_results;
    /// Plan indexes still to start, in plan order.
    QList<int> m_queue;
    qsizetype m_queueHead = 0;
    /// Rows whose earlier request's answer never came: a read that finds the new address
    /// counts as changed.
    QHash<int, bool> m_interrupted;
    /// Rows being worked on (waiting for a slot, reading or changing) and their requests.
    QSet<int> m_active;
    QHash<int, QPointer<ServiceJob>> m_jobs;
    bool m_finishedEmitted = false;
    int m_consecutiveFailures = 0;
    int m_requestsSent = 0;
    BulkProgressMeter m_meter;
};
