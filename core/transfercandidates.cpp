#include "transfercandidates.h"

#include "designspace.h"
#include "paretofront.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace edgefront {

// Pareto-optimal candidates (accuracy max, latency min) in order of decreasing accuracy.
std::vector<Candidate> paretoCandidates(const std::vector<Candidate> &items)
{
    MatrixD points(Eigen::Index(items.size()), 2);
    for (size_t i = 0; i < items.size(); ++i) {
        points(Eigen::Index(i), 0) = items[i].metrics.accuracy;
        points(Eigen::Index(i), 1) = items[i].metrics.latencyMs;
    }
    std::vector<Candidate> out;
    for (int i : paretoFront(points, {Direction::Maximize, Direction::Minimize}))
        out.push_back(items[size_t(i)]);
    return out;
}

CandidatePool::CandidatePool(const DesignSpace &space)
    : m_space(space)
{
}

void CandidatePool::add(const SearchResult &r)
{
    if (r.best)
        insert(*r.best, true);
    for (const Candidate &c : r.archive)
        insert(c, false);
}

std::vector<Candidate> CandidatePool::candidates(int ranks) const
{
    MatrixD points(Eigen::Index(m_items.size()), 2);
    for (size_t i = 0; i < m_items.size(); ++i) {
        points(Eigen::Index(i), 0) = m_items[i].metrics.accuracy;
        points(Eigen::Index(i), 1) = m_items[i].metrics.latencyMs;
    }
    const std::vector<int> rank = nonDominatedRanks(points, {Direction::Maximize, Direction::Minimize});
    std::vector<Candidate> out;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const bool finite = std::isfinite(m_items[i].metrics.accuracy) && std::isfinite(m_items[i].metrics.latencyMs);
        if ((finite && rank[i] < ranks) || m_best[i])
            out.push_back(m_items[i]);
    }
    return out;
}

std::vector<Candidate> CandidatePool::nearFront(double logSlack) const
{
    std::vector<size_t> order;
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (std::isfinite(m_items[i].metrics.accuracy) && m_items[i].metrics.latencyMs > 0)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return m_items[a].metrics.accuracy > m_items[b].metrics.accuracy;
    });
    std::vector<Candidate> out;
    double fastest = std::numeric_limits<double>::infinity(); // among the at least as accurate
    for (size_t g = 0; g < order.size();) {
        size_t end = g;
        double groupFastest = fastest;
        while (end < order.size() && m_items[order[end]].metrics.accuracy == m_items[order[g]].metrics.accuracy)
            groupFastest = std::min(groupFastest, m_items[order[end++]].metrics.latencyMs);
        for (size_t i = g; i < end; ++i) {
            const double gap = std::log(m_items[order[i]].metrics.latencyMs) - std::log(groupFastest);
            if (gap > 0 && gap <= logSlack)
                out.push_back(m_items[order[i]]);
        }
        fastest = groupFastest;
        g = end;
    }
    return out;
}

void CandidatePool::insert(const Candidate &c, bool best)
{
    const QByteArray key = m_space.canonicalBytes(c.arch);
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd()) {
        m_index.insert(key, m_items.size());
        m_items.push_back(c);
        m_best.push_back(best);
    } else if (best) {
        m_best[*it] = true;
    }
}

LogLogMap fitLogLog(const std::vector<double> &proxy, const std::vector<double> &target)
{
    std::vector<double> x, y;
    for (size_t i = 0; i < proxy.size(); ++i) {
        if (proxy[i] > 0 && target[i] > 0 && std::isfinite(proxy[i]) && std::isfinite(target[i])) {
            x.push_back(std::log(proxy[i]));
            y.push_back(std::log(target[i]));
        }
    }
    LogLogMap m;
    if (x.size() < 3)
        return m;
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / double(y.size());
    double sxx = 0, sxy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    if (!(sxx > 0))
        return m;
    m.beta = sxy / sxx;
    m.alpha = my - m.beta * mx;
    double ss = 0;
    for (size_t i = 0; i < x.size(); ++i)
        ss += std::pow(y[i] - m.alpha - m.beta * x[i], 2);
    m.sigma = std::sqrt(ss / double(x.size() - 2));
    return m;
}

// Designs predicted surely feasible that stay candidates per budget: one of them may still
// measure above the budget, and the budget must not be left without a design.
constexpr size_t kSureFallbacks = 3;

std::vector<Candidate> worthMeasuring(const std::vector<Candidate> &front, const std::vector<Candidate> &extras,
                                      const std::vector<double> &budgetsMs, const LogLogMap &map, double z,
                                      size_t extrasPerBudget)
{
    auto predicted = [&](const Candidate &c) { return map.alpha + map.beta * std::log(c.metrics.latencyMs); };
    std::vector<bool> keepFront(front.size(), false), keepExtra(extras.size(), false);
    for (double budget : budgetsMs) {
        const double sure = std::log(budget) - z * map.sigma, maybe = std::log(budget) + z * map.sigma;
        std::vector<double> sureAccuracies;
        for (const std::vector<Candidate> *set : {&front, &extras}) {
            for (const Candidate &c : *set) {
                if (predicted(c) <= sure)
                    sureAccuracies.push_back(c.metrics.accuracy);
            }
        }
        std::sort(sureAccuracies.begin(), sureAccuracies.end(), std::greater<>());
        const double bound = sureAccuracies.size() >= kSureFallbacks ? sureAccuracies[kSureFallbacks - 1]
                                                                     : -std::numeric_limits<double>::infinity();
        for (size_t i = 0; i < front.size(); ++i) {
            if (predicted(front[i]) <= maybe && front[i].metrics.accuracy >= bound)
                keepFront[i] = true;
        }
        // Extras by expected gain: P(meets B) (Gaussian residual) times the accuracy above the bound.
        std::vector<std::pair<double, size_t>> gain;
        for (size_t i = 0; i < extras.size(); ++i) {
            const Candidate &c = extras[i];
            if (predicted(c) <= maybe && c.metrics.accuracy >= bound) {
                const double p = 0.5 * std::erfc((predicted(c) - std::log(budget)) / (map.sigma * std::sqrt(2.0)));
                gain.emplace_back(-(p * (c.metrics.accuracy - (std::isfinite(bound) ? bound : 0.0))), i);
            }
        }
        std::sort(gain.begin(), gain.end());
        for (size_t k = 0; k < std::min(gain.size(), extrasPerBudget); ++k)
            keepExtra[gain[k].second] = true;
    }
    std::vector<Candidate> out;
    for (size_t i = 0; i < front.size(); ++i) {
        if (keepFront[i])
            out.push_back(front[i]);
    }
    for (size_t i = 0; i < extras.size(); ++i) {
        if (keepExtra[i])
            out.push_back(extras[i]);
    }
    return out;
}

} // namespace edgefront
