#include "exportcommands.h"

#include "designexports.h"
#include "designspace.h"
#include "jsonfields.h"
#include "nsga2search.h"
#include "onnxarchitectureexport.h"
#include "paretofront.h"
#include "projectstore.h"
#include "searchdomain.h"
#include "searchrun.h"

#include <cmath>

namespace edgefront {

namespace {

void addDesignOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON config file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("arch"),
                      QStringLiteral("The space's text form (e.g. a NAS-Bench-201 string) or inline JSON."),
                      QStringLiteral("string")});
    parser.addOption({QStringLiteral("random"), QStringLiteral("A random design (see --seed).")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("file")});
}

// The design named by exactly one of --config, --arch, --random; prints the error otherwise.
std::optional<Architecture> designFromOptions(const QCommandLineParser &parser, const DesignSpace &space, quint64 seed,
                                              const QString &command, CliIo &io)
{
    const bool hasConfig = parser.isSet(QStringLiteral("config"));
    const bool hasArch = parser.isSet(QStringLiteral("arch"));
    const bool isRandom = parser.isSet(QStringLiteral("random"));
    if (int(hasConfig) + int(hasArch) + int(isRandom) != 1) {
        io.fail(QStringLiteral("%1: give exactly one of --config, --arch or --random").arg(command), ExitUsage);
        return std::nullopt;
    }
    QString error;
    std::optional<Architecture> arch;
    if (isRandom) {
        QRandomGenerator rng = seededGenerator(seed);
        arch = space.sample(rng);
    } else if (hasConfig) {
        arch = readArchitectureConfig(parser.value(QStringLiteral("config")), space, &error);
        if (!arch)
            io.fail(error);
    } else {
        const QString text = parser.value(QStringLiteral("arch"));
        if (text.trimmed().startsWith(u'{')) {
            const auto object = json::parseObject(text.toUtf8(), QStringLiteral("--arch"), &error);
            if (object)
                arch = space.fromJson(*object, &error);
        } else {
            arch = space.fromString(text, &error);
        }
        if (!arch)
            io.fail(QStringLiteral("--arch: ") + error);
    }
    return arch;
}

std::optional<QString> requireOut(const QCommandLineParser &parser, const QString &what, CliIo &io)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.fail(QStringLiteral("--out %1 is required").arg(what), ExitUsage);
        return std::nullopt;
    }
    return out;
}

} // namespace

int runExportOnnxCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a design as a runnable ONNX model (opset 13, input [1, 3, r, r], output [1, classes], random weights "
        "from --seed, batch norm folded; -mp blocks as int8 QDQ pairs (4-bit: 16 levels) or float16 casts). Its MACs "
        "equal the layer graph's."));
    addDesignOptions(parser);
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the weights and of --random (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("float"), QStringLiteral("Float32 throughout (no QDQ pairs or float16 casts).")});
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    const auto out = requireOut(parser, QStringLiteral("FILE.onnx"), io);
    if (!seed || !out)
        return ExitUsage;
    const auto arch = designFromOptions(parser, *space, *seed, QStringLiteral("export onnx"), io);
    if (!arch)
        return ExitFailure;
    ArchitectureExportOptions options;
    options.seed = *seed;
    options.quantize = !parser.isSet(QStringLiteral("float"));
    QString error;
    const auto bytes = exportArchitectureOnnx(*space, *arch, options, &error);
    if (!bytes)
        return io.fail(error);
    if (!writeFileAtomically(*out, *bytes, io))
        return ExitFailure;
    const CostTotals t = space->costs(*arch);
    io.err << "wrote " << *out << ": " << space->name() << " design " << space->key(*arch) << ", "
           << QString::number(double(t.macs) / 1e6, 'f', 2) << " M MACs, " << QString::number(double(t.params) / 1e6, 'f', 3)
           << " M parameters, " << QString::number(double(bytes->size()) / 1e6, 'f', 2) << " MB" << Qt::endl;
    return ExitOk;
}

int runExportConfigCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a design's config as JSON in Once-for-All's format (ks, e, d, r, space, bits on -mp spaces; nb201: "
        "{\"arch\": ...}); Once-for-All's set_active_subnet(ks=, e=, d=) takes it as is."));
    addDesignOptions(parser);
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of --random (default 0)."), QStringLiteral("k")});
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!seed)
        return ExitUsage;
    const auto arch = designFromOptions(parser, *space, *seed, QStringLiteral("export config"), io);
    if (!arch)
        return ExitFailure;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || out == u'-') {
        io.out << architectureConfigJson(*space, *arch);
        return ExitOk;
    }
    QString error;
    if (!writeArchitectureConfig(out, *space, *arch, &error))
        return io.fail(error);
    io.err << "wrote " << out << ": " << space->key(*arch) << Qt::endl;
    return ExitOk;
}

int runExportFrontCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Pareto front of a device (maximise accuracy, minimise latency [and energy]) as CSV with every metric and "
        "its unit, MACs, parameters, peak memory and provenance: exhaustive on nb201, NSGA-II otherwise."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("objectives"), QStringLiteral("accuracy,latency[,energy] (default accuracy,latency)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("method"), QStringLiteral("exhaustive, nsga2 or random."), QStringLiteral("m")});
    parser.addOption({QStringLiteral("generations"), QStringLiteral("NSGA-II generations (200)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Random samples (20000)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 0)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output CSV (- for stdout)."), QStringLiteral("file")});
    addAccuracyOption(parser);
    addDomainOptions(parser);
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("device")))
        return io.fail(QStringLiteral("--device is required"), ExitUsage);
    const auto out = requireOut(parser, QStringLiteral("FILE.csv"), io);
    const auto generations = unsignedOption(parser, QStringLiteral("generations"), 200, 1, 1'000'000, io);
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 20000, 1, 10'000'000, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    const auto domain = domainFromOptions(parser, *space, io);
    if (!out || !generations || !samples || !seed || !domain)
        return ExitUsage;
    const QStringList objectives = parser.isSet(QStringLiteral("objectives"))
                                       ? parser.value(QStringLiteral("objectives")).split(u',', Qt::SkipEmptyParts)
                                       : QStringList{QStringLiteral("accuracy"), QStringLiteral("latency")};
    for (const QString &o : objectives) {
        if (o != QLatin1StringView("accuracy") && o != QLatin1StringView("latency") && o != QLatin1StringView("energy"))
            return io.fail(QStringLiteral("--objectives: \"%1\" is not accuracy, latency or energy").arg(o), ExitUsage);
    }
    const QString method = parser.isSet(QStringLiteral("method"))
                               ? parser.value(QStringLiteral("method"))
                               : (space->name() == QLatin1StringView("nb201") ? QStringLiteral("exhaustive") : QStringLiteral("nsga2"));
    if (method != QLatin1StringView("exhaustive") && method != QLatin1StringView("nsga2") && method != QLatin1StringView("random"))
        return io.fail(QStringLiteral("--method: \"%1\" is not exhaustive, nsga2 or random").arg(method), ExitUsage);

    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QString device = parser.value(QStringLiteral("device"));
    QString error;
    auto evaluator = project->evaluator(device, &error);
    if (!evaluator)
        return io.fail(error);
    if (!evaluator->canEvaluate(*space, Metric::LatencyMs, &error))
        return io.fail(error);
    auto accuracy = accuracyFromOptions(parser, *project, *space, io);
    if (!accuracy)
        return ExitFailure;
    const SearchEvaluator search(*space, accuracy, CostSource::fromDevice(std::move(*evaluator)));

    CancelOnSignal cancel;
    StderrProgress progress(io, QStringLiteral("front of %1").arg(device));
    std::optional<SearchResult> result;
    if (method == QLatin1StringView("exhaustive")) {
        result = exhaustiveSearch(search, Budgets{}, &error, std::ref(progress));
    } else if (method == QLatin1StringView("random")) {
        RandomSearchOptions o;
        o.samples = int(*samples);
        o.seed = *seed;
        o.keepArchive = true;
        o.domain = *domain;
        result = randomSearch(search, o, &error, std::ref(progress));
    } else {
        Nsga2Options o;
        o.generations = int(*generations);
        o.seed = *seed;
        o.withEnergy = objectives.contains(QStringLiteral("energy"));
        o.domain = *domain;
        result = nsga2Search(search, o, &error, std::ref(progress));
    }
    if (!result)
        return io.fail(error);
    if (result->cancelled)
        return io.fail(QStringLiteral("cancelled; nothing written"), 130);

    std::vector<Candidate> candidates;
    for (const Candidate &c : result->archive) {
        if (std::isfinite(c.metrics.accuracy) && std::isfinite(c.metrics.latencyMs))
            candidates.push_back(c);
    }
    MatrixD points(Eigen::Index(candidates.size()), objectives.size());
    std::vector<Direction> directions;
    for (const QString &o : objectives)
        directions.push_back(o == QLatin1StringView("accuracy") ? Direction::Maximize : Direction::Minimize);
    for (size_t i = 0; i < candidates.size(); ++i) {
        const DesignMetrics &m = candidates[i].metrics;
        for (int j = 0; j < objectives.size(); ++j) {
            points(Eigen::Index(i), j) = objectives[j] == QLatin1StringView("accuracy") ? m.accuracy
                                         : objectives[j] == QLatin1StringView("latency") ? m.latencyMs
                                                                                         : m.energyMj;
        }
    }
    std::vector<int> front = candidates.empty() ? std::vector<int>{} : paretoFront(points, directions);
    std::sort(front.begin(), front.end(), [&](int a, int b) {
        return candidates[size_t(a)].metrics.latencyMs < candidates[size_t(b)].metrics.latencyMs;
    });
    std::vector<DesignExportRow> rows;
    for (int i : front) {
        rows.push_back({candidates[size_t(i)].arch, candidates[size_t(i)].metrics, device,
                        search.accuracySource()->provenance(), search.costSource().provenance()});
    }
    if (*out == u'-') {
        io.out << designsCsv(*space, rows);
    } else if (!writeDesignsCsv(*out, *space, rows, &error)) {
        return io.fail(error);
    }
    io.err << rows.size() << " designs on the front of " << candidates.size() << " evaluated (" << method << ")" << Qt::endl;
    return ExitOk;
}

int runExportReportCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A summary of a recorded run (inputs, picks per device, figures; HTML adds an accuracy/latency chart) as "
        "markdown (.md) or HTML (.html)."));
    parser.addOption({QStringLiteral("run"), QStringLiteral("Run id (see `runs`)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("FILE.md or FILE.html."), QStringLiteral("file")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    if (!parser.isSet(QStringLiteral("run")))
        return io.fail(QStringLiteral("--run ID is required"), ExitUsage);
    const auto id = unsignedOption(parser, QStringLiteral("run"), 0, 1, ~quint64(0) >> 1, io);
    const auto out = requireOut(parser, QStringLiteral("FILE.md|FILE.html"), io);
    if (!id || !out)
        return ExitUsage;
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const auto run = project->run(qint64(*id));
    if (!run)
        return io.fail(QStringLiteral("no run %1 in %2").arg(*id).arg(project->path()));
    QString error;
    if (!writeRunReport(*out, *run, &error))
        return io.fail(error);
    io.err << "wrote " << *out << ": run " << run->id << " (" << run->kind << ", " << run->results.size() << " results)"
           << Qt::endl;
    return ExitOk;
}

} // namespace edgefront
