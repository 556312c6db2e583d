#include "optimizercommands.h"

#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "neuraloptimizer.h"
#include "projectstore.h"
#include "searchdomain.h"
#include "searchrun.h"
#include "virtualdevicesampler.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace edgefront {

namespace {

// Devices from a spec: comma-separated "fleet" (the built-in fleet), "all" (the project's
// devices that can give latencies on the space), "sampled:N" (N virtual devices of the sampler
// seeded with `seed`) and device ids of the project; minus --exclude.
std::optional<QList<DeviceProfile>> devicesFromSpec(const QString &spec, const QStringList &exclude,
                                                   const ProjectStore &project, const DesignSpace &space, quint64 seed,
                                                   CliIo &io)
{
    QList<DeviceProfile> out;
    auto add = [&](const DeviceProfile &d) {
        if (!exclude.contains(d.id) && std::none_of(out.begin(), out.end(), [&](const DeviceProfile &x) { return x.id == d.id; }))
            out.append(d);
    };
    for (const QString &raw : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString token = raw.trimmed();
        if (token == QLatin1StringView("fleet")) {
            for (const DeviceProfile &d : builtinFleet())
                add(d);
        } else if (token == QLatin1StringView("all")) {
            for (const DeviceProfile &d : project.devices()) {
                QString error;
                auto e = project.evaluator(d.id, &error);
                if (e && e->canEvaluate(space, Metric::LatencyMs))
                    add(d);
            }
        } else if (token.startsWith(QLatin1StringView("sampled:"))) {
            bool ok = false;
            const int n = token.mid(8).toInt(&ok);
            if (!ok || n < 1 || n > 100000) {
                io.fail(QStringLiteral("--devices: \"%1\": sampled:N needs N in 1..100000").arg(token), ExitUsage);
                return std::nullopt;
            }
            VirtualDeviceSamplerOptions options;
            options.seed = seed;
            for (const DeviceProfile &d : VirtualDeviceSampler(options).devices(n))
                add(d);
        } else {
            const auto d = project.device(token);
            if (!d) {
                io.fail(QStringLiteral("--devices: no device \"%1\" in %2 (use fleet, all, sampled:N or ids)").arg(token, project.path()),
                        ExitUsage);
                return std::nullopt;
            }
            add(*d);
        }
    }
    if (out.isEmpty())
        io.fail(QStringLiteral("--devices: \"%1\" selects no device").arg(spec), ExitUsage);
    return out.isEmpty() ? std::nullopt : std::optional(out);
}

QStringList excludeList(const QCommandLineParser &parser)
{
    QStringList out;
    for (const QString &v : parser.values(QStringLiteral("exclude")))
        out += v.split(u',', Qt::SkipEmptyParts);
    return out;
}

void addLabelOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("devices"),
                      QStringLiteral("Devices to label: fleet (default), all (the project's), sampled:N, ids; "
                                     "comma-separated."),
                      QStringLiteral("spec")});
    parser.addOption({QStringLiteral("exclude"), QStringLiteral("Devices to leave out (held out), comma-separated."),
                      QStringLiteral("ids")});
    parser.addOption({QStringLiteral("budgets"), QStringLiteral("Budgets per device (default 10)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("energy"), QStringLiteral("Also label (latency, energy) budget pairs.")});
    parser.addOption({QStringLiteral("generations"), QStringLiteral("Evolution generations per label (default 500)."),
                      QStringLiteral("g")});
    parser.addOption({QStringLiteral("population"), QStringLiteral("Evolution population (default 100)."), QStringLiteral("p")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the sampled devices and searches (default 0)."),
                      QStringLiteral("k")});
    addAccuracyOption(parser);
    addDomainOptions(parser);
    addProjectOption(parser);
}

// Reads the labelling options (not the shard, threads or devices).
bool readLabelOptions(const QCommandLineParser &parser, const DesignSpace &space, OptimizerLabelOptions &o, CliIo &io)
{
    const auto budgets = unsignedOption(parser, QStringLiteral("budgets"), 10, 1, 1000, io);
    const auto generations = unsignedOption(parser, QStringLiteral("generations"), 500, 1, 1000000, io);
    const auto population = unsignedOption(parser, QStringLiteral("population"), 100, 4, 100000, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!budgets || !generations || !population || !seed)
        return false;
    o.budgetsPerDevice = int(*budgets);
    o.generations = int(*generations);
    o.population = int(*population);
    o.seed = *seed;
    o.energyBudgets = parser.isSet(QStringLiteral("energy"));
    if (!domainFromOptions(parser, space, io))
        return false;
    o.restrictions = parser.values(QStringLiteral("restrict"));
    if (parser.isSet(QStringLiteral("ofa-search")))
        o.restrictions.append(SearchDomain::ofaSearchResolutions());
    return true;
}

bool readDevices(const QCommandLineParser &parser, const ProjectStore &project, const DesignSpace &space,
                 OptimizerLabelOptions &o, CliIo &io)
{
    o.devicesSpec = parser.isSet(QStringLiteral("devices")) ? parser.value(QStringLiteral("devices")) : QStringLiteral("fleet");
    const QStringList exclude = excludeList(parser);
    if (!exclude.isEmpty())
        o.devicesSpec += QStringLiteral(" minus ") + exclude.join(u',');
    auto devices = devicesFromSpec(parser.isSet(QStringLiteral("devices")) ? parser.value(QStringLiteral("devices"))
                                                                           : QStringLiteral("fleet"),
                                   exclude, project, space, o.seed, io);
    if (!devices)
        return false;
    o.devices = *devices;
    return true;
}

std::optional<OptimizerLabelSet> runLabelling(const DesignSpace &space, std::shared_ptr<const AccuracySource> accuracy,
                                              const OptimizerLabelOptions &o, CliIo &io)
{
    io.err << "labelling " << o.devices.size() * o.itemsPerDevice() << " (device, budget) items";
    if (o.shardCount > 1)
        io.err << ", shard " << o.shardIndex << '/' << o.shardCount;
    io.err << ": " << o.devices.size() << " devices x " << o.itemsPerDevice() << " budgets, evolution "
           << o.population << " x " << o.generations << " generations, " << o.threads << " thread(s)" << Qt::endl;
    CancelOnSignal cancel;
    StderrProgress progress(io, QStringLiteral("labelling"));
    QString error;
    auto set = labelNeuralOptimizer(space, std::move(accuracy), o, &error, [&](double f) { return progress(f); });
    if (!set)
        io.fail(error);
    else if (set->cancelled)
        io.err << "cancelled: " << set->labels.size() << " items labelled" << Qt::endl;
    return set;
}

int foundCount(const OptimizerLabelSet &set)
{
    return int(std::count_if(set.labels.begin(), set.labels.end(), [](const OptimizerLabel &l) { return bool(l.best); }));
}

// "--labels a b c" (a shell glob) as "--labels a --labels b --labels c".
QStringList expandLabelArguments(const QStringList &args)
{
    QStringList out;
    bool inLabels = false, valuePending = false;
    for (const QString &a : args) {
        if (a == QLatin1StringView("--labels") || a == QLatin1StringView("-labels")) {
            inLabels = valuePending = true;
        } else if (a.startsWith(QLatin1StringView("--labels="))) {
            inLabels = true;
            valuePending = false;
        } else if (a.startsWith(u'-')) {
            inLabels = false;
        } else {
            if (inLabels && !valuePending)
                out.append(QStringLiteral("--labels"));
            valuePending = false;
        }
        out.append(a);
    }
    return out;
}

std::optional<double> budgetOption(const QCommandLineParser &parser, const QString &name, CliIo &io)
{
    if (!parser.isSet(name))
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !(v > 0) || !std::isfinite(v)) {
        io.fail(QStringLiteral("--%1: \"%2\" is not a positive number").arg(name, parser.value(name)), ExitUsage);
        return std::nullopt;
    }
    return v;
}

// openProject() for processes started together (a job array's shards opening one --project):
// while one creates the file, the others may find it half-made; they retry for a few seconds.
std::unique_ptr<ProjectStore> openSharedProject(const QCommandLineParser &parser, CliIo &io)
{
    const QString path = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                                                                 : ProjectStore::defaultProjectPath();
    QString error;
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (auto store = ProjectStore::open(path, &error))
            return store;
        QThread::msleep(250);
    }
    io.fail(error);
    return nullptr;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonObject budgetsJson(const Budgets &b)
{
    QJsonObject o{{QStringLiteral("latency_ms"), b.latencyMs}};
    if (std::isfinite(b.energyMj))
        o.insert(QStringLiteral("energy_mj"), b.energyMj);
    return o;
}

} // namespace

int runOptimizerLabelCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Label (device, budget) items for the neural optimizer: per device a grid of budgets over its feasible range, "
        "each labelled by evolutionary search on the device's own cost model. --shard i/N labels items with "
        "item % N == i, so N processes (a Slurm job array, a Kubernetes Indexed Job) split the work; "
        "'optimizer train --labels part_*.edgefront' merges them."));
    addLabelOptions(parser);
    parser.addOption({QStringLiteral("shard"), QStringLiteral("This process's shard, i/N (default 0/1)."), QStringLiteral("i/N")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Devices labelled in parallel (default 1)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Project file to write the labels to (a run)."), QStringLiteral("file")});
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("out")))
        return io.fail(QStringLiteral("--out FILE.edgefront is required"), ExitUsage);
    OptimizerLabelOptions o;
    if (!readLabelOptions(parser, *space, o, io))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("shard"))) {
        const QStringList parts = parser.value(QStringLiteral("shard")).split(u'/');
        bool ok1 = false, ok2 = false;
        o.shardIndex = parts.size() == 2 ? parts[0].toInt(&ok1) : -1;
        o.shardCount = parts.size() == 2 ? parts[1].toInt(&ok2) : 0;
        if (!ok1 || !ok2 || o.shardCount < 1 || o.shardIndex < 0 || o.shardIndex >= o.shardCount)
            return io.fail(QStringLiteral("--shard: \"%1\" is not i/N with 0 <= i < N").arg(parser.value(QStringLiteral("shard"))),
                           ExitUsage);
    }
    const auto threads = unsignedOption(parser, QStringLiteral("threads"), 1, 1, 256, io);
    if (!threads)
        return ExitUsage;
    o.threads = int(*threads);
    auto project = openSharedProject(parser, io);
    if (!project)
        return ExitFailure;
    auto accuracy = accuracyFromOptions(parser, *project, *space, io);
    if (!accuracy || !readDevices(parser, *project, *space, o, io))
        return ExitFailure;
    QString error;
    if (!o.isValid(&error))
        return io.fail(error, ExitUsage);
    auto out = ProjectStore::open(parser.value(QStringLiteral("out")), &error, false);
    if (!out)
        return io.fail(error);
    const auto set = runLabelling(*space, accuracy, o, io);
    if (!set)
        return ExitFailure;
    const qint64 run = saveOptimizerLabels(*out, *set, &error);
    if (run < 0)
        return io.fail(error);
    io.out << "labelled " << set->labels.size() << " of " << set->totalItems << " items (shard " << set->shardIndex << '/'
           << set->shardCount << "), " << foundCount(*set) << " with a design, in " << QString::number(set->seconds, 'f', 1)
           << " s -> " << out->path() << " (run " << run << (set->cancelled ? ", cancelled" : "") << ")\n";
    return set->cancelled ? ExitFailure : ExitOk;
}

int runOptimizerTrainCommand(const QStringList &rawArgs, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train the neural optimizer and write it as ONNX. With --labels, from label shards written by "
        "'optimizer label' (several --labels or a shell glob; every shard of one labelling once); without, labels "
        "in this process first (--devices, --budgets, --generations, --threads)."));
    addLabelOptions(parser);
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Label shard files (repeatable; a glob works)."),
                      QStringLiteral("files")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Labelling threads (default: the cores)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("hidden"), QStringLiteral("Hidden widths (default 256,256)."), QStringLiteral("list")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Most epochs (default 400; early stopping)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("train-seed"), QStringLiteral("Training seed (default: --seed)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output ONNX file."), QStringLiteral("file")});
    int code = ExitOk;
    if (!parseCommand(parser, expandLabelArguments(rawArgs), io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("out")))
        return io.fail(QStringLiteral("--out FILE.onnx is required"), ExitUsage);
    OptimizerLabelOptions o;
    if (!readLabelOptions(parser, *space, o, io))
        return ExitUsage;
    NeuralOptimizerTrainingOptions t;
    if (parser.isSet(QStringLiteral("hidden"))) {
        t.hidden.clear();
        for (const QString &w : parser.value(QStringLiteral("hidden")).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int v = w.toInt(&ok);
            if (!ok || v < 1 || v > 8192)
                return io.fail(QStringLiteral("--hidden: \"%1\" is not a width in 1..8192").arg(w), ExitUsage);
            t.hidden.push_back(v);
        }
    }
    const auto epochs = unsignedOption(parser, QStringLiteral("epochs"), quint64(t.epochs), 1, 100000, io);
    const auto trainSeed = unsignedOption(parser, QStringLiteral("train-seed"), o.seed, 0, ~quint64(0), io);
    const auto threads = unsignedOption(parser, QStringLiteral("threads"), quint64(std::max(1, QThread::idealThreadCount())), 1, 256, io);
    if (!epochs || !trainSeed || !threads)
        return ExitUsage;
    t.epochs = int(*epochs);
    t.seed = *trainSeed;
    o.threads = int(*threads);

    QString error;
    std::optional<OptimizerLabelSet> labels;
    const QStringList files = parser.values(QStringLiteral("labels"));
    std::unique_ptr<ProjectStore> project;
    if (!files.isEmpty()) {
        std::vector<OptimizerLabelSet> shards;
        for (const QString &file : files) {
            if (!QFileInfo::exists(file))
                return io.fail(QStringLiteral("%1: no such label file").arg(file));
            auto store = ProjectStore::open(file, &error, false);
            if (!store)
                return io.fail(error);
            auto shard = loadOptimizerLabels(*store, *space, &error);
            if (!shard)
                return io.fail(error);
            shards.push_back(std::move(*shard));
        }
        labels = mergeOptimizerLabels(std::move(shards), &error);
        if (!labels)
            return io.fail(error);
        io.err << "merged " << files.size() << " label file(s): " << labels->labels.size() << " items, "
               << foundCount(*labels) << " with a design" << Qt::endl;
    } else {
        project = openProject(parser, io);
        if (!project)
            return ExitFailure;
        auto accuracy = accuracyFromOptions(parser, *project, *space, io);
        if (!accuracy || !readDevices(parser, *project, *space, o, io))
            return ExitFailure;
        if (!o.isValid(&error))
            return io.fail(error, ExitUsage);
        labels = runLabelling(*space, accuracy, o, io);
        if (!labels)
            return ExitFailure;
        if (labels->cancelled)
            return io.fail(QStringLiteral("labelling cancelled; nothing trained"));
    }
    io.err << "training the neural optimizer..." << Qt::endl;
    CancelOnSignal cancel;
    StderrProgress progress(io, QStringLiteral("training"));
    QElapsedTimer timer;
    timer.start();
    auto trained = trainNeuralOptimizer(*space, *labels, t, &error, [&](double f) { return progress(f); });
    if (!trained)
        return io.fail(error);
    const QByteArray bytes = trained->optimizer->toOnnx();
    if (bytes.isEmpty())
        return io.fail(QStringLiteral("cannot write the optimizer as ONNX"));
    if (!writeFileAtomically(parser.value(QStringLiteral("out")), bytes, io))
        return ExitFailure;
    io.out << "trained on " << trained->trainRows << " rows (" << trained->validationRows << " validation) from "
           << labels->labels.size() << " labels in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s: "
           << trained->epochsRun << " epochs (best " << trained->bestEpoch << "), validation cross-entropy "
           << QString::number(trained->validationLoss, 'f', 3) << ", head accuracy "
           << QString::number(100 * trained->validationHeadAccuracy, 'f', 1) << " % -> " << parser.value(QStringLiteral("out"))
           << " (" << bytes.size() << " bytes)\n";
    return ExitOk;
}

int runOptimizerRunCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Designs from a trained neural optimizer: per device, the most accurate verified candidate within the budgets "
        "(never one that breaks them), with its accuracy, latency, energy and the time taken. --budgets K runs each "
        "device's budget grid instead of one budget; --compare also runs evolutionary search on every device-budget "
        "and reports the accuracy gap and the times side by side."));
    parser.addOption({QStringLiteral("optimizer"), QStringLiteral("Optimizer ONNX file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device id, ids, all (default), fleet or sampled:N."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("exclude"), QStringLiteral("Devices to leave out, comma-separated."), QStringLiteral("ids")});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("Latency budget (ms)."), QStringLiteral("x")});
    parser.addOption({QStringLiteral("energy-mj"), QStringLiteral("Energy budget (mJ)."), QStringLiteral("y")});
    parser.addOption({QStringLiteral("budgets"), QStringLiteral("Instead of --latency-ms: each device's grid of K budgets."),
                      QStringLiteral("k")});
    parser.addOption({QStringLiteral("compare"), QStringLiteral("Also run evolutionary search per device-budget.")});
    parser.addOption({QStringLiteral("generations"), QStringLiteral("Generations of --compare's search (default 500)."),
                      QStringLiteral("g")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Designs sampled from the heads per query (default 0)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Refinement rounds per query (default 0)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addAccuracyOption(parser);
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    if (!parser.isSet(QStringLiteral("optimizer")))
        return io.fail(QStringLiteral("--optimizer FILE.onnx is required"), ExitUsage);
    const bool grid = parser.isSet(QStringLiteral("budgets"));
    if (grid == parser.isSet(QStringLiteral("latency-ms")))
        return io.fail(QStringLiteral("give either --latency-ms X or --budgets K"), ExitUsage);
    const auto latency = budgetOption(parser, QStringLiteral("latency-ms"), io);
    const auto energy = budgetOption(parser, QStringLiteral("energy-mj"), io);
    const auto gridSize = unsignedOption(parser, QStringLiteral("budgets"), 10, 1, 1000, io);
    const auto generations = unsignedOption(parser, QStringLiteral("generations"), 500, 1, 1000000, io);
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 0, 0, 100000, io);
    const auto rounds = unsignedOption(parser, QStringLiteral("rounds"), 0, 0, 1000, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!latency || !energy || !gridSize || !generations || !samples || !rounds || !seed)
        return ExitUsage;
    QString error;
    const auto optimizer = NeuralOptimizer::fromFile(parser.value(QStringLiteral("optimizer")), &error);
    if (!optimizer)
        return io.fail(error);
    const DesignSpace &space = optimizer->space();
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    auto accuracy = accuracyFromOptions(parser, *project, space, io);
    if (!accuracy)
        return ExitFailure;
    const QString trainedWith = optimizer->provenance().value(QStringLiteral("accuracy")).toString();
    if (!trainedWith.isEmpty() && trainedWith != accuracy->provenance())
        io.err << "warning: the optimizer was trained with accuracy from \"" << trainedWith << "\"; verifying with \""
               << accuracy->provenance() << "\"" << Qt::endl;
    const QString spec = parser.isSet(QStringLiteral("device")) ? parser.value(QStringLiteral("device")) : QStringLiteral("all");
    const auto devices = devicesFromSpec(spec, excludeList(parser), *project, space, *seed, io);
    if (!devices)
        return ExitFailure;
    OptimizerQueryOptions query;
    query.samples = int(*samples);
    query.refinementRounds = int(*rounds);
    query.seed = *seed;
    const bool compare = parser.isSet(QStringLiteral("compare"));

    const QJsonObject inputs{{QStringLiteral("optimizer"), QFileInfo(parser.value(QStringLiteral("optimizer"))).absoluteFilePath()},
                             {QStringLiteral("space"), space.name()},
                             {QStringLiteral("devices"), spec},
                             {QStringLiteral("budgets"), grid ? QJsonValue(int(*gridSize)) : QJsonValue(budgetsJson({*latency, *energy}))},
                             {QStringLiteral("compare_generations"), compare ? QJsonValue(int(*generations)) : QJsonValue()}};
    const qint64 runId = project->createRun(QStringLiteral("optimizer"), inputs, *seed, &error);
    CancelOnSignal cancel;
    StderrProgress progress(io, QStringLiteral("optimizer"));
    QElapsedTimer total;
    total.start();
    QJsonArray results;
    std::vector<double> optimizerTimes, searchTimes, gaps;
    int violations = 0, unanswered = 0, searchUnanswered = 0, queries = 0;
    for (qsizetype di = 0; di < devices->size() && !CancelOnSignal::requested(); ++di) {
        const DeviceProfile &profile = (*devices)[di];
        if (profile.provenance == DeviceProvenance::Measured)
            io.err << profile.id << ": a measured device verifies only designs it has measurements of; a calibrated "
                   << "device (edgefront-cli calibrate) verifies any" << Qt::endl;
        // The project's evaluator (with its measurements) for project devices; sampled ones have none.
        auto evaluatorOf = [&] {
            auto e = project->hasDevice(profile.id) ? project->evaluator(profile.id, &error) : std::nullopt;
            return e ? std::move(*e) : DeviceEvaluator(profile);
        };
        const DeviceEvaluator truth = evaluatorOf();
        const auto cost = CostSource::fromDevice(evaluatorOf());
        QElapsedTimer setup;
        setup.start();
        const auto deviceInputs = OptimizerDeviceInputs::fromCost(space, *cost, optimizer->hasEnergyInputs(), &error);
        const double setupSeconds = setup.nsecsElapsed() / 1e9;
        if (!deviceInputs) {
            io.err << profile.id << ": skipped: " << error << Qt::endl;
            continue;
        }
        std::vector<Budgets> budgets;
        if (grid)
            budgets = optimizerBudgetGrid(SearchEvaluator(space, accuracy, CostSource::fromDevice(evaluatorOf())),
                                          int(*gridSize), false, optimizer->restrictions());
        else
            budgets = {{*latency, *energy}};
        std::vector<OptimizerAnswer> answers;
        for (const Budgets &b : budgets) {
            const SearchEvaluator evaluator(space, accuracy, cost);
            answers.push_back(optimizer->optimize(evaluator, *deviceInputs, b, query));
        }
        const auto searchCost = CostSource::fromDevice(evaluatorOf());
        for (size_t bi = 0; bi < budgets.size(); ++bi) {
            const Budgets &b = budgets[bi];
            const OptimizerAnswer &a = answers[bi];
            ++queries;
            bool meets = false;
            if (a.best) {
                // Re-checked with the device's own model (whole network, not the per-block table).
                const auto l = truth.evaluate(space, std::span<const Architecture>(&a.best->arch, 1), Metric::LatencyMs);
                const auto e = truth.evaluate(space, std::span<const Architecture>(&a.best->arch, 1), Metric::EnergyMj);
                constexpr double kRounding = 1e-9;
                meets = l[0] <= b.latencyMs * (1 + kRounding) && (!std::isfinite(b.energyMj) || e[0] <= b.energyMj * (1 + kRounding));
                violations += !meets;
            } else {
                ++unanswered;
            }
            optimizerTimes.push_back(a.seconds);
            QJsonObject r{{QStringLiteral("device"), profile.id},
                          {QStringLiteral("budgets"), budgetsJson(b)},
                          {QStringLiteral("found"), bool(a.best)},
                          {QStringLiteral("meets_budgets"), meets},
                          {QStringLiteral("seconds"), a.seconds},
                          {QStringLiteral("candidates"), a.candidates},
                          {QStringLiteral("cost_evaluations"), a.costEvaluations},
                          {QStringLiteral("repair_steps"), a.repairSteps},
                          {QStringLiteral("device_setup_seconds"), setupSeconds}};
            if (a.best)
                r.insert(QStringLiteral("design"), candidateJson(space, *a.best));
            if (!a.note.isEmpty())
                r.insert(QStringLiteral("note"), a.note);
            QString line = QStringLiteral("%1  %2 ms").arg(profile.id, -22).arg(b.latencyMs, 0, 'g', 4);
            if (std::isfinite(b.energyMj))
                line += QStringLiteral(", %1 mJ").arg(b.energyMj, 0, 'g', 4);
            if (a.best)
                line += QStringLiteral(": %1 %, %2 ms, %3 mJ, %4, %5 ms")
                            .arg(a.best->metrics.accuracy, 0, 'f', 2)
                            .arg(a.best->metrics.latencyMs, 0, 'g', 4)
                            .arg(a.best->metrics.energyMj, 0, 'g', 4)
                            .arg(meets ? QStringLiteral("meets the budgets") : QStringLiteral("BREAKS A BUDGET"))
                            .arg(a.seconds * 1000, 0, 'f', 3);
            else
                line += QStringLiteral(": %1, %2 ms").arg(a.note).arg(a.seconds * 1000, 0, 'f', 3);
            if (compare) {
                EvolutionOptions eo;
                eo.generations = int(*generations);
                eo.budgets = b;
                eo.seed = *seed;
                if (!optimizer->restrictions().isEmpty())
                    eo.domain = SearchDomain::parse(space, optimizer->restrictions(), &error);
                const SearchEvaluator evaluator(space, accuracy, searchCost);
                const auto s = evolutionSearch(evaluator, eo, &error, [](double) { return !CancelOnSignal::requested(); });
                if (!s)
                    return io.fail(error);
                QJsonObject evo{{QStringLiteral("seconds"), s->seconds}, {QStringLiteral("found"), bool(s->best)}};
                if (s->best) {
                    evo.insert(QStringLiteral("design"), candidateJson(space, *s->best));
                    searchTimes.push_back(s->seconds);
                } else {
                    ++searchUnanswered;
                }
                if (s->best && a.best) {
                    const double gap = s->best->metrics.accuracy - a.best->metrics.accuracy;
                    gaps.push_back(gap);
                    evo.insert(QStringLiteral("gap_points"), gap);
                    line += QStringLiteral(" | evolution %1 %, %2 ms; gap %3")
                                .arg(s->best->metrics.accuracy, 0, 'f', 2)
                                .arg(s->seconds * 1000, 0, 'f', 1)
                                .arg(gap, 0, 'f', 3);
                } else if (s->best) {
                    line += QStringLiteral(" | evolution %1 % (the optimizer found none)").arg(s->best->metrics.accuracy, 0, 'f', 2);
                }
                r.insert(QStringLiteral("evolution"), evo);
            }
            results.append(r);
            if (!parser.isSet(QStringLiteral("json")))
                io.out << line << '\n';
        }
        progress(double(di + 1) / double(devices->size()));
    }
    QJsonObject summary{{QStringLiteral("queries"), queries},
                        {QStringLiteral("answered"), queries - unanswered},
                        {QStringLiteral("budget_violations"), violations},
                        {QStringLiteral("median_seconds"), finiteOrNull(median(optimizerTimes))}};
    QString summaryText = QStringLiteral("%1 queries, %2 answered, %3 budget violations; median %4 ms per device-budget")
                              .arg(queries)
                              .arg(queries - unanswered)
                              .arg(violations)
                              .arg(optimizerTimes.empty() ? QStringLiteral("-") : QString::number(median(optimizerTimes) * 1000, 'f', 3));
    if (compare) {
        double mean = 0, worst = 0;
        for (double g : gaps) {
            mean += g / double(gaps.size());
            worst = std::max(worst, g);
        }
        const double ratio = median(searchTimes) / median(optimizerTimes);
        summary.insert(QStringLiteral("evolution_generations"), int(*generations));
        summary.insert(QStringLiteral("evolution_answered"), queries - searchUnanswered);
        summary.insert(QStringLiteral("evolution_median_seconds"), finiteOrNull(median(searchTimes)));
        summary.insert(QStringLiteral("mean_gap_points"), gaps.empty() ? QJsonValue() : QJsonValue(mean));
        summary.insert(QStringLiteral("max_gap_points"), gaps.empty() ? QJsonValue() : QJsonValue(worst));
        summary.insert(QStringLiteral("speedup_median"), finiteOrNull(ratio));
        summaryText += QStringLiteral("\nevolution (%1 generations): %2 answered, median %3 ms; accuracy gap mean %4, max %5 "
                                      "points over %6 pairs; %7x less time (medians)")
                           .arg(*generations)
                           .arg(queries - searchUnanswered)
                           .arg(median(searchTimes) * 1000, 0, 'f', 1)
                           .arg(mean, 0, 'f', 3)
                           .arg(worst, 0, 'f', 3)
                           .arg(gaps.size())
                           .arg(ratio, 0, 'f', 0);
    }
    const double elapsed = total.elapsed();
    if (runId >= 0)
        project->finishRun(runId, CancelOnSignal::requested() ? ProjectStore::RunStatus::Cancelled : ProjectStore::RunStatus::Finished,
                           results, elapsed, &error);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject out{{QStringLiteral("optimizer"), parser.value(QStringLiteral("optimizer"))},
                              {QStringLiteral("space"), space.name()},
                              {QStringLiteral("accuracy_source"), accuracy->provenance()},
                              {QStringLiteral("run"), runId},
                              {QStringLiteral("results"), results},
                              {QStringLiteral("summary"), summary}};
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        io.out << summaryText << '\n';
    }
    return violations > 0 ? ExitFailure : ExitOk;
}

} // namespace edgefront
