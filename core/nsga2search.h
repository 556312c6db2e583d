#pragma once
// NSGA-II (Deb, Pratap, Agarwal and Meyarivan, IEEE TEVC 6(2), 2002) for whole fronts of one
// device: objectives accuracy (maximise), latency (minimise) and, when the device has it,
// energy (minimise). Budgets are constraints: infeasible designs rank after every feasible
// one (constrained domination, by total relative violation). Binary tournament on (rank,
// crowding), children by Once-for-All's crossover and mutation. The result's archive is the
// final front; `best` is its most accurate member within the budgets.

#include "evolutionsearch.h"

namespace edgefront {

struct Nsga2Options
{
    int population = 100;
    int generations = 200;
    double crossoverRatio = 0.5;       // children by crossover; the rest by mutation
    double mutationProbability = 0.1;
    bool withEnergy = true;            // third objective when energies are known
    Budgets budgets;
    quint64 seed = 0;
    std::optional<SearchDomain> domain;

    bool isValid(QString *error) const;
};

std::optional<SearchResult> nsga2Search(const SearchEvaluator &evaluator, const Nsga2Options &options, QString *error,
                                        const SearchProgress &progress = {});

} // namespace edgefront
