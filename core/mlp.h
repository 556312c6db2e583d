#pragma once
// A multilayer perceptron as EdgeFront's predictors use it: input normalisation, dense layers
// with activations, output de-normalisation and an optional log target (y = exp(y')).
// Float32, batched (one row per architecture). Forward passes run their matrix products
// through BLAS sgemm (OpenBLAS, which picks its kernels for the CPU at run time) and, for
// large batches, split rows over threads.
//
// Layer weights are stored in x out (row-major), so a batch X (n x in) maps to X * W + b.

#include "eigentypes.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace edgefront {

enum class MlpActivation : quint8 { None, Relu, LeakyRelu, Sigmoid, Tanh };
QString mlpActivationToString(MlpActivation a); // "none", "relu", "leaky_relu", "sigmoid", "tanh"
std::optional<MlpActivation> mlpActivationFromString(QStringView name);

struct DenseLayer
{
    MatrixF weight;   // in x out
    VectorF bias;     // out
    MlpActivation activation = MlpActivation::Relu;
    float leakySlope = 0.01f;

    int inputs() const { return int(weight.rows()); }
    int outputs() const { return int(weight.cols()); }
};

struct MlpModel
{
    VectorF inputMean;   // x' = (x - mean) / scale; empty = identity
    VectorF inputScale;
    std::vector<DenseLayer> layers;
    VectorF outputScale; // y = y' * scale + offset; empty = identity
    VectorF outputOffset;
    // Optional linear skip from the raw input to the output: y += x * inputSkip (in x out),
    // applied after de-normalisation and before exp. Scalable predictors use it to add a
    // device's mean signature log-latency back to the predicted relative log-latency.
    MatrixF inputSkip;
    bool logOutput = false; // y = exp(y) after de-normalisation and skip

    int inputSize() const { return layers.empty() ? 0 : layers.front().inputs(); }
    int outputSize() const { return layers.empty() ? 0 : layers.back().outputs(); }
    qint64 parameterCount() const;

    // Predictions for a batch (rows = architectures). `threads` > 1 splits large batches.
    MatrixF predict(const MatrixF &x, int threads = 1) const;
    // A random model of the given widths (He init, seeded), relu hidden layers, linear output.
    static MlpModel random(const std::vector<int> &widths, quint64 seed);
    // One linear layer y = x w + c (logOutput: exp of it).
    static MlpModel linear(const VectorD &w, double c, bool logOutput = false);

    // Whether shapes are consistent and every number finite; *error names what is wrong.
    bool isValid(QString *error) const;

    QJsonObject toJson() const; // for tests and debugging; predictors are stored as ONNX
};

// Applies an activation in place.
void applyActivation(Eigen::Ref<MatrixF> m, MlpActivation activation, float leakySlope = 0.01f);
// m = activation(m + bias row), in one pass over m.
void addBiasAndActivate(Eigen::Ref<MatrixF> m, const VectorF &bias, MlpActivation activation, float leakySlope = 0.01f);

// C = A * B (+ C when accumulate), through BLAS sgemm. Row-major matrices.
void sgemm(const Eigen::Ref<const MatrixF> &a, const Eigen::Ref<const MatrixF> &b, Eigen::Ref<MatrixF> c,
           bool accumulate = false, bool transposeA = false, bool transposeB = false);

} // namespace edgefront
