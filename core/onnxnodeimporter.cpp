#include "onnxnodeimporter.h"

#include "onnxgraphimport.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace edgefront {

namespace {

QString qs(const std::string &s)
{
    return onnxText(s);
}

OnnxValuePtr opaqueValue(int node)
{
    auto v = std::make_shared<OnnxTensorValue>();
    v->kind = OnnxTensorValue::Kind::Opaque;
    v->opaqueFrom = node;
    return v;
}

} // namespace

OnnxNodeImporter::OnnxNodeImporter(LayerGraph &graph, QStringList &layerNames, QStringList &layerOps, qint64 opset)
    : m_graph(graph)
    , m_layerNames(layerNames)
    , m_layerOps(layerOps)
    , m_opset(opset)
{
}

const std::unordered_map<std::string, OnnxNodeImporter::Handler> &OnnxNodeImporter::handlers()
{
    static const std::unordered_map<std::string, Handler> table = [] {
        std::unordered_map<std::string, Handler> t = {
            {"Constant", &OnnxNodeImporter::constant},
            {"Identity", &OnnxNodeImporter::identity},
            {"Dropout", &OnnxNodeImporter::identity},
            {"Cast", &OnnxNodeImporter::cast},
            {"QuantizeLinear", &OnnxNodeImporter::quantize},
            {"DequantizeLinear", &OnnxNodeImporter::quantize},
            {"Shape", &OnnxNodeImporter::shape},
            {"Size", &OnnxNodeImporter::size},
            {"ConstantOfShape", &OnnxNodeImporter::constantOfShape},
            {"Conv", &OnnxNodeImporter::conv},
            {"Gemm", &OnnxNodeImporter::gemm},
            {"MatMul", &OnnxNodeImporter::matMul},
            {"Clip", &OnnxNodeImporter::clip},
            {"MaxPool", &OnnxNodeImporter::pool},
            {"AveragePool", &OnnxNodeImporter::pool},
            {"GlobalAveragePool", &OnnxNodeImporter::globalPool},
            {"GlobalMaxPool", &OnnxNodeImporter::globalPool},
            {"ReduceMean", &OnnxNodeImporter::reduce},
            {"ReduceMax", &OnnxNodeImporter::reduce},
            {"ReduceSum", &OnnxNodeImporter::reduce},
            {"BatchNormalization", &OnnxNodeImporter::batchNorm},
            {"Softmax", &OnnxNodeImporter::softmax},
            {"LogSoftmax", &OnnxNodeImporter::softmax},
            {"Concat", &OnnxNodeImporter::concat},
            {"Reshape", &OnnxNodeImporter::reshape},
            {"Flatten", &OnnxNodeImporter::flatten},
            {"Squeeze", &OnnxNodeImporter::squeeze},
            {"Unsqueeze", &OnnxNodeImporter::squeeze},
            {"Transpose", &OnnxNodeImporter::transpose},
            {"Slice", &OnnxNodeImporter::slice},
            {"Split", &OnnxNodeImporter::split},
            {"Pad", &OnnxNodeImporter::pad},
            {"Gather", &OnnxNodeImporter::gather},
            {"Expand", &OnnxNodeImporter::expand},
            {"Tile", &OnnxNodeImporter::expand},
            {"DepthToSpace", &OnnxNodeImporter::depthSpace},
            {"SpaceToDepth", &OnnxNodeImporter::depthSpace},
            {"Resize", &OnnxNodeImporter::resize},
            {"Upsample", &OnnxNodeImporter::resize},
        };
        for (const char *op : {"Add", "Sub", "Mul", "Div", "Sum", "Max", "Min", "Mean"})
            t.emplace(op, &OnnxNodeImporter::elementwise);
        for (const char *op : {"Relu", "Sigmoid", "Tanh", "LeakyRelu", "PRelu", "HardSigmoid", "HardSwish", "Elu", "Selu",
                               "Celu", "Softplus", "Softsign", "ThresholdedRelu", "Mish", "Gelu", "Erf", "Exp", "Log",
                               "Sqrt", "Abs", "Neg", "Reciprocal", "Floor", "Ceil", "Round", "Sign", "Sin", "Cos", "Pow"})
            t.emplace(op, &OnnxNodeImporter::activation);
        return t;
    }();
    return table;
}

QStringList OnnxNodeImporter::supportedOperators()
{
    QStringList names;
    for (const auto &entry : handlers())
        names.append(qs(entry.first));
    names.sort();
    return names;
}

QString OnnxNodeImporter::nodeLabel(int index, const onnx::NodeProto &node)
{
    return node.name().empty() ? QStringLiteral("node %1").arg(index)
                               : QStringLiteral("node %1 (\"%2\")").arg(index).arg(qs(node.name()));
}

void OnnxNodeImporter::define(const std::string &name, OnnxValuePtr value)
{
    m_values[name] = std::move(value);
}

const OnnxTensorValue *OnnxNodeImporter::find(const std::string &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? nullptr : it->second.get();
}

void OnnxNodeImporter::setGraph(std::vector<const onnx::NodeProto *> nodes,
                                std::unordered_map<std::string, std::vector<int>> consumers)
{
    m_nodes = std::move(nodes);
    m_consumers = std::move(consumers);
    m_fused.assign(m_nodes.size(), false);
}

// ---------------------------------------------------------------------------------------
// The current node
// ---------------------------------------------------------------------------------------

const OnnxTensorValue *OnnxNodeImporter::in(int slot) const
{
    if (slot >= m_node->input_size() || m_node->input(slot).empty())
        return nullptr;
    return find(m_node->input(slot));
}

int OnnxNodeImporter::inputCount() const
{
    return m_node->input_size();
}

const std::string &OnnxNodeImporter::outputName(int slot) const
{
    return m_node->output(slot);
}

int OnnxNodeImporter::outputCount() const
{
    return m_node->output_size();
}

const onnx::AttributeProto *OnnxNodeImporter::attribute(const char *name) const
{
    for (const onnx::AttributeProto &a : m_node->attribute()) {
        if (a.name() == name)
            return &a;
    }
    return nullptr;
}

std::optional<qint64> OnnxNodeImporter::intAttribute(const char *name) const
{
    const onnx::AttributeProto *a = attribute(name);
    if (!a || (a->type() != onnx::AttributeProto::INT && !a->has_i()))
        return std::nullopt;
    return a->i();
}

bool OnnxNodeImporter::intsAttribute(const char *name, std::vector<qint64> *values) const
{
    const onnx::AttributeProto *a = attribute(name);
    if (!a)
        return false;
    values->assign(a->ints().begin(), a->ints().end());
    return true;
}

std::optional<float> OnnxNodeImporter::floatAttribute(const char *name) const
{
    const onnx::AttributeProto *a = attribute(name);
    if (!a || (a->type() != onnx::AttributeProto::FLOAT && !a->has_f()))
        return std::nullopt;
    return a->f();
}

std::string OnnxNodeImporter::stringAttribute(const char *name, const char *fallback) const
{
    const onnx::AttributeProto *a = attribute(name);
    return a ? a->s() : std::string(fallback);
}

bool OnnxNodeImporter::constantInts(int slot, const char *attributeName, std::vector<qint64> *values, bool *present)
{
    *present = false;
    if (const OnnxTensorValue *v = in(slot)) {
        if (!v->isConstant() || !v->hasValues) {
            unsupported(QStringLiteral("its input %1 ('%2') is not a constant").arg(slot).arg(qs(m_node->input(slot))));
            return false;
        }
        *values = v->intValues();
        *present = true;
        return true;
    }
    if (attributeName && intsAttribute(attributeName, values))
        *present = true;
    return true;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::fail(const QString &message)
{
    m_message = message;
    return Outcome::Failed;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::unsupported(const QString &reason)
{
    m_reason = reason;
    return Outcome::Unsupported;
}

bool OnnxNodeImporter::setComputed(int slot, const OnnxShape &shape, int producer)
{
    if (slot >= outputCount() || outputName(slot).empty())
        return true;
    if (!checkShape(shape))
        return false;
    auto v = std::make_shared<OnnxTensorValue>();
    v->kind = OnnxTensorValue::Kind::Computed;
    v->shape = shape;
    v->producer = producer;
    define(outputName(slot), std::move(v));
    return true;
}

bool OnnxNodeImporter::checkShape(const OnnxShape &shape)
{
    if (shape.size() > size_t(OnnxTensorValue::kMaxRank)) {
        m_message = QStringLiteral("the output would have %1 dimensions (at most %2)").arg(shape.size()).arg(OnnxTensorValue::kMaxRank);
        return false;
    }
    const auto count = checkedElements(shape, kOnnxImportMaxTensorElements);
    if (!count || std::any_of(shape.begin(), shape.end(), [](qint64 d) { return d < 1; })) {
        m_message = QStringLiteral("the output would have shape %1 (%2)")
                        .arg(onnxShapeString(shape),
                             count ? QStringLiteral("empty") : QStringLiteral("over %1 elements").arg(kOnnxImportMaxTensorElements));
        return false;
    }
    return true;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::copy(const OnnxTensorValue &x, const OnnxShape &shape, const QString &ops,
                                                 int slot)
{
    if (!checkShape(shape))
        return Outcome::Failed;
    const int layer = m_graph.addCopy(x.producer, layerShapeOf(x.shape), layerShapeOf(shape));
    if (!record(layer, ops) || !setComputed(slot, shape, layer))
        return Outcome::Failed;
    return Outcome::Imported;
}

void OnnxNodeImporter::setConstant(int slot, OnnxValuePtr value)
{
    if (slot < outputCount() && !outputName(slot).empty())
        define(outputName(slot), std::move(value));
}

bool OnnxNodeImporter::record(int layer, const QString &ops)
{
    m_layerNames.append(m_node->name().empty() ? QStringLiteral("node %1").arg(m_index) : qs(m_node->name()));
    m_layerOps.append(ops);
    m_macs += m_graph.layer(layer).macs;
    if (m_macs > kOnnxImportMaxMacs) {
        m_message = QStringLiteral("the model has more than %1 MACs (limit)").arg(double(kOnnxImportMaxMacs), 0, 'g', 3);
        return false;
    }
    return true;
}

int OnnxNodeImporter::soleConsumer(int slot, const char *op) const
{
    if (slot >= outputCount() || outputName(slot).empty())
        return -1;
    const auto it = m_consumers.find(outputName(slot));
    if (it == m_consumers.end() || it->second.size() != 1 || it->second.front() == kGraphOutput)
        return -1;
    const int consumer = it->second.front();
    return m_nodes[size_t(consumer)]->op_type() == op && !m_fused[size_t(consumer)] ? consumer : -1;
}

bool OnnxNodeImporter::onlyFirstOutputUsed(int node) const
{
    const onnx::NodeProto &n = *m_nodes[size_t(node)];
    for (int i = 1; i < n.output_size(); ++i) {
        if (!n.output(i).empty() && m_consumers.count(n.output(i)))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------------------

OnnxNodeImporter::Outcome OnnxNodeImporter::import(int index)
{
    m_index = index;
    m_node = m_nodes[size_t(index)];
    m_reason.clear();
    m_message.clear();
    const bool defaultDomain = m_node->domain().empty() || m_node->domain() == "ai.onnx";
    const auto handler = handlers().find(m_node->op_type());
    if (!defaultDomain || handler == handlers().end())
        return Outcome::Unsupported;
    for (int i = 0; i < inputCount(); ++i) {
        const OnnxTensorValue *v = in(i);
        if (v && v->kind == OnnxTensorValue::Kind::Opaque) {
            return unsupported(QStringLiteral("it reads '%1', computed by unsupported node %2")
                                   .arg(qs(m_node->input(i))).arg(v->opaqueFrom));
        }
    }
    const Outcome outcome = (this->*(handler->second))();
    if (outcome == Outcome::Imported) {
        for (int i = 0; i < outputCount(); ++i) {
            if (!outputName(i).empty() && !find(outputName(i)))
                define(outputName(i), opaqueValue(index)); // e.g. MaxPool indices: unused
        }
    }
    return outcome;
}

void OnnxNodeImporter::importPlaceholder(int index)
{
    m_index = index;
    m_node = m_nodes[size_t(index)];
    std::vector<int> inputs;
    OnnxShape shape;
    for (int i = 0; i < inputCount(); ++i) {
        const OnnxTensorValue *v = in(i);
        if (v && v->isComputed()) {
            if (inputs.empty())
                shape = v->shape;
            inputs.push_back(v->producer);
        }
    }
    if (inputs.empty()) {
        for (int i = 0; i < outputCount(); ++i)
            setConstant(i, opaqueValue(index));
        return;
    }
    const int layer = m_graph.addOther(inputs, layerShapeOf(shape), layerShapeOf(shape));
    record(layer, qs(m_node->op_type()));
    for (int i = 0; i < outputCount(); ++i)
        setComputed(i, shape, layer);
}

// ---------------------------------------------------------------------------------------
// Constants and views
// ---------------------------------------------------------------------------------------

OnnxNodeImporter::Outcome OnnxNodeImporter::constant()
{
    auto v = std::make_shared<OnnxTensorValue>();
    if (const onnx::AttributeProto *a = attribute("value")) {
        QString error;
        auto t = decodeOnnxTensor(a->t(), kOnnxImportMaxTensorElements, &error);
        if (!t)
            return fail(QStringLiteral("constant: ") + error);
        v = t;
    } else if (const onnx::AttributeProto *a = attribute("value_float")) {
        v->hasValues = true;
        v->floats = {a->f()};
    } else if (const onnx::AttributeProto *a = attribute("value_floats")) {
        v->hasValues = true;
        v->shape = {a->floats_size()};
        v->floats.assign(a->floats().begin(), a->floats().end());
    } else if (const onnx::AttributeProto *a = attribute("value_int")) {
        v->hasValues = v->isInt = true;
        v->elementType = onnx::TensorProto::INT64;
        v->ints = {a->i()};
    } else if (const onnx::AttributeProto *a = attribute("value_ints")) {
        v->hasValues = v->isInt = true;
        v->elementType = onnx::TensorProto::INT64;
        v->shape = {a->ints_size()};
        v->ints.assign(a->ints().begin(), a->ints().end());
    } else {
        return unsupported(QStringLiteral("only numeric dense Constant values are supported"));
    }
    setConstant(0, v);
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::identity()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(m_node->op_type())));
    define(outputName(0), m_values[m_node->input(0)]);
    if (m_node->op_type() == "Dropout" && outputCount() > 1 && !outputName(1).empty())
        setConstant(1, constantWithShape(x->shape, nullptr)); // the mask: not computed at inference
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::cast()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Cast needs an input"));
    if (x->isComputed()) {
        define(outputName(0), m_values[m_node->input(0)]);
        return Outcome::Imported;
    }
    const qint64 to = intAttribute("to").value_or(onnx::TensorProto::FLOAT);
    auto out = constantWithShape(x->shape, x);
    out->elementType = int(to);
    const bool toInt = to != onnx::TensorProto::FLOAT && to != onnx::TensorProto::DOUBLE
                       && to != onnx::TensorProto::FLOAT16 && to != onnx::TensorProto::BFLOAT16;
    if (out->hasValues && toInt != out->isInt) {
        if (toInt)
            out->ints = x->intValues();
        else
            out->floats = x->floatValues();
        out->isInt = toInt;
    }
    setConstant(0, out);
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::quantize()
{
    // Q/DQ pairs mark where a runtime quantizes; the layers they surround keep the graph's bits
    // (ImportOptions::bits), so here they are views of computed tensors and weights.
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(m_node->op_type())));
    if (x->isComputed())
        return setComputed(0, x->shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    setConstant(0, constantWithShape(x->shape, nullptr));
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::shape()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Shape needs an input"));
    const int rank = int(x->shape.size());
    qint64 start = intAttribute("start").value_or(0);
    qint64 end = intAttribute("end").value_or(rank);
    start = std::clamp<qint64>(start < 0 ? start + rank : start, 0, rank);
    end = std::clamp<qint64>(end < 0 ? end + rank : end, 0, rank);
    auto out = std::make_shared<OnnxTensorValue>();
    out->elementType = onnx::TensorProto::INT64;
    out->hasValues = out->isInt = true;
    for (qint64 d = start; d < end; ++d)
        out->ints.push_back(x->shape[size_t(d)]);
    out->shape = {qint64(out->ints.size())};
    setConstant(0, out);
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::size()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Size needs an input"));
    auto out = std::make_shared<OnnxTensorValue>();
    out->elementType = onnx::TensorProto::INT64;
    out->hasValues = out->isInt = true;
    out->ints = {x->elements()};
    setConstant(0, out);
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::constantOfShape()
{
    std::vector<qint64> dims;
    bool present = false;
    if (!constantInts(0, nullptr, &dims, &present))
        return Outcome::Unsupported;
    if (!present)
        return fail(QStringLiteral("ConstantOfShape needs a shape"));
    if (!checkedElements(dims, kOnnxImportMaxTensorElements))
        return fail(QStringLiteral("shape %1 is negative or over %2 elements").arg(onnxShapeString(dims)).arg(kOnnxImportMaxTensorElements));
    OnnxTensorValue fill;
    fill.hasValues = true;
    fill.floats = {0.0};
    if (const onnx::AttributeProto *a = attribute("value")) {
        QString error;
        auto t = decodeOnnxTensor(a->t(), 1, &error);
        if (!t || !t->hasValues || t->elements() != 1)
            return fail(QStringLiteral("ConstantOfShape value must be one number") + (error.isEmpty() ? QString() : u' ' + error));
        fill = *t;
    }
    auto out = std::make_shared<OnnxTensorValue>();
    out->shape = dims;
    out->elementType = fill.elementType;
    out->isInt = fill.isInt;
    const qint64 count = out->elements();
    if (count <= OnnxTensorValue::kMaxValues) {
        out->hasValues = true;
        if (out->isInt)
            out->ints.assign(size_t(count), fill.ints.front());
        else
            out->floats.assign(size_t(count), fill.floats.front());
    }
    setConstant(0, out);
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::reshape()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Reshape needs an input"));
    std::vector<qint64> target;
    bool present = false;
    if (!constantInts(1, m_opset < 5 ? "shape" : nullptr, &target, &present))
        return Outcome::Unsupported;
    if (!present)
        return fail(QStringLiteral("Reshape needs a shape"));
    if (target.size() > size_t(OnnxTensorValue::kMaxRank))
        return fail(QStringLiteral("target shape has %1 dimensions (at most %2)").arg(target.size()).arg(OnnxTensorValue::kMaxRank));
    const bool allowZero = intAttribute("allowzero").value_or(0) != 0;
    OnnxShape shape(target.begin(), target.end());
    int inferred = -1;
    qint64 known = 1;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == 0 && !allowZero) {
            if (i >= x->shape.size())
                return fail(QStringLiteral("cannot reshape %1 to %2").arg(onnxShapeString(x->shape), onnxShapeString(target)));
            shape[i] = x->shape[i];
        }
        if (shape[i] == -1) {
            if (inferred >= 0)
                return fail(QStringLiteral("target shape %1 has two -1 dimensions").arg(onnxShapeString(target)));
            inferred = int(i);
        } else if (shape[i] < 0) {
            return fail(QStringLiteral("target shape %1 has a negative dimension").arg(onnxShapeString(target)));
        } else {
            const auto next = checkedProduct(known, shape[i]);
            if (!next)
                return fail(QStringLiteral("target shape %1 overflows").arg(onnxShapeString(target)));
            known = *next;
        }
    }
    const qint64 total = x->elements();
    if (inferred >= 0) {
        if (known == 0 || total % known != 0)
            return fail(QStringLiteral("cannot reshape %1 to %2").arg(onnxShapeString(x->shape), onnxShapeString(target)));
        shape[size_t(inferred)] = total / known;
    } else if (known != total) {
        return fail(QStringLiteral("cannot reshape %1 (%2 elements) to %3").arg(onnxShapeString(x->shape)).arg(total).arg(onnxShapeString(target)));
    }
    if (x->isComputed())
        return setComputed(0, shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    setConstant(0, constantWithShape(shape, x));
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::flatten()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Flatten needs an input"));
    const int rank = int(x->shape.size());
    const auto axis = normaliseAxis(intAttribute("axis").value_or(1), rank, true);
    if (!axis)
        return fail(QStringLiteral("axis %1 is out of range for %2").arg(intAttribute("axis").value_or(1)).arg(onnxShapeString(x->shape)));
    qint64 outer = 1, inner = 1;
    for (int d = 0; d < rank; ++d)
        (d < *axis ? outer : inner) *= x->shape[size_t(d)];
    const OnnxShape shape{outer, inner};
    if (x->isComputed())
        return setComputed(0, shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    setConstant(0, constantWithShape(shape, x));
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::squeeze()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(m_node->op_type())));
    const bool unsqueeze = m_node->op_type() == "Unsqueeze";
    std::vector<qint64> axes;
    bool present = false;
    if (!constantInts(1, "axes", &axes, &present))
        return Outcome::Unsupported;
    if (unsqueeze && !present)
        return fail(QStringLiteral("Unsqueeze without axes"));
    const int rank = int(x->shape.size());
    OnnxShape shape;
    if (unsqueeze) {
        const int outRank = rank + int(axes.size());
        if (outRank > OnnxTensorValue::kMaxRank)
            return fail(QStringLiteral("the result would have %1 dimensions (at most %2)").arg(outRank).arg(OnnxTensorValue::kMaxRank));
        std::vector<bool> inserted(size_t(outRank), false);
        for (qint64 a : axes) {
            const auto axis = normaliseAxis(a, outRank);
            if (!axis || inserted[size_t(*axis)])
                return fail(QStringLiteral("axis %1 is out of range or repeated for %2").arg(a).arg(onnxShapeString(x->shape)));
            inserted[size_t(*axis)] = true;
        }
        auto next = x->shape.begin();
        for (int d = 0; d < outRank; ++d)
            shape.push_back(inserted[size_t(d)] ? 1 : *next++);
    } else {
        std::vector<bool> dropped(size_t(rank), !present);
        for (qint64 a : axes) {
            const auto axis = normaliseAxis(a, rank);
            if (!axis || x->shape[size_t(*axis)] != 1)
                return fail(QStringLiteral("cannot squeeze axis %1 of %2").arg(a).arg(onnxShapeString(x->shape)));
            dropped[size_t(*axis)] = true;
        }
        for (int d = 0; d < rank; ++d) {
            if (!(dropped[size_t(d)] && x->shape[size_t(d)] == 1))
                shape.push_back(x->shape[size_t(d)]);
        }
    }
    if (x->isComputed())
        return setComputed(0, shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    setConstant(0, constantWithShape(shape, x));
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::transpose()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Transpose needs an input"));
    const int rank = int(x->shape.size());
    std::vector<qint64> perm;
    if (!intsAttribute("perm", &perm)) {
        for (int d = rank - 1; d >= 0; --d)
            perm.push_back(d);
    }
    if (int(perm.size()) != rank)
        return fail(QStringLiteral("perm has %1 entries for %2").arg(perm.size()).arg(onnxShapeString(x->shape)));
    std::vector<int> order;
    std::vector<bool> seen(size_t(rank), false);
    for (qint64 p : perm) {
        if (p < 0 || p >= rank || seen[size_t(p)])
            return fail(QStringLiteral("perm is not a permutation of %1 axes").arg(rank));
        seen[size_t(p)] = true;
        order.push_back(int(p));
    }
    OnnxShape shape;
    for (int p : order)
        shape.push_back(x->shape[size_t(p)]);
    if (!x->isComputed()) {
        setConstant(0, transposeConstant(*x, order));
        return Outcome::Imported;
    }
    // Only size-1 axes move (their order does not change the memory layout): a view.
    std::vector<int> kept;
    for (int p : order) {
        if (x->shape[size_t(p)] != 1)
            kept.push_back(p);
    }
    if (std::is_sorted(kept.begin(), kept.end()))
        return setComputed(0, shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    return copy(*x, shape, QStringLiteral("Transpose"));
}

OnnxNodeImporter::Outcome OnnxNodeImporter::concat()
{
    std::vector<const OnnxTensorValue *> inputs;
    for (int i = 0; i < inputCount(); ++i) {
        const OnnxTensorValue *v = in(i);
        if (!v)
            return fail(QStringLiteral("Concat input %1 is missing").arg(i));
        inputs.push_back(v);
    }
    if (inputs.empty())
        return fail(QStringLiteral("Concat needs inputs"));
    const auto axisValue = intAttribute("axis");
    if (!axisValue)
        return fail(QStringLiteral("Concat without an axis"));
    const OnnxShape &first = inputs.front()->shape;
    const auto axis = normaliseAxis(*axisValue, int(first.size()));
    if (!axis)
        return fail(QStringLiteral("axis %1 is out of range for %2").arg(*axisValue).arg(onnxShapeString(first)));
    OnnxShape shape = first;
    shape[size_t(*axis)] = 0;
    std::vector<int> producers;
    const OnnxTensorValue *firstComputed = nullptr;
    for (const OnnxTensorValue *v : inputs) {
        bool same = v->shape.size() == first.size();
        for (size_t d = 0; same && d < first.size(); ++d)
            same = int(d) == *axis || v->shape[d] == first[d];
        if (!same)
            return fail(QStringLiteral("cannot concatenate %1 and %2 along axis %3")
                            .arg(onnxShapeString(first), onnxShapeString(v->shape)).arg(*axis));
        shape[size_t(*axis)] += v->shape[size_t(*axis)]; // each <= the element limit: no overflow
        if (v->isComputed()) {
            producers.push_back(v->producer);
            firstComputed = firstComputed ? firstComputed : v;
        }
    }
    if (producers.empty()) {
        setConstant(0, concatConstants(inputs, *axis, shape));
        return Outcome::Imported;
    }
    if (!checkShape(shape))
        return Outcome::Failed;
    const int layer = m_graph.addConcat(producers, layerShapeOf(firstComputed->shape), layerShapeOf(shape));
    if (!record(layer, QStringLiteral("Concat")))
        return Outcome::Failed;
    return setComputed(0, shape, layer) ? Outcome::Imported : Outcome::Failed;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::slice()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Slice needs an input"));
    std::vector<qint64> starts, ends, axes, steps;
    bool hasStarts = false, hasEnds = false, hasAxes = false, hasSteps = false;
    const bool attributes = m_opset < 10;
    if (!constantInts(attributes ? 99 : 1, attributes ? "starts" : nullptr, &starts, &hasStarts)
        || !constantInts(attributes ? 99 : 2, attributes ? "ends" : nullptr, &ends, &hasEnds)
        || !constantInts(attributes ? 99 : 3, attributes ? "axes" : nullptr, &axes, &hasAxes)
        || !constantInts(attributes ? 99 : 4, nullptr, &steps, &hasSteps))
        return Outcome::Unsupported;
    if (!hasStarts || !hasEnds || starts.size() != ends.size())
        return fail(QStringLiteral("Slice needs starts and ends of equal length"));
    const int rank = int(x->shape.size());
    if (!hasAxes) {
        for (size_t i = 0; i < starts.size(); ++i)
            axes.push_back(qint64(i));
    }
    if (!hasSteps)
        steps.assign(starts.size(), 1);
    if (axes.size() != starts.size() || steps.size() != starts.size())
        return fail(QStringLiteral("Slice starts, ends, axes and steps differ in length"));
    OnnxShape shape = x->shape;
    std::vector<qint64> first(size_t(rank), 0), stride(size_t(rank), 1);
    std::vector<bool> seen(size_t(rank), false);
    for (size_t i = 0; i < starts.size(); ++i) {
        const auto axis = normaliseAxis(axes[i], rank);
        if (!axis || seen[size_t(*axis)])
            return fail(QStringLiteral("axis %1 is out of range or repeated for %2").arg(axes[i]).arg(onnxShapeString(x->shape)));
        seen[size_t(*axis)] = true;
        const qint64 dim = x->shape[size_t(*axis)];
        // |step| beyond 2^40 takes at most one element, as any larger step would.
        const qint64 step = std::clamp<qint64>(steps[i], -(1ll << 40), 1ll << 40);
        if (step == 0)
            return fail(QStringLiteral("Slice step 0"));
        auto normalise = [dim](qint64 v) { return v < 0 ? (v < -dim ? -1 : v + dim) : std::min(v, dim + 1); };
        qint64 start = normalise(starts[i]);
        qint64 end = normalise(ends[i]);
        qint64 length = 0;
        if (step > 0) {
            start = std::clamp<qint64>(start, 0, dim);
            end = std::clamp<qint64>(end, 0, dim);
            length = end > start ? (end - start + step - 1) / step : 0;
        } else {
            start = std::clamp<qint64>(start, 0, dim - 1);
            end = std::clamp<qint64>(end, -1, dim - 1);
            length = start > end ? (start - end - step - 1) / -step : 0;
        }
        shape[size_t(*axis)] = length;
        first[size_t(*axis)] = start;
        stride[size_t(*axis)] = step;
    }
    if (!x->isComputed()) {
        if (!checkedElements(shape, kOnnxImportMaxTensorElements))
            return fail(QStringLiteral("slice of %1 is too large").arg(onnxShapeString(x->shape)));
        setConstant(0, sliceConstant(*x, shape, first, stride));
        return Outcome::Imported;
    }
    if (shape == x->shape && std::all_of(stride.begin(), stride.end(), [](qint64 s) { return s == 1; }))
        return setComputed(0, shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    return copy(*x, shape, QStringLiteral("Slice"));
}

OnnxNodeImporter::Outcome OnnxNodeImporter::split()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Split needs an input"));
    const int rank = int(x->shape.size());
    const auto axis = normaliseAxis(intAttribute("axis").value_or(0), rank);
    if (!axis)
        return fail(QStringLiteral("axis %1 is out of range for %2").arg(intAttribute("axis").value_or(0)).arg(onnxShapeString(x->shape)));
    const qint64 dim = x->shape[size_t(*axis)];
    std::vector<qint64> sizes;
    bool present = false;
    if (!constantInts(1, "split", &sizes, &present))
        return Outcome::Unsupported;
    const int parts = outputCount();
    if (parts < 1)
        return fail(QStringLiteral("Split without outputs"));
    if (!present) {
        const qint64 n = intAttribute("num_outputs").value_or(parts);
        if (n != parts || n < 1)
            return fail(QStringLiteral("num_outputs %1 differs from %2 outputs").arg(n).arg(parts));
        const qint64 chunk = (dim + n - 1) / n; // the last part may be smaller (opset 18)
        for (qint64 i = 0; i < n; ++i)
            sizes.push_back(std::clamp<qint64>(dim - i * chunk, 0, chunk));
    }
    qint64 sum = 0;
    for (qint64 s : sizes) {
        if (s < 0 || s > dim)
            return fail(QStringLiteral("split sizes do not fit %1 along axis %2").arg(onnxShapeString(x->shape)).arg(*axis));
        sum += s;
    }
    if (int(sizes.size()) != parts || sum != dim)
        return fail(QStringLiteral("split sizes (%1 of them, sum %2) do not match %3 outputs and %4 elements along axis %5")
                        .arg(sizes.size()).arg(sum).arg(parts).arg(dim).arg(*axis));
    for (int i = 0; i < parts; ++i) {
        OnnxShape shape = x->shape;
        shape[size_t(*axis)] = sizes[size_t(i)];
        if (!x->isComputed()) {
            setConstant(i, constantWithShape(shape, nullptr));
            continue;
        }
        if (outputName(i).empty() || !m_consumers.count(outputName(i)))
            continue; // an unused part costs nothing
        if (copy(*x, shape, QStringLiteral("Split"), i) == Outcome::Failed)
            return Outcome::Failed;
    }
    return Outcome::Imported;
}

OnnxNodeImporter::Outcome OnnxNodeImporter::pad()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("Pad needs an input"));
    std::vector<qint64> pads, axes;
    bool present = false, hasAxes = false;
    if (!constantInts(m_opset < 11 ? 99 : 1, m_opset < 11 ? "pads" : nullptr, &pads, &present)
        || !constantInts(3, nullptr, &axes, &hasAxes))
        return Outcome::Unsupported;
    const int rank = int(x->shape.size());
    if (!hasAxes) {
        for (int d = 0; d < rank; ++d)
            axes.push_back(d);
    }
    if (!present || pads.size() != 2 * axes.size())
        return fail(QStringLiteral("Pad needs %1 pads for %2").arg(2 * axes.size()).arg(onnxShapeString(x->shape)));
    OnnxShape shape = x->shape;
    bool nothing = true;
    for (size_t i = 0; i < axes.size(); ++i) {
        const auto axis = normaliseAxis(axes[i], rank);
        const qint64 begin = pads[i], end = pads[i + axes.size()];
        const qint64 limit = OnnxNodeImporter::kMaxWindowValue;
        if (!axis || begin < -limit || begin > limit || end < -limit || end > limit)
            return fail(QStringLiteral("pads or axes out of range for %1").arg(onnxShapeString(x->shape)));
        shape[size_t(*axis)] += begin + end;
        nothing = nothing && begin == 0 && end == 0;
    }
    if (!x->isComputed()) {
        if (!checkedElements(shape, kOnnxImportMaxTensorElements))
            return fail(QStringLiteral("padded shape %1 is invalid").arg(onnxShapeString(shape)));
        setConstant(0, constantWithShape(shape, nullptr));
        return Outcome::Imported;
    }
    if (nothing)
        return setComputed(0, shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    return copy(*x, shape, QStringLiteral("Pad"));
}

OnnxNodeImporter::Outcome OnnxNodeImporter::gather()
{
    const OnnxTensorValue *data = in(0), *indices = in(1);
    if (!data || !indices)
        return fail(QStringLiteral("Gather needs data and indices"));
    const int rank = int(data->shape.size());
    const auto axis = normaliseAxis(intAttribute("axis").value_or(0), rank);
    if (!axis)
        return fail(QStringLiteral("axis %1 is out of range for %2").arg(intAttribute("axis").value_or(0)).arg(onnxShapeString(data->shape)));
    OnnxShape shape(data->shape.begin(), data->shape.begin() + *axis);
    shape.insert(shape.end(), indices->shape.begin(), indices->shape.end());
    shape.insert(shape.end(), data->shape.begin() + *axis + 1, data->shape.end());
    if (shape.size() > size_t(OnnxTensorValue::kMaxRank) || !checkedElements(shape, kOnnxImportMaxTensorElements))
        return fail(QStringLiteral("the result %1 is too large").arg(onnxShapeString(shape)));
    if (!data->isComputed()) {
        if (indices->isComputed())
            return unsupported(QStringLiteral("it gathers from a constant with computed indices"));
        auto idx = std::make_shared<OnnxTensorValue>(*indices);
        idx->ints = indices->intValues();
        idx->isInt = true;
        const qint64 dim = data->shape[size_t(*axis)];
        for (qint64 &i : idx->ints) {
            if (i < -dim || i >= dim)
                return fail(QStringLiteral("index %1 is out of range for %2 along axis %3").arg(i).arg(onnxShapeString(data->shape)).arg(*axis));
            if (i < 0)
                i += dim;
        }
        setConstant(0, gatherConstant(*data, *idx, *axis, shape));
        return Outcome::Imported;
    }
    return copy(*data, shape, QStringLiteral("Gather"));
}

OnnxNodeImporter::Outcome OnnxNodeImporter::expand()
{
    const OnnxTensorValue *x = in(0);
    if (!x)
        return fail(QStringLiteral("%1 needs an input").arg(qs(m_node->op_type())));
    const bool tile = m_node->op_type() == "Tile";
    std::vector<qint64> values;
    bool present = false;
    if (!constantInts(1, nullptr, &values, &present))
        return Outcome::Unsupported;
    if (!present)
        return fail(QStringLiteral("%1 needs its second input").arg(qs(m_node->op_type())));
    OnnxShape shape;
    if (tile) {
        if (values.size() != x->shape.size())
            return fail(QStringLiteral("%1 repeats for %2").arg(values.size()).arg(onnxShapeString(x->shape)));
        for (size_t d = 0; d < values.size(); ++d) {
            const auto n = checkedProduct(x->shape[d], values[d]);
            if (!n)
                return fail(QStringLiteral("repeats %1 are invalid for %2").arg(onnxShapeString(values), onnxShapeString(x->shape)));
            shape.push_back(*n);
        }
    } else {
        const auto b = broadcastShapes(x->shape, OnnxShape(values.begin(), values.end()));
        if (!b)
            return fail(QStringLiteral("%1 does not expand to %2").arg(onnxShapeString(x->shape), onnxShapeString(values)));
        shape = *b;
    }
    if (!checkedElements(shape, kOnnxImportMaxTensorElements) || shape.size() > size_t(OnnxTensorValue::kMaxRank))
        return fail(QStringLiteral("the result %1 is too large").arg(onnxShapeString(shape)));
    if (!x->isComputed()) {
        setConstant(0, constantWithShape(shape, nullptr));
        return Outcome::Imported;
    }
    if (shape == x->shape)
        return setComputed(0, shape, x->producer) ? Outcome::Imported : Outcome::Failed;
    return copy(*x, shape, qs(m_node->op_type()));
}

OnnxNodeImporter::Outcome OnnxNodeImporter::depthSpace()
{
    const OnnxTensorValue *x = in(0);
    if (!x || !x->isComputed() || x->shape.size() != 4)
        return unsupported(QStringLiteral("it needs a computed 4-D input"));
    const qint64 b = intAttribute("blocksize").value_or(0);
    const OnnxShape &s = x->shape;
    if (b < 1 || b > OnnxNodeImporter::kMaxWindowValue)
        return fail(QStringLiteral("blocksize %1 is invalid").arg(b));
    OnnxShape shape;
    if (m_node->op_type() == "DepthToSpace") {
        if (s[1] % (b * b) != 0)
            return fail(QStringLiteral("%1 channels are not divisible by blocksize %2 squared").arg(s[1]).arg(b));
        shape = {s[0], s[1] / (b * b), s[2] * b, s[3] * b};
    } else {
        if (s[2] % b != 0 || s[3] % b != 0)
            return fail(QStringLiteral("%1 is not divisible by blocksize %2").arg(onnxShapeString(s)).arg(b));
        shape = {s[0], s[1] * b * b, s[2] / b, s[3] / b};
    }
    return copy(*x, shape, qs(m_node->op_type()));
}

} // namespace edgefront
