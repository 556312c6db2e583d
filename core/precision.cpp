#include "precision.h"

namespace edgefront {

QString precisionToString(Precision p)
{
    switch (p) {
    case Precision::Fp32: return QStringLiteral("fp32");
    case Precision::Fp16: return QStringLiteral("fp16");
    case Precision::Int8: return QStringLiteral("int8");
    case Precision::Int4: return QStringLiteral("int4");
    }
    return QStringLiteral("fp32");
}

std::optional<Precision> precisionFromString(QStringView name)
{
    for (Precision p : kAllPrecisions) {
        if (name == precisionToString(p))
            return p;
    }
    return std::nullopt;
}

Precision precisionForBits(int bits)
{
    if (bits <= 4)
        return Precision::Int4;
    if (bits <= 8)
        return Precision::Int8;
    if (bits <= 16)
        return Precision::Fp16;
    return Precision::Fp32;
}

} // namespace edgefront
