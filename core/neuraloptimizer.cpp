#include "neuraloptimizer.h"

#include "designspacecatalog.h"
#include "mlpkernels.h"
#include "onnxmodel.h"
#include "projectstore.h"
#include "searchdomain.h"
#include "seededgenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace edgefront {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kLabelRunKind = QStringLiteral("optimizer-labels");
const QString kMetadataKey = QStringLiteral("edgefront");
const QString kOptimizerKind = QStringLiteral("neural_optimizer");
constexpr int kFormatVersion = 1;
constexpr int kGridRandomProbes = 256; // the last probes of gridProbes()
constexpr double kGridLowQuantile = 0.02;

// FNV-1a over the UTF-16 code units: a hash that is the same on every machine (qHash may use
// CPU-specific AES hashing), so shards on different hosts draw the same seeds.
quint64 stableHash(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

// SplitMix64 finaliser of a combination: independent seeds per (seed, a, b).
quint64 mix(quint64 seed, quint64 a, quint64 b = 0)
{
    quint64 z = seed ^ (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xD1B54A32D192ED03ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool better(const Candidate &a, const Candidate &b)
{
    if (a.metrics.accuracy != b.metrics.accuracy)
        return a.metrics.accuracy > b.metrics.accuracy;
    return a.metrics.latencyMs < b.metrics.latencyMs;
}

std::optional<SearchDomain> parseDomain(const DesignSpace &space, const QStringList &restrictions, QString *error)
{
    if (restrictions.isEmpty())
        return std::nullopt;
    return SearchDomain::parse(space, restrictions, error);
}

// Per decision, the allowed choice indices (all of them when unrestricted).
std::vector<std::vector<quint8>> allowedChoices(const DesignSpace &space, const std::optional<SearchDomain> &domain)
{
    std::vector<std::vector<quint8>> out(size_t(space.decisionCount()));
    for (int d = 0; d < space.decisionCount(); ++d) {
        if (domain && !domain->allowed(d).empty()) {
            out[size_t(d)] = domain->allowed(d);
        } else {
            for (int c = 0; c < space.decisions()[d].choiceCount(); ++c)
                out[size_t(d)].push_back(quint8(c));
        }
    }
    return out;
}

const std::vector<Architecture> &signatureOf(const DesignSpace &space, int size)
{
    static QMutex mutex;
    static QHash<QString, std::vector<Architecture>> cache;
    const QMutexLocker lock(&mutex);
    const QString key = space.name() + u'/' + QString::number(size);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, SignatureSet::forSpace(space, size));
    return *it;
}

// The budget grid's probe designs (device independent; see the header comment).
std::vector<Architecture> gridProbes(const DesignSpace &space, const QStringList &restrictions)
{
    QString error;
    const auto domain = parseDomain(space, restrictions, &error);
    const auto allowed = allowedChoices(space, domain);
    Architecture low, high;
    for (const auto &a : allowed) {
        low.choices.push_back(a.front());
        high.choices.push_back(a.back());
    }
    std::vector<Architecture> probes{low, high};
    QStringList repeatedKeys;
    for (const Decision &d : space.decisions()) {
        if (d.slot >= 0 && !repeatedKeys.contains(d.key))
            repeatedKeys.append(d.key);
    }
    for (const QString &key : repeatedKeys) {
        const int first = space.decisionIndex(key, 0);
        for (quint8 c : allowed[size_t(first)]) {
            for (const Architecture &base : {low, high}) {
                Architecture a = base;
                for (int d = 0; d < space.decisionCount(); ++d) {
                    const auto &ok = allowed[size_t(d)];
                    if (space.decisions()[d].key == key && std::find(ok.begin(), ok.end(), c) != ok.end())
                        a[d] = c;
                }
                probes.push_back(std::move(a));
            }
        }
    }
    QRandomGenerator rng = seededGenerator(0x47524944); // "GRID"
    for (int i = 0; i < kGridRandomProbes; ++i)
        probes.push_back(space.sample(rng, domain ? &*domain : nullptr));
    return probes;
}

std::vector<double> logGrid(double low, double high, int count)
{
    std::vector<double> out;
    for (int k = 0; k < count; ++k) {
        const double t = count == 1 ? 0.5 : double(k) / (count - 1);
        out.push_back(low * std::pow(high / low, t));
    }
    return out;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double readNumber(const QJsonObject &o, const QString &key, double fallback = kNaN)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toDouble() : fallback;
}

QString devicesDigest(const QList<DeviceProfile> &devices)
{
    quint64 h = 0;
    for (const DeviceProfile &d : devices)
        h = mix(h, stableHash(QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact))));
    return QString::number(h, 16);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Device inputs and budget grid

std::optional<OptimizerDeviceInputs> OptimizerDeviceInputs::fromCost(const DesignSpace &space, const CostSource &cost,
                                                                     bool withEnergy, QString *error)
{
    const std::vector<Architecture> &signature = signatureOf(space, SignatureSet::kDefaultSize);
    std::vector<double> latency, energy;
    cost.evaluate(space, signature, latency, energy);
    OptimizerDeviceInputs out;
    double logEnergy = 0.0;
    for (size_t i = 0; i < signature.size(); ++i) {
        if (!(latency[i] > 0 && std::isfinite(latency[i]))) {
            *error = QStringLiteral("%1 gives no latency for signature architecture %2 of %3")
                         .arg(cost.provenance()).arg(i).arg(space.name());
            return std::nullopt;
        }
        out.latency.logLatency.push_back(std::log(latency[i]));
        if (withEnergy) {
            if (!(energy[i] > 0 && std::isfinite(energy[i]))) {
                *error = QStringLiteral("%1 gives no energy for signature architecture %2 of %3")
                             .arg(cost.provenance()).arg(i).arg(space.name());
                return std::nullopt;
            }
            logEnergy += std::log(energy[i]);
        }
    }
    if (withEnergy)
        out.meanLogEnergy = logEnergy / double(signature.size());
    return out;
}

std::vector<Budgets> optimizerBudgetGrid(const SearchEvaluator &device, int count, bool withEnergy,
                                         const QStringList &restrictions)
{
    const std::vector<Architecture> probes = gridProbes(device.space(), restrictions);
    const std::vector<DesignMetrics> m = device.evaluate(probes, device.accuracySource() != nullptr);
    double fastest = kInf, lowestEnergy = kInf;
    std::optional<DesignMetrics> top;
    for (const DesignMetrics &x : m) {
        if (!std::isfinite(x.latencyMs))
            continue;
        fastest = std::min(fastest, x.latencyMs);
        if (std::isfinite(x.energyMj))
            lowestEnergy = std::min(lowestEnergy, x.energyMj);
        const double acc = std::isfinite(x.accuracy) ? x.accuracy : -x.latencyMs; // no accuracy: the slowest
        const double topAcc = top ? (std::isfinite(top->accuracy) ? top->accuracy : -top->latencyMs) : -kInf;
        if (!top || acc > topAcc || (acc == topAcc && x.latencyMs < top->latencyMs))
            top = x;
    }
    std::vector<Budgets> grid;
    if (!top)
        return grid;
    // The low end: where a search that starts from random designs (Once-for-All's evolution)
    // still finds feasible ones: the fastest 2 % of the random probes, and at least 1.05 x the
    // fastest probe.
    std::vector<double> randomLatency, randomEnergy;
    for (size_t i = m.size() - kGridRandomProbes; i < m.size(); ++i) {
        if (std::isfinite(m[i].latencyMs))
            randomLatency.push_back(m[i].latencyMs);
        if (std::isfinite(m[i].energyMj))
            randomEnergy.push_back(m[i].energyMj);
    }
    auto lowQuantile = [](std::vector<double> &v) {
        if (v.empty())
            return 0.0;
        const size_t k = size_t(kGridLowQuantile * double(v.size()));
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
        return v[k];
    };
    fastest = std::max(fastest * 1.05, lowQuantile(randomLatency));
    lowestEnergy = std::max(lowestEnergy * 1.05, lowQuantile(randomEnergy));
    const double low = fastest;
    const std::vector<double> latency = logGrid(low, std::max(top->latencyMs, 1.2 * low), count);
    for (double l : latency)
        grid.push_back({l, kInf});
    if (withEnergy && std::isfinite(lowestEnergy)) {
        const double elow = lowestEnergy;
        const std::vector<double> energy = logGrid(elow, std::max(top->energyMj, 1.2 * elow), count);
        std::vector<int> order(static_cast<size_t>(count));
        std::iota(order.begin(), order.end(), 0);
        QRandomGenerator rng = seededGenerator(0x454E5247); // "ENRG": fixed pairing
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[rng.bounded(quint32(i))]);
        for (int k = 0; k < count; ++k)
            grid.push_back({latency[size_t(k)], energy[size_t(order[size_t(k)])]});
    }
    return grid;
}

// ---------------------------------------------------------------------------------------------
// Labels

QJsonObject OptimizerLabel::toJson(const DesignSpace &space) const
{
    QJsonArray features;
    for (double v : inputs.latency.logLatency)
        features.append(v);
    QJsonObject o{{QStringLiteral("item"), item},
                  {QStringLiteral("device"), deviceId},
                  {QStringLiteral("budget_index"), budgetIndex},
                  {QStringLiteral("latency_budget_ms"), number(budgets.latencyMs)},
                  {QStringLiteral("energy_budget_mj"), number(budgets.energyMj)},
                  {QStringLiteral("signature_log_latency"), features},
                  {QStringLiteral("signature_mean_log_energy"), number(inputs.meanLogEnergy)},
                  {QStringLiteral("found"), bool(best)},
                  {QStringLiteral("seconds"), seconds}};
    if (best) {
        QJsonArray choices;
        for (quint8 c : best->arch.choices)
            choices.append(int(c));
        o.insert(QStringLiteral("config"), space.toJson(best->arch));
        o.insert(QStringLiteral("choices"), choices);
        o.insert(QStringLiteral("accuracy"), number(best->metrics.accuracy));
        o.insert(QStringLiteral("latency_ms"), number(best->metrics.latencyMs));
        o.insert(QStringLiteral("energy_mj"), number(best->metrics.energyMj));
    }
    return o;
}

std::optional<OptimizerLabel> OptimizerLabel::fromJson(const QJsonObject &o, const DesignSpace &space, QString *error)
{
    OptimizerLabel l;
    l.item = o.value(QStringLiteral("item")).toInt(-1);
    l.deviceId = o.value(QStringLiteral("device")).toString();
    l.budgetIndex = o.value(QStringLiteral("budget_index")).toInt(-1);
    l.budgets.latencyMs = readNumber(o, QStringLiteral("latency_budget_ms"), kInf);
    l.budgets.energyMj = readNumber(o, QStringLiteral("energy_budget_mj"), kInf);
    for (const QJsonValue &v : o.value(QStringLiteral("signature_log_latency")).toArray())
        l.inputs.latency.logLatency.push_back(v.toDouble(kNaN));
    l.inputs.meanLogEnergy = readNumber(o, QStringLiteral("signature_mean_log_energy"));
    l.seconds = readNumber(o, QStringLiteral("seconds"), 0.0);
    QString why;
    if (l.item < 0 || l.deviceId.isEmpty() || l.budgetIndex < 0 || !l.inputs.latency.isValid(&why)) {
        *error = QStringLiteral("label %1: missing or invalid item, device, budget or signature latencies%2")
                     .arg(l.item).arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + u')');
        return std::nullopt;
    }
    if (o.value(QStringLiteral("found")).toBool()) {
        Architecture a;
        for (const QJsonValue &v : o.value(QStringLiteral("choices")).toArray())
            a.choices.push_back(quint8(v.toInt(-1)));
        if (!space.isValid(a)) {
            *error = QStringLiteral("label %1: its choices are not a design of %2").arg(l.item).arg(space.name());
            return std::nullopt;
        }
        l.best = Candidate{std::move(a),
                           {readNumber(o, QStringLiteral("accuracy")), readNumber(o, QStringLiteral("latency_ms")),
                            readNumber(o, QStringLiteral("energy_mj"))}};
    }
    return l;
}

bool OptimizerLabelOptions::isValid(QString *error) const
{
    if (devices.isEmpty()) {
        *error = QStringLiteral("no devices to label");
        return false;
    }
    if (budgetsPerDevice < 1 || budgetsPerDevice > 1000 || population < 4 || generations < 1 || threads < 1) {
        *error = QStringLiteral("budgets per device must be in 1..1000, population at least 4, generations and "
                                "threads at least 1");
        return false;
    }
    if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount) {
        *error = QStringLiteral("shard %1/%2: the index must be in 0..count-1").arg(shardIndex).arg(shardCount);
        return false;
    }
    QSet<QString> ids;
    for (const DeviceProfile &d : devices) {
        if (ids.contains(d.id)) {
            *error = QStringLiteral("device %1 is listed twice").arg(d.id);
            return false;
        }
        ids.insert(d.id);
    }
    return true;
}

QJsonObject OptimizerLabelOptions::settings(const QString &spaceName, const QString &accuracyProvenance) const
{
    QJsonArray ids;
    for (const DeviceProfile &d : devices)
        ids.append(d.id);
    return {{QStringLiteral("format"), QStringLiteral("edgefront-optimizer-labels")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("space"), spaceName},
            {QStringLiteral("accuracy"), accuracyProvenance},
            {QStringLiteral("labeller"), QStringLiteral("evolution on each device's own cost model")},
            {QStringLiteral("devices"), ids},
            {QStringLiteral("devices_spec"), devicesSpec},
            {QStringLiteral("devices_digest"), devicesDigest(devices)},
            {QStringLiteral("budgets_per_device"), budgetsPerDevice},
            {QStringLiteral("energy_budgets"), energyBudgets},
            {QStringLiteral("population"), population},
            {QStringLiteral("generations"), generations},
            {QStringLiteral("restrictions"), QJsonArray::fromStringList(restrictions)},
            {QStringLiteral("seed"), QString::number(seed)}};
}

std::optional<OptimizerLabelSet> labelNeuralOptimizer(const DesignSpace &space,
                                                      std::shared_ptr<const AccuracySource> accuracy,
                                                      const OptimizerLabelOptions &o, QString *error,
                                                      const std::function<bool(double)> &progress)
{
    if (!o.isValid(error))
        return std::nullopt;
    if (!accuracy) {
        *error = QStringLiteral("labelling needs an accuracy source for %1").arg(space.name());
        return std::nullopt;
    }
    const auto domain = parseDomain(space, o.restrictions, error);
    if (!o.restrictions.isEmpty() && !domain)
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    OptimizerLabelSet set;
    set.settings = o.settings(space.name(), accuracy->provenance());
    set.shardIndex = o.shardIndex;
    set.shardCount = o.shardCount;
    const int perDevice = o.itemsPerDevice();
    set.totalItems = int(o.devices.size()) * perDevice;

    // This shard's items, grouped by device (item = device * perDevice + budget).
    std::vector<int> items;
    for (int item = o.shardIndex; item < set.totalItems; item += o.shardCount)
        items.push_back(item);
    std::vector<int> deviceIds;
    for (int item : items) {
        if (deviceIds.empty() || deviceIds.back() != item / perDevice)
            deviceIds.push_back(item / perDevice);
    }
    set.labels.resize(items.size());

    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    QMutex mutex; // guards progress and the first error
    QString firstError;
    auto report = [&] {
        const QMutexLocker lock(&mutex);
        if (progress && !progress(double(done.load()) / std::max<size_t>(1, items.size())))
            cancel.store(true);
    };
    auto labelDevice = [&](int device) {
        if (cancel.load())
            return;
        const DeviceProfile &profile = o.devices[device];
        const auto cost = CostSource::fromDevice(DeviceEvaluator(profile));
        const SearchEvaluator evaluator(space, accuracy, cost);
        QString e;
        const auto inputs = OptimizerDeviceInputs::fromCost(space, *cost, o.energyBudgets, &e);
        const std::vector<Budgets> grid =
            inputs ? optimizerBudgetGrid(evaluator, o.budgetsPerDevice, o.energyBudgets, o.restrictions)
                   : std::vector<Budgets>();
        if (!inputs || int(grid.size()) != perDevice) {
            const QMutexLocker lock(&mutex);
            if (firstError.isEmpty())
                firstError = inputs ? QStringLiteral("device %1: no budget grid (no runnable design on %2)")
                                          .arg(profile.id, space.name())
                                    : QStringLiteral("device %1: %2").arg(profile.id, e);
            cancel.store(true);
            return;
        }
        const auto first = std::lower_bound(items.begin(), items.end(), device * perDevice);
        for (auto it = first; it != items.end() && *it / perDevice == device && !cancel.load(); ++it) {
            OptimizerLabel &label = set.labels[size_t(it - items.begin())];
            label.item = *it;
            label.deviceId = profile.id;
            label.budgetIndex = *it % perDevice;
            label.budgets = grid[size_t(label.budgetIndex)];
            label.inputs = *inputs;
            EvolutionOptions eo;
            eo.population = o.population;
            eo.generations = o.generations;
            eo.budgets = label.budgets;
            eo.seed = mix(o.seed, stableHash(profile.id), quint64(label.budgetIndex));
            eo.domain = domain;
            QString searchError;
            const auto result = evolutionSearch(evaluator, eo, &searchError, [&](double) { return !cancel.load(); });
            if (result && !result->cancelled) {
                label.best = result->best;
                label.seconds = result->seconds;
            } else {
                label.item = -1; // incomplete: dropped below
            }
            ++done;
            report();
        }
    };
    if (o.threads <= 1) {
        for (int device : deviceIds)
            labelDevice(device);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(o.threads);
        QtConcurrent::blockingMap(&pool, deviceIds, labelDevice);
    }
    if (!firstError.isEmpty()) {
        *error = firstError;
        return std::nullopt;
    }
    set.cancelled = cancel.load();
    if (set.cancelled) // keep what is complete
        set.labels.erase(std::remove_if(set.labels.begin(), set.labels.end(), [](const OptimizerLabel &l) { return l.item < 0; }),
                         set.labels.end());
    set.seconds = timer.elapsed() / 1000.0;
    return set;
}

qint64 saveOptimizerLabels(ProjectStore &project, const OptimizerLabelSet &set, QString *error)
{
    const QString spaceName = set.settings.value(QStringLiteral("space")).toString();
    QString e;
    const DesignSpace *space = findDesignSpace(spaceName, &e);
    if (!space) {
        *error = e;
        return -1;
    }
    const QJsonObject inputs{{QStringLiteral("settings"), set.settings},
                             {QStringLiteral("shard_index"), set.shardIndex},
                             {QStringLiteral("shard_count"), set.shardCount},
                             {QStringLiteral("total_items"), set.totalItems}};
    const qint64 id = project.createRun(kLabelRunKind, inputs,
                                        set.settings.value(QStringLiteral("seed")).toString().toULongLong(), error);
    if (id < 0)
        return -1;
    QJsonArray results;
    for (const OptimizerLabel &l : set.labels)
        results.append(l.toJson(*space));
    const auto status = set.cancelled ? ProjectStore::RunStatus::Cancelled : ProjectStore::RunStatus::Finished;
    if (!project.finishRun(id, status, results, set.seconds * 1000.0, error))
        return -1;
    return id;
}

std::optional<OptimizerLabelSet> loadOptimizerLabels(const ProjectStore &project, const DesignSpace &space,
                                                     QString *error)
{
    qint64 latest = -1;
    for (const ProjectStore::RunRecord &r : project.runs()) {
        if (r.kind == kLabelRunKind && r.status == ProjectStore::RunStatus::Finished
            && r.inputs.value(QStringLiteral("settings")).toObject().value(QStringLiteral("space")).toString() == space.name())
            latest = std::max(latest, r.id);
    }
    const auto run = latest >= 0 ? project.run(latest) : std::nullopt;
    if (!run) {
        *error = QStringLiteral("%1: no finished optimizer labels on %2 (edgefront-cli optimizer label writes them)")
                     .arg(project.path(), space.name());
        return std::nullopt;
    }
    OptimizerLabelSet set;
    set.settings = run->inputs.value(QStringLiteral("settings")).toObject();
    set.shardIndex = run->inputs.value(QStringLiteral("shard_index")).toInt();
    set.shardCount = run->inputs.value(QStringLiteral("shard_count")).toInt(1);
    set.totalItems = run->inputs.value(QStringLiteral("total_items")).toInt();
    set.seconds = run->elapsedMs / 1000.0;
    for (const QJsonValue &v : run->results) {
        QString e;
        auto label = OptimizerLabel::fromJson(v.toObject(), space, &e);
        if (!label) {
            *error = QStringLiteral("%1: run %2: %3").arg(project.path()).arg(run->id).arg(e);
            return std::nullopt;
        }
        set.labels.push_back(std::move(*label));
    }
    return set;
}

std::optional<OptimizerLabelSet> mergeOptimizerLabels(std::vector<OptimizerLabelSet> shards, QString *error)
{
    if (shards.empty()) {
        *error = QStringLiteral("no label shards to merge");
        return std::nullopt;
    }
    OptimizerLabelSet merged;
    merged.settings = shards.front().settings;
    merged.totalItems = shards.front().totalItems;
    const int count = shards.front().shardCount;
    std::vector<bool> seen(size_t(std::max(count, 1)), false);
    for (OptimizerLabelSet &s : shards) {
        if (s.settings != merged.settings || s.shardCount != count || s.totalItems != merged.totalItems) {
            *error = QStringLiteral("shard %1/%2 was labelled with other settings than shard %3/%4 (space, devices, "
                                    "budgets, generations, seed or accuracy source differ)")
                         .arg(s.shardIndex).arg(s.shardCount).arg(shards.front().shardIndex).arg(count);
            return std::nullopt;
        }
        if (s.shardIndex < 0 || s.shardIndex >= count || seen[size_t(s.shardIndex)]) {
            *error = QStringLiteral("shard %1/%2 is given twice or out of range").arg(s.shardIndex).arg(count);
            return std::nullopt;
        }
        seen[size_t(s.shardIndex)] = true;
        merged.seconds += s.seconds;
        std::move(s.labels.begin(), s.labels.end(), std::back_inserter(merged.labels));
    }
    QStringList missing;
    for (int i = 0; i < count; ++i) {
        if (!seen[size_t(i)])
            missing.append(QStringLiteral("%1/%2").arg(i).arg(count));
    }
    if (!missing.isEmpty()) {
        *error = QStringLiteral("missing label shards: %1").arg(missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    std::sort(merged.labels.begin(), merged.labels.end(),
              [](const OptimizerLabel &a, const OptimizerLabel &b) { return a.item < b.item; });
    for (size_t i = 0; i < merged.labels.size(); ++i) {
        if (merged.labels[i].item != int(i)) {
            *error = QStringLiteral("the shards do not hold every item once (item %1 of %2)").arg(i).arg(merged.totalItems);
            return std::nullopt;
        }
    }
    if (int(merged.labels.size()) != merged.totalItems) {
        *error = QStringLiteral("the shards hold %1 of %2 items").arg(merged.labels.size()).arg(merged.totalItems);
        return std::nullopt;
    }
    return merged;
}

// ---------------------------------------------------------------------------------------------
// The optimizer

NeuralOptimizer::NeuralOptimizer(const DesignSpace &space, MlpModel model, int signatureSize, bool energyInputs,
                                 QStringList restrictions, QJsonObject provenance)
    : m_space(&space)
    , m_model(std::move(model))
    , m_signatureSize(signatureSize)
    , m_energyInputs(energyInputs)
    , m_restrictions(std::move(restrictions))
    , m_provenance(std::move(provenance))
{
    QString error;
    m_allowed = allowedChoices(space, parseDomain(space, m_restrictions, &error));
    int offset = 0;
    for (const Decision &d : space.decisions()) {
        m_headOffset.push_back(offset);
        offset += d.choiceCount();
    }
}

std::vector<int> NeuralOptimizer::headSizes() const
{
    std::vector<int> out;
    for (const Decision &d : m_space->decisions())
        out.push_back(d.choiceCount());
    return out;
}

QJsonObject NeuralOptimizer::metadata() const
{
    QJsonArray heads;
    for (int i = 0; i < m_space->decisionCount(); ++i) {
        const Decision &d = m_space->decisions()[i];
        heads.append(QJsonObject{{QStringLiteral("decision"), d.name()},
                                 {QStringLiteral("offset"), m_headOffset[size_t(i)]},
                                 {QStringLiteral("choices"), QJsonArray::fromStringList(d.labels)}});
    }
    QJsonArray inputs{QStringLiteral("m = mean signature log-latency (ms)")};
    for (int k = 0; k < m_signatureSize; ++k)
        inputs.append(QStringLiteral("signature log-latency %1 - m").arg(k));
    inputs.append(QStringLiteral("log(latency budget ms) - m"));
    if (m_energyInputs) {
        inputs.append(QStringLiteral("n = mean signature log-energy (mJ)"));
        inputs.append(QStringLiteral("1 if an energy budget is given, else 0"));
        inputs.append(QStringLiteral("log(energy budget mJ) - n, or 0"));
    }
    QJsonObject normalisation{
        {QStringLiteral("latency"), QStringLiteral("log(latency_budget_ms) - mean(log(signature latency_ms))")}};
    if (m_energyInputs)
        normalisation.insert(QStringLiteral("energy"), QStringLiteral("log(energy_budget_mj) - mean(log(signature energy_mj))"));
    return {{QStringLiteral("kind"), kOptimizerKind},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("space"), m_space->name()},
            {QStringLiteral("signature"), QStringLiteral("SignatureSet::forSpace(space, %1)").arg(m_signatureSize)},
            {QStringLiteral("signature_size"), m_signatureSize},
            {QStringLiteral("energy_inputs"), m_energyInputs},
            {QStringLiteral("inputs"), inputs},
            {QStringLiteral("budget_normalisation"), normalisation},
            {QStringLiteral("output"), QStringLiteral("concatenated logits of the heads; softmax per head")},
            {QStringLiteral("heads"), heads},
            {QStringLiteral("restrictions"), QJsonArray::fromStringList(m_restrictions)},
            {QStringLiteral("provenance"), m_provenance}};
}

QByteArray NeuralOptimizer::toOnnx() const
{
    OnnxExportOptions options;
    options.inputName = QStringLiteral("device_and_budgets");
    options.outputName = QStringLiteral("logits");
    options.graphName = QStringLiteral("edgefront_neural_optimizer");
    options.docString = QStringLiteral("EdgeFront neural optimizer for %1: device features and budgets -> one "
                                       "categorical head per decision (see metadata \"edgefront\")")
                            .arg(m_space->name());
    options.metadata.insert(kMetadataKey, QString::fromUtf8(QJsonDocument(metadata()).toJson(QJsonDocument::Compact)));
    options.metadata.insert(QStringLiteral("space"), m_space->name());
    options.metadata.insert(QStringLiteral("edgefront_kind"), kOptimizerKind);
    return OnnxModel::exportMlp(m_model, options);
}

std::optional<NeuralOptimizer> NeuralOptimizer::fromOnnx(const OnnxModel &onnx, QString *error)
{
    const QString source = onnx.source();
    const QJsonObject meta = QJsonDocument::fromJson(onnx.metadata().value(kMetadataKey).toUtf8()).object();
    if (meta.value(QStringLiteral("kind")).toString() != kOptimizerKind) {
        *error = QStringLiteral("%1: not an EdgeFront neural optimizer (no \"edgefront\" metadata of kind %2)")
                     .arg(source, kOptimizerKind);
        return std::nullopt;
    }
    if (meta.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        *error = QStringLiteral("%1: written by a newer EdgeFront (optimizer format %2)")
                     .arg(source).arg(meta.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    QString e;
    const DesignSpace *space = findDesignSpace(meta.value(QStringLiteral("space")).toString(), &e);
    if (!space) {
        *error = source + QStringLiteral(": ") + e;
        return std::nullopt;
    }
    const QJsonArray heads = meta.value(QStringLiteral("heads")).toArray();
    int outputs = 0;
    bool headsMatch = heads.size() == space->decisionCount();
    for (int i = 0; headsMatch && i < heads.size(); ++i) {
        const QJsonObject h = heads[i].toObject();
        const Decision &d = space->decisions()[i];
        headsMatch = h.value(QStringLiteral("decision")).toString() == d.name()
                     && h.value(QStringLiteral("choices")).toArray().size() == d.choiceCount()
                     && h.value(QStringLiteral("offset")).toInt(-1) == outputs;
        outputs += d.choiceCount();
    }
    if (!headsMatch) {
        *error = QStringLiteral("%1: its heads do not match the decisions of %2").arg(source, space->name());
        return std::nullopt;
    }
    const MlpModel *mlp = onnx.mlp();
    if (!mlp) {
        *error = QStringLiteral("%1: not an MLP exported by EdgeFront").arg(source);
        return std::nullopt;
    }
    QStringList restrictions;
    for (const QJsonValue &v : meta.value(QStringLiteral("restrictions")).toArray())
        restrictions.append(v.toString());
    if (!restrictions.isEmpty() && !SearchDomain::parse(*space, restrictions, &e)) {
        *error = QStringLiteral("%1: restrictions: %2").arg(source, e);
        return std::nullopt;
    }
    NeuralOptimizer optimizer(*space, *mlp, meta.value(QStringLiteral("signature_size")).toInt(),
                              meta.value(QStringLiteral("energy_inputs")).toBool(), restrictions,
                              meta.value(QStringLiteral("provenance")).toObject());
    if (optimizer.m_signatureSize < 1 || mlp->inputSize() != optimizer.inputSize() || mlp->outputSize() != outputs) {
        *error = QStringLiteral("%1: the model maps %2 inputs to %3 outputs; the metadata says %4 to %5")
                     .arg(source)
                     .arg(mlp->inputSize())
                     .arg(mlp->outputSize())
                     .arg(optimizer.inputSize())
                     .arg(outputs);
        return std::nullopt;
    }
    return optimizer;
}

std::optional<NeuralOptimizer> NeuralOptimizer::fromFile(const QString &path, QString *error)
{
    const auto onnx = OnnxModel::fromFile(path, error);
    if (!onnx)
        return std::nullopt;
    return fromOnnx(*onnx, error);
}

std::optional<std::vector<float>> NeuralOptimizer::inputRow(const OptimizerDeviceInputs &device, const Budgets &budgets,
                                                            QString *error) const
{
    if (int(device.latency.logLatency.size()) != m_signatureSize || !device.latency.isValid(error)) {
        if (int(device.latency.logLatency.size()) != m_signatureSize)
            *error = QStringLiteral("the optimizer needs %1 signature latencies, the device has %2")
                         .arg(m_signatureSize)
                         .arg(device.latency.logLatency.size());
        return std::nullopt;
    }
    if (!(budgets.latencyMs > 0 && std::isfinite(budgets.latencyMs))) {
        *error = QStringLiteral("the neural optimizer needs a finite latency budget");
        return std::nullopt;
    }
    std::vector<float> row = device.latency.inputs();
    const double m = device.latency.mean();
    row.push_back(float(std::log(budgets.latencyMs) - m));
    if (m_energyInputs) {
        const bool withEnergy = std::isfinite(budgets.energyMj);
        if (withEnergy && !std::isfinite(device.meanLogEnergy)) {
            *error = QStringLiteral("an energy budget needs the device's signature energies");
            return std::nullopt;
        }
        const double n = std::isfinite(device.meanLogEnergy) ? device.meanLogEnergy : 0.0;
        row.push_back(float(n));
        row.push_back(withEnergy ? 1.0f : 0.0f);
        row.push_back(withEnergy ? float(std::log(budgets.energyMj) - n) : 0.0f);
    }
    return row;
}

MatrixF NeuralOptimizer::logits(const MatrixF &inputs) const
{
    return m_model.predict(inputs);
}

Architecture NeuralOptimizer::argmax(const float *logits) const
{
    Architecture a;
    a.choices.resize(size_t(m_space->decisionCount()));
    for (int d = 0; d < m_space->decisionCount(); ++d) {
        const float *head = logits + m_headOffset[size_t(d)];
        quint8 best = m_allowed[size_t(d)].front();
        for (quint8 c : m_allowed[size_t(d)]) {
            if (head[c] > head[best])
                best = c;
        }
        a[d] = best;
    }
    return a;
}

bool OptimizerQueryOptions::isValid(QString *error) const
{
    if (budgetScales.empty() || samples < 0 || !(temperature > 0) || refinementRounds < 0 || repairRounds < 0
        || std::any_of(budgetScales.begin(), budgetScales.end(), [](double s) { return !(s > 0 && std::isfinite(s)); })) {
        *error = QStringLiteral("query options: need positive budget scales and temperature, non-negative samples and rounds");
        return false;
    }
    return true;
}

OptimizerAnswer NeuralOptimizer::optimize(const SearchEvaluator &device, const OptimizerDeviceInputs &inputs,
                                          const Budgets &budgets, const OptimizerQueryOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    OptimizerAnswer answer;
    QString error;
    if (!options.isValid(&error) || !budgets.isValid(&error)) {
        answer.note = error;
        return answer;
    }
    const DesignSpace &space = *m_space;
    // One forward pass over the scaled budgets.
    MatrixF x(Eigen::Index(options.budgetScales.size()), inputSize());
    for (size_t i = 0; i < options.budgetScales.size(); ++i) {
        const double s = options.budgetScales[i];
        const auto row = inputRow(inputs, {budgets.latencyMs * s, budgets.energyMj * s}, &error);
        if (!row) {
            answer.note = error;
            return answer;
        }
        x.row(Eigen::Index(i)) = Eigen::Map<const Eigen::RowVectorXf>(row->data(), Eigen::Index(row->size()));
    }
    const MatrixF y = logits(x);
    std::vector<Architecture> candidates;
    for (Eigen::Index r = 0; r < y.rows(); ++r)
        candidates.push_back(argmax(y.row(r).data()));
    // Designs drawn from the unscaled row's distributions.
    QRandomGenerator rng = seededGenerator(options.seed);
    std::vector<float> p;
    for (int s = 0; s < options.samples; ++s) {
        Architecture a = candidates.front();
        for (int d = 0; d < space.decisionCount(); ++d) {
            const float *head = y.row(0).data() + m_headOffset[size_t(d)];
            const auto &allowed = m_allowed[size_t(d)];
            float top = -std::numeric_limits<float>::infinity();
            for (quint8 c : allowed)
                top = std::max(top, head[c]);
            p.assign(allowed.size(), 0.0f);
            float sum = 0.0f;
            for (size_t j = 0; j < allowed.size(); ++j)
                sum += p[j] = std::exp(float((head[allowed[j]] - top) / options.temperature));
            float u = float(rng.generateDouble()) * sum;
            size_t j = 0;
            while (j + 1 < allowed.size() && u >= p[j])
                u -= p[j++];
            a[d] = allowed[j];
        }
        candidates.push_back(std::move(a));
    }
    std::optional<Candidate> best;
    // Without a feasible candidate, the one closest to the budgets (largest metric / budget ratio).
    std::optional<Architecture> closest;
    double closestExcess = kInf;
    auto excess = [&](const DesignMetrics &m) {
        double r = m.latencyMs / budgets.latencyMs;
        if (std::isfinite(budgets.energyMj))
            r = std::max(r, m.energyMj / budgets.energyMj);
        return std::isfinite(r) ? r : kInf;
    };
    QSet<QByteArray> seen;
    int costEvaluations = 0;
    // Verifies the designs not seen yet, lazily: their accuracy first (one batch), then their
    // latency and energy in order of decreasing accuracy, only while a design could still beat
    // the best one. The result is the same as evaluating all of them; the cost model, the
    // expensive part on a device not queried before, runs for a few. True when the best (or,
    // without one, the closest) improved.
    auto verify = [&](std::vector<Architecture> &archs) {
        std::vector<Architecture> fresh;
        for (Architecture &a : archs) {
            QByteArray key = space.canonicalBytes(a);
            if (!seen.contains(key)) {
                seen.insert(std::move(key));
                fresh.push_back(std::move(a));
            }
        }
        archs.clear();
        if (fresh.empty())
            return false;
        const AccuracySource *source = device.accuracySource();
        const ArchitectureBatch batch(space, std::move(fresh));
        const std::vector<double> accuracy = source ? source->predict(batch) : std::vector<double>(batch.size(), kNaN);
        std::vector<size_t> order(batch.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return accuracy[x] > accuracy[y]; });
        bool improved = false;
        for (size_t i : order) {
            if (!std::isfinite(accuracy[i]))
                continue;
            if (best && accuracy[i] < best->metrics.accuracy)
                break; // sorted: nothing further can win (equal accuracy still can, by latency)
            Candidate c{batch.archs()[i], device.evaluate(batch.archs()[i], false)};
            c.metrics.accuracy = accuracy[i];
            ++costEvaluations;
            if (budgets.admits(c.metrics)) {
                if (!best || better(c, *best)) {
                    best = std::move(c);
                    improved = true;
                }
            } else if (!best && excess(c.metrics) < closestExcess) {
                closestExcess = excess(c.metrics);
                closest = c.arch;
                improved = true;
            }
        }
        return improved;
    };
    auto neighbours = [&](const Architecture &center) {
        std::vector<Architecture> out;
        for (int d = 0; d < space.decisionCount(); ++d) {
            if (!space.isActive(center, d))
                continue;
            for (quint8 c : m_allowed[size_t(d)]) {
                if (c == center[d])
                    continue;
                Architecture a = center;
                a[d] = c;
                out.push_back(std::move(a));
            }
        }
        return out;
    };
    verify(candidates);
    // Repair: from the candidate closest to the budgets, the single-decision change that brings
    // it closest, until one meets them (the network's answer for an unfamiliar device or a
    // budget at the edge of the feasible range).
    for (int round = 0; round < options.repairRounds && !best && closest; ++round) {
        std::vector<Architecture> next = neighbours(*closest);
        ++answer.repairSteps;
        if (!verify(next))
            break;
    }
    // Refinement: the best single-decision change of the best design, while it improves.
    for (int round = 0; round < options.refinementRounds && best; ++round) {
        std::vector<Architecture> next = neighbours(best->arch);
        if (!verify(next))
            break;
    }
    answer.best = best;
    answer.candidates = int(seen.size());
    answer.costEvaluations = costEvaluations;
    if (!best) {
        QStringList parts{QStringLiteral("%1 ms").arg(budgets.latencyMs)};
        if (std::isfinite(budgets.energyMj))
            parts.append(QStringLiteral("%1 mJ").arg(budgets.energyMj));
        answer.note = QStringLiteral("no candidate meets %1 (%2 checked)")
                          .arg(parts.join(QStringLiteral(" and ")))
                          .arg(answer.candidates);
    }
    answer.seconds = double(timer.nsecsElapsed()) / 1e9;
    return answer;
}

// ---------------------------------------------------------------------------------------------
// Training

bool NeuralOptimizerTrainingOptions::isValid(QString *error) const
{
    if (hidden.empty() || std::any_of(hidden.begin(), hidden.end(), [](int h) { return h < 1 || h > 8192; })) {
        *error = QStringLiteral("hidden layers: need one or more widths in 1..8192");
        return false;
    }
    if (epochs < 1 || epochs > 100000 || batchSize < 1 || !(learningRate > 0) || !(weightDecay >= 0)
        || !(validationShare >= 0 && validationShare < 0.9) || patience < 1) {
        *error = QStringLiteral("training options out of range (epochs, batch size, learning rate, weight decay, "
                                "validation share, patience)");
        return false;
    }
    return true;
}

namespace {

struct TrainingRows
{
    MatrixF x;
    std::vector<std::vector<quint8>> y;    // label choices
    std::vector<std::vector<bool>> active; // heads that carry a signal
};

// Softmax cross-entropy summed over active heads: loss of the rows and, when grad is non-null,
// d(mean loss)/d(logits) for a batch of `scaleRows` rows.
double crossEntropy(const MatrixF &logits, const TrainingRows &rows, const std::vector<Eigen::Index> &index,
                    const std::vector<int> &offsets, const std::vector<int> &sizes, MatrixF *grad, int *hits,
                    int *heads)
{
    double loss = 0.0;
    if (grad)
        grad->setZero(logits.rows(), logits.cols());
    std::vector<float> p;
    for (Eigen::Index r = 0; r < logits.rows(); ++r) {
        const size_t src = size_t(index[size_t(r)]);
        for (size_t h = 0; h < offsets.size(); ++h) {
            if (!rows.active[src][h])
                continue;
            const float *z = logits.row(r).data() + offsets[h];
            const int n = sizes[h], label = rows.y[src][h];
            const float top = *std::max_element(z, z + n);
            p.resize(size_t(n));
            float sum = 0.0f;
            int arg = 0;
            for (int j = 0; j < n; ++j) {
                sum += p[size_t(j)] = std::exp(z[j] - top);
                if (z[j] > z[arg])
                    arg = j;
            }
            loss -= double(std::log(p[size_t(label)] / sum));
            if (hits) {
                *hits += arg == label;
                ++*heads;
            }
            if (grad) {
                float *g = grad->row(r).data() + offsets[h];
                for (int j = 0; j < n; ++j)
                    g[j] = (p[size_t(j)] / sum - (j == label ? 1.0f : 0.0f)) / float(logits.rows());
            }
        }
    }
    return loss;
}

} // namespace

std::optional<NeuralOptimizerTrainingResult> trainNeuralOptimizer(const DesignSpace &space, const OptimizerLabelSet &labels,
                                                                  const NeuralOptimizerTrainingOptions &o, QString *error,
                                                                  const std::function<bool(double)> &progress)
{
    if (!o.isValid(error))
        return std::nullopt;
    if (labels.settings.value(QStringLiteral("space")).toString() != space.name()) {
        *error = QStringLiteral("the labels are for %1, not %2")
                     .arg(labels.settings.value(QStringLiteral("space")).toString(), space.name());
        return std::nullopt;
    }
    const bool energyInputs = labels.settings.value(QStringLiteral("energy_budgets")).toBool();
    QStringList restrictions;
    for (const QJsonValue &v : labels.settings.value(QStringLiteral("restrictions")).toArray())
        restrictions.append(v.toString());
    const int signatureSize = labels.labels.empty() ? SignatureSet::kDefaultSize
                                                    : int(labels.labels.front().inputs.latency.logLatency.size());
    NeuralOptimizer shape(space, {}, signatureSize, energyInputs, restrictions, {});
    const std::vector<int> sizes = shape.headSizes();
    std::vector<int> offsets;
    int outputs = 0;
    for (int s : sizes) {
        offsets.push_back(outputs);
        outputs += s;
    }

    // Rows: every found label, and the same design at the budgets it uses.
    std::vector<std::vector<float>> xs;
    TrainingRows all;
    QStringList rowDevice, devices;
    auto addRow = [&](const OptimizerLabel &l, const Budgets &b) {
        auto row = shape.inputRow(l.inputs, b, error);
        if (!row)
            return false;
        xs.push_back(std::move(*row));
        all.y.push_back(l.best->arch.choices);
        std::vector<bool> active(sizes.size());
        for (int d = 0; d < space.decisionCount(); ++d)
            active[size_t(d)] = space.isActive(l.best->arch, d);
        all.active.push_back(std::move(active));
        rowDevice.append(l.deviceId);
        return true;
    };
    for (const OptimizerLabel &l : labels.labels) {
        if (!l.best)
            continue;
        if (!devices.contains(l.deviceId))
            devices.append(l.deviceId);
        if (!addRow(l, l.budgets))
            return std::nullopt;
        const DesignMetrics &m = l.best->metrics;
        const bool energy = std::isfinite(l.budgets.energyMj);
        if (o.augmentAchieved && m.latencyMs > 0 && (m.latencyMs < l.budgets.latencyMs || (energy && m.energyMj < l.budgets.energyMj))
            && (!energy || m.energyMj > 0)
            && !addRow(l, {m.latencyMs, energy ? m.energyMj : kInf}))
            return std::nullopt;
    }
    if (xs.size() < 2) {
        *error = QStringLiteral("training needs labels with designs (have %1 of %2 labels with a design)")
                     .arg(xs.size()).arg(labels.labels.size());
        return std::nullopt;
    }
    all.x.resize(Eigen::Index(xs.size()), shape.inputSize());
    for (size_t i = 0; i < xs.size(); ++i)
        all.x.row(Eigen::Index(i)) = Eigen::Map<const Eigen::RowVectorXf>(xs[i].data(), Eigen::Index(xs[i].size()));

    // Split by device (seeded).
    QRandomGenerator rng = seededGenerator(o.seed);
    QStringList shuffled = devices;
    for (qsizetype i = shuffled.size(); i > 1; --i)
        shuffled.swapItemsAt(i - 1, qsizetype(rng.bounded(quint32(i))));
    const int validationDevices = o.validationShare > 0 && devices.size() >= 2
                                      ? std::clamp(int(std::lround(devices.size() * o.validationShare)), 1, int(devices.size()) - 1)
                                      : 0;
    const QSet<QString> validationSet(shuffled.begin(), shuffled.begin() + validationDevices);
    std::vector<Eigen::Index> train, validation;
    for (qsizetype i = 0; i < rowDevice.size(); ++i)
        (validationSet.contains(rowDevice[i]) ? validation : train).push_back(Eigen::Index(i));

    // Input normalisation from the training rows (constant inputs keep scale 1).
    MlpModel model;
    {
        MatrixF xt(Eigen::Index(train.size()), all.x.cols());
        for (size_t i = 0; i < train.size(); ++i)
            xt.row(Eigen::Index(i)) = all.x.row(train[i]);
        model.inputMean = xt.colwise().mean().transpose();
        model.inputScale = ((xt.rowwise() - model.inputMean.transpose()).array().square().colwise().mean().sqrt()).transpose();
        for (float &s : model.inputScale)
            s = s > 1e-6f ? s : 1.0f;
    }
    MatrixF xn = all.x;
    xn.rowwise() -= model.inputMean.transpose();
    xn.array().rowwise() /= model.inputScale.transpose().array();

    std::vector<int> widths{int(all.x.cols())};
    widths.insert(widths.end(), o.hidden.begin(), o.hidden.end());
    widths.push_back(outputs);
    MlpModel core = MlpModel::random(widths, rng.generate64());
    const size_t L = core.layers.size();
    struct Adam
    {
        MatrixF mW, vW;
        VectorF mB, vB;
    };
    std::vector<Adam> adam(L);
    for (size_t l = 0; l < L; ++l) {
        adam[l] = {MatrixF::Zero(core.layers[l].weight.rows(), core.layers[l].weight.cols()),
                   MatrixF::Zero(core.layers[l].weight.rows(), core.layers[l].weight.cols()),
                   VectorF::Zero(core.layers[l].bias.size()), VectorF::Zero(core.layers[l].bias.size())};
    }
    const float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
    long step = 0;

    auto evaluateRows = [&](const MlpModel &net, const std::vector<Eigen::Index> &index, int *hits, int *heads) {
        MatrixF xb(Eigen::Index(index.size()), xn.cols());
        for (size_t i = 0; i < index.size(); ++i)
            xb.row(Eigen::Index(i)) = xn.row(index[i]);
        return crossEntropy(net.predict(xb), all, index, offsets, sizes, nullptr, hits, heads) / double(index.size());
    };

    NeuralOptimizerTrainingResult result;
    result.trainRows = int(train.size());
    result.validationRows = int(validation.size());
    MlpModel best = core;
    double bestLoss = kInf;
    int sinceBest = 0;
    std::vector<MatrixF> h(L + 1);
    MatrixF grad, gradPrev, gW;
    VectorF gB;
    std::vector<Eigen::Index> perm = train, batch;
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        for (size_t i = perm.size(); i > 1; --i)
            std::swap(perm[i - 1], perm[rng.bounded(quint32(i))]);
        double epochLoss = 0.0;
        for (size_t start = 0; start < perm.size(); start += size_t(o.batchSize)) {
            batch.assign(perm.begin() + std::ptrdiff_t(start), perm.begin() + std::ptrdiff_t(std::min(perm.size(), start + size_t(o.batchSize))));
            const Eigen::Index b = Eigen::Index(batch.size());
            h[0].resize(b, xn.cols());
            for (Eigen::Index r = 0; r < b; ++r)
                h[0].row(r) = xn.row(batch[size_t(r)]);
            for (size_t l = 0; l < L; ++l) {
                const DenseLayer &layer = core.layers[l];
                h[l + 1].resize(b, layer.outputs());
                sgemm(h[l], layer.weight, h[l + 1], false);
                addBiasAndActivate(h[l + 1], layer.bias, layer.activation, layer.leakySlope);
            }
            epochLoss += crossEntropy(h[L], all, batch, offsets, sizes, &grad, nullptr, nullptr);
            ++step;
            const float lrT = float(o.learningRate * std::sqrt(1.0 - std::pow(beta2, step)) / (1.0 - std::pow(beta1, step)));
            const float decay = float(o.learningRate * o.weightDecay);
            for (size_t li = L; li-- > 0;) {
                DenseLayer &layer = core.layers[li];
                if (layer.activation == MlpActivation::Relu)
                    kernels::reluGradient(grad.data(), h[li + 1].data(), grad.size());
                gW.resize(layer.weight.rows(), layer.weight.cols());
                sgemm(h[li], grad, gW, false, true, false); // h^T * grad
                gB.resize(layer.outputs());
                kernels::columnSums(grad.data(), b, grad.cols(), grad.cols(), gB.data());
                if (li > 0) {
                    gradPrev.resize(b, layer.inputs());
                    sgemm(grad, layer.weight, gradPrev, false, false, true); // grad * W^T (before the update)
                    grad.swap(gradPrev);
                }
                kernels::adamUpdate(layer.weight.data(), adam[li].mW.data(), adam[li].vW.data(), gW.data(), gW.size(), lrT,
                                    beta1, beta2, eps, decay);
                kernels::adamUpdate(layer.bias.data(), adam[li].mB.data(), adam[li].vB.data(), gB.data(), gB.size(), lrT,
                                    beta1, beta2, eps, 0.0f);
            }
        }
        result.trainLoss = epochLoss / double(std::max<size_t>(1, perm.size()));
        result.epochsRun = epoch + 1;
        if (!validation.empty()) {
            const double v = evaluateRows(core, validation, nullptr, nullptr);
            if (v < bestLoss) {
                bestLoss = v;
                best = core;
                result.bestEpoch = epoch + 1;
                sinceBest = 0;
            } else if (++sinceBest >= o.patience) {
                result.stoppedEarly = true;
                break;
            }
        }
        if (progress && !progress(double(epoch + 1) / o.epochs)) {
            *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }
    if (validation.empty()) {
        best = core;
        result.bestEpoch = result.epochsRun;
        result.validationLoss = kNaN;
    } else {
        int hits = 0, heads = 0;
        result.validationLoss = evaluateRows(best, validation, &hits, &heads);
        result.validationHeadAccuracy = heads > 0 ? double(hits) / heads : kNaN;
    }
    model.layers = std::move(best.layers);

    QJsonArray hidden;
    for (int w : o.hidden)
        hidden.append(w);
    const QJsonObject training{{QStringLiteral("loss"), QStringLiteral("softmax cross-entropy summed over active heads")},
                               {QStringLiteral("hidden"), hidden},
                               {QStringLiteral("epochs"), o.epochs},
                               {QStringLiteral("batch_size"), o.batchSize},
                               {QStringLiteral("learning_rate"), o.learningRate},
                               {QStringLiteral("weight_decay"), o.weightDecay},
                               {QStringLiteral("validation_share"), o.validationShare},
                               {QStringLiteral("patience"), o.patience},
                               {QStringLiteral("augment_achieved"), o.augmentAchieved},
                               {QStringLiteral("seed"), QString::number(o.seed)},
                               {QStringLiteral("train_rows"), result.trainRows},
                               {QStringLiteral("validation_rows"), result.validationRows},
                               {QStringLiteral("epochs_run"), result.epochsRun},
                               {QStringLiteral("best_epoch"), result.bestEpoch},
                               {QStringLiteral("validation_loss"), number(result.validationLoss)},
                               {QStringLiteral("validation_head_accuracy"), number(result.validationHeadAccuracy)}};
    QJsonObject labelling = labels.settings;
    labelling.insert(QStringLiteral("labels"), int(labels.labels.size()));
    const QJsonObject provenance{{QStringLiteral("accuracy"), labels.settings.value(QStringLiteral("accuracy"))},
                                 {QStringLiteral("labelling"), labelling},
                                 {QStringLiteral("training"), training}};
    result.optimizer.emplace(space, std::move(model), signatureSize, energyInputs, restrictions, provenance);
    return result;
}

} // namespace edgefront
