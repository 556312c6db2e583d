#include "transfercommand.h"

#include "designspacecatalog.h"
#include "projectstore.h"
#include "proxytransfer.h"
#include "proxytransferjson.h"
#include "searchrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace edgefront {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString text(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

// The accuracy of the designs: --accuracy-predictor, else the project's accuracy predictor for
// the space, else its accuracy table (--dataset, default cifar10 when present, else the first),
// else the built-in surrogate (ofa-mbv3 spaces).
std::shared_ptr<AccuracySource> accuracySource(const QCommandLineParser &parser, const ProjectStore &project,
                                               const DesignSpace &space, CliIo &io)
{
    bool hasPredictor = false;
    for (const ProjectStore::StoredPredictor &p : project.predictors())
        hasPredictor = hasPredictor || (p.info.space == space.name() && p.info.metric == Metric::Accuracy);
    const QStringList datasets = project.accuracyDatasets(space.name());
    if (parser.isSet(QStringLiteral("accuracy-predictor")) || hasPredictor || datasets.isEmpty())
        return accuracyFromOptions(parser, project, space, io);
    QString dataset = parser.value(QStringLiteral("dataset"));
    if (dataset.isEmpty())
        dataset = datasets.contains(QStringLiteral("cifar10")) ? QStringLiteral("cifar10") : datasets.first();
    if (!datasets.contains(dataset)) {
        io.fail(QStringLiteral("--dataset: the project has no %1 accuracy on %2 (it has %3)")
                    .arg(dataset, space.name(), datasets.join(QStringLiteral(", "))));
        return nullptr;
    }
    return AccuracySource::fromTable(project.accuracyTable(space.name(), dataset),
                                     QStringLiteral("measured accuracy (%1)").arg(dataset));
}

struct Stats
{
    int n = 0;
    double sum = 0.0, max = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        if (std::isfinite(v)) {
            ++n;
            sum += v;
            max = std::max(max, v);
        }
    }
    QJsonObject json() const
    {
        return {{QStringLiteral("n"), n}, {QStringLiteral("mean"), n ? QJsonValue(sum / n) : QJsonValue()},
                {QStringLiteral("max"), n ? QJsonValue(max) : QJsonValue()}};
    }
};

QJsonObject summaryJson(const ProxyTransferResult &r, double threshold)
{
    Stats reuseRegret, adaptedRegret, allRegret, samples;
    int reuse = 0, adapted = 0, reached = 0, reachedCheck = 0, picks = 0, missing = 0, violations = 0, failed = 0;
    int adaptedWins = 0, calibratedWins = 0, scratchWins = 0, knownWins = 0;
    for (const TargetTransfer &t : r.targets) {
        if (!t.error.isEmpty()) {
            ++failed;
            continue;
        }
        samples.add(t.samplesUsed);
        const bool isReuse = t.method == TransferMethod::Reuse;
        if (isReuse) {
            ++reuse;
        } else {
            ++adapted;
            const double chosen = winnerSrcc(t);
            reached += chosen >= threshold;
            reachedCheck += t.srccAfterCheck >= threshold;
            adaptedWins += t.winner == QLatin1StringView("adapted-proxy");
            calibratedWins += t.winner == QLatin1StringView("calibrated-proxy");
            scratchWins += t.method == TransferMethod::ScratchLinear;
            knownWins += t.winner == QLatin1StringView("known-devices");
        }
        for (const TransferChoice &c : t.budgets) {
            picks += bool(c.design);
            missing += !c.design;
            violations += c.design && !c.meetsBudget;
            (isReuse ? reuseRegret : adaptedRegret).add(c.regret);
            allRegret.add(c.regret);
        }
    }
    return {{QStringLiteral("targets"), int(r.targets.size())},
            {QStringLiteral("failed_targets"), failed},
            {QStringLiteral("reuse_targets"), reuse},
            {QStringLiteral("adapted_targets"), adapted},
            {QStringLiteral("adapted_proxy_won"), adaptedWins},
            {QStringLiteral("calibrated_proxy_won"), calibratedWins},
            {QStringLiteral("scratch_linear_won"), scratchWins},
            {QStringLiteral("known_devices_won"), knownWins},
            {QStringLiteral("adapted_reaching_threshold"), reached},
            {QStringLiteral("adapted_reaching_threshold_check"), reachedCheck},
            {QStringLiteral("picks"), picks},
            {QStringLiteral("budgets_without_design"), missing},
            {QStringLiteral("budget_violations"), violations},
            {QStringLiteral("regret_reuse"), reuseRegret.json()},
            {QStringLiteral("regret_adapted"), adaptedRegret.json()},
            {QStringLiteral("regret_all"), allRegret.json()},
            {QStringLiteral("samples_used"), samples.json()},
            {QStringLiteral("proxy_set_size"), r.proxySetSize},
            {QStringLiteral("proxy_seconds"), r.proxySeconds},
            {QStringLiteral("proxy_linear_srcc"), number(r.proxyLinearSrcc)},
            {QStringLiteral("cancelled"), r.cancelled}};
}

void printText(QTextStream &out, const DesignSpace &space, const ProxyTransferResult &r, const QJsonObject &summary)
{
    if (r.cancelled && r.proxySetSize == 0)
        out << "proxy " << r.proxy << " on " << space.name() << ": cancelled during the offline searches\n";
    else
        out << "proxy " << r.proxy << " on " << space.name() << ": " << r.proxySetSize << " candidate designs from "
            << r.proxyGridMs.size() << " searches (" << text(r.proxySeconds, 2) << " s)\n";
    out << "accuracy: " << r.accuracyProvenance << "\n";
    for (const TargetTransfer &t : r.targets) {
        out << "\n" << t.device << ": ";
        if (!t.error.isEmpty()) {
            out << "not processed: " << t.error << "\n";
            continue;
        }
        out << "SRCC " << text(t.srccBefore, 3);
        if (t.method == TransferMethod::Reuse)
            out << " -> reuse";
        else
            out << " -> adapted " << text(t.srccAfter, 3) << ", scratch " << text(t.srccScratch, 3) << ", calibrated "
                << text(t.srccCalibrated, 3) << ", known devices " << text(t.srccKnown, 3) << " -> "
                << t.winner;
        out << "; " << t.samplesUsed << " target measurements, " << text(t.seconds, 2) << " s";
        if (!t.referenceMethod.isEmpty())
            out << "; reference: " << t.referenceMethod << " (" << text(t.referenceSeconds, 2) << " s)";
        out << "\n  " << QStringLiteral("budget ms").rightJustified(10) << QStringLiteral("accuracy %").rightJustified(12)
            << QStringLiteral("latency ms").rightJustified(12) << QStringLiteral("meets").rightJustified(7)
            << QStringLiteral("reference %").rightJustified(13) << QStringLiteral("regret").rightJustified(8) << "  design\n";
        for (const TransferChoice &c : t.budgets) {
            out << "  " << text(c.budgetMs, 3).rightJustified(10);
            if (c.design) {
                out << text(c.design->metrics.accuracy, 2).rightJustified(12) << text(c.design->metrics.latencyMs, 3).rightJustified(12)
                    << (c.meetsBudget ? QStringLiteral("yes") : QStringLiteral("NO")).rightJustified(7);
            } else {
                out << QStringLiteral("-").rightJustified(12) << QStringLiteral("-").rightJustified(12)
                    << QStringLiteral("-").rightJustified(7);
            }
            out << text(c.referenceAccuracy, 2).rightJustified(13) << text(c.regret, 2).rightJustified(8) << "  "
                << (c.design ? space.summary(c.design->arch) : c.note) << "\n";
        }
    }
    const QJsonObject reuse = summary.value(QStringLiteral("regret_reuse")).toObject();
    out << "\nsummary: " << summary.value(QStringLiteral("reuse_targets")).toInt() << " reuse, "
        << summary.value(QStringLiteral("adapted_targets")).toInt() << " adapted ("
        << summary.value(QStringLiteral("adapted_reaching_threshold")).toInt() << " reaching the threshold); regret where reused: mean "
        << text(reuse.value(QStringLiteral("mean")).toDouble(qQNaN()), 3) << ", max "
        << text(reuse.value(QStringLiteral("max")).toDouble(qQNaN()), 3) << " points; "
        << summary.value(QStringLiteral("budget_violations")).toInt() << " budget violations, "
        << summary.value(QStringLiteral("budgets_without_design")).toInt() << " budgets without a design\n";
}

} // namespace

int runTransferCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Proxy-device transfer (Lu et al., SIGMETRICS 2022): search once on the proxy over a grid of its latencies, "
        "then per target measure training + validation samples; SRCC >= threshold reuses the proxy's Pareto set, "
        "otherwise the proxy's linear latency model is adapted (and compared with a linear model from scratch) and "
        "searched. Candidates are verified on the target. Ctrl+C cancels; the run is recorded as cancelled."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("proxy"), QStringLiteral("Proxy device id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("target"), QStringLiteral("Target device ids (comma-separated) or all."), QStringLiteral("ids")});
    parser.addOption({QStringLiteral("budgets-ms"), QStringLiteral("Target latency budgets, comma-separated (ms)."), QStringLiteral("list")});
    parser.addOption({QStringLiteral("budget-quantiles"),
                      QStringLiteral("Instead of --budgets-ms: per target, these quantiles (0, 1] of its sampled latencies."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Training samples per target (default 60)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("validation"), QStringLiteral("Validation samples per target (default 10)."), QStringLiteral("m")});
    parser.addOption({QStringLiteral("folds"),
                      QStringLiteral("Choose lambda and the winning model by k-fold cross-validation over all samples "
                                     "(default 7; 0: by the validation samples alone, the published split)."),
                      QStringLiteral("k")});
    parser.addOption({QStringLiteral("threshold"), QStringLiteral("SRCC threshold for reuse (default 0.9)."), QStringLiteral("t")});
    parser.addOption({QStringLiteral("generations"), QStringLiteral("Generations of every search (default 500)."), QStringLiteral("g")});
    parser.addOption({QStringLiteral("population"), QStringLiteral("Population of every search (default 100)."), QStringLiteral("p")});
    parser.addOption({QStringLiteral("grid"), QStringLiteral("Proxy latency budgets of the offline searches (default 10)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("fronts"),
                      QStringLiteral("Non-dominated fronts of the searches kept as candidates (default 1: the Pareto set)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("confirm-repeats"),
                      QStringLiteral("Simulated targets: measurements averaged per pick (default 5; up to 4 times as many "
                                     "when the mean is close to the budget)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("guard-sigmas"),
                      QStringLiteral("Simulated targets: a pick's mean must lie this many standard errors of the device's "
                                     "measurement noise below the budget (default 3)."),
                      QStringLiteral("z")});
    parser.addOption({QStringLiteral("measure-proxy-set"),
                      QStringLiteral("Adapted targets: measure the proxy's Pareto set as candidates too.")});
    parser.addOption({QStringLiteral("no-calibrate"),
                      QStringLiteral("Adapted targets: skip calibrating an analytic proxy's cost model to the target "
                                     "(linear models only, the published recipe).")});
    parser.addOption({QStringLiteral("no-budget-searches"),
                      QStringLiteral("Reused targets: only the proxy set of the grid, no proxy searches at the target's "
                                     "budgets mapped onto the proxy.")});
    parser.addOption({QStringLiteral("no-reuse-model-searches"),
                      QStringLiteral("Reused targets: do not fit the adaptation models as well (when one ranks the "
                                     "held-out samples better than the proxy, its searches add candidates).")});
    parser.addOption({QStringLiteral("reuse-slack"),
                      QStringLiteral("Reused targets: keep designs beaten on the proxy by less than this many residual "
                                     "deviations of the proxy-to-target fit (default 1; 0: the Pareto set only)."),
                      QStringLiteral("sigmas")});
    parser.addOption({QStringLiteral("reuse-extras"),
                      QStringLiteral("Reused targets: at most this many of those designs per budget are measured, by expected "
                                     "gain (default 50)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("known-devices"),
                      QStringLiteral("Adapted targets: also model the target as a combination of the proxy and up to k - 1 "
                                     "other devices that give latencies for the whole space (default 8, 0 = off)."),
                      QStringLiteral("k")});
    parser.addOption({QStringLiteral("no-reference"), QStringLiteral("Skip the per-target reference searches (no regret).")});
    parser.addOption({QStringLiteral("check-samples"),
                      QStringLiteral("Fresh designs for the evaluation-only SRCC check (default 1000, 0 = off)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Dataset of the project's accuracy table (default cifar10)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addAccuracyOption(parser);
    addDomainOptions(parser);
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;

    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    for (const QString &required : {QStringLiteral("proxy"), QStringLiteral("target")}) {
        if (!parser.isSet(required))
            return io.fail(QStringLiteral("--%1 is required").arg(required), ExitUsage);
    }
    if (parser.isSet(QStringLiteral("budgets-ms")) == parser.isSet(QStringLiteral("budget-quantiles")))
        return io.fail(QStringLiteral("give --budgets-ms or --budget-quantiles (one of them)"), ExitUsage);
    ProxyTransferOptions options;
    options.space = space->name();
    options.proxy = parser.value(QStringLiteral("proxy"));
    for (const QString &b : parser.value(QStringLiteral("budgets-ms")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = b.trimmed().toDouble(&ok);
        if (!ok || !(v > 0) || !std::isfinite(v))
            return io.fail(QStringLiteral("--budgets-ms: \"%1\" is not a positive number").arg(b), ExitUsage);
        options.budgetsMs.push_back(v);
    }
    for (const QString &b : parser.value(QStringLiteral("budget-quantiles")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = b.trimmed().toDouble(&ok);
        if (!ok || !(v > 0 && v <= 1))
            return io.fail(QStringLiteral("--budget-quantiles: \"%1\" is not a number in (0, 1]").arg(b), ExitUsage);
        options.budgetQuantiles.push_back(v);
    }
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 60, 3, 100000, io);
    const auto validation = unsignedOption(parser, QStringLiteral("validation"), 10, 3, 100000, io);
    const auto generations = unsignedOption(parser, QStringLiteral("generations"), 500, 1, 1'000'000, io);
    const auto population = unsignedOption(parser, QStringLiteral("population"), 100, 4, 100000, io);
    const auto grid = unsignedOption(parser, QStringLiteral("grid"), 10, 1, 1000, io);
    const auto folds = unsignedOption(parser, QStringLiteral("folds"), 7, 0, 100000, io);
    const auto repeats = unsignedOption(parser, QStringLiteral("confirm-repeats"), 5, 1, 1000, io);
    const auto threshold = numberOption(parser, QStringLiteral("threshold"), 0.9, -1, 1, io);
    const auto guard = numberOption(parser, QStringLiteral("guard-sigmas"), 3, 0, 10, io);
    const auto slack = numberOption(parser, QStringLiteral("reuse-slack"), 1, 0, 10, io);
    const auto fronts = unsignedOption(parser, QStringLiteral("fronts"), 1, 1, 1000, io);
    const auto checks = unsignedOption(parser, QStringLiteral("check-samples"), 1000, 0, 1'000'000, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    const auto known = unsignedOption(parser, QStringLiteral("known-devices"), 8, 0, 1000, io);
    const auto extras = unsignedOption(parser, QStringLiteral("reuse-extras"), 50, 0, 1'000'000, io);
    if (!samples || !validation || !generations || !population || !grid || !folds || !repeats || !fronts || !checks || !seed
        || !known || !extras || !threshold || !guard || !slack)
        return ExitUsage;
    options.trainingSamples = int(*samples);
    options.validationSamples = int(*validation);
    options.evolution.generations = int(*generations);
    options.evolution.population = int(*population);
    options.proxyGridSize = int(*grid);
    options.candidateFronts = int(*fronts);
    options.crossValidationFolds = int(*folds);
    options.confirmRepeats = int(*repeats);
    options.maxConfirmRepeats = 4 * int(*repeats);
    options.checkSamples = int(*checks);
    options.reference = !parser.isSet(QStringLiteral("no-reference"));
    options.adaptationMeasuresProxySet = parser.isSet(QStringLiteral("measure-proxy-set"));
    options.calibrateProxy = !parser.isSet(QStringLiteral("no-calibrate"));
    options.knownDevices = int(*known);
    options.srccThreshold = *threshold;
    options.noiseGuardSigmas = *guard;
    options.reuseSlackSigmas = *slack;
    options.reuseExtrasPerBudget = int(*extras);
    options.matchBudgetsOnProxy = !parser.isSet(QStringLiteral("no-budget-searches"));
    options.reuseModelSearches = !parser.isSet(QStringLiteral("no-reuse-model-searches"));
    options.seed = *seed;
    const auto domain = domainFromOptions(parser, *space, io);
    if (!domain)
        return ExitUsage;
    if (!domain->isUnrestricted())
        options.evolution.domain = *domain;

    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QString targetText = parser.value(QStringLiteral("target"));
    if (targetText == QLatin1StringView("all")) {
        for (const DeviceProfile &d : project->devices()) {
            if (d.id == options.proxy)
                continue;
            QString why;
            if (auto e = project->evaluator(d.id, &why); e && e->canEvaluate(*space, Metric::LatencyMs))
                options.targets.append(d.id);
        }
    } else {
        options.targets = targetText.split(u',', Qt::SkipEmptyParts);
        for (QString &t : options.targets)
            t = t.trimmed();
    }
    if (!project->hasDevice(options.proxy))
        return io.fail(QStringLiteral("--proxy: no device \"%1\" in %2").arg(options.proxy, project->path()));
    for (const QString &t : options.targets) {
        if (!project->hasDevice(t))
            return io.fail(QStringLiteral("--target: no device \"%1\" in %2").arg(t, project->path()));
    }
    QString error;
    if (!options.isValid(&error))
        return io.fail(error, ExitUsage);
    const auto accuracy = accuracySource(parser, *project, *space, io);
    if (!accuracy)
        return ExitFailure;

    QJsonObject inputs = transferInputsToJson(options);
    inputs.insert(QStringLiteral("accuracy"), accuracy->provenance());
    const qint64 runId = project->createRun(QStringLiteral("transfer"), inputs, options.seed, &error);
    if (runId < 0)
        io.err << "edgefront-cli: warning: the run is not recorded: " << error << Qt::endl;

    CancelOnSignal cancel;
    QElapsedTimer timer, lastStore;
    timer.start();
    lastStore.start();
    int lastTenth = -1;
    const TransferProgress progress = [&](double fraction, const QString &stage) {
        const int tenth = int(fraction * 10);
        if (timer.elapsed() > 1000 && tenth != lastTenth) {
            io.err << "transfer: " << int(fraction * 100) << " % (" << stage << ")" << Qt::endl;
            lastTenth = tenth;
        }
        if (runId >= 0 && lastStore.elapsed() > 1000) {
            QString ignored;
            project->updateRunProgress(runId, fraction, &ignored);
            lastStore.restart();
        }
        return !CancelOnSignal::requested();
    };
    const auto result = proxyTransfer(*project, accuracy, options, &error, progress);
    const double elapsed = timer.elapsed();
    if (!result) {
        if (runId >= 0) {
            QString ignored;
            project->finishRun(runId, ProjectStore::RunStatus::Failed, {}, elapsed, &ignored);
        }
        return io.fail(error);
    }

    QJsonArray targets;
    QJsonArray payloads;
    for (const TargetTransfer &t : result->targets) {
        const QJsonObject tj = transferTargetToJson(*space, t);
        targets.append(tj);
        for (const QJsonValue &payload : transferBudgetPayloads(tj))
            payloads.append(payload);
    }
    const QJsonObject summary = summaryJson(*result, options.srccThreshold);
    if (runId >= 0) {
        QString storeError;
        if (!project->finishRun(runId, result->cancelled ? ProjectStore::RunStatus::Cancelled : ProjectStore::RunStatus::Finished,
                                payloads, elapsed, &storeError))
            io.err << "edgefront-cli: warning: the run's results are not stored: " << storeError << Qt::endl;
    }
    if (result->cancelled)
        io.err << "cancelled after " << result->targets.size() << " of " << options.targets.size()
               << " targets; recorded as cancelled (run " << runId << ")" << Qt::endl;

    QJsonArray gridJson;
    for (double g : result->proxyGridMs)
        gridJson.append(g);
    const QJsonObject out{{QStringLiteral("proxy"), result->proxy},
                          {QStringLiteral("space"), result->space},
                          {QStringLiteral("accuracy_source"), result->accuracyProvenance},
                          {QStringLiteral("proxy_grid_ms"), gridJson},
                          {QStringLiteral("proxy_set_size"), result->proxySetSize},
                          {QStringLiteral("proxy_seconds"), result->proxySeconds},
                          {QStringLiteral("threshold"), options.srccThreshold},
                          {QStringLiteral("run"), runId},
                          {QStringLiteral("cancelled"), result->cancelled},
                          {QStringLiteral("seconds"), elapsed / 1000.0},
                          {QStringLiteral("targets"), targets},
                          {QStringLiteral("summary"), summary}};
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    else
        printText(io.out, *space, *result, summary);
    return result->cancelled ? ExitFailure : ExitOk;
}

} // namespace edgefront
