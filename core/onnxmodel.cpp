#include "onnxmodel.h"

#include "mlp.h"

#include <edgefront/version.h>

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <QFile>
#include <QSet>
#include <QtEndian>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace edgefront {

namespace {

using Shape = std::vector<qint64>;

// A value in the graph: float32 data, or an int64 constant (Reshape shapes, axes).
struct Tensor
{
    Shape shape;
    VectorF values;           // float32, row-major
    std::vector<qint64> ints; // int64 constants only
    bool isInt = false;
};
using TensorPtr = std::shared_ptr<const Tensor>;

qint64 elementCount(const Shape &shape)
{
    qint64 n = 1;
    for (qint64 d : shape)
        n *= d;
    return n;
}

QString shapeString(const Shape &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims.append(QString::number(d));
    return QLatin1Char('[') + dims.join(QLatin1StringView(", ")) + QLatin1Char(']');
}

constexpr int kMaxRank = 6;

enum class Op {
    Add, Clip, Concat, Div, Exp, Flatten, Gemm, Identity, LeakyRelu, Log, MatMul, Mul, Relu, Reshape,
    Sigmoid, Squeeze, Sub, Tanh, Unsqueeze
};

// Constant is not an Op: it is folded into a constant value when the graph is built.
constexpr std::pair<const char *, Op> kOperators[] = {
    {"Add", Op::Add}, {"Clip", Op::Clip}, {"Concat", Op::Concat}, {"Div", Op::Div}, {"Exp", Op::Exp},
    {"Flatten", Op::Flatten}, {"Gemm", Op::Gemm}, {"Identity", Op::Identity}, {"LeakyRelu", Op::LeakyRelu},
    {"Log", Op::Log}, {"MatMul", Op::MatMul}, {"Mul", Op::Mul}, {"Relu", Op::Relu}, {"Reshape", Op::Reshape},
    {"Sigmoid", Op::Sigmoid}, {"Squeeze", Op::Squeeze}, {"Sub", Op::Sub}, {"Tanh", Op::Tanh},
    {"Unsqueeze", Op::Unsqueeze}};

struct Node
{
    Op op = Op::Identity;
    QString label;           // node 3 ("fc1"), for errors
    std::vector<int> inputs; // value ids; -1 = an omitted optional input
    int output = -1;
    float alpha = 1.0f;      // Gemm alpha, LeakyRelu alpha
    float beta = 1.0f;
    bool transA = false;
    bool transB = false;
    float clipMin = -std::numeric_limits<float>::infinity();
    float clipMax = std::numeric_limits<float>::infinity();
    qint64 axis = 1;         // Concat, Flatten
    Shape shape;             // Reshape target
    bool allowZero = false;
    std::vector<qint64> axes; // Squeeze, Unsqueeze
    bool hasAxes = false;
};

} // namespace

namespace {
constexpr qint64 kMaxParametersForRecovery = OnnxModel::kMaxParameters;
}

struct OnnxModel::Graph
{
    QString source;
    QString inputName;
    QString outputName;
    QString producerName;
    QString producerVersion;
    QString docString;
    QString graphName;
    QMap<QString, QString> metadata;
    qint64 irVersion = 0;
    qint64 opsetVersion = 0;
    qint64 parameters = 0;
    int inputWidth = 0;
    int outputWidth = 0;
    int inputValue = -1;
    int outputValue = -1;
    std::vector<TensorPtr> constants; // per value id; null = computed at run time
    std::vector<Node> nodes;          // those the output depends on, in graph order
    std::shared_ptr<const MlpModel> mlp; // EdgeFront's own export, recovered (see recoverMlp)
};

namespace {

// ---------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------

std::shared_ptr<Tensor> fail(QString *error, const QString &message)
{
    *error = message;
    return nullptr;
}

// Numpy broadcasting of two shapes (aligned right, each pair of dims equal or one of them 1).
bool broadcastShape(const Shape &a, const Shape &b, Shape *out)
{
    const size_t rank = std::max(a.size(), b.size());
    out->assign(rank, 1);
    for (size_t i = 0; i < rank; ++i) {
        const qint64 da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
        const qint64 db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
        if (da != db && da != 1 && db != 1)
            return false;
        (*out)[i] = da == 1 ? db : da;
    }
    return true;
}

// Strides of `shape` seen from a broadcast shape `target` (0 along broadcast dimensions).
std::vector<qint64> broadcastStrides(const Shape &shape, const Shape &target)
{
    std::vector<qint64> strides(target.size(), 0);
    qint64 stride = 1;
    for (size_t i = 0; i < shape.size(); ++i) {
        const size_t src = shape.size() - 1 - i;
        const size_t dst = target.size() - 1 - i;
        strides[dst] = shape[src] == 1 ? 0 : stride;
        stride *= shape[src];
    }
    return strides;
}

template <typename F>
std::shared_ptr<Tensor> elementwise(const Tensor &a, const Tensor &b, F f, QString *error)
{
    auto out = std::make_shared<Tensor>();
    if (!broadcastShape(a.shape, b.shape, &out->shape))
        return fail(error, QStringLiteral("shapes %1 and %2 do not broadcast").arg(shapeString(a.shape), shapeString(b.shape)));
    const qint64 total = elementCount(out->shape);
    out->values.resize(total);
    const float *pa = a.values.data();
    const float *pb = b.values.data();
    float *po = out->values.data();
    if (a.shape == b.shape) {
        for (qint64 i = 0; i < total; ++i)
            po[i] = f(pa[i], pb[i]);
        return out;
    }
    if (b.values.size() == 1) {
        for (qint64 i = 0; i < total; ++i)
            po[i] = f(pa[i], pb[0]);
        return out;
    }
    // General case: walk the output, advancing both inputs by their broadcast strides.
    const std::vector<qint64> sa = broadcastStrides(a.shape, out->shape);
    const std::vector<qint64> sb = broadcastStrides(b.shape, out->shape);
    const int rank = int(out->shape.size());
    std::vector<qint64> counter(size_t(rank), 0);
    qint64 ia = 0, ib = 0;
    for (qint64 i = 0; i < total; ++i) {
        po[i] = f(pa[ia], pb[ib]);
        for (int d = rank - 1; d >= 0; --d) {
            ia += sa[d];
            ib += sb[d];
            if (++counter[d] < out->shape[d])
                break;
            ia -= sa[d] * out->shape[d];
            ib -= sb[d] * out->shape[d];
            counter[d] = 0;
        }
    }
    return out;
}

std::shared_ptr<Tensor> unary(const Tensor &x, const VectorF &values)
{
    auto out = std::make_shared<Tensor>();
    out->shape = x.shape;
    out->values = values;
    return out;
}

// The expressions match MlpModel's applyActivation, so exported models evaluate alike.
std::shared_ptr<Tensor> activation(const Node &n, const Tensor &x)
{
    const auto a = x.values.array();
    switch (n.op) {
    case Op::Relu: return unary(x, a.max(0.0f).matrix());
    case Op::LeakyRelu: return unary(x, (a > 0.0f).select(a, a * n.alpha).matrix());
    case Op::Sigmoid: return unary(x, (1.0f / (1.0f + (-a).exp())).matrix());
    case Op::Tanh: return unary(x, a.tanh().matrix());
    case Op::Exp: return unary(x, a.exp().matrix());
    case Op::Log: return unary(x, a.log().matrix());
    default: return nullptr;
    }
}

Eigen::Map<const MatrixF> matrix(const Tensor &t, qint64 rows, qint64 cols)
{
    return Eigen::Map<const MatrixF>(t.values.data(), rows, cols);
}

std::shared_ptr<Tensor> gemm(const Node &n, const Tensor &a, const Tensor &b, const Tensor *c, QString *error)
{
    if (a.shape.size() != 2 || b.shape.size() != 2)
        return fail(error, QStringLiteral("Gemm needs 2-D A and B, got %1 and %2").arg(shapeString(a.shape), shapeString(b.shape)));
    const qint64 m = n.transA ? a.shape[1] : a.shape[0];
    const qint64 k = n.transA ? a.shape[0] : a.shape[1];
    const qint64 kb = n.transB ? b.shape[1] : b.shape[0];
    const qint64 cols = n.transB ? b.shape[0] : b.shape[1];
    if (k != kb)
        return fail(error, QStringLiteral("Gemm inner dimensions differ: A %1 (transA=%2), B %3 (transB=%4)")
                               .arg(shapeString(a.shape)).arg(int(n.transA)).arg(shapeString(b.shape)).arg(int(n.transB)));
    auto out = std::make_shared<Tensor>();
    out->shape = {m, cols};
    bool accumulate = false;
    if (c && n.beta != 0.0f) {
        Shape target;
        if (!broadcastShape(c->shape, out->shape, &target) || target != out->shape)
            return fail(error, QStringLiteral("Gemm C %1 does not broadcast to %2").arg(shapeString(c->shape), shapeString(out->shape)));
        Tensor zero;
        zero.shape = out->shape;
        zero.values = VectorF::Zero(m * cols);
        // 0 + c is exact, so this is a plain broadcast of C.
        out->values = elementwise(zero, *c, [](float, float y) { return y; }, error)->values;
        if (n.beta != 1.0f)
            out->values *= n.beta;
        accumulate = true;
    } else {
        out->values.resize(m * cols);
    }
    const auto ma = matrix(a, a.shape[0], a.shape[1]);
    const auto mb = matrix(b, b.shape[0], b.shape[1]);
    Eigen::Map<MatrixF> mc(out->values.data(), m, cols);
    if (n.alpha == 1.0f) {
        sgemm(ma, mb, mc, accumulate, n.transA, n.transB);
    } else {
        MatrixF product(m, cols);
        sgemm(ma, mb, product, false, n.transA, n.transB);
        if (accumulate)
            mc += n.alpha * product;
        else
            mc = n.alpha * product;
    }
    return out;
}

std::shared_ptr<Tensor> matMul(const Tensor &a, const Tensor &b, QString *error)
{
    const size_t ra = a.shape.size(), rb = b.shape.size();
    if (ra < 1 || ra > 2 || rb < 1 || rb > 2)
        return fail(error, QStringLiteral("MatMul of %1 and %2 is not supported (1-D or 2-D operands only)")
                               .arg(shapeString(a.shape), shapeString(b.shape)));
    const qint64 m = ra == 2 ? a.shape[0] : 1;
    const qint64 k = a.shape[ra - 1];
    const qint64 kb = b.shape[0];
    const qint64 cols = rb == 2 ? b.shape[1] : 1;
    if (k != kb)
        return fail(error, QStringLiteral("MatMul inner dimensions differ: %1 and %2").arg(shapeString(a.shape), shapeString(b.shape)));
    auto out = std::make_shared<Tensor>();
    out->values.resize(m * cols);
    Eigen::Map<MatrixF> mc(out->values.data(), m, cols);
    sgemm(matrix(a, m, k), matrix(b, k, cols), mc, false);
    if (ra == 2)
        out->shape.push_back(m);
    if (rb == 2)
        out->shape.push_back(cols);
    return out;
}

std::optional<qint64> normaliseAxis(qint64 axis, qint64 rank)
{
    if (axis < -rank || axis >= rank)
        return std::nullopt;
    return axis < 0 ? axis + rank : axis;
}

std::shared_ptr<Tensor> concat(const Node &n, const std::vector<const Tensor *> &inputs, QString *error)
{
    const Shape &first = inputs.front()->shape;
    const auto axis = normaliseAxis(n.axis, qint64(first.size()));
    if (!axis)
        return fail(error, QStringLiteral("axis %1 is out of range for %2").arg(n.axis).arg(shapeString(first)));
    auto out = std::make_shared<Tensor>();
    out->shape = first;
    out->shape[*axis] = 0;
    for (const Tensor *t : inputs) {
        bool same = t->shape.size() == first.size();
        for (size_t d = 0; same && d < first.size(); ++d)
            same = qint64(d) == *axis || t->shape[d] == first[d];
        if (!same)
            return fail(error, QStringLiteral("cannot concatenate %1 and %2 along axis %3")
                                   .arg(shapeString(first), shapeString(t->shape)).arg(*axis));
        out->shape[*axis] += t->shape[*axis];
    }
    const qint64 outer = elementCount(Shape(first.begin(), first.begin() + *axis));
    out->values.resize(elementCount(out->shape));
    float *dst = out->values.data();
    for (qint64 o = 0; o < outer; ++o) {
        for (const Tensor *t : inputs) {
            const qint64 chunk = outer == 0 ? 0 : t->values.size() / outer;
            std::copy_n(t->values.data() + o * chunk, chunk, dst);
            dst += chunk;
        }
    }
    return out;
}

std::shared_ptr<Tensor> reshaped(const Tensor &x, Shape shape)
{
    auto out = std::make_shared<Tensor>();
    out->shape = std::move(shape);
    out->values = x.values;
    return out;
}

std::shared_ptr<Tensor> reshape(const Node &n, const Tensor &x, QString *error)
{
    Shape shape = n.shape;
    int inferred = -1;
    qint64 known = 1;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == 0 && !n.allowZero) {
            if (i >= x.shape.size())
                return fail(error, QStringLiteral("cannot reshape %1 to %2").arg(shapeString(x.shape), shapeString(n.shape)));
            shape[i] = x.shape[i];
        }
        if (shape[i] == -1)
            inferred = int(i);
        else
            known *= shape[i];
    }
    const qint64 total = x.values.size();
    if (inferred >= 0 && known > 0 && total % known == 0)
        shape[inferred] = total / known;
    if (elementCount(shape) != total || (inferred >= 0 && known == 0))
        return fail(error, QStringLiteral("cannot reshape %1 to %2").arg(shapeString(x.shape), shapeString(n.shape)));
    return reshaped(x, std::move(shape));
}

std::shared_ptr<Tensor> squeeze(const Node &n, const Tensor &x, QString *error)
{
    const qint64 rank = qint64(x.shape.size());
    std::vector<bool> drop(size_t(rank), false);
    for (qint64 a : n.axes) {
        const auto axis = normaliseAxis(a, rank);
        if (!axis || x.shape[*axis] != 1)
            return fail(error, QStringLiteral("cannot squeeze axis %1 of %2").arg(a).arg(shapeString(x.shape)));
        drop[*axis] = true;
    }
    Shape shape;
    for (qint64 d = 0; d < rank; ++d) {
        if (!(n.hasAxes ? drop[d] : x.shape[d] == 1))
            shape.push_back(x.shape[d]);
    }
    return reshaped(x, std::move(shape));
}

std::shared_ptr<Tensor> unsqueeze(const Node &n, const Tensor &x, QString *error)
{
    const qint64 rank = qint64(x.shape.size() + n.axes.size());
    std::vector<bool> insert(size_t(rank), false);
    for (qint64 a : n.axes) {
        const auto axis = normaliseAxis(a, rank);
        if (!axis || insert[*axis])
            return fail(error, QStringLiteral("cannot unsqueeze %1 at axis %2").arg(shapeString(x.shape)).arg(a));
        insert[*axis] = true;
    }
    Shape shape;
    auto next = x.shape.begin();
    for (qint64 d = 0; d < rank; ++d)
        shape.push_back(insert[d] ? 1 : *next++);
    return reshaped(x, std::move(shape));
}

std::optional<float> scalarInput(const Tensor *t, const char *what, QString *error)
{
    if (t->values.size() != 1) {
        *error = QStringLiteral("Clip %1 must be a scalar, got %2").arg(QLatin1StringView(what), shapeString(t->shape));
        return std::nullopt;
    }
    return t->values[0];
}

TensorPtr evaluateNode(const Node &n, const std::vector<TensorPtr> &values, QString *error)
{
    std::vector<const Tensor *> in;
    for (int id : n.inputs)
        in.push_back(id >= 0 ? values[size_t(id)].get() : nullptr);
    switch (n.op) {
    case Op::Add: return elementwise(*in[0], *in[1], [](float a, float b) { return a + b; }, error);
    case Op::Sub: return elementwise(*in[0], *in[1], [](float a, float b) { return a - b; }, error);
    case Op::Mul: return elementwise(*in[0], *in[1], [](float a, float b) { return a * b; }, error);
    case Op::Div: return elementwise(*in[0], *in[1], [](float a, float b) { return a / b; }, error);
    case Op::Relu:
    case Op::LeakyRelu:
    case Op::Sigmoid:
    case Op::Tanh:
    case Op::Exp:
    case Op::Log: return activation(n, *in[0]);
    case Op::Clip: {
        float lo = n.clipMin, hi = n.clipMax;
        if (in.size() > 1 && in[1]) {
            const auto v = scalarInput(in[1], "min", error);
            if (!v)
                return nullptr;
            lo = *v;
        }
        if (in.size() > 2 && in[2]) {
            const auto v = scalarInput(in[2], "max", error);
            if (!v)
                return nullptr;
            hi = *v;
        }
        return unary(*in[0], in[0]->values.array().max(lo).min(hi).matrix());
    }
    case Op::Gemm: return gemm(n, *in[0], *in[1], in.size() > 2 ? in[2] : nullptr, error);
    case Op::MatMul: return matMul(*in[0], *in[1], error);
    case Op::Concat: return concat(n, in, error);
    case Op::Flatten: {
        const auto axis = n.axis == qint64(in[0]->shape.size()) ? std::optional<qint64>(n.axis)
                                                                : normaliseAxis(n.axis, qint64(in[0]->shape.size()));
        if (!axis)
            return fail(error, QStringLiteral("axis %1 is out of range for %2").arg(n.axis).arg(shapeString(in[0]->shape)));
        const Shape &s = in[0]->shape;
        return reshaped(*in[0], {elementCount(Shape(s.begin(), s.begin() + *axis)),
                                 elementCount(Shape(s.begin() + *axis, s.end()))});
    }
    case Op::Reshape: return reshape(n, *in[0], error);
    case Op::Squeeze: return squeeze(n, *in[0], error);
    case Op::Unsqueeze: return unsqueeze(n, *in[0], error);
    case Op::Identity: return values[size_t(n.inputs[0])];
    }
    return nullptr;
}

// Runs the graph on a batch; the output tensor, or null with *error set.
TensorPtr run(const OnnxModel::Graph &g, const MatrixF &x, QString *error)
{
    std::vector<TensorPtr> values = g.constants;
    auto input = std::make_shared<Tensor>();
    input->shape = {x.rows(), x.cols()};
    input->values = Eigen::Map<const VectorF>(x.data(), x.size());
    values[size_t(g.inputValue)] = std::move(input);
    for (const Node &n : g.nodes) {
        QString message;
        TensorPtr out = evaluateNode(n, values, &message);
        if (!out) {
            *error = n.label + QLatin1StringView(": ") + message;
            return nullptr;
        }
        if (out->shape.size() > size_t(kMaxRank)) {
            *error = n.label + QStringLiteral(": result %1 has more than %2 dimensions").arg(shapeString(out->shape)).arg(kMaxRank);
            return nullptr;
        }
        values[size_t(n.output)] = std::move(out);
    }
    return values[size_t(g.outputValue)];
}

// The output as rows x width: [N, O] as it is, [N] (or a scalar for N = 1) as one column.
std::optional<MatrixF> outputMatrix(const Tensor &t, qint64 rows, const QString &name, QString *error)
{
    const Shape &s = t.shape;
    if ((s.size() == 2 && s[0] == rows) || (s.size() == 1 && s[0] == rows) || (s.empty() && rows == 1)) {
        const qint64 cols = s.size() == 2 ? s[1] : 1;
        return MatrixF(Eigen::Map<const MatrixF>(t.values.data(), rows, cols));
    }
    *error = QStringLiteral("output '%1' has shape %2 for %3 input rows; expected [%3, outputs] or [%3]")
                 .arg(name, shapeString(s)).arg(rows);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString nodeLabel(int index, const onnx::NodeProto &node)
{
    return node.name().empty() ? QStringLiteral("node %1").arg(index)
                               : QStringLiteral("node %1 (\"%2\")").arg(index).arg(qs(node.name()));
}

QString elementTypeName(int type)
{
    return onnx::TensorProto_DataType_IsValid(type)
               ? qs(onnx::TensorProto_DataType_Name(onnx::TensorProto_DataType(type)))
               : QString::number(type);
}

// Decodes a float32 or int64 tensor; counts its elements against *budget (parameters left).
std::shared_ptr<Tensor> decodeTensor(const onnx::TensorProto &proto, const QString &what, qint64 *budget, QString *error)
{
    if (proto.data_location() == onnx::TensorProto::EXTERNAL || proto.external_data_size() > 0)
        return fail(error, QStringLiteral("%1: external tensor data is not supported").arg(what));
    if (proto.has_segment())
        return fail(error, QStringLiteral("%1: segmented tensors are not supported").arg(what));
    auto t = std::make_shared<Tensor>();
    qint64 count = 1;
    auto tooMany = [&] {
        return fail(error, QStringLiteral("%1: the model has more than %2 parameters").arg(what).arg(OnnxModel::kMaxParameters));
    };
    for (qint64 d : proto.dims()) {
        if (d < 0)
            return fail(error, QStringLiteral("%1: negative dimension %2").arg(what).arg(d));
        if (d > 0 && count > OnnxModel::kMaxParameters / d)
            return tooMany();
        count *= d;
        t->shape.push_back(d);
    }
    if (count > *budget)
        return tooMany();
    if (t->shape.size() > size_t(kMaxRank))
        return fail(error, QStringLiteral("%1: %2 dimensions (at most %3 are supported)").arg(what).arg(t->shape.size()).arg(kMaxRank));
    *budget -= count;
    const std::string &raw = proto.raw_data();
    if (proto.data_type() == onnx::TensorProto::FLOAT) {
        t->values.resize(count);
        if (proto.has_raw_data() && qint64(raw.size()) == 4 * count)
            qFromLittleEndian<float>(raw.data(), count, t->values.data());
        else if (!proto.has_raw_data() && proto.float_data_size() == count)
            std::copy(proto.float_data().begin(), proto.float_data().end(), t->values.data());
        else
            return fail(error, QStringLiteral("%1: data does not match its shape %2 (truncated?)").arg(what, shapeString(t->shape)));
        for (qint64 i = 0; i < count; ++i) {
            if (!std::isfinite(t->values[i]))
                return fail(error, QStringLiteral("%1 holds a non-finite value (%2) at element %3")
                                       .arg(what, std::isnan(t->values[i]) ? QStringLiteral("NaN") : QStringLiteral("inf")).arg(i));
        }
    } else if (proto.data_type() == onnx::TensorProto::INT64) {
        t->isInt = true;
        t->ints.resize(size_t(count));
        if (proto.has_raw_data() && qint64(raw.size()) == 8 * count)
            qFromLittleEndian<qint64>(raw.data(), count, t->ints.data());
        else if (!proto.has_raw_data() && proto.int64_data_size() == count)
            std::copy(proto.int64_data().begin(), proto.int64_data().end(), t->ints.begin());
        else
            return fail(error, QStringLiteral("%1: data does not match its shape %2 (truncated?)").arg(what, shapeString(t->shape)));
    } else {
        return fail(error, QStringLiteral("%1: element type %2 is not supported (only float32)").arg(what, elementTypeName(proto.data_type())));
    }
    return t;
}

const onnx::AttributeProto *attribute(const onnx::NodeProto &node, const char *name)
{
    for (const onnx::AttributeProto &a : node.attribute()) {
        if (a.name() == name)
            return &a;
    }
    return nullptr;
}

float floatAttribute(const onnx::NodeProto &node, const char *name, float fallback)
{
    const onnx::AttributeProto *a = attribute(node, name);
    return a ? a->f() : fallback;
}

qint64 intAttribute(const onnx::NodeProto &node, const char *name, qint64 fallback)
{
    const onnx::AttributeProto *a = attribute(node, name);
    return a ? a->i() : fallback;
}

// The tensor a Constant node defines.
std::shared_ptr<Tensor> constantValue(const onnx::NodeProto &node, const QString &label, qint64 *budget, QString *error)
{
    if (const onnx::AttributeProto *a = attribute(node, "value"))
        return decodeTensor(a->t(), label + QLatin1StringView(": constant"), budget, error);
    auto t = std::make_shared<Tensor>();
    if (const onnx::AttributeProto *a = attribute(node, "value_float")) {
        t->values = VectorF::Constant(1, a->f());
    } else if (const onnx::AttributeProto *a = attribute(node, "value_floats")) {
        t->shape = {a->floats_size()};
        t->values = Eigen::Map<const VectorF>(a->floats().data(), a->floats_size());
    } else if (const onnx::AttributeProto *a = attribute(node, "value_int")) {
        t->isInt = true;
        t->ints = {a->i()};
    } else if (const onnx::AttributeProto *a = attribute(node, "value_ints")) {
        t->isInt = true;
        t->shape = {a->ints_size()};
        t->ints.assign(a->ints().begin(), a->ints().end());
    } else {
        return fail(error, label + QStringLiteral(": only float32 and int64 Constant values are supported"));
    }
    *budget -= t->isInt ? qint64(t->ints.size()) : qint64(t->values.size());
    if (*budget < 0)
        return fail(error, label + QStringLiteral(": the model has more than %1 parameters").arg(OnnxModel::kMaxParameters));
    if (!t->isInt && !t->values.allFinite())
        return fail(error, label + QStringLiteral(": constant holds a non-finite value"));
    return t;
}

class GraphBuilder
{
public:
    explicit GraphBuilder(OnnxModel::Graph &g) : m_g(g) {}

    bool build(const onnx::ModelProto &model, QString *error);

private:
    int addValue(const std::string &name, TensorPtr constant = nullptr)
    {
        const int id = int(m_g.constants.size());
        m_ids.emplace(name, id);
        m_g.constants.push_back(std::move(constant));
        return id;
    }
    bool buildNode(int index, const onnx::NodeProto &node, qint64 *budget, QString *error);
    bool checkInterface(const onnx::GraphProto &graph, QString *error);
    void prune();

    OnnxModel::Graph &m_g;
    std::unordered_map<std::string, int> m_ids;
};

bool GraphBuilder::checkInterface(const onnx::GraphProto &graph, QString *error)
{
    std::vector<const onnx::ValueInfoProto *> inputs;
    for (const onnx::ValueInfoProto &v : graph.input()) {
        if (!m_ids.count(v.name())) // inputs that are also initializers (IR < 4) are weights
            inputs.push_back(&v);
    }
    if (inputs.size() != 1) {
        QStringList names;
        for (const onnx::ValueInfoProto *v : inputs)
            names.append(qs(v->name()));
        *error = QStringLiteral("the graph has %1 inputs%2; EdgeFront needs exactly one, the encoding [N, F]")
                     .arg(inputs.size())
                     .arg(names.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(names.join(QLatin1StringView(", "))));
        return false;
    }
    const onnx::ValueInfoProto &in = *inputs.front();
    m_g.inputName = qs(in.name());
    if (!in.type().has_tensor_type() || in.type().tensor_type().elem_type() != onnx::TensorProto::FLOAT) {
        *error = QStringLiteral("input '%1' has element type %2; only float32 is supported")
                     .arg(m_g.inputName, in.type().has_tensor_type() ? elementTypeName(in.type().tensor_type().elem_type())
                                                                     : QStringLiteral("(not a tensor)"));
        return false;
    }
    const auto &tt = in.type().tensor_type();
    if (!tt.has_shape() || tt.shape().dim_size() != 2 || !tt.shape().dim(1).has_dim_value() || tt.shape().dim(1).dim_value() <= 0
        || tt.shape().dim(1).dim_value() > std::numeric_limits<int>::max()) {
        *error = QStringLiteral("input '%1' must be a float32 matrix [N, F] with a fixed width F").arg(m_g.inputName);
        return false;
    }
    m_g.inputWidth = int(tt.shape().dim(1).dim_value());
    m_g.inputValue = addValue(in.name());

    if (graph.output_size() != 1) {
        *error = QStringLiteral("the graph has %1 outputs; EdgeFront needs exactly one").arg(graph.output_size());
        return false;
    }
    const onnx::ValueInfoProto &out = graph.output(0);
    m_g.outputName = qs(out.name());
    if (out.type().has_tensor_type() && out.type().tensor_type().elem_type() != onnx::TensorProto::FLOAT) {
        *error = QStringLiteral("output '%1' has element type %2; only float32 is supported")
                     .arg(m_g.outputName, elementTypeName(out.type().tensor_type().elem_type()));
        return false;
    }
    return true;
}

bool GraphBuilder::buildNode(int index, const onnx::NodeProto &node, qint64 *budget, QString *error)
{
    const QString label = nodeLabel(index, node);
    auto failNode = [&](const QString &message) {
        *error = label + QLatin1StringView(": ") + message;
        return false;
    };
    const bool defaultDomain = node.domain().empty() || node.domain() == "ai.onnx";
    const auto known = std::find_if(std::begin(kOperators), std::end(kOperators),
                                    [&](const auto &entry) { return node.op_type() == entry.first; });
    const bool isConstant = node.op_type() == "Constant";
    if (!defaultDomain || (known == std::end(kOperators) && !isConstant)) {
        const QString op = defaultDomain ? qs(node.op_type()) : qs(node.domain()) + QLatin1StringView("::") + qs(node.op_type());
        return failNode(QStringLiteral("operator %1 is not supported (supported: %2)")
                            .arg(op, OnnxModel::supportedOperators().join(QLatin1StringView(", "))));
    }
    if (node.output_size() != 1 || node.output(0).empty())
        return failNode(QStringLiteral("%1 with %2 outputs is not supported").arg(qs(node.op_type())).arg(node.output_size()));
    if (m_ids.count(node.output(0)))
        return failNode(QStringLiteral("value '%1' is defined twice").arg(qs(node.output(0))));
    if (isConstant) {
        const auto value = constantValue(node, label, budget, error);
        if (!value)
            return false;
        addValue(node.output(0), value);
        return true;
    }

    Node n;
    n.op = known->second;
    n.label = label;
    for (int i = 0; i < node.input_size(); ++i) {
        const std::string &name = node.input(i);
        if (name.empty()) {
            n.inputs.push_back(-1);
            continue;
        }
        const auto it = m_ids.find(name);
        if (it == m_ids.end())
            return failNode(QStringLiteral("input '%1' is not defined before the node").arg(qs(name)));
        n.inputs.push_back(it->second);
    }
    // Inputs that must be int64 constants (shapes, axes) are read now; every other is float.
    auto intConstant = [&](int slot) -> const Tensor * {
        const int id = slot < int(n.inputs.size()) ? n.inputs[size_t(slot)] : -1;
        const Tensor *t = id >= 0 ? m_g.constants[size_t(id)].get() : nullptr;
        return t && t->isInt ? t : nullptr;
    };
    int intSlot = -1;
    switch (n.op) {
    case Op::Gemm:
        n.alpha = floatAttribute(node, "alpha", 1.0f);
        n.beta = floatAttribute(node, "beta", 1.0f);
        n.transA = intAttribute(node, "transA", 0) != 0;
        n.transB = intAttribute(node, "transB", 0) != 0;
        break;
    case Op::LeakyRelu: n.alpha = floatAttribute(node, "alpha", 0.01f); break;
    case Op::Clip: // opset < 11: attributes; later: optional inputs
        n.clipMin = floatAttribute(node, "min", n.clipMin);
        n.clipMax = floatAttribute(node, "max", n.clipMax);
        break;
    case Op::Concat:
        if (!attribute(node, "axis"))
            return failNode(QStringLiteral("Concat without an axis"));
        n.axis = intAttribute(node, "axis", 0);
        break;
    case Op::Flatten: n.axis = intAttribute(node, "axis", 1); break;
    case Op::Reshape: {
        n.allowZero = intAttribute(node, "allowzero", 0) != 0;
        const Tensor *shape = intConstant(1);
        if (!shape)
            return failNode(QStringLiteral("Reshape needs a constant int64 shape"));
        n.shape = shape->ints;
        intSlot = 1;
        break;
    }
    case Op::Squeeze:
    case Op::Unsqueeze:
        if (const onnx::AttributeProto *a = attribute(node, "axes")) { // opset < 13
            n.axes.assign(a->ints().begin(), a->ints().end());
            n.hasAxes = true;
        } else if (n.inputs.size() > 1 && n.inputs[1] >= 0) {
            const Tensor *axes = intConstant(1);
            if (!axes)
                return failNode(QStringLiteral("%1 needs constant int64 axes").arg(qs(node.op_type())));
            n.axes = axes->ints;
            n.hasAxes = true;
            intSlot = 1;
        } else if (n.op == Op::Unsqueeze) {
            return failNode(QStringLiteral("Unsqueeze without axes"));
        }
        break;
    default: break;
    }
    if (n.op == Op::Identity && intConstant(0)) { // a renamed shape or axes constant
        addValue(node.output(0), m_g.constants[size_t(n.inputs[0])]);
        return true;
    }
    // The checker has verified input counts; still, never dereference a missing input.
    const size_t required = n.op == Op::Gemm || n.op == Op::MatMul || n.op == Op::Reshape || n.op == Op::Add
                                    || n.op == Op::Sub || n.op == Op::Mul || n.op == Op::Div
                                ? 2
                                : 1;
    if (n.inputs.size() < required)
        return failNode(QStringLiteral("%1 needs %2 inputs").arg(qs(node.op_type())).arg(required));
    for (size_t i = 0; i < n.inputs.size(); ++i) {
        const bool optional = (n.op == Op::Clip && i > 0) || (n.op == Op::Gemm && i == 2)
                              || ((n.op == Op::Squeeze || n.op == Op::Unsqueeze) && i == 1);
        if (n.inputs[i] < 0 && !optional)
            return failNode(QStringLiteral("input %1 is missing").arg(i));
    }
    for (size_t i = 0; i < n.inputs.size(); ++i) {
        if (int(i) == intSlot) {
            n.inputs.resize(1); // the constant was read above
            break;
        }
        const Tensor *t = n.inputs[i] >= 0 ? m_g.constants[size_t(n.inputs[i])].get() : nullptr;
        if (t && t->isInt)
            return failNode(QStringLiteral("input '%1' is int64; only float32 data is supported here").arg(qs(node.input(int(i)))));
    }
    n.output = addValue(node.output(0));
    m_g.nodes.push_back(std::move(n));
    return true;
}

// Keeps only the nodes the output depends on.
void GraphBuilder::prune()
{
    std::vector<bool> needed(m_g.constants.size(), false);
    needed[size_t(m_g.outputValue)] = true;
    std::vector<Node> kept;
    for (auto it = m_g.nodes.rbegin(); it != m_g.nodes.rend(); ++it) {
        if (!needed[size_t(it->output)])
            continue;
        for (int id : it->inputs) {
            if (id >= 0)
                needed[size_t(id)] = true;
        }
        kept.insert(kept.begin(), std::move(*it));
    }
    m_g.nodes = std::move(kept);
}

bool GraphBuilder::build(const onnx::ModelProto &model, QString *error)
{
    const onnx::GraphProto &graph = model.graph();
    if (graph.sparse_initializer_size() > 0) {
        *error = QStringLiteral("sparse initializers are not supported");
        return false;
    }
    qint64 budget = OnnxModel::kMaxParameters;
    for (const onnx::TensorProto &init : graph.initializer()) {
        if (m_ids.count(init.name())) {
            *error = QStringLiteral("initializer '%1' is defined twice").arg(qs(init.name()));
            return false;
        }
        const auto t = decodeTensor(init, QStringLiteral("initializer '%1'").arg(qs(init.name())), &budget, error);
        if (!t)
            return false;
        addValue(init.name(), t);
    }
    if (!checkInterface(graph, error))
        return false;
    for (int i = 0; i < graph.node_size(); ++i) {
        if (!buildNode(i, graph.node(i), &budget, error))
            return false;
    }
    m_g.parameters = OnnxModel::kMaxParameters - budget;
    const auto out = m_ids.find(graph.output(0).name());
    if (out == m_ids.end()) {
        *error = QStringLiteral("output '%1' is not computed by any node").arg(m_g.outputName);
        return false;
    }
    m_g.outputValue = out->second;
    if (const Tensor *t = m_g.constants[size_t(m_g.outputValue)].get(); t && t->isInt) {
        *error = QStringLiteral("output '%1' is int64; only float32 is supported").arg(m_g.outputName);
        return false;
    }
    prune();
    // Trial runs, so that a graph whose shapes do not work out is rejected now.
    for (const int rows : {1, 2}) {
        QString message;
        const TensorPtr result = run(m_g, MatrixF::Zero(rows, m_g.inputWidth), &message);
        if (!result) {
            *error = message;
            return false;
        }
        const auto y = outputMatrix(*result, rows, m_g.outputName, error);
        if (!y)
            return false;
        if (rows == 2 && y->cols() != m_g.outputWidth) {
            *error = QStringLiteral("output '%1' width depends on the batch size").arg(m_g.outputName);
            return false;
        }
        m_g.outputWidth = int(y->cols());
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------
// OnnxModel
// ---------------------------------------------------------------------------------------

OnnxModel::OnnxModel(std::shared_ptr<const Graph> graph) : m_graph(std::move(graph)) {}

QStringList OnnxModel::supportedOperators()
{
    QStringList names{QStringLiteral("Constant")};
    for (const auto &entry : kOperators)
        names.append(QLatin1StringView(entry.first));
    names.sort();
    return names;
}

namespace {

// EdgeFront's exportMlp writes a fixed chain of named nodes; reading it back as an MlpModel
// gives the fast evaluation path. Anything else (or a chain that does not reproduce the
// interpreter on a probe) returns null and the interpreter is used.
std::shared_ptr<const MlpModel> recoverMlp(const onnx::ModelProto &model)
{
    if (model.producer_name() != "EdgeFront")
        return nullptr;
    const onnx::GraphProto &g = model.graph();
    std::map<std::string, const onnx::TensorProto *> inits;
    for (const onnx::TensorProto &t : g.initializer())
        inits[t.name()] = &t;
    qint64 budget = kMaxParametersForRecovery;
    QString error;
    auto vector = [&](const std::string &name) -> std::optional<VectorF> {
        const auto it = inits.find(name);
        if (it == inits.end())
            return std::nullopt;
        auto t = decodeTensor(*it->second, QString(), &budget, &error);
        if (!t || t->isInt)
            return std::nullopt;
        return t->values;
    };
    auto matrix = [&](const std::string &name) -> std::optional<MatrixF> {
        const auto it = inits.find(name);
        if (it == inits.end() || it->second->dims_size() != 2)
            return std::nullopt;
        auto t = decodeTensor(*it->second, QString(), &budget, &error);
        if (!t || t->isInt)
            return std::nullopt;
        return MatrixF(Eigen::Map<const MatrixF>(t->values.data(), it->second->dims(0), it->second->dims(1)));
    };
    auto m = std::make_shared<MlpModel>();
    for (const onnx::NodeProto &node : g.node()) {
        const std::string &name = node.name();
        if (name == "normalise/sub") {
            auto v = vector("input_mean");
            if (!v)
                return nullptr;
            m->inputMean = *v;
        } else if (name == "normalise/div") {
            auto v = vector("input_scale");
            if (!v)
                return nullptr;
            m->inputScale = *v;
        } else if (name.rfind("layer", 0) == 0 && name.size() > 5 && node.op_type() == "Gemm") {
            const std::string prefix = name.substr(0, name.find('/'));
            auto w = matrix(prefix + ".weight");
            auto b = vector(prefix + ".bias");
            if (!w || !b)
                return nullptr;
            DenseLayer l;
            l.weight = std::move(*w);
            l.bias = std::move(*b);
            l.activation = MlpActivation::None;
            m->layers.push_back(std::move(l));
        } else if (name.rfind("layer", 0) == 0 && !m->layers.empty()) {
            const std::string &op = node.op_type();
            DenseLayer &l = m->layers.back();
            if (op == "Relu")
                l.activation = MlpActivation::Relu;
            else if (op == "Sigmoid")
                l.activation = MlpActivation::Sigmoid;
            else if (op == "Tanh")
                l.activation = MlpActivation::Tanh;
            else if (op == "LeakyRelu") {
                l.activation = MlpActivation::LeakyRelu;
                for (const onnx::AttributeProto &a : node.attribute())
                    if (a.name() == "alpha")
                        l.leakySlope = a.f();
            } else
                return nullptr;
        } else if (name == "output/mul") {
            auto v = vector("output_scale");
            if (!v)
                return nullptr;
            m->outputScale = *v;
        } else if (name == "output/add") {
            auto v = vector("output_offset");
            if (!v)
                return nullptr;
            m->outputOffset = *v;
        } else if (name == "skip/matmul") {
            auto w = matrix("input_skip");
            if (!w)
                return nullptr;
            m->inputSkip = std::move(*w);
        } else if (name == "output/skip_add") {
        } else if (name == "output/exp") {
            m->logOutput = true;
        } else {
            return nullptr;
        }
    }
    QString invalid;
    if (!m->isValid(&invalid))
        return nullptr;
    return m;
}

} // namespace

std::optional<OnnxModel> OnnxModel::fromBytes(const QByteArray &bytes, const QString &source, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    auto failWith = [&](const QString &message) {
        *error = source + QLatin1StringView(": ") + message;
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return failWith(QStringLiteral("the file is empty"));
    if (bytes.size() > kMaxFileBytes)
        return failWith(QStringLiteral("%1 bytes is over the %2 MB limit for models").arg(bytes.size()).arg(kMaxFileBytes >> 20));
    onnx::ModelProto model;
    if (!model.ParseFromArray(bytes.constData(), int(bytes.size())))
        return failWith(QStringLiteral("not an ONNX model (the protobuf message does not parse; truncated or another format?)"));
    if (model.ir_version() <= 0 || !model.has_graph())
        return failWith(QStringLiteral("not an ONNX model (no IR version or graph)"));
    try {
        onnx::checker::check_model(model);
    } catch (const std::exception &e) {
        return failWith(QStringLiteral("the ONNX checker rejects the model: %1").arg(QString::fromUtf8(e.what()).simplified()));
    }

    auto graph = std::make_shared<Graph>();
    graph->source = source;
    graph->producerName = qs(model.producer_name());
    graph->producerVersion = qs(model.producer_version());
    graph->docString = qs(model.doc_string());
    graph->graphName = qs(model.graph().name());
    graph->irVersion = model.ir_version();
    for (const onnx::OperatorSetIdProto &opset : model.opset_import()) {
        if (opset.domain().empty() || opset.domain() == "ai.onnx")
            graph->opsetVersion = opset.version();
    }
    for (const onnx::StringStringEntryProto &entry : model.metadata_props())
        graph->metadata.insert(qs(entry.key()), qs(entry.value()));
    QString message;
    if (!GraphBuilder(*graph).build(model, &message))
        return failWith(message);
    graph->mlp = recoverMlp(model);
    return OnnxModel(std::move(graph));
}

const MlpModel *OnnxModel::mlp() const
{
    return m_graph->mlp.get();
}

std::optional<OnnxModel> OnnxModel::fromFile(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = QStringLiteral("%1: %2 bytes is over the %3 MB limit for models").arg(path).arg(file.size()).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromBytes(bytes, path, error);
}

int OnnxModel::inputWidth() const { return m_graph->inputWidth; }
int OnnxModel::outputWidth() const { return m_graph->outputWidth; }
QString OnnxModel::inputName() const { return m_graph->inputName; }
QString OnnxModel::outputName() const { return m_graph->outputName; }
qint64 OnnxModel::parameterCount() const { return m_graph->parameters; }
QString OnnxModel::source() const { return m_graph->source; }
QString OnnxModel::producerName() const { return m_graph->producerName; }
QString OnnxModel::producerVersion() const { return m_graph->producerVersion; }
QString OnnxModel::docString() const { return m_graph->docString; }
QString OnnxModel::graphName() const { return m_graph->graphName; }
qint64 OnnxModel::irVersion() const { return m_graph->irVersion; }
qint64 OnnxModel::opsetVersion() const { return m_graph->opsetVersion; }
QMap<QString, QString> OnnxModel::metadata() const { return m_graph->metadata; }

MatrixF OnnxModel::evaluate(const MatrixF &x, QString *error) const
{
    QString message;
    auto failWith = [&](const QString &text) {
        if (error)
            *error = m_graph->source + QLatin1StringView(": ") + text;
        return MatrixF();
    };
    if (x.cols() != m_graph->inputWidth)
        return failWith(QStringLiteral("expected %1 inputs, got %2").arg(m_graph->inputWidth).arg(x.cols()));
    if (x.rows() == 0)
        return MatrixF(0, m_graph->outputWidth);
    const TensorPtr result = run(*m_graph, x, &message);
    if (!result)
        return failWith(message);
    auto y = outputMatrix(*result, x.rows(), m_graph->outputName, &message);
    if (!y)
        return failWith(message);
    if (y->cols() != m_graph->outputWidth)
        return failWith(QStringLiteral("output '%1' has %2 columns for %3 rows, %4 for one")
                            .arg(m_graph->outputName).arg(y->cols()).arg(x.rows()).arg(m_graph->outputWidth));
    return std::move(*y);
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

bool OnnxExportOptions::isValid(QString *error) const
{
    if (inputName.isEmpty() || outputName.isEmpty()) {
        *error = QStringLiteral("the input and output need names");
        return false;
    }
    if (inputName == outputName) {
        *error = QStringLiteral("the input and output are both called '%1'").arg(inputName);
        return false;
    }
    return true;
}

namespace {

class MlpExporter
{
public:
    explicit MlpExporter(onnx::GraphProto *graph, const std::string &input) : m_graph(graph), m_current(input) {}

    void addInitializer(const std::string &name, const float *data, qint64 rows, qint64 cols = -1)
    {
        onnx::TensorProto *t = m_graph->add_initializer();
        t->set_name(name);
        t->set_data_type(onnx::TensorProto::FLOAT);
        t->add_dims(rows);
        if (cols >= 0)
            t->add_dims(cols);
        const qint64 count = rows * std::max<qint64>(cols, 1);
        std::string raw(size_t(count) * sizeof(float), '\0');
        qToLittleEndian<float>(data, count, raw.data());
        t->set_raw_data(std::move(raw));
        m_names.insert(name);
    }

    // Appends a node that consumes the current value (and `other`); its output becomes current.
    onnx::NodeProto *addNode(const char *op, const std::string &name, std::vector<std::string> others = {})
    {
        onnx::NodeProto *node = m_graph->add_node();
        node->set_op_type(op);
        node->set_name(name);
        node->add_input(m_current);
        for (const std::string &o : others)
            node->add_input(o);
        m_current = name + "_out";
        node->add_output(m_current);
        m_names.insert(name);
        m_names.insert(m_current);
        return node;
    }

    bool uses(const std::string &name) const { return m_names.count(name) > 0; }

private:
    onnx::GraphProto *m_graph;
    std::string m_current;
    std::set<std::string> m_names;
};

void setMatrixType(onnx::ValueInfoProto *value, const std::string &name, qint64 width)
{
    value->set_name(name);
    onnx::TypeProto_Tensor *type = value->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    type->mutable_shape()->add_dim()->set_dim_param("N");
    type->mutable_shape()->add_dim()->set_dim_value(width);
}

void addFloatAttribute(onnx::NodeProto *node, const char *name, float value)
{
    onnx::AttributeProto *a = node->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::FLOAT);
    a->set_f(value);
}

} // namespace

QByteArray OnnxModel::exportMlp(const MlpModel &mlp, const OnnxExportOptions &options)
{
    QString ignored;
    if (!mlp.isValid(&ignored) || !options.isValid(&ignored))
        return {};
    const std::string inputName = options.inputName.toStdString();
    const std::string outputName = options.outputName.toStdString();
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.set_producer_name("EdgeFront");
    model.set_producer_version(EDGEFRONT_VERSION);
    model.set_doc_string(options.docString.toStdString());
    onnx::OperatorSetIdProto *opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    for (auto it = options.metadata.cbegin(); it != options.metadata.cend(); ++it) {
        onnx::StringStringEntryProto *entry = model.add_metadata_props();
        entry->set_key(it.key().toStdString());
        entry->set_value(it.value().toStdString());
    }
    onnx::GraphProto *graph = model.mutable_graph();
    graph->set_name(options.graphName.toStdString());
    setMatrixType(graph->add_input(), inputName, mlp.inputSize());

    // Same steps, in the same order, as MlpModel::predict.
    MlpExporter e(graph, inputName);
    if (mlp.inputMean.size() == mlp.inputSize()) {
        e.addInitializer("input_mean", mlp.inputMean.data(), mlp.inputSize());
        e.addNode("Sub", "normalise/sub", {"input_mean"});
    }
    if (mlp.inputScale.size() == mlp.inputSize()) {
        e.addInitializer("input_scale", mlp.inputScale.data(), mlp.inputSize());
        e.addNode("Div", "normalise/div", {"input_scale"});
    }
    for (size_t i = 0; i < mlp.layers.size(); ++i) {
        const DenseLayer &l = mlp.layers[i];
        const std::string prefix = "layer" + std::to_string(i);
        e.addInitializer(prefix + ".weight", l.weight.data(), l.inputs(), l.outputs()); // in x out: transB = 0
        e.addInitializer(prefix + ".bias", l.bias.data(), l.outputs());
        e.addNode("Gemm", prefix + "/gemm", {prefix + ".weight", prefix + ".bias"});
        switch (l.activation) {
        case MlpActivation::None: break;
        case MlpActivation::Relu: e.addNode("Relu", prefix + "/relu"); break;
        case MlpActivation::LeakyRelu: addFloatAttribute(e.addNode("LeakyRelu", prefix + "/leaky_relu"), "alpha", l.leakySlope); break;
        case MlpActivation::Sigmoid: e.addNode("Sigmoid", prefix + "/sigmoid"); break;
        case MlpActivation::Tanh: e.addNode("Tanh", prefix + "/tanh"); break;
        }
    }
    if (mlp.outputScale.size() == mlp.outputSize()) {
        e.addInitializer("output_scale", mlp.outputScale.data(), mlp.outputSize());
        e.addNode("Mul", "output/mul", {"output_scale"});
    }
    if (mlp.outputOffset.size() == mlp.outputSize()) {
        e.addInitializer("output_offset", mlp.outputOffset.data(), mlp.outputSize());
        e.addNode("Add", "output/add", {"output_offset"});
    }
    if (mlp.inputSkip.rows() == mlp.inputSize() && mlp.inputSkip.cols() == mlp.outputSize()) {
        // Linear skip from the raw input: MatMul(x, input_skip) added before exp.
        e.addInitializer("input_skip", mlp.inputSkip.data(), mlp.inputSize(), mlp.outputSize());
        onnx::NodeProto *skip = graph->add_node();
        skip->set_op_type("MatMul");
        skip->set_name("skip/matmul");
        skip->add_input(inputName);
        skip->add_input("input_skip");
        skip->add_output("skip/matmul_out");
        e.addNode("Add", "output/skip_add", {"skip/matmul_out"});
    }
    if (mlp.logOutput)
        e.addNode("Exp", "output/exp");
    if (e.uses(inputName) || e.uses(outputName) || inputName == "skip/matmul_out" || outputName == "skip/matmul_out")
        return {}; // a chosen name collides with an internal one
    graph->mutable_node(graph->node_size() - 1)->set_output(0, outputName);
    setMatrixType(graph->add_output(), outputName, mlp.outputSize());

    const std::string bytes = model.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace edgefront
