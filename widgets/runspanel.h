#pragma once
// The "Runs" dock of the workbench: the runs of a RunQueue (queued, running and the project's
// stored runs) with their status and progress, the running run's progress bar, stage text and
// Cancel, and buttons to launch a new run (the main window's run dialog) and to open a run's
// picks in the explorer.
//
// Contract: the queue is borrowed and may be replaced (setQueue, e.g. on a project switch);
// openRunRequested(runId, picks) is emitted for the user's "Open" (button, Enter or
// double-click on a stored run); newRunRequested when the user asks for the run dialog.

#include "runqueue.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace edgefront {

class RunsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPanel(QWidget *parent = nullptr);
    ~RunsPanel() override;

    void setQueue(RunQueue *queue);
    RunQueue *queue() const { return m_queue; }

    QTableView *runsView() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stageLabel() const { return m_stage; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *newRunButton() const { return m_newButton; }

public Q_SLOTS:
    void cancelRunning();
    void openCurrent();

Q_SIGNALS:
    void newRunRequested();
    void openRunRequested(qint64 runId, const QList<edgefront::RunPick> &picks);

private:
    void updateState();
    qint64 currentRunId() const;

    QPointer<RunQueue> m_queue;
    QList<QMetaObject::Connection> m_connections;
    QTableView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_newButton = nullptr;
};

} // namespace edgefront
