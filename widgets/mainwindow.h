#pragma once
// The EdgeFront workbench window. The central area has two tabs: "Explorer" (the front
// explorer) and "Compare" (two to six devices side by side, CompareView). Docks around it:
// "Decisions" and "Design space" (the design-space browser), tabbed on the left; "Results"
// (the results table), "Devices" (the device library) and "Runs" (the run queue's runs) at the
// bottom; "Inspector" (the selected candidate, CandidateInspector), "Fleet SRCC" (the fleet's
// monotonicity heat map) and "Predictors", tabbed on the right. Menus File, Edit (undo/redo of
// the analysis), View (views, docks, units, language), Run and Help.
//
// Contract:
//  - The window works on one project (ProjectStore) at a time: the one given to the
//    constructor (default: the last project, else ProjectStore::defaultProjectPath(), created
//    with the built-in fleet on first start). When it cannot be opened, the window shows why
//    (after the event loop starts) and works on a temporary project instead; the title names
//    the project file. File > New/Open/Save As switch projects; Save As copies the SQLite file
//    atomically (VACUUM INTO a temporary file, then rename) and continues on the copy.
//  - One AnalysisState and one QUndoStack per window; switching projects clears both.
//  - Without user action the explorer draws the front of the fleet's first device. The
//    compare view computes only once its tab is first shown (it evaluates the whole fleet).
//  - Selection is linked through the AnalysisState: a candidate picked in the explorer, the
//    results table or on any compared device is highlighted in all of them, and the inspector
//    shows it on the current device.
//  - One RunQueue per window (and project): Run > New Run (Ctrl+R) opens the RunDialog on it;
//    the Runs dock lists the runs. A run that finishes, or one the user opens, shows its picks:
//    its device becomes the current one, the explorer shows it with the run's picks marked
//    ("run N picks", stars) against the front, its best pick is selected and inspected, and the
//    compare view evaluates the picks with the fleet. Closing the window or switching projects
//    cancels the runs and waits for the running one (recorded as cancelled, not opened).
//  - A main tool bar (New, Open, Save As, Undo, Redo, New Run, Reset Zoom, Export Chart,
//    Compare, Pin) shares its actions, and their SVG icons, with the menus.
//  - Views for screenshots (showView): "explorer" (with every dock), "compare" (four
//    devices of different kinds, a candidate selected), "inspector" (a front design of the
//    explorer, the dock floating at the requested size), "run-dialog" (a small proxy transfer
//    queued and its SRCC check shown). The window fits its size with every dock; the compare
//    view alone hides them (its grid wants the width). whenReady waits for what the view
//    shows; screenshotWidget() is the widget to grab (the dock or dialog when floating).
#include "runqueue.h"

#include <QHash>
#include <QMainWindow>
#include <QSize>

#include <functional>
#include <memory>

class QActionGroup;
class QDockWidget;
class QMenu;
class QTabWidget;
class QTemporaryDir;
class QToolBar;
class QUndoStack;

namespace edgefront {

class AnalysisState;
class CandidateInspector;
class CompareView;
class DecisionTree;
class DesignSpaceBrowser;
class DeviceLibrary;
class FleetMonotonicityView;
class FrontExplorer;
class PredictorPanel;
class ProjectStore;
class ResultsView;
class RunDialog;
class RunsPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Layout version for saveState/restoreState: older layouts (without the Inspector and Runs
    // docks) are not restored.
    static constexpr int kLayoutVersion = 3;

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const QString &projectPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The project the window opens without --project: the last one when it still exists,
    // else the default project.
    static QString startupProjectPath();

    DesignSpaceBrowser *browser() const { return m_browser; }
    DecisionTree *decisionTree() const { return m_decisionTree; }
    DeviceLibrary *deviceLibrary() const { return m_deviceLibrary; }
    FleetMonotonicityView *fleetView() const { return m_fleetView; }
    PredictorPanel *predictorPanel() const { return m_predictorPanel; }
    FrontExplorer *explorer() const { return m_explorer; }
    ResultsView *resultsView() const { return m_results; }
    CompareView *compareView() const { return m_compare; }
    CandidateInspector *inspector() const { return m_inspector; }
    QTabWidget *centralTabs() const { return m_centralTabs; }
    RunQueue *runQueue() const { return m_runQueue; }
    RunsPanel *runsPanel() const { return m_runsPanel; }
    // The run dialog, once opened (nullptr before).
    RunDialog *runDialog() const { return m_runDialog; }
    // The main tool bar (objectName "MainToolBar"; View → Tool Bar shows or hides it).
    QToolBar *mainToolBar() const { return m_toolBar; }
    AnalysisState *analysisState() const { return m_state; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ProjectStore *project() const { return m_project.get(); }
    // Why the requested project could not be opened (empty when it was).
    QString projectError() const { return m_projectError; }
    bool isTemporaryProject() const { return m_temporaryDir != nullptr; }

    // Switch to the project at `path` (created with the built-in fleet when missing). On
    // failure the current project stays and *error says why.
    bool openProjectFile(const QString &path, QString *error);
    // Copies the current project to `path` (replacing it) and continues on the copy.
    bool saveProjectAs(const QString &path, QString *error);

    // The views `showView` knows, for --screenshot --view.
    static QStringList viewNames();
    // Brings a view to the front for a screenshot of `size` (default: the window's); false
    // when there is no such view.
    bool showView(const QString &name, const QSize &size = QSize());
    // Calls `ready` once the explorer's front is drawn, the fleet heat map computed and what the
    // shown view needs is there (compare: its candidates; inspector: a design; run dialog: its
    // run ended), or after timeoutMs.
    void whenReady(std::function<void()> ready, int timeoutMs = 20000);
    // What a screenshot of the shown view grabs: the window, or the run dialog.
    QWidget *screenshotWidget() const;

public Q_SLOTS:
    void showAbout();
    void newProject();
    void openProjectDialog();
    void saveProjectAsDialog();
    void showExplorer();
    void showCompare();
    // Opens (or raises) the run dialog, preset to the current space and device.
    void openRunDialog();
    // File > Import ONNX Model: a window with the model's per-layer costs on the project's devices.
    void importOnnxModelDialog();
    // Shows a run's picks: device, selection, inspector and compare view (see the contract).
    void openRun(qint64 runId, const QList<edgefront::RunPick> &picks);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openInitialProject(const QString &path);
    void attachProject(std::unique_ptr<ProjectStore> project);
    void rememberProject(const QString &path);
    void createDocks();
    void createMenus();
    void createViewMenu();
    void fillRecentMenu();
    void restoreLayout();
    void showSelectedDecisions();
    // mainwindowviews.cpp: the compare view, the inspector and the runs.
    void createWorkbenchViews();
    void connectWorkbenchViews();
    void attachRuns(ProjectStore *project);
    void startCompareIfShown();
    void followSelection();
    void inspectSelection();
    void followDeviceSet();
    void prepareScreenshot(const QString &name, const QSize &size);
    // "evo search", "proxy transfer from phone-gpu-b", ... for the marks' tooltips.
    QString runMethodText(qint64 runId) const;
    static QString pickRoleText(const QString &role);

    std::unique_ptr<ProjectStore> m_project;
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QString m_projectError;
    AnalysisState *m_state = nullptr;
    QUndoStack *m_undoStack = nullptr;
    FrontExplorer *m_explorer = nullptr;
    ResultsView *m_results = nullptr;
    DesignSpaceBrowser *m_browser = nullptr;
    DecisionTree *m_decisionTree = nullptr;
    DeviceLibrary *m_deviceLibrary = nullptr;
    FleetMonotonicityView *m_fleetView = nullptr;
    PredictorPanel *m_predictorPanel = nullptr;
    QDockWidget *m_decisionDock = nullptr;
    QDockWidget *m_browserDock = nullptr;
    QDockWidget *m_resultsDock = nullptr;
    QDockWidget *m_devicesDock = nullptr;
    QDockWidget *m_fleetDock = nullptr;
    QDockWidget *m_predictorsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QTabWidget *m_centralTabs = nullptr;
    CompareView *m_compare = nullptr;
    CandidateInspector *m_inspector = nullptr;
    RunQueue *m_runQueue = nullptr;
    RunDialog *m_runDialog = nullptr;
    RunsPanel *m_runsPanel = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QString m_comparePath;        // the project the compare view last computed on
    bool m_syncingDevices = false;
    bool m_inspectPending = false;
    bool m_settlingRuns = false;  // runs end because the project closes: do not open them
    QHash<QString, RunPick> m_runPicks; // picks of the opened run, by design key
    QString m_shownView;          // the view showView brought forward
};

} // namespace edgefront
