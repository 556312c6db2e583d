#pragma once
// Leave-one-device-out evaluation of the scalable predictor (the HELP protocol, Lee et al.
// NeurIPS 2021): for each target device, train on every other device, then predict all of the
// target's measured architectures from its signature measurements alone, and after adapting
// with n extra measured samples (n = 20, 50, 100 ...), scored on the rest. The MACs baseline
// (rank of MACs vs latency) is reported beside it.

#include "predictortraining.h"

#include <functional>

namespace edgefront {

class ProjectStore;

struct CrossValidationOptions
{
    QString space;
    QStringList targets;        // devices left out one at a time (need measurements + signature)
    QStringList alsoTrainOn;    // devices always in the training set (e.g. the virtual fleet)
    int samplesPerDevice = 2000;
    std::vector<int> adaptSamples{0, 20, 50, 100};
    PredictorTrainingOptions training;
    quint64 seed = 0;

    bool isValid(QString *error) const;
};

struct CrossValidationRow
{
    QString device;
    int adaptSamples = 0;       // -1: the MACs baseline
    PredictionQuality quality;
};

std::optional<std::vector<CrossValidationRow>> leaveOneDeviceOut(
    const ProjectStore &project, const CrossValidationOptions &options, QString *error,
    const std::function<bool(const QString &stage, double fraction)> &progress = {});

} // namespace edgefront
