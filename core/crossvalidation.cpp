#include "crossvalidation.h"

#include "designspacecatalog.h"
#include "predictordata.h"
#include "projectstore.h"
#include "rankcorrelation.h"
#include "seededgenerator.h"

#include <QSet>

#include <numeric>

#include <cmath>

namespace edgefront {

bool CrossValidationOptions::isValid(QString *error) const
{
    if (!findDesignSpace(space, error))
        return false;
    if (targets.isEmpty()) {
        *error = QStringLiteral("no target devices");
        return false;
    }
    if (samplesPerDevice < 10) {
        *error = QStringLiteral("samples per device: at least 10");
        return false;
    }
    for (int n : adaptSamples) {
        if (n < 0) {
            *error = QStringLiteral("adaptation sample counts must be >= 0");
            return false;
        }
    }
    PredictorTrainingOptions t = training;
    t.kind = PredictorKind::Scalable;
    return t.isValid(error);
}

std::optional<std::vector<CrossValidationRow>> leaveOneDeviceOut(
    const ProjectStore &project, const CrossValidationOptions &options, QString *error,
    const std::function<bool(const QString &, double)> &progress)
{
    if (!options.isValid(error))
        return std::nullopt;
    const DesignSpace &space = *findDesignSpace(options.space);

    // Training data of every device once (targets and the always-included ones).
    QStringList all = options.targets;
    for (const QString &id : options.alsoTrainOn) {
        if (!all.contains(id))
            all.append(id);
    }
    QHash<QString, DeviceData> data;
    for (int i = 0; i < all.size(); ++i) {
        DeviceDataRequest request;
        request.deviceId = all[i];
        request.samples = options.samplesPerDevice;
        request.seed = options.seed + quint64(i);
        request.withFeatures = true;
        auto d = deviceData(project, space, request, error);
        if (!d)
            return std::nullopt;
        data.insert(all[i], std::move(*d));
        if (progress && !progress(QStringLiteral("loading"), double(i + 1) / all.size())) {
            *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }

    std::vector<CrossValidationRow> rows;
    for (int t = 0; t < options.targets.size(); ++t) {
        const QString target = options.targets[t];
        std::vector<DeviceData> train;
        for (const QString &id : all) {
            if (id != target)
                train.push_back(data.value(id));
        }
        PredictorTrainingOptions training = options.training;
        training.kind = PredictorKind::Scalable;
        training.metric = Metric::LatencyMs;
        training.seed = options.seed;
        auto predictor = trainPredictor(space, train, training, error, [&](double f) {
            return !progress || progress(QStringLiteral("training without %1").arg(target), (t + f) / options.targets.size());
        });
        if (!predictor)
            return std::nullopt;

        // The target's full measured set.
        const MeasuredValues measured = project.measuredValues(target);
        const auto *values = measured.find(space.name(), Metric::LatencyMs);
        if (!values) {
            *error = QStringLiteral("device %1 has no latency measurements on %2").arg(target, space.name());
            return std::nullopt;
        }
        const QHash<QString, QJsonObject> configs = project.measuredArchitectures(space.name());
        QStringList keys = values->keys();
        std::sort(keys.begin(), keys.end());
        std::vector<Architecture> archs;
        std::vector<double> truth;
        for (const QString &key : keys) {
            if (auto a = space.fromJson(configs.value(key), nullptr)) {
                archs.push_back(*a);
                truth.push_back(values->value(key));
            }
        }
        const ArchitectureBatch batch(space, archs);
        const DeviceFeatures features = *data.value(target).features;

        // MACs baseline.
        std::vector<double> macs;
        for (const LayerGraph &g : batch.graphs())
            macs.push_back(double(g.totals().macs));
        CrossValidationRow baseline{target, -1, predictionQuality(macs, truth)};
        baseline.quality.mape = baseline.quality.within5 = baseline.quality.within10 = baseline.quality.rmse = NAN;
        rows.push_back(baseline);

        QRandomGenerator rng = seededGenerator(options.seed ^ 0x5eed);
        std::vector<size_t> order(archs.size());
        std::iota(order.begin(), order.end(), 0);
        for (size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[rng.bounded(quint32(i + 1))]);
        for (int n : options.adaptSamples) {
            const size_t used = std::min(size_t(n), archs.size() / 2);
            std::vector<Architecture> sampleArchs;
            std::vector<double> sampleValues;
            QSet<size_t> usedRows;
            for (size_t i = 0; i < used; ++i) {
                sampleArchs.push_back(archs[order[i]]);
                sampleValues.push_back(truth[order[i]]);
                usedRows.insert(order[i]);
            }
            auto adapted = adaptScalablePredictor(*predictor, space, target, features, sampleArchs, sampleValues, error);
            if (!adapted)
                return std::nullopt;
            const auto predicted = adapted->predict(batch, nullptr, error);
            if (!predicted)
                return std::nullopt;
            std::vector<double> p, y;
            for (size_t i = 0; i < truth.size(); ++i) {
                if (!usedRows.contains(i)) {
                    p.push_back((*predicted)[i]);
                    y.push_back(truth[i]);
                }
            }
            rows.push_back({target, n, predictionQuality(p, y)});
        }
    }
    return rows;
}

} // namespace edgefront
