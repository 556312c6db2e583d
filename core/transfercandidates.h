#pragma once
// The candidate designs of proxy transfer (proxytransfer.h) and which of them are worth a
// target measurement:
//  - CandidatePool: the bests and archives of several searches; their first non-dominated fronts
//    (accuracy max, latency min), and the designs just off the front (nearFront);
//  - LogLogMap: log(target latency) = alpha + beta log(proxy latency), fitted on the samples,
//    with the residual deviation sigma;
//  - worthMeasuring: the reused candidates that can still be some budget's pick.

#include "evolutionsearch.h"

#include <QByteArray>
#include <QHash>

#include <cmath>
#include <limits>
#include <vector>

namespace edgefront {

class DesignSpace;

// Pareto-optimal candidates (accuracy max, latency min) in order of decreasing accuracy.
std::vector<Candidate> paretoCandidates(const std::vector<Candidate> &items);

class CandidatePool
{
public:
    explicit CandidatePool(const DesignSpace &space);
    void add(const SearchResult &r);
    // The bests and the designs of the first `ranks` non-dominated fronts of the union.
    std::vector<Candidate> candidates(int ranks) const;
    // The designs just off the front: another design is at least as accurate and faster, but
    // by a factor below exp(logSlack) (a measured target's latencies scatter around the
    // proxy's; a design slightly slower on the proxy may be faster there). Decreasing accuracy.
    std::vector<Candidate> nearFront(double logSlack) const;

private:
    void insert(const Candidate &c, bool best);

    const DesignSpace &m_space;
    QHash<QByteArray, size_t> m_index;
    std::vector<Candidate> m_items;
    std::vector<bool> m_best;
};

struct LogLogMap
{
    double alpha = std::numeric_limits<double>::quiet_NaN();
    double beta = std::numeric_limits<double>::quiet_NaN();
    double sigma = std::numeric_limits<double>::quiet_NaN();
    bool valid() const { return std::isfinite(alpha) && std::isfinite(beta) && std::isfinite(sigma); }
};

// Least squares on the pairs with both values positive and finite (invalid below 3 pairs or
// without spread); sigma with n - 2 degrees of freedom.
LogLogMap fitLogLog(const std::vector<double> &proxy, const std::vector<double> &target);

// Reuse: the candidates that can still be some budget's pick, judged by their target latency
// predicted from the proxy's (metrics.latencyMs, through the map) and their accuracy (known
// without measuring). For budget B, designs predicted below B exp(-z sigma) are taken as
// feasible; the third most accurate of them bounds what can win at B (three, so that one
// outlier measuring above B leaves fallbacks), and a design is kept only when, for some budget,
// it may be feasible (predicted below B exp(z sigma)) and is at least as accurate as that bound. Of the extras (designs near the front) at most extrasPerBudget per
// budget are kept, by expected gain: the probability of meeting the budget (Gaussian residual
// of the map) times the accuracy above the bound. Front designs first, then extras, in order.
std::vector<Candidate> worthMeasuring(const std::vector<Candidate> &front, const std::vector<Candidate> &extras,
                                      const std::vector<double> &budgetsMs, const LogLogMap &map, double z,
                                      size_t extrasPerBudget);

} // namespace edgefront
