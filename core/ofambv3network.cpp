#include "ofambv3network.h"

#include <cmath>

namespace edgefront {

namespace {

constexpr std::array<int, 9> kBaseWidths = {16, 16, 24, 40, 80, 112, 160, 960, 1280};
constexpr std::array<int, 5> kStageStrides = {2, 2, 2, 1, 2};
constexpr std::array<ActivationKind, 5> kStageActivations = {
    ActivationKind::Relu, ActivationKind::Relu, ActivationKind::HSwish, ActivationKind::HSwish,
    ActivationKind::HSwish};
constexpr std::array<bool, 5> kStageSqueezeExcite = {false, true, false, true, true};
constexpr int kSqueezeReduction = 4;

} // namespace

int OfaMbv3Network::makeDivisible(double value, int divisor)
{
    int result = std::max(divisor, int(value + divisor / 2.0) / divisor * divisor);
    if (result < 0.9 * value)
        result += divisor;
    return result;
}

OfaMbv3Network::OfaMbv3Network(double widthMultiplier)
    : m_widthMultiplier(widthMultiplier)
{
    for (size_t i = 0; i < kBaseWidths.size(); ++i)
        m_widths[i] = makeDivisible(kBaseWidths[i] * widthMultiplier);
}

LayerGraph OfaMbv3Network::build(const OfaMbv3Subnet &net) const
{
    const bool quantized = net.isQuantized();
    const int fixedBits = quantized ? kFixedLayerBits : 32;
    LayerGraph g({3, net.r, net.r}, fixedBits);
    g.reserve(200);
    g.setBits(fixedBits, fixedBits);

    // Stem.
    g.setPosition(0, -1);
    int x = g.addConv(LayerGraph::kNetworkInput, {LayerRole::Stem, m_widths[0], 3, 2, 1, false});
    x = g.addActivation(x, ActivationKind::HSwish, LayerRole::Stem);

    // First block: MBConv with expand ratio 1 (no inverted bottleneck), identity shortcut
    // when its input and output widths agree.
    g.setPosition(0, 0);
    {
        const int in = x;
        const int c = g.shapeOf(in).c;
        x = g.addConv(in, {LayerRole::DepthwiseConv, c, 3, 1, c, false});
        x = g.addActivation(x, ActivationKind::Relu, LayerRole::DepthwiseConv);
        x = g.addConv(x, {LayerRole::Project, m_widths[1], 1, 1, 1, false});
        if (c == m_widths[1])
            x = g.addAdd(x, in, LayerRole::Shortcut);
    }

    for (int s = 0; s < OfaMbv3Subnet::kStages; ++s) {
        const int outChannels = m_widths[size_t(s + 2)];
        const ActivationKind act = kStageActivations[size_t(s)];
        for (int b = 0; b < net.d[size_t(s)]; ++b) {
            const int slot = s * OfaMbv3Subnet::kBlocksPerStage + b;
            const int stride = b == 0 ? kStageStrides[size_t(s)] : 1;
            const int k = net.ks[size_t(slot)];
            const int in = x;
            const int inChannels = g.shapeOf(in).c;
            // OFA: make_divisible(round(in * e), 8); in * e is an integer here.
            const int mid = makeDivisible(std::round(double(inChannels) * net.e[size_t(slot)]));
            g.setPosition(s + 1, b);
            if (quantized) // the block's bit-width holds for weights and activations alike
                g.setBits(net.bits[size_t(slot)], net.bits[size_t(slot)]);
            x = g.addConv(in, {LayerRole::Expand, mid, 1, 1, 1, false});
            x = g.addActivation(x, act, LayerRole::Expand);
            x = g.addConv(x, {LayerRole::DepthwiseConv, mid, k, stride, mid, false});
            x = g.addActivation(x, act, LayerRole::DepthwiseConv);
            if (kStageSqueezeExcite[size_t(s)])
                x = g.addSqueezeExcite(x, makeDivisible(double(mid / kSqueezeReduction)));
            x = g.addConv(x, {LayerRole::Project, outChannels, 1, 1, 1, false});
            if (stride == 1 && inChannels == outChannels)
                x = g.addAdd(x, in, LayerRole::Shortcut);
        }
    }

    // Head.
    g.setBits(fixedBits, fixedBits);
    g.setPosition(6, -1);
    x = g.addConv(x, {LayerRole::FinalExpand, m_widths[7], 1, 1, 1, false});
    x = g.addActivation(x, ActivationKind::HSwish, LayerRole::FinalExpand);
    x = g.addGlobalPool(x);
    x = g.addConv(x, {LayerRole::FeatureMix, m_widths[8], 1, 1, 1, false});
    x = g.addActivation(x, ActivationKind::HSwish, LayerRole::FeatureMix);
    g.addLinear(x, kClasses, true);
    return g;
}

} // namespace edgefront
