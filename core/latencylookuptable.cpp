#include "latencylookuptable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <string>

namespace edgefront {

namespace {

constexpr int kSupernetStrides[OfaMbv3Subnet::kStages] = {2, 2, 2, 1, 2};
constexpr bool kSupernetHSwish[OfaMbv3Subnet::kStages] = {false, false, true, true, true};
constexpr bool kSupernetSqueezeExcite[OfaMbv3Subnet::kStages] = {false, true, false, true, true};
// The Once-for-All MobileNetV3 supernets, told apart by their first conv's width.
constexpr double kKnownWidths[] = {1.0, 1.2};

QString formatName() { return QStringLiteral("ofa-mbv3-lut"); }

// "path:line:column" when yaml-cpp knows the position (its marks count from 0), else "path".
QString location(const QString &path, const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return path;
    return QStringLiteral("%1:%2:%3").arg(path).arg(mark.line + 1).arg(mark.column + 1);
}

QString shape(int h, int w, int c)
{
    return QStringLiteral("%1x%2x%3").arg(h).arg(w).arg(c);
}

QString resolutionList(const QList<int> &resolutions)
{
    QStringList parts;
    for (int r : resolutions)
        parts.append(QString::number(r));
    return parts.join(QStringLiteral(", "));
}

// A table's mean must be a usable latency.
QString checkMean(double mean)
{
    if (!std::isfinite(mean))
        return QStringLiteral("mean is not finite");
    if (mean < 0)
        return QStringLiteral("mean %1 is negative").arg(mean);
    return {};
}

struct FirstConv
{
    int resolution = 0;
    int channels = 0;
};

// Conv-input:RxRx3-output:FxFxC
std::optional<FirstConv> parseFirstConvKey(const QString &key)
{
    static const QRegularExpression re(
        QStringLiteral("^Conv-input:(\\d+)x(\\d+)x3-output:\\d+x\\d+x(\\d+)$"));
    const QRegularExpressionMatch m = re.match(key);
    if (!m.hasMatch() || m.captured(1) != m.captured(2))
        return std::nullopt;
    return FirstConv{m.captured(1).toInt(), m.captured(3).toInt()};
}

std::optional<double> widthForFirstConv(int channels)
{
    for (double width : kKnownWidths) {
        if (OfaMbv3Network(width).widths()[0] == channels)
            return width;
    }
    return std::nullopt;
}

struct YamlTable
{
    int resolution = 0;
    int firstConvChannels = 0; // 0: the file has no Conv entry
    QHash<QString, double> means;
};

std::optional<YamlTable> readYamlTable(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();

    YamlTable table;
    std::optional<FirstConv> firstConv;
    try {
        const YAML::Node root = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
        if (!root.IsMap() || root.size() == 0) {
            *error = QStringLiteral("%1: expected a map of operator keys to {count, mean, std}")
                         .arg(location(path, root.Mark()));
            return std::nullopt;
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            const YAML::Node keyNode = it->first;
            const YAML::Node value = it->second;
            if (!keyNode.IsScalar()) {
                *error = QStringLiteral("%1: an operator key must be a string")
                             .arg(location(path, keyNode.Mark()));
                return std::nullopt;
            }
            const QString key = QString::fromStdString(keyNode.Scalar());
            if (!value.IsMap()) {
                *error = QStringLiteral("%1: operator \"%2\": expected {count, mean, std}")
                             .arg(location(path, value.Mark()), key);
                return std::nullopt;
            }
            const YAML::Node meanNode = value["mean"];
            if (!meanNode.IsDefined()) {
                *error = QStringLiteral("%1: operator \"%2\": no mean")
                             .arg(location(path, value.Mark()), key);
                return std::nullopt;
            }
            double mean = 0;
            if (!YAML::convert<double>::decode(meanNode, mean)) {
                *error = QStringLiteral("%1: operator \"%2\": mean is not a number")
                             .arg(location(path, meanNode.Mark()), key);
                return std::nullopt;
            }
            if (const QString problem = checkMean(mean); !problem.isEmpty()) {
                *error = QStringLiteral("%1: operator \"%2\": %3")
                             .arg(location(path, meanNode.Mark()), key, problem);
                return std::nullopt;
            }
            if (table.means.contains(key)) {
                *error = QStringLiteral("%1: operator \"%2\" appears twice")
                             .arg(location(path, keyNode.Mark()), key);
                return std::nullopt;
            }
            table.means.insert(key, mean);

            if (key.startsWith(QLatin1StringView("Conv-"))) {
                const auto conv = parseFirstConvKey(key);
                if (!conv) {
                    *error = QStringLiteral("%1: first conv key \"%2\" is not "
                                            "Conv-input:RxRx3-output:FxFxC")
                                 .arg(location(path, keyNode.Mark()), key);
                    return std::nullopt;
                }
                if (firstConv && (firstConv->resolution != conv->resolution
                                  || firstConv->channels != conv->channels)) {
                    *error = QStringLiteral("%1: a second first-conv entry \"%2\" disagrees with "
                                            "the first one")
                                 .arg(location(path, keyNode.Mark()), key);
                    return std::nullopt;
                }
                firstConv = conv;
            }
        }
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("%1: malformed YAML: %2")
                     .arg(location(path, e.mark), QString::fromStdString(e.msg));
        return std::nullopt;
    }

    static const QRegularExpression nameRe(QStringLiteral("^(\\d+)_lookup_table\\.yaml$"));
    const QRegularExpressionMatch nameMatch = nameRe.match(QFileInfo(path).fileName());
    const int nameResolution = nameMatch.hasMatch() ? nameMatch.captured(1).toInt() : 0;
    if (firstConv) {
        if (nameResolution > 0 && nameResolution != firstConv->resolution) {
            *error = QStringLiteral("%1: the file name says resolution %2 but its Conv entry "
                                    "has input %3")
                         .arg(path)
                         .arg(nameResolution)
                         .arg(shape(firstConv->resolution, firstConv->resolution, 3));
            return std::nullopt;
        }
        table.resolution = firstConv->resolution;
        table.firstConvChannels = firstConv->channels;
    } else if (nameResolution > 0) {
        table.resolution = nameResolution;
    } else {
        *error = QStringLiteral("%1: cannot tell the resolution: no Conv-input:RxRx3 entry and "
                                "the name is not <r>_lookup_table.yaml")
                     .arg(path);
        return std::nullopt;
    }
    return table;
}

} // namespace

std::optional<LatencyLookupTable> LatencyLookupTable::loadYamlFiles(const QStringList &paths,
                                                                    QString *error)
{
    if (paths.isEmpty()) {
        *error = QStringLiteral("no lookup-table files given");
        return std::nullopt;
    }
    LatencyLookupTable lut;
    QHash<int, QString> fileOfResolution;
    int firstConvChannels = 0;
    QString channelsFile;
    for (const QString &path : paths) {
        auto table = readYamlTable(path, error);
        if (!table)
            return std::nullopt;
        if (fileOfResolution.contains(table->resolution)) {
            *error = QStringLiteral("%1: resolution %2 already comes from %3")
                         .arg(path)
                         .arg(table->resolution)
                         .arg(fileOfResolution.value(table->resolution));
            return std::nullopt;
        }
        if (table->firstConvChannels != 0) {
            if (firstConvChannels != 0 && table->firstConvChannels != firstConvChannels) {
                *error = QStringLiteral("%1: first conv has %2 output channels, %3 has %4: the "
                                        "tables are for different supernets")
                             .arg(path)
                             .arg(table->firstConvChannels)
                             .arg(channelsFile)
                             .arg(firstConvChannels);
                return std::nullopt;
            }
            firstConvChannels = table->firstConvChannels;
            channelsFile = path;
        }
        fileOfResolution.insert(table->resolution, path);
        lut.m_tables.insert(table->resolution, std::move(table->means));
    }
    if (firstConvChannels == 0) {
        *error = QStringLiteral("%1: no Conv-input:RxRx3 entry, so the supernet width is unknown")
                     .arg(paths.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const auto width = widthForFirstConv(firstConvChannels);
    if (!width) {
        *error = QStringLiteral("%1: first conv has %2 output channels; Once-for-All's "
                                "MobileNetV3 supernets have %3 (w1.0) or %4 (w1.2)")
                     .arg(channelsFile)
                     .arg(firstConvChannels)
                     .arg(OfaMbv3Network(1.0).widths()[0])
                     .arg(OfaMbv3Network(1.2).widths()[0]);
        return std::nullopt;
    }
    lut.m_widthMultiplier = *width;
    return lut;
}

std::optional<LatencyLookupTable> LatencyLookupTable::loadYamlDirectory(const QString &dir,
                                                                        QString *error)
{
    const QDir directory(dir);
    if (!directory.exists()) {
        *error = QStringLiteral("%1: no such folder").arg(dir);
        return std::nullopt;
    }
    const QStringList names = directory.entryList({QStringLiteral("*_lookup_table.yaml")},
                                                  QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        *error = QStringLiteral("%1: no *_lookup_table.yaml files").arg(dir);
        return std::nullopt;
    }
    QStringList paths;
    for (const QString &name : names)
        paths.append(directory.filePath(name));
    return loadYamlFiles(paths, error);
}

QJsonObject LatencyLookupTable::toJson() const
{
    QJsonObject tables;
    for (auto t = m_tables.cbegin(); t != m_tables.cend(); ++t) {
        QJsonObject means;
        for (auto it = t->cbegin(); it != t->cend(); ++it)
            means.insert(it.key(), it.value());
        tables.insert(QString::number(t.key()), means);
    }
    return QJsonObject{{QStringLiteral("format"), formatName()},
                       {QStringLiteral("width"), m_widthMultiplier},
                       {QStringLiteral("tables"), tables}};
}

std::optional<LatencyLookupTable> LatencyLookupTable::fromJson(const QJsonObject &object,
                                                               QString *error)
{
    if (object.value(QStringLiteral("format")).toString() != formatName()) {
        *error = QStringLiteral("field \"format\": expected \"%1\"").arg(formatName());
        return std::nullopt;
    }
    const QJsonValue width = object.value(QStringLiteral("width"));
    if (!width.isDouble() || !std::isfinite(width.toDouble()) || width.toDouble() <= 0) {
        *error = QStringLiteral("field \"width\": expected a positive width multiplier");
        return std::nullopt;
    }
    const QJsonValue tablesValue = object.value(QStringLiteral("tables"));
    if (!tablesValue.isObject() || tablesValue.toObject().isEmpty()) {
        *error = QStringLiteral("field \"tables\": expected an object of resolution -> table");
        return std::nullopt;
    }
    LatencyLookupTable lut;
    lut.m_widthMultiplier = width.toDouble();
    const QJsonObject tables = tablesValue.toObject();
    for (auto t = tables.constBegin(); t != tables.constEnd(); ++t) {
        bool ok = false;
        const int r = t.key().toInt(&ok);
        if (!ok || r <= 0 || QString::number(r) != t.key()) {
            *error = QStringLiteral("field \"tables\": \"%1\" is not a resolution").arg(t.key());
            return std::nullopt;
        }
        if (!t.value().isObject()) {
            *error = QStringLiteral("field \"tables\": table %1 is not an object").arg(r);
            return std::nullopt;
        }
        const QJsonObject means = t.value().toObject();
        Table table;
        table.reserve(means.size());
        for (auto it = means.constBegin(); it != means.constEnd(); ++it) {
            if (!it.value().isDouble()) {
                *error = QStringLiteral("table %1, operator \"%2\": mean is not a number")
                             .arg(r).arg(it.key());
                return std::nullopt;
            }
            if (const QString problem = checkMean(it.value().toDouble()); !problem.isEmpty()) {
                *error = QStringLiteral("table %1, operator \"%2\": %3").arg(r).arg(it.key(), problem);
                return std::nullopt;
            }
            table.insert(it.key(), it.value().toDouble());
        }
        lut.m_tables.insert(r, std::move(table));
    }
    return lut;
}

std::optional<double> LatencyLookupTable::meanMs(int r, const QString &key) const
{
    const auto table = m_tables.constFind(r);
    if (table == m_tables.cend())
        return std::nullopt;
    const auto it = table->constFind(key);
    if (it == table->cend())
        return std::nullopt;
    return *it;
}

// Once-for-All's MBv3LatencyTable.predict_network_latency_given_config; the tutorial's
// predict_network_latency_given_spec spells out the same keys for the w1.2 supernet.
QStringList LatencyLookupTable::operatorKeys(const OfaMbv3Subnet &net) const
{
    const OfaMbv3Network network(m_widthMultiplier);
    const auto &w = network.widths();
    const auto block = [](int fsize, int in, int outSize, int out, int mid, int kernel, int stride,
                          bool idskip, bool se, bool hswish) {
        return QStringLiteral("expanded_conv-input:%1-output:%2-expand:%3-kernel:%4-stride:%5-"
                              "idskip:%6-se:%7-hs:%8")
            .arg(shape(fsize, fsize, in), shape(outSize, outSize, out))
            .arg(mid)
            .arg(kernel)
            .arg(stride)
            .arg(int(idskip))
            .arg(int(se))
            .arg(int(hswish));
    };

    QStringList keys;
    const int r = net.r;
    int fsize = (r + 1) / 2;
    keys.append(QStringLiteral("Conv-input:%1-output:%2").arg(shape(r, r, 3), shape(fsize, fsize, w[0])));
    // The first block has expand ratio 1: its middle width is its input width (OFA queries
    // depth_conv.in_channels), kernel 3, stride 1, relu, no SE.
    keys.append(block(fsize, w[0], fsize, w[1], w[0], 3, 1, w[0] == w[1], false, false));
    int in = w[1];
    for (int s = 0; s < OfaMbv3Subnet::kStages; ++s) {
        const int out = w[size_t(s + 2)];
        for (int b = 0; b < net.d[size_t(s)]; ++b) {
            const size_t slot = size_t(s * OfaMbv3Subnet::kBlocksPerStage + b);
            const int stride = b == 0 ? kSupernetStrides[s] : 1;
            const int outSize = (fsize - 1) / stride + 1; // int((fsize - 1) / stride + 1)
            // OFA's mid_channels: make_divisible(round(in * e), 8).
            const int mid = OfaMbv3Network::makeDivisible(std::round(double(in) * net.e[slot]));
            keys.append(block(fsize, in, outSize, out, mid, net.ks[slot], stride,
                              stride == 1 && in == out, kSupernetSqueezeExcite[s],
                              kSupernetHSwish[s]));
            fsize = outSize;
            in = out;
        }
    }
    keys.append(QStringLiteral("Conv_1-input:%1-output:%2").arg(shape(fsize, fsize, in), shape(fsize, fsize, w[7])));
    keys.append(QStringLiteral("AvgPool2D-input:%1-output:%2").arg(shape(fsize, fsize, w[7]), shape(1, 1, w[7])));
    keys.append(QStringLiteral("Conv_2-input:%1-output:%2").arg(shape(1, 1, w[7]), shape(1, 1, w[8])));
    keys.append(QStringLiteral("Logits-input:%1-output:%2")
                    .arg(shape(1, 1, w[8]))
                    .arg(OfaMbv3Network::kClasses));
    return keys;
}

std::optional<double> LatencyLookupTable::predictMs(const OfaMbv3Subnet &net, QString *error) const
{
    const auto table = m_tables.constFind(net.r);
    if (table == m_tables.cend()) {
        *error = QStringLiteral("no latency table for resolution %1 (tables: %2); Once-for-All's "
                                "lookup tables are not interpolated between resolutions")
                     .arg(net.r)
                     .arg(resolutionList(resolutions()));
        return std::nullopt;
    }
    if (net.isQuantized()) {
        *error = QStringLiteral("the lookup table holds float32 latencies; it cannot predict a "
                                "quantized subnet");
        return std::nullopt;
    }
    for (int s = 0; s < OfaMbv3Subnet::kStages; ++s) {
        const int depth = net.d[size_t(s)];
        if (depth < 1 || depth > OfaMbv3Subnet::kBlocksPerStage) {
            *error = QStringLiteral("stage %1 has depth %2; expected 1 to %3")
                         .arg(s + 1)
                         .arg(depth)
                         .arg(OfaMbv3Subnet::kBlocksPerStage);
            return std::nullopt;
        }
    }
    // Summed in Once-for-All's order, so the result matches its floating-point sum.
    double total = 0.0;
    for (const QString &key : operatorKeys(net)) {
        const auto it = table->constFind(key);
        if (it == table->cend()) {
            *error = QStringLiteral("no latency for operator \"%1\" in the table for resolution %2")
                         .arg(key)
                         .arg(net.r);
            return std::nullopt;
        }
        total += *it;
    }
    return total;
}

} // namespace edgefront
