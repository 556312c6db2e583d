#pragma once
// The Once-for-All MobileNetV3 design spaces: ofa-mbv3-w10 / -w12 (architecture only) and
// ofa-mbv3-w10-mp / -w12-mp (plus a per-block bit-width from {4, 8, 16}, 16 = float16).
//
// Decisions, in order: ks[0..19], e[0..19], d[0..4], r, then bits[0..19] for -mp spaces.
// Block slot i belongs to stage i / 4 and is active when i % 4 < d[i / 4]; inactive slots
// keep a value (as Once-for-All's samplers do) but do not change the network.
//
// JSON config (Once-for-All's keys): {"space", "ks": [20], "e": [20], "d": [5], "r": int,
// "bits": [20] (-mp only)}. Inactive slots may hold 0 (as in OFA's published net configs);
// they read as the first choice.
//
// Encodings:
//  - "onehot": Once-for-All's accuracy-predictor encoding (spec2feats): kernel one-hot (60,
//    slot i at i*3 + {3,5,7}), expand one-hot (60, at 60 + i*3 + {3,4,6}), resolution
//    one-hot (8, at 120 + (r - 112) / 16); inactive slots all zero. -mp spaces append a
//    bit-width one-hot (60, at 128 + i*3 + {4,8,16}).
//  - "ofa-acc": the 128 Once-for-All inputs alone (equal to "onehot" without -mp).
//  - "operators": the operator-level encoding for linear latency models: per block slot a one-hot
//    of its (kernel, expand[, bits]) operator, once scaled by (r / 224)^2 and once plain, then a
//    resolution one-hot (25). Linear in it, latency = sum of per-operator costs at the input size,
//    as Once-for-All's per-operator lookup tables add up.

#include "designspace.h"
#include "ofambv3network.h"

namespace edgefront {

class OfaMbv3Space : public DesignSpace
{
public:
    OfaMbv3Space(double widthMultiplier, bool mixedPrecision);

    QString name() const override { return m_name; }
    QString description() const override;
    double log10Size() const override;

    bool isMixedPrecision() const { return m_mixedPrecision; }
    const OfaMbv3Network &network() const { return m_network; }

    bool isActive(const Architecture &arch, int decision) const override;
    QString key(const Architecture &arch) const override;
    QString summary(const Architecture &arch) const override;
    QJsonObject toJson(const Architecture &arch) const override;
    std::optional<Architecture> fromJson(const QJsonObject &config, QString *error) const override;

    QStringList encodings() const override;
    int encodingSize(const QString &encoding) const override;
    void encode(const Architecture &arch, const QString &encoding, float *out) const override;

    LayerGraph layerGraph(const Architecture &arch) const override;

    OfaMbv3Subnet subnet(const Architecture &arch) const;
    // Decision indices.
    static constexpr int ksDecision(int slot) { return slot; }
    static constexpr int eDecision(int slot) { return OfaMbv3Subnet::kBlocks + slot; }
    static constexpr int dDecision(int stage) { return 2 * OfaMbv3Subnet::kBlocks + stage; }
    static constexpr int rDecision() { return 2 * OfaMbv3Subnet::kBlocks + OfaMbv3Subnet::kStages; }
    static constexpr int bitsDecision(int slot) { return rDecision() + 1 + slot; }

    static const QList<int> &kernelChoices();
    static const QList<int> &expandChoices();
    static const QList<int> &depthChoices();
    static const QList<int> &resolutionChoices(); // 128..224 step 4
    static const QList<int> &bitChoices();

private:
    void encodeOnehot(const Architecture &arch, bool withBits, float *out) const;
    void encodeOperators(const Architecture &arch, float *out) const;
    int operatorChoicesPerSlot() const;

    QString m_name;
    bool m_mixedPrecision;
    OfaMbv3Network m_network;
};

} // namespace edgefront
