#include "mainwindow.h"

#include "decisiontree.h"
#include "designspace.h"
#include "designspacebrowser.h"
#include "designspacecatalog.h"
#include "preferences.h"

#include <edgefront/version.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace edgefront {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("EdgeFront"));
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

    createMenus();
    QString space = prefs::designSpace.value();
    if (!findDesignSpace(space))
        space = defaultDesignSpaceName();
    m_browser->setSpace(space);
    updateTree();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close EdgeFront"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleDecisions = m_decisionDock->toggleViewAction();
    toggleDecisions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    toggleDecisions->setStatusTip(tr("Show or hide the design-space decisions"));
    view->addAction(toggleDecisions);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *sample = run->addAction(tr("&Sample Architecture"), m_browser, &DesignSpaceBrowser::sampleNext);
    sample->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    sample->setStatusTip(tr("Sample the next random architecture of the current space"));

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
    if (!restoreState(prefs::mainWindowState.value()))
        resizeDocks({m_decisionDock}, {320}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    prefs::mainWindowGeometry.setValue(saveGeometry());
    prefs::mainWindowState.setValue(saveState());
    event->accept();
}

} // namespace edgefront
