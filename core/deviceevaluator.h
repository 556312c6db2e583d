#pragma once
// Latency and energy of architectures on one device, whatever the device's provenance:
//  - virtual and calibrated devices: the analytic cost model (expected value, or a seeded
//    noisy "measurement");
//  - lookup-table devices: Once-for-All's per-operator table (latency only, the table's
//    resolutions and width only);
//  - measured devices: the imported measurements (mean of repeats), NaN where none exists.
// Values that cannot be produced are NaN; canEvaluate says in advance whether any can.

#include "analyticcostmodel.h"
#include "designspace.h"
#include "measurement.h"

#include <QHash>

#include <memory>
#include <span>

namespace edgefront {

class LatencyLookupTable;

// Measured values of one device: per (space, metric), architecture key -> value.
struct MeasuredValues
{
    QHash<QString, QHash<QString, double>> byKey; // "space/metric" -> key -> value

    static QString slot(const QString &space, Metric metric) { return space + u'/' + metricToString(metric); }
    const QHash<QString, double> *find(const QString &space, Metric metric) const &;
    // The result points into this object: not on a temporary.
    const QHash<QString, double> *find(const QString &space, Metric metric) const && = delete;
    int count(const QString &space, Metric metric) const;
};

// Architectures of one space with their layer graphs and keys, built once on first use and
// shared by every device evaluated on them.
class ArchitectureBatch
{
public:
    ArchitectureBatch(const DesignSpace &space, std::vector<Architecture> archs);

    const DesignSpace &space() const { return m_space; }
    const std::vector<Architecture> &archs() const { return m_archs; }
    size_t size() const { return m_archs.size(); }
    const std::vector<LayerGraph> &graphs() const;
    const QStringList &keys() const;

private:
    const DesignSpace &m_space;
    std::vector<Architecture> m_archs;
    mutable std::vector<LayerGraph> m_graphs;
    mutable QStringList m_keys;
};

class DeviceEvaluator
{
public:
    explicit DeviceEvaluator(DeviceProfile device, MeasuredValues measured = {});
    ~DeviceEvaluator();
    DeviceEvaluator(DeviceEvaluator &&) noexcept;
    DeviceEvaluator &operator=(DeviceEvaluator &&) noexcept;

    const DeviceProfile &device() const { return m_device; }

    // Whether this device can give `metric` for architectures of `space`; otherwise *why.
    bool canEvaluate(const DesignSpace &space, Metric metric, QString *why = nullptr) const;

    // One value per architecture (NaN where unavailable). `noisy` draws a measurement
    // (virtual devices only; repeat selects the draw).
    std::vector<double> evaluate(const ArchitectureBatch &batch, Metric metric, bool noisy = false,
                                 int repeat = 0) const;
    std::vector<double> evaluate(const DesignSpace &space, std::span<const Architecture> archs, Metric metric,
                                 bool noisy = false, int repeat = 0) const;

private:
    DeviceProfile m_device;
    MeasuredValues m_measured;
    std::unique_ptr<AnalyticCostModel> m_model;
    std::unique_ptr<LatencyLookupTable> m_table;
    QString m_tableError;
};

} // namespace edgefront
