// The candidate sets of proxy transfer (transfercandidates.h) on hand-made designs whose
// expected results are worked out in the comments:
//  - fitLogLog recovers an exact power law and its residual deviation;
//  - nearFront returns exactly the dominated designs within the slack, and no front design;
//  - worthMeasuring keeps what can still be a budget's pick and drops the rest, and caps the
//    extras per budget by expected gain.

#include "designspacecatalog.h"
#include "nb201space.h"
#include "transfercandidates.h"

#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

const DesignSpace &nb201()
{
    return *findDesignSpace(QStringLiteral("nb201"));
}

// A distinct nb201 cell per id, with the given accuracy and (proxy) latency.
Candidate design(int id, double accuracy, double latencyMs)
{
    Candidate c{Nb201Space::fromOfficialIndex(id), {}};
    c.metrics.accuracy = accuracy;
    c.metrics.latencyMs = latencyMs;
    return c;
}

QList<int> ids(const std::vector<Candidate> &cs)
{
    QList<int> out;
    for (const Candidate &c : cs)
        out.push_back(Nb201Space::officialIndex(c.arch));
    return out;
}

} // namespace

class TestTransferCandidates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logLogFit()
    {
        // target = 2 * proxy^1.5 exactly: alpha = ln 2, beta = 1.5, sigma = 0.
        std::vector<double> p{1, 2, 4, 8, 16}, t;
        for (double v : p)
            t.push_back(2.0 * std::pow(v, 1.5));
        LogLogMap m = fitLogLog(p, t);
        QVERIFY(m.valid());
        QVERIFY(std::abs(m.alpha - std::log(2.0)) < 1e-12 && std::abs(m.beta - 1.5) < 1e-12 && m.sigma < 1e-12);
        // By hand: x = ln p = (0, 1, 2), y = ln t = (0.1, 0.9, 2.1): mean x 1, mean y 31/30,
        // sxx 2, sxy 2 -> beta 1, alpha 1/30; residuals (1/15, -2/15, 1/15), ss 6/225,
        // sigma = sqrt(ss / (3 - 2)) = 0.163299.
        m = fitLogLog({1.0, std::exp(1.0), std::exp(2.0)}, {std::exp(0.1), std::exp(0.9), std::exp(2.1)});
        QVERIFY(m.valid());
        QVERIFY(std::abs(m.beta - 1.0) < 1e-12 && std::abs(m.alpha - 1.0 / 30) < 1e-12);
        QVERIFY(std::abs(m.sigma - std::sqrt(6.0 / 225)) < 1e-12);
        m = fitLogLog({1, 1, 1}, {1, 2, 3});
        QVERIFY(!m.valid());
        m = fitLogLog({1, 2}, {1, 2});
        QVERIFY(!m.valid()); // fewer than 3 pairs
    }

    void nearFrontIsTheDominatedWithinSlack()
    {
        // Front (accuracy up, latency up): 1 (90, 10), 2 (91, 12), 3 (92, 15).
        // Dominated: 4 (89, 10.5) by 1 with gap ln(10.5/10) = 0.0488; 5 (90.5, 14) by 2 with
        // gap ln(14/12) = 0.154; 6 (90, 30) by 1 with gap ln 3 = 1.10.
        const DesignSpace &space = nb201();
        CandidatePool pool(space);
        SearchResult r;
        for (const Candidate &c : {design(1, 90, 10), design(2, 91, 12), design(3, 92, 15), design(4, 89, 10.5),
                                   design(5, 90.5, 14), design(6, 90, 30)})
            r.archive.push_back(c);
        pool.add(r);
        QCOMPARE(ids(pool.candidates(1)), (QList<int>{1, 2, 3}));
        QCOMPARE(ids(pool.nearFront(0.05)), (QList<int>{4}));
        QCOMPARE(ids(pool.nearFront(0.2)), (QList<int>{5, 4})); // decreasing accuracy
        QCOMPARE(ids(pool.nearFront(2.0)), (QList<int>{5, 6, 4}));
        QVERIFY(pool.nearFront(0.0).empty());
    }

    void worthMeasuringKeepsPossiblePicks()
    {
        // Identity map (alpha 0, beta 1), sigma 0.1, z 2: for budget B a design is surely
        // feasible below B e^-0.2 = 0.8187 B and possibly feasible below B e^0.2 = 1.2214 B.
        LogLogMap map;
        map.alpha = 0;
        map.beta = 1;
        map.sigma = 0.1;
        // Budget 10: surely feasible below 8.187, possibly below 12.214. The bound is the third
        // most accurate surely feasible design's accuracy (three fallbacks per budget).
        // Front: 1 (85, 5), 2 (88, 8), 5 (80, 3) are sure -> bound 80; 3 (90, 11) possible;
        // 4 (93, 13) too slow. Expected: 1, 2, 3, 5.
        const std::vector<Candidate> front{design(1, 85, 5), design(2, 88, 8), design(3, 90, 11), design(4, 93, 13),
                                           design(5, 80, 3)};
        QCOMPARE(ids(worthMeasuring(front, {}, {10.0}, map, 2.0, 50)), (QList<int>{1, 2, 3, 5}));
        // Budget 14 alone: sure below 11.46 (1, 2, 3, 5: accuracies 90, 88, 85, 80 -> bound 85),
        // possible below 17.1 (all): 1, 2, 3, 4. The union with budget 10 is all five.
        QCOMPARE(ids(worthMeasuring(front, {}, {14.0}, map, 2.0, 50)), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(ids(worthMeasuring(front, {}, {10.0, 14.0}, map, 2.0, 50)), (QList<int>{1, 2, 3, 4, 5}));
        // Fewer than three sure designs: no bound, everything possibly feasible stays.
        QCOMPARE(ids(worthMeasuring({design(1, 85, 5), design(3, 90, 11), design(4, 93, 13)}, {}, {10.0}, map, 2.0, 50)),
                 (QList<int>{1, 3}));

        // Extras for budget 10 (none of them sure, so the bound stays 80): 6 (89, 9.0),
        // 7 (95, 12.0), 8 (89.5, 12.1), 9 (87, 9.0), 10 (99, 13) too slow (never).
        // Expected gain P(meet) * (accuracy - 80), P = Phi((ln 10 - ln l) / 0.1):
        //   6: Phi(1.054) = 0.854, gain 7.69; 9: 0.854 * 7 = 5.98;
        //   7: Phi(-1.823) = 0.0341, gain 0.51; 8: Phi(-1.906) = 0.0283, gain 0.27.
        // Cap 1 -> {6}; cap 2 -> {6, 9}; cap 3 -> {6, 9, 7}; cap 50 -> all four (kept in input order).
        const std::vector<Candidate> extras{design(6, 89, 9.0), design(7, 95, 12.0), design(8, 89.5, 12.1),
                                            design(9, 87, 9.0), design(10, 99, 13.0)};
        QCOMPARE(ids(worthMeasuring(front, extras, {10.0}, map, 2.0, 1)), (QList<int>{1, 2, 3, 5, 6}));
        QCOMPARE(ids(worthMeasuring(front, extras, {10.0}, map, 2.0, 2)), (QList<int>{1, 2, 3, 5, 6, 9}));
        QCOMPARE(ids(worthMeasuring(front, extras, {10.0}, map, 2.0, 3)), (QList<int>{1, 2, 3, 5, 6, 7, 9}));
        QCOMPARE(ids(worthMeasuring(front, extras, {10.0}, map, 2.0, 50)), (QList<int>{1, 2, 3, 5, 6, 7, 8, 9}));
        QCOMPARE(ids(worthMeasuring(front, extras, {10.0}, map, 2.0, 0)), (QList<int>{1, 2, 3, 5}));
    }
};

QTEST_GUILESS_MAIN(TestTransferCandidates)
#include "tst_transfercandidates.moc"
