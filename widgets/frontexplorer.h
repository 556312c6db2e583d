#pragma once
// The front explorer (the workbench's central view): the candidates of the current device as a
// FrontChart, with a device picker, a design-space picker, axis pickers and log toggles, budget
// sliders (latency, energy, memory) that re-filter every view live, and a status line
// ("12,345 of 20,000 candidates within budgets; front 41 designs; accuracy from ...").
//
// Contract:
//  - Everything it shows follows the AnalysisState (space, device, budgets, selection, pins,
//    units); every change it makes goes through undo commands (AnalysisState::execute).
//  - The CandidateSet of (space, device, count) is computed on a worker thread
//    (QtConcurrent::run + QPromise) with a progress bar and Cancel; the GUI thread reads the
//    device, its measurements and the accuracy source from the project first, so the worker
//    never touches SQLite. A recompute while one runs cancels it and starts again when it has
//    stopped; the destructor cancels and waits.
//  - Budget sliders map their range logarithmically onto the device's candidates (smallest to
//    largest value); the rightmost position is "no limit". Dragging makes one undo step.
//  - frontDrawn() follows the first redraw of each newly computed set.
//  - Marked designs (setMarkedDesigns, e.g. a run's picks) are added to the candidates of their
//    space (CandidateSetOptions::extraDesigns; a recompute when some are not among them yet)
//    and drawn as stars with their own legend entry and tooltip notes, on every device, until
//    cleared or replaced.
//  - The controls wrap onto two rows, so the explorer stays narrow (minimum width <= 900 px).

#include "analysisstate.h"
#include "candidateset.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace edgefront {

class FrontChart;

// Designs to mark in the explorer, e.g. the picks of a run.
struct MarkedDesigns
{
    QString space;                     // the design space of the designs
    QString label;                     // legend entry: "run 12 picks"
    std::vector<Architecture> designs;
    QStringList notes;                 // per design, for its tooltip ("Run 12 (evo search): best …")

    bool isEmpty() const { return designs.empty(); }
};

class FrontExplorer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSliderSteps = 1000;

    explicit FrontExplorer(AnalysisState *state, QWidget *parent = nullptr);
    ~FrontExplorer() override;

    AnalysisState *state() const { return m_state; }
    FrontChart *chart() const { return m_chart; }
    std::shared_ptr<const CandidateSet> candidates() const { return m_set; }
    bool isComputing() const;
    // A set is shown and drawn.
    bool isFrontDrawn() const { return m_drawn; }
    QString statusText() const;
    // Why nothing is shown (empty when a front is).
    QString errorText() const { return m_error; }

    QComboBox *deviceBox() const { return m_deviceBox; }
    QComboBox *spaceBox() const { return m_spaceBox; }
    QComboBox *xAxisBox() const { return m_xBox; }
    QComboBox *yAxisBox() const { return m_yBox; }
    QCheckBox *logXBox() const { return m_logXBox; }
    QCheckBox *logYBox() const { return m_logYBox; }
    QSpinBox *countBox() const { return m_countBox; }
    QSlider *budgetSlider(BudgetKind kind) const { return m_sliders[int(kind)]; }
    QLabel *budgetLabel(BudgetKind kind) const { return m_budgetLabels[int(kind)]; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    QAction *exportChartAction() const { return m_exportAction; }
    QAction *recomputeAction() const { return m_recomputeAction; }
    QAction *resetZoomAction() const { return m_resetZoomAction; }
    QAction *selectBestAction() const { return m_selectBestAction; }
    QAction *clearBudgetsAction() const { return m_clearBudgetsAction; }

    // Slider position <-> budget (ms, mJ, MB) on the current candidates; kSliderSteps = none.
    double budgetForPosition(BudgetKind kind, int position) const;
    int positionForBudget(BudgetKind kind, double value) const;

    // Marks designs on the front (see the contract); an empty MarkedDesigns clears the marks.
    void setMarkedDesigns(const MarkedDesigns &marks);
    void clearMarkedDesigns() { setMarkedDesigns({}); }
    const MarkedDesigns &markedDesigns() const { return m_marks; }
    // Indices (in candidates()) of the marked designs now drawn.
    std::vector<int> markedIndices() const;

    // Candidates per device (the next computation uses it).
    void setCandidateCount(int count);
    int candidateCount() const;

    // Writes the chart as PNG or SVG (by the suffix). False and *error on failure.
    bool exportChart(const QString &path, QString *error);

public Q_SLOTS:
    // Refills the device list from the project (after imports); keeps the current device when
    // it is still there, else shows the first.
    void refreshDevices();
    void recompute();
    void cancel();
    void exportChartDialog();
    void selectBestWithinBudgets();
    void clearBudgets();

Q_SIGNALS:
    // A new candidate set is shown (candidates()).
    void candidatesChanged();
    void frontDrawn();
    void computingChanged(bool computing);
    void statusMessage(const QString &text);

private:
    struct Result
    {
        std::shared_ptr<const CandidateSet> set;
        QString error;
    };

    void buildUi();
    void fillAxisBox(QComboBox *box, CandidateMetric current);
    void onComputed();
    void onDeviceChanged();
    void onBudgetsChanged();
    void onSelectionChanged();
    void onPinsChanged();
    void onUnitsChanged();
    void onSliderMoved(BudgetKind kind, int position);
    void updateBudgetLabels();
    void updateStatus();
    void updateTitle();
    void applyMarks();
    void setComputing(bool on);
    CandidateMetric budgetMetric(BudgetKind kind) const;

    AnalysisState *m_state;
    std::shared_ptr<const CandidateSet> m_set;
    QFutureWatcher<Result> m_watcher;
    bool m_restart = false;
    bool m_drawn = false;
    bool m_syncing = false;
    QString m_error;
    MarkedDesigns m_marks;

    FrontChart *m_chart = nullptr;
    QComboBox *m_deviceBox = nullptr;
    QComboBox *m_spaceBox = nullptr;
    QComboBox *m_xBox = nullptr;
    QComboBox *m_yBox = nullptr;
    QComboBox *m_sizeBox = nullptr;
    QCheckBox *m_logXBox = nullptr;
    QCheckBox *m_logYBox = nullptr;
    QSpinBox *m_countBox = nullptr;
    QSlider *m_sliders[3] = {nullptr, nullptr, nullptr};
    QLabel *m_budgetLabels[3] = {nullptr, nullptr, nullptr};
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_resetButton = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_recomputeAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_selectBestAction = nullptr;
    QAction *m_clearBudgetsAction = nullptr;
};

} // namespace edgefront
