// Layer graphs and cost counting against independent references:
//  - tests/data/cost_references.json, written by tests/data/make_cost_references.py, which
//    builds the networks as PyTorch modules and counts conv/linear MACs and parameters with
//    forward hooks (Once-for-All's profiler rule);
//  - Once-for-All's published FLOPs of its specialized nets, NAS-Bench-201's published
//    FLOPs/parameters, and hand calculations.
// Integer counts are compared exactly (tolerance 0); the bar is 0.5 %.

#include "designspacecatalog.h"
#include "nb201space.h"
#include "ofambv3space.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace edgefront;

namespace {

QJsonArray loadCases()
{
    QFile file(testdata::ownFile(QStringLiteral("cost_references.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
}

OfaMbv3Subnet subnetFromJson(const QJsonObject &c)
{
    OfaMbv3Subnet net;
    const QJsonArray ks = c[QStringLiteral("ks")].toArray();
    const QJsonArray e = c[QStringLiteral("e")].toArray();
    const QJsonArray d = c[QStringLiteral("d")].toArray();
    for (int i = 0; i < 20; ++i) {
        net.ks[size_t(i)] = ks[i].toInt();
        net.e[size_t(i)] = e[i].toInt();
    }
    for (int s = 0; s < 5; ++s)
        net.d[size_t(s)] = d[s].toInt();
    net.r = c[QStringLiteral("r")].toInt();
    return net;
}

// Conv/linear totals recounted from the layers (squeeze-excite holds two 1x1 convolutions).
CostTotals convLinear(const LayerGraph &g)
{
    CostTotals t;
    for (const Layer &l : g.layers()) {
        t.macs += l.macs;
        t.params += l.params;
    }
    return t;
}

} // namespace

class TestLayerCosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referencesCoverEverySpace()
    {
        const QJsonArray cases = loadCases();
        QVERIFY(cases.size() >= 190);
        QSet<QString> spaces;
        for (const QJsonValue &v : cases)
            spaces.insert(v[QStringLiteral("space")].toString());
        QCOMPARE(spaces, QSet<QString>({QStringLiteral("ofa-mbv3-w10"), QStringLiteral("ofa-mbv3-w12"),
                                        QStringLiteral("nb201")}));
    }

    void matchTorchReferences_data()
    {
        QTest::addColumn<QString>("space");
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<qint64>("macs");
        QTest::addColumn<qint64>("params");
        const QJsonArray cases = loadCases();
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QString space = c[QStringLiteral("space")].toString();
            const QString tag = space + u'/' + c[QStringLiteral("name")].toString();
            const QJsonObject config = c[QStringLiteral("config")].toObject();
            const qint64 macs = c[QStringLiteral("macs")].toInteger();
            const qint64 params = c[QStringLiteral("params")].toInteger();
            QTest::newRow(qPrintable(tag)) << space << config << macs << params;
            // Mixed precision changes bytes, not counts: the -mp space with random bits.
            if (space.startsWith(QStringLiteral("ofa")))
                QTest::newRow(qPrintable(tag + QStringLiteral("-mp"))) << space + QStringLiteral("-mp") << config << macs << params;
        }
    }
    void matchTorchReferences()
    {
        QFETCH(QString, space);
        QFETCH(QJsonObject, config);
        QFETCH(qint64, macs);
        QFETCH(qint64, params);
        const DesignSpace *s = findDesignSpace(space);
        QVERIFY(s);
        LayerGraph graph;
        if (space == QLatin1StringView("nb201")) {
            QString error;
            const auto arch = s->fromJson(config, &error);
            QVERIFY2(arch, qPrintable(error));
            graph = s->layerGraph(*arch);
        } else {
            // Built directly, so that off-grid resolutions (OFA's 236-pixel net) count too.
            const auto *ofa = static_cast<const OfaMbv3Space *>(s);
            OfaMbv3Subnet net = subnetFromJson(config);
            if (ofa->isMixedPrecision()) {
                QRandomGenerator rng(quint32(qHash(QJsonDocument(config).toJson())));
                for (int &b : net.bits)
                    b = OfaMbv3Space::bitChoices()[int(rng.bounded(3u))];
            }
            graph = ofa->network().build(net);
        }
        const CostTotals t = graph.totals();
        QCOMPARE(t.macs, macs);
        QCOMPARE(t.params, params);
        QCOMPARE(convLinear(graph).macs, macs);
    }

    void publishedOnceForAllFlops_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("publishedMFlops");
        QTest::newRow("389M") << QStringLiteral("flops-389M") << 389.0;
        QTest::newRow("482M") << QStringLiteral("flops-482M") << 482.0;
        QTest::newRow("595M") << QStringLiteral("flops-595M") << 595.0;
    }
    void publishedOnceForAllFlops()
    {
        // Once-for-All names its FLOPs-constrained ImageNet nets by MFLOPs (= MACs), rounded.
        QFETCH(QString, name);
        QFETCH(double, publishedMFlops);
        const auto *s = static_cast<const OfaMbv3Space *>(findDesignSpace(QStringLiteral("ofa-mbv3-w12")));
        for (const QJsonValue &v : loadCases()) {
            if (v[QStringLiteral("name")].toString() != name)
                continue;
            const qint64 macs = s->network().build(subnetFromJson(v[QStringLiteral("config")].toObject())).totals().macs;
            const double rel = std::abs(macs / 1e6 - publishedMFlops) / publishedMFlops;
            QVERIFY2(rel <= 0.005, qPrintable(QStringLiteral("%1 M vs %2 M").arg(macs / 1e6).arg(publishedMFlops)));
            return;
        }
        QFAIL("reference case missing");
    }

    void publishedNasBench201Costs()
    {
        // NAS-Bench-201 reports 220.11 MFLOPs and 1.531546 M parameters for the all-3x3 cell on
        // CIFAR-10; its parameter count includes batch norm (2 per channel), which we fold.
        const Nb201Space &s = *static_cast<const Nb201Space *>(findDesignSpace(QStringLiteral("nb201")));
        QString error;
        const auto arch = s.fromString(QStringLiteral("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|"), &error);
        QVERIFY2(arch, qPrintable(error));
        const LayerGraph g = s.layerGraph(*arch);
        const CostTotals t = g.totals();
        QVERIFY2(std::abs(t.macs / 1e6 - 220.11) / 220.11 <= 0.005, qPrintable(QString::number(t.macs)));
        qint64 batchNorm = 2 * 64; // lastact BN
        for (const Layer &l : g.layers()) {
            const bool hasBn = (l.type == LayerType::Conv || l.type == LayerType::Pointwise)
                               && l.role != LayerRole::ReductionShortcutConv;
            if (hasBn)
                batchNorm += 2 * l.out.c;
        }
        QCOMPARE(t.params + batchNorm, qint64(1531546));
    }

    void handCountedLayers()
    {
        // Width 1.0 at 224: first conv 3 -> 16, 3x3 stride 2 -> 112x112.
        const auto *w10 = static_cast<const OfaMbv3Space *>(findDesignSpace(QStringLiteral("ofa-mbv3-w10")));
        OfaMbv3Subnet net;
        net.ks.fill(5);
        net.e.fill(6);
        net.d.fill(2);
        net.r = 224;
        const LayerGraph g = w10->network().build(net);
        const Layer &stem = g.layer(0);
        QCOMPARE(stem.out, (TensorShape{16, 112, 112}));
        QCOMPARE(stem.macs, qint64(3) * 16 * 112 * 112 * 9);
        QCOMPARE(stem.params, qint64(3 * 16 * 9));
        // Stage 1 block 0: 16 -> expand 96 -> dw 5x5/2 -> 24. Find its layers by name.
        QHash<QString, const Layer *> byName;
        for (const Layer &l : g.layers())
            byName.insert(layerName(l), &l);
        const Layer *expand = byName.value(QStringLiteral("s1.b0.expand"));
        const Layer *dw = byName.value(QStringLiteral("s1.b0.dw"));
        const Layer *project = byName.value(QStringLiteral("s1.b0.project"));
        QVERIFY(expand && dw && project);
        QCOMPARE(expand->macs, qint64(16) * 96 * 112 * 112);
        QCOMPARE(dw->out, (TensorShape{96, 56, 56}));
        QCOMPARE(dw->macs, qint64(96) * 56 * 56 * 25);
        QCOMPARE(dw->groups, 96);
        QCOMPARE(project->macs, qint64(96) * 24 * 56 * 56);
        // Stage 2 has squeeze-excite: mid = 24 * 6 = 144, hidden = make_divisible(36) = 40.
        const Layer *se = byName.value(QStringLiteral("s2.b0.se"));
        QVERIFY(se);
        QCOMPARE(se->hidden, 40);
        QCOMPARE(se->macs, qint64(2) * 144 * 40);
        QCOMPARE(se->params, qint64(144 * 40 + 40 + 40 * 144 + 144));
        QVERIFY(!byName.contains(QStringLiteral("s1.b0.se")));
        // Head: 160 -> 960 at 7x7, pool, 960 -> 1280, 1280 -> 1000 (+ bias).
        const Layer &classifier = g.layer(g.size() - 1);
        QCOMPARE(classifier.type, LayerType::Linear);
        QCOMPARE(classifier.params, qint64(1280) * 1000 + 1000);
        QCOMPARE(byName.value(QStringLiteral("final_expand"))->in, (TensorShape{160, 7, 7}));
    }

    void makeDivisible_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("16 x 1.2") << 19.2 << 24; // 16 < 0.9 * 19.2, so one step up
        QTest::newRow("24 x 1.2") << 28.8 << 32;
        QTest::newRow("112 x 1.2") << 134.4 << 136;
        QTest::newRow("960 x 1.2") << 1152.0 << 1152;
        QTest::newRow("small") << 3.0 << 8; // min_val = divisor
        QTest::newRow("36") << 36.0 << 40;  // int(36 + 4) // 8 * 8
    }
    void makeDivisible()
    {
        QFETCH(double, value);
        QFETCH(int, expected);
        QCOMPARE(OfaMbv3Network::makeDivisible(value), expected);
    }

    void widths()
    {
        QCOMPARE(OfaMbv3Network(1.0).widths(), (std::array<int, 9>{16, 16, 24, 40, 80, 112, 160, 960, 1280}));
        // Note10 lookup tables of the w1.2 supernet start 224x224x3 -> 112x112x24.
        QCOMPARE(OfaMbv3Network(1.2).widths(), (std::array<int, 9>{24, 24, 32, 48, 96, 136, 192, 1152, 1536}));
    }

    void bytesFollowBitWidths()
    {
        const auto *mp = static_cast<const OfaMbv3Space *>(findDesignSpace(QStringLiteral("ofa-mbv3-w10-mp")));
        QRandomGenerator rng(8);
        Architecture arch = mp->sample(rng);
        for (int i = 0; i < 20; ++i)
            arch[OfaMbv3Space::bitsDecision(i)] = 1; // 8 bits everywhere (fixed layers are 8-bit)
        const LayerGraph all8 = mp->layerGraph(arch);
        QCOMPARE(all8.totals().weightBytes, all8.totals().params);
        for (const Layer &l : all8.layers())
            QCOMPARE(l.activationBytes(), l.out.elements());

        for (int i = 0; i < 20; ++i)
            arch[OfaMbv3Space::bitsDecision(i)] = 0; // 4 bits in every block
        // Two 4-bit weights per byte in the 20 searchable blocks (each layer rounded up to a
        // whole byte), one byte per weight in the 8-bit stem and head.
        qint64 expected = 0;
        const LayerGraph all4 = mp->layerGraph(arch);
        for (const Layer &l : all4.layers())
            expected += (l.stage >= 1 && l.stage <= 5) ? (l.params + 1) / 2 : l.params;
        QCOMPARE(all4.totals().weightBytes, expected);

        // The float space stores 4 bytes per parameter.
        const auto *fp = findDesignSpace(QStringLiteral("ofa-mbv3-w10"));
        const CostTotals t = fp->costs(fp->sample(rng));
        QCOMPARE(t.weightBytes, 4 * t.params);
    }

    void peakActivationByHand()
    {
        // input 8x4x4 fp32 (512 B) -> conv1x1 to 16 (1024 B) -> relu (in place) -> conv1x1 to 8
        // (512 B) -> add with input (512 B).
        // Step 0: input + conv out = 1536. Step 1: relu in place, 1536. Step 2: input + relu buffer
        // + conv out = 2048; relu buffer freed. Step 3: input + conv2 + add = 1536.
        LayerGraph g({8, 4, 4});
        int x = g.addConv(LayerGraph::kNetworkInput, {LayerRole::Expand, 16, 1, 1, 1, false});
        x = g.addActivation(x, ActivationKind::Relu, LayerRole::Expand);
        x = g.addConv(x, {LayerRole::Project, 8, 1, 1, 1, false});
        g.addAdd(x, LayerGraph::kNetworkInput, LayerRole::Shortcut);
        QCOMPARE(g.peakActivationBytes(), qint64(2048));

        // A tensor read by two consumers is not overwritten in place: relu copies.
        LayerGraph branch({4, 2, 2}); // 64 B
        const int a = branch.addActivation(LayerGraph::kNetworkInput, ActivationKind::Relu, LayerRole::CellEdge);
        branch.addAdd(a, LayerGraph::kNetworkInput, LayerRole::CellNode);
        QCOMPARE(branch.peakActivationBytes(), qint64(64 * 3));
    }

    void nb201NoneEdges()
    {
        // All-none: every node is a zero tensor; only stem, reductions and classifier count.
        const auto *s = findDesignSpace(QStringLiteral("nb201"));
        QString error;
        const auto none = s->fromString(QStringLiteral("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|"), &error);
        const auto skip = s->fromString(QStringLiteral("|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|"), &error);
        QVERIFY(none && skip);
        const CostTotals tn = s->costs(*none);
        QCOMPARE(tn.macs, s->costs(*skip).macs); // neither adds MACs to the cells
        // Stem 3*16*32*32*9, reductions 16->32 @16x16 (3x3/2, 3x3, 1x1) and 32->64 @8x8, fc 64x10.
        const qint64 expected = qint64(3) * 16 * 1024 * 9
                                + (qint64(16) * 32 * 256 * 9 + 32 * 32 * 256 * 9 + 16 * 32 * 256)
                                + (qint64(32) * 64 * 64 * 9 + 64 * 64 * 64 * 9 + 32 * 64 * 64) + 640;
        QCOMPARE(tn.macs, expected);
        int zeros = 0;
        const LayerGraph graph = s->layerGraph(*none);
        for (const Layer &l : graph.layers())
            zeros += l.type == LayerType::Zero;
        QCOMPARE(zeros, 15 * 3);
    }
};

QTEST_GUILESS_MAIN(TestLayerCosts)
#include "tst_layercosts.moc"
