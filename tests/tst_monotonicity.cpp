// Rank correlations and fleet monotonicity:
//  - Spearman / Kendall tau-b against scipy.stats (values printed by Debian's python3-scipy),
//  - the 13x13 NAS-Bench-201 device matrix against tests/data/nb201_srcc_reference.json
//    (scipy, tests/data/make_nb201_srcc_reference.py), tolerance 0.005,
//  - the built-in fleet's structure on 2,000 random ofa-mbv3-w12-mp architectures.

#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "measurementcsv.h"
#include "monotonicity.h"
#include "projectstore.h"
#include "rankcorrelation.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

class TestMonotonicity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void scipyValues()
    {
        // x=[1,2,2,3,5,5,5,8,9,10], y=[2,1,4,4,3,6,6,9,7,7]: scipy spearmanr 0.8540537414061696,
        // kendalltau (tau-b) 0.6988459044322258. Tolerance 1e-12.
        const std::vector<double> x{1, 2, 2, 3, 5, 5, 5, 8, 9, 10};
        const std::vector<double> y{2, 1, 4, 4, 3, 6, 6, 9, 7, 7};
        QVERIFY(std::abs(spearman(x, y) - 0.8540537414061696) < 1e-12);
        QVERIFY(std::abs(kendallTau(x, y) - 0.6988459044322258) < 1e-12);
        const std::vector<double> a{3.1, 1.2, 5.5, 2.2, 4.8, 0.3}, b{30, 10, 60, 25, 40, 1};
        QVERIFY(std::abs(spearman(a, b) - 1.0) < 1e-12);
        QVERIFY(std::abs(kendallTau(a, b) - 1.0) < 1e-12);
        // Reversing one variable's ranking flips the sign.
        std::vector<double> negated;
        for (double v : b)
            negated.push_back(-v);
        QVERIFY(std::abs(spearman(a, negated) + 1.0) < 1e-12);
        QVERIFY(std::abs(kendallTau(a, negated) + 1.0) < 1e-12);
        // Non-finite pairs are dropped; a constant variable gives NaN.
        QVERIFY(std::abs(spearman(std::vector<double>{1, 2, NAN, 4}, std::vector<double>{1, 2, 3, 4}) - 1.0) < 1e-12);
        QVERIFY(std::isnan(spearman(std::vector<double>{1, 1, 1}, std::vector<double>{1, 2, 3})));
        QCOMPARE(averageRanks(std::vector<double>{10, 20, 20, 5}), (std::vector<double>{2, 3.5, 3.5, 1}));
    }

    void clusteredOrderGroupsSimilar()
    {
        // Two blocks {0, 2} and {1, 3}: similar devices end up adjacent.
        MatrixD s(4, 4);
        s << 1, 0.2, 0.9, 0.1,
             0.2, 1, 0.3, 0.95,
             0.9, 0.3, 1, 0.2,
             0.1, 0.95, 0.2, 1;
        const std::vector<int> order = clusteredOrder(s);
        QCOMPARE(order.size(), size_t(4));
        const auto pos = [&](int d) { return std::find(order.begin(), order.end(), d) - order.begin(); };
        QCOMPARE(std::abs(pos(0) - pos(2)), 1L);
        QCOMPARE(std::abs(pos(1) - pos(3)), 1L);
    }

    void nasBench201MatrixEqualsScipy()
    {
        EDGEFRONT_REQUIRE_SHARED(csv, "nb201/latency_ms.csv");
        QFile refFile(testdata::ownFile(QStringLiteral("nb201_srcc_reference.json")));
        QVERIFY(refFile.open(QIODevice::ReadOnly));
        const QJsonObject ref = QJsonDocument::fromJson(refFile.readAll()).object();
        const DesignSpace *space = findDesignSpace(QStringLiteral("nb201"));
        QString error;
        QElapsedTimer timer;
        timer.start();
        const auto batch = readMeasurementCsv(csv, *space, {}, &error);
        QVERIFY2(batch, qPrintable(error));
        auto project = ProjectStore::open(m_dir.filePath(QStringLiteral("nb201.edgefront")), &error);
        QVERIFY2(project, qPrintable(error));
        const auto summary = project->importMeasurements(*batch, &error);
        QVERIFY2(summary, qPrintable(error));
        qInfo("nb201/latency_ms.csv: %d measurements on %lld devices parsed and imported in %lld ms",
              summary->measurements, qint64(summary->devices.size()), timer.elapsed());
        QCOMPARE(summary->measurements, 13 * 15625);

        QStringList devices;
        for (const QJsonValue &v : ref.value(QStringLiteral("devices")).toArray())
            devices.append(v.toString());
        MonotonicityOptions options;
        options.space = QStringLiteral("nb201");
        options.devices = devices;
        options.architectures = 15625;
        const auto result = computeMonotonicity(*project, options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->architectures, 15625);
        QCOMPARE(result->devices, devices);
        const QJsonArray srcc = ref.value(QStringLiteral("srcc")).toArray();
        const QJsonArray kendall = ref.value(QStringLiteral("kendall")).toArray();
        double worst = 0;
        for (int a = 0; a < devices.size(); ++a) {
            for (int b = 0; b < devices.size(); ++b) {
                worst = std::max(worst, std::abs(result->srcc(a, b) - srcc[a][b].toDouble()));
                worst = std::max(worst, std::abs(result->kendall(a, b) - kendall[a][b].toDouble()));
            }
        }
        QVERIFY2(worst <= 0.005, qPrintable(QString::number(worst)));
    }

    void builtinFleetHasRealWorldStructure()
    {
        QString error;
        auto project = ProjectStore::open(m_dir.filePath(QStringLiteral("fleet.edgefront")), &error);
        QVERIFY2(project, qPrintable(error));
        MonotonicityOptions options;
        options.space = QStringLiteral("ofa-mbv3-w12-mp");
        options.architectures = 2000;
        options.seed = 1;
        const auto result = computeMonotonicity(*project, options, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->devices.size(), builtinFleet().size());
        QHash<QString, DeviceClass> classOf;
        for (const DeviceProfile &d : builtinFleet())
            classOf.insert(d.id, d.deviceClass);
        std::vector<double> within, across;
        for (int a = 0; a < result->devices.size(); ++a) {
            for (int b = a + 1; b < result->devices.size(); ++b) {
                const double r = result->srcc(a, b);
                QVERIFY(std::isfinite(r));
                (classOf[result->devices[a]] == classOf[result->devices[b]] ? within : across).push_back(r);
            }
        }
        std::sort(within.begin(), within.end());
        std::sort(across.begin(), across.end());
        const double withinMedian = within[within.size() / 2];
        const long below = std::count_if(across.begin(), across.end(), [](double r) { return r < 0.6; });
        qInfo("fleet SRCC: within-class median %.3f; across classes min %.3f, 90th percentile %.3f, max %.3f; "
              "%ld of %zu cross-class pairs below 0.6",
              withinMedian, across.front(), across[across.size() * 9 / 10], across.back(), below, across.size());
        QVERIFY(withinMedian >= 0.85);
        QVERIFY(across.front() <= 0.4);  // "about 0.3"
        QVERIFY(across.back() >= 0.95);  // some classes can be each other's proxy
        QVERIFY(below >= 5);
    }
};

QTEST_GUILESS_MAIN(TestMonotonicity)
#include "tst_monotonicity.moc"
