#include "candidateset.h"

#include "searchevaluator.h"
#include "seededgenerator.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

namespace edgefront {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const std::array<QString, kCandidateMetricCount> &metricNames()
{
    static const std::array<QString, kCandidateMetricCount> names{
        QStringLiteral("accuracy"), QStringLiteral("latency_ms"), QStringLiteral("energy_mj"),
        QStringLiteral("macs"),     QStringLiteral("params"),     QStringLiteral("memory_mb")};
    return names;
}

// Distinct architectures in draw order; at most 20 draws per wanted candidate so that small
// spaces (nb201) end instead of looping. Then the extras not drawn (their indices in *extraIndices).
std::vector<Architecture> sampleDistinct(const DesignSpace &space, int count, quint64 seed,
                                         const std::vector<Architecture> &extras, std::vector<int> *extraIndices)
{
    QRandomGenerator rng = seededGenerator(seed);
    std::vector<Architecture> archs;
    archs.reserve(size_t(count) + extras.size());
    QHash<QByteArray, int> seen;
    seen.reserve(count + int(extras.size()));
    const qint64 maxDraws = qint64(count) * 20;
    for (qint64 draw = 0; draw < maxDraws && int(archs.size()) < count; ++draw) {
        Architecture arch = space.sample(rng);
        QByteArray key = space.canonicalBytes(arch);
        if (seen.contains(key))
            continue;
        seen.insert(std::move(key), int(archs.size()));
        archs.push_back(std::move(arch));
    }
    extraIndices->clear();
    for (const Architecture &arch : extras) {
        QByteArray key = space.canonicalBytes(arch);
        auto it = seen.constFind(key);
        if (it == seen.cend()) {
            it = seen.insert(std::move(key), int(archs.size()));
            archs.push_back(arch);
        }
        extraIndices->push_back(it.value());
    }
    return archs;
}

} // namespace

QString candidateMetricToString(CandidateMetric metric)
{
    return metricNames()[size_t(metric)];
}

std::optional<CandidateMetric> candidateMetricFromString(QStringView name)
{
    for (int i = 0; i < kCandidateMetricCount; ++i) {
        if (name.compare(metricNames()[size_t(i)], Qt::CaseInsensitive) == 0)
            return CandidateMetric(i);
    }
    return std::nullopt;
}

Direction candidateMetricDirection(CandidateMetric metric)
{
    return metric == CandidateMetric::Accuracy ? Direction::Maximize : Direction::Minimize;
}

bool CandidateBudgets::isUnlimited() const
{
    return std::isinf(latencyMs) && std::isinf(energyMj) && std::isinf(memoryMB);
}

bool CandidateSetOptions::isValid(QString *error) const
{
    if (!space) {
        *error = QStringLiteral("no design space");
        return false;
    }
    if (count < 1) {
        *error = QStringLiteral("the candidate count must be at least 1");
        return false;
    }
    if (chunkSize < 1 || threads < 0) {
        *error = QStringLiteral("chunk size and thread count must be positive");
        return false;
    }
    if (device.id.isEmpty()) {
        *error = QStringLiteral("no device");
        return false;
    }
    return true;
}

std::optional<CandidateSet> CandidateSet::compute(const CandidateSetOptions &options, QString *error,
                                                  const Progress &progress)
{
    if (!options.isValid(error))
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();

    CandidateSet set;
    set.m_space = options.space;
    set.m_seed = options.seed;
    set.m_deviceId = options.device.id;
    set.m_deviceName = options.device.name.isEmpty() ? options.device.id : options.device.name;
    set.m_hasAccuracy = options.accuracy != nullptr;
    set.m_accuracyProvenance = options.accuracy ? options.accuracy->provenance()
                                                : (options.noAccuracyReason.isEmpty() ? QStringLiteral("no accuracy source")
                                                                                      : options.noAccuracyReason);
    set.m_costProvenance = CostSource::fromDevice(DeviceEvaluator(options.device, options.measured))->provenance();

    const DesignSpace &space = *options.space;
    set.m_archs = sampleDistinct(space, options.count, options.seed, options.extraDesigns, &set.m_extraIndices);
    const int n = set.size();
    set.m_keys.resize(size_t(n));
    for (auto &column : set.m_columns)
        column.assign(size_t(n), kNaN);

    const int chunk = options.chunkSize;
    const int chunks = (n + chunk - 1) / chunk;
    const int threads = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1,
                                   std::max(chunks, 1));
    std::atomic<int> nextChunk{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    const double batch = std::max(options.device.costModel.batch, 1);

    // One worker: its own cost source (the device's per-block tables are not shared between
    // threads); chunks write to their own rows, so the result does not depend on the schedule.
    // The calling thread passes a report function, called after each of its chunks.
    auto work = [&](const std::function<void()> &afterChunk) {
        const std::shared_ptr<CostSource> cost = CostSource::fromDevice(DeviceEvaluator(options.device, options.measured));
        std::vector<double> latency, energy;
        for (;;) {
            if (cancelled.load(std::memory_order_relaxed))
                return;
            const int c = nextChunk.fetch_add(1);
            if (c >= chunks)
                return;
            const size_t begin = size_t(c) * size_t(chunk);
            const size_t end = std::min(begin + size_t(chunk), size_t(n));
            const std::span<const Architecture> archs(set.m_archs.data() + begin, end - begin);
            for (size_t i = begin; i < end; ++i) {
                const CostTotals t = space.costs(set.m_archs[i]);
                set.m_columns[size_t(CandidateMetric::Macs)][i] = double(t.macs);
                set.m_columns[size_t(CandidateMetric::Params)][i] = double(t.params);
                set.m_columns[size_t(CandidateMetric::Memory)][i] =
                    (double(t.peakActivationBytes) * batch + double(t.weightBytes)) / 1e6;
                set.m_keys[i] = space.key(set.m_archs[i]);
            }
            cost->evaluate(space, archs, latency, energy);
            for (size_t i = begin; i < end; ++i) {
                const double l = latency[i - begin], e = energy[i - begin];
                set.m_columns[size_t(CandidateMetric::Latency)][i] = std::isfinite(l) ? l : kNaN;
                set.m_columns[size_t(CandidateMetric::Energy)][i] = std::isfinite(e) ? e : kNaN;
            }
            if (options.accuracy) {
                const std::vector<double> acc =
                    options.accuracy->predict(ArchitectureBatch(space, std::vector<Architecture>(archs.begin(), archs.end())));
                for (size_t i = begin; i < end && i - begin < acc.size(); ++i)
                    set.m_columns[size_t(CandidateMetric::Accuracy)][i] = std::isfinite(acc[i - begin]) ? acc[i - begin] : kNaN;
            }
            done.fetch_add(int(end - begin));
            if (afterChunk)
                afterChunk();
        }
    };

    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    std::atomic<int> running{threads - 1};
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back([&] {
            work({});
            running.fetch_sub(1);
        });
    }
    // The calling thread works too, reporting progress after each of its chunks and while the
    // helpers finish theirs; a cancel stops every worker at its next chunk.
    auto report = [&] {
        if (progress && !cancelled.load() && !progress(done.load(), n))
            cancelled.store(true);
    };
    report(); // started: a cancel before the first chunk ends costs no work
    work(report);
    while (running.load() > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        report();
    }
    for (std::thread &t : helpers)
        t.join();
    // The final report can still cancel (the fronts below are not free at 100,000 candidates).
    report();
    if (cancelled.load()) {
        *error = QStringLiteral("cancelled");
        return std::nullopt;
    }

    set.m_indexByKey.reserve(n);
    for (int i = 0; i < n; ++i)
        set.m_indexByKey.insert(set.m_keys[size_t(i)], i);
    set.computeFronts();
    set.m_elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    return set;
}

void CandidateSet::computeFronts()
{
    const int n = size();
    const auto &acc = values(CandidateMetric::Accuracy);
    const auto &lat = values(CandidateMetric::Latency);
    const auto &energy = values(CandidateMetric::Energy);
    m_front2 = front(CandidateMetric::Latency, CandidateMetric::Accuracy);
    MatrixD points3(n, 3);
    for (int i = 0; i < n; ++i) {
        points3(i, 0) = acc[size_t(i)];
        points3(i, 1) = lat[size_t(i)];
        points3(i, 2) = energy[size_t(i)];
    }
    m_front3 = paretoFront(points3, {Direction::Maximize, Direction::Minimize, Direction::Minimize});
    m_onFront2.assign(size_t(n), 0);
    m_onFront3.assign(size_t(n), 0);
    for (int i : m_front2)
        m_onFront2[size_t(i)] = 1;
    for (int i : m_front3)
        m_onFront3[size_t(i)] = 1;
}

std::vector<int> CandidateSet::front(CandidateMetric x, CandidateMetric y) const
{
    const int n = size();
    const auto &xs = values(x);
    const auto &ys = values(y);
    MatrixD points(n, 2);
    for (int i = 0; i < n; ++i) {
        points(i, 0) = xs[size_t(i)];
        points(i, 1) = ys[size_t(i)];
    }
    std::vector<int> front = paretoFront(points, {candidateMetricDirection(x), candidateMetricDirection(y)});
    // paretoFront orders by the first objective from best to worst; views want x ascending.
    std::stable_sort(front.begin(), front.end(), [&](int a, int b) { return xs[size_t(a)] < xs[size_t(b)]; });
    return front;
}

bool CandidateSet::admits(const CandidateBudgets &b, int i) const
{
    const size_t k = size_t(i);
    return values(CandidateMetric::Latency)[k] <= b.latencyMs
        && (std::isinf(b.energyMj) || values(CandidateMetric::Energy)[k] <= b.energyMj)
        && (std::isinf(b.memoryMB) || values(CandidateMetric::Memory)[k] <= b.memoryMB);
}

void CandidateSet::withinMask(const CandidateBudgets &b, std::vector<quint8> &mask) const
{
    const size_t n = size_t(size());
    mask.assign(n, 1);
    // One pass per limited metric; `x <= limit` is false for NaN, which a finite limit rejects.
    // Latency is always compared: a design that cannot run on the device is never admitted.
    auto apply = [&](CandidateMetric metric, double limit) {
        if (std::isinf(limit) && metric != CandidateMetric::Latency)
            return;
        const double *v = values(metric).data();
        quint8 *m = mask.data();
        for (size_t i = 0; i < n; ++i)
            m[i] &= quint8(v[i] <= limit);
    };
    apply(CandidateMetric::Latency, b.latencyMs);
    apply(CandidateMetric::Energy, b.energyMj);
    apply(CandidateMetric::Memory, b.memoryMB);
}

int CandidateSet::countWithin(const CandidateBudgets &b) const
{
    const size_t n = size_t(size());
    const double *lat = values(CandidateMetric::Latency).data();
    const double *energy = values(CandidateMetric::Energy).data();
    const double *memory = values(CandidateMetric::Memory).data();
    // Infinite energy and memory limits admit NaN too: compare against them only when finite.
    const bool e = !std::isinf(b.energyMj), m = !std::isinf(b.memoryMB);
    int count = 0;
    for (size_t i = 0; i < n; ++i)
        count += int((lat[i] <= b.latencyMs) & (!e || energy[i] <= b.energyMj) & (!m || memory[i] <= b.memoryMB));
    return count;
}

int CandidateSet::bestWithin(const CandidateBudgets &b) const
{
    if (!m_hasAccuracy)
        return -1;
    // The best within the budgets is on the accuracy x latency front unless an energy or memory
    // budget excludes front members, so scan everything: O(n) is fast enough.
    const auto &acc = values(CandidateMetric::Accuracy);
    const auto &lat = values(CandidateMetric::Latency);
    int best = -1;
    for (int i = 0; i < size(); ++i) {
        const double a = acc[size_t(i)];
        if (std::isnan(a) || !admits(b, i))
            continue;
        if (best < 0 || a > acc[size_t(best)]
            || (a == acc[size_t(best)] && lat[size_t(i)] < lat[size_t(best)]))
            best = i;
    }
    return best;
}

std::pair<double, double> CandidateSet::range(CandidateMetric metric) const
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values(metric)) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (lo > hi)
        return {kNaN, kNaN};
    return {lo, hi};
}

} // namespace edgefront
