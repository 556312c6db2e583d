#include "proxytransfer.h"

#include "designspacecatalog.h"
#include "devicecalibration.h"
#include "knowndevices.h"
#include "transfercandidates.h"
#include "nb201space.h"
#include "paretofront.h"
#include "predictordata.h"
#include "predictortraining.h"
#include "projectstore.h"
#include "rankcorrelation.h"
#include "seededgenerator.h"
#include "targetlatencymodels.h"

#include <Eigen/Dense>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace edgefront {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Independent seeds for the stages of one run (splitmix64 of seed and tag).
quint64 mixSeed(quint64 seed, quint64 tag)
{
    quint64 z = seed + 0x9E3779B97F4A7C15ULL * (tag + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// FNV-1a of a device id: per-target seeds that do not depend on the target's position.
quint64 idTag(const QString &id)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar ch : id) {
        h ^= ch.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

// Fractions of the whole run for the progress callback; sub-progress for one search.
class ProgressMeter
{
public:
    ProgressMeter(const TransferProgress &callback, double total)
        : m_callback(callback)
        , m_total(std::max(total, 1.0))
    {
    }
    bool report(double done, const QString &stage)
    {
        if (m_callback && !m_callback(std::clamp(done / m_total, 0.0, 1.0), stage))
            m_cancelled = true;
        return !m_cancelled;
    }
    SearchProgress search(double start, double units, const QString &stage)
    {
        return [this, start, units, stage](double f) { return report(start + f * units, stage); };
    }
    bool cancelled() const { return m_cancelled; }

private:
    const TransferProgress &m_callback;
    double m_total;
    bool m_cancelled = false;
};

// Target measurements with their cost: repeat r of a design is drawn once and counted once.
class TargetMeter
{
public:
    TargetMeter(const DesignSpace &space, const DeviceEvaluator &device, bool simulated)
        : m_space(space)
        , m_device(device)
        , m_simulated(simulated)
    {
    }
    // Measurements already taken (the samples), not counted again.
    void seed(const std::vector<Architecture> &archs, const std::vector<double> &values)
    {
        for (size_t i = 0; i < archs.size(); ++i)
            m_draws[m_space.canonicalBytes(archs[i])] = {values[i]};
    }
    // The first measurement of each design (NaN where the device has none).
    std::vector<double> first(const std::vector<Architecture> &archs)
    {
        std::vector<Architecture> missing;
        for (const Architecture &a : archs) {
            if (!m_draws.contains(m_space.canonicalBytes(a)))
                missing.push_back(a);
        }
        if (!missing.empty()) {
            const std::vector<double> v = m_device.evaluate(m_space, missing, Metric::LatencyMs, m_simulated, 0);
            for (size_t i = 0; i < missing.size(); ++i)
                m_draws[m_space.canonicalBytes(missing[i])] = {v[i]};
            m_count += int(missing.size());
        }
        std::vector<double> out;
        for (const Architecture &a : archs)
            out.push_back(m_draws.value(m_space.canonicalBytes(a)).front());
        return out;
    }
    // Mean of the first `repeats` measurements (stored measurements are one value).
    double mean(const Architecture &arch, int repeats)
    {
        std::vector<double> &d = m_draws[m_space.canonicalBytes(arch)];
        if (d.empty()) {
            d.push_back(m_device.evaluate(m_space, std::span(&arch, 1), Metric::LatencyMs, m_simulated, 0).front());
            ++m_count;
        }
        const int wanted = m_simulated ? repeats : 1;
        while (int(d.size()) < wanted) {
            d.push_back(m_device.evaluate(m_space, std::span(&arch, 1), Metric::LatencyMs, true, int(d.size())).front());
            ++m_count;
        }
        return std::accumulate(d.begin(), d.begin() + wanted, 0.0) / wanted;
    }
    int count() const { return m_count; }
    int measuredDesigns() const { return int(m_draws.size()); }

private:
    const DesignSpace &m_space;
    const DeviceEvaluator &m_device;
    bool m_simulated;
    QHash<QByteArray, std::vector<double>> m_draws;
    int m_count = 0;
};

// Quantiles of values, linear interpolation between order statistics (numpy's default).
std::vector<double> quantiles(std::vector<double> values, const std::vector<double> &qs)
{
    std::sort(values.begin(), values.end());
    std::vector<double> out;
    for (double q : qs) {
        const double pos = q * double(values.size() - 1);
        const size_t i = size_t(pos);
        const double f = pos - double(i);
        out.push_back(i + 1 < values.size() ? values[i] * (1 - f) + values[i + 1] * f : values.back());
    }
    return out;
}

// Evaluation only (no part of the method and not counted as cost): fresh designs and their true
// latencies (simulated targets: noise-free expected values; measured ones: stored values).
void checkDesigns(const ProjectStore &project, const DesignSpace &space, const DeviceEvaluator &device, bool simulated,
                  const ProxyTransferOptions &o, std::vector<Architecture> *archs, std::vector<double> *truth)
{
    if (simulated) {
        QRandomGenerator rng = seededGenerator(mixSeed(o.seed, 4));
        QSet<QByteArray> seen;
        for (int attempt = 0; int(archs->size()) < o.checkSamples && attempt < 50 * o.checkSamples; ++attempt) {
            Architecture a = space.sample(rng);
            if (!seen.contains(space.canonicalBytes(a))) {
                seen.insert(space.canonicalBytes(a));
                archs->push_back(std::move(a));
            }
        }
        *truth = device.evaluate(space, *archs, Metric::LatencyMs, false);
        return;
    }
    DeviceDataRequest check;
    check.deviceId = device.device().id;
    check.samples = o.checkSamples;
    check.seed = mixSeed(o.seed, 4);
    QString why;
    if (const auto c = deviceData(project, space, check, &why)) {
        *archs = c->archs;
        *truth = c->values;
    }
}

// Appends the designs of from that to does not hold yet.
void appendMissing(const DesignSpace &space, const std::vector<Candidate> &from, std::vector<Candidate> &to)
{
    QSet<QByteArray> held;
    for (const Candidate &c : to)
        held.insert(space.canonicalBytes(c.arch));
    for (const Candidate &c : from) {
        if (!held.contains(space.canonicalBytes(c.arch)))
            to.push_back(c);
    }
}

// The share of a budget below which a pick's mean of r measurements must lie: z standard errors
// of the device's declared measurement noise (1 for measured targets: stored values are exact).
double noiseGuard(const ProxyTransferOptions &o, bool simulated, double noiseCv, int r)
{
    return simulated ? std::exp(-o.noiseGuardSigmas * noiseCv / std::sqrt(double(r))) : 1.0;
}

// Step 3: measures the candidates on the target, keeps those Pareto-optimal there and picks per
// budget the most accurate one whose repeated measurements clear the noise guard.
std::vector<TransferChoice> pickOnTarget(const std::vector<Candidate> &candidates, const std::vector<double> &budgetsMs,
                                         TargetMeter &meter, bool simulated, double noiseCv, const ProxyTransferOptions &o,
                                         const QString &device)
{
    std::vector<Candidate> measured = candidates;
    std::vector<Architecture> archs;
    for (const Candidate &c : candidates)
        archs.push_back(c.arch);
    const std::vector<double> first = meter.first(archs);
    for (size_t i = 0; i < measured.size(); ++i)
        measured[i].metrics.latencyMs = first[i];
    const std::vector<Candidate> targetFront = paretoCandidates(measured); // by decreasing accuracy
    // A pick's mean of r measurements must lie z standard errors below the budget; a mean
    // between that line and the budget is measured further, up to maxConfirmRepeats.
    auto guard = [&](int r) { return noiseGuard(o, simulated, noiseCv, r); };
    std::vector<TransferChoice> choices;
    for (double budget : budgetsMs) {
        TransferChoice choice;
        choice.budgetMs = budget;
        for (const Candidate &c : targetFront) {
            if (!(c.metrics.latencyMs <= budget))
                continue;
            int r = simulated ? o.confirmRepeats : 1;
            double mean = meter.mean(c.arch, r);
            if (simulated && mean <= budget && mean > budget * guard(r) && o.maxConfirmRepeats > r) {
                r = o.maxConfirmRepeats;
                mean = meter.mean(c.arch, r);
            }
            if (mean <= budget * guard(r)) {
                choice.design = c;
                choice.measuredLatencyMs = mean;
                break;
            }
        }
        if (!choice.design)
            choice.note = targetFront.empty() ? QStringLiteral("no candidate could be measured on %1").arg(device)
                                              : QStringLiteral("no candidate measured within %1 ms").arg(budget);
        choices.push_back(std::move(choice));
    }
    return choices;
}

} // namespace

QString transferMethodToString(TransferMethod method)
{
    switch (method) {
    case TransferMethod::Reuse: return QStringLiteral("reuse");
    case TransferMethod::Adapted: return QStringLiteral("adapted");
    case TransferMethod::ScratchLinear: return QStringLiteral("scratch-linear");
    }
    return {};
}

std::optional<TransferMethod> transferMethodFromString(QStringView name)
{
    for (auto m : {TransferMethod::Reuse, TransferMethod::Adapted, TransferMethod::ScratchLinear}) {
        if (name.compare(transferMethodToString(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

bool ProxyTransferOptions::isValid(QString *error) const
{
    if (!findDesignSpace(space, error))
        return false;
    if (proxy.isEmpty() || targets.isEmpty()) {
        *error = QStringLiteral("a proxy and at least one target are needed");
        return false;
    }
    if (targets.contains(proxy)) {
        *error = QStringLiteral("the proxy %1 is also a target").arg(proxy);
        return false;
    }
    if (budgetsMs.empty() == budgetQuantiles.empty()) {
        *error = QStringLiteral("give either latency budgets (ms) or budget quantiles");
        return false;
    }
    if (!std::all_of(budgetsMs.begin(), budgetsMs.end(), [](double b) { return b > 0 && std::isfinite(b); })) {
        *error = QStringLiteral("every latency budget must be a positive number of ms");
        return false;
    }
    if (!std::all_of(budgetQuantiles.begin(), budgetQuantiles.end(), [](double q) { return q > 0 && q <= 1; })) {
        *error = QStringLiteral("every budget quantile must be in (0, 1]");
        return false;
    }
    if (trainingSamples < 3 || validationSamples < 3 || trainingSamples + validationSamples > 100000) {
        *error = QStringLiteral("training and validation samples must be at least 3 each");
        return false;
    }
    if (!(srccThreshold >= -1 && srccThreshold <= 1)) {
        *error = QStringLiteral("the SRCC threshold must be in [-1, 1]");
        return false;
    }
    if (proxyGridSize < 1 || proxyGridSize > 1000 || proxyLinearSamples < 10) {
        *error = QStringLiteral("the proxy grid needs 1..1000 budgets and the proxy's linear predictor at least 10 samples");
        return false;
    }
    auto positive = [](const std::vector<double> &g) {
        return !g.empty() && std::all_of(g.begin(), g.end(), [](double v) { return v > 0 && std::isfinite(v); });
    };
    if (!positive(adaptationRidgeGrid) || !positive(scratchRidgeGrid) || !positive(knownRidgeGrid)) {
        *error = QStringLiteral("the ridge grids need at least one positive value each");
        return false;
    }
    if (crossValidationFolds == 1 || crossValidationFolds < 0 || crossValidationFolds > trainingSamples + validationSamples) {
        *error = QStringLiteral("cross-validation needs 2 to %1 folds (0: the training/validation split)")
                     .arg(trainingSamples + validationSamples);
        return false;
    }
    if (knownDevices < 0 || !(reuseSlackSigmas >= 0 && reuseSlackSigmas <= 10) || reuseExtrasPerBudget < 0) {
        *error = QStringLiteral("known devices must be 0 or more, the reuse slack 0..10 deviations and its designs per "
                                "budget 0 or more");
        return false;
    }
    if (candidateFronts < 1) {
        *error = QStringLiteral("at least one non-dominated front of candidates is needed");
        return false;
    }
    if (confirmRepeats < 1 || maxConfirmRepeats < confirmRepeats || !(noiseGuardSigmas >= 0) || !(pruneSigmas >= 0) || checkSamples < 0) {
        *error = QStringLiteral("confirm repeats must be at least 1 (and at most the maximum); guard and prune sigmas and "
                                "check samples non-negative");
        return false;
    }
    return evolution.isValid(error);
}

double winnerSrcc(const TargetTransfer &t)
{
    if (t.method == TransferMethod::Reuse)
        return kNaN;
    if (t.winner == QLatin1StringView("calibrated-proxy"))
        return t.srccCalibrated;
    if (t.winner == QLatin1StringView("known-devices"))
        return t.srccKnown;
    return t.method == TransferMethod::Adapted ? t.srccAfter : t.srccScratch;
}

VectorD ProxyAdaptation::weights(const VectorD &w) const
{
    return w.array() * (a + b.array());
}

std::optional<ProxyAdaptation> fitProxyAdaptation(const MatrixD &x, const VectorD &w, const VectorD &y, double lambda,
                                                   QString *error)
{
    const Eigen::Index n = x.rows(), d = x.cols();
    if (w.size() != d || y.size() != n || n < 2 || !(lambda >= 0)) {
        *error = QStringLiteral("adaptation fit: %1 x %2 encodings, %3 weights, %4 latencies, lambda %5")
                     .arg(n).arg(d).arg(w.size()).arg(y.size()).arg(lambda);
        return std::nullopt;
    }
    // Parameters theta = [a, c, b]; design A = [X w, 1, X diag(w)].
    Eigen::MatrixXd a(n, d + 2);
    a.col(0) = x * w;
    a.col(1).setOnes();
    a.rightCols(d) = x * w.asDiagonal();
    Eigen::MatrixXd m = a.transpose() * a / double(n);
    m.diagonal().tail(d).array() += lambda;
    const Eigen::VectorXd rhs = a.transpose() * y / double(n);
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(m);
    Eigen::VectorXd theta = ldlt.solve(rhs);
    const double scale = std::max(1.0, m.diagonal().cwiseAbs().maxCoeff());
    if (ldlt.info() != Eigen::Success || !theta.allFinite() || (m * theta - rhs).norm() > 1e-6 * scale * std::max(1.0, rhs.norm())
        || ldlt.vectorD().cwiseAbs().minCoeff() < 1e-12 * scale) {
        *error = QStringLiteral("adaptation fit: singular system (the proxy's predictions are constant on the samples, "
                                "or lambda is 0)");
        return std::nullopt;
    }
    ProxyAdaptation fit;
    fit.a = theta(0);
    fit.c = theta(1);
    fit.b = theta.tail(d);
    fit.lambda = lambda;
    return fit;
}

std::optional<ProxyTransferResult> proxyTransfer(const ProjectStore &project, std::shared_ptr<const AccuracySource> accuracy,
                                                 const ProxyTransferOptions &o, QString *error,
                                                 const TransferProgress &progress)
{
    if (!o.isValid(error))
        return std::nullopt;
    if (!accuracy) {
        *error = QStringLiteral("no accuracy source");
        return std::nullopt;
    }
    const DesignSpace &space = *findDesignSpace(o.space);
    const SearchDomain *domain = o.evolution.domain ? &*o.evolution.domain : nullptr;
    const bool enumerable = space.name() == QLatin1StringView("nb201");

    auto proxyDevice = project.evaluator(o.proxy, error);
    if (!proxyDevice)
        return std::nullopt;
    if (!proxyDevice->canEvaluate(space, Metric::LatencyMs, error)) {
        *error = QStringLiteral("proxy %1: %2").arg(o.proxy, *error);
        return std::nullopt;
    }

    ProxyTransferResult result;
    result.space = space.name();
    result.proxy = o.proxy;
    result.accuracyProvenance = accuracy->provenance();
    const int budgetCount = int(std::max(o.budgetsMs.size(), o.budgetQuantiles.size()));
    const double perTarget = 1.0 + budgetCount + (o.reference ? budgetCount : 0);
    ProgressMeter meter(progress, o.proxyGridSize + perTarget * double(o.targets.size()));

    // Offline: the proxy's Pareto set over a grid of its latencies.
    QElapsedTimer timer;
    timer.start();
    const DeviceProfile proxyProfile = proxyDevice->device();
    const bool proxyAnalytic = proxyProfile.provenance == DeviceProvenance::Virtual
                               || proxyProfile.provenance == DeviceProvenance::Calibrated;
    const SearchEvaluator proxyEvaluator(space, accuracy, CostSource::fromDevice(std::move(*proxyDevice)));
    {
        QRandomGenerator rng = seededGenerator(mixSeed(o.seed, 1));
        std::vector<Architecture> probe;
        for (int i = 0; i < 1000; ++i)
            probe.push_back(space.sample(rng, domain));
        std::vector<double> lat;
        for (const DesignMetrics &m : proxyEvaluator.evaluate(probe, false)) {
            if (m.latencyMs > 0 && std::isfinite(m.latencyMs))
                lat.push_back(m.latencyMs);
        }
        if (lat.size() < 10) {
            *error = QStringLiteral("proxy %1 has latencies for only %2 of 1000 random %3 designs")
                         .arg(o.proxy).arg(lat.size()).arg(space.name());
            return std::nullopt;
        }
        std::sort(lat.begin(), lat.end());
        const double lo = lat[lat.size() / 100], hi = lat.back();
        for (int g = 0; g < o.proxyGridSize; ++g) {
            const double t = o.proxyGridSize == 1 ? 1.0 : double(g) / (o.proxyGridSize - 1);
            result.proxyGridMs.push_back(lo * std::pow(hi / lo, t));
        }
    }
    CandidatePool proxyPool(space);
    for (int g = 0; g < o.proxyGridSize; ++g) {
        EvolutionOptions eo = o.evolution;
        eo.budgets = Budgets{result.proxyGridMs[size_t(g)]};
        eo.seed = mixSeed(o.seed, 100 + quint64(g));
        eo.keepArchive = true;
        const auto r = evolutionSearch(proxyEvaluator, eo, error,
                                       meter.search(g, 1.0, QStringLiteral("proxy %1: search %2 of %3").arg(o.proxy).arg(g + 1).arg(o.proxyGridSize)));
        if (!r)
            return std::nullopt;
        proxyPool.add(*r);
        if (r->cancelled || meter.cancelled()) {
            result.cancelled = true;
            result.proxySeconds = timer.elapsed() / 1000.0;
            return result;
        }
    }
    const std::vector<Candidate> proxySet = proxyPool.candidates(o.candidateFronts);
    result.proxySetSize = int(proxySet.size());
    result.proxySeconds = timer.elapsed() / 1000.0;

    // The proxy's operator-level linear predictor, fitted on first need.
    std::optional<VectorD> proxyWeights;
    auto ensureProxyWeights = [&](QString *why) -> bool {
        if (proxyWeights)
            return true;
        DeviceDataRequest request;
        request.deviceId = o.proxy;
        request.samples = o.proxyLinearSamples;
        request.seed = mixSeed(o.seed, 3);
        const auto data = deviceData(project, space, request, why);
        if (!data)
            return false;
        PredictorTrainingOptions to;
        to.kind = PredictorKind::Linear;
        to.encoding = latencyModelEncoding(space);
        to.name = QStringLiteral("linear latency of %1").arg(o.proxy);
        to.seed = mixSeed(o.seed, 5);
        const auto p = trainPredictor(space, {*data}, to, why);
        if (!p)
            return false;
        proxyWeights = p->mlp()->layers.front().weight.col(0).cast<double>();
        if (p->info().quality)
            result.proxyLinearSrcc = p->info().quality->spearman;
        return true;
    };

    std::optional<std::vector<KnownDevice>> covering; // the known-device model's candidates, on first need
    for (int ti = 0; ti < int(o.targets.size()); ++ti) {
        const double base = o.proxyGridSize + perTarget * ti;
        TargetTransfer t;
        t.device = o.targets[ti];
        const quint64 tag = idTag(t.device);
        if (!meter.report(base, QStringLiteral("%1: samples").arg(t.device))) {
            result.cancelled = true;
            break;
        }
        QElapsedTimer targetTimer;
        targetTimer.start();
        double excluded = 0.0; // seconds of evaluation-only work inside the online step
        QString why;
        auto device = project.evaluator(t.device, &why);
        if (!device || !device->canEvaluate(space, Metric::LatencyMs, &why)) {
            t.error = why;
            result.targets.push_back(std::move(t));
            continue;
        }
        const DeviceProvenance provenance = device->device().provenance;
        const bool simulated = provenance == DeviceProvenance::Virtual || provenance == DeviceProvenance::Calibrated;
        const double noiseCv = simulated ? device->device().costModel.noiseCv : 0.0;

        // 1. n target samples and the proxy's SRCC on them.
        const int n = o.trainingSamples + o.validationSamples;
        DeviceDataRequest request;
        request.deviceId = t.device;
        request.samples = n;
        request.seed = mixSeed(o.seed, 2);
        const auto data = deviceData(project, space, request, &why);
        if (!data) {
            t.error = why;
            result.targets.push_back(std::move(t));
            continue;
        }
        std::vector<Architecture> sampleArchs;
        std::vector<double> sampleY;
        for (size_t i = 0; i < data->archs.size(); ++i) {
            if (data->values[i] > 0 && std::isfinite(data->values[i])) {
                sampleArchs.push_back(data->archs[i]);
                sampleY.push_back(data->values[i]);
            }
        }
        TargetMeter targetMeter(space, *device, simulated);
        targetMeter.seed(data->archs, data->values);
        const int sampleCost = int(data->archs.size());
        if (int(sampleArchs.size()) < n) {
            t.error = QStringLiteral("%1 has %2 usable latency measurements on %3; transfer needs %4")
                          .arg(t.device).arg(sampleArchs.size()).arg(space.name()).arg(n);
            t.samplesUsed = sampleCost;
            result.targets.push_back(std::move(t));
            continue;
        }
        const std::vector<double> budgetsMs = o.budgetsMs.empty() ? quantiles(sampleY, o.budgetQuantiles) : o.budgetsMs;
        std::vector<double> proxyOnSamples;
        for (const DesignMetrics &m : proxyEvaluator.evaluate(sampleArchs, false))
            proxyOnSamples.push_back(m.latencyMs);
        t.srccBefore = spearman(proxyOnSamples, sampleY);

        // Evaluation only: fresh designs with true latencies.
        std::vector<Architecture> checkArchs;
        std::vector<double> checkTruth;
        if (o.checkSamples > 0) {
            QElapsedTimer checkTimer;
            checkTimer.start();
            checkDesigns(project, space, *device, simulated, o, &checkArchs, &checkTruth);
            std::vector<double> proxyOnCheck;
            for (const DesignMetrics &m : proxyEvaluator.evaluate(checkArchs, false))
                proxyOnCheck.push_back(m.latencyMs);
            t.srccBeforeCheck = spearman(proxyOnCheck, checkTruth);
            excluded += checkTimer.elapsed() / 1000.0;
        }

        // The target latency models fitted on the samples (t gets their scores, method and
        // winner) and the winner's cost source; nullptr with *fitError set when the proxy's linear
        // predictor cannot be trained.
        auto fitModels = [&](QString *fitError) -> std::shared_ptr<CostSource> {
            if (!ensureProxyWeights(&why)) {
                *fitError = QStringLiteral("proxy %1: linear predictor: %2").arg(o.proxy, why);
                return nullptr;
            }
            if (o.knownDevices > 0 && !covering) // once per transfer: every device of the project loaded and probed
                covering = coveringDevices(project, space, mixSeed(o.seed, 7));
            return fitTargetLatencyModel({.space = space,
                                          .options = o,
                                          .proxyWeights = *proxyWeights,
                                          .analyticProxy = proxyAnalytic ? &proxyProfile : nullptr,
                                          .target = device->device(),
                                          .covering = covering ? &*covering : nullptr,
                                          .sampleArchs = sampleArchs,
                                          .sampleY = sampleY,
                                          .checkArchs = checkArchs,
                                          .checkTruth = checkTruth,
                                          .seed = mixSeed(o.seed ^ tag, 6)},
                                         t);
        };
        // The share of a budget a pick can use on this target at most.
        const double usable = noiseGuard(o, simulated, noiseCv, o.maxConfirmRepeats);
        // Searches with a target latency model, into pool: per budget one at the budget and, where
        // the guard takes a share of it, one at the usable part (a design just under the budget
        // on the model seldom clears the guard); progress over [start, start + units * budgetCount).
        // False on an error (then *error is set).
        auto searchTargetModel = [&](std::shared_ptr<CostSource> cost, const QString &label, double start, double units,
                                     CandidatePool &pool) -> bool {
            const SearchEvaluator modelEvaluator(space, accuracy, std::move(cost));
            std::vector<double> shares{1.0};
            if (usable < 1.0)
                shares.push_back(usable);
            const double step = units / double(shares.size());
            for (int bi = 0; bi < budgetCount; ++bi) {
                for (size_t k = 0; k < shares.size(); ++k) {
                    EvolutionOptions eo = o.evolution;
                    eo.budgets = Budgets{budgetsMs[size_t(bi)] * shares[k]};
                    eo.seed = mixSeed(o.seed ^ tag, 200 + quint64(bi) + 1000 * quint64(k));
                    eo.keepArchive = true;
                    const auto r = evolutionSearch(modelEvaluator, eo, error,
                                                   meter.search(start + units * bi + step * double(k), step,
                                                                QStringLiteral("%1: %2 search %3 of %4").arg(t.device, label).arg(bi + 1).arg(budgetCount)));
                    if (!r)
                        return false;
                    pool.add(*r);
                    if (r->cancelled || meter.cancelled())
                        return true;
                }
            }
            return true;
        };

        // 2. Candidates: the proxy set, or the adapted (or scratch) model's searches.
        std::vector<Candidate> candidates;
        if (t.srccBefore >= o.srccThreshold) {
            t.method = TransferMethod::Reuse;
            t.winner = QStringLiteral("proxy");
            const LogLogMap map = fitLogLog(proxyOnSamples, sampleY);
            // The proxy set, and (reuseSlackSigmas) designs just off it: beaten on the proxy by
            // less than reuseSlackSigmas * sqrt(2) residual deviations of the log-log fit.
            const bool mapped = map.valid() && map.beta > 0;
            const double slack = mapped ? o.reuseSlackSigmas * std::sqrt(2.0) * map.sigma / map.beta : 0.0;
            std::vector<Candidate> front = proxySet, extras;
            QSet<QByteArray> seen;
            auto addNew = [&](std::vector<Candidate> &to, const std::vector<Candidate> &from) {
                for (const Candidate &c : from) {
                    const QByteArray key = space.canonicalBytes(c.arch);
                    if (!seen.contains(key)) {
                        seen.insert(key);
                        to.push_back(c);
                    }
                }
            };
            for (const Candidate &c : front)
                seen.insert(space.canonicalBytes(c.arch));
            const double proxyUnits = o.reuseModelSearches ? 0.5 : 1.0;
            std::optional<CandidatePool> matched;
            if (o.matchBudgetsOnProxy && mapped) {
                // Proxy searches at the target's budgets mapped onto the proxy: the grid's
                // budgets rarely fall where the target's do.
                matched.emplace(space);
                for (int bi = 0; bi < budgetCount; ++bi) {
                    EvolutionOptions eo = o.evolution;
                    eo.budgets = Budgets{std::exp((std::log(budgetsMs[size_t(bi)]) - map.alpha) / map.beta)};
                    eo.seed = mixSeed(o.seed ^ tag, 400 + quint64(bi));
                    eo.keepArchive = true;
                    const auto r = evolutionSearch(proxyEvaluator, eo, error,
                                                   meter.search(base + 1 + proxyUnits * bi, proxyUnits, QStringLiteral("%1: proxy search at budget %2 of %3").arg(t.device).arg(bi + 1).arg(budgetCount)));
                    if (!r)
                        return std::nullopt;
                    matched->add(*r);
                    if (r->cancelled || meter.cancelled())
                        break;
                }
                if (meter.cancelled()) {
                    result.cancelled = true;
                    break;
                }
                addNew(front, matched->candidates(o.candidateFronts));
            }
            if (slack > 0) {
                addNew(extras, proxyPool.nearFront(slack));
                if (matched)
                    addNew(extras, matched->nearFront(slack));
            }
            t.candidates = int(front.size() + extras.size());
            if (o.pruneSigmas > 0 && mapped) {
                candidates = worthMeasuring(front, extras, budgetsMs, map, o.pruneSigmas, size_t(o.reuseExtrasPerBudget));
            } else {
                candidates = front;
                candidates.insert(candidates.end(), extras.begin(), extras.end());
            }
            if (o.reuseModelSearches) {
                // The target models too: when one ranks the held-out samples better than the
                // proxy does, its searches at the target's budgets join the candidates (all
                // measured, as adapted targets' are). The target stays reused.
                // Without the models (the proxy's linear predictor cannot be trained) the target
                // is reused as published.
                QString fitError;
                auto cost = fitModels(&fitError);
                const QString model = t.winner;
                const bool better = cost && winnerSrcc(t) > t.srccBefore;
                t.method = TransferMethod::Reuse;
                t.winner = QStringLiteral("proxy");
                if (better) {
                    t.reuseModel = model;
                    CandidatePool pool(space);
                    if (!searchTargetModel(std::move(cost), model, base + 1 + 0.5 * budgetCount, 0.5, pool))
                        return std::nullopt;
                    if (meter.cancelled()) {
                        result.cancelled = true;
                        break;
                    }
                    const std::vector<Candidate> found = pool.candidates(o.candidateFronts);
                    appendMissing(space, found, candidates);
                    for (const Candidate &c : found)
                        t.candidates += seen.contains(space.canonicalBytes(c.arch)) ? 0 : 1;
                } else {
                    t.srccAfterCheck = kNaN;
                }
            }
        } else {
            auto cost = fitModels(error);
            if (!cost)
                return std::nullopt;
            CandidatePool pool(space);
            if (!searchTargetModel(std::move(cost), t.winner, base + 1, 1.0, pool))
                return std::nullopt;
            if (meter.cancelled()) {
                result.cancelled = true;
                break;
            }
            candidates = pool.candidates(o.candidateFronts);
            if (o.adaptationMeasuresProxySet)
                appendMissing(space, proxySet, candidates);
            t.candidates = int(candidates.size());
        }

        // 3. Verification on the target.
        t.measuredCandidates = int(candidates.size());
        t.budgets = pickOnTarget(candidates, budgetsMs, targetMeter, simulated, noiseCv, o, t.device);
        t.samplesUsed = sampleCost + targetMeter.count();
        t.seconds = targetTimer.elapsed() / 1000.0 - excluded;

        // 4. True latencies of the picks, and the reference.
        for (TransferChoice &c : t.budgets) {
            if (!c.design)
                continue;
            const double truth = device->evaluate(space, std::span(&c.design->arch, 1), Metric::LatencyMs, false).front();
            c.design->metrics.latencyMs = truth;
            c.design->metrics.energyMj = kNaN;
            c.meetsBudget = truth <= c.budgetMs;
            if (!c.meetsBudget)
                c.note = std::isfinite(truth) ? QStringLiteral("true latency %1 ms exceeds the budget").arg(truth)
                                              : QStringLiteral("the target has no true latency for this design");
        }
        if (o.reference) {
            QElapsedTimer refTimer;
            refTimer.start();
            auto refDevice = project.evaluator(t.device, &why);
            const SearchEvaluator refEvaluator(space, accuracy, CostSource::fromDevice(std::move(*refDevice)));
            t.referenceMethod = enumerable ? QStringLiteral("exhaustive") : QStringLiteral("evolution");
            for (int bi = 0; bi < budgetCount; ++bi) {
                TransferChoice &c = t.budgets[size_t(bi)];
                const SearchProgress sub = meter.search(base + 1 + budgetCount + bi, 1.0,
                                                        QStringLiteral("%1: reference %2 of %3").arg(t.device).arg(bi + 1).arg(budgetCount));
                std::optional<SearchResult> r;
                if (enumerable) {
                    r = exhaustiveSearch(refEvaluator, Budgets{c.budgetMs}, error, sub);
                } else {
                    EvolutionOptions eo = o.evolution;
                    eo.budgets = Budgets{c.budgetMs};
                    eo.seed = mixSeed(o.seed ^ tag, 300 + quint64(bi));
                    eo.keepArchive = false;
                    r = evolutionSearch(refEvaluator, eo, error, sub);
                }
                if (!r)
                    return std::nullopt;
                if (r->cancelled || meter.cancelled())
                    break;
                if (r->best) {
                    c.referenceAccuracy = r->best->metrics.accuracy;
                    if (c.design)
                        c.regret = c.referenceAccuracy - c.design->metrics.accuracy;
                }
            }
            t.referenceSeconds = refTimer.elapsed() / 1000.0;
            if (meter.cancelled()) {
                result.cancelled = true;
                break;
            }
        }
        result.targets.push_back(std::move(t));
    }
    result.cancelled = result.cancelled || meter.cancelled();
    if (!result.cancelled && progress)
        progress(1.0, QStringLiteral("done"));
    return result;
}

} // namespace edgefront
