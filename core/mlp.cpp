#include "mlp.h"

#include "mlpkernels.h"
#include "seededgenerator.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>

#include <cblas.h>

#include <cmath>
#include <mutex>
#include <numeric>

extern "C" void openblas_set_num_threads(int);

namespace edgefront {

namespace {

// EdgeFront parallelises over batch rows itself; BLAS calls stay single-threaded.
void ensureSingleThreadedBlas()
{
    static std::once_flag once;
    std::call_once(once, [] { openblas_set_num_threads(1); });
}

constexpr const char *kActivationNames[] = {"none", "relu", "leaky_relu", "sigmoid", "tanh"};

// Scratch buffers reused across calls (per thread): no allocation, so no page faults, in the
// forward pass.
struct Workspace
{
    std::vector<float> a, b;
    float *reserve(std::vector<float> &v, size_t n)
    {
        if (v.size() < n)
            v.resize(n);
        return v.data();
    }
};

using RowMap = Eigen::Map<MatrixF, Eigen::Unaligned, Eigen::OuterStride<>>;

// Rows [begin, end) of x through the model into out, in blocks of at most kBlockRows rows
// (measured: larger blocks let sgemm amortise its packing of the weights; see bench_mlp).
void forwardRows(const MlpModel &m, const MatrixF &x, Eigen::Index begin, Eigen::Index end, MatrixF &out)
{
    constexpr Eigen::Index kBlockRows = 1024;
    thread_local Workspace ws;
    int widest = int(x.cols());
    for (const DenseLayer &l : m.layers)
        widest = std::max(widest, l.outputs());
    for (Eigen::Index b0 = begin; b0 < end; b0 += kBlockRows) {
        const Eigen::Index n = std::min(kBlockRows, end - b0);
        float *bufA = ws.reserve(ws.a, size_t(n * widest));
        float *bufB = ws.reserve(ws.b, size_t(n * widest));
        Eigen::Map<MatrixF> h(bufA, n, x.cols());
        h = x.middleRows(b0, n);
        if (m.inputMean.size() == h.cols())
            h.rowwise() -= m.inputMean.transpose();
        if (m.inputScale.size() == h.cols())
            h.array().rowwise() /= m.inputScale.transpose().array();
        float *cur = bufA;
        float *nxt = bufB;
        Eigen::Index width = x.cols();
        for (const DenseLayer &layer : m.layers) {
            Eigen::Map<const MatrixF> in(cur, n, width);
            Eigen::Map<MatrixF> z(nxt, n, layer.outputs());
            if (n == 1) {
                // One row: a matrix-vector product (W^T x), reading the weights once.
                ensureSingleThreadedBlas();
                z.row(0) = layer.bias.transpose();
                cblas_sgemv(CblasRowMajor, CblasTrans, int(layer.inputs()), int(layer.outputs()), 1.0f,
                            layer.weight.data(), int(layer.outputs()), cur, 1, 1.0f, nxt, 1);
                applyActivation(z, layer.activation, layer.leakySlope);
            } else {
                sgemm(in, layer.weight, z, false);
                addBiasAndActivate(z, layer.bias, layer.activation, layer.leakySlope);
            }
            std::swap(cur, nxt);
            width = layer.outputs();
        }
        Eigen::Map<MatrixF> y(cur, n, width);
        if (m.outputScale.size() == width)
            y.array().rowwise() *= m.outputScale.transpose().array();
        if (m.outputOffset.size() == width)
            y.rowwise() += m.outputOffset.transpose();
        if (m.inputSkip.rows() == x.cols() && m.inputSkip.cols() == width)
            sgemm(x.middleRows(b0, n), m.inputSkip, y, true);
        if (m.logOutput)
            y = y.array().exp().matrix();
        out.middleRows(b0, n) = y;
    }
}

} // namespace

QString mlpActivationToString(MlpActivation a)
{
    return QString::fromLatin1(kActivationNames[size_t(a)]);
}

std::optional<MlpActivation> mlpActivationFromString(QStringView name)
{
    for (size_t i = 0; i < std::size(kActivationNames); ++i) {
        if (name == QLatin1StringView(kActivationNames[i]))
            return MlpActivation(i);
    }
    return std::nullopt;
}

void applyActivation(Eigen::Ref<MatrixF> m, MlpActivation activation, float leakySlope)
{
    switch (activation) {
    case MlpActivation::None:
        break;
    case MlpActivation::Relu:
        m = m.array().max(0.0f).matrix();
        break;
    case MlpActivation::LeakyRelu:
        m = (m.array() > 0.0f).select(m.array(), m.array() * leakySlope).matrix();
        break;
    case MlpActivation::Sigmoid:
        m = (1.0f / (1.0f + (-m.array()).exp())).matrix();
        break;
    case MlpActivation::Tanh:
        m = m.array().tanh().matrix();
        break;
    }
}

void addBiasAndActivate(Eigen::Ref<MatrixF> m, const VectorF &bias, MlpActivation activation, float leakySlope)
{
    if (activation == MlpActivation::Relu) {
        kernels::addBiasRelu(m.data(), bias.data(), m.rows(), m.cols(), m.outerStride());
        return;
    }
    kernels::addBias(m.data(), bias.data(), m.rows(), m.cols(), m.outerStride());
    applyActivation(m, activation, leakySlope);
}

void sgemm(const Eigen::Ref<const MatrixF> &a, const Eigen::Ref<const MatrixF> &b, Eigen::Ref<MatrixF> c,
           bool accumulate, bool transposeA, bool transposeB)
{
    ensureSingleThreadedBlas();
    const int m = int(c.rows());
    const int n = int(c.cols());
    const int k = int(transposeA ? a.rows() : a.cols());
    if (m == 0 || n == 0)
        return;
    if (k == 0) {
        if (!accumulate)
            c.setZero();
        return;
    }
    cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, m, n, k,
                1.0f, a.data(), int(a.outerStride()), b.data(), int(b.outerStride()), accumulate ? 1.0f : 0.0f,
                c.data(), int(c.outerStride()));
}

qint64 MlpModel::parameterCount() const
{
    qint64 n = 0;
    for (const DenseLayer &l : layers)
        n += l.weight.size() + l.bias.size();
    return n;
}

MatrixF MlpModel::predict(const MatrixF &x, int threads) const
{
    MatrixF out(x.rows(), outputSize());
    if (x.rows() == 0)
        return out;
    constexpr Eigen::Index kChunk = 256;
    if (threads <= 1 || x.rows() <= kChunk) {
        forwardRows(*this, x, 0, x.rows(), out);
        return out;
    }
    std::vector<Eigen::Index> starts;
    for (Eigen::Index s = 0; s < x.rows(); s += kChunk)
        starts.push_back(s);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QtConcurrent::blockingMap(&pool, starts, [&](Eigen::Index s) {
        forwardRows(*this, x, s, std::min(x.rows(), s + kChunk), out);
    });
    return out;
}

MlpModel MlpModel::linear(const VectorD &w, double c, bool logOutput)
{
    MlpModel m;
    DenseLayer l;
    l.weight = w.cast<float>();
    l.bias = VectorF::Constant(1, float(c));
    l.activation = MlpActivation::None;
    m.layers.push_back(std::move(l));
    m.logOutput = logOutput;
    return m;
}

MlpModel MlpModel::random(const std::vector<int> &widths, quint64 seed)
{
    MlpModel m;
    QRandomGenerator rng = seededGenerator(seed);
    for (size_t i = 0; i + 1 < widths.size(); ++i) {
        DenseLayer l;
        l.weight.resize(widths[i], widths[i + 1]);
        const double stddev = std::sqrt(2.0 / widths[i]);
        for (Eigen::Index r = 0; r < l.weight.rows(); ++r) {
            for (Eigen::Index c = 0; c < l.weight.cols(); ++c) {
                // Box-Muller normal draw
                const double u1 = std::max(rng.generateDouble(), 1e-300), u2 = rng.generateDouble();
                l.weight(r, c) = float(stddev * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2));
            }
        }
        l.bias = VectorF::Zero(widths[i + 1]);
        l.activation = i + 2 < widths.size() ? MlpActivation::Relu : MlpActivation::None;
        m.layers.push_back(std::move(l));
    }
    return m;
}

bool MlpModel::isValid(QString *error) const
{
    if (layers.empty()) {
        *error = QStringLiteral("the model has no layers");
        return false;
    }
    for (size_t i = 0; i < layers.size(); ++i) {
        const DenseLayer &l = layers[i];
        if (l.bias.size() != l.weight.cols() || (i > 0 && layers[i - 1].outputs() != l.inputs())) {
            *error = QStringLiteral("layer %1: shapes do not chain (%2x%3 weight, %4 bias)")
                         .arg(i).arg(l.weight.rows()).arg(l.weight.cols()).arg(l.bias.size());
            return false;
        }
        if (!l.weight.allFinite() || !l.bias.allFinite()) {
            *error = QStringLiteral("layer %1: weights are not all finite numbers").arg(i);
            return false;
        }
    }
    auto check = [&](const VectorF &v, int size, const char *what) {
        if (v.size() != 0 && (v.size() != size || !v.allFinite())) {
            *error = QStringLiteral("%1: expected %2 finite values").arg(QLatin1StringView(what)).arg(size);
            return false;
        }
        return true;
    };
    if (inputSkip.size() != 0
        && (inputSkip.rows() != inputSize() || inputSkip.cols() != outputSize() || !inputSkip.allFinite())) {
        *error = QStringLiteral("input skip: expected a finite %1 x %2 matrix").arg(inputSize()).arg(outputSize());
        return false;
    }
    return check(inputMean, inputSize(), "input mean") && check(inputScale, inputSize(), "input scale")
           && check(outputScale, outputSize(), "output scale") && check(outputOffset, outputSize(), "output offset");
}

QJsonObject MlpModel::toJson() const
{
    auto vec = [](const VectorF &v) {
        QJsonArray a;
        for (float x : v)
            a.append(double(x));
        return a;
    };
    QJsonArray ls;
    for (const DenseLayer &l : layers) {
        QJsonArray w;
        for (Eigen::Index i = 0; i < l.weight.size(); ++i)
            w.append(double(l.weight.data()[i]));
        ls.append(QJsonObject{{QStringLiteral("inputs"), l.inputs()},
                              {QStringLiteral("outputs"), l.outputs()},
                              {QStringLiteral("activation"), mlpActivationToString(l.activation)},
                              {QStringLiteral("weight"), w},
                              {QStringLiteral("bias"), vec(l.bias)}});
    }
    return {{QStringLiteral("input_mean"), vec(inputMean)},
            {QStringLiteral("input_scale"), vec(inputScale)},
            {QStringLiteral("layers"), ls},
            {QStringLiteral("output_scale"), vec(outputScale)},
            {QStringLiteral("output_offset"), vec(outputOffset)},
            {QStringLiteral("log_output"), logOutput}};
}

} // namespace edgefront
