// One evolutionary search with Once-for-All's settings (population 100, 500 generations,
// 25 % parents, 50 % mutation / crossover, probability 0.1) on the accuracy-predictor-sized MLP
// (128 -> 400 -> 400 -> 400 -> 1, over Once-for-All's 128-d encoding) and a virtual device's
// analytic latency, one core. Baseline in the same run: the same number of MLP predictions in
// batches of 1024 (the predictor's share of the search).
//
//   OPENBLAS_NUM_THREADS=1 build/bench/bench_search --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "evolutionsearch.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace edgefront;

namespace {

Predictor ofaSizedPredictor(const DesignSpace &space)
{
    PredictorInfo info;
    info.space = space.name();
    info.metric = Metric::Accuracy;
    info.kind = PredictorKind::Accuracy;
    info.encoding = QStringLiteral("ofa-acc");
    MlpModel m = MlpModel::random({128, 400, 400, 400, 1}, 1);
    m.outputOffset = VectorF::Constant(1, 75.0f);
    m.outputScale = VectorF::Constant(1, 0.1f);
    return Predictor(info, m);
}

int g_evaluations = 0;

void BM_EvolutionSearch(benchmark::State &state)
{
    const DesignSpace &space = *findDesignSpace(QStringLiteral("ofa-mbv3-w12"));
    const Predictor predictor = ofaSizedPredictor(space);
    const DeviceProfile device = builtinFleet().at(0);
    for (auto _ : state) {
        SearchEvaluator evaluator(space, AccuracySource::fromPredictor(predictor), CostSource::fromDevice(DeviceEvaluator(device)));
        EvolutionOptions o;
        o.budgets.latencyMs = 10.0;
        o.seed = 1;
        QString error;
        const auto r = evolutionSearch(evaluator, o, &error);
        g_evaluations = evaluator.distinctEvaluations();
        benchmark::DoNotOptimize(r);
    }
    state.counters["distinct_designs"] = g_evaluations;
}

void BM_PredictorShareBaseline(benchmark::State &state)
{
    const DesignSpace &space = *findDesignSpace(QStringLiteral("ofa-mbv3-w12"));
    const Predictor predictor = ofaSizedPredictor(space);
    QRandomGenerator rng(2);
    std::vector<Architecture> archs;
    for (int i = 0; i < 1024; ++i)
        archs.push_back(space.sample(rng));
    const ArchitectureBatch batch(space, archs);
    const int designs = std::max(1024, g_evaluations);
    for (auto _ : state) {
        QString error;
        for (int done = 0; done < designs; done += 1024)
            benchmark::DoNotOptimize(predictor.predict(batch, nullptr, &error));
    }
    state.counters["designs"] = designs;
}

} // namespace

BENCHMARK(BM_EvolutionSearch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PredictorShareBaseline)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
