#include "paretofront.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <type_traits>

namespace edgefront {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Everything below minimises: a maximised objective is negated once, when records are built.
double minimised(double value, Direction direction)
{
    return direction == Direction::Maximize ? -value : value;
}

bool hasNaN(const MatrixD &points, Eigen::Index row)
{
    return points.row(row).array().isNaN().any();
}

// A row's (minimised) objectives and its index. Two and three objectives are stored inline so
// that sorting a million of them moves contiguous memory; more objectives point into a buffer.
template<int M>
struct FixedRecord
{
    std::array<double, M> f;
    int row;
    const double *values() const { return f.data(); }
};

struct DynamicRecord
{
    const double *f;
    int row;
    const double *values() const { return f; }
};

template<int M>
int dims(int m)
{
    if constexpr (M > 0)
        return M;
    else
        return m;
}

template<int M, class Rec>
bool lexLess(const Rec &a, const Rec &b, int m)
{
    const double *x = a.values();
    const double *y = b.values();
    for (int j = 0; j < dims<M>(m); ++j) {
        if (x[j] < y[j])
            return true;
        if (y[j] < x[j])
            return false;
    }
    return a.row < b.row;
}

template<int M>
bool sameValues(const double *x, const double *y, int m)
{
    for (int j = 0; j < dims<M>(m); ++j) {
        if (x[j] != y[j])
            return false;
    }
    return true;
}

template<int M>
bool dominates(const double *a, const double *b, int m)
{
    bool strictly = false;
    for (int j = 0; j < dims<M>(m); ++j) {
        if (b[j] < a[j])
            return false;
        strictly = strictly || a[j] < b[j];
    }
    return strictly;
}

// Records of the rows without NaN. `buffer` owns the values of dynamic records.
template<int M>
std::vector<FixedRecord<M>> fixedRecords(const MatrixD &points, const std::vector<Direction> &directions)
{
    std::vector<FixedRecord<M>> records;
    records.reserve(size_t(points.rows()));
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
        FixedRecord<M> record;
        bool valid = true;
        for (int j = 0; j < M; ++j) {
            const double v = points(r, j);
            valid = valid && !std::isnan(v);
            record.f[size_t(j)] = minimised(v, directions[size_t(j)]);
        }
        record.row = int(r);
        if (valid)
            records.push_back(record);
    }
    return records;
}

std::vector<DynamicRecord> dynamicRecords(const MatrixD &points, const std::vector<Direction> &directions,
                                          std::vector<double> *buffer)
{
    const Eigen::Index m = points.cols();
    std::vector<int> rows;
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
        if (!hasNaN(points, r))
            rows.push_back(int(r));
    }
    buffer->resize(rows.size() * size_t(m));
    std::vector<DynamicRecord> records;
    records.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        double *f = buffer->data() + i * size_t(m);
        for (Eigen::Index j = 0; j < m; ++j)
            f[j] = minimised(points(rows[i], j), directions[size_t(j)]);
        records.push_back({f, rows[i]});
    }
    return records;
}

// Drops every record dominated by the one with the smallest sum of range-normalised objectives.
// Exact for any pivot; this one sits near the middle of the front, where it shadows most of a
// cloud. Objectives with an infinite or zero range get weight 0.
template<int M, class Rec>
void discardDominatedByPivot(std::vector<Rec> *records, int m)
{
    if (records->size() < 64)
        return;
    const int d = dims<M>(m);
    std::vector<double> lo(size_t(d), kInf), hi(size_t(d), -kInf), weight(size_t(d), 0.0);
    for (const Rec &r : *records) {
        for (int j = 0; j < d; ++j) {
            lo[size_t(j)] = std::min(lo[size_t(j)], r.values()[j]);
            hi[size_t(j)] = std::max(hi[size_t(j)], r.values()[j]);
        }
    }
    for (int j = 0; j < d; ++j) {
        const double range = hi[size_t(j)] - lo[size_t(j)];
        if (std::isfinite(range) && range > 0)
            weight[size_t(j)] = 1.0 / range;
    }
    size_t best = 0;
    double bestSum = kInf;
    for (size_t i = 0; i < records->size(); ++i) {
        double sum = 0;
        for (int j = 0; j < d; ++j) {
            if (weight[size_t(j)] != 0)
                sum += (*records)[i].values()[j] * weight[size_t(j)];
        }
        if (sum < bestSum) {
            bestSum = sum;
            best = i;
        }
    }
    const Rec pivot = (*records)[best];
    std::vector<double> p(pivot.values(), pivot.values() + d);
    std::erase_if(*records, [&](const Rec &r) { return dominates<M>(p.data(), r.values(), m); });
}

// The members of one front, queried with points in lexicographic order with duplicates collapsed:
// every member then precedes the query and differs from it, so a member that is no worse in
// every objective dominates it. covers() answers "does some member dominate p?".

// Two objectives: the members' best second objective.
struct Front2
{
    explicit Front2(int) {}
    bool covers(const double *p) const { return m_any && m_best <= p[1]; }
    void add(const double *p)
    {
        m_best = m_any ? std::min(m_best, p[1]) : p[1];
        m_any = true;
    }
    double m_best = 0;
    bool m_any = false;
};

// Three objectives: the staircase of the members' (second, third) objectives, second ascending,
// third strictly descending; members it hides are dropped, so each point enters and leaves once.
struct Front3
{
    explicit Front3(int) {}
    bool covers(const double *p) const
    {
        auto it = m_stairs.upper_bound(p[1]);
        if (it == m_stairs.begin())
            return false;
        return std::prev(it)->second <= p[2];
    }
    // p must not be covered.
    void add(const double *p)
    {
        auto it = m_stairs.lower_bound(p[1]);
        while (it != m_stairs.end() && it->second >= p[2])
            it = m_stairs.erase(it);
        m_stairs.emplace_hint(it, p[1], p[2]);
    }
    std::map<double, double> m_stairs;
};

// Any number of objectives: the members themselves.
template<int M>
struct FrontN
{
    explicit FrontN(int m) : m_m(m) {}
    bool covers(const double *p) const
    {
        return std::any_of(m_members.begin(), m_members.end(), [&](const double *q) {
            for (int j = 0; j < dims<M>(m_m); ++j) {
                if (p[j] < q[j])
                    return false;
            }
            return true;
        });
    }
    void add(const double *p) { m_members.push_back(p); }
    int m_m;
    std::vector<const double *> m_members;
};

template<int M>
using FrontFor = std::conditional_t<M == 2, Front2, std::conditional_t<M == 3, Front3, FrontN<M>>>;

// Front number of every (sorted) record, ENS-BS: a point's front is the first whose members do
// not dominate it. "Some member of front k dominates p" implies the same for front k-1 (that
// member's own dominator), so the fronts that dominate p form a prefix and binary search finds
// its end. Records beyond `maxFronts - 1` get maxFronts and join no front.
template<int M, class Rec>
std::vector<int> sweepFronts(const std::vector<Rec> &sorted, int m, int maxFronts)
{
    using Front = FrontFor<M>;
    std::vector<Front> fronts;
    std::vector<int> rank(sorted.size());
    size_t i = 0;
    while (i < sorted.size()) {
        const double *p = sorted[i].values();
        size_t end = i + 1;
        while (end < sorted.size() && sameValues<M>(p, sorted[end].values(), m))
            ++end;
        int lo = 0;
        int hi = std::min(int(fronts.size()), maxFronts);
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (fronts[size_t(mid)].covers(p))
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < maxFronts) {
            if (lo == int(fronts.size()))
                fronts.emplace_back(m);
            fronts[size_t(lo)].add(p);
        }
        std::fill(rank.begin() + std::ptrdiff_t(i), rank.begin() + std::ptrdiff_t(end), lo);
        i = end;
    }
    return rank;
}

template<int M, class Rec>
void sortRecords(std::vector<Rec> *records, int m)
{
    std::sort(records->begin(), records->end(),
              [m](const Rec &a, const Rec &b) { return lexLess<M>(a, b, m); });
}

template<int M, class Rec>
std::vector<int> frontOf(std::vector<Rec> records, int m)
{
    discardDominatedByPivot<M>(&records, m);
    sortRecords<M>(&records, m);
    const std::vector<int> rank = sweepFronts<M>(records, m, 1);
    std::vector<int> front;
    for (size_t i = 0; i < records.size(); ++i) {
        if (rank[i] == 0)
            front.push_back(records[i].row);
    }
    return front;
}

template<int M, class Rec>
std::vector<int> ranksOf(std::vector<Rec> records, int m, int rows)
{
    sortRecords<M>(&records, m);
    const std::vector<int> rank = sweepFronts<M>(records, m, std::numeric_limits<int>::max());
    const int fronts = rank.empty() ? 0 : *std::max_element(rank.begin(), rank.end()) + 1;
    std::vector<int> result(size_t(rows), fronts); // NaN rows keep the extra last front
    for (size_t i = 0; i < records.size(); ++i)
        result[size_t(records[i].row)] = rank[i];
    return result;
}

bool matches(const MatrixD &points, const std::vector<Direction> &directions)
{
    return size_t(points.cols()) == directions.size();
}

// The staircase of mutually non-dominated 2-D points below a reference (rx, ry) and the area
// between it and the reference, kept up to date in O(log n + removed) per insertion.
class DominatedArea
{
public:
    DominatedArea(double rx, double ry) : m_rx(rx), m_ry(ry) {}

    void add(double x, double y)
    {
        auto it = m_stairs.upper_bound(x);
        if (it != m_stairs.begin() && std::prev(it)->second <= y)
            return; // already dominated
        it = m_stairs.lower_bound(x);
        // The old area over [x, right): the left neighbour's step up to the first hidden point,
        // then each hidden point's step up to the next.
        double cursor = x;
        double height = it == m_stairs.begin() ? 0.0 : m_ry - std::prev(it)->second;
        double hidden = 0;
        while (it != m_stairs.end() && it->second >= y) {
            hidden += (it->first - cursor) * height;
            cursor = it->first;
            height = m_ry - it->second;
            it = m_stairs.erase(it);
        }
        const double right = it == m_stairs.end() ? m_rx : it->first;
        hidden += (right - cursor) * height;
        m_area += (right - x) * (m_ry - y) - hidden;
        m_stairs.emplace_hint(it, x, y);
    }

    double area() const { return m_area; }

private:
    double m_rx;
    double m_ry;
    double m_area = 0;
    std::map<double, double> m_stairs;
};

} // namespace

QString directionToString(Direction direction)
{
    return direction == Direction::Maximize ? QStringLiteral("maximize") : QStringLiteral("minimize");
}

bool directionFromString(QStringView name, Direction *direction)
{
    for (Direction d : {Direction::Minimize, Direction::Maximize}) {
        if (name.compare(directionToString(d), Qt::CaseInsensitive) == 0) {
            *direction = d;
            return true;
        }
    }
    return false;
}

std::vector<int> paretoFront(const MatrixD &points, const std::vector<Direction> &directions)
{
    if (!matches(points, directions))
        return {};
    const int m = int(points.cols());
    if (m == 2)
        return frontOf<2>(fixedRecords<2>(points, directions), m);
    if (m == 3)
        return frontOf<3>(fixedRecords<3>(points, directions), m);
    std::vector<double> buffer;
    return frontOf<0>(dynamicRecords(points, directions, &buffer), m);
}

std::vector<int> nonDominatedRanks(const MatrixD &points, const std::vector<Direction> &directions)
{
    if (!matches(points, directions))
        return {};
    const int m = int(points.cols());
    const int rows = int(points.rows());
    if (m == 2)
        return ranksOf<2>(fixedRecords<2>(points, directions), m, rows);
    if (m == 3)
        return ranksOf<3>(fixedRecords<3>(points, directions), m, rows);
    std::vector<double> buffer;
    return ranksOf<0>(dynamicRecords(points, directions, &buffer), m, rows);
}

std::vector<double> crowdingDistance(const MatrixD &points, const std::vector<int> &front,
                                     const std::vector<Direction> &directions)
{
    if (!matches(points, directions))
        return {};
    std::vector<double> distance(front.size(), 0.0);
    std::vector<int> valid; // positions in front
    for (size_t i = 0; i < front.size(); ++i) {
        if (hasNaN(points, front[i]))
            distance[i] = kNaN;
        else
            valid.push_back(int(i));
    }
    if (valid.size() <= 2) {
        for (int i : valid)
            distance[size_t(i)] = kInf;
        return distance;
    }
    std::vector<int> order(valid.size());
    std::vector<double> value(front.size());
    for (Eigen::Index j = 0; j < points.cols(); ++j) {
        for (int i : valid)
            value[size_t(i)] = minimised(points(front[size_t(i)], j), directions[size_t(j)]);
        order = valid;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return value[size_t(a)] < value[size_t(b)]; });
        const double range = value[size_t(order.back())] - value[size_t(order.front())];
        if (!(range > 0))
            continue;
        distance[size_t(order.front())] = kInf;
        distance[size_t(order.back())] = kInf;
        for (size_t k = 1; k + 1 < order.size(); ++k) {
            const double gap = (value[size_t(order[k + 1])] - value[size_t(order[k - 1])]) / range;
            if (!std::isnan(gap)) // inf/inf when the range is infinite
                distance[size_t(order[k])] += gap;
        }
    }
    return distance;
}

double hypervolume(const MatrixD &points, const std::vector<Direction> &directions,
                   const std::vector<double> &reference)
{
    const int m = int(points.cols());
    if (!matches(points, directions) || reference.size() != directions.size() || m < 1 || m > 3)
        return kNaN;
    std::array<double, 3> ref{};
    for (int j = 0; j < m; ++j) {
        if (std::isnan(reference[size_t(j)]))
            return kNaN;
        ref[size_t(j)] = minimised(reference[size_t(j)], directions[size_t(j)]);
    }
    // Points strictly inside the reference box, padded to 3 objectives.
    std::vector<std::array<double, 3>> inside;
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
        std::array<double, 3> p{};
        bool ok = true;
        for (int j = 0; j < m; ++j) {
            p[size_t(j)] = minimised(points(r, j), directions[size_t(j)]);
            ok = ok && p[size_t(j)] < ref[size_t(j)]; // false for NaN
        }
        if (ok)
            inside.push_back(p);
    }
    if (inside.empty())
        return 0.0;
    if (m == 1) {
        const auto best = std::min_element(inside.begin(), inside.end());
        return ref[0] - (*best)[0];
    }
    if (m == 2) {
        // Sorted by the first objective, each point that lowers the best second objective adds
        // the strip between the two levels, reaching to the reference.
        std::sort(inside.begin(), inside.end());
        double volume = 0;
        double level = ref[1];
        for (const auto &p : inside) {
            if (p[1] < level) {
                volume += (ref[0] - p[0]) * (level - p[1]);
                level = p[1];
            }
        }
        return volume;
    }
    // Beume et al. 2009: sweep up the third objective; between consecutive levels the dominated
    // region's cross-section is the area of the 2-D staircase of the points seen so far.
    std::sort(inside.begin(), inside.end(),
              [](const auto &a, const auto &b) { return a[2] < b[2]; });
    DominatedArea area(ref[0], ref[1]);
    double volume = 0;
    for (size_t i = 0; i < inside.size(); ++i) {
        area.add(inside[i][0], inside[i][1]);
        const double next = i + 1 < inside.size() ? inside[i + 1][2] : ref[2];
        volume += area.area() * (next - inside[i][2]);
    }
    return volume;
}

} // namespace edgefront
