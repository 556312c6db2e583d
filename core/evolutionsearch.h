#pragma once
// Searches for the best design on one device under budgets:
//  - evolutionSearch: Once-for-All's evolution finder (Cai et al., ICLR 2020,
//    ofa/nas/search_algorithm/evolution.py): a population of feasible designs; each generation
//    keeps the best `parentRatio` by accuracy and refills with mutated parents
//    (`mutationRatio`, each gene resampled with `mutationProbability`) and crossovers of two
//    parents, every child resampled until it meets the budgets. Defaults are OFA's: population
//    100, 500 generations, 25 % parents, 50 % mutation / 50 % crossover, probability 0.1.
//  - randomSearch: the best of N random feasible designs (baseline).
//  - exhaustiveSearch: every design of an enumerable space (nb201), exact.
// All are seeded and cancellable: progress(fraction) returning false stops within one
// generation (or batch) and the result says cancelled.

#include "searchdomain.h"
#include "searchevaluator.h"

#include <functional>

namespace edgefront {

struct Candidate
{
    Architecture arch;
    DesignMetrics metrics;
};

struct SearchResult
{
    std::optional<Candidate> best;   // highest accuracy within the budgets
    std::vector<Candidate> archive;  // every distinct design evaluated with accuracy (for fronts)
    int evaluations = 0;             // designs evaluated (with repeats)
    int generations = 0;
    double seconds = 0.0;
    bool cancelled = false;
    QString note;                    // e.g. "no design meets a 0.5 ms budget"
};

using SearchProgress = std::function<bool(double fraction)>;

struct EvolutionOptions
{
    int population = 100;
    int generations = 500;
    double parentRatio = 0.25;
    double mutationRatio = 0.5;
    double mutationProbability = 0.1;
    int maxAttemptsPerChild = 100; // budget rejections before giving up on a child
    Budgets budgets;
    quint64 seed = 0;
    bool keepArchive = false;
    std::optional<SearchDomain> domain;

    bool isValid(QString *error) const;
};

std::optional<SearchResult> evolutionSearch(const SearchEvaluator &evaluator, const EvolutionOptions &options,
                                            QString *error, const SearchProgress &progress = {});

struct RandomSearchOptions
{
    int samples = 5000;
    Budgets budgets;
    quint64 seed = 0;
    bool keepArchive = false;
    std::optional<SearchDomain> domain;
};

std::optional<SearchResult> randomSearch(const SearchEvaluator &evaluator, const RandomSearchOptions &options,
                                         QString *error, const SearchProgress &progress = {});

// Every design of the space (nb201: 15,625), evaluated in batches.
std::optional<SearchResult> exhaustiveSearch(const SearchEvaluator &evaluator, const Budgets &budgets, QString *error,
                                             const SearchProgress &progress = {});

} // namespace edgefront
