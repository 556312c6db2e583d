#include "rankcorrelation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace edgefront {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void finitePairs(std::span<const double> x, std::span<const double> y, std::vector<double> *fx,
                 std::vector<double> *fy)
{
    const size_t n = std::min(x.size(), y.size());
    fx->reserve(n);
    fy->reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            fx->push_back(x[i]);
            fy->push_back(y[i]);
        }
    }
}

double pearson(std::span<const double> a, std::span<const double> b)
{
    const double n = double(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0 || sbb <= 0)
        return kNaN;
    return sab / std::sqrt(saa * sbb);
}

// Number of pairs tied within runs of equal values in a sorted sequence: sum t(t-1)/2.
template<typename Equal>
double tiedPairs(size_t n, Equal equal)
{
    double ties = 0;
    size_t run = 1;
    for (size_t i = 1; i <= n; ++i) {
        if (i < n && equal(i - 1, i)) {
            ++run;
        } else {
            ties += double(run) * double(run - 1) / 2.0;
            run = 1;
        }
    }
    return ties;
}

// Merge sort of v counting exchanges (discordant swaps).
double mergeCountSwaps(std::vector<double> &v, std::vector<double> &tmp, size_t lo, size_t hi)
{
    if (hi - lo < 2)
        return 0;
    const size_t mid = (lo + hi) / 2;
    double swaps = mergeCountSwaps(v, tmp, lo, mid) + mergeCountSwaps(v, tmp, mid, hi);
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (v[j] < v[i]) {
            tmp[k++] = v[j++];
            swaps += double(mid - i);
        } else {
            tmp[k++] = v[i++];
        }
    }
    while (i < mid)
        tmp[k++] = v[i++];
    while (j < hi)
        tmp[k++] = v[j++];
    std::copy(tmp.begin() + long(lo), tmp.begin() + long(hi), v.begin() + long(lo));
    return swaps;
}

} // namespace

std::vector<double> averageRanks(std::span<const double> values)
{
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(n);
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1;
        while (j < n && values[order[j]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j - 1)) / 2.0 + 1.0;
        for (size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

double spearman(std::span<const double> x, std::span<const double> y)
{
    std::vector<double> fx, fy;
    finitePairs(x, y, &fx, &fy);
    if (fx.size() < 2)
        return kNaN;
    return pearson(averageRanks(fx), averageRanks(fy));
}

double pearsonCorrelation(std::span<const double> x, std::span<const double> y)
{
    return x.size() < 2 || x.size() != y.size() ? kNaN : pearson(x, y);
}

double kendallTau(std::span<const double> x, std::span<const double> y)
{
    std::vector<double> fx, fy;
    finitePairs(x, y, &fx, &fy);
    const size_t n = fx.size();
    if (n < 2)
        return kNaN;
    // Knight (1966): sort by (x, y); count joint ties and x ties; then count swaps sorting y.
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return fx[a] < fx[b] || (fx[a] == fx[b] && fy[a] < fy[b]);
    });
    std::vector<double> ys(n), xs(n);
    for (size_t i = 0; i < n; ++i) {
        xs[i] = fx[order[i]];
        ys[i] = fy[order[i]];
    }
    const double xTies = tiedPairs(n, [&](size_t a, size_t b) { return xs[a] == xs[b]; });
    const double jointTies = tiedPairs(n, [&](size_t a, size_t b) { return xs[a] == xs[b] && ys[a] == ys[b]; });
    std::vector<double> tmp(n);
    const double swaps = mergeCountSwaps(ys, tmp, 0, n);
    const double yTies = tiedPairs(n, [&](size_t a, size_t b) { return ys[a] == ys[b]; });
    const double total = double(n) * double(n - 1) / 2.0;
    const double denom = std::sqrt((total - xTies) * (total - yTies));
    if (denom <= 0)
        return kNaN;
    // concordant - discordant = total - xTies - yTies + jointTies - 2 * swaps
    return (total - xTies - yTies + jointTies - 2.0 * swaps) / denom;
}

} // namespace edgefront
