// The workbench window as a user meets it, offscreen: the default project opens on the fleet's
// first device and draws its front; hovering a point shows its tooltip (design and every metric
// with provenance), a click selects it in the chart, the results table, the inspector and the
// analysis state (and a row selects it back on the chart); a budget slider re-filters the chart
// and the table (counts checked against the data), Ctrl+Z / Ctrl+Shift+Z undo and redo it; the
// Compare tab (Alt+2) links a candidate clicked on one device to the other device, the explorer
// and the inspector, and its device set is undoable; Ctrl+R opens the run dialog, a search
// launched there shows in the Runs dock and is cancelled, a short one opens its pick, and closing
// the window cancels a running one; pinning and a note (stored in the project); German menus
// after switching the language; File New, Open and Save As round trips on temporary files; the
// screenshot views.

#include "analysisstate.h"
#include "candidateinspector.h"
#include "candidateset.h"
#include "charts/frontchart.h"
#include "charts/minifrontchart.h"
#include "commands/selectcandidatecommand.h"
#include "compareview.h"
#include "decisiontree.h"
#include "designspace.h"
#include "designspacecatalog.h"
#include "frontexplorer.h"
#include "mainwindow.h"
#include "preferences.h"
#include "projectstore.h"
#include "resultstablemodel.h"
#include "resultsview.h"
#include "rundialog.h"
#include "runqueue.h"
#include "runspanel.h"
#include "translationloader.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QElapsedTimer>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <cmath>
#include <optional>

using namespace edgefront;

namespace {

QStringList menuTitles(const MainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

QAction *menuAction(const MainWindow &w, int menu, const QString &text)
{
    for (QAction *a : w.menuBar()->actions()[menu]->menu()->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

int independentCount(const CandidateSet &s, const CandidateBudgets &b)
{
    int n = 0;
    for (int i = 0; i < s.size(); ++i) {
        const double l = s.value(CandidateMetric::Latency, i), e = s.value(CandidateMetric::Energy, i),
                     m = s.value(CandidateMetric::Memory, i);
        n += std::isfinite(l) && l <= b.latencyMs && (std::isinf(b.energyMj) || e <= b.energyMj)
          && (std::isinf(b.memoryMB) || m <= b.memoryMB);
    }
    return n;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeFrontTest"));
        QLocale::setDefault(QLocale::c());
    }

    void init() { QSettings().clear(); }

    void opensDefaultProjectAndLinksSelection()
    {
        MainWindow w; // the default project, created with the built-in fleet
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(QFileInfo(w.project()->path()).fileName(), QStringLiteral("default.edgefront"));
        QCOMPARE(menuTitles(w), QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                             QStringLiteral("&Run"), QStringLiteral("&Help")}));
        FrontExplorer *explorer = w.explorer();
        QTRY_VERIFY_WITH_TIMEOUT(explorer->isFrontDrawn(), 15000);
        QCOMPARE(w.analysisState()->deviceId(), w.project()->devices().first().id);
        auto set = explorer->candidates();
        QCOMPARE(set->size(), prefs::candidateCount.defaultValue());
        QCOMPARE(explorer->chart()->frontIndices(), set->front());
        QVERIFY(explorer->chart()->drawnPointCount() > 500);
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("ResultsDock"))->isVisible());
        ResultsView *results = w.resultsView();
        QCOMPARE(results->model()->rowCount(), 100);

        // Click a front point: chart, table and state agree.
        FrontChart *chart = explorer->chart();
        const int target = set->front()[set->front().size() / 2];
        // The window may still settle its layout (docks, wrapped status text) after the front is
        // drawn, moving the plot: hover where the point is now until the layout holds still.
        std::optional<QPoint> pos;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     pos = chart->positionOf(target);
                                     if (!pos)
                                         return false;
                                     QTest::mouseMove(chart->plotWidget(), *pos);
                                     QCoreApplication::processEvents();
                                     return chart->hovered() == target;
                                 })(),
                                 10000);
        QVERIFY(chart->lastToolTip().startsWith(set->key(target)));
        // Every metric with where it comes from.
        for (const QString &part : {QStringLiteral("Accuracy: "), QStringLiteral("Latency: "), QStringLiteral("Energy: "),
                                    QStringLiteral("MACs: "), set->accuracyProvenance(), set->costProvenance(),
                                    QStringLiteral("Pareto front")})
            QVERIFY2(chart->lastToolTip().contains(part), qPrintable(part + u'\n' + chart->lastToolTip()));
        QTest::mouseClick(chart->plotWidget(), Qt::LeftButton, {}, *pos);
        QCOMPARE(w.analysisState()->selectedKey(), set->key(target));
        QCOMPARE(chart->selected(), target);
        QCOMPARE(results->currentCandidate(), target);
        QVERIFY(results->tableView()->selectionModel()->isRowSelected(results->tableView()->currentIndex().row(), {}));
        QCOMPARE(w.decisionTree()->topLevelItemCount(), 5); // ks, e, d, r, bits of the selection
        // The inspector (a tab behind the heat map) shows it once raised, on the current device.
        w.findChild<QDockWidget *>(QStringLiteral("InspectorDock"))->raise();
        QTRY_COMPARE(w.inspector()->designKey(), set->key(target));
        QCOMPARE(w.inspector()->deviceId(), w.analysisState()->deviceId());
        QVERIFY(std::abs(w.inspector()->networkLatencyMs() - set->value(CandidateMetric::Latency, target))
                <= 1e-9 * set->value(CandidateMetric::Latency, target)); // relative tolerance

        // Pick another row in the table: the chart follows.
        QTableView *table = results->tableView();
        const QModelIndex first = table->model()->index(0, ResultsTableModel::DesignColumn);
        const int firstCandidate = first.data(ResultsTableModel::CandidateRole).toInt();
        table->setFocus();
        table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(w.analysisState()->selectedKey(), set->key(firstCandidate));
        QCOMPARE(chart->selected(), firstCandidate);
        // Ctrl+Z brings the click's selection back.
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(chart->selected(), target);
        QCOMPARE(results->currentCandidate(), target);

        // Pin (Ctrl+D) and a note on the selection.
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(w.analysisState()->isPinned(set->key(target)));
        QCOMPARE(chart->pinned(), std::vector<int>{target});
        const int row = results->model()->rowOfCandidate(target);
        QCOMPARE(results->model()->index(row, ResultsTableModel::PinnedColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        QVERIFY(results->model()->setData(results->model()->index(row, ResultsTableModel::NoteColumn),
                                          QStringLiteral("ship this one")));
        QCOMPARE(w.project()->note(w.analysisState()->noteTarget(set->key(target))), QStringLiteral("ship this one"));

        // Export the selected design (an OFA-style config) and the table.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(results->exportDesign(target, dir.filePath(QStringLiteral("d.json")), &error), qPrintable(error));
        QString why;
        QFile config(dir.filePath(QStringLiteral("d.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const auto arch = set->space().fromJson(QJsonDocument::fromJson(config.readAll()).object(), &why);
        QVERIFY2(arch, qPrintable(why));
        QCOMPARE(set->space().key(*arch), set->key(target));
        QVERIFY(results->exportTable(dir.filePath(QStringLiteral("t.csv")), &error));
        QFile csv(dir.filePath(QStringLiteral("t.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), results->proxyModel()->rowCount() + 1);
    }

    void budgetSliderUndoRedo()
    {
        prefs::candidateCount.setValue(5000);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        FrontExplorer *explorer = w.explorer();
        QTRY_VERIFY_WITH_TIMEOUT(explorer->isFrontDrawn(), 15000);
        auto set = explorer->candidates();
        QCOMPARE(w.undoStack()->count(), 0);
        QSlider *memory = explorer->budgetSlider(BudgetKind::Memory);
        memory->setSliderDown(true);
        memory->setValue(700);
        memory->setValue(400);
        memory->setSliderDown(false);
        QCOMPARE(w.undoStack()->count(), 1);
        const CandidateBudgets b = w.analysisState()->budgets();
        QCOMPARE(b.memoryMB, explorer->budgetForPosition(BudgetKind::Memory, 400));
        const int expected = independentCount(*set, b);
        QVERIFY(expected > 0 && expected < set->size());
        QTRY_COMPARE(explorer->chart()->withinBudgetCount(), expected);
        QTRY_COMPARE(w.resultsView()->model()->matchingCount(), expected);
        QVERIFY(explorer->statusText().startsWith(QLocale().toString(expected)));

        QAction *undo = w.findChild<QAction *>(QStringLiteral("actionUndo"));
        QAction *redo = w.findChild<QAction *>(QStringLiteral("actionRedo"));
        QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QVERIFY(undo->text().contains(QStringLiteral("Memory Budget")));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(std::isinf(w.analysisState()->budgets().memoryMB));
        QCOMPARE(memory->value(), int(FrontExplorer::kSliderSteps));
        QTRY_COMPARE(explorer->chart()->withinBudgetCount(), set->countWithin({}));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.analysisState()->budgets().memoryMB, b.memoryMB);
        QCOMPARE(memory->value(), 400);
        QTRY_COMPARE(explorer->chart()->withinBudgetCount(), expected);
    }

    void compareLinksSelectionAcrossDevices()
    {
        prefs::candidateCount.setValue(2000);
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        FrontExplorer *explorer = w.explorer();
        QTRY_VERIFY_WITH_TIMEOUT(explorer->isFrontDrawn(), 15000);
        CompareView *compare = w.compareView();
        QVERIFY(!compare->candidates()); // nothing is computed before the tab is shown
        compare->setCandidateCount(600);
        QTest::keyClick(&w, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(w.centralTabs()->currentWidget(), compare);
        QTRY_VERIFY_WITH_TIMEOUT(compare->candidates() && !compare->isComputing(), 60000);
        const QStringList devices = compare->comparedDevices();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(w.analysisState()->deviceSet(), devices);
        QCOMPARE(compare->charts().size(), 2);
        QCOMPARE(compare->space(), w.analysisState()->spaceName());

        // A front point of the first device, clicked where the user sees it.
        MiniFrontChart *a = compare->chartFor(devices[0]);
        MiniFrontChart *b = compare->chartFor(devices[1]);
        QVERIFY(a && b);
        const int target = a->front()[a->front().size() / 2];
        QTest::mouseClick(a->plotWidget(), Qt::LeftButton, {}, a->positionOf(target));
        const QString key = w.analysisState()->selectedKey();
        QVERIFY(!key.isEmpty());
        const int index = compare->candidateIndex(key);
        QVERIFY(index >= 0);
        QCOMPARE(a->highlighted(), index);
        QCOMPARE(b->highlighted(), index);
        QVERIFY(compare->tableModel()->hasSelection());
        // The compare view draws the explorer's seeded candidates (the first 600 of its 2000):
        // the explorer and the results table select it too.
        const auto set = explorer->candidates();
        QVERIFY(set->indexOfKey(key) >= 0);
        QCOMPARE(explorer->chart()->selected(), set->indexOfKey(key));
        QCOMPARE(w.resultsView()->currentCandidate(), set->indexOfKey(key));
        w.findChild<QDockWidget *>(QStringLiteral("InspectorDock"))->raise();
        QTRY_COMPARE(w.inspector()->designKey(), key);

        // A selection made in the explorer shows on both compared devices.
        w.analysisState()->execute(new SelectCandidateCommand(w.analysisState(), set->key(0)));
        QCOMPARE(a->highlighted(), compare->candidateIndex(set->key(0)));
        QCOMPARE(b->highlighted(), compare->candidateIndex(set->key(0)));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.analysisState()->selectedKey(), key);
        QCOMPARE(b->highlighted(), index);

        // A third device from the picker; Ctrl+Z takes it back out.
        QListWidget *picker = compare->devicePicker();
        QListWidgetItem *third = nullptr;
        for (int i = 0; i < picker->count() && !third; ++i) {
            QListWidgetItem *item = picker->item(i);
            if (item->checkState() == Qt::Unchecked && (item->flags() & Qt::ItemIsUserCheckable))
                third = item;
        }
        QVERIFY(third);
        third->setCheckState(Qt::Checked);
        QCOMPARE(compare->charts().size(), 3);
        QCOMPARE(w.analysisState()->deviceSet().size(), 3);
        QCOMPARE(compare->chartFor(third->data(Qt::UserRole).toString())->highlighted(), index);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.analysisState()->deviceSet(), devices);
        QCOMPARE(compare->comparedDevices(), devices);
        QCOMPARE(compare->charts().size(), 2);
        QTest::keyClick(&w, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(w.centralTabs()->currentWidget(), explorer);
    }

    void runDialogLaunchesAndCancels()
    {
        prefs::candidateCount.setValue(1000);
        QString path;
        qint64 closedRun = -1;
        {
            MainWindow w;
            w.resize(1600, 1000);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_VERIFY_WITH_TIMEOUT(w.explorer()->isFrontDrawn(), 15000);
            path = w.project()->path();
            QVERIFY(!w.runDialog());
            QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
            RunDialog *dialog = w.runDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->queue(), w.runQueue());
            // Preset to the explorer's device.
            QCOMPARE(dialog->searchDeviceBox()->currentData().toString(), w.analysisState()->deviceId());

            // A search that would run for ages, launched from the dialog, cancelled with its button.
            dialog->setCurrentTab(RunDialog::SearchTab);
            dialog->searchMethodBox()->setCurrentIndex(dialog->searchMethodBox()->findData(QStringLiteral("evo")));
            dialog->searchGenerationsBox()->setValue(1'000'000);
            dialog->searchPopulationBox()->setValue(100);
            dialog->searchLatencyBox()->setValue(30.0);
            RunQueue *queue = w.runQueue();
            QSignalSpy started(queue, &RunQueue::runStarted);
            QSignalSpy finished(queue, &RunQueue::runFinished);
            QTest::mouseClick(dialog->queueButton(), Qt::LeftButton);
            QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
            QVERIFY(started.wait(10'000));
            const qint64 runId = started.first().at(1).toLongLong();
            // The Runs dock lists it as running, with progress and Cancel.
            RunsPanel *panel = w.runsPanel();
            QAbstractItemModel *runs = panel->runsView()->model();
            QCOMPARE(runs, queue->model());
            const int row = queue->model()->rowOfRun(runId);
            QVERIFY(row >= 0);
            QCOMPARE(runs->index(row, RunsModel::StatusColumn).data().toString(), QStringLiteral("running"));
            QTRY_VERIFY(panel->cancelButton()->isEnabled());
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
            QVERIFY(finished.wait(5'000));
            QCOMPARE(finished.first().at(0).toLongLong(), runId);
            QCOMPARE(w.project()->run(runId)->status, ProjectStore::RunStatus::Cancelled);
            QCOMPARE(runs->index(queue->model()->rowOfRun(runId), RunsModel::StatusColumn).data().toString(),
                     QStringLiteral("cancelled"));
            QVERIFY(!panel->cancelButton()->isEnabled());
            QCOMPARE(w.analysisState()->selectedKey(), QString()); // a cancelled run opens nothing

            // A short one finishes and opens: its pick is selected and inspected.
            dialog->searchGenerationsBox()->setValue(5);
            dialog->searchPopulationBox()->setValue(16);
            finished.clear();
            QVERIFY(dialog->queueCurrent() > 0);
            QVERIFY(finished.wait(30'000));
            const auto picks = finished.first().at(1).value<QList<RunPick>>();
            QCOMPARE(picks.size(), 1);
            QTRY_COMPARE(w.analysisState()->selectedKey(), picks.first().key);
            QCOMPARE(w.analysisState()->deviceId(), picks.first().device);
            QTRY_COMPARE(w.inspector()->designKey(), picks.first().key);
            // ... and is marked in the explorer against the searched front: added to its
            // candidates, drawn as a star with a "run N picks" legend entry, its tooltip naming
            // the run and the method.
            const qint64 shortRun = finished.first().at(0).toLongLong();
            QCOMPARE(w.centralTabs()->currentWidget(), static_cast<QWidget *>(w.explorer()));
            FrontExplorer *explorer = w.explorer();
            auto markedPick = [&] {
                const auto set = explorer->candidates();
                if (!set || explorer->isComputing() || !explorer->isFrontDrawn())
                    return -1;
                const int i = set->indexOfKey(picks.first().key);
                return i >= 0 && explorer->markedIndices() == std::vector<int>{i} ? i : -1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(markedPick() >= 0, 15000);
            const int pickIndex = markedPick();
            QCOMPARE(explorer->candidates()->deviceId(), picks.first().device);
            const QString label = QStringLiteral("run %1 picks").arg(shortRun);
            QCOMPARE(explorer->chart()->markedLabel(), label);
            QVERIFY(explorer->chart()->legendEntries().contains(label));
            const QString tip = explorer->chart()->toolTipText(pickIndex);
            QVERIFY2(tip.contains(QStringLiteral("Run %1 (evo search): best design on %2").arg(shortRun).arg(picks.first().device)),
                     qPrintable(tip));
            QCOMPARE(explorer->chart()->selected(), pickIndex); // and selected

            // Closing the window with a run going cancels it; it is recorded as cancelled.
            dialog->searchGenerationsBox()->setValue(1'000'000);
            dialog->searchPopulationBox()->setValue(100);
            started.clear();
            QVERIFY(dialog->queueCurrent() > 0);
            QVERIFY(started.wait(10'000));
            closedRun = started.first().at(1).toLongLong();
            QElapsedTimer closing;
            closing.start();
            QVERIFY(w.close());
            // close() cancels and waits for the run: it is recorded before close returns.
            QCOMPARE(w.project()->run(closedRun)->status, ProjectStore::RunStatus::Cancelled);
            QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
            QCOMPARE(queue->isBusy(), false);
        }
        QString error;
        auto store = ProjectStore::open(path, &error, false);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->run(closedRun)->status, ProjectStore::RunStatus::Cancelled);
    }

    void newcomerExportsDesignsForTwoDevices()
    {
        // First start to an exported design for two devices, by keyboard and the real dialogs:
        // the front is drawn; Ctrl+B selects the best design within the budgets; Ctrl+Shift+E
        // (File > Export Design) asks where to save; then the next device in the Device box and
        // the same two keys again.
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        FrontExplorer *explorer = w.explorer();
        QTemporaryDir dir;
        QStringList written;
        for (int device = 0; device < 2; ++device) {
            if (device > 0) {
                // The offscreen platform does not hand activation back after a modal dialog.
                w.activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(&w));
                explorer->deviceBox()->setCurrentIndex(1);
            }
            QTRY_VERIFY_WITH_TIMEOUT(explorer->isFrontDrawn(), 15000);
            const QString deviceId = w.analysisState()->deviceId();
            QCOMPARE(deviceId, w.project()->devices().at(device).id);
            // A latency budget from the keyboard: the slider starts at "no limit" (its end).
            QSlider *latency = explorer->budgetSlider(BudgetKind::Latency);
            latency->setFocus(Qt::TabFocusReason);
            QTest::keyClick(latency, Qt::Key_End);
            for (int i = 0; i < 4; ++i)
                QTest::keyClick(latency, Qt::Key_PageDown);
            QTRY_VERIFY(std::isfinite(w.analysisState()->budgets().latencyMs));
            const double budgetMs = w.analysisState()->budgets().latencyMs;
            QTest::keyClick(&w, Qt::Key_B, Qt::ControlModifier);
            QTRY_VERIFY(!w.analysisState()->selectedKey().isEmpty());
            QTRY_COMPARE(w.analysisState()->selectedKey(),
                         explorer->candidates()->key(explorer->candidates()->bestWithin(w.analysisState()->budgets())));
            const int chosen = explorer->candidates()->indexOfKey(w.analysisState()->selectedKey());
            QVERIFY(explorer->candidates()->value(CandidateMetric::Latency, chosen) <= budgetMs);
            const QString key = w.analysisState()->selectedKey();
            QVERIFY(w.resultsView()->exportDesignAction()->isEnabled());
            const QString path = dir.filePath(QStringLiteral("design-%1.json").arg(device));
            QTimer::singleShot(0, [&] {
                QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog->selectedFiles().value(0).contains(deviceId)); // suggested name names the device
                dialog->selectFile(path);
                QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
            });
            QVERIFY(w.resultsView()->exportDesignAction()->isEnabled());
            QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(QFile::exists(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
            // Once-for-All's keys plus the space; it loads back as the selected design.
            for (const char *k : {"ks", "e", "d", "r", "space"})
                QVERIFY2(config.contains(QLatin1StringView(k)), k);
            const DesignSpace *space = findDesignSpace(config.value(QStringLiteral("space")).toString());
            QVERIFY(space);
            const auto arch = space->fromJson(config, nullptr);
            QVERIFY(arch);
            QCOMPARE(space->key(*arch), key);
            written << key;
        }
        QCOMPARE(written.size(), 2);
    }

    void germanMenus()
    {
        prefs::candidateCount.setValue(1000);
        {
            MainWindow w;
            QAction *german = w.findChild<QAction *>(QStringLiteral("actionLanguage_de"));
            QVERIFY(german);
            german->trigger();
            QCOMPARE(prefs::language.value(), QStringLiteral("de"));
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box->text().contains(QStringLiteral("restarts")));
            box->accept();
        }
        // What main() does at the next start.
        QVERIFY(installTranslations(*qApp));
        {
            MainWindow w;
            const QStringList titles = menuTitles(w);
            QCOMPARE(titles.first(), QStringLiteral("&Datei"));
            QCOMPARE(titles.at(1), QStringLiteral("&Bearbeiten"));
            QCOMPARE(titles.at(2), QStringLiteral("&Ansicht"));
            QVERIFY(menuAction(w, 0, QStringLiteral("&Neues Projekt…")));
            QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("ResultsDock"))->windowTitle() == QStringLiteral("Ergebnisse"));
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void newOpenSaveAsRoundTrip()
    {
        prefs::candidateCount.setValue(1000);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.edgefront")), b = dir.filePath(QStringLiteral("b.edgefront"));
        MainWindow w(dir.filePath(QStringLiteral("start.edgefront")));
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.explorer()->isFrontDrawn(), 15000);
        // New: a fresh project with the fleet, and the front of its first device.
        QString error;
        QVERIFY2(w.openProjectFile(a, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(a));
        QVERIFY(w.windowTitle().contains(QStringLiteral("a.edgefront")));
        QCOMPARE(w.project()->devices().size(), 33);
        QTRY_VERIFY_WITH_TIMEOUT(w.explorer()->isFrontDrawn(), 15000);
        const QString key = w.explorer()->candidates()->key(0);
        w.analysisState()->execute(new SelectCandidateCommand(w.analysisState(), key));
        QCOMPARE(w.undoStack()->count(), 1);
        QVERIFY(w.analysisState()->setNote(key, QStringLiteral("keep")));
        w.analysisState()->setBudget(BudgetKind::Latency, 5.0);

        // Save As: a consistent copy, the window continues on it with the analysis.
        QVERIFY2(w.saveProjectAs(b, &error), qPrintable(error));
        QVERIFY(QFileInfo(w.project()->path()) == QFileInfo(b));
        QVERIFY(w.windowTitle().contains(QStringLiteral("b.edgefront")));
        QCOMPARE(w.analysisState()->budgets().latencyMs, 5.0);
        QCOMPARE(w.undoStack()->count(), 0);
        QCOMPARE(w.analysisState()->note(key), QStringLiteral("keep"));
        {
            QString e;
            auto copy = ProjectStore::open(b, &e, false);
            QVERIFY2(copy, qPrintable(e));
            QCOMPARE(copy->devices().size(), 33);
        }
        // Switching projects with a run going and one queued: the same queue cancels them and
        // waits, the running one is recorded as cancelled in its project, no row is left over.
        RunQueue *queue = w.runQueue();
        RunRequest longSearch;
        longSearch.kind = QStringLiteral("search");
        longSearch.options = QJsonObject{{QStringLiteral("method"), QStringLiteral("evo")},
                                         {QStringLiteral("space"), w.analysisState()->spaceName()},
                                         {QStringLiteral("device"), w.analysisState()->deviceId()},
                                         {QStringLiteral("latency_ms"), 30.0},
                                         {QStringLiteral("generations"), 1'000'000},
                                         {QStringLiteral("population"), 100}};
        QSignalSpy started(queue, &RunQueue::runStarted);
        QVERIFY2(queue->enqueue(longSearch, &error) > 0, qPrintable(error));
        QVERIFY(queue->enqueue(longSearch, &error) > 0);
        QVERIFY(started.wait(10'000));
        const qint64 switchedRun = started.first().at(1).toLongLong();
        QVERIFY(w.openProjectFile(a, &error));
        QCOMPARE(w.runQueue(), queue);
        QVERIFY(!queue->isBusy());
        QCOMPARE(queue->queuedCount(), 0);
        QCOMPARE(queue->model()->liveCount(), 0);
        QCOMPARE(queue->model()->rowOfRun(switchedRun), -1); // a's runs are listed, not b's
        {
            QString e;
            auto old = ProjectStore::open(b, &e, false);
            QVERIFY2(old, qPrintable(e));
            QCOMPARE(old->run(switchedRun)->status, ProjectStore::RunStatus::Cancelled);
        }
        QCOMPARE(w.analysisState()->selectedKey(), QString()); // nothing was opened

        // Save As over an existing file replaces it.
        QVERIFY(w.analysisState()->setNote(key, QStringLiteral("changed")));
        QVERIFY2(w.saveProjectAs(b, &error), qPrintable(error));
        QCOMPARE(w.project()->note(w.analysisState()->noteTarget(key)), QStringLiteral("changed"));

        // Open the first again; both are recent, newest first; the last one is remembered.
        QVERIFY(w.openProjectFile(a, &error));
        QCOMPARE(prefs::lastProject.value(), QFileInfo(a).absoluteFilePath());
        const QStringList recent = prefs::recentProjects.value();
        QCOMPARE(recent.mid(0, 2), QStringList({QFileInfo(a).absoluteFilePath(), QFileInfo(b).absoluteFilePath()}));
        QCOMPARE(MainWindow::startupProjectPath(), QFileInfo(a).absoluteFilePath());
        // A file that is not a project leaves the current one open.
        const QString bad = dir.filePath(QStringLiteral("bad.edgefront"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not sqlite");
        f.close();
        QVERIFY(!w.openProjectFile(bad, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(w.project()->path()) == QFileInfo(a));

        for (const QString &view : MainWindow::viewNames())
            QVERIFY(w.showView(view));
        QCOMPARE(w.screenshotWidget(), w.runDialog());
        QVERIFY(w.showView(QStringLiteral("explorer")));
        QCOMPARE(w.screenshotWidget(), &w);
        QVERIFY(!w.showView(QStringLiteral("no-such-view")));
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
