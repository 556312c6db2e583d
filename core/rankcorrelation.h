#pragma once
// Rank correlations between two devices' values on the same architectures (monotonicity):
// Spearman's rho (Pearson correlation of average ranks, ties averaged) and Kendall's tau-b
// (Knight's O(n log n) algorithm, ties in either variable handled as in scipy.stats.kendalltau).
// Non-finite values are dropped pairwise. Fewer than 2 pairs, or a constant variable, gives NaN.

#include <span>
#include <vector>

namespace edgefront {

// 1-based average ranks (ties share the mean of their positions).
std::vector<double> averageRanks(std::span<const double> values);

double spearman(std::span<const double> x, std::span<const double> y);
// Pearson correlation of two equally long, finite vectors (NaN when one is constant).
double pearsonCorrelation(std::span<const double> x, std::span<const double> y);
double kendallTau(std::span<const double> x, std::span<const double> y);

} // namespace edgefront
