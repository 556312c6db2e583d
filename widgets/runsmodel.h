#pragma once
// Table model of a project's runs: the runs stored in the project (ProjectStore::runs()) and
// the live ones of a RunQueue (queued, running, or ended without a stored record), with id,
// kind, status, progress, stage text, description, start time and elapsed time.
//
// Contract: live rows come first, in queue order; then the stored runs, newest first. A live
// run that has a stored record (it started) is shown once, with its live status and progress.
// setStoredRuns and structural live changes reset the model; progress updates of a live row
// emit dataChanged for that row only. Sorting uses SortRole (raw values).

#include "projectstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace edgefront {

class RunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn, KindColumn, StatusColumn, ProgressColumn, StageColumn, DescriptionColumn, StartedColumn,
        ElapsedColumn, ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        RunIdRole,     // qint64, -1 while queued
        LiveIdRole,    // int, 0 for runs that are only stored
        StatusRole,    // int(Status)
        ProgressRole,  // double 0..1
    };
    enum class Status : quint8 { Queued, Running, Finished, Cancelled, Failed };
    static QString statusText(Status status);
    // The run kind as stored ("search", "transfer", "optimizer", "optimizer-train"), translated.
    static QString kindText(const QString &kind);
    static Status fromRunStatus(ProjectStore::RunStatus status);

    struct Entry
    {
        int liveId = 0;       // 0: a stored run only
        qint64 runId = -1;
        QString kind;         // "search", "transfer", ...
        QString description;  // e.g. "evo on phone-gpu-a, ofa-mbv3-w12-mp, 8 ms"
        Status status = Status::Queued;
        double progress = 0.0;
        QString stage;        // what the run is doing (live), or the error (failed)
        QString startedAt;
        double elapsedMs = 0.0;
    };

    explicit RunsModel(QObject *parent = nullptr);

    void setStoredRuns(const QList<ProjectStore::RunRecord> &runs);
    // Adds a live run, or updates the live run with the same liveId.
    void setLiveRun(const Entry &entry);
    void removeLiveRun(int liveId);
    // Drops every live row (the queue moved to another project).
    void clearLiveRuns();
    // Progress of a live run (dataChanged only).
    void setLiveProgress(int liveId, double progress, const QString &stage);

    const Entry &entry(int row) const;
    int rowOfLiveRun(int liveId) const;
    int rowOfRun(qint64 runId) const;
    int liveCount() const { return int(m_live.size()); }
    int storedCount() const { return int(m_stored.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    QList<Entry> m_live;
    QList<Entry> m_stored;
    QList<const Entry *> m_rows;
};

// A short description of a run from its inputs (stored runs: what the CLI or the workbench
// recorded), e.g. "evo · phone-gpu-a · ofa-mbv3-w12-mp · ≤ 8 ms".
QString describeRunInputs(const QString &kind, const QJsonObject &inputs);

} // namespace edgefront
