// Once-for-All MobileNetV3 spaces: decisions, sampling, mutation, crossover, keys, JSON
// configs and the encoding of Once-for-All's accuracy predictor.

#include "designspacecatalog.h"
#include "ofambv3space.h"
#include "searchdomain.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace edgefront;

namespace {

const OfaMbv3Space &space(const char *name)
{
    return *static_cast<const OfaMbv3Space *>(findDesignSpace(QString::fromLatin1(name)));
}

QList<int> dashedInts(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u'-'))
        out.append(part.toInt());
    return out;
}

QJsonArray toArray(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

QJsonObject validConfig()
{
    return QJsonObject{{QStringLiteral("ks"), toArray(QList<int>(20, 3))},
                       {QStringLiteral("e"), toArray(QList<int>(20, 4))},
                       {QStringLiteral("d"), toArray({2, 3, 4, 2, 3})},
                       {QStringLiteral("r"), 224}};
}

} // namespace

class TestOfaMbv3Space : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("decisions");
        QTest::addColumn<int>("onehot");
        QTest::newRow("w10") << QStringLiteral("ofa-mbv3-w10") << 46 << 128;
        QTest::newRow("w12") << QStringLiteral("ofa-mbv3-w12") << 46 << 128;
        QTest::newRow("w10-mp") << QStringLiteral("ofa-mbv3-w10-mp") << 66 << 188;
        QTest::newRow("w12-mp") << QStringLiteral("ofa-mbv3-w12-mp") << 66 << 188;
    }
    void decisions()
    {
        QFETCH(QString, name);
        QFETCH(int, decisions);
        QFETCH(int, onehot);
        const DesignSpace *s = findDesignSpace(name);
        QVERIFY(s);
        QCOMPARE(s->name(), name);
        QCOMPARE(s->decisionCount(), decisions);
        QCOMPARE(s->geneCount(), 26); // 20 blocks, 5 depths, resolution
        QCOMPARE(s->encodingSize(QStringLiteral("onehot")), onehot);
        QCOMPARE(s->encodingSize(QStringLiteral("ofa-acc")), 128);
        QCOMPARE(s->encodingSize(QStringLiteral("nope")), -1);
        const int r = s->decisionIndex(QStringLiteral("r"));
        QCOMPARE(s->decisions()[r].values.size(), 25); // 128..224 step 4
        QCOMPARE(s->decisions()[r].values.first(), 128);
        QCOMPARE(s->decisions()[r].values.last(), 224);
        QCOMPARE(s->decisions()[s->decisionIndex(QStringLiteral("ks"), 19)].values, QList<int>({3, 5, 7}));
    }

    void samplingIsSeededAndUniform()
    {
        const OfaMbv3Space &s = space("ofa-mbv3-w10-mp");
        QRandomGenerator a(42), b(42), c(43);
        const Architecture x = s.sample(a);
        QCOMPARE(s.sample(b), x);
        QVERIFY(!(s.sample(c) == x));

        // Every choice of every decision appears with its share: 6000 draws of a 3-way
        // choice give 2000 +- 4.5 sigma (sigma = 36.5).
        QRandomGenerator rng(7);
        std::vector<std::array<int, 3>> counts(size_t(s.decisionCount()), {0, 0, 0});
        std::array<int, 25> resolutions{};
        for (int i = 0; i < 6000; ++i) {
            const Architecture arch = s.sample(rng);
            QVERIFY(s.isValid(arch));
            for (int d = 0; d < s.decisionCount(); ++d) {
                if (d == OfaMbv3Space::rDecision())
                    ++resolutions[arch[d]];
                else
                    ++counts[size_t(d)][arch[d]];
            }
        }
        for (int d = 0; d < s.decisionCount(); ++d) {
            if (d == OfaMbv3Space::rDecision())
                continue;
            for (int n : counts[size_t(d)])
                QVERIFY2(std::abs(n - 2000) < 165, qPrintable(QString::number(n)));
        }
        for (int n : resolutions) // 240 expected, sigma 15.3
            QVERIFY2(std::abs(n - 240) < 70, qPrintable(QString::number(n)));
    }

    void searchDomainRestrictsSampling()
    {
        const OfaMbv3Space &s = space("ofa-mbv3-w12");
        QString error;
        const auto domain = SearchDomain::parse(s, {SearchDomain::ofaSearchResolutions(), QStringLiteral("ks=3,7")}, &error);
        QVERIFY2(domain, qPrintable(error));
        QRandomGenerator rng(1);
        QSet<int> seen;
        for (int i = 0; i < 500; ++i) {
            const OfaMbv3Subnet net = s.subnet(s.sample(rng, &*domain));
            seen.insert(net.r);
            for (int k : net.ks)
                QVERIFY(k == 3 || k == 7);
        }
        QCOMPARE(seen, QSet<int>({160, 176, 192, 208, 224}));

        QVERIFY(!SearchDomain::parse(s, {QStringLiteral("r=161")}, &error));
        QVERIFY(error.contains(QStringLiteral("161")));
        QVERIFY(!SearchDomain::parse(s, {QStringLiteral("bits=8")}, &error));
        QVERIFY(error.contains(QStringLiteral("\"bits\"")));
        QVERIFY(!SearchDomain::parse(s, {QStringLiteral("r")}, &error));
    }

    void mutation()
    {
        const OfaMbv3Space &s = space("ofa-mbv3-w10-mp");
        QRandomGenerator rng(5);
        const Architecture parent = s.sample(rng);
        QCOMPARE(s.mutate(parent, 0.0, rng), parent);

        // p = 0.1 per gene: a block's gene (ks, e, bits) changes when resampled to another
        // value, so each decision changes with probability 0.1 * 2/3 (r: 0.1 * 24/25).
        int changed = 0, total = 0;
        for (int i = 0; i < 2000; ++i) {
            const Architecture child = s.mutate(parent, 0.1, rng);
            QVERIFY(s.isValid(child));
            for (int d = 0; d < OfaMbv3Space::rDecision(); ++d) {
                changed += child[d] != parent[d];
                ++total;
            }
        }
        const double rate = double(changed) / total; // expected 0.0667
        QVERIFY2(rate > 0.060 && rate < 0.073, qPrintable(QString::number(rate)));

        // Genes move together (Once-for-All resamples a block's kernel and expand ratio at
        // once): both change in 0.1 x (2/3)^2 = 4.4 % of block mutations when coupled, in
        // 0.0667^2 = 0.44 % when independent. 2000 x 20 trials: ~1780 vs ~180.
        int both = 0;
        for (int i = 0; i < 2000; ++i) {
            const Architecture child = s.mutate(parent, 0.1, rng);
            for (int slot = 0; slot < 20; ++slot)
                both += child[OfaMbv3Space::ksDecision(slot)] != parent[OfaMbv3Space::ksDecision(slot)]
                        && child[OfaMbv3Space::eDecision(slot)] != parent[OfaMbv3Space::eDecision(slot)];
        }
        QVERIFY2(both > 1500 && both < 2100, qPrintable(QString::number(both)));
    }

    void crossoverTakesEachDecisionFromAParent()
    {
        const OfaMbv3Space &s = space("ofa-mbv3-w12-mp");
        QRandomGenerator rng(9);
        const Architecture a = s.sample(rng);
        const Architecture b = s.sample(rng);
        int fromA = 0, fromB = 0;
        for (int i = 0; i < 200; ++i) {
            const Architecture child = s.crossover(a, b, rng);
            for (int d = 0; d < s.decisionCount(); ++d) {
                QVERIFY(child[d] == a[d] || child[d] == b[d]);
                if (a[d] != b[d])
                    (child[d] == a[d] ? fromA : fromB)++;
            }
        }
        QVERIFY(fromA > 0 && fromB > 0);
        const double share = double(fromA) / (fromA + fromB);
        QVERIFY2(share > 0.45 && share < 0.55, qPrintable(QString::number(share)));
    }

    void keyIgnoresInactiveSlots()
    {
        const OfaMbv3Space &s = space("ofa-mbv3-w10-mp");
        QRandomGenerator rng(3);
        Architecture arch = s.sample(rng);
        arch[OfaMbv3Space::dDecision(0)] = 0; // depth 2: slots 2, 3 inactive
        Architecture other = arch;
        other[OfaMbv3Space::ksDecision(3)] = quint8((arch[OfaMbv3Space::ksDecision(3)] + 1) % 3);
        other[OfaMbv3Space::bitsDecision(2)] = quint8((arch[OfaMbv3Space::bitsDecision(2)] + 1) % 3);
        QVERIFY(!s.isActive(arch, OfaMbv3Space::ksDecision(3)));
        QVERIFY(s.isActive(arch, OfaMbv3Space::ksDecision(1)));
        QCOMPARE(s.key(other), s.key(arch));
        other[OfaMbv3Space::ksDecision(1)] = quint8((arch[OfaMbv3Space::ksDecision(1)] + 1) % 3);
        QVERIFY(s.key(other) != s.key(arch));
        QVERIFY(s.key(arch).contains(QStringLiteral(" bits")));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : designSpaceNames())
            if (n.startsWith(QStringLiteral("ofa")))
                QTest::newRow(qPrintable(n)) << n;
    }
    void jsonRoundTrip()
    {
        QFETCH(QString, name);
        const DesignSpace *s = findDesignSpace(name);
        QRandomGenerator rng(11);
        for (int i = 0; i < 300; ++i) {
            const Architecture arch = s->sample(rng);
            const QJsonObject json = s->toJson(arch);
            QCOMPARE(json.value(QStringLiteral("space")).toString(), name);
            QString error;
            // Through text, as a file would carry it.
            const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
            const auto back = s->fromJson(reread, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, arch);
        }
    }

    void publishedConfigsWithZerosRead()
    {
        // Once-for-All's published flops-389M net config writes 0 in inactive slots.
        const OfaMbv3Space &s = space("ofa-mbv3-w12");
        QJsonObject c{{QStringLiteral("ks"), toArray(dashedInts(QStringLiteral("3-3-0-0-5-5-3-0-5-5-3-0-5-5-3-3-3-3-7-3")))},
                      {QStringLiteral("e"), toArray(dashedInts(QStringLiteral("3-3-0-0-3-6-3-0-4-4-3-0-6-4-4-4-6-6-6-3")))},
                      {QStringLiteral("d"), toArray({2, 3, 3, 4, 4})},
                      {QStringLiteral("r"), QJsonArray{224}}}; // OFA sometimes writes r as [224]
        QString error;
        const auto arch = s.fromJson(c, &error);
        QVERIFY2(arch, qPrintable(error));
        QCOMPARE(s.key(*arch), QStringLiteral("r224 d2-3-3-4-4 ks3-3-0-0-5-5-3-0-5-5-3-0-5-5-3-3-3-3-7-3 "
                                              "e3-3-0-0-3-6-3-0-4-4-3-0-6-4-4-4-6-6-6-3"));
    }

    void malformedConfigs_data()
    {
        QTest::addColumn<QString>("space");
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<QString>("field");
        const QString w10 = QStringLiteral("ofa-mbv3-w10");
        const QString mp = QStringLiteral("ofa-mbv3-w10-mp");
        auto without = [](const char *key) { QJsonObject c = validConfig(); c.remove(QString::fromLatin1(key)); return c; };
        auto with = [](const char *key, QJsonValue v) { QJsonObject c = validConfig(); c.insert(QString::fromLatin1(key), v); return c; };
        QList<int> ks = QList<int>(20, 3);
        ks[0] = 4;
        QList<int> inactiveBad = QList<int>(20, 3);
        inactiveBad[2] = 9;
        QTest::newRow("missing d") << w10 << without("d") << QStringLiteral("\"d\"");
        QTest::newRow("missing r") << w10 << without("r") << QStringLiteral("\"r\"");
        QTest::newRow("19 kernels") << w10 << with("ks", toArray(QList<int>(19, 3))) << QStringLiteral("\"ks\"");
        QTest::newRow("6 depths") << w10 << with("d", toArray({2, 2, 2, 2, 2, 2})) << QStringLiteral("\"d\"");
        QTest::newRow("kernel 4") << w10 << with("ks", toArray(ks)) << QStringLiteral("\"ks[0]\"");
        QTest::newRow("bad inactive") << w10 << with("ks", toArray(inactiveBad)) << QStringLiteral("\"ks[2]\"");
        QTest::newRow("depth 5") << w10 << with("d", toArray({2, 5, 2, 2, 2})) << QStringLiteral("\"d[1]\"");
        QTest::newRow("r 230") << w10 << with("r", 230) << QStringLiteral("\"r\"");
        QTest::newRow("r text") << w10 << with("r", QStringLiteral("big")) << QStringLiteral("\"r\"");
        QTest::newRow("r fraction") << w10 << with("r", 224.5) << QStringLiteral("\"r\"");
        QTest::newRow("ks text") << w10 << with("ks", QStringLiteral("3,5")) << QStringLiteral("\"ks\"");
        QTest::newRow("e null") << w10 << with("e", QJsonValue()) << QStringLiteral("\"e\"");
        QTest::newRow("bits on float space") << w10 << with("bits", toArray(QList<int>(20, 8))) << QStringLiteral("\"bits\"");
        QTest::newRow("bits missing") << mp << validConfig() << QStringLiteral("\"bits\"");
        QTest::newRow("bits 2") << mp << with("bits", toArray(QList<int>(20, 2))) << QStringLiteral("\"bits[0]\"");
        QTest::newRow("wrong space") << w10 << with("space", QStringLiteral("ofa-mbv3-w12")) << QStringLiteral("\"space\"");
    }
    void malformedConfigs()
    {
        QFETCH(QString, space);
        QFETCH(QJsonObject, config);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!findDesignSpace(space)->fromJson(config, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }

    void onehotEqualsOnceForAllEncoding()
    {
        EDGEFRONT_REQUIRE_SHARED(path, "ofa/acc_predictor_reference.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        QCOMPARE(header.mid(0, 5), QStringList({QStringLiteral("ks"), QStringLiteral("e"), QStringLiteral("d"),
                                                QStringLiteral("r"), QStringLiteral("encoding")}));
        const OfaMbv3Space &plain = space("ofa-mbv3-w12");
        const OfaMbv3Space &mixed = space("ofa-mbv3-w12-mp");
        int rows = 0;
        std::vector<float> out(188);
        while (!file.atEnd()) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (f.size() < 5)
                continue;
            QJsonObject c{{QStringLiteral("ks"), toArray(dashedInts(f[0]))},
                          {QStringLiteral("e"), toArray(dashedInts(f[1]))},
                          {QStringLiteral("d"), toArray(dashedInts(f[2]))},
                          {QStringLiteral("r"), f[3].toInt()}};
            QString error;
            const auto arch = plain.fromJson(c, &error);
            QVERIFY2(arch, qPrintable(error));
            plain.encode(*arch, QStringLiteral("onehot"), out.data());
            QString bits;
            for (int i = 0; i < 128; ++i)
                bits += out[size_t(i)] == 1.0f ? u'1' : u'0';
            QCOMPARE(bits, f[4]);

            // The -mp space: the same 128 values, then one bit-width one-hot per active block.
            c.insert(QStringLiteral("bits"), toArray(QList<int>(20, 16)));
            const auto archMp = mixed.fromJson(c, &error);
            QVERIFY2(archMp, qPrintable(error));
            mixed.encode(*archMp, QStringLiteral("onehot"), out.data());
            int activeBlocks = 0;
            for (int d : dashedInts(f[2]))
                activeBlocks += d;
            float bitOnes = 0;
            for (int i = 0; i < 60; ++i)
                bitOnes += out[size_t(128 + i)];
            QCOMPARE(int(bitOnes), activeBlocks);
            QCOMPARE(out[128 + 2], 1.0f); // slot 0 is always active; 16 bits is choice 2
            ++rows;
        }
        QCOMPARE(rows, 200);
    }

    void encodeBatchRows()
    {
        const OfaMbv3Space &s = space("ofa-mbv3-w10");
        QRandomGenerator rng(2);
        std::vector<Architecture> archs;
        for (int i = 0; i < 17; ++i)
            archs.push_back(s.sample(rng));
        const MatrixF m = s.encodeBatch(archs, QStringLiteral("onehot"));
        QCOMPARE(m.rows(), 17);
        QCOMPARE(m.cols(), 128);
        std::vector<float> row(128);
        s.encode(archs[5], QStringLiteral("onehot"), row.data());
        for (int c = 0; c < 128; ++c)
            QCOMPARE(m(5, c), row[size_t(c)]);
        // Each row: one kernel and one expand bit per active block, one resolution bit.
        const OfaMbv3Subnet net = s.subnet(archs[5]);
        int active = 0;
        for (int d : net.d)
            active += d;
        QCOMPARE(int(m.row(5).sum()), 2 * active + 1);
    }
};

QTEST_GUILESS_MAIN(TestOfaMbv3Space)
#include "tst_ofambv3space.moc"
