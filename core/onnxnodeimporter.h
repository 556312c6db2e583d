#pragma once
// The operator rules of ONNX model import (see onnxgraphimport.h for the contract): one ONNX
// node at a time, in topological order, turned into layers of a LayerGraph, into views of
// existing tensors (Reshape, Flatten, ...) or into folded constants (shape arithmetic),
// with every output's shape inferred from the inputs and attributes.
//
// Fusions look ahead through the consumer lists: Conv -> BatchNormalization, MatMul -> Add
// (bias), HardSigmoid -> Mul (h_swish) and Sigmoid -> Mul (swish) become one layer when the
// intermediate tensor has no other consumer; the later node is then marked fused.
//
// Internal to core.

#include "layergraph.h"
#include "onnxtensorvalue.h"

#include <QStringList>

#include <string>
#include <unordered_map>
#include <vector>

namespace onnx {
class NodeProto;
class AttributeProto;
}

namespace edgefront {

class OnnxNodeImporter
{
public:
    enum class Outcome { Imported, Unsupported, Failed };
    static constexpr int kGraphOutput = -1; // a consumer entry for "is a graph output"
    // Kernel sizes, strides, dilations and pads above this are rejected: with inputs of at most
    // kOnnxImportMaxTensorElements elements no real window needs more, and window arithmetic on
    // ints stays far from overflow.
    static constexpr qint64 kMaxWindowValue = 1 << 28;

    OnnxNodeImporter(LayerGraph &graph, QStringList &layerNames, QStringList &layerOps, qint64 opset);

    void define(const std::string &name, OnnxValuePtr value);
    const OnnxTensorValue *find(const std::string &name) const;
    // The nodes (by index) and, per tensor, the nodes reading it (kGraphOutput for graph outputs).
    void setGraph(std::vector<const onnx::NodeProto *> nodes, std::unordered_map<std::string, std::vector<int>> consumers);

    // Imports node `index`. Unsupported: reason() says why (empty: the operator is unknown).
    // Failed: message() (one line, without the node label).
    Outcome import(int index);
    // A zero-cost Other layer for an unsupported node; outputs take the shape of its first
    // computed input (none: the outputs become opaque).
    void importPlaceholder(int index);
    bool isFused(int index) const { return m_fused[size_t(index)]; }

    QString reason() const { return m_reason; }
    QString message() const { return m_message; }
    qint64 macs() const { return m_macs; }

    static QString nodeLabel(int index, const onnx::NodeProto &node);
    // Operators with import rules (default domain), sorted.
    static QStringList supportedOperators();

private:
    using Handler = Outcome (OnnxNodeImporter::*)();
    static const std::unordered_map<std::string, Handler> &handlers();

    // Current node.
    const OnnxTensorValue *in(int slot) const;
    int inputCount() const;
    const std::string &outputName(int slot) const;
    int outputCount() const;
    const onnx::AttributeProto *attribute(const char *name) const;
    std::optional<qint64> intAttribute(const char *name) const;
    bool intsAttribute(const char *name, std::vector<qint64> *values) const;
    std::optional<float> floatAttribute(const char *name) const;
    std::string stringAttribute(const char *name, const char *fallback) const;
    // Integer values of a constant input, or of an attribute when the input is absent.
    bool constantInts(int slot, const char *attributeName, std::vector<qint64> *values, bool *present);

    Outcome fail(const QString &message);
    Outcome unsupported(const QString &reason);
    // Defines output `slot` as a computed tensor; false (and message) when the shape is empty,
    // too large or of too high a rank.
    bool setComputed(int slot, const OnnxShape &shape, int producer);
    // False (and message) when a computed tensor of this shape is not allowed.
    bool checkShape(const OnnxShape &shape);
    // A Copy layer from x to output `slot` of `shape`.
    Outcome copy(const OnnxTensorValue &x, const OnnxShape &shape, const QString &ops, int slot = 0);
    void setConstant(int slot, OnnxValuePtr value);
    // Records the layer just added under the current node's name; false when MACs overflow.
    bool record(int layer, const QString &ops);
    // The node that alone reads output `slot` of the current node, when it has operator `op`.
    int soleConsumer(int slot, const char *op) const;
    bool onlyFirstOutputUsed(int node) const;

    struct Window
    {
        WindowGeometry geometry;
        OnnxShape spatialOut;
    };
    bool readWindow(const OnnxShape &input, const std::vector<qint64> &weightKernel, bool pooling, Window *window);

    Outcome constant();
    Outcome identity();
    Outcome cast();
    Outcome quantize();
    Outcome shape();
    Outcome size();
    Outcome constantOfShape();
    Outcome conv();
    Outcome gemm();
    Outcome matMul();
    Outcome elementwise();
    Outcome activation();
    Outcome clip();
    Outcome pool();
    Outcome globalPool();
    Outcome reduce();
    Outcome batchNorm();
    Outcome softmax();
    Outcome concat();
    Outcome reshape();
    Outcome flatten();
    Outcome squeeze();
    Outcome transpose();
    Outcome slice();
    Outcome split();
    Outcome pad();
    Outcome gather();
    Outcome expand();
    Outcome depthSpace();
    Outcome resize();

    LayerGraph &m_graph;
    QStringList &m_layerNames;
    QStringList &m_layerOps;
    qint64 m_opset = 0;
    std::unordered_map<std::string, OnnxValuePtr> m_values;
    std::vector<const onnx::NodeProto *> m_nodes;
    std::unordered_map<std::string, std::vector<int>> m_consumers;
    std::vector<bool> m_fused;
    qint64 m_macs = 0;

    int m_index = -1;
    const onnx::NodeProto *m_node = nullptr;
    QString m_reason;
    QString m_message;
};

} // namespace edgefront
