#include "deviceprofile.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace edgefront {

namespace {

struct ClassInfo
{
    DeviceClass value;
    const char *file;
    const char *display;
};

constexpr ClassInfo kClasses[kDeviceClassCount] = {
    {DeviceClass::PhoneCpuBig, "phone_cpu_big", "Phone CPU (big core)"},
    {DeviceClass::PhoneCpuLittle, "phone_cpu_little", "Phone CPU (little core)"},
    {DeviceClass::PhoneGpu, "phone_gpu", "Phone GPU"},
    {DeviceClass::PhoneNpu, "phone_npu", "Phone DSP/NPU"},
    {DeviceClass::Microcontroller, "mcu", "Microcontroller"},
    {DeviceClass::EdgeGpu, "edge_gpu", "Edge GPU"},
    {DeviceClass::EdgeTpu, "edge_tpu", "Edge TPU-like accelerator"},
    {DeviceClass::DesktopCpu, "desktop_cpu", "Desktop CPU"},
    {DeviceClass::DesktopGpu, "desktop_gpu", "Desktop GPU"},
    {DeviceClass::Fpga, "fpga", "FPGA dataflow"},
    {DeviceClass::ServerCpu, "server_cpu", "Server CPU"},
    {DeviceClass::ServerGpu, "server_gpu", "Server GPU"},
    {DeviceClass::Other, "other", "Other"},
};

constexpr const char *kProvenance[] = {"virtual", "measured", "lookup_table", "calibrated"};
constexpr const char *kCostOps[kCostOpCount] = {"conv", "depthwise", "pointwise", "squeeze_excite",
                                                "activation", "pooling", "add", "linear"};
constexpr int kKernelSizes[4] = {1, 3, 5, 7};

QString str(const char *s) { return QString::fromLatin1(s); }

// Reads the field `key` of `object` as a positive (or non-negative) finite number; names
// `path.key` in errors. Absent fields keep *out.
bool readNumber(const QJsonObject &object, const QString &path, const QString &key, double *out,
                QString *error, bool allowZero = true)
{
    if (!object.contains(key))
        return true;
    const QJsonValue v = object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < 0 || (!allowZero && d == 0)) {
        *error = QStringLiteral("field \"%1%2\": expected a %3 number, got %4")
                     .arg(path, key, allowZero ? QStringLiteral("non-negative") : QStringLiteral("positive"),
                          json::describe(v));
        return false;
    }
    *out = d;
    return true;
}

bool readInteger(const QJsonObject &object, const QString &path, const QString &key, int *out, int min,
                 int max, QString *error)
{
    if (!object.contains(key))
        return true;
    double d = 0;
    if (!readNumber(object, path, key, &d, error))
        return false;
    if (d != std::floor(d) || d < min || d > max) {
        *error = QStringLiteral("field \"%1%2\": expected an integer in %3..%4, got %5")
                     .arg(path, key).arg(min).arg(max).arg(d);
        return false;
    }
    *out = int(d);
    return true;
}

QJsonObject perPrecision(const std::array<double, kPrecisionCount> &values)
{
    QJsonObject o;
    for (Precision p : kAllPrecisions)
        o.insert(precisionToString(p), values[size_t(p)]);
    return o;
}

bool readPerPrecision(const QJsonObject &object, const QString &path, const QString &key,
                      std::array<double, kPrecisionCount> *out, QString *error)
{
    if (!object.contains(key))
        return true;
    if (!object.value(key).isObject()) {
        *error = QStringLiteral("field \"%1%2\": expected an object of precisions").arg(path, key);
        return false;
    }
    const QJsonObject o = object.value(key).toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto p = precisionFromString(it.key());
        if (!p) {
            *error = QStringLiteral("field \"%1%2.%3\": unknown precision (fp32, fp16, int8, int4)")
                         .arg(path, key, it.key());
            return false;
        }
        if (!readNumber(o, path + key + u'.', it.key(), &(*out)[size_t(*p)], error))
            return false;
    }
    return true;
}

} // namespace

QString deviceClassToString(DeviceClass c)
{
    return str(kClasses[size_t(c)].file);
}

std::optional<DeviceClass> deviceClassFromString(QStringView name)
{
    for (const ClassInfo &info : kClasses) {
        if (name == QLatin1StringView(info.file))
            return info.value;
    }
    return std::nullopt;
}

QString deviceClassDisplayName(DeviceClass c)
{
    return str(kClasses[size_t(c)].display);
}

QString provenanceToString(DeviceProvenance p)
{
    return str(kProvenance[size_t(p)]);
}

std::optional<DeviceProvenance> provenanceFromString(QStringView name)
{
    for (size_t i = 0; i < std::size(kProvenance); ++i) {
        if (name == QLatin1StringView(kProvenance[i]))
            return DeviceProvenance(i);
    }
    return std::nullopt;
}

QString costOpToString(CostOp op)
{
    return str(kCostOps[size_t(op)]);
}

QStringList DeviceProfile::precisionNames() const
{
    QStringList names;
    for (Precision p : kAllPrecisions) {
        if (supportsNatively(p))
            names.append(precisionToString(p));
    }
    return names;
}

bool DeviceProfile::isValidId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    return pattern.match(id).hasMatch();
}

QJsonObject DeviceProfile::toJson() const
{
    QJsonObject specsJson{{QStringLiteral("peak_gmacs"), perPrecision(specs.peakGmacs)},
                          {QStringLiteral("memory_bandwidth_gbs"), specs.memoryBandwidthGBs},
                          {QStringLiteral("on_chip_memory_kb"), specs.onChipMemoryKB},
                          {QStringLiteral("cores"), specs.cores},
                          {QStringLiteral("clock_mhz"), specs.clockMHz},
                          {QStringLiteral("idle_power_w"), specs.idlePowerW},
                          {QStringLiteral("active_power_w"), specs.activePowerW}};
    const CostModelParameters &c = costModel;
    QJsonObject efficiency, overhead, kernels, fallback;
    for (int i = 0; i < kCostOpCount; ++i) {
        efficiency.insert(str(kCostOps[i]), c.efficiency[size_t(i)]);
        overhead.insert(str(kCostOps[i]), c.launchOverheadUs[size_t(i)]);
    }
    for (int i = 0; i < 4; ++i)
        kernels.insert(QString::number(kKernelSizes[i]), c.kernelEfficiency[size_t(i)]);
    for (Precision p : kAllPrecisions) {
        if (supportsNatively(p))
            continue;
        const PrecisionFallback &f = c.fallback[size_t(p)];
        if (f.kind == PrecisionFallback::Kind::Unsupported)
            fallback.insert(precisionToString(p), QStringLiteral("unsupported"));
        else if (f.kind == PrecisionFallback::Kind::RunAs)
            fallback.insert(precisionToString(p), QJsonObject{{QStringLiteral("run_as"), precisionToString(f.runAs)},
                                                              {QStringLiteral("penalty"), f.penalty}});
    }
    QJsonObject model{{QStringLiteral("efficiency"), efficiency},
                      {QStringLiteral("launch_overhead_us"), overhead},
                      {QStringLiteral("kernel_efficiency"), kernels},
                      {QStringLiteral("channel_alignment"), c.channelAlignment},
                      {QStringLiteral("elementwise_macs_per_element"), c.elementwiseMacsPerElement},
                      {QStringLiteral("roofline_sharpness"), c.rooflineSharpness},
                      {QStringLiteral("fallback"), fallback},
                      {QStringLiteral("energy_per_mac_pj"), perPrecision(c.energyPerMacPJ)},
                      {QStringLiteral("dram_energy_per_byte_pj"), c.dramEnergyPerBytePJ},
                      {QStringLiteral("on_chip_activation_share"), c.onChipActivationShare},
                      {QStringLiteral("batch"), c.batch},
                      {QStringLiteral("noise_cv"), c.noiseCv},
                      {QStringLiteral("fixed_overhead_ms"), c.fixedOverheadMs}};
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("edgefront-device")},
                  {QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("class"), deviceClassToString(deviceClass)},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("provenance"), provenanceToString(provenance)},
                  {QStringLiteral("specs"), specsJson},
                  {QStringLiteral("precisions"), QJsonArray::fromStringList(precisionNames())},
                  {QStringLiteral("cost_model"), model}};
    if (!lookupTable.isEmpty())
        o.insert(QStringLiteral("lookup_table"), lookupTable);
    if (!calibration.isEmpty())
        o.insert(QStringLiteral("calibration"), calibration);
    return o;
}

std::optional<DeviceProfile> DeviceProfile::fromJson(const QJsonObject &o, QString *error)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    if (o.contains(QStringLiteral("format")) && o.value(QStringLiteral("format")).toString() != QLatin1StringView("edgefront-device")) {
        *err = QStringLiteral("field \"format\": expected \"edgefront-device\", got %1")
                   .arg(json::describe(o.value(QStringLiteral("format"))));
        return std::nullopt;
    }
    int version = kFormatVersion;
    if (!readInteger(o, QString(), QStringLiteral("version"), &version, 1, 1000000, err))
        return std::nullopt;
    if (version > kFormatVersion) {
        *err = QStringLiteral("field \"version\": device format %1 is newer than this EdgeFront reads (%2)")
                   .arg(version).arg(kFormatVersion);
        return std::nullopt;
    }

    DeviceProfile d;
    const auto id = json::readString(o, QStringLiteral("id"), err);
    if (!id)
        return std::nullopt;
    if (!isValidId(*id)) {
        *err = QStringLiteral("field \"id\": %1 is not a valid id (1-64 of A-Z a-z 0-9 . _ -)").arg(json::describe(*id));
        return std::nullopt;
    }
    d.id = *id;
    d.name = o.value(QStringLiteral("name")).toString(d.id);
    d.description = o.value(QStringLiteral("description")).toString();
    if (o.contains(QStringLiteral("class"))) {
        const QString c = o.value(QStringLiteral("class")).toString();
        const auto cls = deviceClassFromString(c);
        if (!cls) {
            QStringList known;
            for (const ClassInfo &info : kClasses)
                known.append(str(info.file));
            *err = QStringLiteral("field \"class\": unknown class \"%1\" (known: %2)").arg(c, known.join(u", "));
            return std::nullopt;
        }
        d.deviceClass = *cls;
    }
    if (o.contains(QStringLiteral("provenance"))) {
        const auto p = provenanceFromString(o.value(QStringLiteral("provenance")).toString());
        if (!p) {
            *err = QStringLiteral("field \"provenance\": expected virtual, measured, lookup_table or calibrated, got %1")
                       .arg(json::describe(o.value(QStringLiteral("provenance"))));
            return std::nullopt;
        }
        d.provenance = *p;
    }

    const QJsonObject s = o.value(QStringLiteral("specs")).toObject();
    const QString sp = QStringLiteral("specs.");
    if (!readPerPrecision(s, sp, QStringLiteral("peak_gmacs"), &d.specs.peakGmacs, err)
        || !readNumber(s, sp, QStringLiteral("memory_bandwidth_gbs"), &d.specs.memoryBandwidthGBs, err, false)
        || !readNumber(s, sp, QStringLiteral("on_chip_memory_kb"), &d.specs.onChipMemoryKB, err)
        || !readInteger(s, sp, QStringLiteral("cores"), &d.specs.cores, 1, 100000, err)
        || !readNumber(s, sp, QStringLiteral("clock_mhz"), &d.specs.clockMHz, err, false)
        || !readNumber(s, sp, QStringLiteral("idle_power_w"), &d.specs.idlePowerW, err)
        || !readNumber(s, sp, QStringLiteral("active_power_w"), &d.specs.activePowerW, err))
        return std::nullopt;
    // "precisions" lists the native ones; a listed precision needs a throughput.
    for (const QJsonValue &v : o.value(QStringLiteral("precisions")).toArray()) {
        const auto p = precisionFromString(v.toString());
        if (!p) {
            *err = QStringLiteral("field \"precisions\": unknown precision %1 (fp32, fp16, int8, int4)").arg(json::describe(v));
            return std::nullopt;
        }
        if (d.specs.peak(*p) <= 0 && d.provenance != DeviceProvenance::Measured
            && d.provenance != DeviceProvenance::LookupTable) {
            *err = QStringLiteral("field \"specs.peak_gmacs.%1\": precision %1 is listed as supported but has no throughput")
                       .arg(precisionToString(*p));
            return std::nullopt;
        }
    }

    const QJsonObject m = o.value(QStringLiteral("cost_model")).toObject();
    const QString mp = QStringLiteral("cost_model.");
    CostModelParameters &c = d.costModel;
    const QJsonObject eff = m.value(QStringLiteral("efficiency")).toObject();
    const QJsonObject ovh = m.value(QStringLiteral("launch_overhead_us")).toObject();
    for (int i = 0; i < kCostOpCount; ++i) {
        if (!readNumber(eff, mp + QStringLiteral("efficiency."), str(kCostOps[i]), &c.efficiency[size_t(i)], err, false)
            || !readNumber(ovh, mp + QStringLiteral("launch_overhead_us."), str(kCostOps[i]), &c.launchOverheadUs[size_t(i)], err))
            return std::nullopt;
        if (c.efficiency[size_t(i)] > 1.0) {
            *err = QStringLiteral("field \"cost_model.efficiency.%1\": %2 is above 1 (a share of peak)")
                       .arg(str(kCostOps[i])).arg(c.efficiency[size_t(i)]);
            return std::nullopt;
        }
    }
    const QJsonObject kernels = m.value(QStringLiteral("kernel_efficiency")).toObject();
    for (int i = 0; i < 4; ++i) {
        if (!readNumber(kernels, mp + QStringLiteral("kernel_efficiency."), QString::number(kKernelSizes[i]),
                        &c.kernelEfficiency[size_t(i)], err, false))
            return std::nullopt;
    }
    if (!readInteger(m, mp, QStringLiteral("channel_alignment"), &c.channelAlignment, 1, 1024, err)
        || !readNumber(m, mp, QStringLiteral("elementwise_macs_per_element"), &c.elementwiseMacsPerElement, err)
        || !readNumber(m, mp, QStringLiteral("roofline_sharpness"), &c.rooflineSharpness, err, false)
        || !readPerPrecision(m, mp, QStringLiteral("energy_per_mac_pj"), &c.energyPerMacPJ, err)
        || !readNumber(m, mp, QStringLiteral("dram_energy_per_byte_pj"), &c.dramEnergyPerBytePJ, err)
        || !readNumber(m, mp, QStringLiteral("on_chip_activation_share"), &c.onChipActivationShare, err)
        || !readInteger(m, mp, QStringLiteral("batch"), &c.batch, 1, 65536, err)
        || !readNumber(m, mp, QStringLiteral("noise_cv"), &c.noiseCv, err)
        || !readNumber(m, mp, QStringLiteral("fixed_overhead_ms"), &c.fixedOverheadMs, err))
        return std::nullopt;
    if (c.onChipActivationShare > 1.0 || c.noiseCv > 1.0) {
        *err = QStringLiteral("field \"cost_model\": on_chip_activation_share and noise_cv must be at most 1");
        return std::nullopt;
    }
    const QJsonObject fb = m.value(QStringLiteral("fallback")).toObject();
    for (auto it = fb.begin(); it != fb.end(); ++it) {
        const auto p = precisionFromString(it.key());
        if (!p) {
            *err = QStringLiteral("field \"cost_model.fallback.%1\": unknown precision").arg(it.key());
            return std::nullopt;
        }
        PrecisionFallback f;
        if (it.value().isString() && it.value().toString() == QLatin1StringView("unsupported")) {
            f.kind = PrecisionFallback::Kind::Unsupported;
        } else if (it.value().isObject()) {
            const QJsonObject fo = it.value().toObject();
            const auto as = precisionFromString(fo.value(QStringLiteral("run_as")).toString());
            if (!as || d.specs.peak(*as) <= 0) {
                *err = QStringLiteral("field \"cost_model.fallback.%1.run_as\": must name a precision the device runs natively")
                           .arg(it.key());
                return std::nullopt;
            }
            f.kind = PrecisionFallback::Kind::RunAs;
            f.runAs = *as;
            if (!readNumber(fo, mp + QStringLiteral("fallback.%1.").arg(it.key()), QStringLiteral("penalty"), &f.penalty, err, false))
                return std::nullopt;
        } else {
            *err = QStringLiteral("field \"cost_model.fallback.%1\": expected \"unsupported\" or {\"run_as\", \"penalty\"}")
                       .arg(it.key());
            return std::nullopt;
        }
        c.fallback[size_t(*p)] = f;
    }
    d.lookupTable = o.value(QStringLiteral("lookup_table")).toObject();
    d.calibration = o.value(QStringLiteral("calibration")).toObject();
    return d;
}

} // namespace edgefront
