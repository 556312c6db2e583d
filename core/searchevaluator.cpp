#include "searchevaluator.h"

#include "ofaaccuracysurrogate.h"
#include "ofambv3space.h"
#include "projectstore.h"

#include <cmath>

namespace edgefront {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

class PredictorAccuracy : public AccuracySource
{
public:
    explicit PredictorAccuracy(Predictor p)
        : m_predictor(std::move(p))
    {
        m_provenance = QStringLiteral("predicted by %1").arg(m_predictor.info().name.isEmpty() ? m_predictor.info().summary()
                                                                                               : m_predictor.info().name);
    }
    std::vector<double> predict(const ArchitectureBatch &batch) const override
    {
        QString error;
        auto v = m_predictor.predict(batch, nullptr, &error);
        return v ? *v : std::vector<double>(batch.size(), kNaN);
    }

private:
    Predictor m_predictor;
};

class TableAccuracy : public AccuracySource
{
public:
    TableAccuracy(QHash<QString, double> table, QString provenance)
        : m_table(std::move(table))
    {
        m_provenance = std::move(provenance);
    }
    std::vector<double> predict(const ArchitectureBatch &batch) const override
    {
        std::vector<double> out;
        out.reserve(batch.size());
        for (const QString &key : batch.keys())
            out.push_back(m_table.value(key, kNaN));
        return out;
    }

private:
    QHash<QString, double> m_table;
};

class SurrogateAccuracy : public AccuracySource
{
public:
    SurrogateAccuracy(const OfaMbv3Space &space)
        : m_space(space)
        // Extrapolated low resolutions: Once-for-All's predictor scores 128-159 px above 160-175 px
        // (its search never used them); fronts should not favour them for that.
        , m_surrogate(space.network().widthMultiplier(), OfaAccuracySurrogate::LowResolution::Extrapolated)
    {
        m_provenance = OfaAccuracySurrogate::provenance();
    }
    std::vector<double> predict(const ArchitectureBatch &batch) const override
    {
        return m_surrogate.predictPercent(m_space, batch.archs());
    }

private:
    const OfaMbv3Space &m_space;
    OfaAccuracySurrogate m_surrogate;
};

// The device itself; analytic devices on ofa-mbv3 spaces sum a per-block table.
class DeviceCost : public CostSource
{
public:
    explicit DeviceCost(DeviceEvaluator device)
        : m_device(std::move(device))
    {
        m_provenance = QStringLiteral("%1 of %2").arg(provenanceToString(m_device.device().provenance), m_device.device().id);
        if (m_device.device().provenance == DeviceProvenance::Virtual
            || m_device.device().provenance == DeviceProvenance::Calibrated)
            m_model = std::make_unique<AnalyticCostModel>(m_device.device());
    }

    void evaluate(const DesignSpace &space, std::span<const Architecture> archs, std::vector<double> &latency,
                  std::vector<double> &energy) const override
    {
        latency.assign(archs.size(), kNaN);
        energy.assign(archs.size(), kNaN);
        const auto *ofa = dynamic_cast<const OfaMbv3Space *>(&space);
        if (m_model && ofa) {
            for (size_t i = 0; i < archs.size(); ++i) {
                const auto [l, e] = ofaCost(*ofa, archs[i]);
                latency[i] = l;
                energy[i] = e;
            }
            return;
        }
        if (m_model) {
            for (size_t i = 0; i < archs.size(); ++i) {
                const NetworkCost c = m_model->evaluate(space.layerGraph(archs[i]));
                latency[i] = c.latencyMs;
                energy[i] = c.energyMj;
            }
            for (double &v : latency)
                v = std::isfinite(v) ? v : kNaN;
            for (double &v : energy)
                v = std::isfinite(v) ? v : kNaN;
            return;
        }
        const ArchitectureBatch batch(space, std::vector<Architecture>(archs.begin(), archs.end()));
        latency = m_device.evaluate(batch, Metric::LatencyMs);
        if (m_device.canEvaluate(space, Metric::EnergyMj))
            energy = m_device.evaluate(batch, Metric::EnergyMj);
    }

private:
    // Table index: (stage 0..4, position 0..3, ks, e, bits, r) choice indices; stem/head by r.
    static constexpr int kR = 25;
    static int blockIndex(int stage, int pos, int k, int e, int b, int r)
    {
        return ((((stage * 4 + pos) * 3 + k) * 3 + e) * 3 + b) * kR + r;
    }

    std::pair<double, double> ofaCost(const OfaMbv3Space &space, const Architecture &arch) const
    {
        constexpr int kBlocks = 5 * 4 * 3 * 3 * 3 * kR;
        if (m_blockLatency.empty()) {
            m_blockLatency.assign(kBlocks, kNaN);
            m_blockEnergy.assign(kBlocks, kNaN);
            m_fixedLatency.assign(kR, kNaN);
            m_fixedEnergy.assign(kR, kNaN);
        }
        const bool mixed = space.isMixedPrecision();
        const int r = arch[OfaMbv3Space::rDecision()];
        auto indexOf = [&](int stage, int pos) {
            const int slot = stage * 4 + pos;
            return blockIndex(stage, pos, arch[OfaMbv3Space::ksDecision(slot)], arch[OfaMbv3Space::eDecision(slot)],
                              mixed ? arch[OfaMbv3Space::bitsDecision(slot)] : 0, r);
        };
        bool complete = !std::isnan(m_fixedLatency[size_t(r)]);
        for (int s = 0; s < 5 && complete; ++s) {
            const int depth = OfaMbv3Space::depthChoices()[arch[OfaMbv3Space::dDecision(s)]];
            for (int p = 0; p < depth && complete; ++p)
                complete = !std::isnan(m_blockLatency[size_t(indexOf(s, p))]);
        }
        if (!complete) {
            // Evaluate the whole network once and file its layers' costs by block.
            const LayerGraph graph = space.layerGraph(arch);
            const NetworkCost cost = m_model->evaluate(graph, true);
            std::array<std::array<double, 4>, 5> bl{}, be{};
            double fl = m_model->device().costModel.fixedOverheadMs, fe = m_model->device().specs.idlePowerW * fl;
            bool runnable = true;
            for (int i = 0; i < graph.size(); ++i) {
                const Layer &l = graph.layer(i);
                const LayerCost &c = cost.layers[size_t(i)];
                runnable = runnable && c.runnable;
                const double lat = c.runnable ? c.latencyMs : std::numeric_limits<double>::infinity();
                if (l.stage >= 1 && l.stage <= 5) {
                    bl[size_t(l.stage - 1)][size_t(l.block)] += lat;
                    be[size_t(l.stage - 1)][size_t(l.block)] += c.energyMj;
                } else {
                    fl += lat;
                    fe += c.energyMj;
                }
            }
            m_fixedLatency[size_t(r)] = fl;
            m_fixedEnergy[size_t(r)] = fe;
            for (int s = 0; s < 5; ++s) {
                const int depth = OfaMbv3Space::depthChoices()[arch[OfaMbv3Space::dDecision(s)]];
                for (int p = 0; p < depth; ++p) {
                    m_blockLatency[size_t(indexOf(s, p))] = bl[size_t(s)][size_t(p)];
                    m_blockEnergy[size_t(indexOf(s, p))] = be[size_t(s)][size_t(p)];
                }
            }
        }
        double latency = m_fixedLatency[size_t(r)], energy = m_fixedEnergy[size_t(r)];
        for (int s = 0; s < 5; ++s) {
            const int depth = OfaMbv3Space::depthChoices()[arch[OfaMbv3Space::dDecision(s)]];
            for (int p = 0; p < depth; ++p) {
                latency += m_blockLatency[size_t(indexOf(s, p))];
                energy += m_blockEnergy[size_t(indexOf(s, p))];
            }
        }
        if (!std::isfinite(latency))
            return {kNaN, kNaN};
        return {latency, energy};
    }

    DeviceEvaluator m_device;
    std::unique_ptr<AnalyticCostModel> m_model;
    mutable std::vector<double> m_blockLatency, m_blockEnergy, m_fixedLatency, m_fixedEnergy;
};

class PredictedCost : public CostSource
{
public:
    PredictedCost(Predictor latency, std::optional<Predictor> energy, std::optional<DeviceFeatures> features)
        : m_latency(std::move(latency))
        , m_energy(std::move(energy))
        , m_features(std::move(features))
    {
        m_provenance = QStringLiteral("predicted by %1").arg(m_latency.info().summary());
    }
    void evaluate(const DesignSpace &space, std::span<const Architecture> archs, std::vector<double> &latency,
                  std::vector<double> &energy) const override
    {
        const ArchitectureBatch batch(space, std::vector<Architecture>(archs.begin(), archs.end()));
        QString error;
        const DeviceFeatures *f = m_features ? &*m_features : nullptr;
        auto l = m_latency.predict(batch, f, &error);
        latency = l ? *l : std::vector<double>(archs.size(), kNaN);
        energy.assign(archs.size(), kNaN);
        if (m_energy) {
            auto e = m_energy->predict(batch, f, &error);
            if (e)
                energy = *e;
        }
    }

private:
    Predictor m_latency;
    std::optional<Predictor> m_energy;
    std::optional<DeviceFeatures> m_features;
};

} // namespace

bool Budgets::admits(const DesignMetrics &m) const
{
    if (!(m.latencyMs <= latencyMs))
        return false;
    if (std::isfinite(energyMj) && !(m.energyMj <= energyMj))
        return false;
    return true;
}

bool Budgets::isValid(QString *error) const
{
    if (!(latencyMs > 0) || !(energyMj > 0)) {
        *error = QStringLiteral("budgets must be positive numbers");
        return false;
    }
    return true;
}

std::shared_ptr<AccuracySource> AccuracySource::fromPredictor(Predictor predictor)
{
    return std::make_shared<PredictorAccuracy>(std::move(predictor));
}

std::shared_ptr<AccuracySource> AccuracySource::fromTable(QHash<QString, double> accuracyByKey, QString provenance)
{
    return std::make_shared<TableAccuracy>(std::move(accuracyByKey), std::move(provenance));
}

std::shared_ptr<AccuracySource> AccuracySource::builtinSurrogate(const DesignSpace &space)
{
    const auto *ofa = dynamic_cast<const OfaMbv3Space *>(&space);
    return ofa ? std::make_shared<SurrogateAccuracy>(*ofa) : nullptr;
}

std::shared_ptr<AccuracySource> defaultAccuracySource(const ProjectStore &project, const DesignSpace &space,
                                                      QString *error)
{
    const QList<ProjectStore::StoredPredictor> stored = project.predictors();
    for (auto it = stored.crbegin(); it != stored.crend(); ++it) {
        if (it->info.space == space.name() && it->info.metric == Metric::Accuracy) {
            if (auto p = project.predictor(it->id, error))
                return AccuracySource::fromPredictor(*p);
        }
    }
    const QStringList datasets = project.accuracyDatasets(space.name());
    if (!datasets.isEmpty()) {
        return AccuracySource::fromTable(project.accuracyTable(space.name(), datasets.first()),
                                         QStringLiteral("measured accuracy (%1)").arg(datasets.first()));
    }
    if (auto surrogate = AccuracySource::builtinSurrogate(space))
        return surrogate;
    *error = QStringLiteral("the project has no accuracy predictor or accuracy table for %1 "
                            "(import one: edgefront-cli import measurements accuracy.csv --space %1, "
                            "or give --accuracy-predictor FILE.onnx)")
                 .arg(space.name());
    return nullptr;
}

std::shared_ptr<CostSource> CostSource::fromDevice(DeviceEvaluator device)
{
    return std::make_shared<DeviceCost>(std::move(device));
}

std::shared_ptr<CostSource> CostSource::fromPredictors(Predictor latency, std::optional<Predictor> energy,
                                                       std::optional<DeviceFeatures> features)
{
    return std::make_shared<PredictedCost>(std::move(latency), std::move(energy), std::move(features));
}

SearchEvaluator::SearchEvaluator(const DesignSpace &space, std::shared_ptr<const AccuracySource> accuracy,
                                 std::shared_ptr<const CostSource> cost)
    : m_space(space)
    , m_accuracy(std::move(accuracy))
    , m_cost(std::move(cost))
{
}

std::vector<DesignMetrics> SearchEvaluator::evaluate(std::span<const Architecture> archs, bool withAccuracy) const
{
    std::vector<DesignMetrics> out(archs.size());
    std::vector<QByteArray> keys(archs.size());
    std::vector<Architecture> needCost, needAccuracy;
    std::vector<size_t> costRows, accuracyRows;
    for (size_t i = 0; i < archs.size(); ++i) {
        keys[i] = m_space.canonicalBytes(archs[i]);
        const auto it = m_cache.constFind(keys[i]);
        const bool haveCost = it != m_cache.constEnd() && it->hasCost;
        const bool haveAccuracy = it != m_cache.constEnd() && it->hasAccuracy;
        if (!haveCost) {
            needCost.push_back(archs[i]);
            costRows.push_back(i);
        }
        if (withAccuracy && m_accuracy && !haveAccuracy) {
            needAccuracy.push_back(archs[i]);
            accuracyRows.push_back(i);
        }
    }
    if (!needCost.empty()) {
        std::vector<double> latency, energy;
        m_cost->evaluate(m_space, needCost, latency, energy);
        for (size_t j = 0; j < costRows.size(); ++j) {
            Entry &e = m_cache[keys[costRows[j]]];
            e.metrics.latencyMs = latency[j];
            e.metrics.energyMj = energy[j];
            e.hasCost = true;
        }
    }
    if (!needAccuracy.empty()) {
        const std::vector<double> acc = m_accuracy->predict(ArchitectureBatch(m_space, std::move(needAccuracy)));
        for (size_t j = 0; j < accuracyRows.size(); ++j) {
            Entry &e = m_cache[keys[accuracyRows[j]]];
            e.metrics.accuracy = acc[j];
            e.hasAccuracy = true;
        }
    }
    for (size_t i = 0; i < archs.size(); ++i)
        out[i] = m_cache.value(keys[i]).metrics;
    return out;
}

DesignMetrics SearchEvaluator::evaluate(const Architecture &arch, bool withAccuracy) const
{
    return evaluate(std::span<const Architecture>(&arch, 1), withAccuracy).front();
}

} // namespace edgefront
