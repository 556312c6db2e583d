#include "onnxgraphimport.h"

#include "onnxnodeimporter.h"
#include "onnxtensorvalue.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <QFile>
#include <QSet>

#include <functional>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace edgefront {

namespace {

QString qs(const std::string &s)
{
    return onnxText(s);
}

QString describe(const UnsupportedNode &u)
{
    QString text = u.name.isEmpty() ? QStringLiteral("node %1 %2").arg(u.index).arg(u.op)
                                    : QStringLiteral("node %1 (\"%2\") %3").arg(u.index).arg(u.name, u.op);
    if (!u.reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(u.reason);
    return text;
}

QString describeAll(const std::vector<UnsupportedNode> &nodes)
{
    QStringList parts;
    for (const UnsupportedNode &u : nodes)
        parts.append(describe(u));
    return QStringLiteral("%1 unsupported operator%2: %3")
        .arg(nodes.size())
        .arg(nodes.size() == 1 ? QString() : QStringLiteral("s"))
        .arg(parts.join(QLatin1StringView("; ")));
}

// One import: validation of the graph's structure, topological order, then the nodes.
class GraphImport
{
public:
    GraphImport(const onnx::ModelProto &model, const ImportOptions &options, ImportedModel &out)
        : m_model(model)
        , m_graph(model.graph())
        , m_options(options)
        , m_out(out)
    {
    }

    bool run(QString *error);

private:
    bool readInitializers(QString *error);
    bool readInput(QString *error);
    bool checkNodes(QString *error);
    bool sortNodes(QString *error);
    void markLive();
    bool importNodes(QString *error);

    const onnx::ModelProto &m_model;
    const onnx::GraphProto &m_graph;
    const ImportOptions &m_options;
    ImportedModel &m_out;
    std::unique_ptr<OnnxNodeImporter> m_importer;
    std::unordered_map<std::string, OnnxValuePtr> m_initializers;
    std::unordered_map<std::string, int> m_producers; // tensor -> node index
    std::string m_inputName;
    std::vector<int> m_order;   // topological
    std::vector<bool> m_live;   // some graph output depends on the node
};

bool GraphImport::run(QString *error)
{
    for (const onnx::OperatorSetIdProto &opset : m_model.opset_import()) {
        if (opset.domain().empty() || opset.domain() == "ai.onnx")
            m_out.opsetVersion = opset.version();
    }
    if (m_out.opsetVersion <= 0) {
        *error = QStringLiteral("the model imports no opset of the default ONNX domain");
        return false;
    }
    m_out.nodeCount = m_graph.node_size();
    if (m_graph.node_size() > kOnnxImportMaxNodes) {
        *error = QStringLiteral("the graph has %1 nodes (at most %2 are imported)").arg(m_graph.node_size()).arg(kOnnxImportMaxNodes);
        return false;
    }
    if (!readInitializers(error) || !readInput(error) || !checkNodes(error) || !sortNodes(error))
        return false;
    markLive();
    return importNodes(error);
}

bool GraphImport::readInitializers(QString *error)
{
    if (m_graph.sparse_initializer_size() > 0) {
        *error = QStringLiteral("sparse initializers are not supported");
        return false;
    }
    for (const onnx::TensorProto &init : m_graph.initializer()) {
        if (init.name().empty()) {
            *error = QStringLiteral("an initializer has no name");
            return false;
        }
        if (m_initializers.count(init.name())) {
            *error = QStringLiteral("initializer '%1' is defined twice").arg(qs(init.name()));
            return false;
        }
        QString message;
        auto value = decodeOnnxTensor(init, kOnnxImportMaxTensorElements, &message);
        if (!value) {
            *error = QStringLiteral("initializer '%1': %2").arg(qs(init.name()), message);
            return false;
        }
        m_initializers.emplace(init.name(), std::move(value));
    }
    return true;
}

bool GraphImport::readInput(QString *error)
{
    std::vector<const onnx::ValueInfoProto *> inputs;
    for (const onnx::ValueInfoProto &v : m_graph.input()) {
        if (!m_initializers.count(v.name())) // inputs that are also initializers (IR < 4) are weights
            inputs.push_back(&v);
    }
    if (inputs.size() != 1) {
        QStringList names;
        for (const onnx::ValueInfoProto *v : inputs)
            names.append(QStringLiteral("'%1'").arg(qs(v->name())));
        *error = inputs.empty() ? QStringLiteral("the graph has no input")
                                : QStringLiteral("the graph has %1 inputs (%2); EdgeFront imports models with one input")
                                      .arg(inputs.size()).arg(names.join(QLatin1StringView(", ")));
        return false;
    }
    const onnx::ValueInfoProto &in = *inputs.front();
    m_inputName = in.name();
    m_out.inputName = qs(in.name());
    const QString name = m_out.inputName;
    if (in.name().empty()) {
        *error = QStringLiteral("the graph input has no name");
        return false;
    }
    if (!in.type().has_tensor_type()) {
        *error = QStringLiteral("input '%1' is not a tensor").arg(name);
        return false;
    }
    const onnx::TypeProto_Tensor &tensor = in.type().tensor_type();
    const int type = tensor.elem_type();
    if (type != onnx::TensorProto::FLOAT && type != onnx::TensorProto::FLOAT16) {
        *error = QStringLiteral("input '%1' holds %2; float32 and float16 inputs are supported").arg(name, onnxElementTypeName(type));
        return false;
    }
    const std::vector<qint64> &given = m_options.inputShape;
    if (!tensor.has_shape() && given.empty()) {
        *error = QStringLiteral("input '%1' has no shape; give the input shape (e.g. 1x3x224x224)").arg(name);
        return false;
    }
    const int rank = tensor.has_shape() ? tensor.shape().dim_size() : int(given.size());
    if (rank < 2 || rank > 6) {
        *error = QStringLiteral("input '%1' has %2 dimensions; 2 to 6 (batch first) are supported").arg(name).arg(rank);
        return false;
    }
    if (!given.empty() && int(given.size()) != rank) {
        *error = QStringLiteral("the input shape %1 has %2 dimensions; input '%3' has %4")
                     .arg(onnxShapeString(given)).arg(given.size()).arg(name).arg(rank);
        return false;
    }
    OnnxShape shape(size_t(rank), 0);
    for (int d = 0; d < rank; ++d) {
        const bool fixed = tensor.has_shape() && tensor.shape().dim(d).has_dim_value();
        const qint64 value = fixed ? tensor.shape().dim(d).dim_value() : -1;
        if (fixed && value <= 0) {
            *error = QStringLiteral("input '%1' dimension %2 is %3").arg(name).arg(d).arg(value);
            return false;
        }
        if (d == 0) {
            if (fixed && value != 1)
                m_out.warnings.append(QStringLiteral("input '%1' has batch %2; imported with batch 1").arg(name).arg(value));
            shape[0] = 1;
        } else if (!given.empty()) {
            if (fixed && given[size_t(d)] != value) {
                *error = QStringLiteral("the input shape %1 differs from input '%2' dimension %3, fixed at %4")
                             .arg(onnxShapeString(given), name).arg(d).arg(value);
                return false;
            }
            shape[size_t(d)] = given[size_t(d)];
        } else if (fixed) {
            shape[size_t(d)] = value;
        } else {
            const QString symbol = tensor.has_shape() ? qs(tensor.shape().dim(d).dim_param()) : QString();
            *error = QStringLiteral("input '%1' dimension %2%3 is dynamic; give the input shape (e.g. 1x3x224x224)")
                         .arg(name).arg(d).arg(symbol.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(symbol));
            return false;
        }
    }
    if (!checkedElements(shape, kOnnxImportMaxTensorElements)) {
        *error = QStringLiteral("input '%1' shape %2 has more than %3 elements").arg(name, onnxShapeString(shape)).arg(kOnnxImportMaxTensorElements);
        return false;
    }
    m_out.inputShape = shape;
    const int bits = m_options.bits > 0 ? m_options.bits : (type == onnx::TensorProto::FLOAT16 ? 16 : 32);
    m_out.graph = LayerGraph(layerShapeOf(shape), bits);
    m_out.graph.setBits(bits, bits);
    m_out.graph.reserve(m_graph.node_size());
    return true;
}

bool GraphImport::checkNodes(QString *error)
{
    for (int i = 0; i < m_graph.node_size(); ++i) {
        const onnx::NodeProto &node = m_graph.node(i);
        if (node.op_type().empty()) {
            *error = OnnxNodeImporter::nodeLabel(i, node) + QStringLiteral(": no operator type");
            return false;
        }
        for (const std::string &out : node.output()) {
            if (out.empty())
                continue;
            const auto other = m_producers.find(out);
            if (other != m_producers.end() || m_initializers.count(out) || out == m_inputName) {
                *error = OnnxNodeImporter::nodeLabel(i, node)
                         + QStringLiteral(": tensor '%1' is already defined%2")
                               .arg(qs(out), other != m_producers.end()
                                                 ? QStringLiteral(" by ") + OnnxNodeImporter::nodeLabel(other->second, m_graph.node(other->second))
                                                 : QStringLiteral(" as an initializer or the graph input"));
                return false;
            }
            m_producers.emplace(out, i);
        }
    }
    for (int i = 0; i < m_graph.node_size(); ++i) {
        const onnx::NodeProto &node = m_graph.node(i);
        for (int slot = 0; slot < node.input_size(); ++slot) {
            const std::string &in = node.input(slot);
            if (in.empty() || in == m_inputName || m_initializers.count(in) || m_producers.count(in))
                continue;
            *error = OnnxNodeImporter::nodeLabel(i, node)
                     + QStringLiteral(": input %1 '%2' is defined by no node, initializer or graph input%3")
                           .arg(slot).arg(qs(in), slot > 0 ? QStringLiteral(" (missing initializer?)") : QString());
            return false;
        }
    }
    if (m_graph.output_size() == 0) {
        *error = QStringLiteral("the graph has no output");
        return false;
    }
    for (const onnx::ValueInfoProto &out : m_graph.output()) {
        if (!m_producers.count(out.name()) && !m_initializers.count(out.name()) && out.name() != m_inputName) {
            *error = QStringLiteral("output '%1' is computed by no node").arg(qs(out.name()));
            return false;
        }
    }
    return true;
}

bool GraphImport::sortNodes(QString *error)
{
    // Kahn's algorithm, preferring file order, so that a sorted graph keeps its order.
    const int n = m_graph.node_size();
    std::vector<std::vector<int>> readers(static_cast<size_t>(n));
    std::vector<int> pending(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        std::unordered_set<int> sources;
        for (const std::string &in : m_graph.node(i).input()) {
            const auto it = m_producers.find(in);
            if (it != m_producers.end())
                sources.insert(it->second);
        }
        pending[size_t(i)] = int(sources.size());
        for (int s : sources)
            readers[size_t(s)].push_back(i);
    }
    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int i = 0; i < n; ++i) {
        if (pending[size_t(i)] == 0)
            ready.push(i);
    }
    while (!ready.empty()) {
        const int i = ready.top();
        ready.pop();
        m_order.push_back(i);
        for (int r : readers[size_t(i)]) {
            if (--pending[size_t(r)] == 0)
                ready.push(r);
        }
    }
    if (int(m_order.size()) == n)
        return true;
    // Nodes left wait on a cycle or on nodes downstream of one; peel those off that no other
    // remaining node reads, so that only the cycle is named.
    std::vector<bool> left(size_t(n), false);
    for (int i = 0; i < n; ++i)
        left[size_t(i)] = pending[size_t(i)] > 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; ++i) {
            if (left[size_t(i)] && std::none_of(readers[size_t(i)].begin(), readers[size_t(i)].end(),
                                                 [&](int r) { return left[size_t(r)]; })) {
                left[size_t(i)] = false;
                changed = true;
            }
        }
    }
    QStringList cycle;
    for (int i = 0; i < n && cycle.size() < 6; ++i) {
        if (left[size_t(i)])
            cycle.append(OnnxNodeImporter::nodeLabel(i, m_graph.node(i)));
    }
    *error = QStringLiteral("the graph has a cycle through %1").arg(cycle.join(QLatin1StringView(", ")));
    return false;
}

void GraphImport::markLive()
{
    m_live.assign(size_t(m_graph.node_size()), false);
    std::vector<int> stack;
    auto need = [&](const std::string &tensor) {
        const auto it = m_producers.find(tensor);
        if (it != m_producers.end() && !m_live[size_t(it->second)]) {
            m_live[size_t(it->second)] = true;
            stack.push_back(it->second);
        }
    };
    for (const onnx::ValueInfoProto &out : m_graph.output())
        need(out.name());
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        for (const std::string &in : m_graph.node(i).input())
            need(in);
    }
}

bool GraphImport::importNodes(QString *error)
{
    m_importer = std::make_unique<OnnxNodeImporter>(m_out.graph, m_out.layerNames, m_out.layerOps, m_out.opsetVersion);
    for (const auto &[name, value] : m_initializers)
        m_importer->define(name, value);
    auto input = std::make_shared<OnnxTensorValue>();
    input->kind = OnnxTensorValue::Kind::Computed;
    input->shape = m_out.inputShape;
    input->producer = LayerGraph::kNetworkInput;
    m_importer->define(m_inputName, input);

    std::vector<const onnx::NodeProto *> nodes;
    std::unordered_map<std::string, std::vector<int>> consumers;
    int dead = 0;
    for (int i = 0; i < m_graph.node_size(); ++i) {
        nodes.push_back(&m_graph.node(i));
        dead += m_live[size_t(i)] ? 0 : 1;
        for (const std::string &in : m_graph.node(i).input()) {
            if (!in.empty())
                consumers[in].push_back(i);
        }
    }
    for (const onnx::ValueInfoProto &out : m_graph.output())
        consumers[out.name()].push_back(OnnxNodeImporter::kGraphOutput);
    m_importer->setGraph(std::move(nodes), std::move(consumers));

    for (int i : m_order) {
        if (m_importer->isFused(i))
            continue;
        const onnx::NodeProto &node = m_graph.node(i);
        switch (m_importer->import(i)) {
        case OnnxNodeImporter::Outcome::Imported:
            break;
        case OnnxNodeImporter::Outcome::Unsupported: {
            UnsupportedNode u;
            u.index = i;
            u.name = qs(node.name());
            const bool defaultDomain = node.domain().empty() || node.domain() == "ai.onnx";
            u.op = defaultDomain ? qs(node.op_type()) : qs(node.domain()) + QLatin1StringView("::") + qs(node.op_type());
            u.reason = m_importer->reason();
            m_out.unsupported.push_back(u);
            m_importer->importPlaceholder(i);
            break;
        }
        case OnnxNodeImporter::Outcome::Failed: {
            const QString message = OnnxNodeImporter::nodeLabel(i, node) + QStringLiteral(": ") + m_importer->message();
            // Shapes after an unsupported node are guesses: name the unsupported nodes first.
            *error = m_out.unsupported.empty() ? message
                                               : describeAll(m_out.unsupported) + QStringLiteral("; after them, ") + message;
            return false;
        }
        }
    }
    if (!m_out.unsupported.empty() && !m_options.allowUnsupported) {
        *error = describeAll(m_out.unsupported) + QStringLiteral(" (allow unsupported operators to import them as zero-cost layers)");
        return false;
    }
    if (m_out.graph.isEmpty()) {
        *error = QStringLiteral("the model computes nothing EdgeFront can cost (no layers between the input and the outputs)");
        return false;
    }
    if (!m_out.unsupported.empty())
        m_out.warnings.append(describeAll(m_out.unsupported)
                              + QStringLiteral(", imported as zero-cost layers whose outputs are shaped like their first input"));
    if (dead > 0)
        m_out.warnings.append(QStringLiteral("%1 node%2 no graph output depends on; imported all the same, as a runtime "
                                             "that executes the graph as written computes them")
                                  .arg(dead).arg(dead == 1 ? QString() : QStringLiteral("s")));
    const CostTotals totals = m_out.graph.totals();
    m_out.macs = totals.macs;
    m_out.params = totals.params;
    return true;
}

} // namespace

bool ImportOptions::isValid(QString *error) const
{
    if (!inputShape.empty()) {
        if (inputShape.size() < 2 || inputShape.size() > 6) {
            *error = QStringLiteral("the input shape %1 must have 2 to 6 dimensions").arg(onnxShapeString(inputShape));
            return false;
        }
        if (inputShape.front() != 1) {
            *error = QStringLiteral("the input shape %1 must have batch 1").arg(onnxShapeString(inputShape));
            return false;
        }
        if (!checkedElements(inputShape, kOnnxImportMaxTensorElements)
            || std::any_of(inputShape.begin(), inputShape.end(), [](qint64 d) { return d < 1; })) {
            *error = QStringLiteral("the input shape %1 must have positive dimensions and at most %2 elements")
                         .arg(onnxShapeString(inputShape)).arg(kOnnxImportMaxTensorElements);
            return false;
        }
    }
    if (bits != 0 && bits != 4 && bits != 8 && bits != 16 && bits != 32) {
        *error = QStringLiteral("bits %1 is not one of 4, 8, 16, 32 (or 0: as stored)").arg(bits);
        return false;
    }
    return true;
}

std::optional<ImportedModel> importOnnxModel(const QByteArray &bytes, const QString &source, const ImportOptions &options,
                                             QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    auto failWith = [&](QString message) {
        message.replace(u'\n', u' ').replace(u'\r', u' ');
        *error = source + QLatin1StringView(": ") + message;
        return std::nullopt;
    };
    QString invalid;
    if (!options.isValid(&invalid))
        return failWith(invalid);
    if (bytes.isEmpty())
        return failWith(QStringLiteral("the file is empty"));
    if (bytes.size() > kOnnxImportMaxFileBytes)
        return failWith(QStringLiteral("%1 bytes is over the %2 MB limit for models").arg(bytes.size()).arg(kOnnxImportMaxFileBytes >> 20));
    onnx::ModelProto model;
    if (!model.ParseFromArray(bytes.constData(), int(bytes.size())))
        return failWith(QStringLiteral("not an ONNX model (the protobuf message does not parse; truncated or another format?)"));
    if (model.ir_version() <= 0 || !model.has_graph())
        return failWith(QStringLiteral("not an ONNX model (no IR version or graph)"));

    ImportedModel imported;
    imported.source = source;
    imported.producer = (qs(model.producer_name()) + u' ' + qs(model.producer_version())).trimmed();
    QString message;
    if (!GraphImport(model, options, imported).run(&message))
        return failWith(message);
    // Our own checks decided; the ONNX checker's view is a note (it rejects, e.g., opsets newer
    // than this libonnx knows, which import fine).
    try {
        onnx::checker::check_model(model);
    } catch (const std::exception &e) {
        imported.warnings.append(QStringLiteral("the ONNX checker reports: %1").arg(QString::fromUtf8(e.what()).simplified()));
    }
    return imported;
}

std::optional<ImportedModel> importOnnxModel(const QString &path, const ImportOptions &options, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kOnnxImportMaxFileBytes) {
        *error = QStringLiteral("%1: %2 bytes is over the %3 MB limit for models").arg(path).arg(file.size()).arg(kOnnxImportMaxFileBytes >> 20);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return importOnnxModel(bytes, path, options, error);
}

std::optional<NetworkCost> predictImportedModel(const ImportedModel &model, const DeviceProfile &device, bool perLayer,
                                                QString *why)
{
    QString ignored;
    if (!why)
        why = &ignored;
    switch (device.provenance) {
    case DeviceProvenance::Virtual:
    case DeviceProvenance::Calibrated:
        return AnalyticCostModel(device).evaluate(model.graph, perLayer);
    case DeviceProvenance::LookupTable:
        *why = QStringLiteral("lookup-table device %1 knows Once-for-All subnets only").arg(device.id);
        break;
    case DeviceProvenance::Measured:
        *why = QStringLiteral("measured device %1 has values only for the designs measured on it").arg(device.id);
        break;
    }
    return std::nullopt;
}

} // namespace edgefront
