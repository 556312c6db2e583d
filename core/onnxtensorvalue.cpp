#include "onnxtensorvalue.h"

#include <onnx/onnx_pb.h>

#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace edgefront {

namespace {

using DataType = onnx::TensorProto_DataType;

bool isIntegerType(int type)
{
    switch (type) {
    case onnx::TensorProto::UINT8:
    case onnx::TensorProto::INT8:
    case onnx::TensorProto::UINT16:
    case onnx::TensorProto::INT16:
    case onnx::TensorProto::INT32:
    case onnx::TensorProto::INT64:
    case onnx::TensorProto::BOOL:
    case onnx::TensorProto::UINT32:
    case onnx::TensorProto::UINT64:
        return true;
    default:
        return false;
    }
}

// Row-major strides of `shape`.
std::vector<qint64> stridesOf(const OnnxShape &shape)
{
    std::vector<qint64> strides(shape.size(), 1);
    for (int d = int(shape.size()) - 2; d >= 0; --d)
        strides[size_t(d)] = strides[size_t(d) + 1] * shape[size_t(d) + 1];
    return strides;
}

// Calls f(outIndex, multiIndex) for every element of `shape`, in row-major order.
template <typename F>
void forEachIndex(const OnnxShape &shape, F f)
{
    const qint64 total = checkedElements(shape, OnnxTensorValue::kMaxValues).value_or(0);
    std::vector<qint64> index(shape.size(), 0);
    for (qint64 i = 0; i < total; ++i) {
        f(i, index);
        for (int d = int(shape.size()) - 1; d >= 0; --d) {
            if (++index[size_t(d)] < shape[size_t(d)])
                break;
            index[size_t(d)] = 0;
        }
    }
}

// A constant of `shape` with room for values of the kind `like` holds, when small enough.
std::shared_ptr<OnnxTensorValue> emptyLike(const OnnxTensorValue &like, OnnxShape shape)
{
    auto out = std::make_shared<OnnxTensorValue>();
    out->shape = std::move(shape);
    out->elementType = like.elementType;
    out->isInt = like.isInt;
    const auto count = checkedElements(out->shape, OnnxTensorValue::kMaxValues);
    if (like.hasValues && count) {
        out->hasValues = true;
        if (out->isInt)
            out->ints.resize(size_t(*count));
        else
            out->floats.resize(size_t(*count));
    }
    return out;
}

void copyElement(const OnnxTensorValue &from, qint64 src, OnnxTensorValue &to, qint64 dst)
{
    if (to.isInt)
        to.ints[size_t(dst)] = from.ints[size_t(src)];
    else
        to.floats[size_t(dst)] = from.floats[size_t(src)];
}

// IEEE 754 binary16 to double.
double halfToDouble(quint16 bits)
{
    const int exponent = (bits >> 10) & 0x1f;
    const int mantissa = bits & 0x3ff;
    double magnitude = 0.0;
    if (exponent == 0)
        magnitude = std::ldexp(double(mantissa), -24);
    else if (exponent == 31)
        magnitude = mantissa ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        magnitude = std::ldexp(double(mantissa | 0x400), exponent - 25);
    return (bits & 0x8000) ? -magnitude : magnitude;
}

bool decodeValues(const onnx::TensorProto &p, qint64 count, OnnxTensorValue &v)
{
    const int type = p.data_type();
    const std::string &raw = p.raw_data();
    const bool fromRaw = p.has_raw_data();
    v.isInt = isIntegerType(type);
    if (v.isInt)
        v.ints.resize(size_t(count));
    else
        v.floats.resize(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const char *at = fromRaw ? raw.data() + i * (onnxElementBits(type) / 8) : nullptr;
        switch (type) {
        case onnx::TensorProto::FLOAT:
            v.floats[size_t(i)] = fromRaw ? qFromLittleEndian<float>(at) : p.float_data(int(i));
            break;
        case onnx::TensorProto::DOUBLE:
            v.floats[size_t(i)] = fromRaw ? qFromLittleEndian<double>(at) : p.double_data(int(i));
            break;
        case onnx::TensorProto::FLOAT16: {
            const quint16 bits = fromRaw ? qFromLittleEndian<quint16>(at) : quint16(p.int32_data(int(i)));
            v.floats[size_t(i)] = halfToDouble(bits);
            break;
        }
        case onnx::TensorProto::BFLOAT16: {
            const quint32 bits = quint32(fromRaw ? qFromLittleEndian<quint16>(at) : quint16(p.int32_data(int(i)))) << 16;
            float f;
            std::memcpy(&f, &bits, sizeof(f));
            v.floats[size_t(i)] = f;
            break;
        }
        case onnx::TensorProto::INT64:
            v.ints[size_t(i)] = fromRaw ? qFromLittleEndian<qint64>(at) : p.int64_data(int(i));
            break;
        case onnx::TensorProto::UINT64:
        case onnx::TensorProto::UINT32: {
            const quint64 u = fromRaw ? (type == onnx::TensorProto::UINT64 ? qFromLittleEndian<quint64>(at)
                                                                            : qFromLittleEndian<quint32>(at))
                                      : p.uint64_data(int(i));
            v.ints[size_t(i)] = qint64(std::min<quint64>(u, quint64(std::numeric_limits<qint64>::max())));
            break;
        }
        case onnx::TensorProto::INT32:
            v.ints[size_t(i)] = fromRaw ? qFromLittleEndian<qint32>(at) : p.int32_data(int(i));
            break;
        case onnx::TensorProto::INT16:
            v.ints[size_t(i)] = fromRaw ? qFromLittleEndian<qint16>(at) : qint16(p.int32_data(int(i)));
            break;
        case onnx::TensorProto::UINT16:
            v.ints[size_t(i)] = fromRaw ? qFromLittleEndian<quint16>(at) : quint16(p.int32_data(int(i)));
            break;
        case onnx::TensorProto::INT8:
            v.ints[size_t(i)] = fromRaw ? qint8(*at) : qint8(p.int32_data(int(i)));
            break;
        case onnx::TensorProto::UINT8:
        case onnx::TensorProto::BOOL:
            v.ints[size_t(i)] = fromRaw ? quint8(*at) : quint8(p.int32_data(int(i)));
            break;
        default:
            return false;
        }
    }
    return true;
}

// Values stored in the typed field that `type` uses.
int typedValueCount(const onnx::TensorProto &p)
{
    switch (p.data_type()) {
    case onnx::TensorProto::FLOAT: return p.float_data_size();
    case onnx::TensorProto::DOUBLE: return p.double_data_size();
    case onnx::TensorProto::INT64: return p.int64_data_size();
    case onnx::TensorProto::UINT32:
    case onnx::TensorProto::UINT64: return p.uint64_data_size();
    default: return p.int32_data_size();
    }
}

} // namespace

qint64 OnnxTensorValue::elements() const
{
    return checkedElements(shape, std::numeric_limits<qint64>::max()).value_or(0);
}

std::vector<qint64> OnnxTensorValue::intValues() const
{
    if (!hasValues)
        return {};
    if (isInt)
        return ints;
    std::vector<qint64> out;
    out.reserve(floats.size());
    for (double f : floats) {
        // Saturate rather than overflow: such a value is only ever a bound or a shape.
        const double clamped = std::isnan(f) ? 0.0 : std::clamp(f, -9.2e18, 9.2e18);
        out.push_back(qint64(clamped));
    }
    return out;
}

std::vector<double> OnnxTensorValue::floatValues() const
{
    if (!hasValues)
        return {};
    if (!isInt)
        return floats;
    return std::vector<double>(ints.begin(), ints.end());
}

std::optional<qint64> checkedProduct(qint64 a, qint64 b)
{
    qint64 out = 0;
    if (a < 0 || b < 0 || __builtin_mul_overflow(a, b, &out))
        return std::nullopt;
    return out;
}

std::optional<qint64> checkedElements(std::span<const qint64> shape, qint64 limit)
{
    qint64 count = 1;
    for (qint64 d : shape) {
        const auto next = checkedProduct(count, d);
        if (!next)
            return std::nullopt;
        count = *next;
    }
    // A zero dimension makes the count 0 even after a huge one; still reject a huge one.
    for (qint64 d : shape) {
        if (d > limit)
            return std::nullopt;
    }
    if (count > limit)
        return std::nullopt;
    return count;
}

QString onnxShapeString(std::span<const qint64> shape)
{
    if (shape.empty())
        return QStringLiteral("scalar");
    QStringList dims;
    for (qint64 d : shape)
        dims.append(QString::number(d));
    return dims.join(u'x');
}

TensorShape layerShapeOf(std::span<const qint64> s)
{
    if (s.empty())
        return {1, 1, 1};
    if (s.size() == 1)
        return {int(s[0]), 1, 1};
    qint64 w = 1;
    for (size_t i = 3; i < s.size(); ++i)
        w *= s[i];
    return {int(s[0] * s[1]), int(s.size() > 2 ? s[2] : 1), int(w)};
}

QString onnxText(const std::string &text)
{
    constexpr size_t kMaxBytes = 200;
    QString t = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), kMaxBytes)));
    for (QChar &c : t) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    if (text.size() > kMaxBytes)
        t += u'\u2026';
    return t;
}

QString onnxElementTypeName(int type)
{
    return onnx::TensorProto_DataType_IsValid(type)
               ? QString::fromStdString(onnx::TensorProto_DataType_Name(DataType(type))).toLower()
               : QString::number(type);
}

int onnxElementBits(int type)
{
    switch (type) {
    case onnx::TensorProto::FLOAT:
    case onnx::TensorProto::INT32:
    case onnx::TensorProto::UINT32: return 32;
    case onnx::TensorProto::DOUBLE:
    case onnx::TensorProto::INT64:
    case onnx::TensorProto::UINT64: return 64;
    case onnx::TensorProto::FLOAT16:
    case onnx::TensorProto::BFLOAT16:
    case onnx::TensorProto::INT16:
    case onnx::TensorProto::UINT16: return 16;
    case onnx::TensorProto::INT8:
    case onnx::TensorProto::UINT8:
    case onnx::TensorProto::BOOL: return 8;
    default: return 0;
    }
}

std::optional<int> normaliseAxis(qint64 axis, int rank, bool inclusive)
{
    const qint64 upper = inclusive ? rank : rank - 1;
    const qint64 lower = inclusive ? -rank - 1 : -rank;
    if (axis < lower || axis > upper)
        return std::nullopt;
    return int(axis < 0 ? axis + rank + (inclusive ? 1 : 0) : axis);
}

std::optional<OnnxShape> broadcastShapes(const OnnxShape &a, const OnnxShape &b)
{
    const size_t rank = std::max(a.size(), b.size());
    OnnxShape out(rank, 1);
    for (size_t i = 0; i < rank; ++i) {
        const qint64 da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
        const qint64 db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
        if (da != db && da != 1 && db != 1)
            return std::nullopt;
        out[i] = da == 1 ? db : da;
    }
    return out;
}

std::shared_ptr<OnnxTensorValue> decodeOnnxTensor(const onnx::TensorProto &p, qint64 elementLimit, QString *error)
{
    auto v = std::make_shared<OnnxTensorValue>();
    if (p.dims_size() > OnnxTensorValue::kMaxRank) {
        *error = QStringLiteral("%1 dimensions (at most %2 are supported)").arg(p.dims_size()).arg(OnnxTensorValue::kMaxRank);
        return nullptr;
    }
    for (qint64 d : p.dims()) {
        if (d < 0) {
            *error = QStringLiteral("negative dimension %1").arg(d);
            return nullptr;
        }
        v->shape.push_back(d);
    }
    const auto count = checkedElements(v->shape, elementLimit);
    if (!count) {
        *error = QStringLiteral("shape %1 has more than %2 elements").arg(onnxShapeString(v->shape)).arg(elementLimit);
        return nullptr;
    }
    v->elementType = p.data_type();
    const int bits = onnxElementBits(p.data_type());
    if (bits == 0) {
        *error = QStringLiteral("element type %1 is not supported").arg(onnxElementTypeName(p.data_type()));
        return nullptr;
    }
    v->isInt = isIntegerType(p.data_type());
    if (p.has_segment()) {
        *error = QStringLiteral("segmented tensors are not supported");
        return nullptr;
    }
    if (p.data_location() == onnx::TensorProto::EXTERNAL)
        return v; // weights elsewhere: the shape is all the import needs
    if (p.has_raw_data()) {
        const qint64 expected = *count * (bits / 8);
        if (qint64(p.raw_data().size()) != expected) {
            *error = QStringLiteral("%1 bytes of data for shape %2 (%3 expected; truncated?)")
                         .arg(p.raw_data().size()).arg(onnxShapeString(v->shape)).arg(expected);
            return nullptr;
        }
    } else if (typedValueCount(p) != *count) {
        *error = QStringLiteral("%1 values for shape %2 of %3 elements (truncated?)")
                     .arg(typedValueCount(p)).arg(onnxShapeString(v->shape)).arg(*count);
        return nullptr;
    }
    if (*count <= OnnxTensorValue::kMaxValues)
        v->hasValues = decodeValues(p, *count, *v);
    return v;
}

std::shared_ptr<OnnxTensorValue> constantWithShape(OnnxShape shape, const OnnxTensorValue *valuesFrom)
{
    auto out = std::make_shared<OnnxTensorValue>();
    out->shape = std::move(shape);
    if (valuesFrom) {
        out->elementType = valuesFrom->elementType;
        out->isInt = valuesFrom->isInt;
        out->hasValues = valuesFrom->hasValues;
        out->ints = valuesFrom->ints;
        out->floats = valuesFrom->floats;
    }
    return out;
}

std::shared_ptr<OnnxTensorValue> transposeConstant(const OnnxTensorValue &x, std::span<const int> perm)
{
    OnnxShape shape;
    for (int p : perm)
        shape.push_back(x.shape[size_t(p)]);
    auto out = emptyLike(x, shape);
    if (!out->hasValues)
        return out;
    const std::vector<qint64> inStrides = stridesOf(x.shape);
    forEachIndex(shape, [&](qint64 i, const std::vector<qint64> &index) {
        qint64 src = 0;
        for (size_t d = 0; d < index.size(); ++d)
            src += index[d] * inStrides[size_t(perm[d])];
        copyElement(x, src, *out, i);
    });
    return out;
}

std::shared_ptr<OnnxTensorValue> concatConstants(std::span<const OnnxTensorValue *const> inputs, int axis,
                                                 const OnnxShape &shape)
{
    OnnxTensorValue like = *inputs.front();
    like.isInt = std::all_of(inputs.begin(), inputs.end(), [](const OnnxTensorValue *v) { return v->isInt; });
    like.hasValues = std::all_of(inputs.begin(), inputs.end(), [](const OnnxTensorValue *v) { return v->hasValues; });
    auto out = emptyLike(like, shape);
    if (!out->hasValues)
        return out;
    qint64 offset = 0; // along the axis
    const std::vector<qint64> outStrides = stridesOf(shape);
    for (const OnnxTensorValue *in : inputs) {
        const std::vector<qint64> ints = in->intValues();
        const std::vector<double> floats = in->floatValues();
        forEachIndex(in->shape, [&](qint64 i, const std::vector<qint64> &index) {
            qint64 dst = 0;
            for (size_t d = 0; d < index.size(); ++d)
                dst += (index[d] + (int(d) == axis ? offset : 0)) * outStrides[d];
            if (out->isInt)
                out->ints[size_t(dst)] = ints[size_t(i)];
            else
                out->floats[size_t(dst)] = floats[size_t(i)];
        });
        offset += in->shape[size_t(axis)];
    }
    return out;
}

std::shared_ptr<OnnxTensorValue> sliceConstant(const OnnxTensorValue &x, const OnnxShape &shape,
                                               std::span<const qint64> starts, std::span<const qint64> steps)
{
    auto out = emptyLike(x, shape);
    if (!out->hasValues)
        return out;
    const std::vector<qint64> inStrides = stridesOf(x.shape);
    forEachIndex(shape, [&](qint64 i, const std::vector<qint64> &index) {
        qint64 src = 0;
        for (size_t d = 0; d < index.size(); ++d)
            src += (starts[d] + index[d] * steps[d]) * inStrides[d];
        copyElement(x, src, *out, i);
    });
    return out;
}

std::shared_ptr<OnnxTensorValue> gatherConstant(const OnnxTensorValue &data, const OnnxTensorValue &indices, int axis,
                                                const OnnxShape &shape)
{
    auto out = emptyLike(data, shape);
    if (!out->hasValues || !indices.hasValues)
        return out;
    const std::vector<qint64> idx = indices.intValues();
    const std::vector<qint64> inStrides = stridesOf(data.shape);
    const size_t indexRank = indices.shape.size();
    const std::vector<qint64> idxStrides = stridesOf(indices.shape);
    forEachIndex(shape, [&](qint64 i, const std::vector<qint64> &index) {
        // out[a..., j..., b...] = data[a..., indices[j...], b...]
        qint64 flat = 0;
        for (size_t k = 0; k < indexRank; ++k)
            flat += index[size_t(axis) + k] * idxStrides[k];
        qint64 src = 0;
        for (int d = 0; d < int(data.shape.size()); ++d) {
            qint64 coordinate = 0;
            if (d < axis)
                coordinate = index[size_t(d)];
            else if (d == axis)
                coordinate = idx[size_t(flat)]; // normalised and checked by the caller
            else
                coordinate = index[size_t(d) - 1 + indexRank];
            src += coordinate * inStrides[size_t(d)];
        }
        copyElement(data, src, *out, i);
    });
    return out;
}

std::shared_ptr<OnnxTensorValue> arithmeticConstant(const OnnxTensorValue &a, const OnnxTensorValue &b, char op,
                                                    const OnnxShape &shape)
{
    OnnxTensorValue like = a;
    like.isInt = a.isInt && b.isInt;
    like.hasValues = a.hasValues && b.hasValues;
    auto out = emptyLike(like, shape);
    if (!out->hasValues)
        return out;
    const std::vector<qint64> ai = a.intValues(), bi = b.intValues();
    const std::vector<double> af = a.floatValues(), bf = b.floatValues();
    // Broadcast strides: 0 along dimensions an operand repeats.
    auto strides = [&](const OnnxShape &s) {
        std::vector<qint64> st(shape.size(), 0);
        const std::vector<qint64> own = stridesOf(s);
        for (size_t i = 0; i < s.size(); ++i) {
            const size_t d = shape.size() - s.size() + i;
            st[d] = s[i] == 1 ? 0 : own[i];
        }
        return st;
    };
    const std::vector<qint64> sa = strides(a.shape), sb = strides(b.shape);
    forEachIndex(shape, [&](qint64 i, const std::vector<qint64> &index) {
        qint64 ia = 0, ib = 0;
        for (size_t d = 0; d < index.size(); ++d) {
            ia += index[d] * sa[d];
            ib += index[d] * sb[d];
        }
        if (out->isInt) {
            const qint64 x = ai[size_t(ia)], y = bi[size_t(ib)];
            qint64 r = 0;
            switch (op) {
            case '+': r = __builtin_add_overflow(x, y, &r) ? 0 : r; break;
            case '-': r = __builtin_sub_overflow(x, y, &r) ? 0 : r; break;
            case '*': r = __builtin_mul_overflow(x, y, &r) ? 0 : r; break;
            default: r = (y == 0 || (x == std::numeric_limits<qint64>::min() && y == -1)) ? 0 : x / y; break;
            }
            out->ints[size_t(i)] = r;
        } else {
            const double x = af[size_t(ia)], y = bf[size_t(ib)];
            out->floats[size_t(i)] = op == '+' ? x + y : op == '-' ? x - y : op == '*' ? x * y : x / y;
        }
    });
    return out;
}

} // namespace edgefront
