#pragma once
// The analytic, layer-wise cost model of a virtual device (PRODUCT.md):
//
//   time(layer)   = smoothmax(compute, memory) + launch overhead(op type)
//   compute       = work / (peak(precision) x efficiency(op) x kernel eff. x channel eff.)
//                   x fallback penalty, work = MACs (element-wise ops: elements x cost)
//   memory        = DRAM bytes / bandwidth; activations stay on chip when input + output
//                   fit in the usable on-chip memory, weights always stream
//   smoothmax     = (compute^s + memory^s)^(1/s), s = roofline sharpness (s -> inf: roofline)
//   energy(layer) = work x energy/MAC(precision) + DRAM bytes x energy/byte + idle power x time
//
// A precision the device lacks runs as its fallback (slower) or not at all, in which case the
// network is not runnable there. Latencies in ms, energies in mJ, memory in MB (10^6 bytes),
// for the device's batch size. Measurements add seeded log-normal noise with the device's
// coefficient of variation; the same (device, architecture, repeat) always draws the same.

#include "deviceprofile.h"
#include "layergraph.h"

#include <vector>

namespace edgefront {

struct LayerCost
{
    double latencyMs = 0.0;
    double computeMs = 0.0;
    double memoryMs = 0.0;
    double overheadMs = 0.0;
    double energyMj = 0.0;
    double dramBytes = 0.0;
    Precision ranAs = Precision::Fp32;
    bool runnable = true;
};

struct NetworkCost
{
    double latencyMs = 0.0;
    double energyMj = 0.0;
    double peakMemoryMB = 0.0;
    bool runnable = true;
    QString notRunnableReason; // e.g. "int4 is not supported"
    std::vector<LayerCost> layers; // filled when asked for
};

class AnalyticCostModel
{
public:
    explicit AnalyticCostModel(const DeviceProfile &device);

    // Expected (noise-free) cost. perLayer fills NetworkCost::layers.
    NetworkCost evaluate(const LayerGraph &graph, bool perLayer = false) const;
    LayerCost layerCost(const Layer &layer) const;

    // The precision a layer at `requested` runs as and the time penalty; nullopt: cannot run.
    std::optional<std::pair<Precision, double>> resolvePrecision(Precision requested) const;

    // `expected` with this device's measurement noise; deterministic in (key, repeat).
    double withNoise(double expected, const QString &archKey, int repeat = 0) const;

    const DeviceProfile &device() const { return m_device; }

private:
    DeviceProfile m_device;
};

} // namespace edgefront
