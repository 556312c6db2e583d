#pragma once
// The run launcher: a dialog with a tab per kind of run — per-device search (evolution,
// NSGA-II, exhaustive, random), proxy-device transfer (proxy, targets, budgets, samples) and
// the neural optimizer (choose a trained ONNX file and devices, or queue the training of a
// small one) — above the runs list of a RunQueue: the running run's progress bar, stage and
// Cancel, every run with its status, and the selected run's result (for a transfer: each
// target's SRCC check and whether the proxy was reused or adapted).
//
// Contract:
//  - The dialog borrows the queue (and through it the project); runs outlive the dialog.
//  - Queue run builds a RunRequest from the current tab; an invalid one is not queued and the
//    reason shows in the dialog (errorText()), no message box.
//  - runFinished(runId, picks) is forwarded from the queue; openRunRequested(runId, picks) is
//    emitted when the user asks to open a run (double-click, Enter or "Open in Explorer"), for
//    the main window to mark the picks in the explorer. Enter in the runs list only opens: it
//    never reaches the default Queue Run button.

#include "deviceprofile.h"
#include "runqueue.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace edgefront {

// The result of a stored run as HTML (what the dialog's result pane shows).
QString runResultHtml(const ProjectStore::RunRecord &run);

class RunDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { SearchTab, TransferTab, OptimizerTab };

    explicit RunDialog(RunQueue *queue, QWidget *parent = nullptr);
    ~RunDialog() override;

    RunQueue *queue() const { return m_queue; }
    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    // Preselects a space and device (e.g. the explorer's) on every tab.
    void setDefaults(const QString &space, const QString &device);
    // Re-reads the project's devices (after imports).
    void refreshDevices();

    // The request the current tab describes (Queue run), or nullopt and *error.
    std::optional<RunRequest> currentRequest(QString *error) const;
    std::optional<RunRequest> trainingRequest(QString *error) const;
    QString errorText() const;
    QString resultHtml() const;
    qint64 shownRunId() const { return m_shownRunId; }

    // Search tab.
    QComboBox *searchMethodBox() const { return m_searchMethod; }
    QComboBox *searchSpaceBox() const { return m_searchSpace; }
    QComboBox *searchDeviceBox() const { return m_searchDevice; }
    QDoubleSpinBox *searchLatencyBox() const { return m_searchLatency; }
    QDoubleSpinBox *searchEnergyBox() const { return m_searchEnergy; }
    QSpinBox *searchGenerationsBox() const { return m_searchGenerations; }
    QSpinBox *searchPopulationBox() const { return m_searchPopulation; }
    QSpinBox *searchSamplesBox() const { return m_searchSamples; }
    QSpinBox *searchSeedBox() const { return m_searchSeed; }
    // Transfer tab.
    QComboBox *transferSpaceBox() const { return m_transferSpace; }
    QComboBox *transferProxyBox() const { return m_transferProxy; }
    QListWidget *transferTargetList() const { return m_transferTargets; }
    QComboBox *transferBudgetModeBox() const { return m_transferBudgetMode; }
    QLineEdit *transferBudgetsEdit() const { return m_transferBudgets; }
    QSpinBox *transferSamplesBox() const { return m_transferSamples; }
    QSpinBox *transferValidationBox() const { return m_transferValidation; }
    QSpinBox *transferGenerationsBox() const { return m_transferGenerations; }
    QSpinBox *transferPopulationBox() const { return m_transferPopulation; }
    QSpinBox *transferGridBox() const { return m_transferGrid; }
    QCheckBox *transferReferenceBox() const { return m_transferReference; }
    // Optimizer tab.
    QLineEdit *optimizerFileEdit() const { return m_optimizerFile; }
    QListWidget *optimizerDeviceList() const { return m_optimizerDevices; }
    QDoubleSpinBox *optimizerLatencyBox() const { return m_optimizerLatency; }
    QLineEdit *trainOutputEdit() const { return m_trainOut; }
    QComboBox *trainSpaceBox() const { return m_trainSpace; }
    QSpinBox *trainBudgetsBox() const { return m_trainBudgets; }
    QSpinBox *trainGenerationsBox() const { return m_trainGenerations; }
    QSpinBox *trainPopulationBox() const { return m_trainPopulation; }
    QSpinBox *trainEpochsBox() const { return m_trainEpochs; }
    // Runs.
    QPushButton *queueButton() const { return m_queueButton; }
    QPushButton *trainButton() const { return m_trainButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stageLabel() const { return m_stage; }
    QTableView *runsView() const { return m_runsView; }
    QTextBrowser *resultView() const { return m_result; }

public Q_SLOTS:
    // Queues the current tab's run; returns its live id or -1 (the reason in errorText()).
    int queueCurrent();
    int queueTraining();
    // Shows a stored run's result in the result pane and selects its row.
    void showRun(qint64 runId);
    void cancelRunning();
    void cancelSelected();
    void openSelected();

Q_SIGNALS:
    void runFinished(qint64 runId, const QList<edgefront::RunPick> &picks);
    void openRunRequested(qint64 runId, const QList<edgefront::RunPick> &picks);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSearchTab();
    QWidget *createTransferTab();
    QWidget *createOptimizerTab();
    QWidget *createRunsPanel();
    // The project's devices that give latencies on `space` (but `exclude`), in project order.
    QList<DeviceProfile> latencyDevices(const QString &space, const QString &exclude) const;
    static QString deviceLabel(const DeviceProfile &d);
    void fillDeviceBox(QComboBox *box, const QString &space, const QString &exclude = {}) const;
    void fillDeviceList(QListWidget *list, const QString &space, const QString &exclude = {}) const;
    void updateSearchMethod();
    void updateTransferTargets();
    void updateOptimizerInfo();
    void browseOptimizer();
    void browseTrainingOutput();
    void showError(const QString &text);
    void queueStateChanged();
    void runsSelectionChanged();
    void runEnded(const RunOutcome &outcome);
    qint64 selectedRunId() const;
    int selectedLiveId() const;

    RunQueue *m_queue = nullptr;
    QString m_optimizerSpace; // space of the chosen optimizer file
    qint64 m_shownRunId = -1;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_searchMethod = nullptr;
    QComboBox *m_searchSpace = nullptr;
    QComboBox *m_searchDevice = nullptr;
    QDoubleSpinBox *m_searchLatency = nullptr;
    QDoubleSpinBox *m_searchEnergy = nullptr;
    QSpinBox *m_searchGenerations = nullptr;
    QSpinBox *m_searchPopulation = nullptr;
    QSpinBox *m_searchSamples = nullptr;
    QSpinBox *m_searchSeed = nullptr;
    QLabel *m_searchHint = nullptr;

    QComboBox *m_transferSpace = nullptr;
    QComboBox *m_transferProxy = nullptr;
    QListWidget *m_transferTargets = nullptr;
    QComboBox *m_transferBudgetMode = nullptr;
    QLineEdit *m_transferBudgets = nullptr;
    QSpinBox *m_transferSamples = nullptr;
    QSpinBox *m_transferValidation = nullptr;
    QDoubleSpinBox *m_transferThreshold = nullptr;
    QSpinBox *m_transferGenerations = nullptr;
    QSpinBox *m_transferPopulation = nullptr;
    QSpinBox *m_transferGrid = nullptr;
    QCheckBox *m_transferReference = nullptr;
    QSpinBox *m_transferSeed = nullptr;

    QLineEdit *m_optimizerFile = nullptr;
    QLabel *m_optimizerInfo = nullptr;
    QListWidget *m_optimizerDevices = nullptr;
    QDoubleSpinBox *m_optimizerLatency = nullptr;
    QDoubleSpinBox *m_optimizerEnergy = nullptr;
    QSpinBox *m_optimizerSamples = nullptr;
    QSpinBox *m_optimizerRounds = nullptr;
    QSpinBox *m_optimizerSeed = nullptr;
    QComboBox *m_trainSpace = nullptr;
    QSpinBox *m_trainBudgets = nullptr;
    QSpinBox *m_trainGenerations = nullptr;
    QSpinBox *m_trainPopulation = nullptr;
    QSpinBox *m_trainEpochs = nullptr;
    QLineEdit *m_trainOut = nullptr;
    QPushButton *m_trainButton = nullptr;

    QLabel *m_error = nullptr;
    QPushButton *m_queueButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTableView *m_runsView = nullptr;
    QPushButton *m_cancelSelectedButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QTextBrowser *m_result = nullptr;
};

} // namespace edgefront
