#pragma once
// The layers of one architecture in execution order, with shapes and exact counts.
//
// Counting follows Once-for-All's profiler (ofa/utils/flops_counter.py), the convention
// NAS-Bench-201 and most edge-NAS papers report: a convolution costs
// in_channels x output_elements x k x k / groups MACs, a linear layer in x out; biases add
// parameters but no MACs; batch normalisation is folded into the preceding convolution
// (no layer, no parameters); activations, pooling and adds cost no MACs but move bytes.
//
// Memory: a layer's activation bytes are its output tensor at its activation bit-width.
// The peak is the largest sum of simultaneously live tensors in execution order (a tensor
// lives from its producer to its last consumer; an activation whose input has no other
// consumer runs in place). Batch size 1 throughout.

#include "layer.h"

#include <span>
#include <utility>
#include <vector>

namespace edgefront {

struct CostTotals
{
    qint64 macs = 0;
    qint64 params = 0;
    qint64 weightBytes = 0;
    qint64 activationBytes = 0; // sum over layers of output bytes
    qint64 peakActivationBytes = 0;
};

// Options for LayerGraph::addConv; the layer type follows from kernel and groups.
struct ConvSpec
{
    LayerRole role = LayerRole::Stem;
    int outChannels = 0;
    int kernel = 1;
    int stride = 1;
    int groups = 1;
    bool bias = false;
};

// A convolution or pooling window with its own height and width, strides, dilations and
// explicit padding (begin and end per axis), as imported models give them. Output sizes
// follow ONNX: floor((in + pads - dilation x (kernel - 1) - 1) / stride) + 1, or the ceiling
// with ceilMode (pooling), where a last window that starts in the end padding is dropped.
struct WindowGeometry
{
    int kernelH = 1;
    int kernelW = 1;
    int strideH = 1;
    int strideW = 1;
    int dilationH = 1;
    int dilationW = 1;
    int padTop = 0;
    int padLeft = 0;
    int padBottom = 0;
    int padRight = 0;
    bool ceilMode = false;

    int outputHeight(int height) const;
    int outputWidth(int width) const;
};

class LayerGraph
{
public:
    static constexpr int kNetworkInput = -1;
    static constexpr int kNoInput = -2;

    explicit LayerGraph(TensorShape input = {}, int inputBits = 32);

    void reserve(int layers) { m_layers.reserve(size_t(layers)); }

    // Placement and precision applied to the layers added next.
    void setPosition(int stage, int block, int edge = -1);
    void setBits(int weightBits, int activationBits);

    // Builders: each appends one layer reading `input` (a layer index or kNetworkInput),
    // computes its output shape and counts, and returns the new layer's index.
    int addConv(int input, const ConvSpec &spec);
    int addActivation(int input, ActivationKind kind, LayerRole role);
    int addSqueezeExcite(int input, int hidden);
    int addPool(int input, int kernel, int stride, int padding, LayerRole role);
    int addGlobalPool(int input);
    int addAdd(int a, int b, LayerRole role);
    int addLinear(int input, int outFeatures, bool bias);
    int addZero(TensorShape shape, LayerRole role);

    // Builders for imported models (role Imported unless given). `in` is the (first) input as
    // the operator sees it: a view (reshape, flatten) may give the producer's output another
    // shape with the same elements; a layer may also read a constant (input kNoInput). Shapes
    // that follow an operator's own rules (broadcasting, concatenation, resize) are passed in.
    //
    // A convolution with `geometry` (spec.kernel and spec.stride are ignored). Its type:
    // depthwise when groups > 1 and groups == input channels, pointwise for 1x1, else conv
    // (grouped convolutions included).
    int addConv(int input, TensorShape in, const ConvSpec &spec, const WindowGeometry &geometry);
    // Windowed average (LayerType::Pooling) or max (LayerType::MaxPool) pooling.
    int addPool(int input, TensorShape in, LayerType type, const WindowGeometry &geometry);
    // Global average or max pooling over height and width.
    int addGlobalPool(int input, TensorShape in, LayerType type);
    // An average or max reduction to `out` (e.g. a mean over some axes).
    int addReduce(int input, TensorShape in, LayerType type, TensorShape out);
    // out = input x W (+ b) over the last axis: inFeatures -> outFeatures for each of
    // out.elements() / outFeatures rows; MACs rows x in x out.
    int addLinear(int input, TensorShape in, int inFeatures, int outFeatures, bool bias, TensorShape out);
    // Element-wise Add or Mul of `a` and `b` (b may be kNoInput: a constant operand holding
    // `params` values) with the broadcast shape `out`.
    int addElementwise(LayerType type, int a, TensorShape in, int b, TensorShape out, qint64 params = 0);
    // Element-wise function with `params` parameters (e.g. PRelu slopes).
    int addActivation(int input, TensorShape in, ActivationKind kind, qint64 params = 0);
    int addConcat(std::span<const int> inputs, TensorShape in, TensorShape out);
    int addResize(int input, TensorShape in, TensorShape out);
    int addSoftmax(int input, TensorShape in);
    int addCopy(int input, TensorShape in, TensorShape out);
    // An operator EdgeFront does not model: no MACs, no cost, output `out`.
    int addOther(std::span<const int> inputs, TensorShape in, TensorShape out);

    // Every tensor a layer reads (producer layer indices or kNetworkInput), in order.
    std::vector<int> inputsOf(int index) const;

    const std::vector<Layer> &layers() const { return m_layers; }
    const Layer &layer(int index) const { return m_layers[size_t(index)]; }
    int size() const { return int(m_layers.size()); }
    bool isEmpty() const { return m_layers.empty(); }
    TensorShape inputShape() const { return m_input; }
    int inputBits() const { return m_inputBits; }
    TensorShape shapeOf(int index) const;

    CostTotals totals() const;
    qint64 peakActivationBytes() const;

private:
    int append(Layer layer);
    int appendWithInputs(Layer layer, std::span<const int> inputs, TensorShape in);

    std::vector<Layer> m_layers;
    // Inputs beyond the second (Concat, Other): (layer, producer), in layer order.
    std::vector<std::pair<int, int>> m_extraInputs;
    TensorShape m_input;
    int m_inputBits = 32;
    qint8 m_stage = -1;
    qint8 m_block = -1;
    qint8 m_edge = -1;
    quint8 m_weightBits = 32;
    quint8 m_activationBits = 32;
};

} // namespace edgefront
