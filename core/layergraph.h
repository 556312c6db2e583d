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

    std::vector<Layer> m_layers;
    TensorShape m_input;
    int m_inputBits = 32;
    qint8 m_stage = -1;
    qint8 m_block = -1;
    qint8 m_edge = -1;
    quint8 m_weightBits = 32;
    quint8 m_activationBits = 32;
};

} // namespace edgefront
