#pragma once
// An imported ONNX model (a predictor trained elsewhere, e.g. Once-for-All's accuracy MLP),
// evaluated by EdgeFront itself with Eigen/BLAS: no ONNX Runtime in the product. Also writes
// EdgeFront's own MlpModels as standard ONNX that other tools (ONNX Runtime, Netron) read.
//
// Contract:
//  - fromBytes()/fromFile() parse the ModelProto, run onnx::checker::check_model and then
//    build an interpreter over the graph, or return std::nullopt with a one-line error that
//    starts with the source name, e.g.
//      model.onnx: node 3 ("conv1"): operator Conv is not supported (supported: ...)
//    Nodes are counted from 0 in graph order. Nothing is half-built: a model that is returned
//    has passed a trial evaluation of 1 and 2 rows.
//  - Accepted graphs: exactly one graph input, float32 [N, F] with a dynamic (or any) batch N
//    and a fixed width F; one output, float32 [N, O], [N] or [N, 1]; initializers, Constant
//    nodes and the operators listed in supportedOperators() from the default domain. Float32
//    everywhere, except int64 constants as Reshape shapes and Squeeze/Unsqueeze axes. Tensors
//    of up to 6 dimensions (in practice 2; MatMul and Gemm take 1-D/2-D operands only).
//    Rejected: files over 256 MB, more than 100 M parameters, non-finite initializer or
//    Constant values (the tensor is named), external tensor data. `error` may be null.
//  - evaluate() maps a batch (rows = architectures) to outputs (rows x outputWidth()); it is
//    const and thread-safe. Gemm/MatMul go through the same BLAS sgemm as MlpModel, so an
//    exported MlpModel evaluates as MlpModel::predict does (see tst_onnx for the tolerance).
//  - exportMlp() writes ONNX IR 8, opset 13: input [N, in] -> Sub(mean) -> Div(scale) (when
//    the model has them) -> per layer Gemm(transB=0, weight in x out, bias) + activation ->
//    Mul(output scale) -> Add(output offset) -> Exp (log output) -> output [N, out]. Names are
//    deterministic ("input_mean", "layer0.weight", "layer0/gemm", ...), so equal models give
//    equal bytes. The bytes pass onnx::checker.

#include "eigentypes.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace edgefront {

struct MlpModel;

struct OnnxExportOptions
{
    QString inputName = QStringLiteral("x");
    QString outputName = QStringLiteral("y");
    QString graphName = QStringLiteral("edgefront_mlp");
    QString docString;
    QMap<QString, QString> metadata; // ModelProto.metadata_props, e.g. space, metric, edgefront_kind

    // Names non-empty and different from each other.
    bool isValid(QString *error) const;
};

class OnnxModel
{
public:
    static constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;
    static constexpr qint64 kMaxParameters = 100'000'000;

    // `source` names the model in errors (usually its file name).
    static std::optional<OnnxModel> fromBytes(const QByteArray &bytes, const QString &source, QString *error);
    static std::optional<OnnxModel> fromFile(const QString &path, QString *error);

    // The MLP as ONNX bytes. `model` must be valid (MlpModel::isValid) and `options` too;
    // otherwise the result is empty.
    static QByteArray exportMlp(const MlpModel &model, const OnnxExportOptions &options = {});

    // Operator types the interpreter evaluates (default ONNX domain), sorted.
    static QStringList supportedOperators();

    int inputWidth() const;
    int outputWidth() const;
    QString inputName() const;
    QString outputName() const;
    qint64 parameterCount() const; // elements of all initializers and Constant tensors

    // Outputs for a batch, rows x outputWidth(). On error (wrong width, a shape that does not
    // work out for this batch) returns an empty matrix and sets *error (when non-null).
    MatrixF evaluate(const MatrixF &x, QString *error) const;

    QString source() const;
    QString producerName() const;
    QString producerVersion() const;
    QString docString() const;
    QString graphName() const;
    qint64 irVersion() const;
    qint64 opsetVersion() const; // of the default ("" / "ai.onnx") domain
    QMap<QString, QString> metadata() const; // metadata_props
    // The MlpModel when this is EdgeFront's own export (same outputs, faster), else null.
    const MlpModel *mlp() const;

    struct Graph; // the interpreter, defined in onnxmodel.cpp

private:
    explicit OnnxModel(std::shared_ptr<const Graph> graph);

    std::shared_ptr<const Graph> m_graph; // immutable, so copies share it
};

} // namespace edgefront
