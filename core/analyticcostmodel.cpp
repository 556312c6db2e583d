#include "analyticcostmodel.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cmath>

namespace edgefront {

namespace {

CostOp costOpOf(LayerType type)
{
    switch (type) {
    case LayerType::Conv: return CostOp::Conv;
    case LayerType::Depthwise: return CostOp::Depthwise;
    case LayerType::Pointwise: return CostOp::Pointwise;
    case LayerType::SqueezeExcite: return CostOp::SqueezeExcite;
    case LayerType::Pooling: return CostOp::Pooling;
    case LayerType::Add: return CostOp::Add;
    case LayerType::Linear: return CostOp::Linear;
    case LayerType::MaxPool: return CostOp::Pooling;
    case LayerType::Resize: return CostOp::Pooling;     // a gather over a window, like pooling
    case LayerType::Mul: return CostOp::Add;            // element-wise arithmetic on two operands
    case LayerType::Concat:
    case LayerType::Copy: return CostOp::Add;           // memory moves: bytes in, bytes out
    case LayerType::Activation:
    case LayerType::Softmax:
    case LayerType::Zero:
    case LayerType::Other: break;
    }
    return CostOp::Activation;
}

// Share of vector lanes doing useful work when `channels` are processed `alignment` at a time.
double laneEfficiency(int channels, int alignment)
{
    if (alignment <= 1 || channels <= 0)
        return 1.0;
    const int padded = (channels + alignment - 1) / alignment * alignment;
    return double(channels) / padded;
}

double kernelEfficiency(const CostModelParameters &c, int kernel)
{
    if (kernel <= 1)
        return c.kernelEfficiency[0];
    if (kernel <= 3)
        return c.kernelEfficiency[1];
    if (kernel <= 5)
        return c.kernelEfficiency[2];
    return c.kernelEfficiency[3];
}

} // namespace

AnalyticCostModel::AnalyticCostModel(const DeviceProfile &device)
    : m_device(device)
{
}

std::optional<std::pair<Precision, double>> AnalyticCostModel::resolvePrecision(Precision requested) const
{
    if (m_device.supportsNatively(requested))
        return std::make_pair(requested, 1.0);
    const PrecisionFallback &f = m_device.costModel.fallback[size_t(requested)];
    switch (f.kind) {
    case PrecisionFallback::Kind::Unsupported:
        return std::nullopt;
    case PrecisionFallback::Kind::RunAs:
        if (m_device.supportsNatively(f.runAs))
            return std::make_pair(f.runAs, f.penalty);
        return std::nullopt;
    case PrecisionFallback::Kind::Auto:
        break;
    }
    // Nearest wider precision (Fp32 < Fp16 < Int8 < Int4 in enum order = narrower), else narrower.
    for (int p = int(requested) - 1; p >= 0; --p) {
        if (m_device.supportsNatively(Precision(p)))
            return std::make_pair(Precision(p), 1.0);
    }
    for (int p = int(requested) + 1; p < kPrecisionCount; ++p) {
        if (m_device.supportsNatively(Precision(p)))
            return std::make_pair(Precision(p), 1.0);
    }
    return std::nullopt;
}

LayerCost AnalyticCostModel::layerCost(const Layer &l) const
{
    const CostModelParameters &c = m_device.costModel;
    const DeviceSpecs &s = m_device.specs;
    LayerCost cost;
    if (l.type == LayerType::Other)
        return cost; // an imported operator EdgeFront does not model: zero cost, by contract
    const bool hasWeights = l.params > 0;
    const Precision requested = precisionForBits(hasWeights ? l.weightBits : l.activationBits);
    const auto resolved = resolvePrecision(requested);
    if (!resolved) {
        cost.runnable = false;
        return cost;
    }
    cost.ranAs = resolved->first;
    const double penalty = resolved->second;
    const CostOp op = costOpOf(l.type);
    const double batch = c.batch;

    // Work in MAC equivalents.
    double work = double(l.macs);
    switch (l.type) {
    case LayerType::SqueezeExcite:
        work += 2.0 * double(l.in.elements()) * c.elementwiseMacsPerElement; // pool + scale
        break;
    case LayerType::Activation:
    case LayerType::Add:
    case LayerType::Zero:
    case LayerType::Mul:
    case LayerType::Concat:
    case LayerType::Copy:
    case LayerType::Resize:
    case LayerType::Softmax:
        work = double(l.out.elements()) * c.elementwiseMacsPerElement;
        break;
    case LayerType::Pooling:
    case LayerType::MaxPool:
        work = double(l.in.elements()) * c.elementwiseMacsPerElement;
        break;
    default:
        break;
    }
    work *= batch;

    double efficiency = c.efficiency[size_t(op)];
    if (l.type == LayerType::Conv || l.type == LayerType::Depthwise)
        efficiency *= kernelEfficiency(c, l.kernel);
    if (l.type == LayerType::Conv || l.type == LayerType::Pointwise || l.type == LayerType::Linear)
        efficiency *= laneEfficiency(l.in.c, c.channelAlignment) * laneEfficiency(l.out.c, c.channelAlignment);
    else
        efficiency *= laneEfficiency(l.out.c, c.channelAlignment);
    const double throughput = s.peak(cost.ranAs) * 1e9 * efficiency; // MAC/s
    cost.computeMs = work / throughput * 1e3 * penalty;

    // DRAM traffic: weights always; activations unless input + output fit on chip.
    // Bytes read: Add reads two tensors of its shape, Mul two operands when the second is a
    // tensor, Concat as many bytes as it writes, Zero nothing.
    double inputs = 1.0;
    if (l.type == LayerType::Add || (l.type == LayerType::Mul && l.input1 != LayerGraph::kNoInput))
        inputs = 2.0;
    else if (l.type == LayerType::Zero)
        inputs = 0.0;
    const double inputBytes = l.type == LayerType::Concat ? double(l.activationBytes())
                                                          : inputs * double(bytesForBits(l.in.elements(), l.activationBits));
    const double actBytes = batch * (inputBytes + double(l.activationBytes()));
    const double onChip = s.onChipMemoryKB * 1024.0 * c.onChipActivationShare;
    cost.dramBytes = double(l.weightBytes()) + (actBytes > onChip ? actBytes : 0.0);
    cost.memoryMs = cost.dramBytes / (s.memoryBandwidthGBs * 1e9) * 1e3;

    // Smooth maximum, written relative to the larger term so tiny layers do not underflow.
    const double hi = std::max(cost.computeMs, cost.memoryMs);
    const double lo = std::min(cost.computeMs, cost.memoryMs);
    const double sharp = c.rooflineSharpness;
    const double body = hi <= 0 ? 0.0 : hi * std::pow(1.0 + std::pow(lo / hi, sharp), 1.0 / sharp);
    cost.overheadMs = c.launchOverheadUs[size_t(op)] * 1e-3;
    cost.latencyMs = body + cost.overheadMs;
    cost.energyMj = (work * c.energyPerMacPJ[size_t(cost.ranAs)] * penalty + cost.dramBytes * c.dramEnergyPerBytePJ) * 1e-9
                    + s.idlePowerW * cost.latencyMs; // W x ms = mJ
    return cost;
}

NetworkCost AnalyticCostModel::evaluate(const LayerGraph &graph, bool perLayer) const
{
    NetworkCost total;
    if (perLayer)
        total.layers.reserve(size_t(graph.size()));
    for (const Layer &l : graph.layers()) {
        const LayerCost lc = layerCost(l);
        if (!lc.runnable && total.runnable) {
            total.runnable = false;
            const Precision p = precisionForBits(l.params > 0 ? l.weightBits : l.activationBits);
            total.notRunnableReason = QStringLiteral("%1 does not run %2 (layer %3)")
                                          .arg(m_device.id, precisionToString(p), layerName(l));
        }
        total.latencyMs += lc.latencyMs;
        total.energyMj += lc.energyMj;
        if (perLayer)
            total.layers.push_back(lc);
    }
    total.latencyMs += m_device.costModel.fixedOverheadMs;
    total.energyMj += m_device.specs.idlePowerW * m_device.costModel.fixedOverheadMs;
    const CostTotals t = graph.totals();
    total.peakMemoryMB = (double(t.peakActivationBytes) * m_device.costModel.batch + double(t.weightBytes)) / 1e6;
    if (!total.runnable) {
        total.latencyMs = std::numeric_limits<double>::infinity();
        total.energyMj = std::numeric_limits<double>::infinity();
    }
    return total;
}

double AnalyticCostModel::withNoise(double expected, const QString &archKey, int repeat) const
{
    const double cv = m_device.costModel.noiseCv;
    if (cv <= 0 || !std::isfinite(expected))
        return expected;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(m_device.id.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(archKey.toUtf8());
    hash.addData(QByteArray::number(repeat));
    const QByteArray digest = hash.result();
    quint32 seed[2];
    std::memcpy(seed, digest.constData(), sizeof(seed));
    QRandomGenerator rng(seed, 2);
    // Box-Muller normal; log-normal with mean `expected` and the given coefficient of variation.
    const double u1 = std::max(rng.generateDouble(), 1e-300);
    const double u2 = rng.generateDouble();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    const double sigma = std::sqrt(std::log1p(cv * cv));
    return expected * std::exp(sigma * z - 0.5 * sigma * sigma);
}

} // namespace edgefront
