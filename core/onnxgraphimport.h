#pragma once
// A CNN read from an ONNX file as EdgeFront's layer graph, so that its latency, energy and
// memory can be predicted on every device like any design of a space.
//
// Contract:
//  - importOnnxModel() parses the ModelProto (libonnx protobuf), checks it with EdgeFront's own
//    rules (never the ONNX checker alone), infers every tensor's shape from the graph input
//    and the operators' attributes and constant inputs, and returns the layer graph, or
//    std::nullopt with one line that starts with the source and names the node, e.g.
//      net.onnx: node 7 ("conv2"): weight 'conv2.weight' is not defined (missing initializer?)
//    Nodes are counted from 0 in file order. Nothing is half-imported.
//  - The input: the one graph input that is not an initializer, float32 or float16, rank 2-6,
//    taken as batch 1 (a dynamic or other batch becomes 1). Other dynamic dimensions need
//    ImportOptions::inputShape. Zero, negative or too large dimensions are errors.
//  - Layers (execution order, topologically sorted; every node is imported, also one that no
//    graph output depends on, as PyTorch and a plain runtime compute it; a warning counts them):
//    Conv (1-D/2-D, grouped, depthwise, dilated, any padding or auto_pad) with a
//    following BatchNormalization folded in (its shift becomes the conv's bias: Cout
//    parameters); Gemm and MatMul by a constant (Linear; a following Add of a constant bias is
//    folded in); MaxPool, AveragePool, GlobalAverage/MaxPool, ReduceMean/Max/Sum (pooling);
//    a Conv or pooling whose input is a constant reads it like a weight (no producer);
//    Relu, Clip, HardSigmoid, HardSwish, Sigmoid, Tanh, LeakyRelu, PRelu and other element-wise
//    functions (activation; x * HardSigmoid(x) is one h_swish, x * Sigmoid(x) one swish);
//    Add/Sub, Mul/Div (element-wise, with broadcasting; a constant operand's values are
//    parameters when it has more than one); a BatchNormalization that follows no
//    convolution (Mul, 2 x C parameters); Concat; Resize/Upsample with constant scales or
//    sizes; Softmax/LogSoftmax; Transpose, Pad, Slice, Split, Gather, Expand, Tile,
//    DepthToSpace, SpaceToDepth (Copy). Reshape, Flatten, Squeeze, Unsqueeze, Identity,
//    Dropout, Cast, QuantizeLinear, DequantizeLinear (the bits come from ImportOptions) and a
//    Transpose that only moves size-1 axes are views (no layer).
//    Shape arithmetic on constants (Shape, Gather, Concat, Slice, Cast, Constant,
//    ConstantOfShape, Add/Sub/Mul/Div, ...) is folded.
//  - Counting as LayerGraph: conv MACs = C_in / groups x C_out x kH x kW x H_out x W_out,
//    linear MACs = rows x in x out, element-wise layers no MACs.
//  - Operators outside that list, and uses of listed ones EdgeFront cannot cost (e.g. a
//    Conv whose weight is computed), are unsupported. By default the import fails and the
//    error lists every one (node index, name, operator). With allowUnsupported they become
//    zero-cost LayerType::Other layers whose outputs take the shape of their first computed
//    input, listed in ImportedModel::unsupported and in a warning.
//  - Hostile input is rejected, never crashes and never allocates in proportion to claimed
//    sizes: files over kMaxFileBytes, truncated or garbage bytes, more than kMaxNodes nodes,
//    cycles, tensors referenced but defined nowhere (missing initializers), tensors defined
//    twice, tensors over kMaxTensorElements elements or with 64-bit overflowing dimensions,
//    more than kMaxMacs MACs in total, initializer data that does not match its shape.
//    Weights stored as external data are accepted without being read (only shapes matter).

#include "analyticcostmodel.h"
#include "deviceprofile.h"
#include "layergraph.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace edgefront {

struct ImportOptions
{
    // The input's dimensions (batch first; the batch must be 1); empty: from the model.
    // Needed when the model's spatial dimensions are dynamic; must agree with fixed ones.
    std::vector<qint64> inputShape;
    // Import unsupported operators as zero-cost Other layers instead of failing.
    bool allowUnsupported = false;
    // Bits per weight and activation of every layer: 32, 16, 8 or 4; 0 = as stored
    // (float16 input: 16, else 32).
    int bits = 0;

    bool isValid(QString *error) const;
};

// An ONNX node EdgeFront does not model.
struct UnsupportedNode
{
    int index = -1;  // node index in the file
    QString name;    // the node's name (may be empty)
    QString op;      // operator type, with its domain when not the default one
    QString reason;  // e.g. "operator LRN is not supported"
};

struct ImportedModel
{
    QString source;
    QString producer;       // producer name and version
    qint64 opsetVersion = 0;
    QString inputName;
    std::vector<qint64> inputShape; // as imported (batch 1)
    LayerGraph graph;
    QStringList layerNames;  // per layer: the ONNX node's name, or "node N" when it has none
    QStringList layerOps;    // per layer: the ONNX operators it stands for, e.g. "Conv+BatchNormalization"
    qint64 macs = 0;         // graph.totals().macs
    qint64 params = 0;       // graph.totals().params
    int nodeCount = 0;       // nodes in the file
    std::vector<UnsupportedNode> unsupported; // imported as Other layers (allowUnsupported)
    QStringList warnings;
};

constexpr qint64 kOnnxImportMaxFileBytes = 1024ll * 1024 * 1024;
constexpr int kOnnxImportMaxNodes = 100'000;
constexpr qint64 kOnnxImportMaxTensorElements = 1'000'000'000;
constexpr qint64 kOnnxImportMaxMacs = 10'000'000'000'000; // 1e13

std::optional<ImportedModel> importOnnxModel(const QString &path, const ImportOptions &options, QString *error);
// `source` names the model in messages (usually its file name).
std::optional<ImportedModel> importOnnxModel(const QByteArray &bytes, const QString &source,
                                             const ImportOptions &options, QString *error);

// The predicted cost of an imported model on `device` (perLayer fills NetworkCost::layers):
// the analytic cost model of virtual and calibrated devices. Lookup-table and measured devices
// know only the designs of their tables and measurements: nullopt and *why.
std::optional<NetworkCost> predictImportedModel(const ImportedModel &model, const DeviceProfile &device,
                                                bool perLayer, QString *why);

} // namespace edgefront
