#include "knowndevices.h"

#include "projectstore.h"
#include "rankcorrelation.h"
#include "seededgenerator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace edgefront {

namespace {

constexpr int kProbeDesigns = 200;

bool allPositive(const std::vector<double> &v)
{
    return std::all_of(v.begin(), v.end(), [](double x) { return x > 0 && std::isfinite(x); });
}

} // namespace

std::vector<KnownDevice> coveringDevices(const ProjectStore &project, const DesignSpace &space, quint64 seed)
{
    QRandomGenerator rng = seededGenerator(seed);
    std::vector<Architecture> probe;
    for (int i = 0; i < kProbeDesigns; ++i)
        probe.push_back(space.sample(rng));
    std::vector<KnownDevice> out;
    for (const DeviceProfile &profile : project.devices()) {
        QString ignored;
        auto device = project.evaluator(profile.id, &ignored);
        if (!device || !device->canEvaluate(space, Metric::LatencyMs, &ignored)
            || !allPositive(device->evaluate(space, probe, Metric::LatencyMs, false)))
            continue;
        out.push_back({profile.id, std::make_shared<const DeviceEvaluator>(std::move(*device))});
    }
    return out;
}

std::optional<KnownDevices> selectKnownDevices(const std::vector<KnownDevice> &covering, const DesignSpace &space,
                                               const QString &proxy, const QString &target,
                                               const std::vector<Architecture> &sampleArchs,
                                               const std::vector<double> &sampleY, int trainingRows, int k,
                                               QString *why)
{
    const std::vector<double> trainingY(sampleY.begin(), sampleY.begin() + std::min<size_t>(size_t(trainingRows), sampleY.size()));
    struct Candidate
    {
        const KnownDevice *known;
        std::vector<double> onSamples;
        double srcc;
    };
    std::optional<Candidate> proxyRef;
    std::vector<Candidate> others;
    for (const KnownDevice &known : covering) {
        if (known.id == target)
            continue;
        std::vector<double> onSamples = known.device->evaluate(space, sampleArchs, Metric::LatencyMs, false);
        if (!allPositive(onSamples)) {
            if (known.id == proxy) {
                *why = QStringLiteral("proxy %1 has no latency for some %2 samples").arg(proxy, space.name());
                return std::nullopt;
            }
            continue;
        }
        const double srcc = spearman(std::vector<double>(onSamples.begin(), onSamples.begin() + trainingY.size()), trainingY);
        Candidate c{&known, std::move(onSamples), std::isfinite(srcc) ? srcc : -2.0};
        if (known.id == proxy)
            proxyRef = std::move(c);
        else
            others.push_back(std::move(c));
    }
    if (!proxyRef) {
        *why = QStringLiteral("proxy %1 does not give a latency for every %2 design").arg(proxy, space.name());
        return std::nullopt;
    }
    std::stable_sort(others.begin(), others.end(), [](const Candidate &a, const Candidate &b) { return a.srcc > b.srcc; });
    if (others.size() > size_t(std::max(0, k - 1)))
        others.erase(others.begin() + std::max(0, k - 1), others.end());

    KnownDevices refs;
    refs.logLatency.resize(Eigen::Index(sampleArchs.size()), Eigen::Index(others.size() + 1));
    auto add = [&](const Candidate &c) {
        const Eigen::Index col = Eigen::Index(refs.ids.size());
        for (size_t i = 0; i < c.onSamples.size(); ++i)
            refs.logLatency(Eigen::Index(i), col) = std::log(c.onSamples[i]);
        refs.ids.push_back(c.known->id);
        refs.devices.push_back(c.known->device);
    };
    add(*proxyRef);
    for (const Candidate &c : others)
        add(c);
    return refs;
}

KnownDeviceCost::KnownDeviceCost(KnownDevices references, VectorD weights, double intercept, QString provenance)
    : m_refs(std::move(references))
    , m_weights(std::move(weights))
    , m_intercept(intercept)
{
    m_provenance = std::move(provenance);
}

void KnownDeviceCost::evaluate(const DesignSpace &space, std::span<const Architecture> archs,
                                   std::vector<double> &latency, std::vector<double> &energy) const
{
    std::vector<double> logSum(archs.size(), m_intercept);
    for (size_t k = 0; k < m_refs.devices.size(); ++k) {
        const std::vector<double> l = m_refs.devices[k]->evaluate(space, archs, Metric::LatencyMs, false);
        for (size_t i = 0; i < archs.size(); ++i)
            logSum[i] += m_weights(Eigen::Index(k)) * (l[i] > 0 ? std::log(l[i]) : std::numeric_limits<double>::quiet_NaN());
    }
    latency.resize(archs.size());
    for (size_t i = 0; i < archs.size(); ++i)
        latency[i] = std::exp(logSum[i]);
    energy.assign(archs.size(), std::numeric_limits<double>::quiet_NaN());
}

} // namespace edgefront
