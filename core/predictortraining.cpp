#include "predictortraining.h"

#include "seededgenerator.h"

#include <Eigen/Dense>

#include <QDateTime>

#include <cmath>
#include <limits>
#include <numeric>

namespace edgefront {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool isLogMetric(Metric m)
{
    return m != Metric::Accuracy;
}

struct Split
{
    std::vector<size_t> train, heldOut;
};

Split split(size_t n, double share, int maxHeldOut, QRandomGenerator &rng)
{
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = n - 1; i > 0 && n > 1; --i)
        std::swap(order[i], order[rng.bounded(quint32(i + 1))]);
    size_t h = std::min<size_t>(size_t(maxHeldOut), size_t(std::floor(n * share)));
    if (n - h < 2)
        h = 0; // too few rows to hold any out
    Split s;
    s.heldOut.assign(order.begin(), order.begin() + long(h));
    s.train.assign(order.begin() + long(h), order.end());
    return s;
}

} // namespace

bool PredictorTrainingOptions::isValid(QString *error) const
{
    if (!(heldOutShare >= 0 && heldOutShare < 0.9) || maxHeldOut < 0 || !(ridge >= 0)) {
        *error = QStringLiteral("held-out share must be in [0, 0.9), ridge >= 0");
        return false;
    }
    if (kind == PredictorKind::Imported) {
        *error = QStringLiteral("imported predictors are not trained here");
        return false;
    }
    if ((kind == PredictorKind::Accuracy) != (metric == Metric::Accuracy)) {
        *error = QStringLiteral("accuracy predictors predict accuracy; the other kinds latency or energy");
        return false;
    }
    return mlp.isValid(error);
}

std::optional<Predictor> trainPredictor(const DesignSpace &space, const std::vector<DeviceData> &data,
                                        const PredictorTrainingOptions &options, QString *error,
                                        const std::function<bool(double)> &progress)
{
    if (!options.isValid(error))
        return std::nullopt;
    if (data.empty()) {
        *error = QStringLiteral("no training data");
        return std::nullopt;
    }
    const bool multiDevice = options.kind == PredictorKind::Scalable;
    if (!multiDevice && data.size() != 1) {
        *error = QStringLiteral("a %1 predictor is trained on one device's data (got %2 devices)")
                     .arg(predictorKindToString(options.kind)).arg(data.size());
        return std::nullopt;
    }
    const bool logValues = isLogMetric(options.metric);
    QRandomGenerator rng = seededGenerator(options.seed);

    PredictorInfo info;
    info.name = options.name;
    info.kind = options.kind;
    info.space = space.name();
    info.metric = options.metric;
    info.dataset = options.dataset;
    info.created = now();
    if (!multiDevice && options.kind != PredictorKind::Accuracy)
        info.device = data.front().deviceId;

    // Assemble encodings and targets, per device split into train / held-out.
    const QString onehot = multiDevice ? QStringLiteral("onehot") : options.encoding;
    const int e = space.encodingSize(onehot);
    if (e < 0) {
        *error = QStringLiteral("space %1 has no encoding \"%2\"").arg(space.name(), onehot);
        return std::nullopt;
    }
    info.encoding = onehot;
    int featureCount = 0;
    if (multiDevice) {
        const size_t k = data.front().features ? data.front().features->logLatency.size() : 0;
        for (const DeviceData &d : data) {
            if (!d.features || d.features->logLatency.size() != k || k == 0) {
                *error = QStringLiteral("device %1 has no complete signature features").arg(d.deviceId);
                return std::nullopt;
            }
            if (!d.features->isValid(error)) {
                *error = QStringLiteral("device %1: %2").arg(d.deviceId, *error);
                return std::nullopt;
            }
        }
        info.signatureSize = int(k);
        featureCount = DeviceFeatures::inputCount(int(k));
        info.encoding = QStringLiteral("onehot+signature");
    } else if (options.kind == PredictorKind::Macs) {
        info.encoding = QStringLiteral("log_macs");
    }

    std::vector<Architecture> trainArchs, heldArchs;
    std::vector<double> trainY, heldY;          // natural units
    std::vector<std::vector<float>> trainF, heldF; // features per row (scalable)
    std::vector<double> trainMean, heldMean;
    std::vector<size_t> heldDevice;
    QStringList provenance;
    for (size_t di = 0; di < data.size(); ++di) {
        const DeviceData &d = data[di];
        std::vector<size_t> usable;
        for (size_t i = 0; i < d.archs.size() && i < d.values.size(); ++i) {
            if (std::isfinite(d.values[i]) && (!logValues || d.values[i] > 0))
                usable.push_back(i);
        }
        if (usable.size() < 3) {
            *error = QStringLiteral("device %1 has %2 usable values; training needs at least 3")
                         .arg(d.deviceId.isEmpty() ? QStringLiteral("(table)") : d.deviceId).arg(usable.size());
            return std::nullopt;
        }
        const Split s = split(usable.size(), options.heldOutShare, options.maxHeldOut, rng);
        const std::vector<float> f = multiDevice ? d.features->inputs() : std::vector<float>{};
        const double mean = multiDevice ? d.features->mean() : 0.0;
        for (size_t i : s.train) {
            trainArchs.push_back(d.archs[usable[i]]);
            trainY.push_back(d.values[usable[i]]);
            trainF.push_back(f);
            trainMean.push_back(mean);
        }
        for (size_t i : s.heldOut) {
            heldArchs.push_back(d.archs[usable[i]]);
            heldY.push_back(d.values[usable[i]]);
            heldF.push_back(f);
            heldMean.push_back(mean);
            heldDevice.push_back(di);
        }
        provenance.append(QStringLiteral("%1 %2 values%3").arg(usable.size()).arg(d.provenance.isEmpty() ? QStringLiteral("measured") : d.provenance,
                                                               d.deviceId.isEmpty() ? QString() : QStringLiteral(" of ") + d.deviceId));
    }
    info.provenance = provenance.size() <= 3 ? provenance.join(QStringLiteral("; "))
                                             : QStringLiteral("%1 devices (%2; ...)").arg(provenance.size()).arg(provenance.first());

    MlpModel model;
    const MatrixF xOnehot = space.encodeBatch(trainArchs, onehot);
    switch (options.kind) {
    case PredictorKind::Macs: {
        // log y = a + b log MACs, least squares.
        Eigen::MatrixXd a(Eigen::Index(trainArchs.size()), 2);
        Eigen::VectorXd t(a.rows());
        for (Eigen::Index i = 0; i < a.rows(); ++i) {
            a(i, 0) = 1.0;
            a(i, 1) = std::log(double(std::max<qint64>(1, space.costs(trainArchs[size_t(i)]).macs)));
            t(i) = std::log(trainY[size_t(i)]);
        }
        const Eigen::VectorXd coef = a.colPivHouseholderQr().solve(t);
        model = MlpModel::linear(Eigen::VectorXd::Constant(1, coef(1)), coef(0), true);
        break;
    }
    case PredictorKind::Linear: {
        // Ridge with an unpenalised intercept: centre, solve (X'X + lambda I) w = X'y.
        const Eigen::MatrixXd x = xOnehot.cast<double>();
        Eigen::VectorXd y(x.rows());
        for (Eigen::Index i = 0; i < y.size(); ++i)
            y(i) = trainY[size_t(i)];
        const Eigen::RowVectorXd mx = x.colwise().mean();
        const double my = y.mean();
        const Eigen::MatrixXd xc = x.rowwise() - mx;
        Eigen::MatrixXd gram = xc.transpose() * xc;
        gram.diagonal().array() += std::max(options.ridge, 1e-9);
        const Eigen::VectorXd w = gram.ldlt().solve(xc.transpose() * (y.array() - my).matrix());
        model = MlpModel::linear(w, my - mx.dot(w), false);
        break;
    }
    case PredictorKind::Mlp:
    case PredictorKind::Accuracy:
    case PredictorKind::Scalable: {
        MatrixF x(xOnehot.rows(), e + featureCount);
        x.leftCols(e) = xOnehot;
        MatrixF y(x.rows(), 1);
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            for (int j = 0; j < featureCount; ++j)
                x(i, e + j) = trainF[size_t(i)][size_t(j)];
            y(i, 0) = multiDevice ? float(std::log(trainY[size_t(i)]) - trainMean[size_t(i)]) : float(trainY[size_t(i)]);
        }
        MlpTrainingOptions mo = options.mlp;
        mo.logTarget = logValues && !multiDevice; // scalable targets are already log values
        mo.seed = rng.generate64();
        auto trained = trainMlp(x, y, mo, error, progress);
        if (!trained)
            return std::nullopt;
        model = std::move(trained->model);
        if (multiDevice) {
            // Output = exp(relative log value + mean signature log-latency (input column e)).
            model.inputSkip = MatrixF::Zero(e + featureCount, 1);
            model.inputSkip(e, 0) = 1.0f;
            model.logOutput = true;
        }
        break;
    }
    case PredictorKind::Imported:
        break;
    }

    Predictor predictor(info, std::move(model));
    if (!heldArchs.empty()) {
        // Held-out quality: per device (features differ), pooled.
        std::vector<double> predicted(heldArchs.size());
        for (size_t di = 0; di < data.size(); ++di) {
            std::vector<Architecture> archs;
            std::vector<size_t> rows;
            for (size_t i = 0; i < heldArchs.size(); ++i) {
                if (heldDevice[i] == di) {
                    archs.push_back(heldArchs[i]);
                    rows.push_back(i);
                }
            }
            if (archs.empty())
                continue;
            const ArchitectureBatch batch(space, std::move(archs));
            const auto p = predictor.predict(batch, multiDevice ? &*data[di].features : nullptr, error);
            if (!p)
                return std::nullopt;
            for (size_t r = 0; r < rows.size(); ++r)
                predicted[rows[r]] = (*p)[r];
        }
        predictor.info().quality = predictionQuality(predicted, heldY);
    }
    return predictor;
}

std::optional<Predictor> adaptScalablePredictor(const Predictor &scalable, const DesignSpace &space,
                                                const QString &deviceId, const DeviceFeatures &features,
                                                const std::vector<Architecture> &samples,
                                                const std::vector<double> &sampleValues, QString *error)
{
    const PredictorInfo &in = scalable.info();
    if (in.kind != PredictorKind::Scalable || in.encoding != QLatin1StringView("onehot+signature")) {
        *error = QStringLiteral("only device-conditioned scalable predictors can be adapted (this one is %1)").arg(in.summary());
        return std::nullopt;
    }
    if (!scalable.mlp()) {
        *error = QStringLiteral("this scalable predictor's graph cannot be adapted (not an EdgeFront MLP)");
        return std::nullopt;
    }
    if (int(features.logLatency.size()) != in.signatureSize || !features.isValid(error)) {
        if (error->isEmpty() || int(features.logLatency.size()) != in.signatureSize)
            *error = QStringLiteral("device %1: need %2 signature latencies").arg(deviceId).arg(in.signatureSize);
        return std::nullopt;
    }
    const MlpModel &m = *scalable.mlp();
    const int e = space.encodingSize(QStringLiteral("onehot"));
    const std::vector<float> f = features.inputs();
    if (m.inputSize() != e + int(f.size())) {
        *error = QStringLiteral("predictor input width %1 does not match %2 + %3 features").arg(m.inputSize()).arg(e).arg(f.size());
        return std::nullopt;
    }

    // Fold the constant features into the first layer's bias.
    MlpModel a = m;
    DenseLayer &first = a.layers.front();
    for (int j = 0; j < int(f.size()); ++j) {
        float v = f[size_t(j)];
        if (m.inputMean.size())
            v = (v - m.inputMean(e + j)) / m.inputScale(e + j);
        first.bias += v * m.layers.front().weight.row(e + j).transpose();
    }
    first.weight = MatrixF(m.layers.front().weight.topRows(e));
    if (m.inputMean.size()) {
        a.inputMean = m.inputMean.head(e);
        a.inputScale = m.inputScale.head(e);
    }
    a.inputSkip.resize(0, 0);
    // Mean signature log-latency becomes a constant offset.
    if (a.outputOffset.size() == 0)
        a.outputOffset = VectorF::Zero(1);
    if (a.outputScale.size() == 0)
        a.outputScale = VectorF::Ones(1);
    a.outputOffset(0) += float(features.mean());
    a.logOutput = false; // predict log values first, to fit the correction

    // Correction data: the signature measurements plus the extra samples, in log space.
    std::vector<Architecture> archs = SignatureSet::forSpace(space, in.signatureSize);
    std::vector<double> truth;
    for (double l : features.logLatency)
        truth.push_back(l);
    for (size_t i = 0; i < samples.size() && i < sampleValues.size(); ++i) {
        if (std::isfinite(sampleValues[i]) && sampleValues[i] > 0) {
            archs.push_back(samples[i]);
            truth.push_back(std::log(sampleValues[i]));
        }
    }
    const MatrixF onehotX = space.encodeBatch(archs, QStringLiteral("onehot"));
    const MatrixF pred = a.predict(onehotX);

    // log y = s p + c + w . onehot, as a ridge-regularised change from (s, c, w) = (1, 0, 0):
    // the slope and offset are pulled lightly (weight 2), the operator terms w by lambda chosen
    // among a grid by leave-one-out error (the PRESS statistic, closed form for ridge). With only
    // the signature points, w stays near 0; more samples let it correct the ranking too.
    const Eigen::Index n = Eigen::Index(truth.size());
    const Eigen::Index p = 2 + Eigen::Index(e);
    Eigen::MatrixXd z(n, p);
    Eigen::VectorXd r(n); // residual of the unchanged model
    for (Eigen::Index i = 0; i < n; ++i) {
        z(i, 0) = pred(i, 0);
        z(i, 1) = 1.0;
        for (int j = 0; j < e; ++j)
            z(i, 2 + j) = onehotX(i, j);
        // Residuals clipped to a factor of e: a few measurements far off the model (e.g. cells
        // a runtime prunes to almost nothing) must not swing the whole correction.
        r(i) = std::clamp(truth[size_t(i)] - double(pred(i, 0)), -1.0, 1.0);
    }
    const Eigen::MatrixXd gram = z.transpose() * z;
    const Eigen::VectorXd zr = z.transpose() * r;
    Eigen::VectorXd delta = Eigen::VectorXd::Zero(p);
    double bestPress = std::numeric_limits<double>::infinity();
    // 1e6 first: slope and offset alone. Operator terms must beat it by 5 % to be used.
    for (double lambda : {1e6, 100.0, 30.0, 10.0}) {
        Eigen::MatrixXd reg = gram;
        reg(0, 0) += 2.0;
        reg(1, 1) += 2.0;
        for (Eigen::Index j = 2; j < p; ++j)
            reg(j, j) += lambda;
        const Eigen::LDLT<Eigen::MatrixXd> solver(reg);
        const Eigen::VectorXd d = solver.solve(zr);
        const Eigen::MatrixXd hz = solver.solve(z.transpose()); // p x n
        double press = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double h = z.row(i).dot(hz.col(i));
            const double resid = r(i) - z.row(i).dot(d);
            press += std::pow(resid / std::max(1e-6, 1.0 - h), 2);
        }
        const bool first = !std::isfinite(bestPress);
        if (first || press < 0.95 * bestPress) {
            bestPress = press;
            delta = d;
        }
    }
    const double slope = 1.0 + delta(0);
    const double offset = delta(1);
    a.outputScale *= float(slope);
    a.outputOffset = (a.outputOffset * float(slope)).array() + float(offset);
    a.inputSkip = MatrixF::Zero(e, 1);
    for (int j = 0; j < e; ++j)
        a.inputSkip(j, 0) = float(delta(2 + j));
    a.logOutput = true;

    PredictorInfo info = in;
    info.device = deviceId;
    info.encoding = QStringLiteral("onehot");
    info.signatureSize = 0;
    info.created = now();
    info.provenance = QStringLiteral("scalable predictor (%1) adapted to %2 from %3 signature + %4 extra measurements")
                          .arg(in.provenance, deviceId).arg(in.signatureSize).arg(truth.size() - size_t(in.signatureSize));
    info.quality.reset();
    if (info.name.isEmpty() || info.name == in.name)
        info.name = (in.name.isEmpty() ? QStringLiteral("scalable") : in.name) + QStringLiteral("@") + deviceId;
    return Predictor(info, std::move(a));
}

} // namespace edgefront
