// The analytic cost model against hand calculations: roofline time, launch overhead, on-chip
// activations, precision fallback, energy, and the measurement noise's statistics.

#include "analyticcostmodel.h"
#include "designspacecatalog.h"
#include "ofambv3space.h"

#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

// 10 GMAC/s fp32, conv efficiency 0.5, 1 GB/s, no on-chip memory, near-hard roofline.
DeviceProfile simpleDevice()
{
    DeviceProfile d;
    d.id = QStringLiteral("hand");
    d.specs.peakGmacs = {10.0, 0.0, 40.0, 0.0};
    d.specs.memoryBandwidthGBs = 1.0;
    d.specs.onChipMemoryKB = 0.0;
    d.specs.idlePowerW = 1.0;
    CostModelParameters &c = d.costModel;
    c.efficiency.fill(0.5);
    c.launchOverheadUs.fill(10.0);
    c.kernelEfficiency = {1.0, 1.0, 1.0, 1.0};
    c.channelAlignment = 1;
    c.rooflineSharpness = 64.0;
    c.energyPerMacPJ = {4.6, 1.5, 0.23, 0.12};
    c.dramEnergyPerBytePJ = 160.0;
    c.noiseCv = 0.05;
    c.fallback[size_t(Precision::Fp16)] = {PrecisionFallback::Kind::RunAs, Precision::Fp32, 2.0};
    c.fallback[size_t(Precision::Int4)] = {PrecisionFallback::Kind::Unsupported, Precision::Fp32, 1.0};
    return d;
}

LayerGraph oneConv(int bits)
{
    LayerGraph g({8, 16, 16}, bits);
    g.setBits(bits, bits);
    g.addConv(LayerGraph::kNetworkInput, {LayerRole::Stem, 16, 3, 1, 1, false});
    return g;
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convByHand()
    {
        const AnalyticCostModel model(simpleDevice());
        const NetworkCost cost = model.evaluate(oneConv(32), true);
        // MACs 8*16*16*16*9 = 294,912 at 5 GMAC/s = 58.9824 us. DRAM: weights 1152*4 + input
        // 2048*4 + output 4096*4 = 29,184 B at 1 GB/s = 29.184 us. Hard max + 10 us overhead.
        const LayerCost &l = cost.layers.front();
        QCOMPARE(l.dramBytes, 29184.0);
        QVERIFY(std::abs(l.computeMs - 0.0589824) < 1e-12);
        QVERIFY(std::abs(l.memoryMs - 0.029184) < 1e-12);
        const double expected = 0.0589824 + 0.010; // smooth max at s = 64 adds < 1e-19 here
        QVERIFY2(std::abs(cost.latencyMs - expected) < 1e-9, qPrintable(QString::number(cost.latencyMs, 'g', 12)));
        // Energy: 294,912 x 4.6 pJ + 29,184 B x 160 pJ + 1 W x 68.9824 us, in mJ.
        const double energy = (294912 * 4.6 + 29184 * 160.0) * 1e-9 + 1.0 * expected;
        QVERIFY2(std::abs(cost.energyMj - energy) < 1e-12, qPrintable(QString::number(cost.energyMj, 'g', 12)));
    }

    void onChipActivationsSkipDram()
    {
        DeviceProfile d = simpleDevice();
        d.specs.onChipMemoryKB = 1024; // input + output = 24,576 B fit in half of 1 MiB
        const LayerCost l = AnalyticCostModel(d).evaluate(oneConv(32), true).layers.front();
        QCOMPARE(l.dramBytes, 4608.0); // weights only
    }

    void precisionFallback()
    {
        const AnalyticCostModel model(simpleDevice());
        // int8 native: 4x the fp32 throughput, a quarter of the weight bytes.
        const LayerCost int8 = model.evaluate(oneConv(8), true).layers.front();
        QCOMPARE(int8.ranAs, Precision::Int8);
        QVERIFY(std::abs(int8.computeMs - 0.0589824 / 4) < 1e-12);
        // fp16 runs as fp32 at twice the time.
        const LayerCost fp16 = model.evaluate(oneConv(16), true).layers.front();
        QCOMPARE(fp16.ranAs, Precision::Fp32);
        QVERIFY(std::abs(fp16.computeMs - 2 * 0.0589824) < 1e-12);
        // int4 is unsupported: the network does not run, and says why.
        const NetworkCost int4 = model.evaluate(oneConv(4));
        QVERIFY(!int4.runnable);
        QVERIFY(std::isinf(int4.latencyMs));
        QVERIFY2(int4.notRunnableReason.contains(QStringLiteral("int4")), qPrintable(int4.notRunnableReason));
        // Auto fallback: without a rule, int4 runs as the nearest wider native precision (int8).
        DeviceProfile autoDevice = simpleDevice();
        autoDevice.costModel.fallback[size_t(Precision::Int4)] = {};
        QCOMPARE(AnalyticCostModel(autoDevice).evaluate(oneConv(4), true).layers.front().ranAs, Precision::Int8);
    }

    void noiseIsSeededLogNormal()
    {
        const AnalyticCostModel model(simpleDevice());
        QCOMPARE(model.withNoise(10.0, QStringLiteral("a"), 0), model.withNoise(10.0, QStringLiteral("a"), 0));
        QVERIFY(model.withNoise(10.0, QStringLiteral("a"), 0) != model.withNoise(10.0, QStringLiteral("a"), 1));
        // 20,000 draws: mean 10 (standard error 0.0035), coefficient of variation 0.05.
        double sum = 0, sum2 = 0;
        const int n = 20000;
        for (int i = 0; i < n; ++i) {
            const double v = model.withNoise(10.0, QStringLiteral("arch%1").arg(i));
            sum += v;
            sum2 += v * v;
        }
        const double mean = sum / n;
        const double cv = std::sqrt(sum2 / n - mean * mean) / mean;
        QVERIFY2(std::abs(mean - 10.0) < 0.02, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(cv - 0.05) < 0.002, qPrintable(QString::number(cv)));
    }

    void biggerNetworksCostMore()
    {
        // Monotone in work on a compute-bound device: the largest OFA subnet is slower than the smallest.
        const auto *space = static_cast<const OfaMbv3Space *>(findDesignSpace(QStringLiteral("ofa-mbv3-w10")));
        OfaMbv3Subnet small, large;
        small.ks.fill(3); small.e.fill(3); small.d.fill(2); small.r = 128;
        large.ks.fill(7); large.e.fill(6); large.d.fill(4); large.r = 224;
        const AnalyticCostModel model(simpleDevice());
        const NetworkCost a = model.evaluate(space->network().build(small));
        const NetworkCost b = model.evaluate(space->network().build(large));
        QVERIFY(a.runnable && b.runnable);
        QVERIFY(b.latencyMs > 5 * a.latencyMs);
        QVERIFY(b.energyMj > a.energyMj);
        QVERIFY(b.peakMemoryMB > a.peakMemoryMB);
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
