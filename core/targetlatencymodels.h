#pragma once
// The target latency models of proxy-device transfer (proxytransfer.h, step 2), fitted on one
// target's n = training + validation samples and scored by held-out SRCC (k-fold
// cross-validation over all n, or the published split):
//  - the proxy's operator-level linear model adapted to the target (w (.) (a 1 + b) + c,
//    fitProxyAdaptation);
//  - a linear model from scratch (ridge on the same one-hot, unpenalised intercept);
//  - for proxies with an analytic cost model, that model calibrated to the samples
//    (devicecalibration.h, the proxy as the only template);
//  - the known-device model (knowndevices.h).
// The best held-out SRCC wins (ties: the adapted proxy, then the earlier model); the target's
// SRCC fields, method, winner and (with check designs) its evaluation-only SRCC are filled in.

#include "deviceprofile.h"
#include "knowndevices.h"
#include "proxytransfer.h"

#include <memory>
#include <vector>

namespace edgefront {

// The encoding of the operator-level linear models: the space's one-hot (PRODUCT.md: "x a one-hot
// of the chosen operators plus a constant"). The richer "operators" encoding of the ofa-mbv3
// spaces fits a device better from thousands of samples but adapts worse from 60 (measured:
// 0 of 20 adapted fleet targets reached SRCC 0.9 with it, 4-6 of 20 with the one-hot).
QString latencyModelEncoding(const DesignSpace &space);

// Samples the final models are fitted on: all n with cross-validation, else the training ones.
int fittedSamples(const ProxyTransferOptions &o);

struct TargetModelInputs
{
    const DesignSpace &space;
    const ProxyTransferOptions &options;
    const VectorD &proxyWeights;                        // the proxy's operator-level linear model
    const DeviceProfile *analyticProxy = nullptr;       // the proxy, when its cost model can be calibrated
    const DeviceProfile &target;                        // only its id, name and class are used
    const std::vector<KnownDevice> *covering = nullptr; // the known-device model's candidates
    const std::vector<Architecture> &sampleArchs;       // the n samples, training ones first
    const std::vector<double> &sampleY;                 // their measured latencies (ms)
    const std::vector<Architecture> &checkArchs;        // evaluation only: fresh designs
    const std::vector<double> &checkTruth;              // and their true latencies (may be empty)
    quint64 seed = 0;                                   // of the calibration
};

// Fits every model, fills t (method Adapted or ScratchLinear, winner, SRCC scores) and returns
// the winner's latency source.
std::shared_ptr<CostSource> fitTargetLatencyModel(const TargetModelInputs &in, TargetTransfer &t);

} // namespace edgefront
