// Pareto fronts, ranks and hypervolume on one core. The baseline in the same run is std::sort of
// 1,000,000 doubles (the uniform cloud's first objective), so ratios hold across machines.
//   ./bench/bench_pareto --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// (repetitions are set per benchmark below already). Two kinds of 1M-point sets:
//  - uniform: random points in the unit square / cube, the typical case: a few dozen front
//    points, most of the cloud discarded by paretoFront's pivot pass before sorting;
//  - all on the front: points on the line x + y = 1 / the plane x + y + z = 1, nothing dominated,
//    the worst case of sort + sweep (every point is sorted and enters the staircase).
// Hypervolume: ~1,000 mutually non-dominated points on the unit circle / sphere (2-D / 3-D).

#include "paretofront.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace edgefront;

namespace {

constexpr int kMillion = 1'000'000;

MatrixD uniform(int n, int m, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    MatrixD p(n, m);
    for (Eigen::Index i = 0; i < p.rows(); ++i) {
        for (Eigen::Index j = 0; j < m; ++j)
            p(i, j) = u(rng);
    }
    return p;
}

// Points on the simplex sum = 1: no point dominates another.
MatrixD allOnFront(int n, int m, quint64 seed)
{
    MatrixD p = uniform(n, m, seed);
    for (Eigen::Index i = 0; i < p.rows(); ++i)
        p.row(i) /= p.row(i).sum();
    return p;
}

// Points on the unit circle / sphere, minimised: mutually non-dominated.
MatrixD sphere(int n, int m, quint64 seed)
{
    MatrixD p = uniform(n, m, seed);
    for (Eigen::Index i = 0; i < p.rows(); ++i)
        p.row(i) /= p.row(i).norm();
    return p;
}

std::vector<Direction> minimise(int m)
{
    return std::vector<Direction>(size_t(m), Direction::Minimize);
}

void BM_SortBaseline(benchmark::State &state)
{
    const MatrixD p = uniform(kMillion, 2, 1);
    const std::vector<double> values(p.col(0).begin(), p.col(0).end());
    std::vector<double> work;
    for (auto _ : state) {
        state.PauseTiming();
        work = values;
        state.ResumeTiming();
        std::sort(work.begin(), work.end());
        benchmark::DoNotOptimize(work.data());
    }
    state.SetItemsProcessed(state.iterations() * kMillion);
}

void front(benchmark::State &state, const MatrixD &p)
{
    const auto d = minimise(int(p.cols()));
    size_t size = 0;
    for (auto _ : state) {
        const std::vector<int> f = paretoFront(p, d);
        size = f.size();
        benchmark::DoNotOptimize(f.data());
    }
    state.counters["front"] = double(size);
    state.SetItemsProcessed(state.iterations() * p.rows());
}

void BM_Front2Uniform(benchmark::State &state)
{
    front(state, uniform(kMillion, 2, 1));
}

void BM_Front2AllOnFront(benchmark::State &state)
{
    front(state, allOnFront(kMillion, 2, 2));
}

void BM_Front3Uniform(benchmark::State &state)
{
    front(state, uniform(kMillion, 3, 3));
}

void BM_Front3AllOnFront(benchmark::State &state)
{
    front(state, allOnFront(kMillion, 3, 4));
}

// An NSGA-II population's worth: 10^4 points, 3 objectives, every front.
void BM_Ranks3TenThousand(benchmark::State &state)
{
    const MatrixD p = uniform(10'000, 3, 5);
    const auto d = minimise(3);
    int fronts = 0;
    for (auto _ : state) {
        const std::vector<int> r = nonDominatedRanks(p, d);
        fronts = *std::max_element(r.begin(), r.end()) + 1;
        benchmark::DoNotOptimize(r.data());
    }
    state.counters["fronts"] = fronts;
}

void hypervolumeOf(benchmark::State &state, int m)
{
    const MatrixD p = sphere(1000, m, 6);
    const auto d = minimise(m);
    const std::vector<double> reference(size_t(m), 1.1);
    state.counters["front"] = double(paretoFront(p, d).size());
    for (auto _ : state)
        benchmark::DoNotOptimize(hypervolume(p, d, reference));
}

void BM_Hypervolume2(benchmark::State &state)
{
    hypervolumeOf(state, 2);
}

void BM_Hypervolume3(benchmark::State &state)
{
    hypervolumeOf(state, 3);
}

} // namespace

#define EDGEFRONT_PARETO_BENCH(name, unit) \
    BENCHMARK(name)->Unit(unit)->Repetitions(5)->ReportAggregatesOnly(true)

EDGEFRONT_PARETO_BENCH(BM_SortBaseline, benchmark::kMillisecond);
EDGEFRONT_PARETO_BENCH(BM_Front2Uniform, benchmark::kMillisecond);
EDGEFRONT_PARETO_BENCH(BM_Front2AllOnFront, benchmark::kMillisecond);
EDGEFRONT_PARETO_BENCH(BM_Front3Uniform, benchmark::kMillisecond);
EDGEFRONT_PARETO_BENCH(BM_Front3AllOnFront, benchmark::kMillisecond);
EDGEFRONT_PARETO_BENCH(BM_Ranks3TenThousand, benchmark::kMillisecond);
EDGEFRONT_PARETO_BENCH(BM_Hypervolume2, benchmark::kMicrosecond);
EDGEFRONT_PARETO_BENCH(BM_Hypervolume3, benchmark::kMicrosecond);

BENCHMARK_MAIN();
