#pragma once
// One operation of an architecture's layer graph, with the shapes and counts that the cost
// model, the inspector and the ONNX exporter read. Plain data: building a graph must stay
// cheap (hundreds of thousands of graphs per second), so names are derived on demand.

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace edgefront {

enum class LayerType : quint8 {
    Conv,           // dense convolution (groups == 1, kernel > 1)
    Depthwise,      // groups == channels
    Pointwise,      // 1x1 dense convolution
    SqueezeExcite,  // global pool -> 1x1 reduce (+bias) -> relu -> 1x1 expand (+bias) -> h_sigmoid -> scale
    Activation,     // element-wise nonlinearity
    Pooling,        // average pooling (windowed or global)
    Add,            // element-wise sum of two tensors
    Linear,         // fully connected
    Zero,           // constant zero tensor (a NAS-Bench-201 node whose inputs are all `none`)
    // Imported models (OnnxGraphImport) add these; the design spaces do not use them.
    MaxPool,        // max pooling (windowed or global)
    Mul,            // element-wise product (two tensors, or a tensor and a constant)
    Concat,         // concatenation of two or more tensors (a memory move)
    Resize,         // up- or down-sampling (nearest, linear, ...)
    Softmax,        // softmax along one axis
    Copy,           // data movement without arithmetic: transpose, pad, slice, split
    Other,          // an operator EdgeFront does not model, imported on request at zero cost
};

enum class ActivationKind : quint8 {
    None, Relu, HSwish, HSigmoid,
    // Imported models add these.
    Relu6, Clip, Sigmoid, Tanh, LeakyRelu, Swish,
    Other, // any other element-wise function (Elu, Erf, Exp, PRelu, ...)
};

// What a layer does inside its network; with stage/block/edge it names the layer.
enum class LayerRole : quint8 {
    Stem,          // first convolution
    Expand,        // MBConv inverted bottleneck 1x1
    DepthwiseConv, // MBConv depthwise k x k
    SqueezeExcite, // MBConv squeeze-and-excite
    Project,       // MBConv point-linear 1x1
    Shortcut,      // residual add
    FinalExpand,   // OFA final 1x1 expand
    GlobalPool,
    FeatureMix,    // OFA 1x1 feature mix (no BN)
    Classifier,
    CellEdge,      // NAS-Bench-201 edge operation (edge = 0..5)
    CellNode,      // NAS-Bench-201 node sum / zero node (edge = node 1..3)
    ReductionA,    // NAS-Bench-201 residual block, 3x3 stride-2 branch
    ReductionB,    // NAS-Bench-201 residual block, second 3x3
    ReductionShortcutPool,
    ReductionShortcutConv,
    ReductionSum,
    LastAct,       // NAS-Bench-201 BN + ReLU before pooling
    Imported,      // a layer of an imported model (its name comes from the model)
};

struct TensorShape
{
    int c = 0;
    int h = 0;
    int w = 0;
    qint64 elements() const { return qint64(c) * h * w; }
    friend bool operator==(const TensorShape &, const TensorShape &) = default;
};

// Bytes of `count` values stored at `bits` each, rounded up to whole bytes.
inline qint64 bytesForBits(qint64 count, int bits) { return (count * bits + 7) / 8; }

struct Layer
{
    LayerType type = LayerType::Conv;
    LayerRole role = LayerRole::Stem;
    ActivationKind activation = ActivationKind::None;
    qint8 stage = -1; // network stage (OFA: 0 = stem and first block, 1..5 searchable, 6 head)
    qint8 block = -1; // block in stage (OFA) or cell in stage (NAS-Bench-201)
    qint8 edge = -1;  // NAS-Bench-201 edge (CellEdge) or node (CellNode)
    quint8 kernel = 1;
    quint8 stride = 1;
    quint8 weightBits = 32;     // bits per weight (32 = float32, 16 = float16, <= 8 integer)
    quint8 activationBits = 32; // bits per output activation
    bool bias = false;
    int groups = 1;
    int hidden = 0; // squeeze-excite bottleneck channels
    int input0 = -1; // producing layer of the (first) input; -1 = network input
    int input1 = -1; // second input of Add (and of Mul, Concat, Other when not kNoInput); more in
                     // LayerGraph::extraInputs
    TensorShape in;
    TensorShape out;
    qint64 macs = 0;
    qint64 params = 0;

    qint64 weightBytes() const { return bytesForBits(params, weightBits); }
    qint64 activationBytes() const { return bytesForBits(out.elements(), activationBits); }
};

QString layerTypeToString(LayerType type);
std::optional<LayerType> layerTypeFromString(QStringView name);
QString activationKindToString(ActivationKind kind);

// A readable, stable name such as "s2.b1.dw", "first_conv" or "cell1.4.e3.conv3x3".
QString layerName(const Layer &layer);

} // namespace edgefront
