#include "predictordata.h"

#include "architecturefile.h"

#include "projectstore.h"
#include "seededgenerator.h"

#include <QSet>

#include <cmath>

namespace edgefront {

std::optional<DeviceFeatures> deviceFeatures(const DeviceEvaluator &device, const DesignSpace &space, QString *error,
                                             int signatureSize)
{
    const std::vector<Architecture> signature = SignatureSet::forSpace(space, signatureSize);
    const std::vector<double> values = device.evaluate(space, signature, Metric::LatencyMs);
    DeviceFeatures f;
    int missing = 0;
    for (double v : values) {
        f.logLatency.push_back(v > 0 ? std::log(v) : std::nan(""));
        missing += !(v > 0 && std::isfinite(v));
    }
    if (missing > 0) {
        *error = QStringLiteral("device %1 lacks latencies for %2 of the %3 signature architectures of %4 "
                                "(measure them: edgefront-cli arch signature --space %4)")
                     .arg(device.device().id).arg(missing).arg(signatureSize).arg(space.name());
        return std::nullopt;
    }
    return f;
}

namespace {

// A seeded subset of `samples` measured architectures (sorted keys, shuffled), with their values.
void takeSeededSubset(const ProjectStore &project, const DesignSpace &space, const QHash<QString, double> &values,
                      int samples, QRandomGenerator &rng, DeviceData &data)
{
    const QHash<QString, QJsonObject> configs = project.measuredArchitectures(space.name());
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    for (int i = int(keys.size()) - 1; i > 0; --i)
        keys.swapItemsAt(i, int(rng.bounded(quint32(i + 1))));
    for (const QString &key : keys) {
        if (int(data.archs.size()) >= samples)
            break;
        if (auto arch = space.fromJson(configs.value(key), nullptr)) {
            data.archs.push_back(*arch);
            data.values.push_back(values.value(key));
        }
    }
}

} // namespace

std::optional<DeviceData> deviceData(const ProjectStore &project, const DesignSpace &space,
                                     const DeviceDataRequest &request, QString *error)
{
    DeviceData data;
    data.deviceId = request.deviceId;
    QRandomGenerator rng = seededGenerator(request.seed);
    if (request.metric == Metric::Accuracy) {
        // Accuracy tables: device-independent rows of a dataset.
        const QHash<QString, double> table = project.accuracyTable(space.name(), request.dataset);
        if (table.isEmpty()) {
            *error = QStringLiteral("the project has no accuracy measurements on %1%2")
                         .arg(space.name(), request.dataset.isEmpty() ? QString() : QStringLiteral(" for dataset ") + request.dataset);
            return std::nullopt;
        }
        takeSeededSubset(project, space, table, request.samples, rng, data);
        data.provenance = QStringLiteral("measured accuracy");
        return data;
    }

    auto evaluator = project.evaluator(request.deviceId, error);
    if (!evaluator)
        return std::nullopt;
    if (!evaluator->canEvaluate(space, request.metric, error))
        return std::nullopt;
    if (evaluator->device().provenance == DeviceProvenance::Measured) {
        const MeasuredValues measured = project.measuredValues(request.deviceId);
        const auto *values = measured.find(space.name(), request.metric);
        takeSeededSubset(project, space, *values, request.samples, rng, data);
        data.provenance = QStringLiteral("measured");
    } else {
        std::vector<Architecture> archs = sampleDistinct(space, request.samples, rng);
        data.values = evaluator->evaluate(space, archs, request.metric, true);
        data.archs = std::move(archs);
        data.provenance = evaluator->device().provenance == DeviceProvenance::LookupTable ? QStringLiteral("lookup-table")
                                                                                         : QStringLiteral("simulated");
    }
    if (request.withFeatures) {
        data.features = deviceFeatures(*evaluator, space, error);
        if (!data.features)
            return std::nullopt;
    }
    return data;
}

} // namespace edgefront
