#include "mlptrainer.h"

#include "mlpkernels.h"
#include "seededgenerator.h"

#include "workerteam.h"

#include <QThread>

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

// grad *= f'(z), written in terms of the activation's output y = f(z) (so the pre-activation
// need not be kept): relu and leaky relu by the sign of y, sigmoid y (1 - y), tanh 1 - y^2.
void activationGradient(const MatrixF &y, MlpActivation a, float slope, MatrixF &grad)
{
    switch (a) {
    case MlpActivation::None:
        break;
    case MlpActivation::Relu:
        kernels::reluGradient(grad.data(), y.data(), grad.size());
        break;
    case MlpActivation::LeakyRelu:
        grad = (y.array() > 0.0f).select(grad.array(), grad.array() * slope).matrix();
        break;
    case MlpActivation::Sigmoid:
        grad = (grad.array() * y.array() * (1.0f - y.array())).matrix();
        break;
    case MlpActivation::Tanh:
        grad = (grad.array() * (1.0f - y.array().square())).matrix();
        break;
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
    const int threads = options.threads > 0 ? options.threads : std::clamp(QThread::idealThreadCount(), 1, 4);
    struct Worker
    {
        std::vector<MatrixF> h, gW;
        std::vector<VectorF> gB;
        MatrixF target, grad, gradPrev;
        double loss = 0;
    };
    std::vector<Worker> workers(static_cast<size_t>(threads));
    for (Worker &w : workers) {
        w.h.resize(L + 1);
        w.gW.resize(L);
        w.gB.resize(L);
    }
    WorkerTeam team(threads);
    // AdamW on elements [n*member/T, n*(member+1)/T) of one parameter array of layer li, whose
    // gradient is the sum of the first `parts` workers' partial gradients (field `grad`).
    auto adamSlice = [&](float *param, float *m, float *v, size_t li, auto grad, Eigen::Index n, int member, int parts,
                         float lr, float decay) {
        const Eigen::Index i0 = n * member / threads, i1 = n * (member + 1) / threads;
        if (i1 <= i0)
            return;
        float *g0 = ((workers[0].*grad)[li]).data() + i0;
        if (parts > 2) {
            for (int p = 1; p < parts; ++p)
                kernels::accumulate(g0, ((workers[size_t(p)].*grad)[li]).data() + i0, i1 - i0);
        }
        if (parts == 2)
            kernels::adamUpdatePair(param + i0, m + i0, v + i0, g0, ((workers[1].*grad)[li]).data() + i0, i1 - i0, lr,
                                    beta1, beta2, eps, decay);
        else
            kernels::adamUpdate(param + i0, m + i0, v + i0, g0, i1 - i0, lr, beta1, beta2, eps, decay);
    };
    Eigen::Index batchStart = 0; // the mini-batch is perm[batchStart ...]

    // Forward and backward of rows [r0, r1) of the mini-batch into worker w (which gathers its
    // rows itself); the loss gradient is scaled by the whole mini-batch size so the parts'
    // gradients add up.
    auto gradients = [&](Worker &w, Eigen::Index r0, Eigen::Index r1, float scale) {
        const Eigen::Index b = r1 - r0;
        w.h[0].resize(b, xtn.cols());
        w.target.resize(b, ytn.cols());
        for (Eigen::Index r = 0; r < b; ++r) {
            const Eigen::Index src = perm[size_t(batchStart + r0 + r)];
            w.h[0].row(r) = xtn.row(src);
            w.target.row(r) = ytn.row(src);
        }
        for (size_t l = 0; l < L; ++l) {
            const DenseLayer &layer = core.layers[l];
            MatrixF &out = w.h[l + 1];
            out.resize(b, layer.outputs());
            sgemm(w.h[l], layer.weight, out, false);
            addBiasAndActivate(out, layer.bias, layer.activation, layer.leakySlope); // only outputs are kept
        }
        w.grad = w.h[L] - w.target;
        w.loss = double(w.grad.squaredNorm());
        w.grad *= scale;
        for (size_t li = L; li-- > 0;) {
            const DenseLayer &layer = core.layers[li];
            activationGradient(w.h[li + 1], layer.activation, layer.leakySlope, w.grad);
            w.gW[li].resize(layer.weight.rows(), layer.weight.cols());
            sgemm(w.h[li], w.grad, w.gW[li], false, true, false); // h^T * grad
            w.gB[li].resize(layer.outputs());
            kernels::columnSums(w.grad.data(), b, w.grad.cols(), w.grad.cols(), w.gB[li].data());
            if (li > 0) {
                w.gradPrev.resize(b, layer.inputs());
                sgemm(w.grad, layer.weight, w.gradPrev, false, false, true); // grad * W^T
                w.grad.swap(w.gradPrev);
            }
        }
    };

    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (size_t i = perm.size() - 1; i > 0; --i)
            std::swap(perm[i], perm[rng.bounded(quint32(i + 1))]);
        double epochLoss = 0;
        for (Eigen::Index start = 0; start < nTrain; start += options.batchSize) {
            const Eigen::Index b = std::min<Eigen::Index>(options.batchSize, nTrain - start);
            batchStart = start;
            const float scale = 2.0f / float(b * ytn.cols());
            // Split rows over the team (small batches stay on one member).
            const int parts = int(std::clamp<Eigen::Index>(b / 32, 1, threads));
            team.run([&](int p) {
                if (p < parts)
                    gradients(workers[size_t(p)], b * p / parts, b * (p + 1) / parts, scale);
            });
            for (int p = 0; p < parts; ++p)
                epochLoss += workers[size_t(p)].loss;

            ++step;
            const float lrT = float(options.learningRate * std::sqrt(1.0 - std::pow(beta2, step)) / (1.0 - std::pow(beta1, step)));
            const float decay = float(options.learningRate * options.weightDecay);
            // Every member updates its own slice of every layer, summing the parts' gradients
            // in a fixed order.
            team.run([&](int member) {
                for (size_t li = 0; li < L; ++li) {
                    DenseLayer &layer = core.layers[li];
                    AdamState &s = adam[li];
                    adamSlice(layer.weight.data(), s.mW.data(), s.vW.data(), li, &Worker::gW, layer.weight.size(), member,
                              parts, lrT, decay);
                    adamSlice(layer.bias.data(), s.mB.data(), s.vB.data(), li, &Worker::gB, layer.bias.size(), member,
                              parts, lrT, 0.0f);
                }
            });
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
