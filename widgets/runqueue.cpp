#include "runqueue.h"

#include "designspacecatalog.h"
#include "neuraloptimizer.h"
#include "nsga2search.h"
#include "proxytransfer.h"
#include "proxytransferjson.h"
#include "searchevaluator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace edgefront {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr qint64 kStoreProgressMs = 1000;
constexpr qint64 kReportProgressMs = 30;

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double budgetValue(const QJsonObject &o, const QString &key)
{
    const double v = o.value(key).toDouble(0.0);
    return v > 0 && std::isfinite(v) ? v : kInf;
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

// As the CLI writes a candidate (cli/searchrun.cpp), so stored results read alike.
QJsonObject candidateJson(const DesignSpace &space, const Candidate &c)
{
    return {{QStringLiteral("config"), space.toJson(c.arch)},
            {QStringLiteral("key"), space.key(c.arch)},
            {QStringLiteral("accuracy"), number(c.metrics.accuracy)},
            {QStringLiteral("latency_ms"), number(c.metrics.latencyMs)},
            {QStringLiteral("energy_mj"), number(c.metrics.energyMj)}};
}

RunPick pickOf(const DesignSpace &space, const QString &device, const Candidate &c, double budgetMs, const QString &role)
{
    RunPick p;
    p.space = space.name();
    p.device = device;
    p.key = space.key(c.arch);
    p.config = space.toJson(c.arch);
    p.accuracy = c.metrics.accuracy;
    p.latencyMs = c.metrics.latencyMs;
    p.energyMj = c.metrics.energyMj;
    p.budgetMs = budgetMs;
    p.role = role;
    return p;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

std::vector<double> doubles(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &e : v.toArray())
        out.push_back(e.toDouble());
    return out;
}

int intOption(const QJsonObject &o, const QString &key, int fallback)
{
    return o.contains(key) ? o.value(key).toInt(fallback) : fallback;
}

// The transfer's accuracy, as `edgefront-cli transfer` chooses it: the project's accuracy
// predictor for the space, else its accuracy table (cifar10 when present), else the surrogate.
std::shared_ptr<AccuracySource> transferAccuracy(const ProjectStore &project, const DesignSpace &space, QString *error)
{
    bool hasPredictor = false;
    for (const ProjectStore::StoredPredictor &p : project.predictors())
        hasPredictor = hasPredictor || (p.info.space == space.name() && p.info.metric == Metric::Accuracy);
    const QStringList datasets = project.accuracyDatasets(space.name());
    if (hasPredictor || datasets.isEmpty())
        return defaultAccuracySource(project, space, error);
    const QString dataset = datasets.contains(QStringLiteral("cifar10")) ? QStringLiteral("cifar10") : datasets.first();
    return AccuracySource::fromTable(project.accuracyTable(space.name(), dataset),
                                     QStringLiteral("measured accuracy (%1)").arg(dataset));
}

// What a worker shares with the queue while it runs.
class RunContext
{
public:
    RunContext(ProjectStore &store, const RunRequest &request, int liveId, std::atomic<bool> &cancel, QObject *receiver,
               std::function<void(int, qint64)> setRunId, std::function<void(int, double, QString)> progress)
        : store(store)
        , request(request)
        , liveId(liveId)
        , m_cancel(cancel)
        , m_receiver(receiver)
        , m_setRunId(std::move(setRunId))
        , m_progress(std::move(progress))
    {
        timer.start();
        m_lastStore.start();
        m_lastReport.start();
    }

    qint64 createRun(const QString &kind, const QJsonObject &inputs, QString *error)
    {
        runId = store.createRun(kind, inputs, request.seed, error);
        if (runId >= 0) {
            const int live = liveId;
            const qint64 id = runId;
            auto set = m_setRunId;
            QMetaObject::invokeMethod(m_receiver, [set, live, id] { set(live, id); }, Qt::QueuedConnection);
        }
        return runId;
    }

    // Progress callback of every kind: reports to the GUI (at most every 30 ms or on a new
    // stage), stores the progress about once a second, and says whether to go on.
    bool report(double fraction, const QString &stage)
    {
        fraction = std::clamp(fraction, 0.0, 1.0);
        if (stage != m_lastStage || m_lastReport.elapsed() >= kReportProgressMs) {
            m_lastStage = stage;
            m_lastReport.restart();
            const int live = liveId;
            auto progress = m_progress;
            QMetaObject::invokeMethod(m_receiver, [progress, live, fraction, stage] { progress(live, fraction, stage); },
                                      Qt::QueuedConnection);
        }
        if (runId >= 0 && m_lastStore.elapsed() >= kStoreProgressMs) {
            QString ignored;
            store.updateRunProgress(runId, fraction, &ignored);
            m_lastStore.restart();
        }
        return !m_cancel.load();
    }
    bool cancelled() const { return m_cancel.load(); }

    RunOutcome finish(RunsModel::Status status, const QJsonArray &results, QList<RunPick> picks, const QString &error = {})
    {
        RunOutcome out;
        out.liveId = liveId;
        out.runId = runId;
        out.status = status;
        out.results = results;
        out.picks = std::move(picks);
        out.error = error;
        out.elapsedMs = double(timer.elapsed());
        if (runId >= 0) {
            const ProjectStore::RunStatus stored = status == RunsModel::Status::Finished    ? ProjectStore::RunStatus::Finished
                                                   : status == RunsModel::Status::Cancelled ? ProjectStore::RunStatus::Cancelled
                                                                                            : ProjectStore::RunStatus::Failed;
            QString storeError;
            if (!store.finishRun(runId, stored, results, out.elapsedMs, &storeError) && out.error.isEmpty())
                out.error = RunQueue::tr("The results could not be stored: %1").arg(storeError);
        }
        return out;
    }
    RunOutcome fail(const QString &error) { return finish(RunsModel::Status::Failed, {}, {}, error); }

    ProjectStore &store;
    const RunRequest &request;
    int liveId;
    qint64 runId = -1;
    QElapsedTimer timer;

private:
    std::atomic<bool> &m_cancel;
    QObject *m_receiver;
    std::function<void(int, qint64)> m_setRunId;
    std::function<void(int, double, QString)> m_progress;
    QElapsedTimer m_lastStore, m_lastReport;
    QString m_lastStage;
};

// ---------------------------------------------------------------------------------------------
// Per-device search (as `edgefront-cli search`).

RunOutcome runSearch(RunContext &ctx)
{
    const QJsonObject &o = ctx.request.options;
    QString error;
    const DesignSpace *space = findDesignSpace(o.value(QStringLiteral("space")).toString(), &error);
    if (!space)
        return ctx.fail(error);
    const QString method = o.value(QStringLiteral("method")).toString(QStringLiteral("evo"));
    const QString device = o.value(QStringLiteral("device")).toString();
    auto evaluator = ctx.store.evaluator(device, &error);
    if (!evaluator)
        return ctx.fail(error);
    if (!evaluator->canEvaluate(*space, Metric::LatencyMs, &error))
        return ctx.fail(error);
    auto accuracy = defaultAccuracySource(ctx.store, *space, &error);
    if (!accuracy)
        return ctx.fail(error);
    const SearchEvaluator ev(*space, accuracy, CostSource::fromDevice(std::move(*evaluator)));
    const Budgets budgets{budgetValue(o, QStringLiteral("latency_ms")), budgetValue(o, QStringLiteral("energy_mj"))};
    const int generations = intOption(o, QStringLiteral("generations"), method == QLatin1StringView("nsga2") ? 200 : 500);
    const int population = intOption(o, QStringLiteral("population"), 100);
    const int samples = intOption(o, QStringLiteral("samples"), 5000);

    const QJsonObject inputs{{QStringLiteral("method"), method},
                             {QStringLiteral("space"), space->name()},
                             {QStringLiteral("device"), device},
                             {QStringLiteral("budgets"), budgetsJson(budgets)},
                             {QStringLiteral("generations"), generations},
                             {QStringLiteral("population"), population},
                             {QStringLiteral("accuracy"), accuracy->provenance()},
                             {QStringLiteral("cost"), ev.costSource().provenance()},
                             {QStringLiteral("source"), QStringLiteral("workbench")}};
    if (ctx.createRun(QStringLiteral("search"), inputs, &error) < 0)
        return ctx.fail(error);

    const QLocale locale;
    std::optional<SearchResult> result;
    if (method == QLatin1StringView("evo") || method == QLatin1StringView("nsga2")) {
        const auto progress = [&](double f) {
            return ctx.report(f, RunQueue::tr("Generation %1 of %2").arg(int(f * generations)).arg(generations));
        };
        if (method == QLatin1StringView("evo")) {
            EvolutionOptions eo;
            eo.generations = generations;
            eo.population = population;
            eo.budgets = budgets;
            eo.seed = ctx.request.seed;
            result = evolutionSearch(ev, eo, &error, progress);
        } else {
            Nsga2Options no;
            no.generations = generations;
            no.population = population;
            no.budgets = budgets;
            no.seed = ctx.request.seed;
            result = nsga2Search(ev, no, &error, progress);
        }
    } else if (method == QLatin1StringView("random")) {
        RandomSearchOptions ro;
        ro.samples = samples;
        ro.budgets = budgets;
        ro.seed = ctx.request.seed;
        result = randomSearch(ev, ro, &error, [&](double f) {
            return ctx.report(f, RunQueue::tr("%1 of %2 samples").arg(locale.toString(int(f * samples)), locale.toString(samples)));
        });
    } else {
        result = exhaustiveSearch(ev, budgets, &error, [&](double f) { return ctx.report(f, RunQueue::tr("Every design of %1").arg(space->name())); });
    }
    if (!result)
        return ctx.fail(error);

    QJsonObject out{{QStringLiteral("method"), method},
                    {QStringLiteral("space"), space->name()},
                    {QStringLiteral("device"), device},
                    {QStringLiteral("budgets"), budgetsJson(budgets)},
                    {QStringLiteral("evaluations"), result->evaluations},
                    {QStringLiteral("distinct_evaluations"), ev.distinctEvaluations()},
                    {QStringLiteral("seconds"), result->seconds},
                    {QStringLiteral("generations_run"), result->generations},
                    {QStringLiteral("cancelled"), result->cancelled},
                    {QStringLiteral("accuracy_source"), accuracy->provenance()},
                    {QStringLiteral("cost_source"), ev.costSource().provenance()},
                    {QStringLiteral("run"), ctx.runId}};
    QList<RunPick> picks;
    if (result->best) {
        out.insert(QStringLiteral("best"), candidateJson(*space, *result->best));
        picks.append(pickOf(*space, device, *result->best, budgets.latencyMs, QStringLiteral("best")));
    } else {
        out.insert(QStringLiteral("note"), result->note);
    }
    if (method == QLatin1StringView("nsga2")) {
        QJsonArray front;
        for (const Candidate &c : result->archive) {
            front.append(candidateJson(*space, c));
            picks.append(pickOf(*space, device, c, budgets.latencyMs, QStringLiteral("front")));
        }
        out.insert(QStringLiteral("front"), front);
    }
    return ctx.finish(result->cancelled ? RunsModel::Status::Cancelled : RunsModel::Status::Finished, {out}, picks);
}

// ---------------------------------------------------------------------------------------------
// Proxy-device transfer (as `edgefront-cli transfer`).

RunOutcome runTransfer(RunContext &ctx)
{
    const QJsonObject &o = ctx.request.options;
    QString error;
    const DesignSpace *space = findDesignSpace(o.value(QStringLiteral("space")).toString(), &error);
    if (!space)
        return ctx.fail(error);
    ProxyTransferOptions options;
    options.space = space->name();
    options.proxy = o.value(QStringLiteral("proxy")).toString();
    options.targets = stringList(o.value(QStringLiteral("targets")));
    options.budgetsMs = doubles(o.value(QStringLiteral("budgets_ms")));
    options.budgetQuantiles = doubles(o.value(QStringLiteral("budget_quantiles")));
    options.trainingSamples = intOption(o, QStringLiteral("training_samples"), 60);
    options.validationSamples = intOption(o, QStringLiteral("validation_samples"), 10);
    options.srccThreshold = o.value(QStringLiteral("threshold")).toDouble(0.9);
    options.evolution.generations = intOption(o, QStringLiteral("generations"), 500);
    options.evolution.population = intOption(o, QStringLiteral("population"), 100);
    options.proxyGridSize = intOption(o, QStringLiteral("grid"), 10);
    options.reference = o.value(QStringLiteral("reference")).toBool(true);
    options.checkSamples = intOption(o, QStringLiteral("check_samples"), 1000);
    options.seed = ctx.request.seed;
    if (!options.isValid(&error))
        return ctx.fail(error);
    const auto accuracy = transferAccuracy(ctx.store, *space, &error);
    if (!accuracy)
        return ctx.fail(error);

    QJsonObject inputs = transferInputsToJson(options);
    inputs.insert(QStringLiteral("accuracy"), accuracy->provenance());
    inputs.insert(QStringLiteral("source"), QStringLiteral("workbench"));
    if (ctx.createRun(QStringLiteral("transfer"), inputs, &error) < 0)
        return ctx.fail(error);
    const auto result = proxyTransfer(ctx.store, accuracy, options, &error,
                                      [&](double f, const QString &stage) { return ctx.report(f, stage); });
    if (!result)
        return ctx.fail(error);
    QJsonArray payloads;
    QList<RunPick> picks;
    for (const TargetTransfer &t : result->targets) {
        // The same JSON as `edgefront-cli transfer` stores (core/proxytransferjson).
        for (const QJsonValue &payload : transferBudgetPayloads(transferTargetToJson(*space, t)))
            payloads.append(payload);
        if (!t.error.isEmpty())
            payloads.append(QJsonObject{{QStringLiteral("device"), t.device}, {QStringLiteral("error"), t.error}});
        for (const TransferChoice &c : t.budgets) {
            if (c.design)
                picks.append(pickOf(*space, t.device, *c.design, c.budgetMs, QStringLiteral("transfer")));
        }
    }
    return ctx.finish(result->cancelled ? RunsModel::Status::Cancelled : RunsModel::Status::Finished, payloads, picks);
}

// ---------------------------------------------------------------------------------------------
// The neural optimizer (as `edgefront-cli optimizer run`).

RunOutcome runOptimizer(RunContext &ctx)
{
    const QJsonObject &o = ctx.request.options;
    QString error;
    const QString file = o.value(QStringLiteral("optimizer")).toString();
    const auto optimizer = NeuralOptimizer::fromFile(file, &error);
    if (!optimizer)
        return ctx.fail(error);
    const DesignSpace &space = optimizer->space();
    auto accuracy = defaultAccuracySource(ctx.store, space, &error);
    if (!accuracy)
        return ctx.fail(error);
    const Budgets budgets{budgetValue(o, QStringLiteral("latency_ms")), budgetValue(o, QStringLiteral("energy_mj"))};
    const QStringList devices = stringList(o.value(QStringLiteral("devices")));
    OptimizerQueryOptions query;
    query.samples = intOption(o, QStringLiteral("samples"), 0);
    query.refinementRounds = intOption(o, QStringLiteral("rounds"), 0);
    query.seed = ctx.request.seed;
    const QJsonObject inputs{{QStringLiteral("optimizer"), QFileInfo(file).absoluteFilePath()},
                             {QStringLiteral("space"), space.name()},
                             {QStringLiteral("devices"), QJsonArray::fromStringList(devices)},
                             {QStringLiteral("budgets"), budgetsJson(budgets)},
                             {QStringLiteral("accuracy"), accuracy->provenance()},
                             {QStringLiteral("source"), QStringLiteral("workbench")}};
    if (ctx.createRun(QStringLiteral("optimizer"), inputs, &error) < 0)
        return ctx.fail(error);
    QJsonArray results;
    QList<RunPick> picks;
    for (qsizetype di = 0; di < devices.size(); ++di) {
        const QString &id = devices[di];
        if (!ctx.report(double(di) / double(devices.size()), RunQueue::tr("Device %1 (%2 of %3)").arg(id).arg(di + 1).arg(devices.size())))
            break;
        auto truth = ctx.store.evaluator(id, &error);
        auto forCost = ctx.store.evaluator(id, &error);
        if (!truth || !forCost) {
            results.append(QJsonObject{{QStringLiteral("device"), id}, {QStringLiteral("note"), error}});
            continue;
        }
        const auto cost = CostSource::fromDevice(std::move(*forCost));
        const auto deviceInputs = OptimizerDeviceInputs::fromCost(space, *cost, optimizer->hasEnergyInputs(), &error);
        if (!deviceInputs) {
            results.append(QJsonObject{{QStringLiteral("device"), id}, {QStringLiteral("note"), error}});
            continue;
        }
        const SearchEvaluator evaluator(space, accuracy, cost);
        const OptimizerAnswer a = optimizer->optimize(evaluator, *deviceInputs, budgets, query);
        bool meets = false;
        if (a.best) {
            // Re-checked with the device's own model on the whole network.
            const std::span<const Architecture> one(&a.best->arch, 1);
            const double l = truth->evaluate(space, one, Metric::LatencyMs)[0];
            const double e = truth->evaluate(space, one, Metric::EnergyMj)[0];
            constexpr double kRounding = 1e-9;
            meets = l <= budgets.latencyMs * (1 + kRounding)
                    && (!std::isfinite(budgets.energyMj) || e <= budgets.energyMj * (1 + kRounding));
            picks.append(pickOf(space, id, *a.best, budgets.latencyMs, QStringLiteral("best")));
        }
        QJsonObject r{{QStringLiteral("device"), id},
                      {QStringLiteral("budgets"), budgetsJson(budgets)},
                      {QStringLiteral("found"), bool(a.best)},
                      {QStringLiteral("meets_budgets"), meets},
                      {QStringLiteral("seconds"), a.seconds},
                      {QStringLiteral("candidates"), a.candidates},
                      {QStringLiteral("cost_evaluations"), a.costEvaluations},
                      {QStringLiteral("repair_steps"), a.repairSteps}};
        if (a.best)
            r.insert(QStringLiteral("design"), candidateJson(space, *a.best));
        if (!a.note.isEmpty())
            r.insert(QStringLiteral("note"), a.note);
        results.append(r);
    }
    const bool cancelled = ctx.cancelled();
    if (!cancelled)
        ctx.report(1.0, RunQueue::tr("Done"));
    return ctx.finish(cancelled ? RunsModel::Status::Cancelled : RunsModel::Status::Finished, results, picks);
}

// ---------------------------------------------------------------------------------------------
// Training a neural optimizer (labels by evolutionary search, then training; as `edgefront-cli
// optimizer train` without --labels).

RunOutcome runTraining(RunContext &ctx)
{
    const QJsonObject &o = ctx.request.options;
    QString error;
    const DesignSpace *space = findDesignSpace(o.value(QStringLiteral("space")).toString(), &error);
    if (!space)
        return ctx.fail(error);
    const QString out = o.value(QStringLiteral("out")).toString();
    auto accuracy = defaultAccuracySource(ctx.store, *space, &error);
    if (!accuracy)
        return ctx.fail(error);
    OptimizerLabelOptions lo;
    const QStringList wanted = stringList(o.value(QStringLiteral("devices")));
    for (const DeviceProfile &d : ctx.store.devices()) {
        if (!wanted.isEmpty() ? !wanted.contains(d.id)
                              : !(d.provenance == DeviceProvenance::Virtual || d.provenance == DeviceProvenance::Calibrated))
            continue;
        if (DeviceEvaluator(d).canEvaluate(*space, Metric::LatencyMs))
            lo.devices.append(d);
    }
    lo.devicesSpec = wanted.isEmpty() ? QStringLiteral("workbench: the project's virtual devices")
                                      : QStringLiteral("workbench: ") + wanted.join(u',');
    lo.budgetsPerDevice = intOption(o, QStringLiteral("budgets_per_device"), 4);
    lo.generations = intOption(o, QStringLiteral("generations"), 60);
    lo.population = intOption(o, QStringLiteral("population"), 50);
    lo.seed = ctx.request.seed;
    lo.threads = 1;
    if (!lo.isValid(&error))
        return ctx.fail(error);
    NeuralOptimizerTrainingOptions to;
    to.epochs = intOption(o, QStringLiteral("epochs"), 200);
    to.seed = ctx.request.seed;
    if (o.contains(QStringLiteral("hidden"))) {
        to.hidden.clear();
        for (const QJsonValue &w : o.value(QStringLiteral("hidden")).toArray())
            to.hidden.push_back(w.toInt());
    }
    if (!to.isValid(&error))
        return ctx.fail(error);

    QJsonArray ids;
    for (const DeviceProfile &d : std::as_const(lo.devices))
        ids.append(d.id);
    const QJsonObject inputs{{QStringLiteral("space"), space->name()},
                             {QStringLiteral("devices"), ids},
                             {QStringLiteral("budgets_per_device"), lo.budgetsPerDevice},
                             {QStringLiteral("generations"), lo.generations},
                             {QStringLiteral("population"), lo.population},
                             {QStringLiteral("epochs"), to.epochs},
                             {QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                             {QStringLiteral("accuracy"), accuracy->provenance()},
                             {QStringLiteral("source"), QStringLiteral("workbench")}};
    if (ctx.createRun(QStringLiteral("optimizer-train"), inputs, &error) < 0)
        return ctx.fail(error);
    constexpr double kLabelShare = 0.8;
    const int items = int(lo.devices.size()) * lo.itemsPerDevice();
    const auto labels = labelNeuralOptimizer(*space, accuracy, lo, &error, [&](double f) {
        return ctx.report(f * kLabelShare, RunQueue::tr("Labelling: %1 of %2 (device, budget) searches").arg(int(f * items)).arg(items));
    });
    if (!labels)
        return ctx.fail(error);
    if (labels->cancelled)
        return ctx.finish(RunsModel::Status::Cancelled, {}, {});
    const auto trained = trainNeuralOptimizer(*space, *labels, to, &error, [&](double f) {
        return ctx.report(kLabelShare + f * (1 - kLabelShare),
                          RunQueue::tr("Training: epoch %1 of %2").arg(int(f * to.epochs)).arg(to.epochs));
    });
    if (!trained)
        return ctx.cancelled() ? ctx.finish(RunsModel::Status::Cancelled, {}, {}) : ctx.fail(error);
    const QByteArray bytes = trained->optimizer->toOnnx();
    QSaveFile file(out);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ctx.fail(RunQueue::tr("Cannot write %1: %2").arg(out, file.errorString()));
    const QJsonObject result{{QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                             {QStringLiteral("labels"), int(labels->labels.size())},
                             {QStringLiteral("train_rows"), trained->trainRows},
                             {QStringLiteral("validation_rows"), trained->validationRows},
                             {QStringLiteral("epochs_run"), trained->epochsRun},
                             {QStringLiteral("best_epoch"), trained->bestEpoch},
                             {QStringLiteral("validation_loss"), number(trained->validationLoss)},
                             {QStringLiteral("head_accuracy"), number(trained->validationHeadAccuracy)},
                             {QStringLiteral("bytes"), int(bytes.size())}};
    return ctx.finish(RunsModel::Status::Finished, {result}, {});
}

} // namespace

QString RunRequest::description() const
{
    const QJsonObject &o = options;
    const QString space = o.value(QStringLiteral("space")).toString();
    QStringList parts;
    auto budgets = [&] {
        QStringList b;
        const QLocale locale;
        if (o.value(QStringLiteral("latency_ms")).toDouble() > 0)
            b.append(QStringLiteral("≤ %1 ms").arg(locale.toString(o.value(QStringLiteral("latency_ms")).toDouble(), 'g', 4)));
        if (o.value(QStringLiteral("energy_mj")).toDouble() > 0)
            b.append(QStringLiteral("≤ %1 mJ").arg(locale.toString(o.value(QStringLiteral("energy_mj")).toDouble(), 'g', 4)));
        return b.join(QStringLiteral(", "));
    };
    if (kind == QLatin1StringView("search")) {
        parts << o.value(QStringLiteral("method")).toString() << o.value(QStringLiteral("device")).toString() << space << budgets();
    } else if (kind == QLatin1StringView("transfer")) {
        const int targets = int(o.value(QStringLiteral("targets")).toArray().size());
        parts << RunQueue::tr("proxy %1").arg(o.value(QStringLiteral("proxy")).toString())
              << RunQueue::tr("%n target(s)", nullptr, targets) << space;
    } else if (kind == QLatin1StringView("optimizer")) {
        parts << QFileInfo(o.value(QStringLiteral("optimizer")).toString()).fileName()
              << RunQueue::tr("%n device(s)", nullptr, int(o.value(QStringLiteral("devices")).toArray().size())) << budgets();
    } else if (kind == QLatin1StringView("optimizer-train")) {
        parts << space << RunQueue::tr("→ %1").arg(QFileInfo(o.value(QStringLiteral("out")).toString()).fileName());
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QList<RunPick> runPicks(const ProjectStore::RunRecord &run)
{
    QList<RunPick> picks;
    const QString space = run.inputs.value(QStringLiteral("space")).toString();
    auto pick = [&](const QJsonObject &c, const QString &device, double budget, const QString &role) {
        if (c.isEmpty())
            return;
        RunPick p;
        p.space = space;
        p.device = device;
        p.key = c.value(QStringLiteral("key")).toString();
        p.config = c.value(QStringLiteral("config")).toObject();
        p.accuracy = c.value(QStringLiteral("accuracy")).toDouble(qQNaN());
        p.latencyMs = c.value(QStringLiteral("latency_ms")).toDouble(qQNaN());
        p.energyMj = c.value(QStringLiteral("energy_mj")).toDouble(qQNaN());
        p.budgetMs = budget;
        p.role = role;
        picks.append(p);
    };
    for (const QJsonValue &v : run.results) {
        const QJsonObject r = v.toObject();
        const QString device = r.value(QStringLiteral("device")).toString();
        if (run.kind == QLatin1StringView("search")) {
            const double budget = r.value(QStringLiteral("budgets")).toObject().value(QStringLiteral("latency_ms")).toDouble(kInf);
            pick(r.value(QStringLiteral("best")).toObject(), device, budget, QStringLiteral("best"));
            for (const QJsonValue &f : r.value(QStringLiteral("front")).toArray())
                pick(f.toObject(), device, budget, QStringLiteral("front"));
        } else if (run.kind == QLatin1StringView("transfer")) {
            if (r.contains(QStringLiteral("key")))
                pick(r, device, r.value(QStringLiteral("budget_ms")).toDouble(qQNaN()), QStringLiteral("transfer"));
        } else if (run.kind == QLatin1StringView("optimizer")) {
            const double budget = r.value(QStringLiteral("budgets")).toObject().value(QStringLiteral("latency_ms")).toDouble(kInf);
            pick(r.value(QStringLiteral("design")).toObject(), device, budget, QStringLiteral("best"));
        }
    }
    return picks;
}

// ---------------------------------------------------------------------------------------------
// RunQueue

RunQueue::RunQueue(QObject *parent)
    : QObject(parent)
    , m_model(new RunsModel(this))
{
}

RunQueue::~RunQueue()
{
    // The continuation of the running future has this as its context, so it is dropped with us.
    m_queue.clear();
    if (m_cancel)
        m_cancel->store(true);
    m_future.waitForFinished();
}

void RunQueue::setProject(ProjectStore *project)
{
    if (project != m_project) {
        // The old project's runs end here (recorded as cancelled); their rows go with it.
        cancelAllAndWait();
        m_model->clearLiveRuns();
    }
    m_project = project;
    refresh();
}

void RunQueue::refresh()
{
    m_model->setStoredRuns(m_project ? m_project->runs() : QList<ProjectStore::RunRecord>());
}

bool RunQueue::validate(const RunRequest &request, const ProjectStore &project, QString *error)
{
    const QJsonObject &o = request.options;
    auto requireDevice = [&](const QString &id, const DesignSpace &space) {
        if (!project.hasDevice(id)) {
            *error = tr("The project has no device \"%1\".").arg(id);
            return false;
        }
        QString why;
        auto e = project.evaluator(id, &why);
        if (!e || !e->canEvaluate(space, Metric::LatencyMs, &why)) {
            *error = tr("%1 cannot give latencies on %2: %3").arg(id, space.name(), why);
            return false;
        }
        return true;
    };
    auto positive = [&](const QString &key, int minimum) {
        if (o.contains(key) && o.value(key).toInt() < minimum) {
            *error = tr("%1 must be at least %2.").arg(key).arg(minimum);
            return false;
        }
        return true;
    };
    if (request.kind == QLatin1StringView("search")) {
        const DesignSpace *space = findDesignSpace(o.value(QStringLiteral("space")).toString(), error);
        if (!space || !requireDevice(o.value(QStringLiteral("device")).toString(), *space))
            return false;
        const QString method = o.value(QStringLiteral("method")).toString(QStringLiteral("evo"));
        if (!QStringList{QStringLiteral("evo"), QStringLiteral("nsga2"), QStringLiteral("exhaustive"), QStringLiteral("random")}.contains(method)) {
            *error = tr("Unknown search method \"%1\".").arg(method);
            return false;
        }
        if (method == QLatin1StringView("exhaustive") && space->name() != QLatin1StringView("nb201")) {
            *error = tr("Exhaustive search needs an enumerable space (nb201); %1 has about 10^%2 designs.")
                         .arg(space->name())
                         .arg(std::round(space->log10Size()));
            return false;
        }
        return positive(QStringLiteral("generations"), 1) && positive(QStringLiteral("population"), 4)
               && positive(QStringLiteral("samples"), 1);
    }
    if (request.kind == QLatin1StringView("transfer")) {
        const DesignSpace *space = findDesignSpace(o.value(QStringLiteral("space")).toString(), error);
        if (!space || !requireDevice(o.value(QStringLiteral("proxy")).toString(), *space))
            return false;
        const QStringList targets = stringList(o.value(QStringLiteral("targets")));
        if (targets.isEmpty()) {
            *error = tr("Choose at least one target device.");
            return false;
        }
        for (const QString &t : targets) {
            if (t == o.value(QStringLiteral("proxy")).toString()) {
                *error = tr("The proxy %1 cannot be its own target.").arg(t);
                return false;
            }
            if (!requireDevice(t, *space))
                return false;
        }
        ProxyTransferOptions check;
        check.space = space->name();
        check.proxy = o.value(QStringLiteral("proxy")).toString();
        check.targets = targets;
        check.budgetsMs = doubles(o.value(QStringLiteral("budgets_ms")));
        check.budgetQuantiles = doubles(o.value(QStringLiteral("budget_quantiles")));
        check.trainingSamples = intOption(o, QStringLiteral("training_samples"), 60);
        check.validationSamples = intOption(o, QStringLiteral("validation_samples"), 10);
        check.srccThreshold = o.value(QStringLiteral("threshold")).toDouble(0.9);
        check.evolution.generations = intOption(o, QStringLiteral("generations"), 500);
        check.evolution.population = intOption(o, QStringLiteral("population"), 100);
        check.proxyGridSize = intOption(o, QStringLiteral("grid"), 10);
        return check.isValid(error);
    }
    if (request.kind == QLatin1StringView("optimizer")) {
        const QString file = o.value(QStringLiteral("optimizer")).toString();
        const auto optimizer = NeuralOptimizer::fromFile(file, error);
        if (!optimizer)
            return false;
        const QStringList devices = stringList(o.value(QStringLiteral("devices")));
        if (devices.isEmpty()) {
            *error = tr("Choose at least one device.");
            return false;
        }
        for (const QString &d : devices) {
            if (!requireDevice(d, optimizer->space()))
                return false;
        }
        if (!(o.value(QStringLiteral("latency_ms")).toDouble() > 0)) {
            *error = tr("The neural optimizer needs a latency budget.");
            return false;
        }
        if (o.value(QStringLiteral("energy_mj")).toDouble() > 0 && !optimizer->hasEnergyInputs()) {
            *error = tr("This optimizer was trained without energy budgets; leave the energy budget empty.");
            return false;
        }
        return true;
    }
    if (request.kind == QLatin1StringView("optimizer-train")) {
        if (!findDesignSpace(o.value(QStringLiteral("space")).toString(), error))
            return false;
        const QString out = o.value(QStringLiteral("out")).toString();
        if (out.isEmpty() || !QFileInfo(QFileInfo(out).absolutePath()).isDir()) {
            *error = tr("Choose where to write the optimizer (an existing folder).");
            return false;
        }
        return positive(QStringLiteral("budgets_per_device"), 1) && positive(QStringLiteral("generations"), 1)
               && positive(QStringLiteral("population"), 4) && positive(QStringLiteral("epochs"), 1);
    }
    *error = tr("Unknown kind of run \"%1\".").arg(request.kind);
    return false;
}

int RunQueue::enqueue(const RunRequest &request, QString *error)
{
    QString why;
    if (!m_project) {
        why = tr("No project is open.");
    } else if (!validate(request, *m_project, &why)) {
        // why is set
    } else {
        why.clear();
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return -1;
    }
    const int liveId = m_nextLiveId++;
    m_queue.append({liveId, request});
    m_requests.insert(liveId, request);
    RunsModel::Entry e;
    e.liveId = liveId;
    e.kind = request.kind;
    e.description = request.description();
    e.status = RunsModel::Status::Queued;
    e.stage = tr("Waiting for the running run");
    m_model->setLiveRun(e);
    if (!isBusy())
        startNext();
    return liveId;
}

bool RunQueue::cancel(int liveId)
{
    if (liveId == m_runningLiveId && liveId != 0) {
        if (m_cancel)
            m_cancel->store(true);
        m_stage = tr("Cancelling…");
        m_model->setLiveProgress(liveId, m_progress, m_stage);
        return true;
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue[i].liveId != liveId)
            continue;
        const RunRequest request = m_queue[i].request;
        m_queue.removeAt(i);
        RunsModel::Entry e;
        e.liveId = liveId;
        e.kind = request.kind;
        e.description = request.description();
        e.status = RunsModel::Status::Cancelled;
        e.stage = tr("Cancelled before it started (not stored)");
        m_model->setLiveRun(e);
        m_requests.remove(liveId);
        RunOutcome outcome;
        outcome.liveId = liveId;
        outcome.status = RunsModel::Status::Cancelled;
        Q_EMIT runEnded(outcome);
        return true;
    }
    return false;
}

void RunQueue::cancelAll()
{
    const QList<Pending> queued = m_queue;
    for (const Pending &p : queued)
        cancel(p.liveId);
    if (m_runningLiveId != 0)
        cancel(m_runningLiveId);
}

void RunQueue::cancelAllAndWait()
{
    cancelAll();
    if (m_runningLiveId == 0)
        return;
    m_future.waitForFinished();
    // Settle it now; the queued continuation finds the live id gone and does nothing.
    workerFinished(m_runningLiveId, m_future);
}

void RunQueue::startNext()
{
    if (m_queue.isEmpty() || !m_project) {
        Q_EMIT queueEmpty();
        return;
    }
    const Pending next = m_queue.takeFirst();
    m_runningLiveId = next.liveId;
    m_runningRunId = -1;
    m_progress = 0.0;
    m_stage = tr("Starting…");
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    RunsModel::Entry e;
    e.liveId = next.liveId;
    e.kind = next.request.kind;
    e.description = next.request.description();
    e.status = RunsModel::Status::Running;
    e.stage = m_stage;
    e.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_model->setLiveRun(e);
    m_future = QtConcurrent::run(&RunQueue::execute, m_project->path(), next.request, next.liveId, m_cancel,
                                 static_cast<QObject *>(this));
    const int liveId = next.liveId;
    m_future.then(this, [this, liveId](QFuture<RunOutcome> done) { workerFinished(liveId, done); });
}

void RunQueue::execute(QPromise<RunOutcome> &promise, const QString &path, const RunRequest &request, int liveId,
                       std::shared_ptr<std::atomic<bool>> cancel, QObject *receiver)
{
    auto *queue = static_cast<RunQueue *>(receiver);
    QString error;
    // This thread's own connection to the project.
    auto store = ProjectStore::open(path, &error, false);
    if (!store) {
        RunOutcome out;
        out.liveId = liveId;
        out.error = error;
        promise.addResult(out);
        return;
    }
    RunContext ctx(
        *store, request, liveId, *cancel, receiver, [queue](int live, qint64 id) { queue->setRunId(live, id); },
        [queue](int live, double f, const QString &stage) {
            if (live != queue->m_runningLiveId)
                return;
            queue->m_progress = f;
            queue->m_stage = stage;
            queue->m_model->setLiveProgress(live, f, stage);
            Q_EMIT queue->runProgress(live, f, stage);
        });
    RunOutcome out;
    if (request.kind == QLatin1StringView("search"))
        out = runSearch(ctx);
    else if (request.kind == QLatin1StringView("transfer"))
        out = runTransfer(ctx);
    else if (request.kind == QLatin1StringView("optimizer"))
        out = runOptimizer(ctx);
    else if (request.kind == QLatin1StringView("optimizer-train"))
        out = runTraining(ctx);
    else
        out = ctx.fail(tr("Unknown kind of run \"%1\".").arg(request.kind));
    promise.addResult(out);
}

void RunQueue::setRunId(int liveId, qint64 runId)
{
    if (liveId != m_runningLiveId)
        return;
    m_runningRunId = runId;
    RunsModel::Entry e;
    e.liveId = liveId;
    e.runId = runId;
    const RunRequest request = m_requests.value(liveId);
    e.kind = request.kind;
    e.description = request.description();
    e.status = RunsModel::Status::Running;
    e.progress = m_progress;
    e.stage = m_stage;
    e.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    refresh();
    m_model->setLiveRun(e);
    Q_EMIT runStarted(liveId, runId);
}

void RunQueue::workerFinished(int liveId, const QFuture<RunOutcome> &future)
{
    if (liveId == 0 || liveId != m_runningLiveId)
        return; // already settled by cancelAllAndWait()
    RunOutcome out;
    if (future.resultCount() > 0) {
        out = future.result();
    } else {
        out.liveId = liveId;
        out.error = tr("The run ended without a result.");
    }
    const RunRequest request = m_requests.take(liveId);
    m_runningLiveId = 0;
    m_runningRunId = -1;
    m_cancel.reset();
    if (out.runId >= 0) {
        // The stored record now tells the whole story.
        m_model->removeLiveRun(liveId);
        refresh();
    } else {
        RunsModel::Entry e;
        e.liveId = liveId;
        e.kind = request.kind;
        e.description = request.description();
        e.status = RunsModel::Status::Failed;
        e.stage = out.error;
        e.elapsedMs = out.elapsedMs;
        m_model->setLiveRun(e);
    }
    Q_EMIT runEnded(out);
    if (out.runId >= 0 && out.status != RunsModel::Status::Failed)
        Q_EMIT runFinished(out.runId, out.picks);
    startNext();
}

} // namespace edgefront
