#pragma once
// Once-for-All's MobileNetV3 supernet (Cai et al., ICLR 2020; mit-han-lab/once-for-all,
// OFAMobileNetV3) and the layer graph of one of its subnets.
//
// Structure: first conv 3x3/2 (h_swish) -> first block (depthwise 3x3, expand 1, relu) ->
// 5 stages of up to 4 MBConv blocks (strides 2,2,2,1,2; relu, relu, h_swish, h_swish,
// h_swish; squeeze-excite in stages 2, 4, 5) -> final 1x1 expand (h_swish) -> global pool ->
// 1x1 feature mix (no BN, h_swish) -> linear classifier (1000 classes).
// Channel widths are the base widths [16, 16, 24, 40, 80, 112, 160, 960, 1280] times the
// width multiplier, made divisible by 8 (OFA's make_divisible).

#include "layergraph.h"

#include <array>

namespace edgefront {

struct OfaMbv3Subnet
{
    static constexpr int kStages = 5;
    static constexpr int kBlocksPerStage = 4;
    static constexpr int kBlocks = kStages * kBlocksPerStage;

    std::array<int, kBlocks> ks{};  // kernel per block slot (3, 5, 7)
    std::array<int, kBlocks> e{};   // expand ratio per block slot (3, 4, 6)
    std::array<int, kStages> d{};   // active depth per stage (2, 3, 4)
    int r = 224;                    // square input resolution
    // Bit-width per block slot (4, 8 integer; 16 float16), or all 0 for a float32 network.
    std::array<int, kBlocks> bits{};

    static bool isActive(const std::array<int, kStages> &depths, int slot)
    {
        return slot % kBlocksPerStage < depths[size_t(slot / kBlocksPerStage)];
    }
    bool isQuantized() const { return bits[0] != 0; }
};

class OfaMbv3Network
{
public:
    // widthMultiplier: 1.0 or 1.2 (any positive value builds).
    explicit OfaMbv3Network(double widthMultiplier);

    // Once-for-All's make_divisible(v, divisor) with min_val = divisor.
    static int makeDivisible(double value, int divisor = 8);

    double widthMultiplier() const { return m_widthMultiplier; }
    // Channels: [first conv, first block, stage 1..5, final expand, feature mix].
    const std::array<int, 9> &widths() const { return m_widths; }
    static constexpr int kClasses = 1000;
    // Bits of the layers outside the searchable blocks in a quantized network.
    static constexpr int kFixedLayerBits = 8;

    // The subnet's layers. The subnet is not range-checked: any resolution >= 32 and any
    // kernel/expand value builds (e.g. Once-for-All's published 236-pixel net).
    LayerGraph build(const OfaMbv3Subnet &subnet) const;

private:
    double m_widthMultiplier;
    std::array<int, 9> m_widths{};
};

} // namespace edgefront
