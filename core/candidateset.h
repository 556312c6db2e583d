#pragma once
// The candidates a device's front is drawn from: N seeded architectures of a design space, each
// with its accuracy, its latency and energy on one device, MACs, parameters and peak memory.
// Stored column by column (one std::vector<double> per metric) so that a view filters 100,000
// candidates by budgets in well under a millisecond.
//
// Contract:
//  - compute() samples `count` distinct architectures (by canonical key) with
//    seededGenerator(seed), in draw order; a space smaller than that gives what 20 x count draws
//    find (nb201: all 15,625 cells for the default count). The same options give the same
//    candidates and values whatever the thread count.
//  - extraDesigns (e.g. a search run's picks, usually outside the random sample) are added after
//    the sample, each once: one equal (by canonical key) to a sampled design or an earlier extra
//    is not added again. The sample itself does not change, so candidate i is the same with or
//    without extras. extraIndices() gives each extra's index in the set, in options order.
//  - Accuracy comes from the options' AccuracySource (NaN without one); latency and energy from
//    the device itself through CostSource::fromDevice, so they equal what a search on that
//    device sees; MACs, parameters and peak memory are exact layer-graph counts, peak memory in
//    MB as AnalyticCostModel::peakMemoryMB (peak live activations x the device's batch +
//    weights). Values that cannot be produced are NaN (e.g. a precision the device lacks).
//  - The work is split into chunks taken by `threads` workers (the calling thread is one); the
//    calling thread calls progress(done, total) before the work, after each of its chunks,
//    while the helpers finish and once at the end (done == total), and stops everything when
//    it returns false (compute then returns nullopt and *error says "cancelled").
//  - Fronts: accuracy maximised, every other metric minimised; rows with NaN are never on a
//    front (paretoFront). The accuracy x latency and accuracy x latency x energy fronts are
//    computed once with the set; front(x, y) computes any other pair on demand.

#include "deviceevaluator.h"
#include "paretofront.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace edgefront {

class AccuracySource;

enum class CandidateMetric : quint8 { Accuracy, Latency, Energy, Macs, Params, Memory };
constexpr int kCandidateMetricCount = 6;

// Names for files and settings: "accuracy", "latency_ms", "energy_mj", "macs", "params",
// "memory_mb".
QString candidateMetricToString(CandidateMetric metric);
std::optional<CandidateMetric> candidateMetricFromString(QStringView name);
// Accuracy is maximised, everything else minimised.
Direction candidateMetricDirection(CandidateMetric metric);

// Upper limits; infinity means no limit. A finite limit rejects a NaN value, and a candidate
// without a latency (it cannot run on the device) is never within budgets (as Budgets::admits).
struct CandidateBudgets
{
    double latencyMs = std::numeric_limits<double>::infinity();
    double energyMj = std::numeric_limits<double>::infinity();
    double memoryMB = std::numeric_limits<double>::infinity();

    bool isUnlimited() const;
    friend bool operator==(const CandidateBudgets &, const CandidateBudgets &) = default;
};

struct CandidateSetOptions
{
    static constexpr int kDefaultCount = 20000;

    const DesignSpace *space = nullptr;
    int count = kDefaultCount;
    quint64 seed = 1;
    // Accuracy of the candidates; nullptr leaves accuracy NaN (accuracyProvenance says why).
    std::shared_ptr<const AccuracySource> accuracy;
    QString noAccuracyReason;
    DeviceProfile device;
    MeasuredValues measured;
    // Designs of `space` evaluated with the sample (see the contract).
    std::vector<Architecture> extraDesigns;
    int threads = 0;      // 0: QThread::idealThreadCount()
    int chunkSize = 1024; // architectures per chunk

    bool isValid(QString *error) const;
};

class CandidateSet
{
public:
    // done, total; return false to cancel. Called on the thread that runs compute().
    using Progress = std::function<bool(int done, int total)>;

    static std::optional<CandidateSet> compute(const CandidateSetOptions &options, QString *error,
                                               const Progress &progress = {});

    const DesignSpace &space() const { return *m_space; }
    int size() const { return int(m_archs.size()); }
    bool isEmpty() const { return m_archs.empty(); }
    quint64 seed() const { return m_seed; }
    const QString &deviceId() const { return m_deviceId; }
    const QString &deviceName() const { return m_deviceName; }
    // "surrogate of Once-for-All's accuracy predictor ...", "predicted by ...", or why none.
    const QString &accuracyProvenance() const { return m_accuracyProvenance; }
    bool hasAccuracy() const { return m_hasAccuracy; }
    // "virtual of phone-gpu-a", "measured of pixel3", ...
    const QString &costProvenance() const { return m_costProvenance; }
    double elapsedMs() const { return m_elapsedMs; }

    const std::vector<Architecture> &architectures() const { return m_archs; }
    const Architecture &architecture(int i) const { return m_archs[size_t(i)]; }
    const QString &key(int i) const { return m_keys[size_t(i)]; }
    // Index of each CandidateSetOptions::extraDesigns entry, in its order.
    const std::vector<int> &extraIndices() const { return m_extraIndices; }
    // Index of the candidate with this key, or -1.
    int indexOfKey(const QString &key) const { return m_indexByKey.value(key, -1); }

    const std::vector<double> &values(CandidateMetric metric) const { return m_columns[size_t(metric)]; }
    double value(CandidateMetric metric, int i) const { return m_columns[size_t(metric)][size_t(i)]; }

    // Accuracy x latency front, fastest first; accuracy x latency x energy front, most accurate
    // first. Both as indices.
    const std::vector<int> &front() const { return m_front2; }
    const std::vector<int> &front3() const { return m_front3; }
    bool isOnFront(int i) const { return m_onFront2[size_t(i)] != 0; }
    bool isOnFront3(int i) const { return m_onFront3[size_t(i)] != 0; }
    // The front of any two metrics (directions as candidateMetricDirection), ordered by x
    // ascending. O(n log n).
    std::vector<int> front(CandidateMetric x, CandidateMetric y) const;

    // Budgets, O(n) over the columns.
    bool admits(const CandidateBudgets &budgets, int i) const;
    int countWithin(const CandidateBudgets &budgets) const;
    // mask[i] = 1 when candidate i is within the budgets.
    void withinMask(const CandidateBudgets &budgets, std::vector<quint8> &mask) const;
    // The most accurate candidate within the budgets (ties: the faster, then the lower index);
    // -1 when none (or no accuracy).
    int bestWithin(const CandidateBudgets &budgets) const;

    // Smallest and largest finite value of a metric (NaN, NaN when none).
    std::pair<double, double> range(CandidateMetric metric) const;

private:
    CandidateSet() = default;
    void computeFronts();

    const DesignSpace *m_space = nullptr;
    quint64 m_seed = 0;
    QString m_deviceId, m_deviceName;
    QString m_accuracyProvenance, m_costProvenance;
    bool m_hasAccuracy = false;
    double m_elapsedMs = 0.0;
    std::vector<Architecture> m_archs;
    std::vector<int> m_extraIndices;
    std::vector<QString> m_keys;
    QHash<QString, int> m_indexByKey;
    std::array<std::vector<double>, kCandidateMetricCount> m_columns;
    std::vector<int> m_front2, m_front3;
    std::vector<quint8> m_onFront2, m_onFront3;
};

} // namespace edgefront
