#include "nb201space.h"

#include "jsonfields.h"
#include "pythonrandom.h"

#include <cmath>
#include <cstring>
#include <numeric>

namespace edgefront {

namespace {

// Official order: officialToEnum[official index] = gen_all enumeration index.
struct Nb201Order
{
    std::vector<int> officialToEnum;
    std::vector<int> enumToOfficial;

    Nb201Order()
        : officialToEnum(Nb201Space::kCells)
        , enumToOfficial(Nb201Space::kCells)
    {
        std::iota(officialToEnum.begin(), officialToEnum.end(), 0);
        PythonRandom rng(88); // NAS-Bench-201's generate_meta_info: random.seed(88)
        rng.shuffle(officialToEnum);
        for (int i = 0; i < Nb201Space::kCells; ++i)
            enumToOfficial[size_t(officialToEnum[size_t(i)])] = i;
    }
};

const Nb201Order &order()
{
    static const Nb201Order instance;
    return instance;
}

} // namespace

const QStringList &Nb201Space::opNames()
{
    static const QStringList names{QStringLiteral("none"), QStringLiteral("skip_connect"),
                                   QStringLiteral("nor_conv_1x1"), QStringLiteral("nor_conv_3x3"),
                                   QStringLiteral("avg_pool_3x3")};
    return names;
}

Nb201Space::Nb201Space()
{
    const QList<int> indices{0, 1, 2, 3, 4};
    for (int e = 0; e < Nb201Cell::kEdges; ++e)
        addDecision({QStringLiteral("edge"), e, indices, opNames(), e});
}

QString Nb201Space::description() const
{
    return QStringLiteral("NAS-Bench-201 cell on CIFAR-10: 6 edges x 5 operations (15,625 cells)");
}

double Nb201Space::log10Size() const
{
    return std::log10(double(kCells));
}

Nb201Cell Nb201Space::cell(const Architecture &arch)
{
    Nb201Cell c;
    for (int e = 0; e < Nb201Cell::kEdges; ++e)
        c.ops[size_t(e)] = Nb201Op(arch[e]);
    return c;
}

QString Nb201Space::toString(const Architecture &arch) const
{
    QString s;
    int e = 0;
    for (int to = 1; to <= 3; ++to) {
        if (to > 1)
            s += u'+';
        s += u'|';
        for (int from = 0; from < to; ++from, ++e)
            s += opNames()[arch[e]] + u'~' + QString::number(from) + u'|';
    }
    return s;
}

std::optional<Architecture> Nb201Space::fromString(const QString &text, QString *error) const
{
    QString scratch;
    QString *err = error ? error : &scratch;
    const QStringList nodes = text.trimmed().split(u'+');
    if (nodes.size() != 3) {
        *err = QStringLiteral("arch \"%1\": expected 3 node groups joined by '+', got %2")
                   .arg(text).arg(nodes.size());
        return std::nullopt;
    }
    Architecture arch;
    arch.choices.assign(Nb201Cell::kEdges, 0);
    int e = 0;
    for (int to = 1; to <= 3; ++to) {
        const QString &group = nodes[to - 1];
        if (!group.startsWith(u'|') || !group.endsWith(u'|') || group.size() < 2) {
            *err = QStringLiteral("arch node %1: \"%2\" must be written |op~i|...|").arg(to).arg(group);
            return std::nullopt;
        }
        const QStringList edges = group.mid(1, group.size() - 2).split(u'|');
        if (edges.size() != to) {
            *err = QStringLiteral("arch node %1: expected %1 incoming edge(s), got %2").arg(to).arg(edges.size());
            return std::nullopt;
        }
        for (int from = 0; from < to; ++from, ++e) {
            const QStringList parts = edges[from].split(u'~');
            if (parts.size() != 2 || parts[1] != QString::number(from)) {
                *err = QStringLiteral("arch node %1 edge %2: \"%3\" must be op~%4")
                           .arg(to).arg(from).arg(edges[from]).arg(from);
                return std::nullopt;
            }
            const int op = int(opNames().indexOf(parts[0]));
            if (op < 0) {
                *err = QStringLiteral("arch node %1 edge %2: unknown op \"%3\" (ops: %4)")
                           .arg(to).arg(from).arg(parts[0], opNames().join(u", "));
                return std::nullopt;
            }
            arch[e] = quint8(op);
        }
    }
    return arch;
}

QJsonObject Nb201Space::toJson(const Architecture &arch) const
{
    return {{QStringLiteral("arch"), toString(arch)}};
}

std::optional<Architecture> Nb201Space::fromJson(const QJsonObject &config, QString *error) const
{
    QString scratch;
    QString *err = error ? error : &scratch;
    if (config.contains(QStringLiteral("space"))
        && config.value(QStringLiteral("space")).toString() != name()) {
        *err = QStringLiteral("field \"space\": config is for %1, not nb201")
                   .arg(json::describe(config.value(QStringLiteral("space"))));
        return std::nullopt;
    }
    const auto text = json::readString(config, QStringLiteral("arch"), err);
    if (!text)
        return std::nullopt;
    auto arch = fromString(*text, err);
    if (!arch)
        *err = QStringLiteral("field \"arch\": ") + *err;
    return arch;
}

int Nb201Space::encodingSize(const QString &encoding) const
{
    return encoding == QLatin1StringView("onehot") ? Nb201Cell::kEdges * kOps + 1 : -1;
}

void Nb201Space::encode(const Architecture &arch, const QString &, float *out) const
{
    std::memset(out, 0, sizeof(float) * (Nb201Cell::kEdges * kOps + 1));
    for (int e = 0; e < Nb201Cell::kEdges; ++e)
        out[e * kOps + arch[e]] = 1.0f;
    out[Nb201Cell::kEdges * kOps] = 1.0f;
}

LayerGraph Nb201Space::layerGraph(const Architecture &arch) const
{
    return buildNb201Graph(cell(arch));
}

int Nb201Space::enumerationIndex(const Architecture &arch)
{
    int index = 0;
    for (int e = 0; e < Nb201Cell::kEdges; ++e)
        index = index * kOps + arch[e];
    return index;
}

Architecture Nb201Space::fromEnumerationIndex(int index)
{
    Architecture arch;
    arch.choices.assign(Nb201Cell::kEdges, 0);
    for (int e = Nb201Cell::kEdges - 1; e >= 0; --e) {
        arch[e] = quint8(index % kOps);
        index /= kOps;
    }
    return arch;
}

int Nb201Space::officialIndex(const Architecture &arch)
{
    return order().enumToOfficial[size_t(enumerationIndex(arch))];
}

Architecture Nb201Space::fromOfficialIndex(int index)
{
    return fromEnumerationIndex(order().officialToEnum[size_t(index)]);
}

} // namespace edgefront
