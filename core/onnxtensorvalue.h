#pragma once
// One tensor of an ONNX graph during import (OnnxGraphImport): its full shape and either the
// layer that computes it or, for constants, its values when they are small enough to matter
// (shapes, axes, scales, pads). Helpers do the shape arithmetic that ONNX exporters leave in
// graphs (Shape -> Gather -> Concat -> Reshape, ...) without ever allocating in proportion to
// a claimed size: every element count goes through checkedElements().
//
// Internal to core; the public interface is onnxgraphimport.h.

#include "layer.h"

#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace onnx {
class TensorProto;
}

namespace edgefront {

using OnnxShape = std::vector<qint64>;

struct OnnxTensorValue
{
    enum class Kind : quint8 {
        Computed, // produced by a layer (or the network input) at run time
        Constant, // an initializer, a Constant node or folded shape arithmetic
        Opaque,   // produced by an unsupported operator from constants only: shape unknown
    };
    // Constants keep their values up to this many elements; larger ones keep only a shape.
    static constexpr qint64 kMaxValues = 1 << 20;
    static constexpr int kMaxRank = 8;

    Kind kind = Kind::Constant;
    OnnxShape shape;
    int producer = -2;      // Computed: layer index, or -1 = the network input
    int opaqueFrom = -1;    // Opaque: the index of the unsupported node
    int elementType = 1;    // onnx::TensorProto::DataType (1 = float)
    bool hasValues = false; // Constant: values below are valid
    bool isInt = false;     // values live in ints (integer or bool types), else in floats
    std::vector<qint64> ints;
    std::vector<double> floats;

    bool isComputed() const { return kind == Kind::Computed; }
    bool isConstant() const { return kind == Kind::Constant; }
    qint64 elements() const; // of a valid shape (checked when the value was made)
    // Values as integers (floats truncated) / as doubles; empty when !hasValues.
    std::vector<qint64> intValues() const;
    std::vector<double> floatValues() const;
};
using OnnxValuePtr = std::shared_ptr<const OnnxTensorValue>;

// Element count of `shape`, or nullopt when a dimension is negative, the product overflows or
// it exceeds `limit`.
std::optional<qint64> checkedElements(std::span<const qint64> shape, qint64 limit);
// a * b, or nullopt on overflow (both non-negative).
std::optional<qint64> checkedProduct(qint64 a, qint64 b);
QString onnxShapeString(std::span<const qint64> shape); // "1x3x224x224", "scalar"
// The layer graph's c x h x w view of a shape: batch and channels multiply into c, the next
// axis is h, the rest multiply into w, so the element count is kept. `shape` must be valid
// (at most kOnnxImportMaxTensorElements elements).
TensorShape layerShapeOf(std::span<const qint64> shape);
QString onnxElementTypeName(int type);
// A name or operator type from a file, fit for a one-line message: control characters become
// '?', and more than 200 bytes are cut.
QString onnxText(const std::string &text);
// Bits per element of an ONNX element type (0: not a numeric type).
int onnxElementBits(int type);
// Axis in [-rank, rank) (or [-rank, rank] when `inclusive`), made non-negative.
std::optional<int> normaliseAxis(qint64 axis, int rank, bool inclusive = false);
// Numpy broadcasting; nullopt when the shapes do not broadcast.
std::optional<OnnxShape> broadcastShapes(const OnnxShape &a, const OnnxShape &b);

// Decodes an initializer or a Constant's tensor: its shape (dimensions >= 0, at most
// `elementLimit` elements) and its values when numeric and at most kMaxValues. External data is
// accepted as a shape only. Data that does not match the shape is an error.
std::shared_ptr<OnnxTensorValue> decodeOnnxTensor(const onnx::TensorProto &proto, qint64 elementLimit, QString *error);

// Constant folding on values (inputs must have values; results keep values when small).
std::shared_ptr<OnnxTensorValue> constantWithShape(OnnxShape shape, const OnnxTensorValue *valuesFrom);
std::shared_ptr<OnnxTensorValue> transposeConstant(const OnnxTensorValue &x, std::span<const int> perm);
std::shared_ptr<OnnxTensorValue> concatConstants(std::span<const OnnxTensorValue *const> inputs, int axis,
                                                 const OnnxShape &shape);
// Strided slice: out[i] = x[start[a] + i * step[a]] along every axis a.
std::shared_ptr<OnnxTensorValue> sliceConstant(const OnnxTensorValue &x, const OnnxShape &shape,
                                               std::span<const qint64> starts, std::span<const qint64> steps);
std::shared_ptr<OnnxTensorValue> gatherConstant(const OnnxTensorValue &data, const OnnxTensorValue &indices, int axis,
                                                const OnnxShape &shape);
// Element-wise arithmetic with broadcasting; op is one of '+', '-', '*', '/'.
std::shared_ptr<OnnxTensorValue> arithmeticConstant(const OnnxTensorValue &a, const OnnxTensorValue &b, char op,
                                                    const OnnxShape &shape);

} // namespace edgefront
