#pragma once
// Once-for-All's per-operator latency lookup tables (Cai et al., ICLR 2020;
// mit-han-lab/once-for-all, MBv3LatencyTable in ofa/nas/efficiency_predictor/
// latency_lookup_table.py and ofa/tutorial/latency_table.py) as a latency predictor for
// OFA MobileNetV3 subnets, e.g. the Samsung Note10 tables <r>_lookup_table.yaml.
//
// One table per input resolution maps an operator key such as
//   Conv-input:224x224x3-output:112x112x24
//   expanded_conv-input:112x112x24-output:56x56x32-expand:144-kernel:5-stride:2-idskip:0-se:0-hs:0
// to its mean latency in ms. A subnet's latency is the sum, in this order, of: the first conv,
// the fixed first block (keyed like any block: expand = its middle width = first conv width,
// kernel 3, stride 1, idskip 1, se 0, hs 0), every active block, Conv_1 (final expand),
// AvgPool2D, Conv_2 (feature mix) and Logits. There is no interpolation: a resolution without
// a table, or an operator missing from it, is an error naming what is missing.
//
// The supernet width comes from the first conv's output channels (16: w1.0, 24: w1.2).
// Compact JSON form, for embedding in a device profile (count and std are dropped):
//   {"format": "ofa-mbv3-lut", "width": 1.2, "tables": {"224": {"<key>": mean_ms, ...}, ...}}

#include "ofambv3network.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace edgefront {

class LatencyLookupTable
{
public:
    // Reads Once-for-All YAML tables (one resolution per file). The resolution comes from the
    // file's Conv entry (input RxRx3) or, without one, from the file name <r>_lookup_table.yaml;
    // both must agree when present. Errors name the file and, for YAML syntax or a bad value,
    // line:column. Means must be finite and non-negative.
    static std::optional<LatencyLookupTable> loadYamlFiles(const QStringList &paths, QString *error);
    // All *_lookup_table.yaml files of `dir`.
    static std::optional<LatencyLookupTable> loadYamlDirectory(const QString &dir, QString *error);

    QJsonObject toJson() const;
    static std::optional<LatencyLookupTable> fromJson(const QJsonObject &object, QString *error);

    // Once-for-All's predicted latency in ms. Only float32 subnets (bits all 0): the tables
    // hold float latencies.
    std::optional<double> predictMs(const OfaMbv3Subnet &net, QString *error) const;
    // The operator keys predictMs sums, in its order (independent of the tables' contents).
    QStringList operatorKeys(const OfaMbv3Subnet &net) const;

    QList<int> resolutions() const { return m_tables.keys(); }
    double widthMultiplier() const { return m_widthMultiplier; }
    // Mean latency (ms) of one operator key in the table of resolution r, if present.
    std::optional<double> meanMs(int r, const QString &key) const;

private:
    using Table = QHash<QString, double>;

    double m_widthMultiplier = 1.2;
    QMap<int, Table> m_tables; // resolution -> operator key -> mean ms
};

} // namespace edgefront
