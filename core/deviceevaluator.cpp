#include "deviceevaluator.h"

#include "latencylookuptable.h"
#include "ofambv3space.h"

#include <cmath>
#include <limits>

namespace edgefront {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

const QHash<QString, double> *MeasuredValues::find(const QString &space, Metric metric) const &
{
    const auto it = byKey.constFind(slot(space, metric));
    return it == byKey.constEnd() ? nullptr : &it.value();
}

int MeasuredValues::count(const QString &space, Metric metric) const
{
    const auto *values = find(space, metric);
    return values ? int(values->size()) : 0;
}

DeviceEvaluator::DeviceEvaluator(DeviceProfile device, MeasuredValues measured)
    : m_device(std::move(device))
    , m_measured(std::move(measured))
{
    switch (m_device.provenance) {
    case DeviceProvenance::Virtual:
    case DeviceProvenance::Calibrated:
        m_model = std::make_unique<AnalyticCostModel>(m_device);
        break;
    case DeviceProvenance::LookupTable:
        if (auto table = LatencyLookupTable::fromJson(m_device.lookupTable, &m_tableError))
            m_table = std::make_unique<LatencyLookupTable>(std::move(*table));
        break;
    case DeviceProvenance::Measured:
        break;
    }
}

DeviceEvaluator::~DeviceEvaluator() = default;
DeviceEvaluator::DeviceEvaluator(DeviceEvaluator &&) noexcept = default;
DeviceEvaluator &DeviceEvaluator::operator=(DeviceEvaluator &&) noexcept = default;

bool DeviceEvaluator::canEvaluate(const DesignSpace &space, Metric metric, QString *why) const
{
    QString reason;
    if (metric == Metric::Accuracy) {
        reason = QStringLiteral("accuracy comes from predictors, not devices");
    } else if (m_model) {
        return true;
    } else if (m_device.provenance == DeviceProvenance::LookupTable) {
        const auto *ofa = dynamic_cast<const OfaMbv3Space *>(&space);
        if (!m_table)
            reason = QStringLiteral("device %1 has no usable lookup table: %2").arg(m_device.id, m_tableError);
        else if (metric != Metric::LatencyMs)
            reason = QStringLiteral("lookup-table device %1 gives latency only").arg(m_device.id);
        else if (!ofa || ofa->isMixedPrecision()
                 || std::abs(ofa->network().widthMultiplier() - m_table->widthMultiplier()) > 1e-9)
            reason = QStringLiteral("lookup-table device %1 covers the float width-%2 Once-for-All space only")
                         .arg(m_device.id).arg(m_table->widthMultiplier(), 0, 'f', 1);
        else
            return true;
    } else if (m_measured.count(space.name(), metric) > 0) {
        return true;
    } else {
        reason = QStringLiteral("device %1 has no %2 measurements on %3")
                     .arg(m_device.id, metricToString(metric), space.name());
    }
    if (why)
        *why = reason;
    return false;
}

ArchitectureBatch::ArchitectureBatch(const DesignSpace &space, std::vector<Architecture> archs)
    : m_space(space)
    , m_archs(std::move(archs))
{
}

const std::vector<LayerGraph> &ArchitectureBatch::graphs() const
{
    if (m_graphs.size() != m_archs.size()) {
        m_graphs.clear();
        m_graphs.reserve(m_archs.size());
        for (const Architecture &a : m_archs)
            m_graphs.push_back(m_space.layerGraph(a));
    }
    return m_graphs;
}

const QStringList &ArchitectureBatch::keys() const
{
    if (size_t(m_keys.size()) != m_archs.size()) {
        m_keys.clear();
        m_keys.reserve(qsizetype(m_archs.size()));
        for (const Architecture &a : m_archs)
            m_keys.append(m_space.key(a));
    }
    return m_keys;
}

std::vector<double> DeviceEvaluator::evaluate(const DesignSpace &space, std::span<const Architecture> archs,
                                              Metric metric, bool noisy, int repeat) const
{
    return evaluate(ArchitectureBatch(space, std::vector<Architecture>(archs.begin(), archs.end())), metric, noisy,
                    repeat);
}

std::vector<double> DeviceEvaluator::evaluate(const ArchitectureBatch &batch, Metric metric, bool noisy,
                                              int repeat) const
{
    const DesignSpace &space = batch.space();
    std::vector<double> out(batch.size(), kNaN);
    if (!canEvaluate(space, metric))
        return out;
    if (m_model) {
        const std::vector<LayerGraph> &graphs = batch.graphs();
        for (size_t i = 0; i < graphs.size(); ++i) {
            const NetworkCost cost = m_model->evaluate(graphs[i]);
            double v = metric == Metric::LatencyMs ? cost.latencyMs : cost.energyMj;
            if (!std::isfinite(v))
                continue;
            if (noisy)
                v = m_model->withNoise(v, batch.keys()[qsizetype(i)] + QString::number(int(metric)), repeat);
            out[i] = v;
        }
        return out;
    }
    if (m_table) {
        const auto &ofa = static_cast<const OfaMbv3Space &>(space);
        for (size_t i = 0; i < batch.size(); ++i) {
            if (const auto v = m_table->predictMs(ofa.subnet(batch.archs()[i]), nullptr))
                out[i] = *v;
        }
        return out;
    }
    const auto *values = m_measured.find(space.name(), metric);
    const QStringList &keys = batch.keys();
    for (size_t i = 0; i < batch.size(); ++i)
        out[i] = values->value(keys[qsizetype(i)], kNaN);
    return out;
}

} // namespace edgefront
