#include "searchcommands.h"

#include "designspacecatalog.h"
#include "nsga2search.h"
#include "paretofront.h"
#include "projectstore.h"
#include "searchrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace edgefront {

namespace {

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

struct SearchSetup
{
    std::unique_ptr<ProjectStore> project;
    const DesignSpace *space = nullptr;
    std::unique_ptr<SearchEvaluator> evaluator;
    QString device;
    Budgets budgets;
    quint64 seed = 0;
};

void addSearchOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("Latency budget (ms)."), QStringLiteral("x")});
    parser.addOption({QStringLiteral("energy-mj"), QStringLiteral("Energy budget (mJ)."), QStringLiteral("y")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 0)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addAccuracyOption(parser);
    addDomainOptions(parser);
    addProjectOption(parser);
}

// Parses the shared options and builds the evaluator; prints the error and returns false.
bool setUp(const QCommandLineParser &parser, CliIo &io, SearchSetup &s, int *code)
{
    *code = ExitUsage;
    s.space = requireSpace(parser, io);
    if (!s.space)
        return false;
    if (!parser.isSet(QStringLiteral("device"))) {
        io.fail(QStringLiteral("--device is required"), ExitUsage);
        return false;
    }
    s.device = parser.value(QStringLiteral("device"));
    const auto latency = budgetOption(parser, QStringLiteral("latency-ms"), io);
    const auto energy = budgetOption(parser, QStringLiteral("energy-mj"), io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!latency || !energy || !seed)
        return false;
    s.budgets.latencyMs = *latency;
    s.budgets.energyMj = *energy;
    s.seed = *seed;
    *code = ExitFailure;
    s.project = openProject(parser, io);
    if (!s.project)
        return false;
    QString error;
    auto evaluator = s.project->evaluator(s.device, &error);
    if (!evaluator) {
        io.fail(error);
        return false;
    }
    if (!evaluator->canEvaluate(*s.space, Metric::LatencyMs, &error)) {
        io.fail(error);
        return false;
    }
    auto accuracy = accuracyFromOptions(parser, *s.project, *s.space, io);
    if (!accuracy)
        return false;
    s.evaluator = std::make_unique<SearchEvaluator>(*s.space, accuracy, CostSource::fromDevice(std::move(*evaluator)));
    *code = ExitOk;
    return true;
}

QJsonObject budgetsJson(const Budgets &b)
{
    QJsonObject o;
    if (std::isfinite(b.latencyMs))
        o.insert(QStringLiteral("latency_ms"), b.latencyMs);
    if (std::isfinite(b.energyMj))
        o.insert(QStringLiteral("energy_mj"), b.energyMj);
    return o;
}

QString number(double v, int precision = 4)
{
    return std::isfinite(v) ? QString::number(v, 'g', precision) : QStringLiteral("-");
}

} // namespace

int runSearchCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The most accurate design for a device within budgets. Methods: evo (Once-for-All's evolution: "
        "population 100, 500 generations, 25 % parents, 50 % mutation / crossover, probability 0.1), "
        "nsga2 (the whole accuracy x latency x energy front), exhaustive (nb201), random (baseline). "
        "Ctrl+C cancels; the run is recorded as cancelled."));
    parser.addOption({QStringLiteral("method"), QStringLiteral("evo (default), nsga2, exhaustive or random."), QStringLiteral("m")});
    parser.addOption({QStringLiteral("generations"), QStringLiteral("Generations (evo 500, nsga2 200)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("population"), QStringLiteral("Population (100)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Random search samples (5000)."), QStringLiteral("n")});
    addSearchOptions(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const QString method = parser.isSet(QStringLiteral("method")) ? parser.value(QStringLiteral("method")) : QStringLiteral("evo");
    if (!QStringList{QStringLiteral("evo"), QStringLiteral("nsga2"), QStringLiteral("exhaustive"), QStringLiteral("random")}.contains(method))
        return io.fail(QStringLiteral("--method: \"%1\" is not evo, nsga2, exhaustive or random").arg(method), ExitUsage);
    const auto generations = unsignedOption(parser, QStringLiteral("generations"), method == QLatin1StringView("nsga2") ? 200 : 500, 1, 1'000'000, io);
    const auto population = unsignedOption(parser, QStringLiteral("population"), 100, 4, 100000, io);
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 5000, 1, 10'000'000, io);
    if (!generations || !population || !samples)
        return ExitUsage;
    SearchSetup s;
    if (!setUp(parser, io, s, &code))
        return code;
    const auto domain = domainFromOptions(parser, *s.space, io);
    if (!domain)
        return ExitUsage;

    const QJsonObject inputs{{QStringLiteral("method"), method},
                             {QStringLiteral("space"), s.space->name()},
                             {QStringLiteral("device"), s.device},
                             {QStringLiteral("budgets"), budgetsJson(s.budgets)},
                             {QStringLiteral("generations"), qint64(*generations)},
                             {QStringLiteral("population"), qint64(*population)},
                             {QStringLiteral("accuracy"), s.evaluator->accuracySource()->provenance()},
                             {QStringLiteral("cost"), s.evaluator->costSource().provenance()}};
    QString error;
    const qint64 runId = s.project->createRun(QStringLiteral("search"), inputs, s.seed, &error);
    CancelOnSignal cancel;
    StderrProgress progress(io, QStringLiteral("%1 search on %2").arg(method, s.device));
    QElapsedTimer timer;
    timer.start();
    std::optional<SearchResult> result;
    if (method == QLatin1StringView("evo")) {
        EvolutionOptions o;
        o.generations = int(*generations);
        o.population = int(*population);
        o.budgets = s.budgets;
        o.seed = s.seed;
        o.domain = *domain;
        result = evolutionSearch(*s.evaluator, o, &error, std::ref(progress));
    } else if (method == QLatin1StringView("nsga2")) {
        Nsga2Options o;
        o.generations = int(*generations);
        o.population = int(*population);
        o.budgets = s.budgets;
        o.seed = s.seed;
        o.domain = *domain;
        result = nsga2Search(*s.evaluator, o, &error, std::ref(progress));
    } else if (method == QLatin1StringView("random")) {
        RandomSearchOptions o;
        o.samples = int(*samples);
        o.budgets = s.budgets;
        o.seed = s.seed;
        o.domain = *domain;
        result = randomSearch(*s.evaluator, o, &error, std::ref(progress));
    } else {
        result = exhaustiveSearch(*s.evaluator, s.budgets, &error, std::ref(progress));
    }
    const double elapsed = timer.elapsed();
    if (!result) {
        if (runId >= 0)
            s.project->finishRun(runId, ProjectStore::RunStatus::Failed, {}, elapsed, &error);
        return io.fail(error);
    }
    QJsonObject out{{QStringLiteral("method"), method},
                    {QStringLiteral("space"), s.space->name()},
                    {QStringLiteral("device"), s.device},
                    {QStringLiteral("budgets"), budgetsJson(s.budgets)},
                    {QStringLiteral("evaluations"), result->evaluations},
                    {QStringLiteral("distinct_evaluations"), s.evaluator->distinctEvaluations()},
                    {QStringLiteral("seconds"), result->seconds},
                    {QStringLiteral("cancelled"), result->cancelled},
                    {QStringLiteral("accuracy_source"), s.evaluator->accuracySource()->provenance()},
                    {QStringLiteral("cost_source"), s.evaluator->costSource().provenance()},
                    {QStringLiteral("run"), runId}};
    if (result->best)
        out.insert(QStringLiteral("best"), candidateJson(*s.space, *result->best));
    else
        out.insert(QStringLiteral("note"), result->note);
    if (method == QLatin1StringView("nsga2")) {
        QJsonArray front;
        for (const Candidate &c : result->archive)
            front.append(candidateJson(*s.space, c));
        out.insert(QStringLiteral("front"), front);
    }
    if (runId >= 0) {
        QJsonObject payload = out;
        payload.insert(QStringLiteral("device"), s.device);
        s.project->finishRun(runId, result->cancelled ? ProjectStore::RunStatus::Cancelled : ProjectStore::RunStatus::Finished,
                             {payload}, elapsed, &error);
    }
    if (result->cancelled)
        io.err << "cancelled after " << result->generations << " generations; recorded as cancelled (run " << runId << ")" << Qt::endl;
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else if (result->best) {
        const Candidate &b = *result->best;
        io.out << "best " << s.space->name() << " design for " << s.device << " (" << method << ", "
               << result->evaluations << " evaluations, " << QString::number(result->seconds, 'f', 2) << " s):\n"
               << "  " << s.space->key(b.arch) << "\n"
               << "  accuracy " << number(b.metrics.accuracy) << " %, latency " << number(b.metrics.latencyMs) << " ms, energy "
               << number(b.metrics.energyMj) << " mJ\n"
               << "  accuracy: " << s.evaluator->accuracySource()->provenance() << "\n  latency/energy: "
               << s.evaluator->costSource().provenance() << '\n';
    } else {
        io.out << result->note << '\n';
    }
    return result->cancelled ? 130 : ExitOk;
}

int runFrontCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Pareto front of a device (maximise accuracy, minimise latency and energy) as CSV: exhaustive on "
        "nb201, NSGA-II otherwise (--method random for a random-sample front)."));
    parser.addOption({QStringLiteral("objectives"), QStringLiteral("accuracy,latency[,energy] (default accuracy,latency)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("method"), QStringLiteral("exhaustive, nsga2 or random."), QStringLiteral("m")});
    parser.addOption({QStringLiteral("generations"), QStringLiteral("NSGA-II generations (200)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Random samples (20000)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output CSV (default: stdout)."), QStringLiteral("file")});
    addSearchOptions(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    SearchSetup s;
    if (!setUp(parser, io, s, &code))
        return code;
    QStringList objectives = parser.isSet(QStringLiteral("objectives"))
                                 ? parser.value(QStringLiteral("objectives")).split(u',', Qt::SkipEmptyParts)
                                 : QStringList{QStringLiteral("accuracy"), QStringLiteral("latency")};
    for (const QString &o : objectives) {
        if (o != QLatin1StringView("accuracy") && o != QLatin1StringView("latency") && o != QLatin1StringView("energy"))
            return io.fail(QStringLiteral("--objectives: \"%1\" is not accuracy, latency or energy").arg(o), ExitUsage);
    }
    const QString method = parser.isSet(QStringLiteral("method"))
                               ? parser.value(QStringLiteral("method"))
                               : (s.space->name() == QLatin1StringView("nb201") ? QStringLiteral("exhaustive") : QStringLiteral("nsga2"));
    const auto generations = unsignedOption(parser, QStringLiteral("generations"), 200, 1, 1'000'000, io);
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 20000, 1, 10'000'000, io);
    const auto domain = domainFromOptions(parser, *s.space, io);
    if (!generations || !samples || !domain)
        return ExitUsage;
    CancelOnSignal cancel;
    StderrProgress progress(io, QStringLiteral("front of %1").arg(s.device));
    QString error;
    std::optional<SearchResult> result;
    if (method == QLatin1StringView("exhaustive")) {
        result = exhaustiveSearch(*s.evaluator, s.budgets, &error, std::ref(progress));
    } else if (method == QLatin1StringView("random")) {
        RandomSearchOptions o;
        o.samples = int(*samples);
        o.seed = s.seed;
        o.keepArchive = true;
        o.domain = *domain;
        result = randomSearch(*s.evaluator, o, &error, std::ref(progress));
    } else if (method == QLatin1StringView("nsga2")) {
        Nsga2Options o;
        o.generations = int(*generations);
        o.seed = s.seed;
        o.budgets = s.budgets;
        o.withEnergy = objectives.contains(QStringLiteral("energy"));
        o.domain = *domain;
        result = nsga2Search(*s.evaluator, o, &error, std::ref(progress));
    } else {
        return io.fail(QStringLiteral("--method: \"%1\" is not exhaustive, nsga2 or random").arg(method), ExitUsage);
    }
    if (!result)
        return io.fail(error);
    if (result->cancelled)
        return io.fail(QStringLiteral("cancelled; nothing written"), 130);

    // The front over the chosen objectives, within the budgets.
    std::vector<Candidate> candidates;
    for (const Candidate &c : result->archive) {
        if (s.budgets.admits(c.metrics) && std::isfinite(c.metrics.accuracy))
            candidates.push_back(c);
    }
    MatrixD points(Eigen::Index(candidates.size()), objectives.size());
    std::vector<Direction> dirs;
    for (int j = 0; j < objectives.size(); ++j)
        dirs.push_back(objectives[j] == QLatin1StringView("accuracy") ? Direction::Maximize : Direction::Minimize);
    for (size_t i = 0; i < candidates.size(); ++i) {
        for (int j = 0; j < objectives.size(); ++j) {
            const DesignMetrics &m = candidates[i].metrics;
            points(Eigen::Index(i), j) = objectives[j] == QLatin1StringView("accuracy") ? m.accuracy
                                         : objectives[j] == QLatin1StringView("latency") ? m.latencyMs
                                                                                         : m.energyMj;
        }
    }
    const std::vector<int> front = candidates.empty() ? std::vector<int>{} : paretoFront(points, dirs);
    QString csv = QStringLiteral("key,accuracy_pct,latency_ms,energy_mj,accuracy_provenance,cost_provenance,config\n");
    auto quote = [](QString v) { return u'"' + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"'; };
    for (int i : front) {
        const Candidate &c = candidates[size_t(i)];
        csv += quote(s.space->key(c.arch)) + u',' + number(c.metrics.accuracy, 6) + u',' + number(c.metrics.latencyMs, 6) + u','
               + number(c.metrics.energyMj, 6) + u',' + quote(s.evaluator->accuracySource()->provenance()) + u','
               + quote(s.evaluator->costSource().provenance()) + u','
               + quote(QString::fromUtf8(QJsonDocument(s.space->toJson(c.arch)).toJson(QJsonDocument::Compact))) + u'\n';
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || out == u'-')
        io.out << csv;
    else if (!writeFileAtomically(out, csv.toUtf8(), io))
        return ExitFailure;
    io.err << front.size() << " designs on the front of " << candidates.size() << " evaluated (" << method << ")" << Qt::endl;
    return ExitOk;
}

int runRunsCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The runs recorded in a project; --id N shows one with its results."));
    parser.addOption({QStringLiteral("id"), QStringLiteral("Run id."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    auto toJson = [](const ProjectStore::RunRecord &r) {
        return QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("kind"), r.kind},
                           {QStringLiteral("status"), ProjectStore::runStatusToString(r.status)},
                           {QStringLiteral("inputs"), r.inputs},
                           {QStringLiteral("seed"), QString::number(r.seed)},
                           {QStringLiteral("progress"), r.progress},
                           {QStringLiteral("started_at"), r.startedAt},
                           {QStringLiteral("finished_at"), r.finishedAt},
                           {QStringLiteral("elapsed_ms"), r.elapsedMs},
                           {QStringLiteral("results"), r.results}};
    };
    if (parser.isSet(QStringLiteral("id"))) {
        const auto id = unsignedOption(parser, QStringLiteral("id"), 0, 1, ~quint64(0) >> 1, io);
        if (!id)
            return ExitUsage;
        const auto r = project->run(qint64(*id));
        if (!r)
            return io.fail(QStringLiteral("no run %1 in %2").arg(*id).arg(project->path()));
        io.out << QJsonDocument(toJson(*r)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QList<ProjectStore::RunRecord> runs = project->runs();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const auto &r : runs)
            a.append(toJson(r));
        io.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const auto &r : runs) {
        io.out << QString::number(r.id).rightJustified(4) << "  " << r.kind.leftJustified(16) << "  "
               << ProjectStore::runStatusToString(r.status).leftJustified(10) << r.startedAt << "  "
               << QString::number(r.elapsedMs / 1000.0, 'f', 2) << " s  "
               << QJsonDocument(r.inputs).toJson(QJsonDocument::Compact).left(100) << '\n';
    }
    return ExitOk;
}

} // namespace edgefront
