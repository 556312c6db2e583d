#pragma once
// The signature set of a design space: K fixed architectures whose latencies on a device are
// that device's features for scalable predictors (HELP, Lee et al. NeurIPS 2021, uses K = 10).
//
// Rule (deterministic, the same on every machine and for every device): draw 4,096 candidates
// with seededGenerator(0x5349474E) ("SIGN"), keep distinct networks, sort them by MACs (ties by
// key), drop the smallest and largest 5 % (degenerate cells such as NAS-Bench-201's all-`none`
// ones), and take the candidates at the quantiles (k + 0.5) / K of the rest, k = 0..K-1. The set
// so spans the space's range of network sizes.

#include "designspace.h"

#include <vector>

namespace edgefront {

struct SignatureSet
{
    static constexpr int kDefaultSize = 10;
    static std::vector<Architecture> forSpace(const DesignSpace &space, int size = kDefaultSize);
};

// A device's features: its log-latencies (ms) on the signature set.
struct DeviceFeatures
{
    std::vector<double> logLatency;

    double mean() const;
    // The predictor input: [mean, logLatency_k - mean for each k] (K + 1 values).
    std::vector<float> inputs() const;
    static int inputCount(int signatureSize) { return signatureSize + 1; }
    bool isValid(QString *error) const;
};

} // namespace edgefront
