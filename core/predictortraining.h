#pragma once
// Training predictors from (architecture, value) data of one or many devices, and adapting a
// scalable predictor to a new device.
//
//  - macs: least squares of log value on log MACs (value = e^a MACs^b): the FLOPs baseline.
//  - linear: ridge regression of the value on the space's one-hot encoding plus an unpenalised
//    intercept (latency = w . x + c, the operator-level model proxy adaptation scales).
//  - mlp: an MLP on the one-hot encoding; latency and energy fitted as log values.
//  - accuracy: an MLP on the one-hot encoding of accuracy (%), device-independent.
//  - scalable: one MLP over many devices; input = one-hot + DeviceFeatures::inputs(), target =
//    log value minus the device's mean signature log-latency, added back at the output (so the
//    model learns relative latency and transfers across devices of any speed).
// Each device's rows are split (seeded) into training and held-out parts; the predictor's
// quality is measured on the held-out rows.

#include "mlptrainer.h"
#include "predictor.h"

#include <functional>

namespace edgefront {

// One device's (or, for accuracy, one table's) data.
struct DeviceData
{
    QString deviceId;
    std::vector<Architecture> archs;
    std::vector<double> values;
    std::optional<DeviceFeatures> features; // scalable
    QString provenance;                     // e.g. "measured", "simulated"
};

struct PredictorTrainingOptions
{
    PredictorKind kind = PredictorKind::Mlp;
    Metric metric = Metric::LatencyMs;
    QString name;
    QString dataset;            // accuracy
    QString encoding = QStringLiteral("onehot"); // linear, mlp, accuracy: the space's input encoding
    double heldOutShare = 0.2;  // of each device's rows
    int maxHeldOut = 2000;      // per device
    double ridge = 1.0;         // linear: L2 weight (in units of squared error summed over rows)
    MlpTrainingOptions mlp;
    quint64 seed = 0;

    bool isValid(QString *error) const;
};

std::optional<Predictor> trainPredictor(const DesignSpace &space, const std::vector<DeviceData> &data,
                                        const PredictorTrainingOptions &options, QString *error,
                                        const std::function<bool(double)> &progress = {});

// A device-specific predictor from a scalable one: the device's features are folded into the
// first layer, and a log-space correction y -> a y + c is fitted on `samples` (plus the
// signature measurements, with a ridge pull toward a = 1, c = 0). Encoding: "onehot".
std::optional<Predictor> adaptScalablePredictor(const Predictor &scalable, const DesignSpace &space,
                                                const QString &deviceId, const DeviceFeatures &features,
                                                const std::vector<Architecture> &samples,
                                                const std::vector<double> &sampleValues, QString *error);

} // namespace edgefront
