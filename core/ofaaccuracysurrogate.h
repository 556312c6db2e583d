#pragma once
// EdgeFront's built-in accuracy model for the ofa-mbv3 spaces: a surrogate of Once-for-All's
// published accuracy predictor (the MLP 128->400->400->400->1 of once-for-all's tutorial, for
// the ofa_mbv3_d234_e346_k357_w1.2 supernet), so that a fresh install draws accuracy fronts
// with nothing imported. Top-1 in percent, on the predictor's scale: it predicts accuracy on a
// 10k holdout of ImageNet *train*; OFA's published nets fine-tuned for 75 epochs score about
// 3.4 points below it on ImageNet val (ofa/specialized.csv).
//
//   accuracy = architecture term (fitted, ofaaccuracyconstants.h)
//            + width offset (w1.0 only) - quantization penalty (-mp spaces only)
//
// Architecture term: resolution bin + per-stage depth gains + per-block kernel and expand gains
// scaled by the block's position in its stage; 43 constants fitted ONLY to the predictor's
// outputs by core/data/fit_accuracy_surrogate.py (fit, form and quality in
// ofaaccuracyconstants.h). Against the predictor on its 200 reference rows, never fitted on:
// MAE 0.17 points, Spearman 0.984. Bigger depth, kernel, expand or resolution (from 160 up)
// never lowers it (the fit is constrained).
//
// Resolutions 128..159: the predictor scores them ABOVE 160..175 (its 16-pixel bins below 160
// are outside the resolutions once-for-all's tutorial searches, {160,...,224}). AsPredictor
// keeps that, as a surrogate must; Extrapolated continues the 160 -> 176 step downwards
// (monotone, an estimate; 3.5-4.4 points below the predictor there), for believable fronts.
// Other resolutions read as the nearest bin (r > 239, e.g. OFA's 240-260 px nets, as 224..239).
//
// Width offset (an estimate): the predictor knows w1.2 only. OFA's published specialized nets
// fine-tuned for 75 epochs (r <= 224) fall short of the predictor's estimate for their config by
// 3.44 points on average for w1.2 (6 nets, 3.22..3.64) and 4.90 for w1.0
// (pixel1_lat@58ms_top1@76.9_finetune@75), so w1.0 scores 1.5 points below the same w1.2
// config (OFA README / han-cai/files net names; derived in the fitting script). Linear in the
// width multiplier between 1.0 and 1.2, clamped outside.
//
// Quantization penalty (-mp spaces; estimates from published results, not fitted). Each active
// block loses, in points, by its precision (precisionForBits; bits 0 = float32) and stage:
//
//                 stage 1  stage 2  stage 3  stage 4  stage 5
//   fp32, fp16        0        0        0        0        0
//   int8            0.02     0.01     0.01     0.01     0.02    all-int8 net: 0.14 .. 0.28
//   int4            0.35     0.20     0.15     0.20     0.35    all-int4 net: 2.5 .. 5.0
//   (all-x nets: 10 .. 20 active blocks)
//
// summed over active blocks and clamped at 10.5 points. Sources:
//  - fp16 is lossless: networks trained and run in fp16 match fp32 ImageNet top-1
//    (Micikevicius et al., "Mixed Precision Training", ICLR 2018).
//  - int8 nearly so: 8-bit post-training quantization keeps CNNs within 2 points of float and
//    quantization-aware training within 1 (Krishnamoorthi, arXiv:1806.08342, 2018); HAQ's
//    published MobileNetV2 policy, mostly 4-7 bits with the first and last layers at 8 bits,
//    loses only 0.82 (72.05 -> 71.23 top-1; mit-han-lab/haq README). The stem, first block,
//    final expand and classifier stay at 8 bits here (OfaMbv3Network::kFixedLayerBits).
//  - int4 costs points: HAQ (Wang et al., CVPR 2019; latency-constrained, edge accelerator)
//    reports MobileNetV2 71.87 float -> 61.39 with uniform 4-bit PACT and 66.99 with HAQ's
//    mixed policy at the same latency (-10.5 / -4.9). An all-int4 OFA net here loses 2.5-5.0,
//    at or below HAQ's mixed-policy loss, as its stem and classifier stay at 8 bits and OFA
//    subnets are fine-tuned after quantization (APQ, Wang et al., CVPR 2020: mixed
//    {4,6,8}-bit OFA subnets at 72.8-75.1% top-1; mit-han-lab/apq README). The clamp is HAQ's
//    uniform 4-bit loss; with this table it never binds (at most 5.0).
//  - Early and late blocks are more sensitive: HAQ's policies keep the first and last layers
//    at 8 bits; stage 1 runs the highest resolution on the fewest channels, stage 5 feeds the
//    classifier.

#include "architecture.h"
#include "ofambv3network.h"

#include <QString>

#include <span>
#include <vector>

namespace edgefront {

class OfaMbv3Space;

class OfaAccuracySurrogate
{
public:
    // How resolutions 128..159 are scored (see above).
    enum class LowResolution : quint8 { AsPredictor, Extrapolated };

    explicit OfaAccuracySurrogate(double widthMultiplier = 1.2,
                                  LowResolution lowResolution = LowResolution::AsPredictor);

    double widthMultiplier() const { return m_widthMultiplier; }
    LowResolution lowResolution() const { return m_lowResolution; }

    // Top-1 in percent of `net` at this surrogate's width.
    double predictPercent(const OfaMbv3Subnet &net) const;
    // The same for many architectures of `space`, at the space's width (not this surrogate's).
    std::vector<double> predictPercent(const OfaMbv3Space &space,
                                       std::span<const Architecture> archs) const;

    // The parts: the fitted w1.2 float term, the width offset (<= 0) and the quantization
    // penalty (>= 0).
    double architecturePercent(const OfaMbv3Subnet &net) const;
    static double widthOffsetPoints(double widthMultiplier);
    static double quantizationPenaltyPoints(const OfaMbv3Subnet &net);
    static double blockQuantizationPenaltyPoints(int bits, int stage);

    // "surrogate of Once-for-All's accuracy predictor (fitted to its outputs; 43 constants) ..."
    static QString provenance();
    static int fittedConstantCount();

private:
    double predict(const OfaMbv3Subnet &net, double widthMultiplier) const;

    double m_widthMultiplier;
    LowResolution m_lowResolution;
};

} // namespace edgefront
