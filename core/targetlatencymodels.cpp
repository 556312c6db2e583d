#include "targetlatencymodels.h"

#include "designspace.h"
#include "devicecalibration.h"
#include "rankcorrelation.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace edgefront {

QString latencyModelEncoding(const DesignSpace &)
{
    return QStringLiteral("onehot");
}

int fittedSamples(const ProxyTransferOptions &o)
{
    return o.crossValidationFolds >= 2 ? o.trainingSamples + o.validationSamples : o.trainingSamples;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double variance(const VectorD &y)
{
    return y.size() > 1 ? (y.array() - y.mean()).square().sum() / double(y.size()) : 0.0;
}

// Ridge with an unpenalised intercept, loss (1/n)||X w + c - y||^2 + lambda ||w||^2 (the
// operator-level linear model, as trainPredictor fits it).
std::pair<VectorD, double> ridge(const MatrixD &x, const VectorD &y, double lambda)
{
    const Eigen::RowVectorXd mx = x.colwise().mean();
    const double my = y.mean();
    const Eigen::MatrixXd xc = x.rowwise() - mx;
    Eigen::MatrixXd gram = xc.transpose() * xc / double(x.rows());
    gram.diagonal().array() += std::max(lambda, 1e-12);
    const VectorD w = gram.ldlt().solve(xc.transpose() * (y.array() - my).matrix() / double(x.rows()));
    return {w, my - mx.dot(w)};
}

Predictor linearPredictor(const DesignSpace &space, const QString &device, const VectorD &w, double c,
                          const QString &name, const QString &provenance)
{
    PredictorInfo info;
    info.name = name;
    info.kind = PredictorKind::Linear;
    info.space = space.name();
    info.metric = Metric::LatencyMs;
    info.device = device;
    info.encoding = latencyModelEncoding(space);
    info.provenance = provenance;
    return Predictor(std::move(info), MlpModel::linear(w, c));
}

std::vector<double> toStd(const VectorD &v)
{
    return std::vector<double>(v.data(), v.data() + v.size());
}

// One fitted model on the validation samples.
struct FitScore
{
    double srcc = kNaN;
    double mse = kNaN;
    bool betterThan(const FitScore &o) const
    {
        if (std::isnan(o.srcc))
            return !std::isnan(srcc) || (!std::isnan(mse) && std::isnan(o.mse));
        if (std::isnan(srcc))
            return false;
        if (srcc != o.srcc)
            return srcc > o.srcc;
        return mse < o.mse;
    }
};

FitScore score(const VectorD &predicted, const VectorD &truth)
{
    return {spearman(toStd(predicted), toStd(truth)), (predicted - truth).squaredNorm() / double(truth.size())};
}


// A linear latency model on the one-hot encoding (adapted: a is the common scale).
struct LinearModel
{
    VectorD weights;
    double intercept = 0.0;
    double a = kNaN;
    double lambda = kNaN;
};

// Fits a model for one value of the grid; nullopt when the system is singular.
using ModelFitter = std::function<std::optional<LinearModel>(const MatrixD &, const VectorD &, double)>;

// How the grid value (and the winner) is chosen: the published recipe fits on the first
// `training` rows and scores on the rest; with `folds` >= 2, out-of-fold predictions of k-fold
// cross-validation over every row are scored together and the final model is fitted on all rows.
struct Validation
{
    int training = 60;
    int folds = 0;
};

struct ModelChoice
{
    LinearModel model;
    FitScore score;
};

std::optional<ModelChoice> chooseModel(const MatrixD &x, const VectorD &y, const Validation &v,
                                       const std::vector<double> &grid, const ModelFitter &fit)
{
    const Eigen::Index n = x.rows();
    std::optional<ModelChoice> best;
    for (double kappa : grid) {
        VectorD predicted(n);
        std::vector<Eigen::Index> scored;
        bool ok = true;
        if (v.folds >= 2) {
            for (int f = 0; f < v.folds && ok; ++f) {
                std::vector<Eigen::Index> in, out;
                for (Eigen::Index i = 0; i < n; ++i)
                    (i % v.folds == f ? out : in).push_back(i);
                const auto m = fit(x(in, Eigen::all), y(in), kappa);
                ok = bool(m);
                if (ok)
                    predicted(out) = x(out, Eigen::all) * m->weights + VectorD::Constant(Eigen::Index(out.size()), m->intercept);
            }
            for (Eigen::Index i = 0; i < n; ++i)
                scored.push_back(i);
        } else {
            const auto m = fit(x.topRows(v.training), y.head(v.training), kappa);
            ok = bool(m);
            if (ok)
                predicted.tail(n - v.training) = x.bottomRows(n - v.training) * m->weights
                                                 + VectorD::Constant(n - v.training, m->intercept);
            for (Eigen::Index i = v.training; i < n; ++i)
                scored.push_back(i);
        }
        if (!ok)
            continue;
        const FitScore s = score(predicted(scored), y(scored));
        if (!best || s.betterThan(best->score)) {
            const auto m = v.folds >= 2 ? fit(x, y, kappa) : fit(x.topRows(v.training), y.head(v.training), kappa);
            if (m)
                best = ModelChoice{*m, s};
        }
    }
    return best;
}

// The adapted proxy and the linear model from scratch, each with its lambda chosen on the
// samples, and the winner (ties: the adapted proxy). Fills t's SRCC, method and adaptation fields.
LinearModel fitLinearModels(const TargetModelInputs &in, TargetTransfer &t)
{
    const DesignSpace &space = in.space;
    const ProxyTransferOptions &o = in.options;
    const VectorD &w = in.proxyWeights;
    const std::vector<Architecture> &sampleArchs = in.sampleArchs;
    const std::vector<double> &sampleY = in.sampleY;
    const MatrixD x = space.encodeBatch(sampleArchs, latencyModelEncoding(space)).cast<double>();
    const VectorD y = Eigen::Map<const VectorD>(sampleY.data(), Eigen::Index(sampleY.size()));
    const Validation validation{o.trainingSamples, o.crossValidationFolds};
    const ModelFitter adaptedFitter = [&](const MatrixD &xf, const VectorD &yf, double kappa) -> std::optional<LinearModel> {
        QString fitError;
        const auto fit = fitProxyAdaptation(xf, w, yf, kappa * std::max(variance(yf), 1e-12), &fitError);
        if (!fit)
            return std::nullopt;
        return LinearModel{fit->weights(w), fit->c, fit->a, fit->lambda};
    };
    const ModelFitter scratchFitter = [](const MatrixD &xf, const VectorD &yf, double kappa) -> std::optional<LinearModel> {
        auto [weights, intercept] = ridge(xf, yf, kappa);
        return LinearModel{std::move(weights), intercept, kNaN, kappa};
    };
    const auto adapted = chooseModel(x, y, validation, o.adaptationRidgeGrid, adaptedFitter);
    const auto scratch = chooseModel(x, y, validation, o.scratchRidgeGrid, scratchFitter); // ridge never fails
    t.srccScratch = scratch->score.srcc;
    t.scratchLambda = scratch->model.lambda;
    const LinearModel *winner = &scratch->model;
    t.method = TransferMethod::ScratchLinear;
    t.winner = QStringLiteral("scratch-linear");
    if (adapted) {
        t.srccAfter = adapted->score.srcc;
        t.adaptationA = adapted->model.a;
        t.adaptationC = adapted->model.intercept;
        t.adaptationLambda = adapted->model.lambda;
        if (!scratch->score.betterThan(adapted->score)) {
            winner = &adapted->model;
            t.method = TransferMethod::Adapted;
            t.winner = QStringLiteral("adapted-proxy");
        }
    }
    if (!in.checkArchs.empty()) {
        const MatrixD xc = space.encodeBatch(in.checkArchs, latencyModelEncoding(space)).cast<double>();
        t.srccAfterCheck = spearman(toStd(xc * winner->weights), in.checkTruth);
    }
    return *winner;
}

// For proxies with an analytic cost model: the proxy's model calibrated to the target's samples
// (devicecalibration.h, the proxy as the only template), scored on held-out samples like the
// linear models. Returns the calibrated device when it beats the linear winner (then t names it
// the winner and its evaluation-only SRCC), else nothing.
std::optional<DeviceEvaluator> calibrateProxyToTarget(const TargetModelInputs &in, TargetTransfer &t)
{
    const DesignSpace &space = in.space;
    const ProxyTransferOptions &o = in.options;
    const DeviceProfile &proxy = *in.analyticProxy;
    const DeviceProfile &targetDevice = in.target;
    // Only the target's name and class: its cost model (known for virtual targets) stays unseen.
    DeviceProfile target;
    target.id = targetDevice.id;
    target.name = targetDevice.name;
    target.deviceClass = targetDevice.deviceClass;
    CalibrationOptions co;
    co.samples = o.trainingSamples;
    co.heldOut = o.validationSamples;
    co.seed = in.seed;
    co.refinedTemplates = 1;
    co.newId = QStringLiteral("%1-from-%2").arg(targetDevice.id, proxy.id);
    QString why;
    const auto c = calibrateDevice(space, in.sampleArchs, in.sampleY, target, {proxy}, co, &why);
    if (!c)
        return std::nullopt;
    t.srccCalibrated = c->heldOutSrcc;
    const double linearScore = t.method == TransferMethod::Adapted ? t.srccAfter : t.srccScratch;
    if (!(c->heldOutSrcc > linearScore))
        return std::nullopt;
    DeviceEvaluator evaluator(c->device);
    t.method = TransferMethod::Adapted;
    t.winner = QStringLiteral("calibrated-proxy");
    if (!in.checkArchs.empty())
        t.srccAfterCheck = spearman(evaluator.evaluate(space, in.checkArchs, Metric::LatencyMs, false), in.checkTruth);
    return evaluator;
}

// The known-device model (knowndevices.h), its lambda and score chosen like the linear models'
// (SRCC is rank-based, so log-space predictions score like latencies). Returns its cost source
// when it beats the winner so far (then t names it the winner), else nothing; t.srccKnown and
// t.knownDevices are filled either way.
std::shared_ptr<CostSource> fitKnownDeviceModel(const TargetModelInputs &in, double scoreToBeat, TargetTransfer &t)
{
    const DesignSpace &space = in.space;
    const ProxyTransferOptions &o = in.options;
    const std::vector<double> &sampleY = in.sampleY;
    QString why;
    auto refs = selectKnownDevices(*in.covering, space, o.proxy, t.device, in.sampleArchs, sampleY, o.trainingSamples,
                                   o.knownDevices, &why);
    if (!refs)
        return nullptr;
    t.knownDevices = refs->ids;
    VectorD y(Eigen::Index(sampleY.size()));
    for (size_t i = 0; i < sampleY.size(); ++i)
        y(Eigen::Index(i)) = std::log(sampleY[i]);
    const ModelFitter fitter = [](const MatrixD &xf, const VectorD &yf, double kappa) -> std::optional<LinearModel> {
        auto [weights, intercept] = ridge(xf, yf, kappa * std::max(variance(yf), 1e-12));
        return LinearModel{std::move(weights), intercept, kNaN, kappa};
    };
    const auto choice = chooseModel(refs->logLatency, y, Validation{o.trainingSamples, o.crossValidationFolds},
                                    o.knownRidgeGrid, fitter);
    if (!choice)
        return nullptr;
    t.srccKnown = choice->score.srcc;
    t.knownWeights = toStd(choice->model.weights);
    if (!(choice->score.srcc > scoreToBeat))
        return nullptr;
    auto cost = std::make_shared<KnownDeviceCost>(
        std::move(*refs), choice->model.weights, choice->model.intercept,
        QStringLiteral("%1 as a combination of %2 in log latency, fitted on %3 samples")
            .arg(t.device, t.knownDevices.join(QStringLiteral(", ")))
            .arg(fittedSamples(o)));
    t.method = TransferMethod::Adapted;
    t.winner = QStringLiteral("known-devices");
    if (!in.checkArchs.empty()) {
        std::vector<double> latency, energy;
        cost->evaluate(space, in.checkArchs, latency, energy);
        t.srccAfterCheck = spearman(latency, in.checkTruth);
    }
    return cost;
}

} // namespace

std::shared_ptr<CostSource> fitTargetLatencyModel(const TargetModelInputs &in, TargetTransfer &t)
{
    const ProxyTransferOptions &o = in.options;
    const LinearModel winner = fitLinearModels(in, t);
    std::shared_ptr<CostSource> cost;
    if (o.calibrateProxy && in.analyticProxy) {
        if (auto calibrated = calibrateProxyToTarget(in, t))
            cost = CostSource::fromDevice(std::move(*calibrated));
    }
    if (o.knownDevices > 0 && in.covering) {
        if (auto known = fitKnownDeviceModel(in, winnerSrcc(t), t))
            cost = std::move(known);
    }
    if (cost)
        return cost;
    const int nt = fittedSamples(o);
    const int nv = int(in.sampleY.size()) - nt;
    const Predictor model = linearPredictor(
        in.space, t.device, winner.weights, winner.intercept, QStringLiteral("%1 latency of %2").arg(t.winner, t.device),
        t.method == TransferMethod::Adapted
            ? QStringLiteral("linear predictor of %1 adapted with %2 + %3 samples of %4").arg(o.proxy).arg(nt).arg(nv).arg(t.device)
            : QStringLiteral("ridge on %1 samples of %2").arg(nt).arg(t.device));
    return CostSource::fromPredictors(model, std::nullopt, std::nullopt);
}

} // namespace edgefront
