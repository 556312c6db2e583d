#include "mainwindow.h"

#include "analysisstate.h"
#include "candidateinspector.h"
#include "candidateset.h"
#include "compareview.h"
#include "decisiontree.h"
#include "designspace.h"
#include "designspacebrowser.h"
#include "designspacecatalog.h"
#include "devicelibrary.h"
#include "fleetmonotonicityview.h"
#include "frontexplorer.h"
#include "importedmodelview.h"
#include "predictorpanel.h"
#include "preferences.h"
#include "projectstore.h"
#include "resultsview.h"
#include "rundialog.h"
#include "runspanel.h"

#include <edgefront/version.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <filesystem>

namespace edgefront {

namespace {

const QString kProjectFilter = QStringLiteral("*.edgefront");

// A consistent copy of an SQLite project (whatever is in its WAL included): VACUUM INTO a
// temporary file beside the target, then rename it over the target, so the target is either
// the old file or the whole copy.
bool copyProjectFile(const QString &from, const QString &to, QString *error)
{
    const QString temporary = QStringLiteral("%1.part-%2").arg(to).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString connection = QStringLiteral("edgefront-save-as-%1").arg(quintptr(&temporary));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(from);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(temporary);
            ok = query.exec();
            if (!ok)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (ok) {
        std::error_code code;
        std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(to).toStdString(), code);
        if (code) {
            *error = QString::fromStdString(code.message());
            ok = false;
        }
    }
    if (!ok)
        QFile::remove(temporary);
    return ok;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(startupProjectPath(), parent)
{
}

MainWindow::MainWindow(const QString &projectPath, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/edgefront.svg")));

    m_undoStack = new QUndoStack(this);
    m_state = new AnalysisState(this);
    m_state->setUndoStack(m_undoStack);
    m_state->setUnits(DisplayUnits::fromStrings(prefs::latencyUnit.value(), prefs::energyUnit.value(),
                                                prefs::memoryUnit.value()));
    QString space = prefs::designSpace.value();
    if (!findDesignSpace(space))
        space = defaultDesignSpaceName();
    m_state->setSpaceName(space);

    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setObjectName(QStringLiteral("centralTabs"));
    m_centralTabs->setAccessibleName(tr("Views"));
    m_centralTabs->setDocumentMode(true);
    m_explorer = new FrontExplorer(m_state, m_centralTabs);
    m_explorer->setAccessibleName(tr("Front explorer"));
    m_centralTabs->addTab(m_explorer, tr("E&xplorer"));
    setCentralWidget(m_centralTabs);

    m_browser = new DesignSpaceBrowser(this);
    m_decisionTree = new DecisionTree(this);
    auto updateTree = [this] {
        if (m_browser->space())
            m_decisionTree->showDecisions(*m_browser->space(), m_browser->architecture());
        statusBar()->showMessage(tr("%1: %2").arg(m_browser->space()->name(), m_browser->space()->description()));
    };
    connect(m_browser, &DesignSpaceBrowser::architectureChanged, this, updateTree);
    connect(m_browser, &DesignSpaceBrowser::spaceChanged, this, [this](const QString &name) {
        prefs::designSpace.setValue(name);
        m_state->setSpaceName(name);
    });
    connect(m_state, &AnalysisState::spaceChanged, m_browser, &DesignSpaceBrowser::setSpace);
    connect(m_state, &AnalysisState::selectionChanged, this, &MainWindow::showSelectedDecisions);

    createDocks();
    createMenus();
    m_browser->setSpace(space);
    m_deviceLibrary->setDefaultSpace(space);
    updateTree();
    openInitialProject(projectPath);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The workers read the project (or its file): stop them before the project goes. The run
    // dialog borrows the queue; the queue waits for its running run (recorded as cancelled).
    m_centralTabs->disconnect(this);
    delete m_runDialog;
    m_runDialog = nullptr;
    delete m_runQueue;
    m_runQueue = nullptr;
    delete m_compare;
    m_compare = nullptr;
    delete m_explorer;
    m_explorer = nullptr;
    delete m_fleetView;
    m_fleetView = nullptr;
    delete m_predictorPanel;
    m_predictorPanel = nullptr;
}

QString MainWindow::startupProjectPath()
{
    const QString last = prefs::lastProject.value();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : ProjectStore::defaultProjectPath();
}

void MainWindow::openInitialProject(const QString &path)
{
    std::unique_ptr<ProjectStore> project = ProjectStore::open(path, &m_projectError);
    if (!project) {
        // Work on a temporary project rather than on nothing; say why once the window is up.
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        QString error;
        if (m_temporaryDir->isValid())
            project = ProjectStore::open(m_temporaryDir->filePath(QStringLiteral("temporary.edgefront")), &error);
        QTimer::singleShot(0, this, [this] {
            QMessageBox box(QMessageBox::Warning, tr("Open Project"), tr("Could not open the project."),
                            QMessageBox::Ok, this);
            box.setInformativeText(m_project ? tr("%1\n\nEdgeFront works on a temporary project with the "
                                                  "built-in fleet; it is deleted when you quit.")
                                                   .arg(m_projectError)
                                             : m_projectError);
            box.exec();
        });
    } else {
        rememberProject(project->path());
    }
    attachProject(std::move(project));
}

void MainWindow::attachProject(std::unique_ptr<ProjectStore> project)
{
    // Stop the workers that read the old project's file before it goes.
    m_fleetView->cancel();
    m_predictorPanel->cancelQuality();
    m_undoStack->clear();
    m_state->reset();
    m_state->setDeviceSet({});
    // Imported-model windows show the old project's devices.
    for (ImportedModelView *view : findChildren<ImportedModelView *>(Qt::FindDirectChildrenOnly))
        view->close();
    ProjectStore *store = project.get();
    m_deviceLibrary->setProject(store);
    m_fleetView->setProjectPath(store ? store->path() : QString());
    m_predictorPanel->setProject(store);
    m_state->setProject(store);
    // The runs and the compare view use the old project until here.
    attachRuns(store);
    m_compare->setProjectPath(QString());
    m_comparePath.clear();
    m_runPicks.clear();
    m_project = std::move(project);
    startCompareIfShown();
    if (m_project) {
        const QString name = QFileInfo(m_project->path()).fileName();
        setWindowTitle(m_temporaryDir ? tr("%1 (temporary) — EdgeFront").arg(name) : tr("%1 — EdgeFront").arg(name));
        setWindowFilePath(m_project->path());
    } else {
        setWindowTitle(tr("No project — EdgeFront"));
    }
}

void MainWindow::rememberProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    prefs::lastProject.setValue(absolute);
    QStringList recent = prefs::recentProjects.value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > prefs::kMaxRecentProjects)
        recent.removeLast();
    prefs::recentProjects.setValue(recent);
}

bool MainWindow::openProjectFile(const QString &path, QString *error)
{
    std::unique_ptr<ProjectStore> project = ProjectStore::open(path, error);
    if (!project)
        return false;
    m_temporaryDir.reset();
    m_projectError.clear();
    rememberProject(project->path());
    attachProject(std::move(project));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveProjectAs(const QString &path, QString *error)
{
    if (!m_project) {
        *error = tr("No project is open.");
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == QFileInfo(m_project->path()).absoluteFilePath()) {
        *error = tr("That is the project's own file.");
        return false;
    }
    if (!copyProjectFile(m_project->path(), target, error))
        return false;
    // Keep the analysis (budgets, selection, pins) on the copy: it is the same project.
    const CandidateBudgets budgets = m_state->budgets();
    const QString selected = m_state->selectedKey();
    const QStringList pinned = m_state->pinnedKeys();
    if (!openProjectFile(target, error))
        return false;
    m_state->setBudgets(budgets);
    m_state->setSelectedKey(selected);
    for (const QString &key : pinned)
        m_state->setPinned(key, true);
    return true;
}

void MainWindow::newProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir(dir).filePath(tr("untitled.edgefront")),
                                                tr("EdgeFront projects (%1)").arg(kProjectFilter), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".edgefront");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Project"),
                             tr("%1 already exists. Choose another name, or open it with File → Open Project.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!openProjectFile(path, &error))
        QMessageBox::warning(this, tr("New Project"), error);
}

void MainWindow::openProjectDialog()
{
    const QString dir = m_project ? QFileInfo(m_project->path()).absolutePath()
                                  : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir,
                                                      tr("EdgeFront projects (%1)").arg(kProjectFilter));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProjectFile(path, &error))
        QMessageBox::warning(this, tr("Open Project"), error);
}

void MainWindow::saveProjectAsDialog()
{
    if (!m_project)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QFileInfo(m_project->path()).absolutePath(),
                                                tr("EdgeFront projects (%1)").arg(kProjectFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".edgefront");
    QString error;
    if (!saveProjectAs(path, &error))
        QMessageBox::warning(this, tr("Save Project As"), error);
}

void MainWindow::createDocks()
{
    // The right docks own the right corners and the left dock the top-left one, so the bottom
    // docks span below the decisions and the explorer, and the heat map gets the full height it
    // needs to stay square.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);

    m_decisionDock = new QDockWidget(tr("Decisions"), this);
    m_decisionDock->setObjectName(QStringLiteral("DecisionsDock"));
    m_decisionDock->setWidget(m_decisionTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_decisionDock);
    m_browserDock = new QDockWidget(tr("Design space"), this);
    m_browserDock->setObjectName(QStringLiteral("DesignSpaceDock"));
    m_browserDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    tabifyDockWidget(m_decisionDock, m_browserDock);
    m_decisionDock->raise();

    m_results = new ResultsView(m_state, this);
    m_resultsDock = new QDockWidget(tr("Results"), this);
    m_resultsDock->setObjectName(QStringLiteral("ResultsDock"));
    m_resultsDock->setWidget(m_results);
    addDockWidget(Qt::BottomDockWidgetArea, m_resultsDock);

    m_deviceLibrary = new DeviceLibrary(this);
    m_deviceLibrary->setUndoStack(m_undoStack); // imports are undoable
    m_devicesDock = new QDockWidget(tr("Devices"), this);
    m_devicesDock->setObjectName(QStringLiteral("DevicesDock"));
    m_devicesDock->setWidget(m_deviceLibrary);
    addDockWidget(Qt::BottomDockWidgetArea, m_devicesDock);
    splitDockWidget(m_resultsDock, m_devicesDock, Qt::Horizontal);
    // Details beside the table in a wide dock, below it in a narrow one.
    m_deviceLibrary->setDetailsOrientation(Qt::Vertical);
    connect(m_devicesDock, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        const bool wide = (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea) && m_devicesDock->width() > 700;
        m_deviceLibrary->setDetailsOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    });

    m_fleetView = new FleetMonotonicityView(this);
    m_fleetDock = new QDockWidget(tr("Fleet SRCC"), this);
    m_fleetDock->setObjectName(QStringLiteral("FleetSrccDock"));
    m_fleetDock->setWidget(m_fleetView);
    addDockWidget(Qt::RightDockWidgetArea, m_fleetDock);

    // Predictors share the right column with the heat map (as tabs): both want its height.
    m_predictorPanel = new PredictorPanel(this);
    m_predictorsDock = new QDockWidget(tr("Predictors"), this);
    m_predictorsDock->setObjectName(QStringLiteral("PredictorsDock"));
    m_predictorsDock->setWidget(m_predictorPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_predictorsDock);
    tabifyDockWidget(m_fleetDock, m_predictorsDock);
    m_fleetDock->raise();

    auto status = [this](const QString &text) { statusBar()->showMessage(text, 10000); };
    connect(m_explorer, &FrontExplorer::candidatesChanged, this, [this] { m_results->setCandidates(m_explorer->candidates()); });
    connect(m_explorer, &FrontExplorer::statusMessage, this, status);
    connect(m_results, &ResultsView::statusMessage, this, status);
    connect(m_deviceLibrary, &DeviceLibrary::devicesChanged, m_fleetView, &FleetMonotonicityView::recompute);
    connect(m_deviceLibrary, &DeviceLibrary::devicesChanged, m_explorer, &FrontExplorer::refreshDevices);
    connect(m_deviceLibrary, &DeviceLibrary::statusMessage, this, status);
    connect(m_browser, &DesignSpaceBrowser::spaceChanged, m_deviceLibrary, &DeviceLibrary::setDefaultSpace);
    connect(m_browser, &DesignSpaceBrowser::spaceChanged, m_predictorPanel, &PredictorPanel::setDefaultSpace);
    connect(m_deviceLibrary, &DeviceLibrary::deviceSelected, m_predictorPanel, &PredictorPanel::preselectDevice);
    // New devices or measurements change which devices can check a predictor.
    connect(m_deviceLibrary, &DeviceLibrary::devicesChanged, m_predictorPanel, &PredictorPanel::refresh);
    // A new accuracy predictor changes the front's accuracy.
    connect(m_predictorPanel, &PredictorPanel::predictorsChanged, m_explorer, &FrontExplorer::recompute);
    connect(m_predictorPanel, &PredictorPanel::statusMessage, this, status);
    connect(m_fleetView, &FleetMonotonicityView::pairClicked, this, [this](const QString &a, const QString &b) {
        m_devicesDock->show();
        m_devicesDock->raise();
        m_deviceLibrary->selectDevices({a, b});
    });

    createWorkbenchViews();
}

void MainWindow::createMenus()
{
    // The tool bar is filled at the end; the View menu (made before) holds its toggle.
    m_toolBar = new QToolBar(tr("Main Tool Bar"), this);
    m_toolBar->setObjectName(QStringLiteral("MainToolBar"));
    m_toolBar->setAccessibleName(tr("Main tool bar"));
    m_toolBar->setIconSize(QSize(24, 24));
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setObjectName(QStringLiteral("actionNewProject"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create a project with the built-in fleet"));
    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    open->setObjectName(QStringLiteral("actionOpenProject"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an EdgeFront project"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    QAction *saveAs = file->addAction(tr("Save Project &As…"), this, &MainWindow::saveProjectAsDialog);
    saveAs->setObjectName(QStringLiteral("actionSaveProjectAs"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAs->setStatusTip(tr("Copy the project to a new file and continue there"));
    file->addSeparator();
    QAction *importDevices = m_deviceLibrary->importDevicesAction();
    importDevices->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(importDevices);
    QAction *importMeasurements = m_deviceLibrary->importMeasurementsAction();
    importMeasurements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(importMeasurements);
    QAction *importModel = file->addAction(tr("&Import ONNX Model…"), this, &MainWindow::importOnnxModelDialog);
    importModel->setObjectName(QStringLiteral("actionImportOnnxModel"));
    importModel->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    importModel->setStatusTip(tr("Read a CNN from an .onnx file and show its per-layer costs on the project's devices"));
    file->addSeparator();
    file->addAction(m_explorer->exportChartAction());
    file->addAction(m_results->exportDesignAction());
    file->addAction(m_results->exportTableAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close EdgeFront"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_explorer->selectBestAction());
    edit->addAction(m_results->pinAction());
    edit->addAction(m_results->editNoteAction());
    edit->addAction(m_explorer->clearBudgetsAction());

    createViewMenu();

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *newRun = run->addAction(tr("&New Run…"), this, &MainWindow::openRunDialog);
    newRun->setObjectName(QStringLiteral("actionNewRun"));
    newRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    newRun->setStatusTip(tr("Launch a per-device search, a proxy transfer or the neural optimizer"));
    QAction *cancelRun = run->addAction(tr("&Cancel Running Run"), m_runsPanel, &RunsPanel::cancelRunning);
    cancelRun->setObjectName(QStringLiteral("actionCancelRun"));
    cancelRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    cancelRun->setStatusTip(tr("Stop the running run; it is recorded as cancelled"));
    QAction *openRunAction = run->addAction(tr("&Open Run in Explorer"), m_runsPanel, &RunsPanel::openCurrent);
    openRunAction->setStatusTip(tr("Show the picks of the run selected in the Runs dock"));
    run->addSeparator();
    QAction *sample = run->addAction(tr("&Sample Architecture"), m_browser, &DesignSpaceBrowser::sampleNext);
    sample->setObjectName(QStringLiteral("actionSampleArchitecture"));
    sample->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    sample->setStatusTip(tr("Sample the next random architecture of the current space"));
    run->addAction(m_explorer->recomputeAction());
    QAction *srcc = run->addAction(tr("Com&pute Fleet SRCC"), this, [this] {
        m_fleetDock->show();
        m_fleetDock->raise();
        m_fleetView->recompute();
    });
    srcc->setStatusTip(tr("Compute the rank correlation of every device pair's latencies"));
    QAction *train = run->addAction(tr("&Train Predictor…"), this, [this] {
        m_predictorsDock->show();
        m_predictorsDock->raise();
        m_predictorPanel->openTrainDialog();
    });
    train->setObjectName(QStringLiteral("actionRunTrainPredictor"));
    train->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    train->setStatusTip(tr("Train a latency, energy, accuracy or scalable predictor from the project's data"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About EdgeFront"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The tool bar: the common actions, with SVG icons (sharp at any device pixel ratio; Qt 6
    // always renders high-DPI pixmaps), which the menus show too.
    QAction *compare = findChild<QAction *>(QStringLiteral("actionShowCompare"));
    const std::pair<QAction *, const char *> tools[] = {
        {newAction, "document-new"},
        {open, "document-open"},
        {saveAs, "document-save-as"},
        {nullptr, nullptr},
        {undo, "edit-undo"},
        {redo, "edit-redo"},
        {nullptr, nullptr},
        {newRun, "run-start"},
        {m_explorer->resetZoomAction(), "zoom-reset"},
        {m_explorer->exportChartAction(), "document-export"},
        {compare, "compare-devices"},
        {m_results->pinAction(), "pin"},
    };
    for (const auto &[action, icon] : tools) {
        if (!action) {
            m_toolBar->addSeparator();
            continue;
        }
        action->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1StringView(icon))));
        m_toolBar->addAction(action);
    }
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *explorer = view->addAction(tr("&Explorer"), this, &MainWindow::showExplorer);
    explorer->setObjectName(QStringLiteral("actionShowExplorer"));
    explorer->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    explorer->setStatusTip(tr("Show the front of the current device"));
    QAction *compare = view->addAction(tr("&Compare Devices"), this, &MainWindow::showCompare);
    compare->setObjectName(QStringLiteral("actionShowCompare"));
    compare->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    compare->setStatusTip(tr("Show two to six devices side by side on the same candidates"));
    view->addSeparator();
    struct DockToggle
    {
        QDockWidget *dock;
        int key;
        QString tip;
    };
    const DockToggle toggles[] = {
        {m_decisionDock, Qt::Key_1, tr("Show or hide the design-space decisions")},
        {m_devicesDock, Qt::Key_2, tr("Show or hide the device library")},
        {m_fleetDock, Qt::Key_3, tr("Show or hide the SRCC heat map of the fleet")},
        {m_predictorsDock, Qt::Key_4, tr("Show or hide the predictors and their quality")},
        {m_browserDock, Qt::Key_5, tr("Show or hide the design-space browser")},
        {m_resultsDock, Qt::Key_6, tr("Show or hide the results table")},
        {m_inspectorDock, Qt::Key_7, tr("Show or hide the candidate inspector")},
        {m_runsDock, Qt::Key_8, tr("Show or hide the runs")},
    };
    for (const DockToggle &t : toggles) {
        QAction *toggle = t.dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | t.key));
        toggle->setStatusTip(t.tip);
        view->addAction(toggle);
    }
    QAction *toolBarToggle = m_toolBar->toggleViewAction();
    toolBarToggle->setObjectName(QStringLiteral("actionToggleToolBar"));
    toolBarToggle->setText(tr("&Tool Bar"));
    toolBarToggle->setStatusTip(tr("Show or hide the main tool bar"));
    view->addAction(toolBarToggle);
    view->addSeparator();
    view->addAction(m_explorer->resetZoomAction());
    view->addSeparator();

    // Units: one exclusive group per quantity.
    QMenu *units = view->addMenu(tr("&Units"));
    auto addGroup = [this, units](const QString &title, const QStringList &names, const QStringList &labels,
                                  const Preference<QString> &pref) {
        QMenu *menu = units->addMenu(title);
        auto *group = new QActionGroup(menu);
        for (qsizetype i = 0; i < names.size(); ++i) {
            QAction *a = menu->addAction(labels[i]);
            a->setCheckable(true);
            a->setChecked(pref.value() == names[i]);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, &pref, name = names[i]] {
                pref.setValue(name);
                m_state->setUnits(DisplayUnits::fromStrings(prefs::latencyUnit.value(), prefs::energyUnit.value(),
                                                            prefs::memoryUnit.value()));
            });
        }
    };
    addGroup(tr("&Latency"), {QStringLiteral("us"), QStringLiteral("ms"), QStringLiteral("s")},
             {tr("Microseconds (µs)"), tr("Milliseconds (ms)"), tr("Seconds (s)")}, prefs::latencyUnit);
    addGroup(tr("&Energy"), {QStringLiteral("uJ"), QStringLiteral("mJ"), QStringLiteral("J")},
             {tr("Microjoules (µJ)"), tr("Millijoules (mJ)"), tr("Joules (J)")}, prefs::energyUnit);
    addGroup(tr("&Memory"), {QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB")},
             {tr("Kilobytes (kB)"), tr("Megabytes (MB)"), tr("Gigabytes (GB)")}, prefs::memoryUnit);

    // Language, applied at the next start (translators are installed before any widget exists).
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(language);
    const QList<std::pair<QString, QString>> languages{{QString(), tr("System")},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                       {QStringLiteral("zh_CN"), QStringLiteral("中文")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setObjectName(QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(prefs::language.value() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (prefs::language.value() == code)
                return;
            prefs::language.setValue(code);
            const QString note = tr("The language changes when EdgeFront restarts.");
            statusBar()->showMessage(note, 10000);
            auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), note, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = prefs::recentProjects.value();
    int n = 0;
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        ++n;
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(n).arg(QDir::toNativeSeparators(path)));
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openProjectFile(path, &error))
                QMessageBox::warning(this, tr("Open Project"), error);
        });
    }
    if (n == 0)
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { prefs::recentProjects.setValue({}); });
}

void MainWindow::showSelectedDecisions()
{
    const auto set = m_explorer->candidates();
    const int i = set ? set->indexOfKey(m_state->selectedKey()) : -1;
    if (i < 0)
        return;
    m_decisionTree->showDecisions(set->space(), set->architecture(i));
    statusBar()->showMessage(set->key(i), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About EdgeFront"),
        tr("<h3>EdgeFront %1</h3>"
           "<p>Design one neural network for many edge devices: predicted accuracy, latency and "
           "energy fronts per device, proxy-device transfer and a neural optimizer.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(EDGEFRONT_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = prefs::mainWindowGeometry.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 900);
    if (!restoreState(prefs::mainWindowState.value(), kLayoutVersion)) {
        resizeDocks({m_decisionDock, m_fleetDock}, {250, 440}, Qt::Horizontal);
        resizeDocks({m_resultsDock, m_devicesDock}, {640, 400}, Qt::Horizontal);
        resizeDocks({m_resultsDock}, {260}, Qt::Vertical);
        m_fleetDock->raise();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    prefs::mainWindowGeometry.setValue(saveGeometry());
    prefs::mainWindowState.setValue(saveState(kLayoutVersion));
    m_explorer->cancel();
    m_fleetView->cancel();
    m_predictorPanel->cancelQuality();
    m_compare->cancel();
    // The running run stops at its next progress check and is recorded as cancelled; runs that
    // end now are not opened.
    m_settlingRuns = true;
    m_runQueue->cancelAllAndWait();
    m_settlingRuns = false;
    if (m_runDialog)
        m_runDialog->close();
    event->accept();
}

} // namespace edgefront
