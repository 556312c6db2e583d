#pragma once
// Calibration: fit a virtual device's cost-model parameters to a measured device, so that the
// analytic model reproduces its latencies and can predict it on other design spaces.
//
// Method: the measured architectures are split (seeded) into `samples` training ones and a
// held-out set. Every template device (e.g. one per fleet class) is scaled to the training
// data by one closed-form factor; the best few are then refined with Levenberg-Marquardt on
// the mean squared log error, over the log of: peak throughput, memory bandwidth, per-op
// efficiency (8), per-op launch overhead (8), a fixed per-network overhead, the 5x5 / 7x7
// kernel efficiencies and each precision's speed (a native precision's peak, a lacking one's
// fallback penalty), with a small ridge pull toward the template's values. The best fit on
// the training data wins; held-out Spearman, Kendall and MAPE are reported.

#include "deviceprofile.h"

#include <QList>

#include <functional>
#include <optional>
#include <span>

namespace edgefront {

struct Architecture;
class DesignSpace;

struct CalibrationOptions
{
    int samples = 50;          // training measurements (>= 30 recommended, >= 10 required)
    int heldOut = 5000;        // at most this many held-out measurements are scored
    quint64 seed = 0;
    int maxIterations = 60;    // Levenberg-Marquardt iterations per refined template
    int refinedTemplates = 3;
    double regularization = 1e-3;
    QString newId;             // default: "<device>-calibrated"

    bool isValid(QString *error) const;
};

struct CalibrationResult
{
    DeviceProfile device;      // provenance calibrated, with a "calibration" record
    QString templateId;
    int trainSamples = 0;
    int heldOutSamples = 0;
    double trainMape = 0.0;
    double heldOutSrcc = 0.0;
    double heldOutKendall = 0.0;
    double heldOutMape = 0.0;
};

// `archs`/`latencyMs`: the measured device's latencies on `space`. `target` gives id, name and
// class; `templates` the starting devices (virtual profiles). progress(fraction) may cancel.
std::optional<CalibrationResult> calibrateDevice(const DesignSpace &space, std::span<const Architecture> archs,
                                                 std::span<const double> latencyMs, const DeviceProfile &target,
                                                 const QList<DeviceProfile> &templates,
                                                 const CalibrationOptions &options, QString *error,
                                                 const std::function<bool(double)> &progress = {});

} // namespace edgefront
