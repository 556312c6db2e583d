// The workbench's two interactive targets, offscreen (QT_QPA_PLATFORM=offscreen unless set):
//  - BM_OpenToDrawnFront: a MainWindow on the default project (20,000 candidates of the default
//    space on the fleet's first device) from construction until the front is drawn (target
//    <= 1.5 s). Baseline in the same run: BM_CandidateSetOnly, the same CandidateSet computed
//    without any window.
//  - BM_RedrawAfterBudgetMove: the explorer at 100,000 candidates; from one budget slider step
//    (undo command, state, re-filter of the 100,000, decimation, front line, labels) until the
//    event loop has painted the scatter into the window (target <= 50 ms). Each iteration
//    checks that the budget changed, that the chart counts what an independent pass over the
//    data counts, and that the candidates were painted; otherwise the benchmark fails. The
//    ~40 ms coalescing delay is not included (redrawNow() runs the pending redraw): it is a
//    bound on waiting, not work.
//  - BM_RepaintChartAfterBudgetMove: the same step followed by a synchronous repaint() of the
//    whole plot (axes, grid, scatter, front line, overlay) instead of the event loop's paint.
//  - Baseline: BM_BudgetFilterOnly, the same budget filtering without drawing.
// Each reports the median of 5 repetitions.
//
//   build/bench/bench_explorer

#include "analysisstate.h"
#include "candidateset.h"
#include "charts/frontchart.h"
#include "designspacecatalog.h"
#include "frontexplorer.h"
#include "mainwindow.h"
#include "preferences.h"
#include "projectstore.h"
#include "searchevaluator.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <chrono>
#include <memory>

using namespace edgefront;

namespace {

struct BigExplorer;
BigExplorer *g_big = nullptr; // built on first use, deleted before the application
void waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

void BM_OpenToDrawnFront(benchmark::State &state)
{
    QSettings().clear();
    { MainWindow warm; } // creates the default project (first start) outside the timing
    for (auto _ : state) {
        QSettings().clear();
        const auto start = std::chrono::steady_clock::now();
        auto w = std::make_unique<MainWindow>();
        w->resize(1600, 1000);
        w->show();
        waitFor([&w] { return w->explorer()->isFrontDrawn(); });
        w->repaint();
        const auto end = std::chrono::steady_clock::now();
        state.SetIterationTime(std::chrono::duration<double>(end - start).count());
        state.counters["candidates"] = w->explorer()->candidates() ? w->explorer()->candidates()->size() : 0;
        w.reset();
    }
}

void BM_CandidateSetOnly(benchmark::State &state)
{
    QString error;
    auto store = ProjectStore::open(ProjectStore::defaultProjectPath(), &error);
    const QString id = store->devices().first().id;
    CandidateSetOptions o;
    o.space = findDesignSpace(defaultDesignSpaceName());
    o.count = prefs::candidateCount.defaultValue();
    o.device = *store->device(id);
    o.measured = store->measuredValues(id);
    o.accuracy = defaultAccuracySource(*store, *o.space, &error);
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto set = CandidateSet::compute(o, &error);
        benchmark::DoNotOptimize(set);
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
}

struct BigExplorer
{
    std::unique_ptr<ProjectStore> store;
    QUndoStack stack;
    AnalysisState state;
    std::unique_ptr<FrontExplorer> explorer;

    BigExplorer()
    {
        QSettings().clear();
        prefs::candidateCount.setValue(100000);
        QString error;
        store = ProjectStore::open(ProjectStore::defaultProjectPath(), &error);
        state.setUndoStack(&stack);
        state.setProject(store.get());
        explorer = std::make_unique<FrontExplorer>(&state);
        explorer->resize(1200, 800);
        explorer->show();
        waitFor([this] { return explorer->isFrontDrawn(); }, 120000);
    }
};

BigExplorer &bigExplorer()
{
    if (!g_big)
        g_big = new BigExplorer;
    return *g_big;
}

// Candidates within a latency budget, counted straight from the data.
int countWithinLatency(const CandidateSet &set, double budget)
{
    int n = 0;
    for (int i = 0; i < set.size(); ++i)
        n += set.value(CandidateMetric::Latency, i) <= budget;
    return n;
}

// One slider step as the user makes it, then `draw` until the scatter is on screen; checks
// that the step did what it should (else the benchmark reports an error).
template <typename Draw>
void budgetMoveLoop(benchmark::State &state, Draw draw)
{
    BigExplorer &big = bigExplorer();
    if (!big.explorer->candidates() || big.explorer->candidates()->size() != 100000) {
        state.SkipWithError("the explorer did not compute 100,000 candidates");
        return;
    }
    const CandidateSet &set = *big.explorer->candidates();
    QSlider *slider = big.explorer->budgetSlider(BudgetKind::Latency);
    FrontChart *chart = big.explorer->chart();
    // Alternate between two tight-ish budgets so every step changes what is drawn.
    const int positions[2] = {550, 450};
    const int expected[2] = {countWithinLatency(set, big.explorer->budgetForPosition(BudgetKind::Latency, positions[0])),
                             countWithinLatency(set, big.explorer->budgetForPosition(BudgetKind::Latency, positions[1]))};
    int step = 0;
    for (auto _ : state) {
        const int k = step++ % 2;
        // Not timed (manual time): start from the other position, drawn, no event pending.
        slider->setValue(positions[1 - k]);
        chart->redrawNow();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const int paints = chart->paintCount(), redraws = chart->redrawCount();

        const auto start = std::chrono::steady_clock::now();
        slider->setValue(positions[k]);
        chart->redrawNow();
        draw(big, paints);
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());

        if (chart->redrawCount() != redraws + 1 || chart->paintCount() <= paints || chart->withinBudgetCount() != expected[k]) {
            state.SkipWithError("the step did not re-filter and repaint the 100,000 candidates");
            return;
        }
    }
    state.counters["candidates"] = set.size();
    state.counters["within_budget"] = chart->withinBudgetCount();
    state.counters["drawn_points"] = chart->drawnPointCount();
}

void BM_RedrawAfterBudgetMove(benchmark::State &state)
{
    budgetMoveLoop(state, [](BigExplorer &big, int paintsBefore) {
        // What the event loop does next: the scene's dirty items, then the window's paint.
        waitFor([&] { return big.explorer->chart()->paintCount() > paintsBefore; }, 5000);
    });
}

void BM_RepaintChartAfterBudgetMove(benchmark::State &state)
{
    budgetMoveLoop(state, [](BigExplorer &big, int) { big.explorer->chart()->plotWidget()->repaint(); });
}

void BM_BudgetFilterOnly(benchmark::State &state)
{
    BigExplorer &big = bigExplorer();
    const auto set = big.explorer->candidates();
    std::vector<quint8> mask;
    int step = 0;
    for (auto _ : state) {
        CandidateBudgets b;
        b.latencyMs = big.explorer->budgetForPosition(BudgetKind::Latency, (step++ % 2) ? 450 : 550);
        const auto start = std::chrono::steady_clock::now();
        set->withinMask(b, mask);
        benchmark::DoNotOptimize(set->countWithin(b));
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
}

} // namespace

BENCHMARK(BM_OpenToDrawnFront)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_CandidateSetOnly)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_RedrawAfterBudgetMove)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_RepaintChartAfterBudgetMove)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_BudgetFilterOnly)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10)->Repetitions(5)->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The user's settings and default project stay out of the run.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeFrontBench"));
    QCoreApplication::setApplicationName(QStringLiteral("EdgeFrontBench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete g_big;
    return 0;
}
