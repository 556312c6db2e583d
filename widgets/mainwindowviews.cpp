// MainWindow's hosted views: the compare view (central tab), the candidate inspector (dock),
// the runs (queue, dock and dialog), the selection links between them, and the screenshot
// views. The project, docks and menus are in mainwindow.cpp.

#include "mainwindow.h"

#include "analysisstate.h"
#include "candidateinspector.h"
#include "candidateset.h"
#include "charts/frontchart.h"
#include "commands/selectcandidatecommand.h"
#include "commands/setcurrentdevicecommand.h"
#include "commands/setdevicesetcommand.h"
#include "compareview.h"
#include "designspace.h"
#include "designspacebrowser.h"
#include "designspacecatalog.h"
#include "devicelibrary.h"
#include "fleetmonotonicityview.h"
#include "frontexplorer.h"
#include "importedmodelview.h"
#include "projectstore.h"
#include "rundialog.h"
#include "runspanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QListWidget>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QCheckBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <cmath>

namespace edgefront {

void MainWindow::createWorkbenchViews()
{
    m_compare = new CompareView(m_centralTabs);
    m_compare->setObjectName(QStringLiteral("CompareView"));
    m_compare->setAccessibleName(tr("Compare devices"));
    m_compare->setSpace(m_state->spaceName());
    m_centralTabs->addTab(m_compare, tr("&Compare"));
    m_centralTabs->setTabToolTip(0, tr("The front of the current device (Alt+1)"));
    m_centralTabs->setTabToolTip(1, tr("Two to six devices side by side on the same candidates (Alt+2)"));

    m_inspector = new CandidateInspector(this);
    m_inspector->setObjectName(QStringLiteral("CandidateInspector"));
    m_inspector->setAccessibleName(tr("Candidate inspector"));
    m_inspector->clear(tr("Select a candidate in the explorer, the results or the compare view to inspect it."));
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("InspectorDock"));
    // Scrolls rather than widening the right column to the inspector's minimum width.
    auto *inspectorScroll = new QScrollArea(this);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    inspectorScroll->setWidget(m_inspector);
    m_inspectorDock->setWidget(inspectorScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    tabifyDockWidget(m_predictorsDock, m_inspectorDock);
    m_fleetDock->raise();

    m_runsPanel = new RunsPanel(this);
    m_runsPanel->setAccessibleName(tr("Runs"));
    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(QStringLiteral("RunsDock"));
    m_runsDock->setWidget(m_runsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_runsDock);
    tabifyDockWidget(m_devicesDock, m_runsDock);
    m_devicesDock->raise();

    connectWorkbenchViews();
}

void MainWindow::connectWorkbenchViews()
{
    connect(m_centralTabs, &QTabWidget::currentChanged, this, &MainWindow::startCompareIfShown);

    // Selection: the state is the one truth; every view follows it, user picks go through it.
    connect(m_state, &AnalysisState::selectionChanged, this, &MainWindow::followSelection);
    connect(m_compare, &CompareView::candidateSelected, this, [this](const QString &key) {
        if (key != m_state->selectedKey())
            m_state->execute(new SelectCandidateCommand(m_state, key));
    });
    connect(m_compare, &CompareView::computationFinished, this, [this](bool ok) {
        if (!ok)
            return;
        // The picker starts on the first usable devices; the state's set wins when it has one.
        followDeviceSet();
        if (m_state->deviceSet().isEmpty()) {
            m_syncingDevices = true;
            m_state->setDeviceSet(m_compare->comparedDevices());
            m_syncingDevices = false;
        }
        m_compare->setSelectedCandidate(m_state->selectedKey());
        if (!m_inspector->hasDesign() || m_inspector->designKey() != m_state->selectedKey())
            inspectSelection();
    });
    connect(m_compare, &CompareView::comparedDevicesChanged, this, [this](const QStringList &ids) {
        if (m_syncingDevices || ids.size() < CompareView::kMinDevices || ids == m_state->deviceSet())
            return;
        m_syncingDevices = true;
        m_state->execute(new SetDeviceSetCommand(m_state, ids));
        m_syncingDevices = false;
    });
    connect(m_state, &AnalysisState::deviceSetChanged, this, &MainWindow::followDeviceSet);
    connect(m_state, &AnalysisState::spaceChanged, m_compare, &CompareView::setSpace);
    connect(m_state, &AnalysisState::budgetsChanged, this, [this] {
        const double latency = m_state->budgets().latencyMs;
        if (std::isfinite(latency) && latency > 0)
            m_compare->setLatencyBudget(latency);
    });

    // The inspector shows the selection on the current device, once its candidates are known.
    connect(m_state, &AnalysisState::deviceChanged, this, &MainWindow::inspectSelection);
    connect(m_explorer, &FrontExplorer::candidatesChanged, this, [this] {
        if (!m_state->selectedKey().isEmpty() && m_inspector->designKey() != m_state->selectedKey())
            inspectSelection();
    });
    connect(m_inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_inspectPending)
            inspectSelection();
    });
    connect(m_deviceLibrary, &DeviceLibrary::devicesChanged, this, [this] {
        if (m_runDialog)
            m_runDialog->refreshDevices();
        // New devices or measurements: the compare view evaluates the fleet again when shown.
        m_comparePath.clear();
        startCompareIfShown();
    });

    connect(m_runsPanel, &RunsPanel::newRunRequested, this, &MainWindow::openRunDialog);
    connect(m_runsPanel, &RunsPanel::openRunRequested, this, &MainWindow::openRun);
}

void MainWindow::attachRuns(ProjectStore *project)
{
    // The dialog shows the old project's devices: it goes (and is made again on demand). The
    // queue lives on: setProject cancels the old project's runs and waits until they are
    // recorded, without opening their picks in the new project.
    delete m_runDialog;
    m_runDialog = nullptr;
    if (m_runQueue) {
        m_settlingRuns = true;
        m_runQueue->setProject(project);
        m_settlingRuns = false;
        return;
    }
    m_runQueue = new RunQueue(this);
    m_runQueue->setObjectName(QStringLiteral("RunQueue"));
    m_runQueue->setProject(project);
    m_runsPanel->setQueue(m_runQueue);
    connect(m_runQueue, &RunQueue::runStarted, this, [this](int, qint64 runId) {
        statusBar()->showMessage(tr("Run %1 started.").arg(runId), 5000);
    });
    connect(m_runQueue, &RunQueue::runEnded, this, [this](const RunOutcome &outcome) {
        const QString status = RunsModel::statusText(outcome.status);
        if (outcome.runId < 0) {
            statusBar()->showMessage(tr("A run failed: %1").arg(outcome.error), 10000);
            return;
        }
        statusBar()->showMessage(tr("Run %1 %2.").arg(outcome.runId).arg(status), 10000);
        // Finished runs open with their picks; cancelled ones stay in the runs list. Runs that
        // end while the window closes or switches projects are not opened.
        if (!m_settlingRuns && outcome.status == RunsModel::Status::Finished && !outcome.picks.isEmpty())
            openRun(outcome.runId, outcome.picks);
    });
}

void MainWindow::showExplorer()
{
    m_centralTabs->setCurrentWidget(m_explorer);
    m_explorer->chart()->setFocus();
}

void MainWindow::showCompare()
{
    m_centralTabs->setCurrentWidget(m_compare);
    startCompareIfShown();
}

void MainWindow::startCompareIfShown()
{
    if (!m_compare || m_centralTabs->currentWidget() != m_compare || !m_project || m_comparePath == m_project->path())
        return;
    m_comparePath = m_project->path();
    m_compare->setSpace(m_state->spaceName());
    const double latency = m_state->budgets().latencyMs;
    if (std::isfinite(latency) && latency > 0)
        m_compare->setLatencyBudget(latency);
    followDeviceSet();
    m_compare->setProjectPath(m_comparePath);
}

void MainWindow::followDeviceSet()
{
    const QStringList ids = m_state->deviceSet();
    if (ids.isEmpty() || ids == m_compare->comparedDevices())
        return;
    m_syncingDevices = true;
    m_compare->setComparedDevices(ids);
    m_syncingDevices = false;
}

void MainWindow::followSelection()
{
    m_compare->setSelectedCandidate(m_state->selectedKey());
    inspectSelection();
}

void MainWindow::inspectSelection()
{
    // Only a visible inspector works; a hidden one catches up when it is shown.
    if (!m_inspectorDock->isVisible()) {
        m_inspectPending = true;
        return;
    }
    m_inspectPending = false;
    const QString key = m_state->selectedKey();
    if (key.isEmpty() || !m_project) {
        m_inspector->clear(tr("Select a candidate in the explorer, the results or the compare view to inspect it."));
        return;
    }
    const std::optional<DeviceProfile> device = m_project->device(m_state->deviceId());
    if (!device) {
        m_inspector->clear(tr("Choose a device in the explorer."));
        return;
    }
    if (m_inspector->hasDesign() && m_inspector->designKey() == key && m_inspector->deviceId() == device->id)
        return;

    // The design behind the key: the explorer's candidates, the compare view's, or a run's pick.
    const DesignSpace *space = nullptr;
    std::optional<Architecture> arch;
    DesignAccuracy accuracy;
    const auto set = m_explorer->candidates();
    const CompareCandidates *compared = m_compare->candidates();
    if (const int i = set ? set->indexOfKey(key) : -1; i >= 0) {
        space = &set->space();
        arch = set->architecture(i);
        accuracy.accuracy = set->value(CandidateMetric::Accuracy, i);
        accuracy.provenance = set->accuracyProvenance();
    } else if (const int j = compared ? m_compare->candidateIndex(key) : -1; j >= 0) {
        space = findDesignSpace(compared->space);
        arch = compared->archs[size_t(j)];
        accuracy.accuracy = compared->accuracy[size_t(j)];
        accuracy.provenance = compared->accuracyProvenance;
    } else if (const auto pick = m_runPicks.constFind(key); pick != m_runPicks.cend()) {
        space = findDesignSpace(pick->space);
        QString why;
        if (space)
            arch = space->fromJson(pick->config, &why);
        accuracy.accuracy = pick->accuracy;
        accuracy.provenance = tr("as the run predicted it");
    }
    if (!space || !arch) {
        m_inspector->clear(tr("%1 is not among the computed candidates yet.").arg(key));
        return;
    }
    m_inspector->setDesign(*space, *arch, *device, m_project->measuredValues(device->id), accuracy);
}

void MainWindow::openRunDialog()
{
    if (!m_runDialog) {
        m_runDialog = new RunDialog(m_runQueue, this);
        m_runDialog->setAccessibleName(tr("Run launcher"));
        m_runDialog->resize(std::min(1200, width()), std::min(800, height()));
        connect(m_runDialog, &RunDialog::openRunRequested, this, &MainWindow::openRun);
    }
    m_runDialog->setDefaults(m_state->spaceName(), m_state->deviceId());
    m_runDialog->show();
    m_runDialog->raise();
    m_runDialog->activateWindow();
}

void MainWindow::openRun(qint64 runId, const QList<RunPick> &picks)
{
    if (picks.isEmpty() || !m_project) {
        statusBar()->showMessage(tr("Run %1 picked no design.").arg(runId), 10000);
        return;
    }
    m_runPicks.clear();
    const RunPick *best = &picks.first();
    QStringList devices;
    for (const RunPick &p : picks) {
        m_runPicks.insert(p.key, p);
        if (p.role == QLatin1StringView("best") && best->role != QLatin1StringView("best"))
            best = &p;
        if (!p.device.isEmpty() && !devices.contains(p.device) && m_project->device(p.device))
            devices.append(p.device);
    }
    const DesignSpace *space = findDesignSpace(best->space);
    // The picks are marked in the explorer against the searched front (added to its
    // candidates: search picks are rarely in the random sample), which shows the run's device.
    MarkedDesigns marks;
    marks.space = best->space;
    marks.label = tr("run %1 picks").arg(runId);
    const QString method = runMethodText(runId);
    if (space) {
        for (const RunPick &p : picks) {
            QString why;
            const auto arch = p.space == best->space ? space->fromJson(p.config, &why) : std::nullopt;
            if (!arch)
                continue;
            marks.designs.push_back(*arch);
            QString note = tr("Run %1 (%2): %3 on %4").arg(runId).arg(method, pickRoleText(p.role), p.device);
            if (std::isfinite(p.budgetMs))
                note += tr(", latency budget %1 ms").arg(QLocale().toString(p.budgetMs, 'g', 4));
            marks.notes << note;
        }
    }
    m_explorer->setMarkedDesigns(marks);
    showExplorer();
    if (space && best->space != m_state->spaceName())
        m_browser->setSpace(best->space); // the state, the explorer and the compare view follow
    if (!best->device.isEmpty() && best->device != m_state->deviceId() && m_project->device(best->device))
        m_state->execute(new SetCurrentDeviceCommand(m_state, best->device));
    // The picks are evaluated with the fleet's candidates in the compare view, on the run's
    // devices (a transfer's targets) when there are several.
    if (space)
        m_compare->setExtraDesigns(marks.designs);
    if (devices.size() >= CompareView::kMinDevices && devices.mid(0, CompareView::kMaxDevices) != m_state->deviceSet())
        m_state->execute(new SetDeviceSetCommand(m_state, devices.mid(0, CompareView::kMaxDevices)));
    if (best->key != m_state->selectedKey())
        m_state->execute(new SelectCandidateCommand(m_state, best->key));
    m_inspectorDock->show();
    m_inspectorDock->raise();
    inspectSelection();
    statusBar()->showMessage(tr("Run %1: %n pick(s), marked in the explorer and evaluated in the compare view; %2 is selected and inspected.",
                                nullptr, int(picks.size()))
                                 .arg(runId)
                                 .arg(best->key),
                             15000);
}

QString MainWindow::runMethodText(qint64 runId) const
{
    const std::optional<ProjectStore::RunRecord> run = m_project ? m_project->run(runId) : std::nullopt;
    if (!run)
        return tr("run");
    const QJsonObject &in = run->inputs;
    if (run->kind == QLatin1StringView("search"))
        return tr("%1 search").arg(in.value(QStringLiteral("method")).toString());
    if (run->kind == QLatin1StringView("transfer"))
        return tr("proxy transfer from %1").arg(in.value(QStringLiteral("proxy")).toString());
    if (run->kind == QLatin1StringView("optimizer"))
        return tr("neural optimizer");
    return run->kind;
}

QString MainWindow::pickRoleText(const QString &role)
{
    if (role == QLatin1StringView("best"))
        return tr("best design");
    if (role == QLatin1StringView("front"))
        return tr("front design");
    if (role == QLatin1StringView("transfer"))
        return tr("transferred pick");
    return role;
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("explorer"), QStringLiteral("compare"), QStringLiteral("inspector"), QStringLiteral("run-dialog")};
}

bool MainWindow::showView(const QString &name, const QSize &size)
{
    if (!viewNames().contains(name))
        return false;
    m_shownView = name;
    prepareScreenshot(name, size.isValid() ? size : this->size());
    return true;
}

void MainWindow::prepareScreenshot(const QString &name, const QSize &size)
{
    // The window fits 1600x1000 with every dock; a view that gains from the room (the compare
    // grid) hides the docks it does not need.
    auto keepDocks = [this](const QList<QDockWidget *> &keep) {
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->setVisible(keep.contains(dock));
    };
    resize(size);
    if (name == QLatin1StringView("explorer")) {
        // The whole workbench: the explorer with its docks (results, devices, fleet SRCC).
        showExplorer();
        m_devicesDock->raise();
        m_fleetDock->raise();
        return;
    }
    if (name == QLatin1StringView("compare")) {
        // Four devices of different kinds (when the project has them), a candidate selected.
        QStringList ids;
        if (m_project) {
            for (const QString &id : {QStringLiteral("phone-cpu-big-a"), QStringLiteral("phone-gpu-a"),
                                      QStringLiteral("edge-tpu-a"), QStringLiteral("desktop-gpu-a")})
                if (m_project->device(id))
                    ids.append(id);
        }
        if (ids.size() >= CompareView::kMinDevices)
            m_state->setDeviceSet(ids);
        auto *once = new QObject(this);
        connect(m_compare, &CompareView::computationFinished, once, [this, once](bool ok) {
            once->deleteLater();
            if (ok && m_compare->tableModel()->rowCount() > 0 && m_state->selectedKey().isEmpty())
                m_state->setSelectedKey(m_compare->tableModel()->row(0).bestKey);
        });
        // The grid of four fronts, the heat map and the table want the window's width; the
        // table gets room for its four rows.
        keepDocks({});
        showCompare();
        for (QSplitter *splitter : m_compare->findChildren<QSplitter *>()) {
            if (splitter->orientation() == Qt::Vertical)
                splitter->setSizes({size.height() * 3 / 5, size.height() / 4});
        }
        return;
    }
    if (name == QLatin1StringView("inspector")) {
        // The inspector on its own (floating) at the requested size; the explorer behind it.
        showExplorer();
        keepDocks({m_resultsDock, m_inspectorDock});
        m_inspectorDock->setFloating(true);
        m_inspectorDock->resize(size);
        // A design from the middle of the front, once there is one.
        auto selectFrontDesign = [this] {
            const auto set = m_explorer->candidates();
            if (set && !set->front().empty() && m_state->selectedKey().isEmpty())
                m_state->setSelectedKey(set->key(set->front()[set->front().size() * 2 / 3]));
        };
        if (m_explorer->candidates()) {
            selectFrontDesign();
        } else {
            auto *once = new QObject(this);
            connect(m_explorer, &FrontExplorer::candidatesChanged, once, [this, once, selectFrontDesign] {
                if (!m_explorer->candidates())
                    return;
                once->deleteLater();
                selectFrontDesign();
            });
        }
        return;
    }
    if (name == QLatin1StringView("run-dialog")) {
        openRunDialog();
        m_runDialog->resize(size);
        // A small proxy transfer: the page shows the SRCC check and which branch ran (phone-gpu-c,
        // of the proxy's class, is reused).
        m_runDialog->setCurrentTab(RunDialog::TransferTab);
        m_runDialog->transferSpaceBox()->setCurrentText(m_state->spaceName());
        const int proxy = m_runDialog->transferProxyBox()->findData(QStringLiteral("phone-gpu-b"));
        if (proxy >= 0)
            m_runDialog->transferProxyBox()->setCurrentIndex(proxy);
        const QStringList targets{QStringLiteral("phone-gpu-a"), QStringLiteral("phone-gpu-c"), QStringLiteral("edge-gpu-a"),
                                  QStringLiteral("mcu-a")};
        QListWidget *list = m_runDialog->transferTargetList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(targets.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                     : Qt::Unchecked);
        m_runDialog->transferBudgetModeBox()->setCurrentIndex(1); // quantiles
        m_runDialog->transferBudgetsEdit()->setText(QStringLiteral("0.25, 0.5"));
        m_runDialog->transferSamplesBox()->setValue(40);
        m_runDialog->transferValidationBox()->setValue(10);
        m_runDialog->transferGenerationsBox()->setValue(8);
        m_runDialog->transferPopulationBox()->setValue(24);
        m_runDialog->transferGridBox()->setValue(3);
        m_runDialog->transferReferenceBox()->setChecked(false);
        if (m_runDialog->queueCurrent() < 0)
            statusBar()->showMessage(m_runDialog->errorText());
        // Room for the result (the SRCC check of every target) rather than the target list.
        for (QSplitter *splitter : m_runDialog->findChildren<QSplitter *>())
            splitter->setSizes(splitter->orientation() == Qt::Vertical ? QList<int>{size.height() * 11 / 20, size.height() * 9 / 20}
                                                                       : QList<int>{size.width() * 2 / 5, size.width() * 3 / 5});
        return;
    }
}

QWidget *MainWindow::screenshotWidget() const
{
    if (m_shownView == QLatin1StringView("run-dialog") && m_runDialog)
        return m_runDialog;
    if (m_shownView == QLatin1StringView("inspector") && m_inspectorDock->isFloating())
        return m_inspectorDock;
    return const_cast<MainWindow *>(this);
}

void MainWindow::whenReady(std::function<void()> ready, int timeoutMs)
{
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this, timer, ready = std::move(ready), timeoutMs, waited = 0]() mutable {
        waited += timer->interval();
        bool done = m_explorer->isFrontDrawn() && !m_explorer->isComputing() && !m_fleetView->isComputing();
        if (m_shownView == QLatin1StringView("compare"))
            done = done && m_compare->candidates() && !m_compare->isComputing();
        else if (m_shownView == QLatin1StringView("inspector"))
            done = done && m_inspector->hasDesign();
        else if (m_shownView == QLatin1StringView("run-dialog"))
            done = done && !m_runQueue->isBusy() && m_runQueue->queuedCount() == 0;
        if (!done && waited < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        ready();
    });
    timer->start();
}

void MainWindow::importOnnxModelDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import ONNX Model"), QString(),
                                                      tr("ONNX models (*.onnx);;All files (*)"));
    if (path.isEmpty() || !m_project)
        return;
    auto *view = new ImportedModelView(this);
    QString error;
    if (!view->loadFile(path, &error)) {
        delete view;
        QMessageBox::warning(this, tr("Import ONNX Model"), error);
        return;
    }
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("%1 — per-layer costs").arg(QFileInfo(path).fileName()));
    view->setDevices(m_project->devices(), m_state->deviceId());
    view->resize(1200, 900);
    view->show();
}

} // namespace edgefront
