#pragma once
// What a search asks of a design: its accuracy and its latency and energy on one device, for
// many architectures, fast. Sources:
//  - accuracy: a Predictor, the built-in Once-for-All surrogate, or a measured accuracy table;
//  - latency/energy: the device itself (analytic model expected values, lookup table, or
//    measured values) or latency/energy Predictors (optionally device-conditioned).
// Results are cached by architecture key. On the ofa-mbv3 spaces the analytic model is summed
// per block from a per-device table (stage, position, kernel, expand, bits, resolution) that is
// filled on first use; this is exact because the model's layer costs are independent.

#include "analyticcostmodel.h"
#include "deviceevaluator.h"
#include "predictor.h"

#include <QHash>

#include <functional>
#include <limits>
#include <memory>

namespace edgefront {

class OfaMbv3Space;
class ProjectStore;

struct DesignMetrics
{
    double accuracy = std::numeric_limits<double>::quiet_NaN();
    double latencyMs = std::numeric_limits<double>::quiet_NaN();
    double energyMj = std::numeric_limits<double>::quiet_NaN();
};

struct Budgets
{
    double latencyMs = std::numeric_limits<double>::infinity();
    double energyMj = std::numeric_limits<double>::infinity();

    // Finite metrics within every budget (a missing energy fails only an energy budget).
    bool admits(const DesignMetrics &m) const;
    bool isValid(QString *error) const;
};

// Accuracy of a batch (percent).
class AccuracySource
{
public:
    static std::shared_ptr<AccuracySource> fromPredictor(Predictor predictor);
    static std::shared_ptr<AccuracySource> fromTable(QHash<QString, double> accuracyByKey, QString provenance);
    // The built-in surrogate for the ofa-mbv3 spaces (nullptr for other spaces).
    static std::shared_ptr<AccuracySource> builtinSurrogate(const DesignSpace &space);

    virtual ~AccuracySource() = default;
    virtual std::vector<double> predict(const ArchitectureBatch &batch) const = 0;
    QString provenance() const { return m_provenance; }

protected:
    QString m_provenance;
};

// The project's default accuracy for a space: its newest accuracy predictor, else its accuracy
// table (the first dataset), else the built-in surrogate (ofa-mbv3 spaces); nullptr + *error
// when there is none.
std::shared_ptr<AccuracySource> defaultAccuracySource(const ProjectStore &project, const DesignSpace &space,
                                                      QString *error);

// Latency (ms) and energy (mJ) on one device.
class CostSource
{
public:
    // The device's own numbers (virtual/calibrated: expected values of the analytic model).
    static std::shared_ptr<CostSource> fromDevice(DeviceEvaluator device);
    // Predictors (energy optional); features for device-conditioned ones.
    static std::shared_ptr<CostSource> fromPredictors(Predictor latency, std::optional<Predictor> energy,
                                                      std::optional<DeviceFeatures> features);

    virtual ~CostSource() = default;
    // Latency and energy of each architecture (NaN where unknown or not runnable).
    virtual void evaluate(const DesignSpace &space, std::span<const Architecture> archs, std::vector<double> &latency,
                          std::vector<double> &energy) const = 0;
    QString provenance() const { return m_provenance; }

protected:
    QString m_provenance;
};

class SearchEvaluator
{
public:
    SearchEvaluator(const DesignSpace &space, std::shared_ptr<const AccuracySource> accuracy,
                    std::shared_ptr<const CostSource> cost);

    const DesignSpace &space() const { return m_space; }
    const AccuracySource *accuracySource() const { return m_accuracy.get(); }
    const CostSource &costSource() const { return *m_cost; }

    // Metrics of each architecture (accuracy only when asked). Cached by key.
    std::vector<DesignMetrics> evaluate(std::span<const Architecture> archs, bool withAccuracy = true) const;
    DesignMetrics evaluate(const Architecture &arch, bool withAccuracy = true) const;

    // Architectures evaluated so far (distinct), for reports.
    int distinctEvaluations() const { return int(m_cache.size()); }

private:
    struct Entry
    {
        DesignMetrics metrics;
        bool hasCost = false;
        bool hasAccuracy = false;
    };

    const DesignSpace &m_space;
    std::shared_ptr<const AccuracySource> m_accuracy;
    std::shared_ptr<const CostSource> m_cost;
    mutable QHash<QByteArray, Entry> m_cache; // by DesignSpace::canonicalBytes
};

} // namespace edgefront
