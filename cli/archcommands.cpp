#include "archcommands.h"

#include "architecturefile.h"
#include "designspace.h"
#include "jsonfields.h"
#include "searchdomain.h"
#include "signatureset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace edgefront {

namespace {

constexpr quint64 kMaxSamples = 10'000'000;

QJsonArray shapeToJson(const TensorShape &s)
{
    return {s.c, s.h, s.w};
}

QString shapeText(const TensorShape &s)
{
    return QStringLiteral("%1x%2x%3").arg(s.c).arg(s.h).arg(s.w);
}

QString bitsText(int weightBits, int activationBits)
{
    return weightBits == activationBits ? QString::number(weightBits)
                                        : QStringLiteral("w%1/a%2").arg(weightBits).arg(activationBits);
}

QJsonObject layerToJson(int index, const Layer &l)
{
    return {{QStringLiteral("index"), index},
            {QStringLiteral("name"), layerName(l)},
            {QStringLiteral("type"), layerTypeToString(l.type)},
            {QStringLiteral("input"), shapeToJson(l.in)},
            {QStringLiteral("output"), shapeToJson(l.out)},
            {QStringLiteral("kernel"), l.kernel},
            {QStringLiteral("stride"), l.stride},
            {QStringLiteral("groups"), l.groups},
            {QStringLiteral("weight_bits"), l.weightBits},
            {QStringLiteral("activation_bits"), l.activationBits},
            {QStringLiteral("macs"), l.macs},
            {QStringLiteral("params"), l.params},
            {QStringLiteral("weight_bytes"), l.weightBytes()},
            {QStringLiteral("activation_bytes"), l.activationBytes()}};
}

QJsonObject totalsToJson(const CostTotals &t)
{
    return {{QStringLiteral("macs"), t.macs},
            {QStringLiteral("params"), t.params},
            {QStringLiteral("weight_bytes"), t.weightBytes},
            {QStringLiteral("activation_bytes"), t.activationBytes},
            {QStringLiteral("peak_activation_bytes"), t.peakActivationBytes}};
}

void printTable(QTextStream &out, const LayerGraph &graph)
{
    const QStringList header{QStringLiteral("#"), QStringLiteral("name"), QStringLiteral("type"),
                             QStringLiteral("input"), QStringLiteral("output"), QStringLiteral("k"),
                             QStringLiteral("s"), QStringLiteral("groups"), QStringLiteral("bits"),
                             QStringLiteral("MACs"), QStringLiteral("params")};
    QList<QStringList> rows{header};
    for (int i = 0; i < graph.size(); ++i) {
        const Layer &l = graph.layer(i);
        rows.append({QString::number(i), layerName(l), layerTypeToString(l.type), shapeText(l.in),
                     shapeText(l.out), QString::number(l.kernel), QString::number(l.stride),
                     QString::number(l.groups), bitsText(l.weightBits, l.activationBits),
                     QString::number(l.macs), QString::number(l.params)});
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    const QList<int> rightAligned{0, 5, 6, 7, 8, 9, 10};
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            const bool right = rightAligned.contains(c);
            line += (right ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]));
            line += QStringLiteral("  ");
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    }
}

QString millions(qint64 v)
{
    return QStringLiteral("%1 (%2 M)").arg(v).arg(double(v) / 1e6, 0, 'f', 2);
}

} // namespace

int runArchInfoCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show one architecture: its config, cost totals and per-layer table."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON config file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("arch"),
                      QStringLiteral("The space's text form (e.g. a NAS-Bench-201 string) or inline JSON."),
                      QStringLiteral("string")});
    parser.addOption({QStringLiteral("random"), QStringLiteral("A random architecture (see --seed).")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed for --random (default 0)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addDomainOptions(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;

    const bool hasConfig = parser.isSet(QStringLiteral("config"));
    const bool hasArch = parser.isSet(QStringLiteral("arch"));
    const bool isRandom = parser.isSet(QStringLiteral("random"));
    if (int(hasConfig) + int(hasArch) + int(isRandom) != 1)
        return io.fail(QStringLiteral("arch info: give exactly one of --config, --arch or --random"), ExitUsage);

    QString error;
    std::optional<Architecture> arch;
    if (isRandom) {
        const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
        const auto domain = domainFromOptions(parser, *space, io);
        if (!seed || !domain)
            return ExitUsage;
        QRandomGenerator rng = seededGenerator(*seed);
        arch = space->sample(rng, &*domain);
    } else if (hasConfig) {
        const QString path = parser.value(QStringLiteral("config"));
        const auto object = json::readObjectFile(path, &error);
        if (!object)
            return io.fail(error);
        arch = space->fromJson(*object, &error);
        if (!arch)
            return io.fail(path + QStringLiteral(": ") + error);
    } else {
        const QString text = parser.value(QStringLiteral("arch"));
        if (text.trimmed().startsWith(u'{')) {
            const auto object = json::parseObject(text.toUtf8(), QStringLiteral("--arch"), &error);
            if (!object)
                return io.fail(error);
            arch = space->fromJson(*object, &error);
        } else {
            arch = space->fromString(text, &error);
        }
        if (!arch)
            return io.fail(QStringLiteral("--arch: ") + error);
    }

    const LayerGraph graph = space->layerGraph(*arch);
    const CostTotals totals = graph.totals();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray layers;
        for (int i = 0; i < graph.size(); ++i)
            layers.append(layerToJson(i, graph.layer(i)));
        QJsonObject o{{QStringLiteral("space"), space->name()},
                      {QStringLiteral("key"), space->key(*arch)},
                      {QStringLiteral("config"), space->toJson(*arch)},
                      {QStringLiteral("totals"), totalsToJson(totals)},
                      {QStringLiteral("layers"), layers}};
        // The totals also sit at top level, for scripts that read .macs directly.
        const QJsonObject t = totalsToJson(totals);
        for (auto it = t.begin(); it != t.end(); ++it)
            o.insert(it.key(), it.value());
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << "space                  " << space->name() << '\n'
           << "key                    " << space->key(*arch) << '\n'
           << "config                 " << QJsonDocument(space->toJson(*arch)).toJson(QJsonDocument::Compact) << '\n'
           << "macs                   " << millions(totals.macs) << '\n'
           << "params                 " << millions(totals.params) << '\n'
           << "weight_bytes           " << totals.weightBytes << '\n'
           << "activation_bytes       " << totals.activationBytes << '\n'
           << "peak_activation_bytes  " << totals.peakActivationBytes << "\n\n";
    printTable(io.out, graph);
    return ExitOk;
}

int runArchSampleCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sample random architectures as JSON lines."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("n"), QStringLiteral("Number of architectures."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output .jsonl file (default: stdout)."),
                      QStringLiteral("file")});
    addDomainOptions(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("n")))
        return io.fail(QStringLiteral("--n is required"), ExitUsage);
    const auto n = unsignedOption(parser, QStringLiteral("n"), 0, 1, kMaxSamples, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!n || !seed)
        return ExitUsage;
    const auto domain = domainFromOptions(parser, *space, io);
    if (!domain)
        return ExitUsage;

    QRandomGenerator rng = seededGenerator(*seed);
    auto nextLine = [&] {
        QByteArray line = QJsonDocument(space->toJson(space->sample(rng, &*domain))).toJson(QJsonDocument::Compact);
        line += '\n';
        return line;
    };
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty() || path == u'-') {
        for (quint64 i = 0; i < *n; ++i)
            io.out << nextLine();
        return ExitOk;
    }
    QSaveFile file(path); // a failed or interrupted run leaves any existing file untouched
    if (!file.open(QIODevice::WriteOnly))
        return io.fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    for (quint64 i = 0; i < *n; ++i)
        file.write(nextLine());
    if (!file.commit())
        return io.fail(QStringLiteral("%1: write failed: %2").arg(path, file.errorString()));
    io.err << "wrote " << *n << " " << space->name() << " architectures to " << path << Qt::endl;
    return ExitOk;
}

} // namespace edgefront

namespace edgefront {

int runArchSignatureCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The space's signature set: the 10 architectures whose latencies are a device's features for "
        "scalable predictors (one JSON config per line)."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output .jsonl file (default: stdout)."), QStringLiteral("file")});
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    const QByteArray text = architecturesToJsonl(*space, SignatureSet::forSpace(*space));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || out == u'-') {
        io.out << text;
        return ExitOk;
    }
    return writeFileAtomically(out, text, io) ? ExitOk : ExitFailure;
}

} // namespace edgefront
