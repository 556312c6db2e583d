#include "devicecalibration.h"

#include "analyticcostmodel.h"
#include "designspace.h"
#include "eigentypes.h"

#include <Eigen/Dense>
#include "rankcorrelation.h"
#include "seededgenerator.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace edgefront {

namespace {

// Parameter vector layout (all natural logs).
constexpr int kPeak = 0;
constexpr int kBandwidth = 1;
constexpr int kEfficiency = 2;                 // 8
constexpr int kOverhead = kEfficiency + kCostOpCount; // 8
constexpr int kFixed = kOverhead + kCostOpCount;
constexpr int kKernel5 = kFixed + 1;
constexpr int kKernel7 = kKernel5 + 1;
constexpr int kPrecisionScale = kKernel7 + 1;  // kPrecisionCount: throughput of each precision
constexpr int kParams = kPrecisionScale + kPrecisionCount;
constexpr double kOverheadFloorUs = 0.01;
constexpr double kFixedFloorMs = 1e-4;

Eigen::VectorXd toParams(const DeviceProfile &d)
{
    Eigen::VectorXd p(kParams);
    p(kPeak) = 0.0; // scale relative to the template's peaks
    p(kBandwidth) = std::log(d.specs.memoryBandwidthGBs);
    for (int i = 0; i < kCostOpCount; ++i) {
        p(kEfficiency + i) = std::log(d.costModel.efficiency[size_t(i)]);
        p(kOverhead + i) = std::log(d.costModel.launchOverheadUs[size_t(i)] + kOverheadFloorUs);
    }
    p(kFixed) = std::log(d.costModel.fixedOverheadMs + kFixedFloorMs);
    p(kKernel5) = std::log(d.costModel.kernelEfficiency[2]);
    p(kKernel7) = std::log(d.costModel.kernelEfficiency[3]);
    for (int i = 0; i < kPrecisionCount; ++i)
        p(kPrecisionScale + i) = 0.0; // relative to the template
    return p;
}

// Applies p to a copy of the template; efficiencies above 1 move into the peak.
DeviceProfile fromParams(const DeviceProfile &base, const Eigen::VectorXd &p)
{
    DeviceProfile d = base;
    double peakScale = std::exp(p(kPeak));
    double maxEff = 0;
    for (int i = 0; i < kCostOpCount; ++i)
        maxEff = std::max(maxEff, std::exp(p(kEfficiency + i)));
    const double renorm = std::max(1.0, maxEff);
    peakScale *= renorm;
    for (double &peak : d.specs.peakGmacs)
        peak *= peakScale;
    d.specs.memoryBandwidthGBs = std::exp(p(kBandwidth));
    for (int i = 0; i < kCostOpCount; ++i) {
        d.costModel.efficiency[size_t(i)] = std::exp(p(kEfficiency + i)) / renorm;
        d.costModel.launchOverheadUs[size_t(i)] = std::max(0.0, std::exp(p(kOverhead + i)) - kOverheadFloorUs);
    }
    d.costModel.fixedOverheadMs = std::max(0.0, std::exp(p(kFixed)) - kFixedFloorMs);
    d.costModel.kernelEfficiency[2] = std::min(1.0, std::exp(p(kKernel5)));
    d.costModel.kernelEfficiency[3] = std::min(1.0, std::exp(p(kKernel7)));
    // Each precision's own speed: a native one scales its peak, a lacking one its fallback
    // penalty (Auto made explicit, so the starting point runs exactly as the template).
    const AnalyticCostModel baseModel(base);
    for (int i = 0; i < kPrecisionCount; ++i) {
        const double scale = std::exp(p(kPrecisionScale + i));
        if (base.specs.peakGmacs[size_t(i)] > 0) {
            d.specs.peakGmacs[size_t(i)] *= scale;
            continue;
        }
        const auto resolved = baseModel.resolvePrecision(Precision(i));
        if (!resolved)
            continue;
        PrecisionFallback &f = d.costModel.fallback[size_t(i)];
        f.kind = PrecisionFallback::Kind::RunAs;
        f.runAs = resolved->first;
        f.penalty = resolved->second / scale;
    }
    d.costModel.noiseCv = 0.0;
    return d;
}

Eigen::VectorXd logResiduals(const DeviceProfile &device, const std::vector<LayerGraph> &graphs,
                             const std::vector<double> &logMeasured)
{
    const AnalyticCostModel model(device);
    Eigen::VectorXd r(Eigen::Index(graphs.size()));
    for (size_t i = 0; i < graphs.size(); ++i) {
        const double predicted = model.evaluate(graphs[i]).latencyMs;
        r(Eigen::Index(i)) = std::isfinite(predicted) && predicted > 0 ? std::log(predicted) - logMeasured[i] : 50.0;
    }
    return r;
}

// The measured device ran every precision its training architectures use: a template lacking
// one (fallback "unsupported") runs it as its nearest native precision instead (wider first,
// penalty 1 to start; the precision-speed parameters then fit it).
DeviceProfile runningMeasuredPrecisions(DeviceProfile d, const std::vector<LayerGraph> &graphs)
{
    std::array<bool, kPrecisionCount> used{};
    for (const LayerGraph &g : graphs) {
        for (const Layer &l : g.layers())
            used[size_t(precisionForBits(l.params > 0 ? l.weightBits : l.activationBits))] = true;
    }
    const AnalyticCostModel model(d);
    for (int i = 0; i < kPrecisionCount; ++i) {
        if (!used[size_t(i)] || model.resolvePrecision(Precision(i)))
            continue;
        int nearest = -1;
        for (int p = i - 1; p >= 0 && nearest < 0; --p)
            nearest = d.supportsNatively(Precision(p)) ? p : -1;
        for (int p = i + 1; p < kPrecisionCount && nearest < 0; ++p)
            nearest = d.supportsNatively(Precision(p)) ? p : -1;
        if (nearest < 0)
            continue;
        d.costModel.fallback[size_t(i)] = {PrecisionFallback::Kind::RunAs, Precision(nearest), 1.0};
    }
    return d;
}

struct Fit
{
    DeviceProfile device;
    double loss = std::numeric_limits<double>::infinity();
};

// Levenberg-Marquardt on mean squared log error + ridge toward the starting parameters.
Fit refine(const DeviceProfile &start, const std::vector<LayerGraph> &graphs, const std::vector<double> &logMeasured,
           const CalibrationOptions &options)
{
    const Eigen::VectorXd p0 = toParams(start);
    Eigen::VectorXd p = p0;
    const double n = double(graphs.size());
    const double lambda = options.regularization;
    auto loss = [&](const Eigen::VectorXd &params, Eigen::VectorXd *residuals) {
        *residuals = logResiduals(fromParams(start, params), graphs, logMeasured);
        return residuals->squaredNorm() / n + lambda * (params - p0).squaredNorm();
    };
    Eigen::VectorXd r;
    double current = loss(p, &r);
    double mu = 1e-2;
    for (int iter = 0; iter < options.maxIterations; ++iter) {
        Eigen::MatrixXd J(r.size(), kParams);
        constexpr double h = 1e-4;
        for (int k = 0; k < kParams; ++k) {
            Eigen::VectorXd q = p;
            q(k) += h;
            J.col(k) = (logResiduals(fromParams(start, q), graphs, logMeasured) - r) / h;
        }
        const Eigen::MatrixXd A = J.transpose() * J / n + lambda * Eigen::MatrixXd::Identity(kParams, kParams);
        const Eigen::VectorXd g = J.transpose() * r / n + lambda * (p - p0);
        bool improved = false;
        for (int attempt = 0; attempt < 8; ++attempt) {
            Eigen::MatrixXd damped = A;
            damped.diagonal().array() += mu * (A.diagonal().array() + 1e-9);
            const Eigen::VectorXd step = damped.ldlt().solve(-g);
            Eigen::VectorXd candidate = p + step;
            Eigen::VectorXd rc;
            const double l = loss(candidate, &rc);
            if (std::isfinite(l) && l < current) {
                const double gain = current - l;
                p = candidate;
                r = rc;
                current = l;
                mu = std::max(mu / 3.0, 1e-7);
                improved = gain > 1e-10;
                break;
            }
            mu *= 4.0;
        }
        if (!improved)
            break;
    }
    return {fromParams(start, p), current};
}

double mape(const std::vector<double> &predicted, const std::vector<double> &measured)
{
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < predicted.size(); ++i) {
        if (std::isfinite(predicted[i]) && measured[i] > 0) {
            sum += std::abs(predicted[i] - measured[i]) / measured[i];
            ++n;
        }
    }
    return n ? sum / n : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

bool CalibrationOptions::isValid(QString *error) const
{
    if (samples < 10 || samples > 100000) {
        *error = QStringLiteral("samples: %1 is not in 10..100000 (30 or more recommended)").arg(samples);
        return false;
    }
    if (heldOut < 1 || maxIterations < 1 || refinedTemplates < 1 || !(regularization >= 0)) {
        *error = QStringLiteral("held-out count, iterations and templates must be positive");
        return false;
    }
    if (!newId.isEmpty() && !DeviceProfile::isValidId(newId)) {
        *error = QStringLiteral("\"%1\" is not a valid device id").arg(newId);
        return false;
    }
    return true;
}

std::optional<CalibrationResult> calibrateDevice(const DesignSpace &space, std::span<const Architecture> archs,
                                                 std::span<const double> latencyMs, const DeviceProfile &target,
                                                 const QList<DeviceProfile> &templates,
                                                 const CalibrationOptions &options, QString *error,
                                                 const std::function<bool(double)> &progress)
{
    if (!options.isValid(error))
        return std::nullopt;
    std::vector<size_t> usable;
    for (size_t i = 0; i < archs.size() && i < latencyMs.size(); ++i) {
        if (std::isfinite(latencyMs[i]) && latencyMs[i] > 0)
            usable.push_back(i);
    }
    if (int(usable.size()) < options.samples + 1) {
        *error = QStringLiteral("device %1 has %2 latency measurements on %3; calibration needs more than %4")
                     .arg(target.id).arg(usable.size()).arg(space.name()).arg(options.samples);
        return std::nullopt;
    }
    if (templates.isEmpty()) {
        *error = QStringLiteral("no template devices to calibrate from");
        return std::nullopt;
    }
    QRandomGenerator rng = seededGenerator(options.seed);
    for (size_t i = usable.size() - 1; i > 0; --i)
        std::swap(usable[i], usable[rng.bounded(quint32(i + 1))]);

    std::vector<LayerGraph> train;
    std::vector<double> logTrain, trainMeasured;
    for (int i = 0; i < options.samples; ++i) {
        train.push_back(space.layerGraph(archs[usable[size_t(i)]]));
        trainMeasured.push_back(latencyMs[usable[size_t(i)]]);
        logTrain.push_back(std::log(trainMeasured.back()));
    }

    // 1) Every template, scaled by the closed-form best factor (in log space).
    struct Candidate { DeviceProfile device; double loss; };
    std::vector<Candidate> candidates;
    for (const DeviceProfile &t : templates) {
        DeviceProfile start = runningMeasuredPrecisions(t, train);
        start.provenance = DeviceProvenance::Calibrated;
        const Eigen::VectorXd r = logResiduals(start, train, logTrain);
        if (!r.allFinite() || r.maxCoeff() >= 50.0)
            continue; // cannot run these architectures
        const double shift = r.mean(); // predicted too slow by exp(shift): speed everything up
        for (double &peak : start.specs.peakGmacs)
            peak *= std::exp(shift);
        start.specs.memoryBandwidthGBs *= std::exp(shift);
        for (double &o : start.costModel.launchOverheadUs)
            o *= std::exp(-shift);
        start.costModel.fixedOverheadMs *= std::exp(-shift);
        candidates.push_back({start, logResiduals(start, train, logTrain).squaredNorm()});
    }
    if (candidates.empty()) {
        *error = QStringLiteral("no template device runs these architectures");
        return std::nullopt;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.loss < b.loss; });

    // 2) Refine the best few; keep the lowest training loss.
    Fit best;
    QString bestTemplate;
    const int refined = std::min(int(candidates.size()), options.refinedTemplates);
    for (int i = 0; i < refined; ++i) {
        Fit fit = refine(candidates[size_t(i)].device, train, logTrain, options);
        if (fit.loss < best.loss) {
            best = fit;
            bestTemplate = candidates[size_t(i)].device.id;
        }
        if (progress && !progress(double(i + 1) / double(refined + 1))) {
            *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }

    // 3) Score on held-out measurements.
    CalibrationResult result;
    result.templateId = bestTemplate;
    result.trainSamples = options.samples;
    const AnalyticCostModel model(best.device);
    std::vector<double> trainPredicted;
    for (const LayerGraph &g : train)
        trainPredicted.push_back(model.evaluate(g).latencyMs);
    result.trainMape = mape(trainPredicted, trainMeasured);
    std::vector<double> predicted, measured;
    for (size_t i = size_t(options.samples); i < usable.size() && int(measured.size()) < options.heldOut; ++i) {
        predicted.push_back(model.evaluate(space.layerGraph(archs[usable[i]])).latencyMs);
        measured.push_back(latencyMs[usable[i]]);
    }
    result.heldOutSamples = int(measured.size());
    result.heldOutSrcc = spearman(predicted, measured);
    result.heldOutKendall = kendallTau(predicted, measured);
    result.heldOutMape = mape(predicted, measured);

    DeviceProfile &d = best.device;
    d.id = options.newId.isEmpty() ? target.id + QStringLiteral("-calibrated") : options.newId;
    if (!DeviceProfile::isValidId(d.id))
        d.id = d.id.left(64);
    d.name = target.name + QStringLiteral(" (calibrated)");
    if (target.deviceClass != DeviceClass::Other)
        d.deviceClass = target.deviceClass;
    d.provenance = DeviceProvenance::Calibrated;
    d.costModel.noiseCv = std::clamp(result.trainMape, 0.0, 0.2);
    d.description = QStringLiteral("Analytic model of %1 fitted to %2 of its %3 measurements on %4, starting from %5.")
                        .arg(target.id).arg(options.samples).arg(usable.size()).arg(space.name(), bestTemplate);
    d.lookupTable = {};
    d.calibration = QJsonObject{{QStringLiteral("source_device"), target.id},
                                {QStringLiteral("space"), space.name()},
                                {QStringLiteral("template"), bestTemplate},
                                {QStringLiteral("samples"), options.samples},
                                {QStringLiteral("seed"), QString::number(options.seed)},
                                {QStringLiteral("held_out"), result.heldOutSamples},
                                {QStringLiteral("held_out_srcc"), result.heldOutSrcc},
                                {QStringLiteral("held_out_kendall"), result.heldOutKendall},
                                {QStringLiteral("held_out_mape"), result.heldOutMape},
                                {QStringLiteral("train_mape"), result.trainMape},
                                {QStringLiteral("calibrated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    result.device = d;
    return result;
}

} // namespace edgefront
