#pragma once
// A device: identity and class, vendor-neutral hardware specs, supported precisions, the
// parameters of the analytic cost model, and where its numbers come from (provenance).
//
// File format ("edgefront-device", version 1), documented in docs/device-format.md:
// {
//   "format": "edgefront-device", "version": 1,
//   "id": "phone-big-a", "name": "...", "class": "phone_cpu_big", "description": "...",
//   "provenance": "virtual" | "measured" | "lookup_table" | "calibrated",
//   "specs": { "peak_gmacs": {"fp32": .., "fp16": .., "int8": .., "int4": ..},
//              "memory_bandwidth_gbs": .., "on_chip_memory_kb": .., "cores": ..,
//              "clock_mhz": .., "idle_power_w": .., "active_power_w": .. },
//   "precisions": ["fp32", "int8", ...],
//   "cost_model": { ... see CostModelParameters ... },
//   "lookup_table": { ... lookup-table devices only ... },
//   "calibration": { ... calibrated devices only ... }
// }

#include "precision.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace edgefront {

enum class DeviceClass : quint8 {
    PhoneCpuBig,
    PhoneCpuLittle,
    PhoneGpu,
    PhoneNpu,
    Microcontroller,
    EdgeGpu,
    EdgeTpu,
    DesktopCpu,
    DesktopGpu,
    Fpga,
    ServerCpu,
    ServerGpu,
    Other,
};
constexpr int kDeviceClassCount = 13;

QString deviceClassToString(DeviceClass c); // file name, e.g. "phone_cpu_big"
std::optional<DeviceClass> deviceClassFromString(QStringView name);
QString deviceClassDisplayName(DeviceClass c); // e.g. "Phone CPU (big core)"

enum class DeviceProvenance : quint8 { Virtual, Measured, LookupTable, Calibrated };
QString provenanceToString(DeviceProvenance p); // "virtual", "measured", "lookup_table", "calibrated"
std::optional<DeviceProvenance> provenanceFromString(QStringView name);

struct DeviceSpecs
{
    std::array<double, kPrecisionCount> peakGmacs{}; // per precision (0 = not native)
    double memoryBandwidthGBs = 10.0;
    double onChipMemoryKB = 1024.0;
    int cores = 1;
    double clockMHz = 1000.0;
    double idlePowerW = 0.1;
    double activePowerW = 1.0;

    double peak(Precision p) const { return peakGmacs[size_t(p)]; }
};

// Layer types the cost model distinguishes (LayerType, without Zero).
enum class CostOp : quint8 { Conv, Depthwise, Pointwise, SqueezeExcite, Activation, Pooling, Add, Linear };
constexpr int kCostOpCount = 8;
QString costOpToString(CostOp op); // "conv", "depthwise", ...

// What a device does with a precision it lacks: run it as another precision at a penalty,
// or not at all (the design cannot be deployed there). Auto runs it as the nearest wider
// native precision (int4 -> int8 -> fp16 -> fp32), else the nearest narrower, penalty 1.
struct PrecisionFallback
{
    enum class Kind : quint8 { Auto, RunAs, Unsupported };
    Kind kind = Kind::Auto;
    Precision runAs = Precision::Fp32;
    double penalty = 1.0; // time multiplier on top of running as `runAs`
};

struct CostModelParameters
{
    // Share of peak throughput each op type reaches (0..1].
    std::array<double, kCostOpCount> efficiency{0.6, 0.2, 0.7, 0.1, 0.5, 0.5, 0.5, 0.5};
    // Fixed cost per layer of each op type (kernel launch, dispatch), microseconds.
    std::array<double, kCostOpCount> launchOverheadUs{5, 5, 5, 10, 2, 3, 2, 5};
    // Throughput multiplier of depthwise/dense convolutions by kernel size 1, 3, 5, 7.
    std::array<double, 4> kernelEfficiency{1.0, 1.0, 0.9, 0.8};
    // Channels are processed in groups of this many; the remainder wastes lanes.
    int channelAlignment = 4;
    // Element-wise ops: operations per element per cycle-equivalent, as MAC equivalents.
    double elementwiseMacsPerElement = 1.0;
    // Smoothness of max(compute, memory): 1 = sum, large = hard max (roofline).
    double rooflineSharpness = 4.0;
    // Per precision: how a lacking precision runs (ignored where peak > 0).
    std::array<PrecisionFallback, kPrecisionCount> fallback{};
    // Energy per MAC by precision (pJ) and per DRAM byte (pJ).
    std::array<double, kPrecisionCount> energyPerMacPJ{4.6, 1.5, 0.23, 0.12};
    double dramEnergyPerBytePJ = 160.0; // ~640 pJ per 32-bit word (Horowitz, ISSCC 2014)
    // Share of the on-chip memory usable to keep activations out of DRAM.
    double onChipActivationShare = 0.5;
    // Batch size the latencies refer to.
    int batch = 1;
    // Multiplicative log-normal measurement noise (coefficient of variation).
    double noiseCv = 0.02;
    // Whole-network constant (framework overhead), milliseconds.
    double fixedOverheadMs = 0.0;
};

struct DeviceProfile
{
    static constexpr int kFormatVersion = 1;

    QString id;
    QString name;
    DeviceClass deviceClass = DeviceClass::Other;
    QString description;
    DeviceProvenance provenance = DeviceProvenance::Virtual;
    DeviceSpecs specs;
    CostModelParameters costModel;
    QJsonObject lookupTable;  // lookup-table devices: the per-operator tables
    QJsonObject calibration;  // calibrated devices: source, samples, held-out SRCC/MAPE

    bool supportsNatively(Precision p) const { return specs.peak(p) > 0; }
    QStringList precisionNames() const; // natively supported

    QJsonObject toJson() const;
    // Reads a device object; on failure names the field (e.g. `field "specs.cores": ...`).
    static std::optional<DeviceProfile> fromJson(const QJsonObject &object, QString *error);
    // Valid ids: 1-64 of [A-Za-z0-9._-], starting with a letter or digit.
    static bool isValidId(const QString &id);
};

} // namespace edgefront
