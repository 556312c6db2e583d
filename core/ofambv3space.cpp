#include "ofambv3space.h"

#include "jsonfields.h"

#include <QJsonArray>

#include <cmath>
#include <cstring>

namespace edgefront {

namespace {

constexpr int kBlocks = OfaMbv3Subnet::kBlocks;
constexpr int kStages = OfaMbv3Subnet::kStages;
constexpr int kOfaAccWidth = 128;
constexpr int kBitsWidth = 3 * kBlocks;

QStringList labelsOf(const QList<int> &values)
{
    QStringList labels;
    for (int v : values)
        labels.append(QString::number(v));
    return labels;
}

QString joinInts(const QList<int> &values)
{
    return labelsOf(values).join(u", ");
}

QString dashed(auto begin, auto end)
{
    QString s;
    for (auto it = begin; it != end; ++it) {
        if (it != begin)
            s += u'-';
        s += QString::number(*it);
    }
    return s;
}

} // namespace

const QList<int> &OfaMbv3Space::kernelChoices()
{
    static const QList<int> v{3, 5, 7};
    return v;
}

const QList<int> &OfaMbv3Space::expandChoices()
{
    static const QList<int> v{3, 4, 6};
    return v;
}

const QList<int> &OfaMbv3Space::depthChoices()
{
    static const QList<int> v{2, 3, 4};
    return v;
}

const QList<int> &OfaMbv3Space::resolutionChoices()
{
    static const QList<int> v = [] {
        QList<int> r;
        for (int x = 128; x <= 224; x += 4)
            r.append(x);
        return r;
    }();
    return v;
}

const QList<int> &OfaMbv3Space::bitChoices()
{
    static const QList<int> v{4, 8, 16};
    return v;
}

OfaMbv3Space::OfaMbv3Space(double widthMultiplier, bool mixedPrecision)
    : m_name(QStringLiteral("ofa-mbv3-w%1%2")
                 .arg(int(std::lround(widthMultiplier * 10)), 2, 10, QLatin1Char('0'))
                 .arg(mixedPrecision ? QStringLiteral("-mp") : QString()))
    , m_mixedPrecision(mixedPrecision)
    , m_network(widthMultiplier)
{
    // Genes: block slot i (its ks, e and bits) = gene i; stage depth s = gene 20 + s; r = 25.
    for (int i = 0; i < kBlocks; ++i)
        addDecision({QStringLiteral("ks"), i, kernelChoices(), labelsOf(kernelChoices()), i});
    for (int i = 0; i < kBlocks; ++i)
        addDecision({QStringLiteral("e"), i, expandChoices(), labelsOf(expandChoices()), i});
    for (int s = 0; s < kStages; ++s)
        addDecision({QStringLiteral("d"), s, depthChoices(), labelsOf(depthChoices()), kBlocks + s});
    addDecision({QStringLiteral("r"), -1, resolutionChoices(), labelsOf(resolutionChoices()),
                 kBlocks + kStages});
    if (mixedPrecision) {
        for (int i = 0; i < kBlocks; ++i)
            addDecision({QStringLiteral("bits"), i, bitChoices(), labelsOf(bitChoices()), i});
    }
}

QString OfaMbv3Space::description() const
{
    QString text = QStringLiteral(
        "Once-for-All MobileNetV3, width %1: 5 stages of 2-4 MBConv blocks, kernel 3/5/7, "
        "expand 3/4/6, resolution 128-224")
                       .arg(m_network.widthMultiplier(), 0, 'f', 1);
    if (m_mixedPrecision)
        text += QStringLiteral(", per-block precision 4/8-bit integer or float16");
    return text;
}

double OfaMbv3Space::log10Size() const
{
    // Per stage: sum over depths d of (choices per block)^d; blocks' ks x e (x bits).
    const double perBlock = 9.0 * (m_mixedPrecision ? 3.0 : 1.0);
    const double perStage = std::pow(perBlock, 2) + std::pow(perBlock, 3) + std::pow(perBlock, 4);
    return kStages * std::log10(perStage) + std::log10(double(resolutionChoices().size()));
}

OfaMbv3Subnet OfaMbv3Space::subnet(const Architecture &arch) const
{
    OfaMbv3Subnet net;
    const QList<Decision> &ds = decisions();
    for (int i = 0; i < kBlocks; ++i) {
        net.ks[size_t(i)] = ds[ksDecision(i)].values[arch[ksDecision(i)]];
        net.e[size_t(i)] = ds[eDecision(i)].values[arch[eDecision(i)]];
        if (m_mixedPrecision)
            net.bits[size_t(i)] = ds[bitsDecision(i)].values[arch[bitsDecision(i)]];
    }
    for (int s = 0; s < kStages; ++s)
        net.d[size_t(s)] = ds[dDecision(s)].values[arch[dDecision(s)]];
    net.r = ds[rDecision()].values[arch[rDecision()]];
    return net;
}

bool OfaMbv3Space::isActive(const Architecture &arch, int decision) const
{
    int slot = -1;
    if (decision < 2 * kBlocks)
        slot = decision % kBlocks;
    else if (decision > rDecision())
        slot = decision - rDecision() - 1;
    if (slot < 0)
        return true;
    const int stage = slot / OfaMbv3Subnet::kBlocksPerStage;
    const int depth = depthChoices()[arch[dDecision(stage)]];
    return slot % OfaMbv3Subnet::kBlocksPerStage < depth;
}

QString OfaMbv3Space::key(const Architecture &arch) const
{
    // "r224 d2-3-4-2-3 ks3-5-0-0-... e..." with inactive slots written as 0.
    const OfaMbv3Subnet net = subnet(arch);
    auto masked = [&](const std::array<int, kBlocks> &values) {
        std::array<int, kBlocks> out{};
        for (int i = 0; i < kBlocks; ++i)
            out[size_t(i)] = OfaMbv3Subnet::isActive(net.d, i) ? values[size_t(i)] : 0;
        return dashed(out.begin(), out.end());
    };
    QString k = QStringLiteral("r%1 d%2 ks%3 e%4")
                    .arg(net.r)
                    .arg(dashed(net.d.begin(), net.d.end()), masked(net.ks), masked(net.e));
    if (m_mixedPrecision)
        k += QStringLiteral(" bits") + masked(net.bits);
    return k;
}

QString OfaMbv3Space::summary(const Architecture &arch) const
{
    const OfaMbv3Subnet net = subnet(arch);
    return QStringLiteral("r=%1, depths %2").arg(net.r).arg(dashed(net.d.begin(), net.d.end()));
}

QJsonObject OfaMbv3Space::toJson(const Architecture &arch) const
{
    const OfaMbv3Subnet net = subnet(arch);
    auto list = [](auto begin, auto end) {
        QJsonArray a;
        for (auto it = begin; it != end; ++it)
            a.append(*it);
        return a;
    };
    QJsonObject o;
    o.insert(QStringLiteral("space"), m_name);
    o.insert(QStringLiteral("ks"), list(net.ks.begin(), net.ks.end()));
    o.insert(QStringLiteral("e"), list(net.e.begin(), net.e.end()));
    o.insert(QStringLiteral("d"), list(net.d.begin(), net.d.end()));
    o.insert(QStringLiteral("r"), net.r);
    if (m_mixedPrecision)
        o.insert(QStringLiteral("bits"), list(net.bits.begin(), net.bits.end()));
    return o;
}

std::optional<Architecture> OfaMbv3Space::fromJson(const QJsonObject &config, QString *error) const
{
    QString scratch;
    QString *err = error ? error : &scratch;
    if (config.contains(QStringLiteral("space"))) {
        const auto space = json::readString(config, QStringLiteral("space"), err);
        if (!space)
            return std::nullopt;
        if (*space != m_name) {
            *err = QStringLiteral("field \"space\": config is for %1, not %2").arg(*space, m_name);
            return std::nullopt;
        }
    }
    if (!m_mixedPrecision && config.contains(QStringLiteral("bits"))) {
        *err = QStringLiteral("field \"bits\": space %1 has no precision policy; use %1-mp").arg(m_name);
        return std::nullopt;
    }

    Architecture arch;
    arch.choices.assign(size_t(decisionCount()), 0);
    auto choose = [&](int decision, int value, const QString &field, bool inactive) -> bool {
        const Decision &d = decisions()[decision];
        const int index = int(d.values.indexOf(value));
        if (index >= 0) {
            arch[decision] = quint8(index);
            return true;
        }
        if (inactive && value == 0) { // OFA's published configs write 0 in inactive slots
            arch[decision] = 0;
            return true;
        }
        *err = QStringLiteral("field \"%1\": %2 is not one of %3").arg(field).arg(value).arg(joinInts(d.values));
        return false;
    };

    const auto d = json::readIntList(config, QStringLiteral("d"), kStages, err);
    if (!d)
        return std::nullopt;
    std::array<int, kStages> depths{};
    for (int s = 0; s < kStages; ++s) {
        if (!choose(dDecision(s), (*d)[s], QStringLiteral("d[%1]").arg(s), false))
            return std::nullopt;
        depths[size_t(s)] = (*d)[s];
    }
    struct PerBlock { const char *key; int (*decision)(int); };
    QList<PerBlock> perBlock{{"ks", &OfaMbv3Space::ksDecision}, {"e", &OfaMbv3Space::eDecision}};
    if (m_mixedPrecision)
        perBlock.append({"bits", &OfaMbv3Space::bitsDecision});
    for (const PerBlock &field : perBlock) {
        const QString key = QString::fromLatin1(field.key);
        const auto values = json::readIntList(config, key, kBlocks, err);
        if (!values) {
            if (err->endsWith(QStringLiteral("missing")) && key == QStringLiteral("bits"))
                *err += QStringLiteral(" (%1 needs 20 bit-widths from 4, 8, 16)").arg(m_name);
            else if (err->contains(QStringLiteral("values, got")))
                *err += QStringLiteral(" (one per block slot: 5 stages x 4)");
            return std::nullopt;
        }
        for (int i = 0; i < kBlocks; ++i) {
            const bool inactive = !OfaMbv3Subnet::isActive(depths, i);
            if (!choose(field.decision(i), (*values)[i], QStringLiteral("%1[%2]").arg(key).arg(i), inactive))
                return std::nullopt;
        }
    }
    const auto r = json::readInt(config, QStringLiteral("r"), err, true);
    if (!r || !choose(rDecision(), *r, QStringLiteral("r"), false))
        return std::nullopt;
    return arch;
}

QStringList OfaMbv3Space::encodings() const
{
    return {QStringLiteral("onehot"), QStringLiteral("ofa-acc"), QStringLiteral("operators")};
}

int OfaMbv3Space::operatorChoicesPerSlot() const
{
    return 9 * (m_mixedPrecision ? 3 : 1);
}

int OfaMbv3Space::encodingSize(const QString &encoding) const
{
    if (encoding == QLatin1StringView("onehot"))
        return kOfaAccWidth + (m_mixedPrecision ? kBitsWidth : 0);
    if (encoding == QLatin1StringView("ofa-acc"))
        return kOfaAccWidth;
    if (encoding == QLatin1StringView("operators"))
        return 2 * kBlocks * operatorChoicesPerSlot() + int(resolutionChoices().size());
    return -1;
}

void OfaMbv3Space::encode(const Architecture &arch, const QString &encoding, float *out) const
{
    if (encoding == QLatin1StringView("operators")) {
        encodeOperators(arch, out);
        return;
    }
    encodeOnehot(arch, m_mixedPrecision && encoding == QLatin1StringView("onehot"), out);
}

void OfaMbv3Space::encodeOperators(const Architecture &arch, float *out) const
{
    // For each block slot, the block's operator (kernel x expand [x bits]) as a one-hot, once
    // scaled by the input area (r / 224)^2 (compute and traffic grow with it) and once plain
    // (per-layer overheads do not); then the resolution as a one-hot (stem and head).
    const int per = operatorChoicesPerSlot();
    const int half = kBlocks * per;
    std::memset(out, 0, sizeof(float) * size_t(encodingSize(QStringLiteral("operators"))));
    const int rIndex = arch[rDecision()];
    const float area = float(resolutionChoices()[rIndex]) / 224.0f;
    for (int s = 0; s < kStages; ++s) {
        const int depth = depthChoices()[arch[dDecision(s)]];
        for (int b = 0; b < depth; ++b) {
            const int i = s * OfaMbv3Subnet::kBlocksPerStage + b;
            int op = arch[ksDecision(i)] * 3 + arch[eDecision(i)];
            if (m_mixedPrecision)
                op = op * 3 + arch[bitsDecision(i)];
            out[i * per + op] = area * area;
            out[half + i * per + op] = 1.0f;
        }
    }
    out[2 * half + rIndex] = 1.0f;
}

void OfaMbv3Space::encodeOnehot(const Architecture &arch, bool withBits, float *out) const
{
    // Once-for-All spec2feats; choice index order equals the one-hot order (3,5,7 / 3,4,6).
    std::memset(out, 0, sizeof(float) * size_t(kOfaAccWidth + (withBits ? kBitsWidth : 0)));
    for (int s = 0; s < kStages; ++s) {
        const int depth = depthChoices()[arch[dDecision(s)]];
        for (int b = 0; b < depth; ++b) {
            const int i = s * OfaMbv3Subnet::kBlocksPerStage + b;
            out[i * 3 + arch[ksDecision(i)]] = 1.0f;
            out[60 + i * 3 + arch[eDecision(i)]] = 1.0f;
            if (withBits)
                out[kOfaAccWidth + i * 3 + arch[bitsDecision(i)]] = 1.0f;
        }
    }
    out[120 + (resolutionChoices()[arch[rDecision()]] - 112) / 16] = 1.0f;
}

LayerGraph OfaMbv3Space::layerGraph(const Architecture &arch) const
{
    return m_network.build(subnet(arch));
}

} // namespace edgefront
