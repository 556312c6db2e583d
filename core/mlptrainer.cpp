#include "mlptrainer.h"

#include "seededgenerator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace edgefront {

namespace {

struct AdamState
{
    MatrixF mW, vW;
    VectorF mB, vB;
};

void activationGradient(const MatrixF &z, MlpActivation a, float slope, MatrixF &grad)
{
    switch (a) {
    case MlpActivation::None:
        break;
    case MlpActivation::Relu:
        grad = (z.array() > 0.0f).select(grad.array(), 0.0f).matrix();
        break;
    case MlpActivation::LeakyRelu:
        grad = (z.array() > 0.0f).select(grad.array(), grad.array() * slope).matrix();
        break;
    case MlpActivation::Sigmoid: {
        const Eigen::ArrayXXf s = 1.0f / (1.0f + (-z.array()).exp());
        grad = (grad.array() * s * (1.0f - s)).matrix();
        break;
    }
    case MlpActivation::Tanh: {
        const Eigen::ArrayXXf t = z.array().tanh();
        grad = (grad.array() * (1.0f - t * t)).matrix();
        break;
    }
    }
}

// Mean squared error of the normalised model (no output transform) on rows.
double normalisedLoss(const MlpModel &core, const MatrixF &x, const MatrixF &y)
{
    if (x.rows() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const MatrixF p = core.predict(x);
    return double((p - y).squaredNorm()) / double(y.size());
}

} // namespace

bool MlpTrainingOptions::isValid(QString *error) const
{
    if (hidden.empty() || std::any_of(hidden.begin(), hidden.end(), [](int h) { return h < 1 || h > 65536; })) {
        *error = QStringLiteral("hidden layers: need one or more widths in 1..65536");
        return false;
    }
    if (epochs < 1 || epochs > 100000 || batchSize < 1 || !(learningRate > 0) || !(weightDecay >= 0)
        || !(validationShare >= 0 && validationShare < 0.9) || patience < 1) {
        *error = QStringLiteral("training options out of range (epochs, batch size, learning rate, weight decay, "
                                "validation share, patience)");
        return false;
    }
    return true;
}

std::optional<MlpTrainingResult> trainMlp(const MatrixF &x, const MatrixF &y, const MlpTrainingOptions &options,
                                          QString *error, const std::function<bool(double)> &progress)
{
    if (!options.isValid(error))
        return std::nullopt;
    const Eigen::Index n = x.rows();
    if (n < 2 || y.rows() != n || y.cols() < 1 || x.cols() < 1) {
        *error = QStringLiteral("training data: need at least 2 rows of inputs and targets (have %1 inputs, %2 targets)")
                     .arg(n).arg(y.rows());
        return std::nullopt;
    }
    if (!x.allFinite() || !y.allFinite()) {
        *error = QStringLiteral("training data contains NaN or infinite values");
        return std::nullopt;
    }
    if (options.logTarget && (y.array() <= 0).any()) {
        *error = QStringLiteral("log targets need positive values");
        return std::nullopt;
    }

    // Split (seeded).
    QRandomGenerator rng = seededGenerator(options.seed);
    std::vector<Eigen::Index> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[rng.bounded(quint32(i + 1))]);
    const Eigen::Index nVal = options.validationShare > 0 ? std::max<Eigen::Index>(1, Eigen::Index(n * options.validationShare)) : 0;
    const Eigen::Index nTrain = n - nVal;
    if (nTrain < 1) {
        *error = QStringLiteral("training data: too few rows after the validation split");
        return std::nullopt;
    }
    MatrixF xt(nTrain, x.cols()), yt(nTrain, y.cols()), xv(nVal, x.cols()), yv(nVal, y.cols());
    for (Eigen::Index i = 0; i < n; ++i) {
        const Eigen::Index src = order[size_t(i)];
        if (i < nTrain) {
            xt.row(i) = x.row(src);
            yt.row(i) = y.row(src);
        } else {
            xv.row(i - nTrain) = x.row(src);
            yv.row(i - nTrain) = y.row(src);
        }
    }
    if (options.logTarget) {
        yt = yt.array().log().matrix();
        yv = yv.array().log().matrix();
    }

    // Normalisation from the training split. Constant inputs get scale 1.
    MlpModel model;
    if (options.normalizeInputs) {
        model.inputMean = xt.colwise().mean().transpose();
        model.inputScale = ((xt.rowwise() - model.inputMean.transpose()).array().square().colwise().mean().sqrt()).transpose();
        for (float &s : model.inputScale)
            s = s > 1e-6f ? s : 1.0f;
    }
    model.outputOffset = yt.colwise().mean().transpose();
    model.outputScale = ((yt.rowwise() - model.outputOffset.transpose()).array().square().colwise().mean().sqrt()).transpose();
    for (float &s : model.outputScale)
        s = s > 1e-9f ? s : 1.0f;
    model.logOutput = options.logTarget;

    auto normaliseX = [&](MatrixF m) {
        if (model.inputMean.size()) {
            m.rowwise() -= model.inputMean.transpose();
            m.array().rowwise() /= model.inputScale.transpose().array();
        }
        return m;
    };
    auto normaliseY = [&](MatrixF m) {
        m.rowwise() -= model.outputOffset.transpose();
        m.array().rowwise() /= model.outputScale.transpose().array();
        return m;
    };
    const MatrixF xtn = normaliseX(xt), ytn = normaliseY(yt), xvn = normaliseX(xv), yvn = normaliseY(yv);

    // The normalised network ("core"), trained in place.
    std::vector<int> widths{int(x.cols())};
    widths.insert(widths.end(), options.hidden.begin(), options.hidden.end());
    widths.push_back(int(y.cols()));
    MlpModel core = MlpModel::random(widths, rng.generate64());
    for (size_t l = 0; l + 1 < core.layers.size(); ++l)
        core.layers[l].activation = options.activation;
    std::vector<AdamState> adam(core.layers.size());
    for (size_t l = 0; l < core.layers.size(); ++l) {
        adam[l].mW = MatrixF::Zero(core.layers[l].weight.rows(), core.layers[l].weight.cols());
        adam[l].vW = adam[l].mW;
        adam[l].mB = VectorF::Zero(core.layers[l].bias.size());
        adam[l].vB = adam[l].mB;
    }
    const float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
    long step = 0;

    MlpTrainingResult result;
    MlpModel best = core;
    double bestLoss = std::numeric_limits<double>::infinity();
    int sinceBest = 0;
    std::vector<Eigen::Index> perm(static_cast<size_t>(nTrain));
    std::iota(perm.begin(), perm.end(), 0);
    const size_t L = core.layers.size();
    std::vector<MatrixF> z(L), h(L + 1);
    MatrixF xb, yb, grad, gradPrev, gW;

    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (size_t i = perm.size() - 1; i > 0; --i)
            std::swap(perm[i], perm[rng.bounded(quint32(i + 1))]);
        double epochLoss = 0;
        for (Eigen::Index start = 0; start < nTrain; start += options.batchSize) {
            const Eigen::Index b = std::min<Eigen::Index>(options.batchSize, nTrain - start);
            xb.resize(b, xtn.cols());
            yb.resize(b, ytn.cols());
            for (Eigen::Index r = 0; r < b; ++r) {
                xb.row(r) = xtn.row(perm[size_t(start + r)]);
                yb.row(r) = ytn.row(perm[size_t(start + r)]);
            }
            // Forward, keeping pre-activations.
            h[0] = xb;
            for (size_t l = 0; l < L; ++l) {
                const DenseLayer &layer = core.layers[l];
                z[l].resize(b, layer.outputs());
                z[l].rowwise() = layer.bias.transpose();
                sgemm(h[l], layer.weight, z[l], true);
                h[l + 1] = z[l];
                applyActivation(h[l + 1], layer.activation, layer.leakySlope);
            }
            grad = h[L] - yb;
            epochLoss += double(grad.squaredNorm());
            grad *= 2.0f / float(grad.size());
            ++step;
            const float lrT = float(options.learningRate * std::sqrt(1.0 - std::pow(beta2, step)) / (1.0 - std::pow(beta1, step)));
            for (size_t li = L; li-- > 0;) {
                DenseLayer &layer = core.layers[li];
                activationGradient(z[li], layer.activation, layer.leakySlope, grad);
                gW.resize(layer.weight.rows(), layer.weight.cols());
                sgemm(h[li], grad, gW, false, true, false); // h^T * grad
                const VectorF gB = grad.colwise().sum().transpose();
                if (li > 0) {
                    gradPrev.resize(b, layer.inputs());
                    sgemm(grad, layer.weight, gradPrev, false, false, true); // grad * W^T
                }
                AdamState &s = adam[li];
                s.mW = beta1 * s.mW + (1 - beta1) * gW;
                s.vW = (beta2 * s.vW.array() + (1 - beta2) * gW.array().square()).matrix();
                s.mB = beta1 * s.mB + (1 - beta1) * gB;
                s.vB = (beta2 * s.vB.array() + (1 - beta2) * gB.array().square()).matrix();
                layer.weight.array() -= lrT * s.mW.array() / (s.vW.array().sqrt() + eps)
                                        + float(options.learningRate * options.weightDecay) * layer.weight.array();
                layer.bias.array() -= lrT * s.mB.array() / (s.vB.array().sqrt() + eps);
                if (li > 0)
                    grad.swap(gradPrev);
            }
        }
        result.trainLoss = epochLoss / double(ytn.size());
        result.epochsRun = epoch + 1;
        if (nVal > 0) {
            const double v = normalisedLoss(core, xvn, yvn);
            if (v < bestLoss) {
                bestLoss = v;
                best = core;
                result.bestEpoch = epoch + 1;
                sinceBest = 0;
            } else if (++sinceBest >= options.patience) {
                result.stoppedEarly = true;
                break;
            }
        }
        if (progress && !progress(double(epoch + 1) / options.epochs)) {
            *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }
    if (nVal == 0) {
        best = core;
        result.bestEpoch = result.epochsRun;
        bestLoss = std::numeric_limits<double>::quiet_NaN();
    }
    result.validationLoss = bestLoss;
    model.layers = std::move(best.layers);
    result.model = std::move(model);
    return result;
}

} // namespace edgefront
