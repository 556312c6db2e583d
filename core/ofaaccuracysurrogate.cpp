#include "ofaaccuracysurrogate.h"

#include "ofaaccuracyconstants.h"
#include "ofambv3space.h"
#include "precision.h"

#include <algorithm>
#include <array>

namespace edgefront {

namespace {

constexpr int kStages = OfaMbv3Subnet::kStages;
constexpr int kPerStage = OfaMbv3Subnet::kBlocksPerStage;

// Quantization penalty per active block, points, by stage (sources in the header).
constexpr std::array<double, kStages> kInt8BlockPenalty = {0.02, 0.01, 0.01, 0.01, 0.02};
constexpr std::array<double, kStages> kInt4BlockPenalty = {0.35, 0.20, 0.15, 0.20, 0.35};
// HAQ (CVPR 2019): MobileNetV2 71.87 -> 61.39 with uniform 4-bit PACT.
constexpr double kMaxQuantizationPenalty = 10.5;

// The widths the predictor and the offset are anchored at.
constexpr double kPredictorWidth = 1.2;
constexpr double kOffsetWidth = 1.0;

} // namespace

OfaAccuracySurrogate::OfaAccuracySurrogate(double widthMultiplier, LowResolution lowResolution)
    : m_widthMultiplier(widthMultiplier)
    , m_lowResolution(lowResolution)
{
}

double OfaAccuracySurrogate::architecturePercent(const OfaMbv3Subnet &net) const
{
    using namespace ofaaccuracy;
    // The predictor's one-hot bin (r - 112) / 16; the space holds bins 1..7.
    const int bin = std::clamp((net.r - 112) / 16, 1, 7);
    double acc = kResolutionPoints[size_t(bin)];
    if (bin <= 2 && m_lowResolution == LowResolution::Extrapolated)
        acc = kResolutionExtrapolatedPoints[size_t(bin - 1)];

    for (int s = 0; s < kStages; ++s) {
        const int depth = net.d[size_t(s)];
        const auto &depthGain = kDepthGain[size_t(s)];
        acc += (depth >= 3 ? depthGain[0] : 0.0) + (depth >= 4 ? depthGain[1] : 0.0);
        const auto &kernel = kKernelGain[size_t(s)];
        const auto &expand = kExpandGain[size_t(s)];
        for (int b = 0; b < std::min(depth, kPerStage); ++b) {
            const int k = net.ks[size_t(s * kPerStage + b)];
            const int e = net.e[size_t(s * kPerStage + b)];
            acc += kKernelPositionWeight[size_t(b)]
                   * ((k >= 5 ? kernel[0] : 0.0) + (k >= 7 ? kernel[1] : 0.0));
            acc += kExpandPositionWeight[size_t(b)]
                   * ((e >= 4 ? expand[0] : 0.0) + (e >= 6 ? expand[1] : 0.0));
        }
    }
    return acc;
}

double OfaAccuracySurrogate::widthOffsetPoints(double widthMultiplier)
{
    const double w = std::clamp(widthMultiplier, kOffsetWidth, kPredictorWidth);
    return ofaaccuracy::kWidth10OffsetPoints * (kPredictorWidth - w) / (kPredictorWidth - kOffsetWidth);
}

double OfaAccuracySurrogate::blockQuantizationPenaltyPoints(int bits, int stage)
{
    if (bits <= 0 || stage < 0 || stage >= kStages) // bits 0: a float32 network
        return 0.0;
    switch (precisionForBits(bits)) {
    case Precision::Int4:
        return kInt4BlockPenalty[size_t(stage)];
    case Precision::Int8:
        return kInt8BlockPenalty[size_t(stage)];
    case Precision::Fp16:
    case Precision::Fp32:
        break;
    }
    return 0.0;
}

double OfaAccuracySurrogate::quantizationPenaltyPoints(const OfaMbv3Subnet &net)
{
    double penalty = 0.0;
    for (int i = 0; i < OfaMbv3Subnet::kBlocks; ++i) {
        if (OfaMbv3Subnet::isActive(net.d, i))
            penalty += blockQuantizationPenaltyPoints(net.bits[size_t(i)], i / kPerStage);
    }
    return std::min(penalty, kMaxQuantizationPenalty);
}

double OfaAccuracySurrogate::predict(const OfaMbv3Subnet &net, double widthMultiplier) const
{
    return architecturePercent(net) + widthOffsetPoints(widthMultiplier) - quantizationPenaltyPoints(net);
}

double OfaAccuracySurrogate::predictPercent(const OfaMbv3Subnet &net) const
{
    return predict(net, m_widthMultiplier);
}

std::vector<double> OfaAccuracySurrogate::predictPercent(const OfaMbv3Space &space,
                                                         std::span<const Architecture> archs) const
{
    const double width = space.network().widthMultiplier();
    std::vector<double> out;
    out.reserve(archs.size());
    for (const Architecture &arch : archs)
        out.push_back(predict(space.subnet(arch), width));
    return out;
}

QString OfaAccuracySurrogate::provenance()
{
    return QStringLiteral("surrogate of Once-for-All's accuracy predictor (fitted to its outputs; "
                          "%1 constants); w1.0 offset and quantization penalties estimated from "
                          "published results")
        .arg(fittedConstantCount());
}

int OfaAccuracySurrogate::fittedConstantCount()
{
    return ofaaccuracy::kFittedConstantCount;
}

} // namespace edgefront
