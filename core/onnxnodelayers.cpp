// OnnxNodeImporter's operators that compute: convolutions, matrix products, pooling,
// activations, element-wise arithmetic, normalisation, softmax and resizing (the constants
// and views are in onnxnodeimporter.cpp).

#include "onnxnodeimporter.h"

#include "onnxgraphimport.h"

#include <onnx/onnx_pb.h>

#include <cmath>
#include <limits>

namespace edgefront {

namespace {

QString qs(const std::string &s)
{
    return onnxText(s);
}

std::optional<ActivationKind> activationOf(const std::string &op)
{
    if (op == "Relu")
        return ActivationKind::Relu;
    if (op == "Sigmoid")
        return ActivationKind::Sigmoid;
    if (op == "Tanh")
        return ActivationKind::Tanh;
    if (op == "LeakyRelu" || op == "PRelu")
        return ActivationKind::LeakyRelu;
    if (op == "HardSigmoid")
        return ActivationKind::HSigmoid;
    if (op == "HardSwish")
        return ActivationKind::HSwish;
    return ActivationKind::Other;
}

} // namespace

bool OnnxNodeImporter::readWindow(const OnnxShape &input, const std::vector<qint64> &weightKernel, bool pooling,
                                  Window *window)
{
    const size_t spatial = input.size() - 2;
    std::vector<qint64> kernel, strides, dilations, pads;
    const bool hasKernel = intsAttribute("kernel_shape", &kernel);
    if (!weightKernel.empty()) {
        if (hasKernel && kernel != weightKernel) {
            m_message = QStringLiteral("kernel_shape %1 differs from the weight's %2")
                            .arg(onnxShapeString(kernel), onnxShapeString(weightKernel));
            return false;
        }
        kernel = weightKernel;
    } else if (!hasKernel) {
        m_message = QStringLiteral("kernel_shape is missing");
        return false;
    }
    if (!intsAttribute("strides", &strides))
        strides.assign(spatial, 1);
    if (!intsAttribute("dilations", &dilations))
        dilations.assign(spatial, 1);
    if (!intsAttribute("pads", &pads))
        pads.assign(2 * spatial, 0);
    if (kernel.size() != spatial || strides.size() != spatial || dilations.size() != spatial || pads.size() != 2 * spatial) {
        m_message = QStringLiteral("kernel_shape, strides, dilations or pads do not have %1 entries for input %2")
                        .arg(spatial).arg(onnxShapeString(input));
        return false;
    }
    auto inRange = [](const std::vector<qint64> &values, qint64 low) {
        return std::all_of(values.begin(), values.end(), [low](qint64 v) { return v >= low && v <= kMaxWindowValue; });
    };
    if (!inRange(kernel, 1) || !inRange(strides, 1) || !inRange(dilations, 1) || !inRange(pads, 0)) {
        m_message = QStringLiteral("kernel %1, strides %2, dilations %3 or pads %4 out of range")
                        .arg(onnxShapeString(kernel), onnxShapeString(strides), onnxShapeString(dilations), onnxShapeString(pads));
        return false;
    }
    const std::string autoPad = stringAttribute("auto_pad", "NOTSET");
    const bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
    if (autoPad == "VALID") {
        pads.assign(2 * spatial, 0);
    } else if (same) {
        for (size_t a = 0; a < spatial; ++a) {
            const qint64 in = input[2 + a];
            const qint64 out = (in + strides[a] - 1) / strides[a];
            const qint64 total = std::max<qint64>(0, (out - 1) * strides[a] + (kernel[a] - 1) * dilations[a] + 1 - in);
            if (total > 2 * kMaxWindowValue) {
                m_message = QStringLiteral("auto_pad needs %1 padding").arg(total);
                return false;
            }
            const qint64 begin = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
            pads[a] = begin;
            pads[a + spatial] = total - begin;
        }
    } else if (autoPad != "NOTSET" && !autoPad.empty()) {
        m_message = QStringLiteral("auto_pad \"%1\" is not one of NOTSET, VALID, SAME_UPPER, SAME_LOWER").arg(qs(autoPad));
        return false;
    }
    WindowGeometry &g = window->geometry;
    g.kernelH = int(kernel[0]);
    g.strideH = int(strides[0]);
    g.dilationH = int(dilations[0]);
    g.padTop = int(pads[0]);
    g.padBottom = int(pads[spatial]);
    if (spatial == 2) {
        g.kernelW = int(kernel[1]);
        g.strideW = int(strides[1]);
        g.dilationW = int(dilations[1]);
        g.padLeft = int(pads[1]);
        g.padRight = int(pads[3]);
    }
    g.ceilMode = pooling && intAttribute("ceil_mode").value_or(0) != 0;
    window->spatialOut = {g.outputHeight(int(input[2]))};
    if (spatial == 2)
        window->spatialOut.push_back(g.outputWidth(int(input[3])));
    for (qint64 d : window->spatialOut) {
        if (d < 1) {
            m_message = QStringLiteral("the window (kernel %1, strides %2, dilations %3, pads %4) does not fit input %5")
                            .arg(onnxShapeString(kernel), onnxShapeString(strides), onnxShapeString(dilations),
                                 onnxShapeString(pads), onnxShapeString(input));
            return false;
        }
    }
    return true;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::conv()
{
    const OnnxTensorValue *x = in(0), *w = in(1), *b = in(2);
    if (!x || !w)
        return fail(QStringLiteral("Conv needs an input and a weight"));
    if (!w->isConstant())
        return unsupported(QStringLiteral("its weight is computed, not an initializer"));
    if (b && !b->isConstant())
        return unsupported(QStringLiteral("its bias is computed"));
    const int rank = int(x->shape.size());
    if (rank != 3 && rank != 4)
        return unsupported(QStringLiteral("only 1-D and 2-D convolutions are supported, not input %1").arg(onnxShapeString(x->shape)));
    if (x->shape[0] != 1)
        return unsupported(QStringLiteral("it convolves a batch of %1").arg(x->shape[0]));
    if (int(w->shape.size()) != rank)
        return fail(QStringLiteral("weight %1 does not fit input %2").arg(onnxShapeString(w->shape), onnxShapeString(x->shape)));
    const qint64 m = w->shape[0], perGroup = w->shape[1], c = x->shape[1];
    const qint64 group = intAttribute("group").value_or(1);
    if (m < 1 || perGroup < 1)
        return fail(QStringLiteral("weight %1 is empty").arg(onnxShapeString(w->shape)));
    if (group < 1 || group > c || perGroup * group != c)
        return fail(QStringLiteral("input %1 has %2 channels; weight %3 with group %4 needs %5")
                        .arg(onnxShapeString(x->shape)).arg(c).arg(onnxShapeString(w->shape)).arg(group).arg(perGroup * std::max<qint64>(group, 1)));
    if (m % group != 0)
        return fail(QStringLiteral("%1 output channels are not divisible by group %2").arg(m).arg(group));
    Window window;
    const std::vector<qint64> kernel(w->shape.begin() + 2, w->shape.end());
    if (!readWindow(x->shape, kernel, false, &window))
        return Outcome::Failed;
    if (b && b->elements() != m)
        return fail(QStringLiteral("bias %1 does not match %2 output channels").arg(onnxShapeString(b->shape)).arg(m));
    OnnxShape out{1, m};
    out.insert(out.end(), window.spatialOut.begin(), window.spatialOut.end());
    if (!checkShape(out))
        return Outcome::Failed;
    // The builder computes C x outputs x kernel before dividing by groups: all of it must fit.
    std::optional<qint64> product = checkedProduct(c, checkedElements(out, kOnnxImportMaxTensorElements).value_or(0));
    for (qint64 k : kernel)
        product = product ? checkedProduct(*product, k) : std::nullopt;
    if (!product || *product / group > kOnnxImportMaxMacs)
        return fail(QStringLiteral("the convolution of %1 by %2 to %3 has more than %4 MACs (limit)")
                        .arg(onnxShapeString(x->shape), onnxShapeString(w->shape), onnxShapeString(out))
                        .arg(double(kOnnxImportMaxMacs), 0, 'g', 3));
    // Batch normalisation that alone reads the output folds in: its shift becomes the bias.
    const int bn = soleConsumer(0, "BatchNormalization");
    bool fold = bn >= 0 && onlyFirstOutputUsed(bn) && m_nodes[size_t(bn)]->input_size() >= 5
                && m_nodes[size_t(bn)]->input(0) == outputName(0);
    for (int i = 1; fold && i < 5; ++i) {
        const OnnxTensorValue *p = find(m_nodes[size_t(bn)]->input(i));
        fold = p && p->isConstant() && p->elements() == m;
    }
    ConvSpec spec;
    spec.role = LayerRole::Imported;
    spec.outChannels = int(m);
    spec.groups = int(group);
    spec.bias = b || fold;
    // A constant input (e.g. a zero tensor) is read like a weight: the layer has no producer.
    const int layer = m_graph.addConv(x->isComputed() ? x->producer : LayerGraph::kNoInput, layerShapeOf(x->shape), spec,
                                      window.geometry);
    if (!record(layer, fold ? QStringLiteral("Conv+BatchNormalization") : QStringLiteral("Conv")) || !setComputed(0, out, layer))
        return Outcome::Failed;
    if (fold) {
        m_fused[size_t(bn)] = true;
        define(m_nodes[size_t(bn)]->output(0), m_values[outputName(0)]);
    }
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::gemm()
{
    const OnnxTensorValue *a = in(0), *b = in(1), *c = in(2);
    if (!a || !b)
        return fail(QStringLiteral("Gemm needs A and B"));
    if (b->isComputed())
        return unsupported(QStringLiteral("its B operand is computed, not a weight"));
    if (c && c->isComputed())
        return unsupported(QStringLiteral("its C operand is computed"));
    if (a->shape.size() != 2 || b->shape.size() != 2)
        return fail(QStringLiteral("Gemm needs 2-D A and B, got %1 and %2").arg(onnxShapeString(a->shape), onnxShapeString(b->shape)));
    const bool transA = intAttribute("transA").value_or(0) != 0;
    const bool transB = intAttribute("transB").value_or(0) != 0;
    const qint64 m = transA ? a->shape[1] : a->shape[0];
    const qint64 k = transA ? a->shape[0] : a->shape[1];
    const qint64 kb = transB ? b->shape[1] : b->shape[0];
    const qint64 n = transB ? b->shape[0] : b->shape[1];
    if (k != kb)
        return fail(QStringLiteral("inner dimensions differ: A %1 (transA %2), B %3 (transB %4)")
                        .arg(onnxShapeString(a->shape)).arg(int(transA)).arg(onnxShapeString(b->shape)).arg(int(transB)));
    const OnnxShape out{m, n};
    if (c) {
        const auto bc = broadcastShapes(c->shape, out);
        if (!bc || *bc != out)
            return fail(QStringLiteral("C %1 does not broadcast to %2").arg(onnxShapeString(c->shape), onnxShapeString(out)));
    }
    if (!a->isComputed()) {
        setConstant(0, constantWithShape(out, nullptr));
        return Outcome::Imported;
    }
    if (!checkShape(out))
        return Outcome::Failed;
    const auto macs = checkedProduct(checkedProduct(m, k).value_or(-1), n);
    if (!macs || *macs > kOnnxImportMaxMacs)
        return fail(QStringLiteral("%1 x %2 has more than %3 MACs (limit)").arg(onnxShapeString(a->shape), onnxShapeString(b->shape))
                        .arg(double(kOnnxImportMaxMacs), 0, 'g', 3));
    const int layer = m_graph.addLinear(a->producer, layerShapeOf(a->shape), int(k), int(n), c != nullptr, layerShapeOf(out));
    if (!record(layer, QStringLiteral("Gemm")) || !setComputed(0, out, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::matMul()
{
    const OnnxTensorValue *a = in(0), *b = in(1);
    if (!a || !b)
        return fail(QStringLiteral("MatMul needs two inputs"));
    if (b->isComputed())
        return unsupported(a->isComputed() ? QStringLiteral("it multiplies two computed tensors")
                                            : QStringLiteral("its second operand is computed, not a weight"));
    if (b->shape.empty() || b->shape.size() > 2)
        return unsupported(QStringLiteral("its constant operand %1 is not 1-D or 2-D").arg(onnxShapeString(b->shape)));
    if (a->shape.empty())
        return fail(QStringLiteral("MatMul of a scalar"));
    const qint64 k = a->shape.back();
    const qint64 n = b->shape.size() == 2 ? b->shape[1] : 1;
    if (b->shape[0] != k)
        return fail(QStringLiteral("inner dimensions differ: %1 and %2").arg(onnxShapeString(a->shape), onnxShapeString(b->shape)));
    OnnxShape out(a->shape.begin(), a->shape.end() - 1);
    if (b->shape.size() == 2)
        out.push_back(n);
    if (!a->isComputed()) {
        setConstant(0, constantWithShape(out, nullptr));
        return Outcome::Imported;
    }
    if (!checkShape(out))
        return Outcome::Failed;
    const qint64 rows = checkedElements(out, kOnnxImportMaxTensorElements).value_or(0) / n;
    const auto macs = checkedProduct(checkedProduct(rows, k).value_or(-1), n);
    if (!macs || *macs > kOnnxImportMaxMacs)
        return fail(QStringLiteral("%1 x %2 has more than %3 MACs (limit)").arg(onnxShapeString(a->shape), onnxShapeString(b->shape))
                        .arg(double(kOnnxImportMaxMacs), 0, 'g', 3));
    // An Add of a constant bias that alone reads the product folds in (nn.Linear on N-D input).
    const int add = soleConsumer(0, "Add");
    const OnnxTensorValue *bias = nullptr;
    if (add >= 0 && m_nodes[size_t(add)]->input_size() == 2) {
        const onnx::NodeProto &node = *m_nodes[size_t(add)];
        const std::string &other = node.input(0) == outputName(0) ? node.input(1) : node.input(0);
        bias = other == outputName(0) ? nullptr : find(other);
        const auto bc = bias ? broadcastShapes(out, bias->shape) : std::nullopt;
        if (!bias || !bias->isConstant() || bias->elements() != n || !bc || *bc != out)
            bias = nullptr;
    }
    const int layer = m_graph.addLinear(a->producer, layerShapeOf(a->shape), int(k), int(n), bias != nullptr, layerShapeOf(out));
    if (!record(layer, bias ? QStringLiteral("MatMul+Add") : QStringLiteral("MatMul")) || !setComputed(0, out, layer))
        return Outcome::Failed;
    if (bias) {
        m_fused[size_t(add)] = true;
        define(m_nodes[size_t(add)]->output(0), m_values[outputName(0)]);
    }
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::elementwise()
{
    const std::string &op = m_node->op_type();
    if (inputCount() == 1 && (op == "Sum" || op == "Max" || op == "Min" || op == "Mean"))
        return identity();
    if (inputCount() != 2)
        return unsupported(QStringLiteral("%1 of %2 tensors (two are supported)").arg(qs(op)).arg(inputCount()));
    const OnnxTensorValue *a = in(0), *b = in(1);
    if (!a || !b)
        return fail(QStringLiteral("%1 needs two inputs").arg(qs(op)));
    const auto shape = broadcastShapes(a->shape, b->shape);
    if (!shape)
        return fail(QStringLiteral("shapes %1 and %2 do not broadcast").arg(onnxShapeString(a->shape), onnxShapeString(b->shape)));
    if (!checkedElements(*shape, kOnnxImportMaxTensorElements))
        return fail(QStringLiteral("the result %1 is too large").arg(onnxShapeString(*shape)));
    if (!a->isComputed() && !b->isComputed()) {
        const char arithmetic = op == "Add" || op == "Sum" ? '+' : op == "Sub" ? '-' : op == "Mul" ? '*' : op == "Div" ? '/' : 0;
        setConstant(0, arithmetic ? arithmeticConstant(*a, *b, arithmetic, *shape) : constantWithShape(*shape, nullptr));
        return Outcome::Imported;
    }
    if (!checkShape(*shape))
        return Outcome::Failed;
    const LayerType type = op == "Mul" || op == "Div" ? LayerType::Mul : LayerType::Add;
    int layer = -1;
    if (a->isComputed() && b->isComputed()) {
        layer = m_graph.addElementwise(type, a->producer, layerShapeOf(a->shape), b->producer, layerShapeOf(*shape));
    } else {
        const OnnxTensorValue *computed = a->isComputed() ? a : b;
        const OnnxTensorValue *constant = a->isComputed() ? b : a;
        const qint64 params = constant->elements() > 1 ? constant->elements() : 0;
        layer = m_graph.addElementwise(type, computed->producer, layerShapeOf(computed->shape), LayerGraph::kNoInput,
                                       layerShapeOf(*shape), params);
    }
    if (!record(layer, qs(op)) || !setComputed(0, *shape, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::activation()
{
    const std::string &op = m_node->op_type();
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(op)));
    if (op == "Pow" && in(1) && in(1)->isComputed())
        return elementwise();
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(x->shape, nullptr));
        return Outcome::Imported;
    }
    ActivationKind kind = *activationOf(op);
    qint64 params = 0;
    if (op == "PRelu") {
        const OnnxTensorValue *slope = in(1);
        if (!slope)
            return fail(QStringLiteral("PRelu needs a slope"));
        if (!slope->isConstant())
            return unsupported(QStringLiteral("its slope is computed"));
        params = slope->elements() > 1 ? slope->elements() : 0;
    }
    // x * HardSigmoid(x) is h_swish, x * Sigmoid(x) swish: one layer when the gate has no other reader.
    int mul = op == "HardSigmoid" || op == "Sigmoid" ? soleConsumer(0, "Mul") : -1;
    if (mul >= 0) {
        const onnx::NodeProto &n = *m_nodes[size_t(mul)];
        const std::string &xName = m_node->input(0);
        const bool gates = n.input_size() == 2
                           && ((n.input(0) == xName && n.input(1) == outputName(0))
                               || (n.input(1) == xName && n.input(0) == outputName(0)));
        if (gates)
            kind = op == "Sigmoid" ? ActivationKind::Swish : ActivationKind::HSwish;
        else
            mul = -1;
    }
    const int layer = m_graph.addActivation(x->producer, layerShapeOf(x->shape), kind, params);
    if (!record(layer, mul >= 0 ? qs(op) + QStringLiteral("+Mul") : qs(op)) || !setComputed(0, x->shape, layer))
        return Outcome::Failed;
    if (mul >= 0) {
        m_fused[size_t(mul)] = true;
        define(m_nodes[size_t(mul)]->output(0), m_values[outputName(0)]);
    }
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::clip()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Clip needs an input"));
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(x->shape, nullptr));
        return Outcome::Imported;
    }
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    bool known = true;
    if (m_opset < 11) {
        low = floatAttribute("min").value_or(low);
        high = floatAttribute("max").value_or(high);
    } else {
        for (int slot : {1, 2}) {
            if (const OnnxTensorValue *bound = in(slot)) {
                const std::vector<double> values = bound->floatValues();
                if (values.size() == 1)
                    (slot == 1 ? low : high) = values.front();
                else
                    known = false;
            }
        }
    }
    ActivationKind kind = ActivationKind::Clip;
    if (known && low == 0.0 && high == 6.0)
        kind = ActivationKind::Relu6;
    else if (known && low == 0.0 && std::isinf(high))
        kind = ActivationKind::Relu;
    const int layer = m_graph.addActivation(x->producer, layerShapeOf(x->shape), kind);
    if (!record(layer, QStringLiteral("Clip")) || !setComputed(0, x->shape, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::pool()
{
    const bool max = m_node->op_type() == "MaxPool";
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(m_node->op_type())));
    if (x->shape.size() != 3 && x->shape.size() != 4)
        return unsupported(QStringLiteral("only 1-D and 2-D pooling is supported, not input %1").arg(onnxShapeString(x->shape)));
    if (!onlyFirstOutputUsed(m_index))
        return unsupported(QStringLiteral("its Indices output is used"));
    Window window;
    if (!readWindow(x->shape, {}, true, &window))
        return Outcome::Failed;
    OnnxShape out{x->shape[0], x->shape[1]};
    out.insert(out.end(), window.spatialOut.begin(), window.spatialOut.end());
    if (!checkShape(out))
        return Outcome::Failed;
    const int layer = m_graph.addPool(x->isComputed() ? x->producer : LayerGraph::kNoInput, layerShapeOf(x->shape),
                                      max ? LayerType::MaxPool : LayerType::Pooling, window.geometry);
    if (!record(layer, qs(m_node->op_type())) || !setComputed(0, out, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::globalPool()
{
    const OnnxTensorValue *x = in(0);
    if (!x || x->shape.size() < 3)
        return fail(QStringLiteral("%1 needs an input of at least 3 dimensions").arg(qs(m_node->op_type())));
    OnnxShape out(x->shape.size(), 1);
    out[0] = x->shape[0];
    out[1] = x->shape[1];
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(out, nullptr));
        return Outcome::Imported;
    }
    const LayerType type = m_node->op_type() == "GlobalMaxPool" ? LayerType::MaxPool : LayerType::Pooling;
    const int layer = m_graph.addGlobalPool(x->producer, layerShapeOf(x->shape), type);
    if (!record(layer, qs(m_node->op_type())) || !setComputed(0, out, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::reduce()
{
    const std::string &op = m_node->op_type();
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(op)));
    std::vector<qint64> axes;
    bool present = false;
    const bool axesInput = m_opset >= 18 || (op == "ReduceSum" && m_opset >= 13);
    if (!constantInts(axesInput ? 1 : 99, axesInput ? nullptr : "axes", &axes, &present))
        return Outcome::Unsupported;
    const bool keepDims = intAttribute("keepdims").value_or(1) != 0;
    const int rank = int(x->shape.size());
    std::vector<bool> reduced(size_t(rank), false);
    if (axes.empty()) {
        if (intAttribute("noop_with_empty_axes").value_or(0) != 0)
            return identity();
        reduced.assign(size_t(rank), true);
    }
    for (qint64 a : axes) {
        const auto axis = normaliseAxis(a, rank);
        if (!axis)
            return fail(QStringLiteral("axis %1 is out of range for %2").arg(a).arg(onnxShapeString(x->shape)));
        reduced[size_t(*axis)] = true;
    }
    OnnxShape out;
    for (int d = 0; d < rank; ++d) {
        if (!reduced[size_t(d)])
            out.push_back(x->shape[size_t(d)]);
        else if (keepDims)
            out.push_back(1);
    }
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(out, nullptr));
        return Outcome::Imported;
    }
    if (checkedElements(out, kOnnxImportMaxTensorElements) == x->elements()) // only size-1 axes: a view
        return setComputed(0, out, x->producer) ? Outcome::Imported : Outcome::Failed;
    const int layer = m_graph.addReduce(x->producer, layerShapeOf(x->shape),
                                        op == "ReduceMax" ? LayerType::MaxPool : LayerType::Pooling, layerShapeOf(out));
    if (!record(layer, qs(op)) || !setComputed(0, out, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::batchNorm()
{
    const OnnxTensorValue *x = in(0);
    if (!x || x->shape.size() < 2)
        return fail(QStringLiteral("BatchNormalization needs an input of at least 2 dimensions"));
    if (!onlyFirstOutputUsed(m_index))
        return unsupported(QStringLiteral("its training-mode outputs are used"));
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(x->shape, nullptr));
        return Outcome::Imported;
    }
    // Not after a convolution: a per-channel scale and shift.
    const int layer = m_graph.addElementwise(LayerType::Mul, x->producer, layerShapeOf(x->shape), LayerGraph::kNoInput,
                                             layerShapeOf(x->shape), 2 * x->shape[1]);
    if (!record(layer, QStringLiteral("BatchNormalization")) || !setComputed(0, x->shape, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::softmax()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(m_node->op_type())));
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(x->shape, nullptr));
        return Outcome::Imported;
    }
    const int layer = m_graph.addSoftmax(x->producer, layerShapeOf(x->shape));
    if (!record(layer, qs(m_node->op_type())) || !setComputed(0, x->shape, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::resize()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(m_node->op_type())));
    if (attribute("axes") || stringAttribute("keep_aspect_ratio_policy", "stretch") != "stretch")
        return unsupported(QStringLiteral("resize axes and aspect-ratio policies are not supported"));
    std::vector<double> scales;
    std::vector<qint64> sizes;
    auto constantInput = [&](int slot, bool *ok) -> const OnnxTensorValue * {
        const OnnxTensorValue *v = in(slot);
        *ok = !v || (v->isConstant() && (v->hasValues || v->elements() == 0));
        return v;
    };
    bool ok = true;
    if (const onnx::AttributeProto *a = attribute("scales")) { // Upsample-7
        scales.assign(a->floats().begin(), a->floats().end());
    } else if (m_node->op_type() == "Resize" && m_opset >= 11) {
        const OnnxTensorValue *s = constantInput(2, &ok);
        if (ok && s)
            scales = s->floatValues();
        const OnnxTensorValue *z = ok ? constantInput(3, &ok) : nullptr;
        if (ok && z)
            sizes = z->intValues();
    } else {
        const OnnxTensorValue *s = constantInput(1, &ok);
        if (ok && s)
            scales = s->floatValues();
    }
    if (!ok)
        return unsupported(QStringLiteral("its scales or sizes are computed"));
    const size_t rank = x->shape.size();
    OnnxShape out(x->shape);
    if (!sizes.empty()) {
        if (sizes.size() != rank)
            return fail(QStringLiteral("%1 sizes for input %2").arg(sizes.size()).arg(onnxShapeString(x->shape)));
        out.assign(sizes.begin(), sizes.end());
    } else if (!scales.empty()) {
        if (scales.size() != rank)
            return fail(QStringLiteral("%1 scales for input %2").arg(scales.size()).arg(onnxShapeString(x->shape)));
        for (size_t d = 0; d < rank; ++d) {
            const double size = std::floor(double(x->shape[d]) * scales[d]);
            if (!std::isfinite(scales[d]) || scales[d] <= 0 || !(size >= 1) || size > double(kOnnxImportMaxTensorElements))
                return fail(QStringLiteral("scale %1 of axis %2 is invalid for input %3").arg(scales[d]).arg(d).arg(onnxShapeString(x->shape)));
            out[d] = qint64(size);
        }
    } else {
        return fail(QStringLiteral("%1 needs scales or sizes").arg(qs(m_node->op_type())));
    }
    if (rank >= 2 && (out[0] != x->shape[0] || out[1] != x->shape[1]))
        return unsupported(QStringLiteral("it resizes the batch or channel axis (%1 to %2)").arg(onnxShapeString(x->shape), onnxShapeString(out)));
    if (!checkShape(out))
        return Outcome::Failed;
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(out, nullptr));
        return Outcome::Imported;
    }
    if (out == x->shape)
        return setComputed(0, out, x->producer) ? Outcome::Imported : Outcome::Failed;
    const int layer = m_graph.addResize(x->producer, layerShapeOf(x->shape), layerShapeOf(out));
    if (!record(layer, qs(m_node->op_type())) || !setComputed(0, out, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

} // namespace edgefront
