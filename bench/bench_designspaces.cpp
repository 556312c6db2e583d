// Throughput of the design-space basics on one core, in architectures per second:
// sampling, encoding, layer graph + MACs, and the full cost totals (with peak memory).
// The baseline beside each is a plain copy of a sampled architecture, so ratios can be read
// independently of the machine: e.g. how many copies one layer graph costs.

#include "designspacecatalog.h"

#include <benchmark/benchmark.h>

#include <vector>

using namespace edgefront;

namespace {

const char *const kSpaces[] = {"ofa-mbv3-w10", "ofa-mbv3-w12", "ofa-mbv3-w10-mp", "ofa-mbv3-w12-mp", "nb201"};
constexpr int kPool = 4096;

const DesignSpace &spaceAt(const benchmark::State &state)
{
    return *findDesignSpace(QString::fromLatin1(kSpaces[state.range(0)]));
}

std::vector<Architecture> pool(const DesignSpace &space)
{
    QRandomGenerator rng(1);
    std::vector<Architecture> archs;
    archs.reserve(kPool);
    for (int i = 0; i < kPool; ++i)
        archs.push_back(space.sample(rng));
    return archs;
}

void finish(benchmark::State &state)
{
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(kSpaces[state.range(0)]);
}

void BM_CopyBaseline(benchmark::State &state)
{
    const auto archs = pool(spaceAt(state));
    size_t i = 0;
    for (auto _ : state) {
        Architecture copy = archs[i++ % kPool];
        benchmark::DoNotOptimize(copy.choices.data());
    }
    finish(state);
}

void BM_Sample(benchmark::State &state)
{
    const DesignSpace &space = spaceAt(state);
    QRandomGenerator rng(2);
    for (auto _ : state) {
        Architecture a = space.sample(rng);
        benchmark::DoNotOptimize(a.choices.data());
    }
    finish(state);
}

void BM_Mutate(benchmark::State &state)
{
    const DesignSpace &space = spaceAt(state);
    const auto archs = pool(space);
    QRandomGenerator rng(3);
    size_t i = 0;
    for (auto _ : state) {
        Architecture a = space.mutate(archs[i++ % kPool], 0.1, rng);
        benchmark::DoNotOptimize(a.choices.data());
    }
    finish(state);
}

void BM_EncodeOnehot(benchmark::State &state)
{
    const DesignSpace &space = spaceAt(state);
    const auto archs = pool(space);
    const QString encoding = QStringLiteral("onehot");
    std::vector<float> out(size_t(space.encodingSize(encoding)));
    size_t i = 0;
    for (auto _ : state) {
        space.encode(archs[i++ % kPool], encoding, out.data());
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    finish(state);
}

void BM_LayerGraphMacs(benchmark::State &state)
{
    const DesignSpace &space = spaceAt(state);
    const auto archs = pool(space);
    size_t i = 0;
    for (auto _ : state) {
        const LayerGraph g = space.layerGraph(archs[i++ % kPool]);
        qint64 macs = 0;
        for (const Layer &l : g.layers())
            macs += l.macs;
        benchmark::DoNotOptimize(macs);
    }
    finish(state);
}

void BM_CostTotals(benchmark::State &state)
{
    const DesignSpace &space = spaceAt(state);
    const auto archs = pool(space);
    size_t i = 0;
    for (auto _ : state) {
        const CostTotals t = space.costs(archs[i++ % kPool]);
        benchmark::DoNotOptimize(t.peakActivationBytes);
    }
    finish(state);
}

} // namespace

BENCHMARK(BM_CopyBaseline)->DenseRange(0, 4);
BENCHMARK(BM_Sample)->DenseRange(0, 4);
BENCHMARK(BM_Mutate)->DenseRange(0, 4);
BENCHMARK(BM_EncodeOnehot)->DenseRange(0, 4);
BENCHMARK(BM_LayerGraphMacs)->DenseRange(0, 4);
BENCHMARK(BM_CostTotals)->DenseRange(0, 4);

BENCHMARK_MAIN();
