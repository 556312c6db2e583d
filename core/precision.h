#pragma once
// Numeric precisions a layer can run at, stored in files by name.

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace edgefront {

enum class Precision : quint8 { Fp32, Fp16, Int8, Int4 };
constexpr int kPrecisionCount = 4;
constexpr std::array<Precision, kPrecisionCount> kAllPrecisions = {Precision::Fp32, Precision::Fp16,
                                                                   Precision::Int8, Precision::Int4};

QString precisionToString(Precision p); // "fp32", "fp16", "int8", "int4"
std::optional<Precision> precisionFromString(QStringView name);
// The precision of a layer stored at `bits` (32, 16, 8, 4; other widths round up).
Precision precisionForBits(int bits);

} // namespace edgefront
