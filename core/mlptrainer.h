#pragma once
// Training of MlpModel by mini-batch Adam with decoupled weight decay (AdamW, Loshchilov &
// Hutter 2019), mean squared error, input and target normalisation (z-scores from the training
// split), optional log targets (latency and energy are fitted as log values and predicted back
// with exp), early stopping on a validation split (the best epoch's weights are kept).
// Deterministic for a seed: the split, the initial weights and every shuffle come from it and
// BLAS runs single-threaded.

#include "mlp.h"

#include <functional>
#include <optional>

namespace edgefront {

struct MlpTrainingOptions
{
    std::vector<int> hidden{128, 128};
    MlpActivation activation = MlpActivation::Relu;
    int epochs = 200;
    int batchSize = 256;
    double learningRate = 1e-3;
    double weightDecay = 1e-4;
    double validationShare = 0.1; // 0: no validation, no early stopping
    int patience = 25;            // epochs without validation improvement before stopping
    bool logTarget = false;
    bool normalizeInputs = true;
    quint64 seed = 0;
    // Each mini-batch is split over this many threads and the gradients summed in a fixed
    // order: results are deterministic for a given thread count (and differ from another
    // count only by float summation order). 0 = the machine's cores, at most 4.
    int threads = 0;

    bool isValid(QString *error) const;
};

struct MlpTrainingResult
{
    MlpModel model;
    int epochsRun = 0;
    int bestEpoch = 0;
    double trainLoss = 0.0;      // normalised MSE of the last epoch
    double validationLoss = 0.0; // normalised MSE at the best epoch (NaN without validation)
    bool stoppedEarly = false;
};

// x: n x in, y: n x out (targets in natural units; > 0 when logTarget). progress(fraction)
// returning false cancels (nullopt, *error = "cancelled").
std::optional<MlpTrainingResult> trainMlp(const MatrixF &x, const MatrixF &y, const MlpTrainingOptions &options,
                                          QString *error,
                                          const std::function<bool(double)> &progress = {});

} // namespace edgefront
