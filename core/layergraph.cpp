#include "layergraph.h"

#include <algorithm>

namespace edgefront {

namespace {

// Output size of a convolution or pooling window (PyTorch's floor formula).
int windowOutput(int size, int kernel, int stride, int padding)
{
    return (size + 2 * padding - kernel) / stride + 1;
}

// ONNX's window output size (64-bit, so that callers may check any int geometry first).
int windowOutput(int size, int kernel, int stride, int dilation, int padBegin, int padEnd, bool ceilMode)
{
    const qint64 span = qint64(dilation) * (kernel - 1) + 1;
    const qint64 room = qint64(size) + padBegin + padEnd - span;
    if (room < 0 || stride <= 0)
        return 0;
    qint64 out = (ceilMode ? (room + stride - 1) / stride : room / stride) + 1;
    // A last window that would start inside the end padding is dropped (PyTorch, ONNX >= 19).
    if (ceilMode && (out - 1) * stride >= qint64(size) + padBegin)
        --out;
    return int(out);
}

quint8 clampToByte(int value)
{
    return quint8(std::clamp(value, 0, 255));
}

bool readsSecondInput(const Layer &l)
{
    switch (l.type) {
    case LayerType::Add:
    case LayerType::Mul:
    case LayerType::Concat:
    case LayerType::Other:
        return l.input1 >= LayerGraph::kNetworkInput;
    default:
        return false;
    }
}

} // namespace

int WindowGeometry::outputHeight(int height) const
{
    return windowOutput(height, kernelH, strideH, dilationH, padTop, padBottom, ceilMode);
}

int WindowGeometry::outputWidth(int width) const
{
    return windowOutput(width, kernelW, strideW, dilationW, padLeft, padRight, ceilMode);
}

LayerGraph::LayerGraph(TensorShape input, int inputBits)
    : m_input(input)
    , m_inputBits(inputBits)
{
}

void LayerGraph::setPosition(int stage, int block, int edge)
{
    m_stage = qint8(stage);
    m_block = qint8(block);
    m_edge = qint8(edge);
}

void LayerGraph::setBits(int weightBits, int activationBits)
{
    m_weightBits = quint8(weightBits);
    m_activationBits = quint8(activationBits);
}

TensorShape LayerGraph::shapeOf(int index) const
{
    return index == kNetworkInput ? m_input : m_layers[size_t(index)].out;
}

int LayerGraph::append(Layer layer)
{
    layer.stage = m_stage;
    layer.block = m_block;
    if (layer.edge < 0)
        layer.edge = m_edge;
    layer.weightBits = m_weightBits;
    layer.activationBits = m_activationBits;
    m_layers.push_back(layer);
    return int(m_layers.size()) - 1;
}

int LayerGraph::addConv(int input, const ConvSpec &spec)
{
    Layer l;
    l.in = shapeOf(input);
    l.input0 = input;
    l.role = spec.role;
    l.kernel = quint8(spec.kernel);
    l.stride = quint8(spec.stride);
    l.groups = spec.groups;
    l.bias = spec.bias;
    const int pad = spec.kernel / 2;
    l.out = {spec.outChannels, windowOutput(l.in.h, spec.kernel, spec.stride, pad),
             windowOutput(l.in.w, spec.kernel, spec.stride, pad)};
    if (spec.groups > 1)
        l.type = LayerType::Depthwise;
    else
        l.type = spec.kernel == 1 ? LayerType::Pointwise : LayerType::Conv;
    const qint64 kernelOps = qint64(spec.kernel) * spec.kernel;
    l.macs = qint64(l.in.c) * l.out.elements() * kernelOps / spec.groups;
    l.params = qint64(l.in.c / spec.groups) * spec.outChannels * kernelOps
               + (spec.bias ? spec.outChannels : 0);
    return append(l);
}

int LayerGraph::addActivation(int input, ActivationKind kind, LayerRole role)
{
    Layer l;
    l.type = LayerType::Activation;
    l.role = role;
    l.activation = kind;
    l.input0 = input;
    l.in = l.out = shapeOf(input);
    return append(l);
}

int LayerGraph::addSqueezeExcite(int input, int hidden)
{
    Layer l;
    l.type = LayerType::SqueezeExcite;
    l.role = LayerRole::SqueezeExcite;
    l.input0 = input;
    l.in = l.out = shapeOf(input);
    l.hidden = hidden;
    l.bias = true;
    const qint64 c = l.in.c;
    // reduce (c -> hidden) and expand (hidden -> c) 1x1 convolutions on the pooled 1x1 map.
    l.macs = 2 * c * hidden;
    l.params = c * hidden + hidden + hidden * c + c;
    return append(l);
}

int LayerGraph::addPool(int input, int kernel, int stride, int padding, LayerRole role)
{
    Layer l;
    l.type = LayerType::Pooling;
    l.role = role;
    l.input0 = input;
    l.in = shapeOf(input);
    l.kernel = quint8(kernel);
    l.stride = quint8(stride);
    l.out = {l.in.c, windowOutput(l.in.h, kernel, stride, padding),
             windowOutput(l.in.w, kernel, stride, padding)};
    return append(l);
}

int LayerGraph::addGlobalPool(int input)
{
    Layer l;
    l.type = LayerType::Pooling;
    l.role = LayerRole::GlobalPool;
    l.input0 = input;
    l.in = shapeOf(input);
    l.kernel = quint8(std::min(l.in.h, 255));
    l.stride = 1;
    l.out = {l.in.c, 1, 1};
    return append(l);
}

int LayerGraph::addAdd(int a, int b, LayerRole role)
{
    Layer l;
    l.type = LayerType::Add;
    l.role = role;
    l.input0 = a;
    l.input1 = b;
    l.in = l.out = shapeOf(a);
    return append(l);
}

int LayerGraph::addLinear(int input, int outFeatures, bool bias)
{
    Layer l;
    l.type = LayerType::Linear;
    l.role = LayerRole::Classifier;
    l.input0 = input;
    l.in = shapeOf(input);
    l.out = {outFeatures, 1, 1};
    l.bias = bias;
    l.macs = l.in.elements() * outFeatures;
    l.params = l.in.elements() * outFeatures + (bias ? outFeatures : 0);
    return append(l);
}

int LayerGraph::addZero(TensorShape shape, LayerRole role)
{
    Layer l;
    l.type = LayerType::Zero;
    l.role = role;
    l.input0 = kNoInput; // reads nothing
    l.in = l.out = shape;
    return append(l);
}

int LayerGraph::addConv(int input, TensorShape in, const ConvSpec &spec, const WindowGeometry &geometry)
{
    Layer l;
    l.in = in;
    l.input0 = input;
    l.role = spec.role;
    l.kernel = clampToByte(std::max(geometry.kernelH, geometry.kernelW));
    l.stride = clampToByte(std::max(geometry.strideH, geometry.strideW));
    l.groups = spec.groups;
    l.bias = spec.bias;
    l.out = {spec.outChannels, geometry.outputHeight(l.in.h), geometry.outputWidth(l.in.w)};
    if (spec.groups > 1 && spec.groups == l.in.c)
        l.type = LayerType::Depthwise;
    else
        l.type = geometry.kernelH == 1 && geometry.kernelW == 1 ? LayerType::Pointwise : LayerType::Conv;
    const qint64 kernelOps = qint64(geometry.kernelH) * geometry.kernelW;
    l.macs = qint64(l.in.c) * l.out.elements() * kernelOps / spec.groups;
    l.params = qint64(l.in.c / spec.groups) * spec.outChannels * kernelOps + (spec.bias ? spec.outChannels : 0);
    return append(l);
}

int LayerGraph::addPool(int input, TensorShape in, LayerType type, const WindowGeometry &geometry)
{
    Layer l;
    l.type = type;
    l.role = LayerRole::Imported;
    l.input0 = input;
    l.in = in;
    l.kernel = clampToByte(std::max(geometry.kernelH, geometry.kernelW));
    l.stride = clampToByte(std::max(geometry.strideH, geometry.strideW));
    l.out = {l.in.c, geometry.outputHeight(l.in.h), geometry.outputWidth(l.in.w)};
    return append(l);
}

int LayerGraph::addGlobalPool(int input, TensorShape in, LayerType type)
{
    Layer l;
    l.type = type;
    l.role = LayerRole::Imported;
    l.input0 = input;
    l.in = in;
    l.kernel = clampToByte(l.in.h);
    l.stride = 1;
    l.out = {l.in.c, 1, 1};
    return append(l);
}

int LayerGraph::addReduce(int input, TensorShape in, LayerType type, TensorShape out)
{
    Layer l;
    l.type = type;
    l.role = LayerRole::Imported;
    l.input0 = input;
    l.in = in;
    l.out = out;
    l.kernel = clampToByte(int(std::min<qint64>(l.in.elements() / std::max<qint64>(out.elements(), 1), 255)));
    return append(l);
}

int LayerGraph::addLinear(int input, TensorShape in, int inFeatures, int outFeatures, bool bias, TensorShape out)
{
    Layer l;
    l.type = LayerType::Linear;
    l.role = LayerRole::Imported;
    l.input0 = input;
    l.in = in;
    l.out = out;
    l.bias = bias;
    const qint64 rows = outFeatures > 0 ? out.elements() / outFeatures : 0;
    l.macs = rows * inFeatures * outFeatures;
    l.params = qint64(inFeatures) * outFeatures + (bias ? outFeatures : 0);
    return append(l);
}

int LayerGraph::addElementwise(LayerType type, int a, TensorShape in, int b, TensorShape out, qint64 params)
{
    Layer l;
    l.type = type;
    l.role = LayerRole::Imported;
    l.input0 = a;
    l.input1 = b;
    l.in = in;
    l.out = out;
    l.params = params;
    return append(l);
}

int LayerGraph::addActivation(int input, TensorShape in, ActivationKind kind, qint64 params)
{
    Layer l;
    l.type = LayerType::Activation;
    l.role = LayerRole::Imported;
    l.activation = kind;
    l.input0 = input;
    l.in = l.out = in;
    l.params = params;
    return append(l);
}

int LayerGraph::addConcat(std::span<const int> inputs, TensorShape in, TensorShape out)
{
    Layer l;
    l.type = LayerType::Concat;
    l.role = LayerRole::Imported;
    l.out = out;
    return appendWithInputs(l, inputs, in);
}

int LayerGraph::addResize(int input, TensorShape in, TensorShape out)
{
    Layer l;
    l.type = LayerType::Resize;
    l.role = LayerRole::Imported;
    l.input0 = input;
    l.in = in;
    l.out = out;
    return append(l);
}

int LayerGraph::addSoftmax(int input, TensorShape in)
{
    Layer l;
    l.type = LayerType::Softmax;
    l.role = LayerRole::Imported;
    l.input0 = input;
    l.in = l.out = in;
    return append(l);
}

int LayerGraph::addCopy(int input, TensorShape in, TensorShape out)
{
    Layer l;
    l.type = LayerType::Copy;
    l.role = LayerRole::Imported;
    l.input0 = input;
    l.in = in;
    l.out = out;
    return append(l);
}

int LayerGraph::addOther(std::span<const int> inputs, TensorShape in, TensorShape out)
{
    Layer l;
    l.type = LayerType::Other;
    l.role = LayerRole::Imported;
    l.out = out;
    return appendWithInputs(l, inputs, in);
}

int LayerGraph::appendWithInputs(Layer layer, std::span<const int> inputs, TensorShape in)
{
    layer.input0 = inputs.empty() ? kNoInput : inputs[0];
    layer.input1 = inputs.size() > 1 ? inputs[1] : kNoInput;
    layer.in = in;
    const int index = append(layer);
    for (size_t i = 2; i < inputs.size(); ++i)
        m_extraInputs.emplace_back(index, inputs[i]);
    return index;
}

std::vector<int> LayerGraph::inputsOf(int index) const
{
    const Layer &l = m_layers[size_t(index)];
    std::vector<int> inputs;
    if (l.input0 >= kNetworkInput)
        inputs.push_back(l.input0);
    if (readsSecondInput(l))
        inputs.push_back(l.input1);
    const auto first = std::lower_bound(m_extraInputs.begin(), m_extraInputs.end(), std::make_pair(index, kNoInput - 1));
    for (auto it = first; it != m_extraInputs.end() && it->first == index; ++it)
        inputs.push_back(it->second);
    return inputs;
}

CostTotals LayerGraph::totals() const
{
    CostTotals t;
    for (const Layer &l : m_layers) {
        t.macs += l.macs;
        t.params += l.params;
        t.weightBytes += l.weightBytes();
        t.activationBytes += l.activationBytes();
    }
    t.peakActivationBytes = peakActivationBytes();
    return t;
}

qint64 LayerGraph::peakActivationBytes() const
{
    // Tensor t + 1 is the output of layer t; tensor 0 is the network input.
    const int n = int(m_layers.size());
    if (n == 0)
        return bytesForBits(m_input.elements(), m_inputBits);
    std::vector<int> consumers(size_t(n) + 1, 0);
    auto tensorOf = [](int producer) { return producer + 1; };
    for (const Layer &l : m_layers) {
        if (l.input0 >= -1)
            ++consumers[size_t(tensorOf(l.input0))];
        if (readsSecondInput(l))
            ++consumers[size_t(tensorOf(l.input1))];
    }
    for (const auto &[layer, producer] : m_extraInputs)
        ++consumers[size_t(tensorOf(producer))];
    auto extra = m_extraInputs.begin();
    // buffer[t]: the tensor whose memory t occupies (itself unless computed in place).
    std::vector<int> buffer(size_t(n) + 1);
    std::vector<qint64> bytes(size_t(n) + 1, 0);
    std::vector<int> lastUse(size_t(n) + 1, -1);
    buffer[0] = 0;
    bytes[0] = bytesForBits(m_input.elements(), m_inputBits);
    for (int i = 0; i < n; ++i) {
        const Layer &l = m_layers[size_t(i)];
        const int t = tensorOf(i);
        auto use = [&](int producer) {
            const int b = buffer[size_t(tensorOf(producer))];
            lastUse[size_t(b)] = std::max(lastUse[size_t(b)], i);
        };
        if (l.input0 >= -1)
            use(l.input0);
        if (readsSecondInput(l))
            use(l.input1);
        for (; extra != m_extraInputs.end() && extra->first == i; ++extra)
            use(extra->second);
        const bool inPlace = l.type == LayerType::Activation && l.input0 >= -1
                             && consumers[size_t(tensorOf(l.input0))] == 1;
        buffer[size_t(t)] = inPlace ? buffer[size_t(tensorOf(l.input0))] : t;
        if (!inPlace)
            bytes[size_t(t)] = l.activationBytes();
        lastUse[size_t(buffer[size_t(t)])] = std::max(lastUse[size_t(buffer[size_t(t)])], i);
    }
    lastUse[size_t(buffer[size_t(n)])] = n; // the network output stays live to the end

    // Sweep: buffer b is live from its creation step to lastUse[b] (inclusive).
    std::vector<qint64> freedAfter(size_t(n) + 1, 0);
    for (int b = 0; b <= n; ++b) {
        if (bytes[size_t(b)] > 0 && lastUse[size_t(b)] >= 0 && lastUse[size_t(b)] < n)
            freedAfter[size_t(lastUse[size_t(b)])] += bytes[size_t(b)];
    }
    qint64 live = bytes[0];
    qint64 peak = live;
    for (int i = 0; i < n; ++i) {
        live += bytes[size_t(tensorOf(i))];
        peak = std::max(peak, live);
        live -= freedAfter[size_t(i)];
    }
    return peak;
}

} // namespace edgefront
