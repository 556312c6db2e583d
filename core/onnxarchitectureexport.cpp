#include "onnxarchitectureexport.h"

#include "designspace.h"
#include "layergraph.h"

#include <edgefront/version.h>

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <QFloat16>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace edgefront {

namespace {

// Activations are assumed to lie within +-kActivationRange for their quantization scale (the
// weights are random, so any fixed range is as good as a calibrated one).
constexpr float kActivationRange = 4.0f;

// SplitMix64 (Steele, Lea, Flood 2014) seeded by the export seed and an FNV-1a hash of the
// tensor's name: each tensor's values depend on nothing else.
class TensorRandom
{
public:
    TensorRandom(quint64 seed, const std::string &name)
    {
        quint64 h = 1469598103934665603ull;
        for (unsigned char c : name) {
            h ^= c;
            h *= 1099511628211ull;
        }
        m_state = seed ^ h;
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    float uniform(float lo, float hi) { return lo + (hi - lo) * float(double(next() >> 11) * 0x1.0p-53); }

private:
    quint64 m_state;
};

using Dims = std::vector<qint64>;

class OnnxGraphWriter
{
public:
    OnnxGraphWriter(onnx::GraphProto *graph, const ArchitectureExportOptions &options)
        : m_graph(graph)
        , m_options(options)
    {
    }

    // A tensor name not used before, derived from `base`.
    std::string tensorName(const std::string &base)
    {
        std::string name = base;
        for (int i = 2; m_tensors.count(name); ++i)
            name = base + "_" + std::to_string(i);
        m_tensors.insert(name);
        return name;
    }
    void reserve(const std::string &name) { m_tensors.insert(name); }

    onnx::NodeProto *node(const char *op, const std::vector<std::string> &inputs, const std::string &output)
    {
        onnx::NodeProto *n = m_graph->add_node();
        n->set_op_type(op);
        n->set_name(output + "/" + op);
        for (const std::string &in : inputs)
            n->add_input(in);
        n->add_output(output);
        return n;
    }

    onnx::TensorProto *initializer(const std::string &name, const Dims &dims, int type)
    {
        onnx::TensorProto *t = m_graph->add_initializer();
        t->set_name(name);
        t->set_data_type(type);
        for (qint64 d : dims)
            t->add_dims(d);
        return t;
    }
    std::string floatTensor(const std::string &base, const Dims &dims, const std::vector<float> &values)
    {
        const std::string name = tensorName(base);
        initializer(name, dims, onnx::TensorProto::FLOAT)
            ->set_raw_data(std::string(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(float)));
        return name;
    }
    std::string int8Tensor(const std::string &base, const Dims &dims, const std::vector<qint8> &values)
    {
        const std::string name = tensorName(base);
        initializer(name, dims, onnx::TensorProto::INT8)
            ->set_raw_data(std::string(reinterpret_cast<const char *>(values.data()), values.size()));
        return name;
    }
    std::string halfTensor(const std::string &base, const Dims &dims, const std::vector<float> &values)
    {
        std::vector<qfloat16> halves(values.begin(), values.end());
        const std::string name = tensorName(base);
        initializer(name, dims, onnx::TensorProto::FLOAT16)
            ->set_raw_data(std::string(reinterpret_cast<const char *>(halves.data()), halves.size() * sizeof(qfloat16)));
        return name;
    }
    // Shared scalar constants (quantization scales, zero points, clip bounds).
    std::string scalar(const std::string &name, float value)
    {
        if (!m_tensors.count(name)) {
            m_tensors.insert(name);
            initializer(name, {}, onnx::TensorProto::FLOAT)->add_float_data(value);
        }
        return name;
    }
    std::string int8ZeroScalar()
    {
        const std::string name = "qdq.zero_point";
        if (!m_tensors.count(name)) {
            m_tensors.insert(name);
            initializer(name, {}, onnx::TensorProto::INT8)->add_int32_data(0);
        }
        return name;
    }

    static void setInts(onnx::NodeProto *n, const char *name, std::initializer_list<qint64> values)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (qint64 v : values)
            a->add_ints(v);
    }
    static void setInt(onnx::NodeProto *n, const char *name, qint64 value)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }
    static void setFloat(onnx::NodeProto *n, const char *name, float value)
    {
        onnx::AttributeProto *a = n->add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::FLOAT);
        a->set_f(value);
    }

    // The activation `x` as a layer of `bits` reads it: QDQ (<= 8), rounded through float16
    // (16) or unchanged.
    std::string activationInput(const std::string &x, int bits, const std::string &prefix)
    {
        if (!m_options.quantize || bits >= 32)
            return x;
        if (bits > 8) {
            onnx::NodeProto *toHalf = node("Cast", {x}, tensorName(prefix + ".input_fp16"));
            setInt(toHalf, "to", onnx::TensorProto::FLOAT16);
            onnx::NodeProto *back = node("Cast", {toHalf->output(0)}, tensorName(prefix + ".input_rounded"));
            setInt(back, "to", onnx::TensorProto::FLOAT);
            return back->output(0);
        }
        const bool four = bits <= 4;
        const float scale = kActivationRange / (four ? 7.0f : 127.0f);
        const std::string scaleName = scalar(four ? "qdq.activation_scale_4bit" : "qdq.activation_scale_8bit", scale);
        std::string in = x;
        if (four) {
            in = node("Clip", {x, scalar("qdq.clip_min_4bit", -8.0f * scale), scalar("qdq.clip_max_4bit", 7.0f * scale)},
                      tensorName(prefix + ".input_clipped"))
                     ->output(0);
        }
        const std::string q = node("QuantizeLinear", {in, scaleName, int8ZeroScalar()}, tensorName(prefix + ".input_quantized"))
                                  ->output(0);
        return node("DequantizeLinear", {q, scaleName, int8ZeroScalar()}, tensorName(prefix + ".input_dequantized"))->output(0);
    }

    // A weight tensor (output channels first) at `bits`.
    std::string weight(const std::string &prefix, const Dims &dims, const std::vector<float> &values, int bits)
    {
        if (!m_options.quantize || bits >= 32)
            return floatTensor(prefix + ".weight", dims, values);
        if (bits > 8) {
            const std::string half = halfTensor(prefix + ".weight_fp16", dims, values);
            onnx::NodeProto *cast = node("Cast", {half}, tensorName(prefix + ".weight"));
            setInt(cast, "to", onnx::TensorProto::FLOAT);
            return cast->output(0);
        }
        // Symmetric per-output-channel int8; 4-bit uses 16 of its levels.
        const int qmax = bits <= 4 ? 7 : 127;
        const int qmin = bits <= 4 ? -8 : -128;
        const qint64 channels = dims.front();
        const size_t perChannel = values.size() / size_t(channels);
        std::vector<float> scales(static_cast<size_t>(channels));
        std::vector<qint8> q(values.size());
        for (qint64 c = 0; c < channels; ++c) {
            float amax = 0.0f;
            for (size_t i = 0; i < perChannel; ++i)
                amax = std::max(amax, std::abs(values[size_t(c) * perChannel + i]));
            const float s = amax > 0.0f ? amax / float(qmax) : 1.0f;
            scales[size_t(c)] = s;
            for (size_t i = 0; i < perChannel; ++i) {
                const size_t j = size_t(c) * perChannel + i;
                q[j] = qint8(std::clamp(int(std::lround(values[j] / s)), qmin, qmax));
            }
        }
        const std::string qName = int8Tensor(prefix + ".weight_quantized", dims, q);
        const std::string scaleName = floatTensor(prefix + ".weight_scale", {channels}, scales);
        const std::string zeroName = int8Tensor(prefix + ".weight_zero_point", {channels}, std::vector<qint8>(size_t(channels), 0));
        onnx::NodeProto *dq = node("DequantizeLinear", {qName, scaleName, zeroName}, tensorName(prefix + ".weight"));
        setInt(dq, "axis", 0);
        return dq->output(0);
    }

    // He-uniform weights [out, inPerGroup, k, k] (or [out, in] with k = 0), optionally scaled
    // per output channel by a folded batch norm; the bias holds the norm's shift.
    struct Parameters
    {
        std::vector<float> weight;
        std::vector<float> bias; // empty: none
    };
    Parameters randomParameters(const std::string &prefix, qint64 out, qint64 fanIn, bool foldedNorm, bool bias)
    {
        Parameters p;
        TensorRandom rng(m_options.seed, prefix);
        const float bound = std::sqrt(6.0f / float(std::max<qint64>(1, fanIn)));
        p.weight.resize(size_t(out * fanIn));
        for (float &w : p.weight)
            w = rng.uniform(-bound, bound);
        if (foldedNorm) {
            for (qint64 c = 0; c < out; ++c) {
                const float scale = rng.uniform(0.8f, 1.2f); // gamma / sqrt(var + eps)
                for (qint64 i = 0; i < fanIn; ++i)
                    p.weight[size_t(c * fanIn + i)] *= scale;
            }
        }
        if (foldedNorm || bias) {
            p.bias.resize(size_t(out));
            for (float &b : p.bias)
                b = rng.uniform(-0.1f, 0.1f); // beta - mean * gamma / sqrt(var + eps)
        }
        return p;
    }

    std::string conv(const std::string &input, const std::string &output, int inChannels, int outChannels, int kernel,
                     int stride, int groups, bool foldedNorm, bool bias, int weightBits, int activationBits)
    {
        const std::string x = activationInput(input, activationBits, output);
        const qint64 fanIn = qint64(inChannels / groups) * kernel * kernel;
        const Parameters p = randomParameters(output, outChannels, fanIn, foldedNorm, bias);
        std::vector<std::string> inputs{x, weight(output, {outChannels, inChannels / groups, kernel, kernel}, p.weight, weightBits)};
        if (!p.bias.empty())
            inputs.push_back(floatTensor(output + ".bias", {outChannels}, p.bias));
        onnx::NodeProto *n = node("Conv", inputs, output);
        const int pad = kernel / 2;
        setInts(n, "kernel_shape", {kernel, kernel});
        setInts(n, "strides", {stride, stride});
        setInts(n, "pads", {pad, pad, pad, pad});
        setInt(n, "group", groups);
        return output;
    }

private:
    onnx::GraphProto *m_graph;
    const ArchitectureExportOptions &m_options;
    std::set<std::string> m_tensors;
};

void setTensorType(onnx::ValueInfoProto *value, const std::string &name, const Dims &dims)
{
    value->set_name(name);
    onnx::TypeProto_Tensor *type = value->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    for (qint64 d : dims)
        type->mutable_shape()->add_dim()->set_dim_value(d);
}

// Padding of a pooling window that gives the layer's output size (PyTorch's floor formula).
std::optional<int> poolPadding(const Layer &l)
{
    for (int p = 0; p <= l.kernel / 2; ++p) {
        if ((l.in.h + 2 * p - l.kernel) / l.stride + 1 == l.out.h && (l.in.w + 2 * p - l.kernel) / l.stride + 1 == l.out.w)
            return p;
    }
    return std::nullopt;
}

QString precisionSummary(const LayerGraph &graph, bool quantize)
{
    std::set<int> bits;
    for (const Layer &l : graph.layers())
        bits.insert(l.weightBits);
    if (!quantize || (bits.size() == 1 && *bits.begin() == 32))
        return QStringLiteral("float32");
    QStringList parts;
    for (int b : bits) {
        if (b <= 4)
            parts.append(QStringLiteral("4-bit as int8 QDQ with 16 levels"));
        else if (b <= 8)
            parts.append(QStringLiteral("int8 QDQ"));
        else if (b <= 16)
            parts.append(QStringLiteral("float16 via Cast"));
        else
            parts.append(QStringLiteral("float32"));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

bool ArchitectureExportOptions::isValid(QString *error) const
{
    if (inputName.isEmpty() || outputName.isEmpty()) {
        *error = QStringLiteral("the input and output names must not be empty");
        return false;
    }
    if (inputName == outputName) {
        *error = QStringLiteral("the input and output names must differ");
        return false;
    }
    return true;
}

std::optional<QByteArray> exportLayerGraphOnnx(const LayerGraph &graph, const QString &graphName,
                                               const QMap<QString, QString> &metadata,
                                               const ArchitectureExportOptions &options, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (!options.isValid(error))
        return std::nullopt;
    if (graph.isEmpty() || graph.layers().back().type != LayerType::Linear) {
        *error = QStringLiteral("ONNX export of %1: the layer graph does not end in a linear classifier").arg(graphName);
        return std::nullopt;
    }

    onnx::ModelProto model;
    model.set_ir_version(8);
    model.set_producer_name("EdgeFront");
    model.set_producer_version(EDGEFRONT_VERSION);
    model.set_model_version(1);
    onnx::OperatorSetIdProto *opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        onnx::StringStringEntryProto *entry = model.add_metadata_props();
        entry->set_key(it.key().toStdString());
        entry->set_value(it.value().toStdString());
    }
    onnx::GraphProto *g = model.mutable_graph();
    g->set_name(graphName.toStdString());

    const std::string inputName = options.inputName.toStdString();
    const std::string outputName = options.outputName.toStdString();
    const TensorShape inShape = graph.inputShape();
    setTensorType(g->add_input(), inputName, {1, inShape.c, inShape.h, inShape.w});

    OnnxGraphWriter w(g, options);
    w.reserve(inputName);
    w.reserve(outputName);
    const int n = graph.size();
    std::vector<std::string> tensors(static_cast<size_t>(n));
    auto tensorOf = [&](int producer) { return producer == LayerGraph::kNetworkInput ? inputName : tensors[size_t(producer)]; };
    for (int i = 0; i < n; ++i) {
        const Layer &l = graph.layer(i);
        // Parameters are named after the layer; its output after the layer too, except the
        // network's output.
        const std::string prefix = w.tensorName(layerName(l).toStdString());
        const std::string name = i == n - 1 ? outputName : prefix;
        tensors[size_t(i)] = name;
        if (l.type != LayerType::Zero && l.input0 < LayerGraph::kNetworkInput) {
            *error = QStringLiteral("ONNX export of %1: layer %2 (%3) has no input").arg(graphName).arg(i).arg(layerName(l));
            return std::nullopt;
        }
        switch (l.type) {
        case LayerType::Conv:
        case LayerType::Depthwise:
        case LayerType::Pointwise: {
            const int pad = l.kernel / 2;
            if ((l.in.h + 2 * pad - l.kernel) / l.stride + 1 != l.out.h || (l.in.w + 2 * pad - l.kernel) / l.stride + 1 != l.out.w) {
                *error = QStringLiteral("ONNX export of %1: layer %2 is not a square convolution with padding k/2")
                             .arg(graphName, layerName(l));
                return std::nullopt;
            }
            // Every convolution is followed by batch norm (folded) except OFA's feature mix.
            const bool norm = l.role != LayerRole::FeatureMix;
            w.conv(tensorOf(l.input0), name, l.in.c, l.out.c, l.kernel, l.stride, l.groups, norm, l.bias, l.weightBits,
                   l.activationBits);
            break;
        }
        case LayerType::Activation:
            switch (l.activation) {
            case ActivationKind::Relu:
                w.node("Relu", {tensorOf(l.input0)}, name);
                break;
            case ActivationKind::HSwish: {
                // h_swish(x) = x * relu6(x + 3) / 6 = x * HardSigmoid(x; 1/6, 0.5).
                onnx::NodeProto *gate = w.node("HardSigmoid", {tensorOf(l.input0)}, w.tensorName(name + ".gate"));
                OnnxGraphWriter::setFloat(gate, "alpha", 1.0f / 6.0f);
                OnnxGraphWriter::setFloat(gate, "beta", 0.5f);
                w.node("Mul", {tensorOf(l.input0), gate->output(0)}, name);
                break;
            }
            case ActivationKind::HSigmoid: {
                onnx::NodeProto *gate = w.node("HardSigmoid", {tensorOf(l.input0)}, name);
                OnnxGraphWriter::setFloat(gate, "alpha", 1.0f / 6.0f);
                OnnxGraphWriter::setFloat(gate, "beta", 0.5f);
                break;
            }
            case ActivationKind::None:
                w.node("Identity", {tensorOf(l.input0)}, name);
                break;
            default:
                *error = QStringLiteral("ONNX export of %1: layer %2: activation %3 is not exported (design-space layers only)")
                             .arg(graphName, layerName(l), activationKindToString(l.activation));
                return std::nullopt;
            }
            break;
        case LayerType::SqueezeExcite: {
            const std::string x = tensorOf(l.input0);
            const std::string pooled = w.node("GlobalAveragePool", {x}, w.tensorName(name + ".pool"))->output(0);
            const std::string reduced = w.conv(pooled, w.tensorName(name + ".reduce"), l.in.c, l.hidden, 1, 1, 1, false, true,
                                               l.weightBits, l.activationBits);
            const std::string relu = w.node("Relu", {reduced}, w.tensorName(name + ".relu"))->output(0);
            const std::string expanded = w.conv(relu, w.tensorName(name + ".expand"), l.hidden, l.in.c, 1, 1, 1, false, true,
                                                l.weightBits, l.activationBits);
            onnx::NodeProto *gate = w.node("HardSigmoid", {expanded}, w.tensorName(name + ".h_sigmoid"));
            OnnxGraphWriter::setFloat(gate, "alpha", 1.0f / 6.0f);
            OnnxGraphWriter::setFloat(gate, "beta", 0.5f);
            w.node("Mul", {x, gate->output(0)}, name);
            break;
        }
        case LayerType::Pooling:
            if (l.role == LayerRole::GlobalPool || (l.out.h == 1 && l.out.w == 1 && l.kernel >= l.in.h)) {
                w.node("GlobalAveragePool", {tensorOf(l.input0)}, name);
            } else {
                const auto pad = poolPadding(l);
                if (!pad) {
                    *error = QStringLiteral("ONNX export of %1: no padding gives pooling layer %2 its output size")
                                 .arg(graphName, layerName(l));
                    return std::nullopt;
                }
                onnx::NodeProto *pool = w.node("AveragePool", {tensorOf(l.input0)}, name);
                OnnxGraphWriter::setInts(pool, "kernel_shape", {l.kernel, l.kernel});
                OnnxGraphWriter::setInts(pool, "strides", {l.stride, l.stride});
                OnnxGraphWriter::setInts(pool, "pads", {*pad, *pad, *pad, *pad});
                OnnxGraphWriter::setInt(pool, "count_include_pad", 0);
            }
            break;
        case LayerType::Add:
            w.node("Add", {tensorOf(l.input0), tensorOf(l.input1)}, name);
            break;
        case LayerType::Linear: {
            const std::string flat = w.node("Flatten", {tensorOf(l.input0)}, w.tensorName(prefix + ".flatten"))->output(0);
            const std::string x = w.activationInput(flat, l.activationBits, prefix);
            const qint64 in = l.in.elements();
            const auto p = w.randomParameters(prefix, l.out.c, in, false, l.bias);
            std::vector<std::string> inputs{x, w.weight(prefix, {l.out.c, in}, p.weight, l.weightBits)};
            if (!p.bias.empty())
                inputs.push_back(w.floatTensor(prefix + ".bias", {l.out.c}, p.bias));
            onnx::NodeProto *gemm = w.node("Gemm", inputs, name);
            OnnxGraphWriter::setInt(gemm, "transB", 1);
            break;
        }
        case LayerType::Zero: {
            // A node whose inputs are all `none`: a constant zero tensor.
            tensors[size_t(i)] = w.floatTensor(prefix + ".zeros", {1, l.out.c, l.out.h, l.out.w},
                                               std::vector<float>(size_t(l.out.elements()), 0.0f));
            break;
        }
        default:
            *error = QStringLiteral("ONNX export of %1: layer %2: type %3 is not exported (design-space layers only)")
                         .arg(graphName, layerName(l), layerTypeToString(l.type));
            return std::nullopt;
        }
    }
    const Layer &last = graph.layers().back();
    setTensorType(g->add_output(), outputName, {1, last.out.c});

    try {
        onnx::shape_inference::InferShapes(model, onnx::OpSchemaRegistry::Instance(),
                                           onnx::ShapeInferenceOptions(true, 1));
        onnx::checker::check_model(model);
    } catch (const std::exception &e) {
        *error = QStringLiteral("ONNX export of %1: the ONNX checker rejects the model: %2")
                     .arg(graphName, QString::fromUtf8(e.what()).simplified());
        return std::nullopt;
    }
    g->clear_value_info(); // inferred shapes served the check; readers infer them again
    std::string bytes;
    if (!model.SerializeToString(&bytes)) {
        *error = QStringLiteral("ONNX export of %1: the model does not serialise (over 2 GB?)").arg(graphName);
        return std::nullopt;
    }
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

std::optional<QByteArray> exportArchitectureOnnx(const DesignSpace &space, const Architecture &arch,
                                                 const ArchitectureExportOptions &options, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (!space.isValid(arch)) {
        *error = QStringLiteral("ONNX export: the architecture is not a valid %1 design").arg(space.name());
        return std::nullopt;
    }
    const LayerGraph graph = space.layerGraph(arch);
    const CostTotals totals = graph.totals();
    const QMap<QString, QString> metadata{
        {QStringLiteral("edgefront_space"), space.name()},
        {QStringLiteral("edgefront_key"), space.key(arch)},
        {QStringLiteral("edgefront_config"), QString::fromUtf8(QJsonDocument(space.toJson(arch)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("edgefront_macs"), QString::number(totals.macs)},
        {QStringLiteral("edgefront_params"), QString::number(totals.params)},
        {QStringLiteral("edgefront_seed"), QString::number(options.seed)},
        {QStringLiteral("edgefront_precision"), precisionSummary(graph, options.quantize)},
    };
    auto bytes = exportLayerGraphOnnx(graph, space.name(), metadata, options, error);
    if (!bytes)
        error->replace(QStringLiteral("ONNX export of %1").arg(space.name()),
                       QStringLiteral("ONNX export of %1 design %2").arg(space.name(), space.key(arch)));
    return bytes;
}

} // namespace edgefront
