#include "virtualdevicesampler.h"

#include "pythonrandom.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace edgefront {

namespace {

constexpr const char *kOps[kCostOpCount] = {"conv", "depthwise", "pointwise", "squeeze_excite",
                                            "activation", "pooling", "add", "linear"};
constexpr const char *kPrecisions[kPrecisionCount] = {"fp32", "fp16", "int8", "int4"};

struct Fallback
{
    int precision = -1; // index into kPrecisions; -1 ends the list
    int runAs = 0;
    double penalty = 1.0;
};

// One class of make_fleet.py's CLASSES (same order, same numbers). Peak 0 = not native.
struct ClassTemplate
{
    DeviceClass cls;
    const char *label;
    int letters; // names "A", "B", ...
    double peak[kPrecisionCount];
    double bw, onchip;
    int cores;
    double clock, idle, active;
    double eff[kCostOpCount];
    double overhead[kCostOpCount];
    double kernel[4];
    int align;
    double elementwise, sharp;
    Fallback fallback[3];
    double energy[kPrecisionCount];
    double share, noise;
};

enum { Fp32, Fp16, Int8, Int4 };

const ClassTemplate kTemplates[] = {
    {DeviceClass::PhoneCpuBig, "Phone big-core CPU", 4, {60, 120, 240, 0}, 20, 2048, 4, 2600, 0.4, 3.5,
     {0.55, 0.22, 0.65, 0.05, 0.5, 0.4, 0.5, 0.5}, {8, 6, 6, 15, 2, 4, 2, 6}, {1.0, 1.0, 0.85, 0.7}, 4, 0.5, 3.0,
     {{Int4, Int8, 1.35}}, {2.0, 0.8, 0.15, 0.1}, 0.5, 0.03},
    {DeviceClass::PhoneCpuLittle, "Phone little-core CPU", 3, {14, 28, 56, 0}, 10, 512, 4, 1800, 0.15, 1.0,
     {0.5, 0.18, 0.6, 0.05, 0.5, 0.4, 0.5, 0.5}, {15, 12, 12, 30, 4, 8, 4, 12}, {1.0, 1.0, 0.8, 0.65}, 4, 0.6, 3.0,
     {{Int4, Int8, 1.5}}, {1.2, 0.5, 0.1, 0.08}, 0.5, 0.03},
    {DeviceClass::PhoneGpu, "Phone GPU", 4, {400, 800, 0, 0}, 25, 1024, 6, 800, 0.5, 4.0,
     {0.35, 0.12, 0.4, 0.02, 0.3, 0.2, 0.3, 0.2}, {70, 70, 60, 160, 25, 45, 30, 60}, {1.0, 1.0, 0.95, 0.9}, 4, 1.0, 2.0,
     {{Int8, Fp16, 1.15}, {Int4, Fp16, 1.3}}, {1.0, 0.45, 0.45, 0.45}, 0.3, 0.04},
    {DeviceClass::PhoneNpu, "Phone DSP/NPU", 4, {0, 250, 2500, 0}, 30, 4096, 1, 1000, 0.2, 2.0,
     {0.5, 0.3, 0.55, 0.01, 0.5, 0.3, 0.4, 0.2}, {25, 25, 20, 400, 8, 15, 10, 30}, {1.0, 1.0, 0.7, 0.5}, 32, 1.0, 6.0,
     {{Fp32, Fp16, 6.0}, {Int4, Int8, 1.0}}, {0.5, 0.4, 0.05, 0.04}, 0.7, 0.02},
    {DeviceClass::Microcontroller, "Microcontroller", 3, {0.25, 0, 1.2, 0}, 0.2, 1024, 1, 480, 0.05, 0.25,
     {0.6, 0.5, 0.7, 0.4, 0.8, 0.7, 0.8, 0.6}, {20, 20, 20, 40, 5, 10, 5, 20}, {1.0, 1.0, 0.95, 0.9}, 4, 0.5, 1.5,
     {{Fp16, Fp32, 1.2}, {Int4, Int8, 1.6}}, {8.0, 5.0, 2.0, 1.8}, 0.6, 0.01},
    {DeviceClass::EdgeGpu, "Edge GPU", 3, {600, 2400, 4800, 0}, 60, 4096, 8, 1100, 2.0, 15.0,
     {0.25, 0.06, 0.3, 0.02, 0.2, 0.15, 0.2, 0.1}, {30, 30, 25, 60, 10, 20, 12, 25}, {1.0, 1.0, 1.0, 0.95}, 8, 1.0, 2.0,
     {{Int4, Int8, 1.1}}, {1.0, 0.35, 0.12, 0.1}, 0.4, 0.03},
    {DeviceClass::EdgeTpu, "Edge TPU-like accelerator", 3, {0, 0, 2000, 0}, 1.5, 8192, 1, 500, 0.4, 2.0,
     {0.4, 0.08, 0.5, 0.01, 0.6, 0.3, 0.5, 0.2}, {5, 5, 4, 250, 2, 3, 2, 8}, {1.0, 1.0, 0.6, 0.35}, 64, 1.0, 6.0,
     {{Fp32, Int8, 40.0}, {Fp16, Int8, 30.0}, {Int4, Int8, 1.0}}, {2.0, 2.0, 0.03, 0.03}, 0.9, 0.015},
    {DeviceClass::DesktopCpu, "Desktop CPU", 3, {700, 0, 2800, 0}, 60, 32768, 12, 4200, 15.0, 120.0,
     {0.3, 0.08, 0.35, 0.05, 0.3, 0.3, 0.3, 0.3}, {6, 5, 5, 10, 2, 3, 2, 5}, {1.0, 1.0, 0.9, 0.8}, 8, 0.25, 3.0,
     {{Fp16, Fp32, 1.15}, {Int4, Int8, 1.25}}, {1.5, 1.5, 0.2, 0.2}, 0.5, 0.03},
    {DeviceClass::DesktopGpu, "Desktop GPU", 3, {15000, 60000, 120000, 240000}, 600, 6144, 60, 1800, 20.0, 250.0,
     {0.08, 0.015, 0.1, 0.005, 0.05, 0.05, 0.05, 0.02}, {12, 10, 10, 20, 6, 8, 6, 10}, {1.0, 1.0, 1.0, 1.0}, 32, 1.0, 2.0,
     {}, {0.8, 0.25, 0.1, 0.06}, 0.3, 0.03},
    {DeviceClass::Fpga, "FPGA dataflow accelerator", 3, {0, 60, 1000, 2000}, 12, 16384, 1, 300, 3.0, 12.0,
     {0.8, 0.5, 0.85, 0.1, 0.9, 0.7, 0.9, 0.5}, {1, 1, 1, 5, 0.2, 0.5, 0.2, 2}, {1.0, 1.0, 0.45, 0.25}, 16, 0.2, 8.0,
     {{Fp32, Fp16, 3.0}}, {3.0, 1.0, 0.06, 0.03}, 0.8, 0.005},
};

// The variation spreads of make_fleet.py's device().
constexpr double kScaleSpread = 0.8;
constexpr double kBandwidthSpread = 0.3;
constexpr double kOnChipSpread = 0.5;
constexpr double kOverheadSpread = 0.4;
constexpr double kOverheadJitter = 0.3;
constexpr double kEfficiencyJitter = 0.2;
constexpr double kRoundingTolerance = 0.005; // 3 significant digits

const ClassTemplate *findTemplate(DeviceClass c)
{
    for (const ClassTemplate &t : kTemplates) {
        if (t.cls == c)
            return &t;
    }
    return nullptr;
}

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// CPython's random.random(): 53 bits from two 32-bit draws.
double pyRandom(PythonRandom &rng)
{
    const quint32 a = rng.nextUInt32() >> 5, b = rng.nextUInt32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// make_fleet.py's vary(): value scaled by a log-uniform factor in [1/(1+spread), 1+spread].
double vary(PythonRandom &rng, double value, double spread)
{
    const double lo = 1.0 / (1.0 + spread), hi = 1.0 + spread;
    return value * (lo * std::pow(hi / lo, pyRandom(rng)));
}

// float(f"{x:.3g}"): both sides round correctly, so the results are equal.
double roundSig(double x)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g", x);
    return std::strtod(buffer, nullptr);
}

QJsonObject perPrecision(const double (&values)[kPrecisionCount], bool nativeOnly, const double (&peak)[kPrecisionCount])
{
    QJsonObject o;
    for (int p = 0; p < kPrecisionCount; ++p) {
        if (!nativeOnly || peak[p] > 0)
            o.insert(str(kPrecisions[p]), values[p]);
    }
    return o;
}

// make_fleet.py's device(): the draws in the script's order (scale, bandwidth scale, overhead
// scale, 8 overhead jitters, 8 efficiency jitters, on-chip memory).
QJsonObject deviceJson(const ClassTemplate &t, PythonRandom &rng, const QString &id, const QString &name,
                       const QString &description)
{
    const double scale = vary(rng, 1.0, kScaleSpread);
    const double bwScale = vary(rng, scale, kBandwidthSpread);
    const double ovhScale = vary(rng, 1.0, kOverheadSpread);
    double ovhJitter[kCostOpCount], effJitter[kCostOpCount];
    for (double &j : ovhJitter)
        j = vary(rng, 1.0, kOverheadJitter);
    for (double &j : effJitter)
        j = vary(rng, 1.0, kEfficiencyJitter);
    double peak[kPrecisionCount];
    for (int p = 0; p < kPrecisionCount; ++p)
        peak[p] = t.peak[p] > 0 ? roundSig(t.peak[p] * scale) : 0.0;
    QJsonArray precisions;
    for (int p = 0; p < kPrecisionCount; ++p) {
        if (peak[p] > 0)
            precisions.append(str(kPrecisions[p]));
    }
    const double onChip = roundSig(vary(rng, t.onchip, kOnChipSpread));
    QJsonObject efficiency, overhead, fallback;
    for (int i = 0; i < kCostOpCount; ++i) {
        efficiency.insert(str(kOps[i]), roundSig(std::min(1.0, t.eff[i] * effJitter[i])));
        overhead.insert(str(kOps[i]), roundSig(t.overhead[i] * ovhScale * ovhJitter[i]));
    }
    for (const Fallback &f : t.fallback) {
        if (f.precision < 0)
            continue; // unused slot
        fallback.insert(str(kPrecisions[f.precision]),
                        QJsonObject{{QStringLiteral("run_as"), str(kPrecisions[f.runAs])},
                                    {QStringLiteral("penalty"), f.penalty}});
    }
    const QJsonObject kernel{{QStringLiteral("1"), t.kernel[0]},
                             {QStringLiteral("3"), t.kernel[1]},
                             {QStringLiteral("5"), t.kernel[2]},
                             {QStringLiteral("7"), t.kernel[3]}};
    const QJsonObject specs{{QStringLiteral("peak_gmacs"), perPrecision(peak, true, peak)},
                            {QStringLiteral("memory_bandwidth_gbs"), roundSig(t.bw * bwScale)},
                            {QStringLiteral("on_chip_memory_kb"), onChip},
                            {QStringLiteral("cores"), t.cores},
                            {QStringLiteral("clock_mhz"), roundSig(t.clock * std::pow(scale, 0.3))},
                            {QStringLiteral("idle_power_w"), roundSig(t.idle * std::pow(scale, 0.5))},
                            {QStringLiteral("active_power_w"), roundSig(t.active * std::pow(scale, 0.7))}};
    const QJsonObject model{{QStringLiteral("efficiency"), efficiency},
                            {QStringLiteral("launch_overhead_us"), overhead},
                            {QStringLiteral("kernel_efficiency"), kernel},
                            {QStringLiteral("channel_alignment"), t.align},
                            {QStringLiteral("elementwise_macs_per_element"), t.elementwise},
                            {QStringLiteral("roofline_sharpness"), t.sharp},
                            {QStringLiteral("fallback"), fallback},
                            {QStringLiteral("energy_per_mac_pj"), perPrecision(t.energy, false, peak)},
                            {QStringLiteral("dram_energy_per_byte_pj"), 160.0},
                            {QStringLiteral("on_chip_activation_share"), t.share},
                            {QStringLiteral("batch"), 1},
                            {QStringLiteral("noise_cv"), t.noise},
                            {QStringLiteral("fixed_overhead_ms"), 0.0}};
    return {{QStringLiteral("format"), QStringLiteral("edgefront-device")},
            {QStringLiteral("version"), DeviceProfile::kFormatVersion},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("class"), deviceClassToString(t.cls)},
            {QStringLiteral("description"), description},
            {QStringLiteral("provenance"), QStringLiteral("virtual")},
            {QStringLiteral("specs"), specs},
            {QStringLiteral("precisions"), precisions},
            {QStringLiteral("cost_model"), model}};
}

DeviceProfile profileFromJson(const QJsonObject &json)
{
    QString error;
    auto profile = DeviceProfile::fromJson(json, &error);
    Q_ASSERT_X(profile, "VirtualDeviceSampler", qPrintable(error)); // the templates are valid
    return profile ? *profile : DeviceProfile();
}

// SplitMix64 (Steele et al. 2014): independent seeds for (seed, index).
quint64 mixSeed(quint64 seed, quint64 index)
{
    quint64 z = seed + 0x9E3779B97F4A7C15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

VirtualDeviceRange around(double value, double low, double high)
{
    return {value * low, value * high};
}

bool check(const QString &field, double value, const VirtualDeviceRange &r, QString *why)
{
    if (value >= r.min * (1 - kRoundingTolerance) && value <= r.max * (1 + kRoundingTolerance))
        return true;
    *why = QStringLiteral("%1 = %2 is outside %3..%4").arg(field).arg(value).arg(r.min).arg(r.max);
    return false;
}

} // namespace

bool VirtualDeviceSamplerOptions::isValid(QString *error) const
{
    for (DeviceClass c : classes) {
        if (!findTemplate(c)) {
            *error = QStringLiteral("device class %1 has no template (classes with one: %2)")
                         .arg(deviceClassToString(c), [] {
                             QStringList names;
                             for (const ClassTemplate &t : kTemplates)
                                 names.append(deviceClassToString(t.cls));
                             return names.join(QStringLiteral(", "));
                         }());
            return false;
        }
    }
    return true;
}

VirtualDeviceSampler::VirtualDeviceSampler(VirtualDeviceSamplerOptions options)
    : m_options(std::move(options))
{
    if (m_options.classes.isEmpty())
        m_options.classes = templateClasses();
}

DeviceProfile VirtualDeviceSampler::device(int index) const
{
    const DeviceClass c = m_options.classes[index % m_options.classes.size()];
    const ClassTemplate *t = findTemplate(c);
    Q_ASSERT(t);
    if (!t)
        return {};
    PythonRandom rng(mixSeed(m_options.seed, quint64(index)));
    const QString id = QStringLiteral("virtual-%1-%2").arg(deviceClassToString(c).replace(u'_', u'-')).arg(index);
    const QString name = QStringLiteral("Virtual %1 #%2").arg(str(t->label)).arg(index);
    const QString description = QStringLiteral("Sampled virtual %1 (sampler seed %2, device %3); specs within the "
                                               "range of its class in the built-in fleet (make_fleet.py's rules).")
                                    .arg(str(t->label).toLower())
                                    .arg(m_options.seed)
                                    .arg(index);
    return profileFromJson(deviceJson(*t, rng, id, name, description));
}

QList<DeviceProfile> VirtualDeviceSampler::devices(int count, int first) const
{
    QList<DeviceProfile> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(device(first + i));
    return out;
}

QList<DeviceClass> VirtualDeviceSampler::templateClasses()
{
    QList<DeviceClass> out;
    for (const ClassTemplate &t : kTemplates)
        out.append(t.cls);
    return out;
}

bool VirtualDeviceSampler::hasTemplate(DeviceClass c)
{
    return findTemplate(c) != nullptr;
}

VirtualDeviceRanges VirtualDeviceSampler::ranges(DeviceClass c)
{
    VirtualDeviceRanges r;
    const ClassTemplate *t = findTemplate(c);
    if (!t)
        return r;
    const double s = 1.0 + kScaleSpread, b = s * (1.0 + kBandwidthSpread), o = 1.0 + kOnChipSpread;
    const double ov = (1.0 + kOverheadSpread) * (1.0 + kOverheadJitter), ej = 1.0 + kEfficiencyJitter;
    for (int p = 0; p < kPrecisionCount; ++p)
        r.peakGmacs[size_t(p)] = around(t->peak[p], 1 / s, s);
    r.memoryBandwidthGBs = around(t->bw, 1 / b, b);
    r.onChipMemoryKB = around(t->onchip, 1 / o, o);
    r.clockMHz = around(t->clock, std::pow(s, -0.3), std::pow(s, 0.3));
    r.idlePowerW = around(t->idle, std::pow(s, -0.5), std::pow(s, 0.5));
    r.activePowerW = around(t->active, std::pow(s, -0.7), std::pow(s, 0.7));
    for (int i = 0; i < kCostOpCount; ++i) {
        r.efficiency[size_t(i)] = {t->eff[i] / ej, std::min(1.0, t->eff[i] * ej)};
        r.launchOverheadUs[size_t(i)] = around(t->overhead[i], 1 / ov, ov);
    }
    return r;
}

bool VirtualDeviceSampler::withinRanges(const DeviceProfile &d, QString *why)
{
    const ClassTemplate *t = findTemplate(d.deviceClass);
    if (!t) {
        *why = QStringLiteral("class %1 has no template").arg(deviceClassToString(d.deviceClass));
        return false;
    }
    const VirtualDeviceRanges r = ranges(d.deviceClass);
    for (int p = 0; p < kPrecisionCount; ++p) {
        const QString field = QStringLiteral("specs.peak_gmacs.") + str(kPrecisions[p]);
        if ((t->peak[p] > 0) != (d.specs.peakGmacs[size_t(p)] > 0)) {
            *why = field + QStringLiteral(": native precisions differ from the class template");
            return false;
        }
        if (t->peak[p] > 0 && !check(field, d.specs.peakGmacs[size_t(p)], r.peakGmacs[size_t(p)], why))
            return false;
    }
    if (!check(QStringLiteral("specs.memory_bandwidth_gbs"), d.specs.memoryBandwidthGBs, r.memoryBandwidthGBs, why)
        || !check(QStringLiteral("specs.on_chip_memory_kb"), d.specs.onChipMemoryKB, r.onChipMemoryKB, why)
        || !check(QStringLiteral("specs.clock_mhz"), d.specs.clockMHz, r.clockMHz, why)
        || !check(QStringLiteral("specs.idle_power_w"), d.specs.idlePowerW, r.idlePowerW, why)
        || !check(QStringLiteral("specs.active_power_w"), d.specs.activePowerW, r.activePowerW, why))
        return false;
    const CostModelParameters &m = d.costModel;
    for (int i = 0; i < kCostOpCount; ++i) {
        if (!check(QStringLiteral("cost_model.efficiency.") + str(kOps[i]), m.efficiency[size_t(i)], r.efficiency[size_t(i)], why)
            || !check(QStringLiteral("cost_model.launch_overhead_us.") + str(kOps[i]), m.launchOverheadUs[size_t(i)],
                      r.launchOverheadUs[size_t(i)], why))
            return false;
    }
    bool fixed = d.specs.cores == t->cores && m.channelAlignment == t->align && m.elementwiseMacsPerElement == t->elementwise
                 && m.rooflineSharpness == t->sharp && m.onChipActivationShare == t->share && m.noiseCv == t->noise
                 && m.batch == 1 && m.fixedOverheadMs == 0.0 && m.dramEnergyPerBytePJ == 160.0;
    for (int k = 0; k < 4; ++k)
        fixed = fixed && m.kernelEfficiency[size_t(k)] == t->kernel[k];
    for (int p = 0; p < kPrecisionCount; ++p)
        fixed = fixed && m.energyPerMacPJ[size_t(p)] == t->energy[p];
    if (!fixed) {
        *why = QStringLiteral("a fixed parameter (cores, alignment, kernel efficiency, energy, ...) differs from the "
                              "class template");
        return false;
    }
    return true;
}

QList<DeviceProfile> VirtualDeviceSampler::builtinFleetReplica()
{
    PythonRandom rng(2026); // make_fleet.py: random.Random(2026)
    QList<DeviceProfile> out;
    for (const ClassTemplate &t : kTemplates) {
        const QString label = str(t.label);
        for (int i = 0; i < t.letters; ++i) {
            const QChar letter(u'A' + i);
            const QString id = deviceClassToString(t.cls).replace(u'_', u'-') + u'-' + letter.toLower();
            const QString description = QStringLiteral("Built-in virtual %1; specs within the public range of its class.")
                                            .arg(label.toLower());
            out.append(profileFromJson(deviceJson(t, rng, id, label + u' ' + letter, description)));
        }
    }
    return out;
}

} // namespace edgefront
