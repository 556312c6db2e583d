#pragma once
// The NAS-Bench-201 design space "nb201": 6 cell edges, each one of none, skip_connect,
// nor_conv_1x1, nor_conv_3x3, avg_pool_3x3 (15,625 cells), on the CIFAR-10 network.
//
// Text form and key: the standard string |op~0|+|op~0|op~1|+|op~0|op~1|op~2|.
// JSON config: {"arch": "<string>"}.
// Official index: NAS-Bench-201 enumerates cells with CellStructure.gen_all (edge 0 slowest,
// ops in the order above) and shuffles them with Python's random.seed(88) + random.shuffle;
// officialIndex() reproduces that order.
// Encoding "onehot": 6 edges x 5 ops (edge e at e*5 + op) followed by a constant 1 (31 values).

#include "designspace.h"
#include "nb201network.h"

namespace edgefront {

class Nb201Space : public DesignSpace
{
public:
    static constexpr int kCells = 15625;
    static constexpr int kOps = 5;

    Nb201Space();

    QString name() const override { return QStringLiteral("nb201"); }
    QString description() const override;
    double log10Size() const override;

    QString key(const Architecture &arch) const override { return toString(arch); }
    QJsonObject toJson(const Architecture &arch) const override;
    std::optional<Architecture> fromJson(const QJsonObject &config, QString *error) const override;
    std::optional<Architecture> fromString(const QString &text, QString *error) const override;
    QString toString(const Architecture &arch) const;

    QStringList encodings() const override { return {QStringLiteral("onehot")}; }
    int encodingSize(const QString &encoding) const override;
    void encode(const Architecture &arch, const QString &encoding, float *out) const override;

    LayerGraph layerGraph(const Architecture &arch) const override;

    static const QStringList &opNames();
    static Nb201Cell cell(const Architecture &arch);

    // Position in gen_all's enumeration: sum of op[e] * 5^(5 - e).
    static int enumerationIndex(const Architecture &arch);
    static Architecture fromEnumerationIndex(int index);
    // NAS-Bench-201's official index (0..15624) and back.
    static int officialIndex(const Architecture &arch);
    static Architecture fromOfficialIndex(int index);
};

} // namespace edgefront
