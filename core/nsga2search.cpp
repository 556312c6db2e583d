#include "nsga2search.h"

#include "paretofront.h"
#include "seededgenerator.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace edgefront {

namespace {

double violation(const DesignMetrics &m, const Budgets &b)
{
    double v = 0;
    if (!std::isfinite(m.latencyMs) || !std::isfinite(m.accuracy))
        return std::numeric_limits<double>::infinity();
    if (std::isfinite(b.latencyMs) && m.latencyMs > b.latencyMs)
        v += (m.latencyMs - b.latencyMs) / b.latencyMs;
    if (std::isfinite(b.energyMj)) {
        if (!std::isfinite(m.energyMj))
            return std::numeric_limits<double>::infinity();
        if (m.energyMj > b.energyMj)
            v += (m.energyMj - b.energyMj) / b.energyMj;
    }
    return v;
}

struct Ranked
{
    Candidate candidate;
    double violation = 0;
    int rank = 0;
    double crowding = 0;
};

// Constrained non-dominated sorting: feasible designs by Pareto rank, then infeasible by
// violation (each its own rank after the feasible ones); crowding within feasible fronts.
void rankPopulation(std::vector<Ranked> &pop, bool withEnergy)
{
    std::vector<int> feasible, infeasible;
    for (int i = 0; i < int(pop.size()); ++i)
        (pop[size_t(i)].violation == 0 ? feasible : infeasible).push_back(i);
    const int m = withEnergy ? 3 : 2;
    std::vector<Direction> dirs{Direction::Maximize, Direction::Minimize};
    if (withEnergy)
        dirs.push_back(Direction::Minimize);
    MatrixD pts(Eigen::Index(feasible.size()), m);
    for (size_t i = 0; i < feasible.size(); ++i) {
        const DesignMetrics &d = pop[size_t(feasible[i])].candidate.metrics;
        pts(Eigen::Index(i), 0) = d.accuracy;
        pts(Eigen::Index(i), 1) = d.latencyMs;
        if (withEnergy)
            pts(Eigen::Index(i), 2) = d.energyMj;
    }
    const std::vector<int> ranks = feasible.empty() ? std::vector<int>{} : nonDominatedRanks(pts, dirs);
    int maxRank = -1;
    for (size_t i = 0; i < feasible.size(); ++i) {
        pop[size_t(feasible[i])].rank = ranks[i];
        maxRank = std::max(maxRank, ranks[i]);
    }
    for (int r = 0; r <= maxRank; ++r) {
        std::vector<int> front;
        for (size_t i = 0; i < feasible.size(); ++i) {
            if (ranks[i] == r)
                front.push_back(int(i));
        }
        const std::vector<double> cd = crowdingDistance(pts, front, dirs);
        for (size_t j = 0; j < front.size(); ++j)
            pop[size_t(feasible[size_t(front[j])])].crowding = cd[j];
    }
    std::sort(infeasible.begin(), infeasible.end(),
              [&](int a, int b) { return pop[size_t(a)].violation < pop[size_t(b)].violation; });
    for (size_t i = 0; i < infeasible.size(); ++i) {
        pop[size_t(infeasible[i])].rank = maxRank + 1 + int(i);
        pop[size_t(infeasible[i])].crowding = 0;
    }
}

bool crowdedBetter(const Ranked &a, const Ranked &b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank;
    return a.crowding > b.crowding;
}

} // namespace

bool Nsga2Options::isValid(QString *error) const
{
    if (population < 4 || population > 100000 || generations < 1 || generations > 1000000) {
        *error = QStringLiteral("population must be in 4..100000 and generations in 1..1000000");
        return false;
    }
    if (!(crossoverRatio >= 0 && crossoverRatio <= 1) || !(mutationProbability >= 0 && mutationProbability <= 1)) {
        *error = QStringLiteral("crossover ratio and mutation probability must be in [0, 1]");
        return false;
    }
    return budgets.isValid(error);
}

std::optional<SearchResult> nsga2Search(const SearchEvaluator &evaluator, const Nsga2Options &o, QString *error,
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

    auto evaluate = [&](std::vector<Architecture> archs) {
        const std::vector<DesignMetrics> m = evaluator.evaluate(archs, true);
        result.evaluations += int(archs.size());
        std::vector<Ranked> out;
        for (size_t i = 0; i < archs.size(); ++i)
            out.push_back({{std::move(archs[i]), m[i]}, violation(m[i], o.budgets), 0, 0});
        return out;
    };
    std::vector<Architecture> initial;
    for (int i = 0; i < o.population; ++i)
        initial.push_back(space.sample(rng, domain));
    std::vector<Ranked> pop = evaluate(std::move(initial));
    bool withEnergy = o.withEnergy;
    for (const Ranked &r : pop)
        withEnergy = withEnergy && std::isfinite(r.candidate.metrics.energyMj);
    rankPopulation(pop, withEnergy);

    auto tournament = [&]() -> const Ranked & {
        const Ranked &a = pop[rng.bounded(quint32(pop.size()))];
        const Ranked &b = pop[rng.bounded(quint32(pop.size()))];
        return crowdedBetter(a, b) ? a : b;
    };
    for (int gen = 0; gen < o.generations; ++gen) {
        std::vector<Architecture> children;
        QSet<QByteArray> seen;
        for (const Ranked &r : pop)
            seen.insert(space.canonicalBytes(r.candidate.arch));
        for (int attempts = 0; int(children.size()) < o.population && attempts < 20 * o.population; ++attempts) {
            Architecture child = rng.generateDouble() < o.crossoverRatio
                                     ? space.crossover(tournament().candidate.arch, tournament().candidate.arch, rng)
                                     : space.mutate(tournament().candidate.arch, o.mutationProbability, rng, domain);
            const QByteArray key = space.canonicalBytes(child);
            if (seen.contains(key))
                continue; // keep the population diverse: no duplicates
            seen.insert(key);
            children.push_back(std::move(child));
        }
        std::vector<Ranked> offspring = evaluate(std::move(children));
        pop.insert(pop.end(), std::make_move_iterator(offspring.begin()), std::make_move_iterator(offspring.end()));
        rankPopulation(pop, withEnergy);
        std::sort(pop.begin(), pop.end(), crowdedBetter);
        pop.resize(std::min(pop.size(), size_t(o.population)));
        result.generations = gen + 1;
        if (progress && !progress(double(gen + 1) / o.generations)) {
            result.cancelled = true;
            break;
        }
    }
    rankPopulation(pop, withEnergy);
    for (const Ranked &r : pop) {
        if (r.rank == 0 && r.violation == 0) {
            result.archive.push_back(r.candidate);
            if (!result.best || r.candidate.metrics.accuracy > result.best->metrics.accuracy)
                result.best = r.candidate;
        }
    }
    std::sort(result.archive.begin(), result.archive.end(),
              [](const Candidate &a, const Candidate &b) { return a.metrics.latencyMs < b.metrics.latencyMs; });
    result.seconds = timer.elapsed() / 1000.0;
    if (!result.best)
        result.note = QStringLiteral("no design found within the budgets");
    return result;
}

} // namespace edgefront
