#pragma once
// Reference-device adaptation, the fourth latency model of proxy transfer (proxytransfer.h):
// the target's log latency as a ridge combination of the log latencies of devices the project
// already knows for the whole space,
//     log t(x) = sum_k w_k log l_k(x) + c,
// in the spirit of HELP (Lee et al., NeurIPS 2021) and of latency predictors that describe a
// new device through known ones. The known devices are the proxy and, ranked by Spearman
// correlation with the target on the training samples only, up to K - 1 others that give a
// latency for every design: virtual and calibrated devices, and measured devices whose table
// covers the samples and a seeded probe of fresh designs (a complete nb201 table does; a sample
// of a huge space does not; coveringDevices). Where the proxy alone ranks a target poorly, a combination of a few
// known devices often ranks it well (on the 13 NAS-Bench-201 devices: out-of-fold SRCC >= 0.9
// for most targets whose proxy SRCC is below 0.9).

#include "deviceevaluator.h"
#include "eigentypes.h"
#include "searchevaluator.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace edgefront {

class ProjectStore;

struct KnownDevice
{
    QString id;
    std::shared_ptr<const DeviceEvaluator> device;
};

// The project's devices that give a latency for every design of the space, judged on a seeded
// probe of fresh designs: virtual and calibrated devices, and measured devices whose table covers
// the probe. Loads each device once; a transfer calls it once for all its targets.
std::vector<KnownDevice> coveringDevices(const ProjectStore &project, const DesignSpace &space, quint64 seed);

struct KnownDevices
{
    QStringList ids;                                            // the proxy first
    std::vector<std::shared_ptr<const DeviceEvaluator>> devices; // same order
    MatrixD logLatency;                                         // samples x devices: the features of the fit
};

// The proxy and up to k - 1 more of the covering devices for `target` (never the target itself),
// ranked by Spearman correlation with the target on the first trainingRows samples (the rest stay
// held out). nullopt with *why when the proxy is not among them or lacks a sample's latency.
std::optional<KnownDevices> selectKnownDevices(const std::vector<KnownDevice> &covering, const DesignSpace &space,
                                               const QString &proxy, const QString &target,
                                               const std::vector<Architecture> &sampleArchs,
                                               const std::vector<double> &sampleY, int trainingRows, int k,
                                               QString *why);

// Latency = exp(c + sum_k w_k log l_k(x)); NaN where any known device has no latency.
// Energy is NaN (the transfer is about latency).
class KnownDeviceCost : public CostSource
{
public:
    KnownDeviceCost(KnownDevices references, VectorD weights, double intercept, QString provenance);
    void evaluate(const DesignSpace &space, std::span<const Architecture> archs, std::vector<double> &latency,
                  std::vector<double> &energy) const override;

private:
    KnownDevices m_refs;
    VectorD m_weights;
    double m_intercept;
};

} // namespace edgefront
