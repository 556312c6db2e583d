// Pareto fronts, non-dominated ranks, crowding distance and hypervolume (core/paretofront.h):
//  - hand-checked fronts for 1-4 objectives: ties, duplicates, NaN, infinities, mixed
//    directions, one point, all on the front, a chain where only one survives;
//  - the sweep fronts (2, 3 objectives) and the general path (1, 4, 5) against the O(n^2 m)
//    definition on thousands of random sets (integer grids for heavy ties, continuous clouds,
//    anti-correlated sets with large fronts, NaN rows): identical index lists, order included;
//  - ranks against peeling by the definition, and the NSGA-II front properties on larger sets;
//  - crowding distance on a hand example (tolerance 1e-12);
//  - hypervolume on unions of boxes added up by inclusion-exclusion (1e-12) and against an exact
//    grid computation (every cell of the coordinate grid tested) on random sets (1e-9 relative).

#include "paretofront.h"

#include <QElapsedTimer>
#include <QTest>

#include <array>
#include <cmath>
#include <limits>
#include <random>

using namespace edgefront;

using Rows = std::vector<std::vector<double>>;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// "mM" -> {Minimize, Maximize}.
std::vector<Direction> dirs(const char *spec)
{
    std::vector<Direction> d;
    for (const char *c = spec; *c; ++c)
        d.push_back(*c == 'M' ? Direction::Maximize : Direction::Minimize);
    return d;
}

MatrixD matrix(const Rows &rows, int cols)
{
    MatrixD m(Eigen::Index(rows.size()), cols);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (int j = 0; j < cols; ++j)
            m(Eigen::Index(r), j) = rows[r][size_t(j)];
    }
    return m;
}

QList<int> list(const std::vector<int> &v)
{
    return QList<int>(v.begin(), v.end());
}

bool better(double a, double b, Direction d)
{
    return d == Direction::Maximize ? a > b : a < b;
}

// The definition, pair by pair.
bool dominatesByDefinition(const MatrixD &p, Eigen::Index a, Eigen::Index b, const std::vector<Direction> &d)
{
    bool strictly = false;
    for (Eigen::Index j = 0; j < p.cols(); ++j) {
        if (better(p(b, j), p(a, j), d[size_t(j)]))
            return false;
        strictly = strictly || better(p(a, j), p(b, j), d[size_t(j)]);
    }
    return strictly;
}

bool hasNaN(const MatrixD &p, Eigen::Index r)
{
    return p.row(r).array().isNaN().any();
}

// The documented order: best first in each objective in turn, then row index.
void sortDocumented(std::vector<int> *rows, const MatrixD &p, const std::vector<Direction> &d)
{
    std::sort(rows->begin(), rows->end(), [&](int a, int b) {
        for (Eigen::Index j = 0; j < p.cols(); ++j) {
            if (better(p(a, j), p(b, j), d[size_t(j)]))
                return true;
            if (better(p(b, j), p(a, j), d[size_t(j)]))
                return false;
        }
        return a < b;
    });
}

std::vector<bool> validRows(const MatrixD &p)
{
    std::vector<bool> valid;
    for (Eigen::Index i = 0; i < p.rows(); ++i)
        valid.push_back(!hasNaN(p, i));
    return valid;
}

std::vector<int> bruteFront(const MatrixD &p, const std::vector<Direction> &d)
{
    const std::vector<bool> valid = validRows(p);
    std::vector<int> front;
    for (Eigen::Index i = 0; i < p.rows(); ++i) {
        if (!valid[size_t(i)])
            continue;
        bool dominated = false;
        for (Eigen::Index k = 0; k < p.rows() && !dominated; ++k)
            dominated = valid[size_t(k)] && dominatesByDefinition(p, k, i, d);
        if (!dominated)
            front.push_back(int(i));
    }
    sortDocumented(&front, p, d);
    return front;
}

// Peeling by the definition; NaN rows in one extra last front.
std::vector<int> bruteRanks(const MatrixD &p, const std::vector<Direction> &d)
{
    std::vector<int> rank(size_t(p.rows()), -1);
    std::vector<int> left;
    for (Eigen::Index i = 0; i < p.rows(); ++i) {
        if (!hasNaN(p, i))
            left.push_back(int(i));
    }
    int k = 0;
    while (!left.empty()) {
        std::vector<int> rest;
        for (int i : left) {
            const bool dominated = std::any_of(left.begin(), left.end(),
                                               [&](int q) { return dominatesByDefinition(p, q, i, d); });
            if (dominated)
                rest.push_back(i);
        }
        for (int i : left) {
            if (std::find(rest.begin(), rest.end(), i) == rest.end())
                rank[size_t(i)] = k;
        }
        left = rest;
        ++k;
    }
    for (int &r : rank) {
        if (r < 0)
            r = k;
    }
    return rank;
}

// Exact hypervolume on the grid of all coordinates: a cell is dominated when some contributing
// point is no worse than the cell's best corner. O(n^(m+1)), for small sets.
double bruteHypervolume(const MatrixD &p, const std::vector<Direction> &d, const std::vector<double> &ref)
{
    const int m = int(p.cols());
    std::vector<std::vector<double>> pts; // minimised
    for (Eigen::Index i = 0; i < p.rows(); ++i) {
        std::vector<double> q;
        bool inside = true;
        for (int j = 0; j < m; ++j) {
            q.push_back(d[size_t(j)] == Direction::Maximize ? -p(i, j) : p(i, j));
            inside = inside && better(p(i, j), ref[size_t(j)], d[size_t(j)]);
        }
        if (inside)
            pts.push_back(q);
    }
    std::vector<std::vector<double>> axes(static_cast<size_t>(m));
    for (int j = 0; j < m; ++j) {
        auto &a = axes[size_t(j)];
        a.push_back(d[size_t(j)] == Direction::Maximize ? -ref[size_t(j)] : ref[size_t(j)]);
        for (const auto &q : pts)
            a.push_back(q[size_t(j)]);
        std::sort(a.begin(), a.end());
        a.erase(std::unique(a.begin(), a.end()), a.end());
    }
    double volume = 0;
    std::vector<size_t> cell(size_t(m), 0);
    const auto cells = [&](int j) { return axes[size_t(j)].size() - 1; };
    for (int j = 0; j < m; ++j) {
        if (cells(j) == 0)
            return 0.0;
    }
    while (true) {
        double size = 1;
        bool dominated = false;
        for (int j = 0; j < m; ++j)
            size *= axes[size_t(j)][cell[size_t(j)] + 1] - axes[size_t(j)][cell[size_t(j)]];
        for (const auto &q : pts) {
            bool all = true;
            for (int j = 0; j < m && all; ++j)
                all = q[size_t(j)] <= axes[size_t(j)][cell[size_t(j)]];
            dominated = dominated || all;
        }
        if (dominated)
            volume += size;
        int j = 0;
        while (j < m && ++cell[size_t(j)] == cells(j))
            cell[size_t(j++)] = 0;
        if (j == m)
            break;
    }
    return volume;
}

// Random sets of every flavour the sweeps must survive.
struct RandomSets
{
    std::mt19937_64 rng;

    std::vector<Direction> directions(int m)
    {
        std::vector<Direction> d;
        for (int j = 0; j < m; ++j)
            d.push_back(rng() % 2 ? Direction::Maximize : Direction::Minimize);
        return d;
    }

    MatrixD points(int n, int m)
    {
        MatrixD p(n, m);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        const int kind = int(rng() % 4);
        const int levels = std::array{2, 3, 5, 10}[rng() % 4];
        for (int i = 0; i < n; ++i) {
            double sum = 0;
            for (int j = 0; j < m; ++j) {
                double v = 0;
                if (kind == 0 || kind == 1) // integer grid: heavy ties and duplicates
                    v = double(rng() % unsigned(levels));
                else if (kind == 2) // continuous cloud
                    v = u(rng);
                else // near the plane sum = const (large fronts), rounded for ties
                    v = j + 1 < m ? std::round(u(rng) * 20) : 0;
                sum += v;
                p(i, j) = v;
            }
            if (kind == 3)
                p(i, m - 1) = std::round(10.0 * m - sum + u(rng) * 2);
        }
        // A few NaN rows (and infinities) in some sets.
        if (n > 0 && rng() % 3 == 0) {
            for (int k = 0; k < 1 + n / 20; ++k)
                p(Eigen::Index(rng() % unsigned(n)), Eigen::Index(rng() % unsigned(m))) = kNaN;
        }
        if (n > 0 && rng() % 5 == 0)
            p(Eigen::Index(rng() % unsigned(n)), Eigen::Index(rng() % unsigned(m))) = rng() % 2 ? kInf : -kInf;
        return p;
    }
};

} // namespace

class TestParetoFront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handFronts_data()
    {
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QString>("directions");
        QTest::addColumn<QList<int>>("expected");

        QTest::newRow("one point") << Rows{{1, 2}} << QStringLiteral("mm") << QList<int>{0};
        QTest::newRow("no points") << Rows{} << QStringLiteral("mm") << QList<int>{};
        QTest::newRow("tie on the first objective")
            << Rows{{1, 3}, {1, 2}, {2, 1}} << QStringLiteral("mm") << QList<int>{1, 2};
        QTest::newRow("tie on the second objective")
            << Rows{{2, 1}, {1, 1}, {0, 3}} << QStringLiteral("mm") << QList<int>{2, 1};
        QTest::newRow("duplicates all kept")
            << Rows{{2, 0}, {1, 1}, {1, 1}, {3, 3}, {2, 0}, {3, 3}} << QStringLiteral("mm")
            << QList<int>{1, 2, 0, 4};
        QTest::newRow("NaN never on the front")
            << Rows{{kNaN, 0}, {1, 1}, {0, kNaN}, {2, 0}, {kNaN, kNaN}} << QStringLiteral("mm")
            << QList<int>{1, 3};
        QTest::newRow("all NaN") << Rows{{kNaN, 0}, {0, kNaN}} << QStringLiteral("mm") << QList<int>{};
        // Latency (ms, minimised) and accuracy (maximised).
        QTest::newRow("latency and accuracy")
            << Rows{{10, 0.7}, {5, 0.6}, {20, 0.9}, {15, 0.65}, {5, 0.5}} << QStringLiteral("mM")
            << QList<int>{1, 0, 2};
        QTest::newRow("first objective maximised: best first")
            << Rows{{0.7, 10}, {0.6, 5}, {0.9, 20}, {0.65, 15}} << QStringLiteral("Mm")
            << QList<int>{2, 0, 1};
        QTest::newRow("all on the front")
            << Rows{{3, 1}, {0, 4}, {2, 2}, {4, 0}, {1, 3}} << QStringLiteral("mm") << QList<int>{1, 4, 2, 0, 3};
        QTest::newRow("chain: one survives")
            << Rows{{3, 3}, {2, 2}, {1, 1}, {4, 4}} << QStringLiteral("mm") << QList<int>{2};
        QTest::newRow("chain maximised") << Rows{{3, 3}, {2, 2}, {1, 1}, {4, 4}} << QStringLiteral("MM")
                                         << QList<int>{3};
        QTest::newRow("infinities are values")
            << Rows{{kInf, 0}, {0, kInf}, {1, 1}, {kInf, kInf}} << QStringLiteral("mm") << QList<int>{1, 2, 0};
        QTest::newRow("1 objective: ties kept") << Rows{{3}, {1}, {2}, {1}} << QStringLiteral("m")
                                                << QList<int>{1, 3};
        QTest::newRow("3 objectives")
            << Rows{{1, 2, 3}, {2, 1, 3}, {3, 3, 1}, {2, 2, 3}, {1, 2, 3}, {1, 2, 4}, {3, 3, 3}}
            << QStringLiteral("mmm") << QList<int>{0, 4, 1, 2};
        QTest::newRow("3 objectives, ties in two")
            << Rows{{1, 1, 5}, {1, 1, 4}, {0, 1, 6}, {1, 0, 6}, {1, 1, 4}} << QStringLiteral("mmm")
            << QList<int>{2, 3, 1, 4};
        // Accuracy and a throughput (maximised) with latency: row 4 beats row 1 on the third
        // objective, row 0 beats row 2 on all three, row 3 trades accuracy for throughput.
        QTest::newRow("3 objectives mixed")
            << Rows{{0.8, 10, 5}, {0.9, 20, 5}, {0.8, 12, 4}, {0.7, 10, 6}, {0.9, 20, 6}}
            << QStringLiteral("MmM") << QList<int>{4, 0, 3};
        QTest::newRow("3 objectives chain")
            << Rows{{2, 2, 2}, {1, 1, 1}, {1, 1, 2}, {3, 1, 1}} << QStringLiteral("mmm") << QList<int>{1};
        QTest::newRow("4 objectives")
            << Rows{{1, 1, 1, 1}, {0, 2, 2, 2}, {1, 1, 1, 2}, {2, 2, 2, 0}, {1, 1, 1, 1}, {kNaN, 0, 0, 0}}
            << QStringLiteral("mmmm") << QList<int>{1, 0, 4, 3};
    }

    void handFronts()
    {
        QFETCH(Rows, rows);
        QFETCH(QString, directions);
        QFETCH(QList<int>, expected);
        const MatrixD p = matrix(rows, int(directions.size()));
        const auto d = dirs(directions.toLatin1().constData());
        QCOMPARE(list(paretoFront(p, d)), expected);
        QCOMPARE(list(paretoFront(p, d)), list(bruteFront(p, d)));
        // Front 0 of the ranks is the same set.
        const std::vector<int> ranks = nonDominatedRanks(p, d);
        QList<int> rankZero;
        for (Eigen::Index i = 0; i < p.rows(); ++i) {
            if (ranks[size_t(i)] == 0 && !hasNaN(p, i))
                rankZero.push_back(int(i));
        }
        QList<int> sortedExpected = expected;
        std::sort(sortedExpected.begin(), sortedExpected.end());
        QCOMPARE(rankZero, sortedExpected);
    }

    void mismatchedSizes()
    {
        const MatrixD p = matrix({{1, 2}}, 2);
        QVERIFY(paretoFront(p, dirs("m")).empty());
        QVERIFY(nonDominatedRanks(p, dirs("mmm")).empty());
        QVERIFY(crowdingDistance(p, {0}, dirs("m")).empty());
        QVERIFY(std::isnan(hypervolume(p, dirs("m"), {3})));
        QVERIFY(std::isnan(hypervolume(p, dirs("mm"), {3})));
    }

    void directionNames()
    {
        QCOMPARE(directionToString(Direction::Minimize), QStringLiteral("minimize"));
        QCOMPARE(directionToString(Direction::Maximize), QStringLiteral("maximize"));
        Direction d = Direction::Minimize;
        QVERIFY(directionFromString(u"Maximize", &d));
        QCOMPARE(d, Direction::Maximize);
        QVERIFY(directionFromString(u"minimize", &d));
        QCOMPARE(d, Direction::Minimize);
        QVERIFY(!directionFromString(u"max", &d));
        QCOMPARE(d, Direction::Minimize);
    }

    void randomFrontsEqualDefinition_data()
    {
        QTest::addColumn<int>("objectives");
        QTest::addColumn<int>("sets");
        QTest::newRow("1") << 1 << 500;
        QTest::newRow("2") << 2 << 4000;
        QTest::newRow("3") << 3 << 4000;
        QTest::newRow("4") << 4 << 1000;
        QTest::newRow("5") << 5 << 500;
    }

    void randomFrontsEqualDefinition()
    {
        QFETCH(int, objectives);
        QFETCH(int, sets);
        RandomSets random{std::mt19937_64(quint64(objectives) * 7919)};
        qsizetype frontPoints = 0;
        for (int s = 0; s < sets; ++s) {
            // Mostly small sets (many shapes), some large ones (the pivot filter, long staircases).
            const int n = s % 50 == 0 ? 1500 : int(random.rng() % 160);
            const MatrixD p = random.points(n, objectives);
            const auto d = random.directions(objectives);
            const std::vector<int> front = paretoFront(p, d);
            const std::vector<int> expected = bruteFront(p, d);
            frontPoints += qsizetype(front.size());
            QVERIFY2(front == expected, qPrintable(QStringLiteral("set %1 (n %2): %3 front points, expected %4")
                                                       .arg(s).arg(n).arg(front.size()).arg(expected.size())));
        }
        QVERIFY(frontPoints > sets); // not all trivial
    }

    void randomRanksEqualPeeling_data()
    {
        QTest::addColumn<int>("objectives");
        QTest::addColumn<int>("sets");
        QTest::newRow("1") << 1 << 300;
        QTest::newRow("2") << 2 << 1500;
        QTest::newRow("3") << 3 << 1500;
        QTest::newRow("4") << 4 << 500;
    }

    void randomRanksEqualPeeling()
    {
        QFETCH(int, objectives);
        QFETCH(int, sets);
        RandomSets random{std::mt19937_64(quint64(objectives) * 104729)};
        int maxFronts = 0;
        for (int s = 0; s < sets; ++s) {
            const int n = int(random.rng() % 120);
            const MatrixD p = random.points(n, objectives);
            const auto d = random.directions(objectives);
            const std::vector<int> ranks = nonDominatedRanks(p, d);
            QVERIFY2(ranks == bruteRanks(p, d), qPrintable(QStringLiteral("set %1 (n %2)").arg(s).arg(n)));
            if (!ranks.empty())
                maxFronts = std::max(maxFronts, *std::max_element(ranks.begin(), ranks.end()) + 1);
        }
        QVERIFY(maxFronts > 10);
    }

    void ranksSatisfyNsga2Properties_data()
    {
        QTest::addColumn<int>("objectives");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("5") << 5;
    }

    // Every rank-k point (k > 0) is dominated by some rank-(k-1) point and by no rank-k point
    // (rank 0: by nothing); NaN rows form the last front. 2,000 points per set.
    void ranksSatisfyNsga2Properties()
    {
        QFETCH(int, objectives);
        RandomSets random{std::mt19937_64(quint64(objectives) * 31)};
        for (int s = 0; s < 4; ++s) {
            const MatrixD p = random.points(2000, objectives);
            const auto d = random.directions(objectives);
            const std::vector<int> ranks = nonDominatedRanks(p, d);
            QCOMPARE(ranks.size(), size_t(2000));
            const int last = *std::max_element(ranks.begin(), ranks.end());
            const std::vector<bool> valid = validRows(p);
            for (Eigen::Index i = 0; i < p.rows(); ++i) {
                const int k = ranks[size_t(i)];
                if (!valid[size_t(i)]) {
                    QCOMPARE(k, last);
                    continue;
                }
                bool byPrevious = k == 0;
                for (Eigen::Index q = 0; q < p.rows(); ++q) {
                    if (!valid[size_t(q)] || !dominatesByDefinition(p, q, i, d))
                        continue;
                    QVERIFY2(ranks[size_t(q)] < k, qPrintable(QStringLiteral("row %1 rank %2 dominated by row %3 rank %4")
                                                                  .arg(i).arg(k).arg(q).arg(ranks[size_t(q)])));
                    byPrevious = byPrevious || ranks[size_t(q)] == k - 1;
                }
                QVERIFY2(byPrevious, qPrintable(QStringLiteral("row %1 rank %2").arg(i).arg(k)));
            }
        }
    }

    // NSGA-II populations: 10^4 points with 3 objectives rank in well under a second.
    void ranksOfTenThousandAreFast()
    {
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<double> u(0, 1);
        MatrixD p(10000, 3);
        for (Eigen::Index i = 0; i < p.rows(); ++i) {
            for (Eigen::Index j = 0; j < 3; ++j)
                p(i, j) = u(rng);
        }
        QElapsedTimer timer;
        timer.start();
        const std::vector<int> ranks = nonDominatedRanks(p, dirs("mmm"));
        const qint64 ms = timer.elapsed();
        qInfo("10^4 points, 3 objectives: %d fronts in %lld ms",
              *std::max_element(ranks.begin(), ranks.end()) + 1, ms);
        QVERIFY(ms < 1000);
    }

    void crowdingDistanceByHand()
    {
        // Front (0,5) (1,3) (3,1) (4,0), minimised; row 4 is not on it. Ranges 4 and 5.
        // Row 1: (3-0)/4 + (5-1)/5 = 1.55; row 2: (4-1)/4 + (3-0)/5 = 1.35; extremes infinite.
        const MatrixD p = matrix({{0, 5}, {1, 3}, {3, 1}, {4, 0}, {5, 5}}, 2);
        const std::vector<int> front{2, 0, 3, 1};
        for (const char *spec : {"mm", "MM", "mM"}) {
            const std::vector<double> c = crowdingDistance(p, front, dirs(spec));
            QCOMPARE(c.size(), size_t(4));
            QVERIFY(std::abs(c[0] - 1.35) < 1e-12);
            QCOMPARE(c[1], kInf);
            QCOMPARE(c[2], kInf);
            QVERIFY(std::abs(c[3] - 1.55) < 1e-12);
        }
        // A constant objective adds nothing, not even infinities (sorted by it, row 1 would come
        // first and be an extreme).
        const std::vector<double> flat = crowdingDistance(matrix({{0, 1}, {1, 1}, {2, 1}}, 2), {1, 0, 2}, dirs("mm"));
        QCOMPARE(flat, (std::vector<double>{1.0, kInf, kInf}));
        // One or two members: infinite; NaN rows: NaN; empty front: empty.
        QCOMPARE(crowdingDistance(p, {1, 2}, dirs("mm")), (std::vector<double>{kInf, kInf}));
        const std::vector<double> withNaN =
            crowdingDistance(matrix({{0, 1}, {kNaN, 0}, {1, 0}}, 2), {0, 1, 2}, dirs("mm"));
        QCOMPARE(withNaN[0], kInf);
        QVERIFY(std::isnan(withNaN[1]));
        QCOMPARE(withNaN[2], kInf);
        QVERIFY(crowdingDistance(p, {}, dirs("mm")).empty());
    }

    void hypervolumeByHand_data()
    {
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QString>("directions");
        QTest::addColumn<std::vector<double>>("reference");
        QTest::addColumn<double>("expected");

        // Boxes [1,4]x[3,4], [2,4]x[2,4], [3,4]x[1,4]: strips of 3, 2, 1.
        QTest::newRow("2-D staircase") << Rows{{1, 3}, {2, 2}, {3, 1}} << QStringLiteral("mm")
                                       << std::vector<double>{4, 4} << 6.0;
        // The same with a dominated point, a duplicate, a point on the reference boundary, one
        // outside, and a NaN row: nothing changes.
        QTest::newRow("2-D with extras")
            << Rows{{3, 3}, {1, 3}, {2, 2}, {2, 2}, {4, 0}, {0, 5}, {3, 1}, {kNaN, 0}} << QStringLiteral("mm")
            << std::vector<double>{4, 4} << 6.0;
        // Latency minimised, accuracy maximised (y -> 10 - y).
        QTest::newRow("2-D mixed") << Rows{{1, 7}, {2, 8}, {3, 9}} << QStringLiteral("mM")
                                   << std::vector<double>{4, 6} << 6.0;
        // Two overlapping boxes 3x1 and 1x3 sharing a 1x1 square: 3 + 3 - 1.
        QTest::newRow("2-D overlap") << Rows{{1, 3}, {3, 1}} << QStringLiteral("mm")
                                     << std::vector<double>{4, 4} << 5.0;
        QTest::newRow("2-D nothing inside") << Rows{{5, 1}, {1, 4}} << QStringLiteral("mm")
                                            << std::vector<double>{4, 4} << 0.0;
        QTest::newRow("2-D empty") << Rows{} << QStringLiteral("mm") << std::vector<double>{4, 4} << 0.0;
        // Boxes 2x1x1 in three orientations: pairwise overlaps 1, triple overlap 1: 6 - 3 + 1.
        QTest::newRow("3-D three boxes") << Rows{{0, 1, 1}, {1, 0, 1}, {1, 1, 0}} << QStringLiteral("mmm")
                                         << std::vector<double>{2, 2, 2} << 4.0;
        QTest::newRow("3-D one box and a dominated point")
            << Rows{{0.5, 0.5, 0.5}, {0, 0, 0}, {0, 0, 0}} << QStringLiteral("mmm")
            << std::vector<double>{1, 2, 3} << 6.0;
        // 2x2x1 and 1x1x2 boxes overlapping in a unit cube: 4 + 2 - 1.
        QTest::newRow("3-D overlap") << Rows{{0, 0, 1}, {1, 1, 0}} << QStringLiteral("mmm")
                                     << std::vector<double>{2, 2, 2} << 5.0;
        QTest::newRow("3-D mixed")
            << Rows{{0, -1, 1}, {1, -0, 1}, {1, -1, 0}, {kNaN, 0, 0}} << QStringLiteral("mMm")
            << std::vector<double>{2, -2, 2} << 4.0;
        QTest::newRow("1-D") << Rows{{3}, {1}, {2}, {5}} << QStringLiteral("m") << std::vector<double>{4} << 3.0;
    }

    void hypervolumeByHand()
    {
        QFETCH(Rows, rows);
        QFETCH(QString, directions);
        QFETCH(std::vector<double>, reference);
        QFETCH(double, expected);
        const MatrixD p = matrix(rows, int(directions.size()));
        const auto d = dirs(directions.toLatin1().constData());
        const double hv = hypervolume(p, d, reference);
        QVERIFY2(std::abs(hv - expected) < 1e-12, qPrintable(QString::number(hv, 'g', 17)));
        if (d.size() > 1)
            QVERIFY(std::abs(bruteHypervolume(p, d, reference) - expected) < 1e-12);
    }

    void hypervolumeRejects()
    {
        QVERIFY(std::isnan(hypervolume(matrix({{1, 1, 1, 1}}, 4), dirs("mmmm"), {2, 2, 2, 2})));
        QVERIFY(std::isnan(hypervolume(matrix({{1, 1}}, 2), dirs("mm"), {2, kNaN})));
    }

    // A flat third objective c: the volume is the 2-D area times (reference - c).
    void hypervolumeExtrudes()
    {
        RandomSets random{std::mt19937_64(11)};
        for (int s = 0; s < 100; ++s) {
            const MatrixD p2 = random.points(int(random.rng() % 200), 2);
            if (p2.array().isInf().any())
                continue;
            MatrixD p3(p2.rows(), 3);
            p3.leftCols(2) = p2;
            p3.col(2).setConstant(0.25);
            const double area = hypervolume(p2, dirs("mm"), {12, 25});
            const double volume = hypervolume(p3, dirs("mmm"), {12, 25, 2.25});
            QVERIFY(std::abs(volume - 2 * area) <= 1e-12 * std::max(1.0, volume));
        }
    }

    void randomHypervolumeEqualsGrid_data()
    {
        QTest::addColumn<int>("objectives");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
    }

    void randomHypervolumeEqualsGrid()
    {
        QFETCH(int, objectives);
        RandomSets random{std::mt19937_64(quint64(objectives) * 977)};
        std::uniform_real_distribution<double> u(0, 1);
        int nonZero = 0;
        for (int s = 0; s < 2000; ++s) {
            const int n = int(random.rng() % (objectives == 2 ? 40 : 14));
            const MatrixD p = random.points(n, objectives);
            const auto d = random.directions(objectives);
            // Reference somewhere around the data's range, so some points fall outside.
            std::vector<double> ref;
            for (int j = 0; j < objectives; ++j) {
                double lo = 0, hi = 1;
                for (Eigen::Index i = 0; i < p.rows(); ++i) {
                    if (std::isfinite(p(i, j))) {
                        lo = std::min(lo, p(i, j));
                        hi = std::max(hi, p(i, j));
                    }
                }
                const double t = 0.5 + 0.6 * u(random.rng);
                ref.push_back(d[size_t(j)] == Direction::Maximize ? hi - t * (hi - lo) : lo + t * (hi - lo));
            }
            // Infinite points make the exact grid meaningless; keep them out here.
            if (!p.array().isInf().any()) {
                const double hv = hypervolume(p, d, ref);
                const double expected = bruteHypervolume(p, d, ref);
                nonZero += expected > 0;
                QVERIFY2(std::abs(hv - expected) <= 1e-9 * std::max(std::abs(expected), 1e-300),
                         qPrintable(QStringLiteral("set %1: %2 vs %3").arg(s).arg(hv, 0, 'g', 17).arg(expected, 0, 'g', 17)));
            }
        }
        QVERIFY(nonZero > 1000);
    }
};

QTEST_GUILESS_MAIN(TestParetoFront)
#include "tst_paretofront.moc"
