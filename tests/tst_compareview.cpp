// The compare view, offscreen: two devices of the built-in fleet compared on the same
// candidates; a candidate clicked on one device's chart is highlighted on the other and in the
// table; the table's per-device numbers (the selected candidate's latency, energy, budget check
// and each device's best design within the budget) equal an independent computation with the
// core (whole-network DeviceEvaluator values, the project's default accuracy); shared axes give
// both charts one range; the fleet heat map covers every device. The table model passes
// QAbstractItemModelTester.
//
// EDGEFRONT_SCREENSHOT_DIR=folder also writes compareview.png (1600 x 1000).

#include "charts/minifrontchart.h"
#include "compareview.h"
#include "designspacecatalog.h"
#include "projectstore.h"
#include "searchevaluator.h"
#include "srccheatmap.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

const QString kSpace = QStringLiteral("ofa-mbv3-w12-mp");
const QString kDeviceA = QStringLiteral("phone-cpu-big-a");
const QString kDeviceB = QStringLiteral("edge-tpu-a");
constexpr int kCandidates = 600;

bool close(double a, double b, double relative = 1e-9)
{
    if (std::isnan(a) && std::isnan(b))
        return true;
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b)) + 1e-15;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_path;

    // A view on the test project with the two devices compared, its candidates computed.
    std::unique_ptr<CompareView> openView()
    {
        auto view = std::make_unique<CompareView>();
        view->setSpace(kSpace);
        view->setCandidateCount(kCandidates);
        view->setComparedDevices({kDeviceA, kDeviceB});
        view->resize(1600, 1000);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        QSignalSpy done(view.get(), &CompareView::computationFinished);
        view->setProjectPath(m_path);
        if (!done.wait(60'000) || !done.first().first().toBool())
            return nullptr;
        QCoreApplication::processEvents();
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        m_path = m_home.filePath(QStringLiteral("compare.edgefront"));
        QString error;
        QVERIFY2(ProjectStore::open(m_path, &error), qPrintable(error));
    }

    void comparesTwoDevices()
    {
        QElapsedTimer timer;
        timer.start();
        auto view = openView();
        QVERIFY(view);
        qInfo("%d candidates on the fleet in %lld ms", kCandidates, timer.elapsed());
        const CompareCandidates *c = view->candidates();
        QVERIFY(c);
        QCOMPARE(int(c->archs.size()), kCandidates);
        QCOMPARE(view->comparedDevices(), QStringList({kDeviceA, kDeviceB}));
        QCOMPARE(view->charts().size(), 2);
        QVERIFY(view->chartFor(kDeviceA) && view->chartFor(kDeviceB));
        // Same candidates on both charts: same accuracy, each device's latency.
        for (const QString &d : {kDeviceA, kDeviceB}) {
            MiniFrontChart *chart = view->chartFor(d);
            QCOMPARE(chart->candidateCount(), kCandidates);
            QVERIFY(!chart->front().empty());
            QVERIFY(chart->drawnPointCount() <= MiniFrontChart::kMaxDrawn);
        }
        QAbstractItemModelTester tester(view->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->tableModel()->rowCount(), 2);
        // The fleet heat map: every device of the project, on these candidates.
        QString error;
        auto store = ProjectStore::open(m_path, &error, false);
        QVERIFY(store);
        QCOMPARE(view->heatMap()->deviceCount(), int(store->devices().size()));
        QVERIFY(view->proxyText().contains(QStringLiteral("best proxy")));
    }

    void selectionIsLinked()
    {
        auto view = openView();
        QVERIFY(view);
        MiniFrontChart *a = view->chartFor(kDeviceA);
        MiniFrontChart *b = view->chartFor(kDeviceB);
        // A front member of device A, clicked where the user sees it.
        const int target = a->front()[a->front().size() / 2];
        const QPoint pos = a->positionOf(target);
        QVERIFY(a->plotWidget()->rect().contains(pos));
        QSignalSpy selected(view.get(), &CompareView::candidateSelected);
        QTest::mouseClick(a->plotWidget(), Qt::LeftButton, {}, pos);
        QCOMPARE(selected.count(), 1);
        const QString key = selected.first().first().toString();
        const int index = view->candidateIndex(key);
        QVERIFY(index >= 0);
        // The click took the marker under the cursor (or one drawn on the same pixel).
        QVERIFY((a->positionOf(index) - pos).manhattanLength() <= 1);
        QCOMPARE(view->selectedCandidate(), key);
        QCOMPARE(a->highlighted(), index);
        QCOMPARE(b->highlighted(), index);
        QVERIFY(view->tableModel()->hasSelection());

        // Programmatic selection (from the explorer) highlights without emitting.
        const QString other = view->candidates()->keys[(index + 1) % kCandidates];
        QVERIFY(view->setSelectedCandidate(other));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(a->highlighted(), view->candidateIndex(other));
        QCOMPARE(b->highlighted(), view->candidateIndex(other));
        QVERIFY(!view->setSelectedCandidate(QStringLiteral("no such design")));
        QCOMPARE(a->highlighted(), -1);
        QCOMPARE(b->highlighted(), -1);

        // Keyboard: Right on a focused chart steps along its front and selects everywhere.
        b->setFocus();
        QTest::keyClick(b, Qt::Key_Right);
        QCOMPARE(selected.count(), 2);
        const int stepped = view->candidateIndex(selected.last().first().toString());
        QCOMPARE(stepped, b->front().front());
        QCOMPARE(a->highlighted(), stepped);
    }

    void tableEqualsIndependentComputation()
    {
        auto view = openView();
        QVERIFY(view);
        const CompareCandidates *c = view->candidates();
        QString error;
        auto store = ProjectStore::open(m_path, &error, false);
        QVERIFY(store);
        const DesignSpace *space = findDesignSpace(kSpace);
        const auto accuracy = defaultAccuracySource(*store, *space, &error);
        QVERIFY(accuracy);
        const std::vector<double> acc = accuracy->predict(ArchitectureBatch(*space, c->archs));

        // Whole-network values of both devices, independently of the view's cost source.
        QHash<QString, std::vector<double>> latency, energy;
        for (const QString &d : {kDeviceA, kDeviceB}) {
            auto e = store->evaluator(d, &error);
            QVERIFY(e);
            latency[d] = e->evaluate(*space, c->archs, Metric::LatencyMs);
            energy[d] = e->evaluate(*space, c->archs, Metric::EnergyMj);
        }
        // A budget that splits device A's candidates in half.
        std::vector<double> sorted = latency[kDeviceA];
        std::sort(sorted.begin(), sorted.end());
        const double budget = sorted[sorted.size() / 2];
        view->setLatencyBudget(budget);
        const int selected = 7;
        view->setSelectedCandidate(c->keys[selected]);

        const CompareTableModel *model = view->tableModel();
        QCOMPARE(model->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const CompareTableModel::Row &row = model->row(r);
            const QString &d = row.device;
            QVERIFY(latency.contains(d));
            QVERIFY2(close(row.latencyMs, latency[d][selected]),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(d).arg(row.latencyMs).arg(latency[d][selected])));
            QVERIFY(close(row.energyMj, energy[d][selected]));
            QCOMPARE(row.meetsBudget, latency[d][selected] <= budget);
            int best = -1;
            for (size_t i = 0; i < acc.size(); ++i) {
                if (latency[d][i] <= budget && std::isfinite(acc[i]) && (best < 0 || acc[i] > acc[size_t(best)]))
                    best = int(i);
            }
            QCOMPARE(row.best, best);
            if (best >= 0) {
                QCOMPARE(row.bestKey, space->key(c->archs[size_t(best)]));
                QVERIFY(close(row.bestAccuracy, acc[size_t(best)]));
                QVERIFY(close(row.bestLatencyMs, latency[d][size_t(best)]));
                QVERIFY(close(row.bestEnergyMj, energy[d][size_t(best)]));
            }
            // What the user reads in the table.
            const QString shown = model->data(model->index(r, CompareTableModel::MeetsBudgetColumn)).toString();
            QCOMPARE(shown, row.meetsBudget ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        QVERIFY(model->row(0).best >= 0); // half of device A's candidates fit
    }

    void sharedAxesAndDevicePicker()
    {
        auto view = openView();
        QVERIFY(view);
        MiniFrontChart *a = view->chartFor(kDeviceA);
        MiniFrontChart *b = view->chartFor(kDeviceB);
        QVERIFY(a->axisRanges() != b->axisRanges());
        view->setSharedAxes(true);
        QCOMPARE(a->axisRanges(), b->axisRanges());
        view->setSharedAxes(false);
        QVERIFY(a->axisRanges() != b->axisRanges());

        // Checking a third device in the picker adds a chart; at most six are taken.
        QSignalSpy changed(view.get(), &CompareView::comparedDevicesChanged);
        QListWidget *picker = view->devicePicker();
        int checked = 2;
        for (int i = 0; i < picker->count(); ++i) {
            QListWidgetItem *item = picker->item(i);
            if (item->checkState() == Qt::Checked)
                continue;
            item->setCheckState(Qt::Checked);
            checked = std::min(checked + 1, CompareView::kMaxDevices);
        }
        QCOMPARE(view->comparedDevices().size(), CompareView::kMaxDevices);
        QCOMPARE(view->charts().size(), CompareView::kMaxDevices);
        QCOMPARE(view->tableModel()->rowCount(), CompareView::kMaxDevices);
        QVERIFY(changed.count() >= 4);

        if (const QString dir = qEnvironmentVariable("EDGEFRONT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view->setComparedDevices({kDeviceA, kDeviceB, QStringLiteral("mcu-a"), QStringLiteral("desktop-gpu-a")});
            view->setLatencyBudget(20.0);
            view->setSelectedCandidate(view->candidates()->keys[view->chartFor(kDeviceA)->front()[3]]);
            QCoreApplication::processEvents();
            QVERIFY(view->grab().save(dir + QStringLiteral("/compareview.png")));
        }
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
