#include "evolutionsearch.h"

#include "nb201space.h"
#include "seededgenerator.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace edgefront {

namespace {

bool better(const Candidate &a, const Candidate &b)
{
    // Higher accuracy first; ties broken by lower latency, so results are stable.
    if (a.metrics.accuracy != b.metrics.accuracy)
        return a.metrics.accuracy > b.metrics.accuracy;
    return a.metrics.latencyMs < b.metrics.latencyMs;
}

void note(SearchResult &r, const Budgets &budgets)
{
    if (r.best)
        return;
    QStringList parts;
    if (std::isfinite(budgets.latencyMs))
        parts.append(QStringLiteral("%1 ms").arg(budgets.latencyMs));
    if (std::isfinite(budgets.energyMj))
        parts.append(QStringLiteral("%1 mJ").arg(budgets.energyMj));
    r.note = QStringLiteral("no design found within %1").arg(parts.isEmpty() ? QStringLiteral("the budgets") : parts.join(QStringLiteral(" and ")));
}

// Keeps the archive of distinct designs evaluated with accuracy.
struct Archive
{
    bool enabled = false;
    QSet<QByteArray> seen;
    std::vector<Candidate> items;
    void add(const DesignSpace &space, const Candidate &c)
    {
        if (!enabled)
            return;
        const QByteArray key = space.canonicalBytes(c.arch);
        if (!seen.contains(key)) {
            seen.insert(key);
            items.push_back(c);
        }
    }
};

} // namespace

bool EvolutionOptions::isValid(QString *error) const
{
    if (population < 4 || population > 100000 || generations < 1 || generations > 1000000) {
        *error = QStringLiteral("population must be in 4..100000 and generations in 1..1000000");
        return false;
    }
    if (!(parentRatio > 0 && parentRatio < 1) || !(mutationRatio >= 0 && mutationRatio <= 1)
        || !(mutationProbability >= 0 && mutationProbability <= 1) || maxAttemptsPerChild < 1) {
        *error = QStringLiteral("parent ratio must be in (0, 1); mutation ratio and probability in [0, 1]");
        return false;
    }
    return budgets.isValid(error);
}

std::optional<SearchResult> evolutionSearch(const SearchEvaluator &evaluator, const EvolutionOptions &o, QString *error,
                                            const SearchProgress &progress)
{
    if (!o.isValid(error))
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    const DesignSpace &space = evaluator.space();
    const SearchDomain *domain = o.domain ? &*o.domain : nullptr;
    QRandomGenerator rng = seededGenerator(o.seed);
    SearchResult result;
    Archive archive{o.keepArchive, {}, {}};

    // A feasible design from `make`, trying up to maxAttemptsPerChild times.
    auto feasible = [&](const std::function<Architecture()> &make) -> std::optional<Architecture> {
        for (int attempt = 0; attempt < o.maxAttemptsPerChild; ++attempt) {
            Architecture a = make();
            ++result.evaluations;
            if (o.budgets.admits(evaluator.evaluate(a, false)))
                return a;
        }
        return std::nullopt;
    };

    std::vector<Architecture> fresh;
    for (int i = 0; i < o.population; ++i) {
        auto a = feasible([&] { return space.sample(rng, domain); });
        if (a)
            fresh.push_back(*a);
    }
    if (fresh.empty()) {
        result.seconds = timer.elapsed() / 1000.0;
        note(result, o.budgets);
        return result;
    }
    std::vector<Candidate> population;
    auto score = [&](std::vector<Architecture> &archs) {
        const std::vector<DesignMetrics> m = evaluator.evaluate(archs, true);
        for (size_t i = 0; i < archs.size(); ++i) {
            population.push_back({std::move(archs[i]), m[i]});
            archive.add(space, population.back());
        }
        archs.clear();
    };
    score(fresh);

    const int parents = std::max(2, int(std::lround(o.population * o.parentRatio)));
    const int mutations = int(std::lround(o.population * o.mutationRatio));
    for (int gen = 0; gen < o.generations; ++gen) {
        std::sort(population.begin(), population.end(), better);
        if (!result.best || better(population.front(), *result.best))
            result.best = population.front();
        population.resize(std::min<size_t>(population.size(), size_t(parents)));
        const int count = int(population.size());
        for (int i = 0; i < mutations; ++i) {
            const Architecture &parent = population[rng.bounded(quint32(count))].arch;
            if (auto a = feasible([&] { return space.mutate(parent, o.mutationProbability, rng, domain); }))
                fresh.push_back(*a);
        }
        for (int i = mutations; i < o.population - count; ++i) {
            const Architecture &p1 = population[rng.bounded(quint32(count))].arch;
            const Architecture &p2 = population[rng.bounded(quint32(count))].arch;
            if (auto a = feasible([&] { return space.crossover(p1, p2, rng); }))
                fresh.push_back(*a);
        }
        score(fresh);
        result.generations = gen + 1;
        if (progress && !progress(double(gen + 1) / o.generations)) {
            result.cancelled = true;
            break;
        }
    }
    std::sort(population.begin(), population.end(), better);
    if (!population.empty() && (!result.best || better(population.front(), *result.best)))
        result.best = population.front();
    if (result.best && !o.budgets.admits(result.best->metrics))
        result.best.reset(); // never report a design that breaks a budget
    result.archive = std::move(archive.items);
    result.seconds = timer.elapsed() / 1000.0;
    note(result, o.budgets);
    return result;
}

std::optional<SearchResult> randomSearch(const SearchEvaluator &evaluator, const RandomSearchOptions &o, QString *error,
                                         const SearchProgress &progress)
{
    if (o.samples < 1 || !o.budgets.isValid(error)) {
        if (o.samples < 1)
            *error = QStringLiteral("samples must be at least 1");
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    const DesignSpace &space = evaluator.space();
    QRandomGenerator rng = seededGenerator(o.seed);
    SearchResult result;
    Archive archive{o.keepArchive, {}, {}};
    constexpr int kBatch = 256;
    for (int start = 0; start < o.samples; start += kBatch) {
        std::vector<Architecture> batch;
        for (int i = start; i < std::min(o.samples, start + kBatch); ++i)
            batch.push_back(space.sample(rng, o.domain ? &*o.domain : nullptr));
        const std::vector<DesignMetrics> m = evaluator.evaluate(batch, true);
        for (size_t i = 0; i < batch.size(); ++i) {
            const Candidate c{batch[i], m[i]};
            archive.add(space, c);
            if (o.budgets.admits(c.metrics) && std::isfinite(c.metrics.accuracy) && (!result.best || better(c, *result.best)))
                result.best = c;
        }
        result.evaluations += int(batch.size());
        if (progress && !progress(double(result.evaluations) / o.samples)) {
            result.cancelled = true;
            break;
        }
    }
    result.archive = std::move(archive.items);
    result.seconds = timer.elapsed() / 1000.0;
    note(result, o.budgets);
    return result;
}

std::optional<SearchResult> exhaustiveSearch(const SearchEvaluator &evaluator, const Budgets &budgets, QString *error,
                                             const SearchProgress &progress)
{
    if (!budgets.isValid(error))
        return std::nullopt;
    if (evaluator.space().name() != QLatin1StringView("nb201")) {
        *error = QStringLiteral("exhaustive search needs an enumerable space (nb201); %1 has 10^%2 designs")
                     .arg(evaluator.space().name())
                     .arg(evaluator.space().log10Size(), 0, 'f', 1);
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    constexpr int kBatch = 1024;
    for (int start = 0; start < Nb201Space::kCells; start += kBatch) {
        std::vector<Architecture> batch;
        for (int i = start; i < std::min(Nb201Space::kCells, start + kBatch); ++i)
            batch.push_back(Nb201Space::fromOfficialIndex(i));
        const std::vector<DesignMetrics> m = evaluator.evaluate(batch, true);
        for (size_t i = 0; i < batch.size(); ++i) {
            Candidate c{batch[i], m[i]};
            if (budgets.admits(c.metrics) && std::isfinite(c.metrics.accuracy) && (!result.best || better(c, *result.best)))
                result.best = c;
            result.archive.push_back(std::move(c));
        }
        result.evaluations += int(batch.size());
        if (progress && !progress(double(result.evaluations) / Nb201Space::kCells)) {
            result.cancelled = true;
            break;
        }
    }
    result.seconds = timer.elapsed() / 1000.0;
    note(result, budgets);
    return result;
}

} // namespace edgefront
