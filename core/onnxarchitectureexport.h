#pragma once
// Any design of any space as a standard, runnable ONNX model: the network itself (not a
// predictor), with deterministic random weights, for deployment trials and for measuring
// real latency (see MeasurementKit).
//
// Contract:
//  - ONNX IR 8, opset 13 (default domain only). One input `input`, float32 NCHW
//    [1, 3, r, r] at the design's resolution (nb201: [1, 3, 32, 32]); one output `logits`,
//    float32 [1, classes] (1000 for ofa-mbv3, 10 for nb201).
//  - The graph is the layer graph (DesignSpace::layerGraph) node for node, so its MACs -
//    counted from its Conv and Gemm nodes as C_in/groups x k x k x output elements and
//    in x out - equal LayerGraph::totals().macs exactly:
//      conv / depthwise / pointwise  -> Conv (pads k/2, group); batch norm folded into the
//                                       weights and a bias (every conv but OFA's feature mix)
//      squeeze-excite                -> GlobalAveragePool, Conv(+bias), Relu, Conv(+bias),
//                                       HardSigmoid(1/6, 0.5), Mul
//      relu / h_swish / h_sigmoid    -> Relu / x * HardSigmoid(x) (HardSwish needs opset 14) /
//                                       HardSigmoid(alpha 1/6, beta 0.5)
//      pooling                       -> GlobalAveragePool, or AveragePool (count_include_pad 0)
//      add / linear / zero           -> Add / Flatten + Gemm(transB) / a zero initializer
//    NAS-Bench-201's batch norm after the last cell (it follows a sum, so it cannot be folded
//    into a convolution) is left out, as the layer graph leaves it out.
//  - Weights: He-uniform random values from `seed` (SplitMix64 per tensor, keyed by the tensor
//    name), batch-norm scale and shift random as well; the same (design, seed) gives the same
//    bytes on every machine.
//  - Precision (when options.quantize and a layer has fewer than 32 bits; -mp spaces):
//      8-bit  weights stored int8 (symmetric, per output channel) -> DequantizeLinear; the
//             layer's input activation -> QuantizeLinear -> DequantizeLinear (int8, zero
//             point 0, scale 4/127). This is ONNX's QDQ format: the weight's QuantizeLinear is
//             applied at export, as ONNX Runtime's quantizer writes it.
//      4-bit  opset 13 has only 8-bit QDQ: the same int8 pairs with 16 levels, weights
//             rounded to [-8, 7] x a per-channel scale, activations clipped to [-8, 7] x 4/7
//             (a Clip before QuantizeLinear).
//      16     float16: weights stored float16 -> Cast(float); the input activation is rounded
//             through Cast(float16) -> Cast(float). Arithmetic stays float32, so the model runs
//             on every ONNX Runtime provider (CPU kernels lack float16 Conv), with float16
//             values.
//    Biases stay float32.
//  - The bytes pass onnx::checker::check_model and strict ONNX shape inference before they
//    are returned; on failure: nullopt and *error (one line).
//  - metadata_props: edgefront_space, edgefront_key, edgefront_config (compact JSON),
//    edgefront_macs, edgefront_params (layer-graph counts), edgefront_seed, edgefront_precision.

#include "architecture.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace edgefront {

class DesignSpace;
class LayerGraph;

struct ArchitectureExportOptions
{
    quint64 seed = 0;
    QString inputName = QStringLiteral("input");
    QString outputName = QStringLiteral("logits");
    // Export quantized / float16 blocks as QDQ pairs / casts; false writes float32 throughout.
    bool quantize = true;

    // Names non-empty and different.
    bool isValid(QString *error) const;
};

std::optional<QByteArray> exportArchitectureOnnx(const DesignSpace &space, const Architecture &arch,
                                                 const ArchitectureExportOptions &options, QString *error);

// The same for a layer graph of any origin; `metadata` goes to metadata_props as given and
// `graphName` names the ONNX graph. The graph must end in a Linear layer.
std::optional<QByteArray> exportLayerGraphOnnx(const LayerGraph &graph, const QString &graphName,
                                               const QMap<QString, QString> &metadata,
                                               const ArchitectureExportOptions &options, QString *error);

} // namespace edgefront
