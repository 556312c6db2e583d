#pragma once
// Pareto fronts of candidate designs: points are rows of a row-major matrix (row = candidate,
// column = objective, e.g. accuracy / latency / energy), each objective minimised or maximised.
//
// Dominance: a dominates b when a is no worse than b in every objective and strictly better in
// at least one. Exact duplicates do not dominate each other, so every copy of a front point is
// on the front. A row with NaN in any objective is never on the front; +-infinity is an
// ordinary (extreme) value. `directions.size()` must equal `points.cols()`; otherwise every
// function returns an empty vector (hypervolume: NaN).
//
// Algorithms, after one lexicographic sort (rows with identical values collapsed):
//  - 2 objectives: sweep keeping the best second objective, O(n log n) (Kung, Luccio and
//    Preparata, "On finding the maxima of a set of vectors", J. ACM 22(4), 1975);
//  - 3 objectives: sweep over the first objective with a 2-D staircase of the other two in a
//    balanced tree (std::map), O(n log n) (same paper);
//  - more objectives: each point is checked against the front found so far, O(n^2 m) worst.
// paretoFront first discards, in one linear pass, every point dominated by the point with the
// smallest range-normalised objective sum (exact whichever point that is); on typical random
// clouds that leaves a small fraction of the points to sort.
// nonDominatedRanks assigns fronts with the efficient non-dominated sort with binary search
// (ENS-BS, Zhang, Tian, Cheng and Jin, IEEE TEVC 19(2), 2015): the point's front is the first one
// none of whose members dominates it, each front held as the structure above, so 2 and 3
// objectives take at most O(n log n log F) for F fronts, and any m is exact.

#include "eigentypes.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace edgefront {

enum class Direction : quint8 { Minimize, Maximize };

// Names for files and the command line: "minimize" / "maximize".
QString directionToString(Direction direction);
// Case-insensitive; false (and *direction untouched) for an unknown name.
bool directionFromString(QStringView name, Direction *direction);

// Indices of the non-dominated rows, ordered from best to worst in the first objective
// (ascending when it is minimised, descending when maximised); ties by the remaining objectives
// in turn, then by row index.
std::vector<int> paretoFront(const MatrixD &points, const std::vector<Direction> &directions);

// Front number of every row, 0 for the Pareto front, k for the front of what remains after
// removing fronts 0..k-1 (NSGA-II's fast non-dominated sort, Deb, Pratap, Agarwal and Meyarivan,
// IEEE TEVC 6(2), 2002). Equivalently 1 + the largest front number among the row's dominators.
// Rows with NaN have no place in the order: they share one extra front after the last front of
// the other rows (so a selection by front ranks them worst); if every row has NaN that is front 0.
std::vector<int> nonDominatedRanks(const MatrixD &points, const std::vector<Direction> &directions);

// Crowding distance of each member of `front` (valid row indices into points, usually one front of
// nonDominatedRanks), in the order of `front` (Deb et al. 2002, section III-B): for every objective
// the members are sorted by it, the two extremes get +infinity and every other member adds the gap
// between its neighbours divided by the objective's range on the front. An objective that is
// constant on the front adds nothing (not even infinities). Fronts of 1 or 2 members are all
// +infinity. Ties are ordered by position in `front`. Rows with NaN get NaN.
std::vector<double> crowdingDistance(const MatrixD &points, const std::vector<int> &front,
                                     const std::vector<Direction> &directions);

// Volume of the objective space dominated by the points and bounded by `reference` (each
// objective's worst acceptable value; Zitzler and Thiele 1998). Only points strictly better than
// the reference in every objective contribute; NaN rows are ignored; no contributing point gives 0.
// 1 objective: the length to the best point; 2: sort and sum of strips; 3: sweep over the third
// objective keeping the dominated area of the first two in a staircase, O(n log n) (Beume, Fonseca,
// Lopez-Ibanez, Paquete and Vahrenhold, "On the complexity of computing the hypervolume indicator",
// IEEE TEVC 13(5), 2009). NaN for more than 3 objectives (exact algorithms there are exponential in
// m and not needed by EdgeFront), for sizes that do not match, or a NaN in the reference.
// Coordinates are expected finite: an infinitely good point makes the volume infinite or NaN.
double hypervolume(const MatrixD &points, const std::vector<Direction> &directions,
                   const std::vector<double> &reference);

} // namespace edgefront
