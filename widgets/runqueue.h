#pragma once
// The run queue: searches, proxy transfers and neural-optimizer runs (and optimizer
// trainings) queued by the workbench and run one at a time on a worker thread.
//
// Contract:
//  - A RunRequest is plain data (the options under the CLI's names), so it crosses threads.
//    The worker opens its own ProjectStore on the project's path (an SQLite connection belongs
//    to the thread that made it), creates the run there (createRun: kind, inputs as the CLI
//    records them, seed), stores its progress about once a second and its results at the end
//    (finishRun: finished, cancelled or failed; results as the CLI stores them, so
//    `edgefront-cli runs --id N` shows GUI runs too).
//  - cancel(liveId): a queued run is dropped (nothing is stored; its row says cancelled); the
//    running one stops at its next progress check (one search generation, one device) and is
//    recorded as cancelled. Progress callbacks poll an atomic flag, so a cancel is seen within
//    milliseconds of the running generation ending.
//  - runFinished(runId, picks) is emitted for every run that ends with a stored record
//    (finished or cancelled), with the designs the method picked (for the explorer to mark);
//    runEnded(outcome) for every run, failures included.
//  - The project is borrowed (setProject); its GUI-thread connection only reads the runs list.
//    The destructor cancels the running run, waits for it (so it is recorded as cancelled) and
//    drops the queued ones. cancelAllAndWait() does the same for a queue that lives on (closing
//    a project, tests): when it returns nothing is queued or running and the signals of the
//    ended runs have been emitted.
//  - A run's end is matched to it by its live id, so a late notification from a run that
//    cancelAllAndWait() already settled never ends another run.

#include "projectstore.h"
#include "runsmodel.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPromise>

#include <atomic>
#include <limits>
#include <memory>

namespace edgefront {

// What to run. Kinds and their options (JSON keys as the CLI's options):
//  "search":          method (evo|nsga2|exhaustive|random), space, device, latency_ms, energy_mj
//                     (optional), generations, population, samples (random)
//  "transfer":        space, proxy, targets [ids], budgets_ms [..] or budget_quantiles [..],
//                     training_samples, validation_samples, threshold, generations, population,
//                     grid, reference (bool), check_samples
//  "optimizer":       optimizer (ONNX path), devices [ids], latency_ms, energy_mj (optional),
//                     samples, rounds
//  "optimizer-train": space, devices [ids] (empty: every virtual or calibrated device of the
//                     project), budgets_per_device, generations, population, epochs,
//                     hidden [widths], out (ONNX path)
struct RunRequest
{
    QString kind;
    QJsonObject options;
    quint64 seed = 0;

    // A short description for the runs list.
    QString description() const;
};

// One design a run picked, for the explorer to mark.
struct RunPick
{
    QString space;
    QString device;
    QString key;            // DesignSpace::key
    QJsonObject config;     // DesignSpace::toJson
    double accuracy = std::numeric_limits<double>::quiet_NaN();
    double latencyMs = std::numeric_limits<double>::quiet_NaN();
    double energyMj = std::numeric_limits<double>::quiet_NaN();
    double budgetMs = std::numeric_limits<double>::quiet_NaN();
    QString role;           // "best" (a search's or the optimizer's answer), "front" (NSGA-II's
                            // front), "transfer" (a proxy-transfer pick for a budget)
};

struct RunOutcome
{
    int liveId = 0;
    qint64 runId = -1;      // -1: nothing was stored (failed before the run was created)
    RunsModel::Status status = RunsModel::Status::Failed;
    QJsonArray results;     // as stored
    QList<RunPick> picks;
    QString error;
    double elapsedMs = 0.0;
};

// Picks of a stored run (its results), e.g. to open an older run in the explorer.
QList<RunPick> runPicks(const ProjectStore::RunRecord &run);

class RunQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int kProgressSteps = 1000;

    explicit RunQueue(QObject *parent = nullptr);
    ~RunQueue() override;

    // Switching to another project first cancels and waits for the old project's runs
    // (cancelAllAndWait) and drops their rows.
    void setProject(ProjectStore *project);
    ProjectStore *project() const { return m_project; }
    RunsModel *model() const { return m_model; }

    // Queues a run; returns its live id (> 0), or -1 and *error when the request is invalid
    // (checked against the project: space, devices, files, numbers).
    int enqueue(const RunRequest &request, QString *error = nullptr);
    static bool validate(const RunRequest &request, const ProjectStore &project, QString *error);

    // Cancels a queued or the running run; false when there is no such live run.
    bool cancel(int liveId);
    void cancelAll();
    // Drops the queued runs, cancels the running one and blocks until it has stopped and been
    // recorded (runEnded/runFinished are emitted before this returns).
    void cancelAllAndWait();

    bool isBusy() const { return m_runningLiveId != 0; }
    int runningLiveId() const { return m_runningLiveId; }
    qint64 runningRunId() const { return m_runningRunId; }
    int queuedCount() const { return int(m_queue.size()); }
    // Progress (0..1) and stage of the running run.
    double progress() const { return m_progress; }
    QString stage() const { return m_stage; }

public Q_SLOTS:
    // Re-reads the stored runs into the model.
    void refresh();

Q_SIGNALS:
    void runStarted(int liveId, qint64 runId);
    void runProgress(int liveId, double fraction, const QString &stage);
    void runFinished(qint64 runId, const QList<edgefront::RunPick> &picks);
    void runEnded(const edgefront::RunOutcome &outcome);
    void queueEmpty();

private:
    struct Pending
    {
        int liveId = 0;
        RunRequest request;
    };
    static void execute(QPromise<RunOutcome> &promise, const QString &path, const RunRequest &request, int liveId,
                        std::shared_ptr<std::atomic<bool>> cancel, QObject *receiver);
    void startNext();
    void workerFinished(int liveId, const QFuture<RunOutcome> &future);
    void setRunId(int liveId, qint64 runId);

    ProjectStore *m_project = nullptr;
    RunsModel *m_model = nullptr;
    QList<Pending> m_queue;
    QHash<int, RunRequest> m_requests; // live id -> request, while live
    int m_nextLiveId = 1;
    int m_runningLiveId = 0;
    qint64 m_runningRunId = -1;
    double m_progress = 0.0;
    QString m_stage;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<RunOutcome> m_future; // of the running run
};

} // namespace edgefront

Q_DECLARE_METATYPE(edgefront::RunPick)
Q_DECLARE_METATYPE(edgefront::RunOutcome)
