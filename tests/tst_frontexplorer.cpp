// The front explorer's parts, offscreen: CandidateSet against independent computations (the
// search evaluator, exact layer counts, brute-force fronts and budget counts); the FrontChart
// (hover tooltip, click, decimation at 100,000 candidates, zoom, keyboard, PNG/SVG export); the
// FrontExplorer driven through its widgets (budget sliders, undo/redo, selection); and the
// results model (QAbstractItemModelTester, pins and notes through the undo stack).

#include "analysisstate.h"
#include "candidateset.h"
#include "charts/frontchart.h"
#include "commands/setbudgetcommand.h"
#include "designspacecatalog.h"
#include "frontexplorer.h"
#include "preferences.h"
#include "projectstore.h"
#include "resultstablemodel.h"
#include "searchevaluator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QComboBox>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace edgefront;

namespace {

const QString kDevice = QStringLiteral("phone-gpu-a");

CandidateSetOptions optionsFor(const ProjectStore &store, const QString &device, int count, int threads = 0)
{
    CandidateSetOptions o;
    o.space = findDesignSpace(defaultDesignSpaceName());
    o.count = count;
    o.seed = 1;
    o.device = *store.device(device);
    o.measured = store.measuredValues(device);
    QString error;
    o.accuracy = defaultAccuracySource(store, *o.space, &error);
    o.threads = threads;
    return o;
}

// Brute force: i is dominated when some j is no worse in every objective and better in one.
std::vector<int> bruteFront(const CandidateSet &s, const std::vector<CandidateMetric> &metrics)
{
    std::vector<int> front;
    auto better = [&](CandidateMetric m, double a, double b) {
        return candidateMetricDirection(m) == Direction::Maximize ? a > b : a < b;
    };
    for (int i = 0; i < s.size(); ++i) {
        bool nan = false;
        for (CandidateMetric m : metrics)
            nan = nan || std::isnan(s.value(m, i));
        if (nan)
            continue;
        bool dominated = false;
        for (int j = 0; j < s.size() && !dominated; ++j) {
            bool noWorse = true, strictly = false;
            for (CandidateMetric m : metrics) {
                const double a = s.value(m, j), b = s.value(m, i);
                if (std::isnan(a) || better(m, b, a))
                    noWorse = false;
                if (better(m, a, b))
                    strictly = true;
            }
            dominated = noWorse && strictly;
        }
        if (!dominated)
            front.push_back(i);
    }
    return front;
}

std::vector<int> sorted(std::vector<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

// Independent budget count straight from the columns.
int countWithin(const CandidateSet &s, double latency, double energy, double memory)
{
    int n = 0;
    for (int i = 0; i < s.size(); ++i) {
        const double l = s.value(CandidateMetric::Latency, i), e = s.value(CandidateMetric::Energy, i),
                     m = s.value(CandidateMetric::Memory, i);
        if (std::isfinite(l) && l <= latency && (std::isinf(energy) || e <= energy) && (std::isinf(memory) || m <= memory))
            ++n;
    }
    return n;
}

} // namespace

class TestFrontExplorer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<ProjectStore> m_store;
    std::shared_ptr<const CandidateSet> m_big; // 100,000 candidates, computed once

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeFrontTest"));
        QLocale::setDefault(QLocale::c());
        QString error;
        m_store = ProjectStore::open(m_home.filePath(QStringLiteral("p.edgefront")), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void candidatesMatchIndependentCounts()
    {
        const CandidateSetOptions options = optionsFor(*m_store, kDevice, 600, 2);
        QString error;
        auto set = CandidateSet::compute(options, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->size(), 600);
        QVERIFY(set->hasAccuracy());
        QVERIFY(set->accuracyProvenance().contains(QStringLiteral("surrogate")));
        QCOMPARE(set->costProvenance(), QStringLiteral("virtual of phone-gpu-a"));

        // Latency/energy/accuracy equal what a search sees; counts equal the layer graph's.
        const DesignSpace &space = *options.space;
        SearchEvaluator evaluator(space, options.accuracy, CostSource::fromDevice(*m_store->evaluator(kDevice, &error)));
        const auto metrics = evaluator.evaluate(set->architectures());
        QSet<QString> keys;
        for (int i = 0; i < set->size(); ++i) {
            QCOMPARE(set->value(CandidateMetric::Accuracy, i), metrics[size_t(i)].accuracy);
            QVERIFY(std::abs(set->value(CandidateMetric::Latency, i) - metrics[size_t(i)].latencyMs)
                    <= 1e-9 * metrics[size_t(i)].latencyMs); // summation order may differ
            QVERIFY(std::abs(set->value(CandidateMetric::Energy, i) - metrics[size_t(i)].energyMj)
                    <= 1e-9 * metrics[size_t(i)].energyMj);
            const CostTotals t = space.costs(set->architecture(i));
            QCOMPARE(set->value(CandidateMetric::Macs, i), double(t.macs));
            QCOMPARE(set->value(CandidateMetric::Params, i), double(t.params));
            QCOMPARE(set->value(CandidateMetric::Memory, i), double(t.peakActivationBytes + t.weightBytes) / 1e6);
            QCOMPARE(set->key(i), space.key(set->architecture(i)));
            QCOMPARE(set->indexOfKey(set->key(i)), i);
            keys.insert(set->key(i));
        }
        QCOMPARE(keys.size(), 600); // distinct

        // The thread count does not change anything.
        auto single = CandidateSet::compute(optionsFor(*m_store, kDevice, 600, 1), &error);
        QVERIFY(single);
        QCOMPARE(single->values(CandidateMetric::Latency), set->values(CandidateMetric::Latency));
        QCOMPARE(single->values(CandidateMetric::Accuracy), set->values(CandidateMetric::Accuracy));

        // Fronts equal brute force (O(n^2)).
        QCOMPARE(sorted(set->front()), bruteFront(*set, {CandidateMetric::Accuracy, CandidateMetric::Latency}));
        QCOMPARE(sorted(set->front3()),
                 bruteFront(*set, {CandidateMetric::Accuracy, CandidateMetric::Latency, CandidateMetric::Energy}));
        QCOMPARE(sorted(set->front(CandidateMetric::Memory, CandidateMetric::Energy)),
                 bruteFront(*set, {CandidateMetric::Memory, CandidateMetric::Energy}));
        for (size_t k = 1; k < set->front().size(); ++k) // fastest first
            QVERIFY(set->value(CandidateMetric::Latency, set->front()[k - 1]) <= set->value(CandidateMetric::Latency, set->front()[k]));

        // Budget counts, masks and the best design within budgets.
        const auto [lo, hi] = set->range(CandidateMetric::Latency);
        const double lat = std::sqrt(lo * hi), energy = set->range(CandidateMetric::Energy).second * 0.8;
        CandidateBudgets b;
        b.latencyMs = lat;
        b.energyMj = energy;
        const int expected = countWithin(*set, lat, energy, std::numeric_limits<double>::infinity());
        QVERIFY(expected > 0 && expected < set->size());
        QCOMPARE(set->countWithin(b), expected);
        std::vector<quint8> mask;
        set->withinMask(b, mask);
        QCOMPARE(int(std::count(mask.begin(), mask.end(), quint8(1))), expected);
        int best = -1;
        for (int i = 0; i < set->size(); ++i)
            if (mask[size_t(i)] && (best < 0 || set->value(CandidateMetric::Accuracy, i) > set->value(CandidateMetric::Accuracy, best)))
                best = i;
        QCOMPARE(set->bestWithin(b), best);
    }

    void cancelStopsTheComputation()
    {
        QString error;
        int calls = 0;
        auto set = CandidateSet::compute(optionsFor(*m_store, kDevice, 5000, 2), &error, [&calls](int, int) {
            return ++calls < 2;
        });
        QVERIFY(!set);
        QCOMPARE(error, QStringLiteral("cancelled"));
        CandidateSetOptions bad;
        QVERIFY(!CandidateSet::compute(bad, &error));
        QCOMPARE(error, QStringLiteral("no design space"));
    }

    void chartHoverAndClick()
    {
        auto set = std::make_shared<const CandidateSet>(*CandidateSet::compute(optionsFor(*m_store, kDevice, 3000), nullptr));
        FrontChart chart;
        chart.resize(900, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setCandidates(set);
        QSignalSpy redrawn(&chart, &FrontChart::redrawn);
        QVERIFY(redrawn.wait(2000));
        QCOMPARE(chart.frontIndices(), set->front());
        QCOMPARE(chart.withinBudgetCount(), countWithin(*set, INFINITY, INFINITY, INFINITY));

        // Hover the middle front point: the tooltip names the design and every metric.
        const int target = set->front()[set->front().size() / 2];
        const auto pos = chart.positionOf(target);
        QVERIFY(pos);
        QTest::mouseMove(chart.plotWidget(), *pos);
        QTRY_COMPARE(chart.hovered(), target);
        const QString tip = chart.lastToolTip();
        QCOMPARE(tip, chart.toolTipText(target));
        QVERIFY(tip.startsWith(set->key(target)));
        const DisplayUnits units;
        QVERIFY2(tip.contains(units.format(CandidateMetric::Accuracy, set->value(CandidateMetric::Accuracy, target))), qPrintable(tip));
        QVERIFY(tip.contains(units.format(CandidateMetric::Latency, set->value(CandidateMetric::Latency, target))));
        QVERIFY(tip.contains(units.format(CandidateMetric::Energy, set->value(CandidateMetric::Energy, target))));
        QVERIFY(tip.contains(set->costProvenance()));
        QVERIFY(tip.contains(QStringLiteral("Pareto front")));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        // It stays while the cursor rests on the point, past the wake-up delay after which Qt
        // asks the view under the cursor for a tooltip of its own.
        QTest::qWait(chart.style()->styleHint(QStyle::SH_ToolTip_WakeUpDelay) + 300);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);

        // Click: the chart says which candidate.
        QSignalSpy clicked(&chart, &FrontChart::candidateClicked);
        QTest::mouseClick(chart.plotWidget(), Qt::LeftButton, {}, *pos);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), target);

        // Keyboard: Ctrl+Right steps along the front from the selection.
        chart.setSelected(target);
        chart.setFocus();
        clicked.clear();
        QTest::keyClick(&chart, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), set->front()[set->front().size() / 2 + 1]);

        // Rubber-band zoom on the left half, then reset.
        const int before = chart.visibleCount();
        const QRect plot = chart.plotWidget()->rect();
        QTest::mousePress(chart.plotWidget(), Qt::LeftButton, {}, plot.topLeft() + QPoint(80, 40));
        QTest::mouseMove(chart.plotWidget(), plot.center());
        QTest::mouseRelease(chart.plotWidget(), Qt::LeftButton, {}, plot.center());
        QVERIFY(chart.isZoomed());
        chart.redrawNow();
        QVERIFY(chart.visibleCount() < before);
        QTest::keyClick(&chart, Qt::Key_0);
        QVERIFY(!chart.isZoomed());
        chart.redrawNow();
        QCOMPARE(chart.visibleCount(), before);
    }

    void chartDecimatesHundredThousand()
    {
        QString error;
        auto big = CandidateSet::compute(optionsFor(*m_store, kDevice, 100000), &error);
        QVERIFY2(big, qPrintable(error));
        m_big = std::make_shared<const CandidateSet>(std::move(*big));
        FrontChart chart;
        chart.resize(1200, 800);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setCandidates(m_big);
        chart.redrawNow();
        QCOMPARE(chart.visibleCount(), countWithin(*m_big, INFINITY, INFINITY, INFINITY));
        QVERIFY2(chart.drawnPointCount() <= 2 * FrontChart::kMaxDrawnPoints + int(chart.frontIndices().size()),
                 qPrintable(QString::number(chart.drawnPointCount())));
        QVERIFY(chart.drawnPointCount() > 1000);

        // A budget: the counts follow the data, and redraws are coalesced.
        CandidateBudgets b;
        b.latencyMs = m_big->value(CandidateMetric::Latency, m_big->front()[m_big->front().size() / 3]);
        const int redraws = chart.redrawCount();
        chart.setBudgets(b);
        b.memoryMB = m_big->range(CandidateMetric::Memory).second * 0.9;
        chart.setBudgets(b);
        QVERIFY(chart.isRedrawPending());
        QTRY_VERIFY(!chart.isRedrawPending());
        QCOMPARE(chart.redrawCount(), redraws + 1);
        QCOMPARE(chart.withinBudgetCount(), countWithin(*m_big, b.latencyMs, INFINITY, b.memoryMB));

        // Exports.
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("front.png")), svg = dir.filePath(QStringLiteral("front.svg"));
        QVERIFY(chart.savePng(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
        QVERIFY(chart.saveSvg(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.size() > 20000); // the points are in it
    }

    void extraDesignsJoinTheSample()
    {
        QString error;
        const CandidateSetOptions plain = optionsFor(*m_store, kDevice, 500, 2);
        auto base = CandidateSet::compute(plain, &error);
        QVERIFY2(base, qPrintable(error));
        // Two designs from another seed (outside this sample), one of them twice, and one
        // design of the sample itself.
        std::vector<Architecture> outside;
        CandidateSetOptions seeded = plain;
        seeded.seed = 99;
        auto foreign = CandidateSet::compute([&] { auto o = seeded; o.count = 40; return o; }(), &error);
        QVERIFY(foreign);
        for (int i = 0; i < foreign->size() && outside.size() < 2; ++i) {
            if (base->indexOfKey(foreign->key(i)) < 0)
                outside.push_back(foreign->architecture(i));
        }
        QCOMPARE(outside.size(), size_t(2));
        CandidateSetOptions withExtras = plain;
        withExtras.extraDesigns = {outside[0], base->architecture(17), outside[1], outside[0]};
        auto set = CandidateSet::compute(withExtras, &error);
        QVERIFY2(set, qPrintable(error));
        // The sample is unchanged; the two new designs follow it, each once.
        QCOMPARE(set->size(), base->size() + 2);
        for (int i = 0; i < base->size(); ++i)
            QCOMPARE(set->key(i), base->key(i));
        const std::vector<int> expected{base->size(), 17, base->size() + 1, base->size()};
        QCOMPARE(set->extraIndices(), expected);
        // Evaluated like every other candidate (against an evaluator of their own).
        const DesignSpace &space = set->space();
        SearchEvaluator evaluator(space, plain.accuracy, CostSource::fromDevice(*m_store->evaluator(kDevice, &error)));
        const DesignMetrics m = evaluator.evaluate(outside[1]);
        const int j = base->size() + 1;
        QCOMPARE(set->key(j), space.key(outside[1]));
        // Tolerance: relative 1e-9 (the same arithmetic, batched differently).
        QVERIFY(qAbs(set->value(CandidateMetric::Latency, j) - m.latencyMs) <= 1e-9 * m.latencyMs);
        QVERIFY(qAbs(set->value(CandidateMetric::Accuracy, j) - m.accuracy) <= 1e-9);
    }

    void explorerMarksRunPicks()
    {
        QUndoStack stack;
        AnalysisState state;
        state.setUndoStack(&stack);
        state.setProject(m_store.get());
        prefs::candidateCount.setValue(2000);
        FrontExplorer explorer(&state);
        explorer.resize(1000, 700);
        explorer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&explorer));
        QSignalSpy drawn(&explorer, &FrontExplorer::frontDrawn);
        QVERIFY(drawn.wait(15000));
        const auto before = explorer.candidates();
        QCOMPARE(before->size(), 2000);

        // "Picks": two designs outside the sample and one inside it.
        QString error;
        CandidateSetOptions o = optionsFor(*m_store, state.deviceId(), 40, 2);
        o.seed = 4242;
        auto foreign = CandidateSet::compute(o, &error);
        QVERIFY2(foreign, qPrintable(error));
        MarkedDesigns marks;
        marks.space = before->space().name();
        marks.label = QStringLiteral("run 7 picks");
        for (int i = 0; i < foreign->size() && marks.designs.size() < 2; ++i) {
            if (before->indexOfKey(foreign->key(i)) < 0) {
                marks.designs.push_back(foreign->architecture(i));
                marks.notes << QStringLiteral("Run 7 (evo search): best design %1").arg(marks.designs.size());
            }
        }
        QCOMPARE(marks.designs.size(), size_t(2));
        const int inside = before->front().front();
        marks.designs.push_back(before->architecture(inside));
        marks.notes << QStringLiteral("Run 7 (evo search): front design");
        drawn.clear();
        explorer.setMarkedDesigns(marks);
        // Designs outside the sample: the candidates are computed again with them.
        QVERIFY(drawn.wait(15000));
        const auto set = explorer.candidates();
        QCOMPARE(set->size(), 2002);
        std::vector<int> expected;
        for (const Architecture &a : marks.designs)
            expected.push_back(set->indexOfKey(set->space().key(a)));
        QCOMPARE(expected, (std::vector<int>{2000, 2001, inside}));
        QCOMPARE(explorer.markedIndices(), expected);
        FrontChart *chart = explorer.chart();
        chart->redrawNow();
        QVERIFY(chart->legendEntries().contains(QStringLiteral("run 7 picks")));
        // The tooltip of a pick names the run and method; a pick under the cursor wins.
        for (size_t k = 0; k < expected.size(); ++k) {
            QVERIFY2(chart->toolTipText(expected[k]).contains(marks.notes[qsizetype(k)]), qPrintable(chart->toolTipText(expected[k])));
            if (const auto pos = chart->positionOf(expected[k]))
                QCOMPARE(chart->candidateAt(*pos), expected[k]);
        }
        QVERIFY(!chart->toolTipText(set->front().back()).contains(QStringLiteral("Run 7")) || set->front().back() == inside);
        // Drawn: the stars' purple is on screen (plot and legend), and gone once cleared.
        auto purple = [chart] {
            const QImage image = chart->grab().toImage();
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == QColor(128, 50, 200);
            return n;
        };
        QVERIFY2(purple() > 20, qPrintable(QString::number(purple())));
        // Hovering a pick shows its tooltip.
        if (const auto pos = chart->positionOf(expected[0])) {
            QTest::mouseMove(chart->plotWidget(), *pos);
            QTRY_COMPARE(chart->hovered(), expected[0]);
            QVERIFY(chart->lastToolTip().contains(marks.notes[0]));
        }

        // Another device: the picks are evaluated (and marked) there too.
        const QString other = m_store->devices().at(1).id;
        drawn.clear();
        state.setDeviceId(other);
        QVERIFY(drawn.wait(15000));
        QCOMPARE(explorer.candidates()->deviceId(), other);
        QCOMPARE(explorer.markedIndices().size(), size_t(3));

        explorer.clearMarkedDesigns();
        QVERIFY(explorer.markedIndices().empty());
        QVERIFY(!chart->legendEntries().contains(QStringLiteral("run 7 picks")));
        QCOMPARE(purple(), 0);
    }

    void explorerSlidersUndoAndSelection()
    {
        QUndoStack stack;
        AnalysisState state;
        state.setUndoStack(&stack);
        state.setProject(m_store.get());
        prefs::candidateCount.setValue(4000);
        FrontExplorer explorer(&state);
        explorer.resize(1100, 700);
        explorer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&explorer));
        QSignalSpy drawn(&explorer, &FrontExplorer::frontDrawn);
        QVERIFY(drawn.wait(15000));
        QCOMPARE(state.deviceId(), m_store->devices().first().id); // the fleet's first device
        auto set = explorer.candidates();
        QVERIFY(set && set->size() == 4000);
        QVERIFY2(explorer.statusText().startsWith(QStringLiteral("%1 candidates (no budgets)").arg(QLocale().toString(4000))),
                 qPrintable(explorer.statusText()));
        QCOMPARE(stack.count(), 0); // opening is no edit

        // Keyboard on the latency slider: one undo step per key, counts follow the data.
        QSlider *latency = explorer.budgetSlider(BudgetKind::Latency);
        latency->setFocus();
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(latency, Qt::Key_PageDown);
        QCOMPARE(stack.count(), 8);
        const double budget = state.budgets().latencyMs;
        QCOMPARE(budget, explorer.budgetForPosition(BudgetKind::Latency, latency->value()));
        QVERIFY(std::isfinite(budget));
        explorer.chart()->redrawNow();
        const int expected = countWithin(*set, budget, INFINITY, INFINITY);
        QVERIFY(expected > 0 && expected < set->size());
        QCOMPARE(explorer.chart()->withinBudgetCount(), expected);
        QVERIFY2(explorer.statusText().startsWith(QStringLiteral("%1 of %2 candidates within budgets")
                                                      .arg(QLocale().toString(expected), QLocale().toString(4000))),
                 qPrintable(explorer.statusText()));
        QVERIFY(explorer.budgetLabel(BudgetKind::Latency)->text().contains(DisplayUnits().format(CandidateMetric::Latency, budget)));

        // A drag is one undo step; undo and redo move the slider and the counts.
        stack.clear();
        QSlider *energy = explorer.budgetSlider(BudgetKind::Energy);
        energy->setSliderDown(true);
        for (int p : {900, 800, 700, 600})
            energy->setValue(p);
        energy->setSliderDown(false);
        QCOMPARE(stack.count(), 1);
        const double energyBudget = explorer.budgetForPosition(BudgetKind::Energy, 600);
        QCOMPARE(state.budgets().energyMj, energyBudget);
        explorer.chart()->redrawNow();
        QCOMPARE(explorer.chart()->withinBudgetCount(), countWithin(*set, budget, energyBudget, INFINITY));
        stack.undo();
        QVERIFY(std::isinf(state.budgets().energyMj));
        QCOMPARE(energy->value(), int(FrontExplorer::kSliderSteps));
        QCOMPARE(explorer.budgetLabel(BudgetKind::Energy)->text(), QStringLiteral("no limit"));
        explorer.chart()->redrawNow();
        QCOMPARE(explorer.chart()->withinBudgetCount(), expected);
        stack.redo();
        QCOMPARE(state.budgets().energyMj, energyBudget);
        QCOMPARE(energy->value(), 600);

        // Best within budgets (Ctrl+B's action) selects in the state and the chart.
        explorer.selectBestAction()->trigger();
        const int best = set->bestWithin(state.budgets());
        QVERIFY(best >= 0);
        QCOMPARE(state.selectedKey(), set->key(best));
        QCOMPARE(explorer.chart()->selected(), best);
        stack.undo();
        QVERIFY(state.selectedKey().isEmpty());
        QCOMPARE(explorer.chart()->selected(), -1);

        // Switching the device keeps the candidates (same seed) and the budgets.
        explorer.deviceBox()->setCurrentIndex(explorer.deviceBox()->findData(kDevice));
        QCOMPARE(state.deviceId(), kDevice);
        QVERIFY(drawn.wait(15000));
        QCOMPARE(explorer.candidates()->key(17), set->key(17));
        QCOMPARE(explorer.candidates()->deviceId(), kDevice);
        stack.undo(); // back to the first device
        QCOMPARE(state.deviceId(), m_store->devices().first().id);
        QVERIFY(drawn.wait(15000));

        // Export both formats through the explorer.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(explorer.exportChart(dir.filePath(QStringLiteral("a.svg")), &error), qPrintable(error));
        QVERIFY2(explorer.exportChart(dir.filePath(QStringLiteral("a.png")), &error), qPrintable(error));
        QVERIFY(!QImage(dir.filePath(QStringLiteral("a.png"))).isNull());
    }

    void resultsModel()
    {
        QVERIFY(m_big);
        QUndoStack stack;
        AnalysisState state;
        state.setUndoStack(&stack);
        state.setProject(m_store.get());
        state.setSpaceName(m_big->space().name());
        ResultsTableModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(m_big);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.matchingCount(), countWithin(*m_big, INFINITY, INFINITY, INFINITY));
        // Ranked by accuracy.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, ResultsTableModel::AccuracyColumn).data(ResultsTableModel::SortRole).toDouble()
                    >= model.index(r, ResultsTableModel::AccuracyColumn).data(ResultsTableModel::SortRole).toDouble());
        QCOMPARE(model.headerData(ResultsTableModel::LatencyColumn, Qt::Horizontal).toString(), QStringLiteral("Latency (ms)"));

        // Budgets re-filter (coalesced), top K and Show change the rows.
        state.setBudget(BudgetKind::Latency, m_big->value(CandidateMetric::Latency, m_big->front()[5]));
        model.rebuildNow();
        QCOMPARE(model.matchingCount(), countWithin(*m_big, state.budgets().latencyMs, INFINITY, INFINITY));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, ResultsTableModel::LatencyColumn).data(ResultsTableModel::SortRole).toDouble()
                    <= state.budgets().latencyMs);
        model.setTopK(7);
        QCOMPARE(model.rowCount(), 7);
        model.setShow(ResultsTableModel::Show::Front);
        QCOMPARE(model.matchingCount(), int(m_big->front3().size()));
        model.setShow(ResultsTableModel::Show::WithinBudgets);

        // Pin through the check box: an undoable command; pinned rows stay listed.
        const QModelIndex pin = model.index(2, ResultsTableModel::PinnedColumn);
        const QString key = pin.data(ResultsTableModel::KeyRole).toString();
        QVERIFY(model.flags(pin) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(pin, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(state.isPinned(key));
        QCOMPARE(pin.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        model.setShow(ResultsTableModel::Show::Pinned);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ResultsTableModel::DesignColumn).data().toString(), key);
        model.setShow(ResultsTableModel::Show::WithinBudgets);
        stack.undo();
        QVERIFY(!state.isPinned(key));

        // A note lands in the project.
        const QModelIndex note = model.index(3, ResultsTableModel::NoteColumn);
        const QString noteKey = note.data(ResultsTableModel::KeyRole).toString();
        QVERIFY(model.flags(note) & Qt::ItemIsEditable);
        QVERIFY(model.setData(note, QStringLiteral("try on the NPU")));
        QCOMPARE(m_store->note(state.noteTarget(noteKey)), QStringLiteral("try on the NPU"));
        QCOMPARE(note.data().toString(), QStringLiteral("try on the NPU"));
        stack.undo();
        QVERIFY(m_store->note(state.noteTarget(noteKey)).isEmpty());

        // The selected candidate is always a row, even when it breaks the budgets.
        int outside = -1;
        for (int i = 0; i < m_big->size() && outside < 0; ++i)
            if (!m_big->admits(state.budgets(), i))
                outside = i;
        state.setSelectedKey(m_big->key(outside));
        QVERIFY(model.rowOfCandidate(outside) >= 0);
        QCOMPARE(model.index(model.rowOfCandidate(outside), ResultsTableModel::BudgetsColumn).data().toString(), QStringLiteral("breaks"));

        // Units follow the state.
        DisplayUnits units;
        units.latency = DisplayUnits::Latency::Microseconds;
        state.setUnits(units);
        QCOMPARE(model.headerData(ResultsTableModel::LatencyColumn, Qt::Horizontal).toString(), QStringLiteral("Latency (µs)"));
        model.setCandidates(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFrontExplorer)
#include "tst_frontexplorer.moc"
