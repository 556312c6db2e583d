// The MLP engine on Once-for-All's accuracy-predictor shape (128 -> 400 -> 400 -> 400 -> 1),
// one core, side by side in one run with:
//  - PyTorch (Debian python3-torch, one thread; bench/torch_mlp.py, timed per call, reported
//    through manual time so Google Benchmark's median compares directly),
//  - the machine's single-core sgemm throughput (1024^3 OpenBLAS sgemm) as the ceiling: the
//    MLP's own FLOP rate is reported as a counter next to it.
// Training: the same MLP on 10,000 samples for 200 epochs (one run).
//
//   OPENBLAS_NUM_THREADS=1 build/bench/bench_mlp --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "mlptrainer.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <cblas.h>

using namespace edgefront;

namespace {

const std::vector<int> kWidths{128, 400, 400, 400, 1};
constexpr double kFlopsPerRow = 2.0 * (128 * 400 + 400 * 400 + 400 * 400 + 400 * 1);

MatrixF onehotBatch(Eigen::Index rows)
{
    // OFA-like inputs: 0/1 values, about a third set.
    QRandomGenerator rng(3);
    MatrixF x(rows, 128);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] = rng.bounded(3u) == 0 ? 1.0f : 0.0f;
    return x;
}

void BM_EdgeFrontMlp(benchmark::State &state)
{
    const MlpModel model = MlpModel::random(kWidths, 1);
    const MatrixF x = onehotBatch(state.range(0));
    for (auto _ : state) {
        MatrixF y = model.predict(x);
        benchmark::DoNotOptimize(y.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["us_per_arch"] = benchmark::Counter(double(state.range(0)) * 1e-6,
                                                       benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["GFLOPS"] = benchmark::Counter(kFlopsPerRow * double(state.range(0)) / 1e9,
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

void BM_PyTorchMlp(benchmark::State &state)
{
    const QString script = QStringLiteral(EDGEFRONT_BENCH_DIR "/torch_mlp.py");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {script, QString::number(state.range(0)), QString::number(state.max_iterations)});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        state.SkipWithError("PyTorch baseline unavailable (/usr/bin/python3 with python3-torch)");
        for (auto _ : state) {
        }
        return;
    }
    const QList<QByteArray> lines = python.readAllStandardOutput().trimmed().split('\n');
    size_t i = 0;
    for (auto _ : state)
        state.SetIterationTime(lines.value(qsizetype(i++ % size_t(lines.size()))).toDouble());
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["us_per_arch"] = benchmark::Counter(double(state.range(0)) * 1e-6,
                                                       benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["GFLOPS"] = benchmark::Counter(kFlopsPerRow * double(state.range(0)) / 1e9,
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

void BM_SgemmCeiling(benchmark::State &state)
{
    const int n = int(state.range(0));
    const MatrixF a = MatrixF::Random(n, n), b = MatrixF::Random(n, n);
    MatrixF c(n, n);
    for (auto _ : state) {
        sgemm(a, b, c);
        benchmark::DoNotOptimize(c.data());
    }
    state.counters["GFLOPS"] = benchmark::Counter(2.0 * n * n * double(n) / 1e9, benchmark::Counter::kIsIterationInvariantRate);
}

void BM_TrainOfaMlp(benchmark::State &state)
{
    const MatrixF x = onehotBatch(10000);
    MatrixF y(10000, 1);
    for (Eigen::Index i = 0; i < y.rows(); ++i)
        y(i, 0) = 0.7f + 0.01f * x.row(i).head(20).sum();
    MlpTrainingOptions o;
    o.hidden = {400, 400, 400};
    o.epochs = int(state.range(0));
    o.batchSize = 256;
    o.validationShare = 0.0;
    for (auto _ : state) {
        QString error;
        auto result = trainMlp(x, y, o, &error);
        benchmark::DoNotOptimize(result);
    }
    state.counters["epochs"] = double(o.epochs);
}

} // namespace

BENCHMARK(BM_EdgeFrontMlp)->Arg(1)->Arg(1024)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PyTorchMlp)->Arg(1)->Arg(1024)->UseManualTime()->Iterations(200)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SgemmCeiling)->Arg(1024)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TrainOfaMlp)->Arg(200)->Iterations(1)->Unit(benchmark::kSecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
