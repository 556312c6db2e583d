#include "mainwindow.h"

#include "decisiontree.h"
#include "designspace.h"
#include "designspacebrowser.h"
#include "designspacecatalog.h"
#include "devicelibrary.h"
#include "fleetmonotonicityview.h"
#include "predictorpanel.h"
#include "preferences.h"
#include "projectstore.h"

#include <edgefront/version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

namespace edgefront {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(ProjectStore::defaultProjectPath(), parent)
{
}

MainWindow::MainWindow(const QString &projectPath, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/edgefront.svg")));

    m_browser = new DesignSpaceBrowser(this);
    setCentralWidget(m_browser);

    m_decisionTree = new DecisionTree(this);
    m_decisionDock = new QDockWidget(tr("Decisions"), this);
    m_decisionDock->setObjectName(QStringLiteral("DecisionsDock"));
    m_decisionDock->setWidget(m_decisionTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_decisionDock);

    auto updateTree = [this] {
        if (m_browser->space())
            m_decisionTree->showDecisions(*m_browser->space(), m_browser->architecture());
        statusBar()->showMessage(tr("%1: %2").arg(m_browser->space()->name(), m_browser->space()->description()));
    };
    connect(m_browser, &DesignSpaceBrowser::architectureChanged, this, updateTree);
    connect(m_browser, &DesignSpaceBrowser::spaceChanged, this,
            [](const QString &name) { prefs::designSpace.setValue(name); });

    createDocks();
    createMenus();
    QString space = prefs::designSpace.value();
    if (!findDesignSpace(space))
        space = defaultDesignSpaceName();
    m_browser->setSpace(space);
    m_deviceLibrary->setDefaultSpace(space);
    updateTree();
    openProject(projectPath);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The fleet view's and the predictor panel's workers read the project file: stop them
    // before the project goes.
    delete m_fleetView;
    m_fleetView = nullptr;
    delete m_predictorPanel;
    m_predictorPanel = nullptr;
}

void MainWindow::openProject(const QString &path)
{
    m_project = ProjectStore::open(path, &m_projectError);
    if (!m_project) {
        // Work on a temporary project rather than on nothing; say why once the window is up.
        m_temporaryDir = std::make_unique<QTemporaryDir>();
        QString error;
        if (m_temporaryDir->isValid())
            m_project = ProjectStore::open(m_temporaryDir->filePath(QStringLiteral("temporary.edgefront")), &error);
        QTimer::singleShot(0, this, [this] {
            QMessageBox box(QMessageBox::Warning, tr("Open Project"), tr("Could not open the project."),
                            QMessageBox::Ok, this);
            box.setInformativeText(m_project ? tr("%1\n\nEdgeFront works on a temporary project with the "
                                                  "built-in fleet; it is deleted when you quit.")
                                                   .arg(m_projectError)
                                             : m_projectError);
            box.exec();
        });
    }
    if (m_project) {
        const QString name = QFileInfo(m_project->path()).fileName();
        setWindowTitle(m_temporaryDir ? tr("%1 (temporary) — EdgeFront").arg(name) : tr("%1 — EdgeFront").arg(name));
        setWindowFilePath(m_project->path());
    } else {
        setWindowTitle(tr("No project — EdgeFront"));
    }
    m_deviceLibrary->setProject(m_project.get());
    m_fleetView->setProjectPath(m_project ? m_project->path() : QString());
    m_predictorPanel->setProject(m_project.get());
}

void MainWindow::createDocks()
{
    // The right docks own the right corners and the left dock the top-left one, so the
    // device library spans below the decisions and the browser, and the heat map gets the
    // full height it needs to stay square.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);

    m_deviceLibrary = new DeviceLibrary(this);
    m_devicesDock = new QDockWidget(tr("Devices"), this);
    m_devicesDock->setObjectName(QStringLiteral("DevicesDock"));
    m_devicesDock->setWidget(m_deviceLibrary);
    addDockWidget(Qt::BottomDockWidgetArea, m_devicesDock);
    m_deviceLibrary->setDetailsOrientation(Qt::Horizontal);
    // Details beside the table in a wide (top/bottom) dock, below it in a tall one.
    connect(m_devicesDock, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        const bool wide = area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea;
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

    connect(m_deviceLibrary, &DeviceLibrary::devicesChanged, m_fleetView, &FleetMonotonicityView::recompute);
    connect(m_deviceLibrary, &DeviceLibrary::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_browser, &DesignSpaceBrowser::spaceChanged, m_deviceLibrary, &DeviceLibrary::setDefaultSpace);
    connect(m_browser, &DesignSpaceBrowser::spaceChanged, m_predictorPanel, &PredictorPanel::setDefaultSpace);
    connect(m_deviceLibrary, &DeviceLibrary::deviceSelected, m_predictorPanel, &PredictorPanel::preselectDevice);
    // New devices or measurements change which devices can check a predictor.
    connect(m_deviceLibrary, &DeviceLibrary::devicesChanged, m_predictorPanel, &PredictorPanel::refresh);
    connect(m_predictorPanel, &PredictorPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_fleetView, &FleetMonotonicityView::pairClicked, this, [this](const QString &a, const QString &b) {
        m_devicesDock->show();
        m_devicesDock->raise();
        m_deviceLibrary->selectDevices({a, b});
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importDevices = m_deviceLibrary->importDevicesAction();
    importDevices->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(importDevices);
    QAction *importMeasurements = m_deviceLibrary->importMeasurementsAction();
    importMeasurements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(importMeasurements);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close EdgeFront"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleDecisions = m_decisionDock->toggleViewAction();
    toggleDecisions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    toggleDecisions->setStatusTip(tr("Show or hide the design-space decisions"));
    view->addAction(toggleDecisions);
    QAction *toggleDevices = m_devicesDock->toggleViewAction();
    toggleDevices->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    toggleDevices->setStatusTip(tr("Show or hide the device library"));
    view->addAction(toggleDevices);
    QAction *toggleFleet = m_fleetDock->toggleViewAction();
    toggleFleet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    toggleFleet->setStatusTip(tr("Show or hide the SRCC heat map of the fleet"));
    view->addAction(toggleFleet);
    QAction *togglePredictors = m_predictorsDock->toggleViewAction();
    togglePredictors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    togglePredictors->setStatusTip(tr("Show or hide the predictors and their quality"));
    view->addAction(togglePredictors);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *sample = run->addAction(tr("&Sample Architecture"), m_browser, &DesignSpaceBrowser::sampleNext);
    sample->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    sample->setStatusTip(tr("Sample the next random architecture of the current space"));
    QAction *srcc = run->addAction(tr("Compute Fleet &SRCC"), this, [this] {
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
        resize(1200, 760);
    if (!restoreState(prefs::mainWindowState.value())) {
        resizeDocks({m_decisionDock, m_fleetDock}, {260, 470}, Qt::Horizontal);
        resizeDocks({m_devicesDock}, {280}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    prefs::mainWindowGeometry.setValue(saveGeometry());
    prefs::mainWindowState.setValue(saveState());
    m_fleetView->cancel();
    m_predictorPanel->cancelQuality();
    event->accept();
}

} // namespace edgefront
