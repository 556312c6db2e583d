// Per-device search: Once-for-All's evolution, NSGA-II, random and exhaustive search against
// independent brute force, budgets, determinism, cancellation, and the per-block cost table
// against the full analytic model.

#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "evolutionsearch.h"
#include "nb201space.h"
#include "nsga2search.h"
#include "ofambv3space.h"
#include "paretofront.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

const DesignSpace &space(const char *name) { return *findDesignSpace(QString::fromLatin1(name)); }

DeviceProfile fleetDevice(const char *id)
{
    for (const DeviceProfile &d : builtinFleet())
        if (d.id == QLatin1StringView(id))
            return d;
    return {};
}

// A deterministic accuracy table for nb201 (no shared data needed): a smooth function of the
// cell's convolutions, with ties broken by the official index.
std::shared_ptr<AccuracySource> nb201Accuracy()
{
    QHash<QString, double> table;
    const DesignSpace &s = space("nb201");
    for (int i = 0; i < 15625; ++i) {
        const Architecture a = Nb201Space::fromOfficialIndex(i);
        double v = 80;
        for (int e = 0; e < 6; ++e)
            v += a[e] == 3 ? 2.0 + 0.1 * e : (a[e] == 2 ? 1.0 : (a[e] == 1 ? 0.5 : 0.0));
        table.insert(s.key(a), v + 1e-6 * i);
    }
    return AccuracySource::fromTable(table, QStringLiteral("test table"));
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockTableEqualsFullModel()
    {
        // The per-block cost table is exact: every architecture's latency and energy equal the
        // analytic model on the whole network (relative 1e-9).
        for (const char *name : {"ofa-mbv3-w12-mp", "ofa-mbv3-w10"}) {
            const DesignSpace &s = space(name);
            for (const char *id : {"phone-npu-a", "mcu-b", "desktop-gpu-c"}) {
                const DeviceProfile d = fleetDevice(id);
                const auto cost = CostSource::fromDevice(DeviceEvaluator(d));
                QRandomGenerator rng(5);
                std::vector<Architecture> archs;
                for (int i = 0; i < 300; ++i)
                    archs.push_back(s.sample(rng));
                std::vector<double> lat, en;
                cost->evaluate(s, archs, lat, en);
                const AnalyticCostModel model(d);
                for (size_t i = 0; i < archs.size(); ++i) {
                    const NetworkCost full = model.evaluate(s.layerGraph(archs[i]));
                    if (!full.runnable) {
                        QVERIFY(std::isnan(lat[i]));
                        continue;
                    }
                    QVERIFY2(std::abs(lat[i] - full.latencyMs) <= 1e-9 * full.latencyMs, qPrintable(QStringLiteral("%1 %2").arg(lat[i]).arg(full.latencyMs)));
                    QVERIFY(std::abs(en[i] - full.energyMj) <= 1e-9 * full.energyMj);
                }
            }
        }
    }

    void exhaustiveEqualsBruteForce()
    {
        const DesignSpace &s = space("nb201");
        const DeviceProfile d = fleetDevice("phone-gpu-b");
        SearchEvaluator ev(s, nb201Accuracy(), CostSource::fromDevice(DeviceEvaluator(d)));
        Budgets b;
        b.latencyMs = 6.0;
        QString error;
        const auto r = exhaustiveSearch(ev, b, &error);
        QVERIFY2(r && r->best, qPrintable(error));
        QCOMPARE(r->archive.size(), size_t(15625));
        // Independent brute force with the plain analytic model.
        const AnalyticCostModel model(d);
        const auto acc = nb201Accuracy();
        double bestAcc = -1;
        for (int i = 0; i < 15625; ++i) {
            const Architecture a = Nb201Space::fromOfficialIndex(i);
            if (model.evaluate(s.layerGraph(a)).latencyMs <= 6.0) {
                const double v = acc->predict(ArchitectureBatch(s, {a})).front();
                bestAcc = std::max(bestAcc, v);
            }
        }
        QCOMPARE(r->best->metrics.accuracy, bestAcc);
        QVERIFY(r->best->metrics.latencyMs <= 6.0);
    }

    void evolutionFindsTheOptimumOnSmallSpaces()
    {
        // On nb201 the evolution (OFA's settings, fewer generations) reaches the exhaustive optimum.
        const DesignSpace &s = space("nb201");
        const DeviceProfile d = fleetDevice("edge-tpu-b");
        SearchEvaluator ev(s, nb201Accuracy(), CostSource::fromDevice(DeviceEvaluator(d)));
        Budgets b;
        b.latencyMs = 12.0;
        QString error;
        const auto exact = exhaustiveSearch(ev, b, &error);
        EvolutionOptions o;
        o.generations = 100;
        o.budgets = b;
        o.seed = 3;
        const auto evo = evolutionSearch(ev, o, &error);
        QVERIFY2(evo && evo->best && exact && exact->best, qPrintable(error));
        QVERIFY(evo->best->metrics.latencyMs <= 12.0);
        QVERIFY2(exact->best->metrics.accuracy - evo->best->metrics.accuracy < 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(evo->best->metrics.accuracy).arg(exact->best->metrics.accuracy)));
        // Random search with as many samples does no better than the evolution.
        RandomSearchOptions ro;
        ro.samples = 2000;
        ro.budgets = b;
        const auto random = randomSearch(ev, ro, &error);
        QVERIFY(random && random->best);
        QVERIFY(random->best->metrics.accuracy <= evo->best->metrics.accuracy);
    }

    void evolutionIsSeededAndKeepsBudgets()
    {
        const DesignSpace &s = space("ofa-mbv3-w12-mp");
        const DeviceProfile d = fleetDevice("phone-npu-b");
        EvolutionOptions o;
        o.generations = 40;
        o.budgets.latencyMs = 7.0;
        o.budgets.energyMj = 5.0;
        o.seed = 11;
        o.keepArchive = true;
        QString error;
        SearchEvaluator a(s, AccuracySource::builtinSurrogate(s), CostSource::fromDevice(DeviceEvaluator(d)));
        SearchEvaluator b(s, AccuracySource::builtinSurrogate(s), CostSource::fromDevice(DeviceEvaluator(d)));
        const auto r1 = evolutionSearch(a, o, &error);
        const auto r2 = evolutionSearch(b, o, &error);
        QVERIFY(r1 && r2 && r1->best && r2->best);
        QCOMPARE(r1->best->arch, r2->best->arch);
        QVERIFY(r1->best->metrics.latencyMs <= 7.0 && r1->best->metrics.energyMj <= 5.0);
        for (const Candidate &c : r1->archive)
            QVERIFY(c.metrics.latencyMs <= 7.0 && c.metrics.energyMj <= 5.0);
        // An impossible budget: no design, and says so.
        o.budgets.latencyMs = 0.001;
        const auto none = evolutionSearch(a, o, &error);
        QVERIFY(none && !none->best);
        QVERIFY2(none->note.contains(QStringLiteral("0.001 ms")), qPrintable(none->note));
    }

    void cancelStopsWithinAGeneration()
    {
        const DesignSpace &s = space("ofa-mbv3-w12-mp");
        SearchEvaluator ev(s, AccuracySource::builtinSurrogate(s), CostSource::fromDevice(DeviceEvaluator(fleetDevice("mcu-a"))));
        EvolutionOptions o;
        o.generations = 100000;
        QElapsedTimer timer;
        int calls = 0;
        qint64 cancelledAt = 0, returnedAt = 0;
        timer.start();
        QString error;
        const auto r = evolutionSearch(ev, o, &error, [&](double) {
            if (++calls == 50) {
                cancelledAt = timer.nsecsElapsed();
                return false;
            }
            return true;
        });
        returnedAt = timer.nsecsElapsed();
        QVERIFY(r && r->cancelled);
        QCOMPARE(r->generations, 50);
        const double ms = (returnedAt - cancelledAt) / 1e6;
        qInfo("returned %.3f ms after the cancel request", ms);
        QVERIFY(ms < 100);
    }

    void nsga2FrontIsNonDominated()
    {
        const DesignSpace &s = space("ofa-mbv3-w10-mp");
        SearchEvaluator ev(s, AccuracySource::builtinSurrogate(s), CostSource::fromDevice(DeviceEvaluator(fleetDevice("edge-gpu-a"))));
        Nsga2Options o;
        o.generations = 40;
        o.budgets.latencyMs = 6.0;
        QString error;
        const auto r = nsga2Search(ev, o, &error);
        QVERIFY2(r && r->best, qPrintable(error));
        QVERIFY(r->archive.size() > 5);
        MatrixD pts(Eigen::Index(r->archive.size()), 3);
        for (size_t i = 0; i < r->archive.size(); ++i) {
            const DesignMetrics &m = r->archive[i].metrics;
            QVERIFY(m.latencyMs <= 6.0);
            pts.row(Eigen::Index(i)) << m.accuracy, m.latencyMs, m.energyMj;
        }
        const std::vector<Direction> dirs{Direction::Maximize, Direction::Minimize, Direction::Minimize};
        QCOMPARE(paretoFront(pts, dirs).size(), r->archive.size());
        // More generations do not shrink the dominated hypervolume.
        o.generations = 2;
        const auto early = nsga2Search(ev, o, &error);
        auto volume = [&](const SearchResult &res) {
            MatrixD p(Eigen::Index(res.archive.size()), 3);
            for (size_t i = 0; i < res.archive.size(); ++i)
                p.row(Eigen::Index(i)) << res.archive[i].metrics.accuracy, res.archive[i].metrics.latencyMs, res.archive[i].metrics.energyMj;
            return hypervolume(p, dirs, {60.0, 6.0, 50.0});
        };
        QVERIFY(volume(*r) >= volume(*early));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
