// NAS-Bench-201 space: the 15,625 cells, standard strings, the official index order
// (Python's random.shuffle with seed 88, reproduced bit for bit) and the one-hot encoding.

#include "designspacecatalog.h"
#include "nb201space.h"
#include "pythonrandom.h"
#include "testdata.h"

#include <QSet>
#include <QTest>

using namespace edgefront;

class TestNb201Space : public QObject
{
    Q_OBJECT

private:
    const Nb201Space &space() const { return *static_cast<const Nb201Space *>(findDesignSpace(QStringLiteral("nb201"))); }

private Q_SLOTS:
    void pythonRandomMatchesCPython()
    {
        // Reference values printed by CPython 3.11 (/usr/bin/python3):
        //   r = random.Random(88); [r.getrandbits(32) for _ in range(4)]
        PythonRandom r88(88);
        QCOMPARE(r88.nextUInt32(), 1707201716u);
        QCOMPARE(r88.nextUInt32(), 4182107318u);
        QCOMPARE(r88.nextUInt32(), 813946014u);
        QCOMPARE(r88.nextUInt32(), 1429399738u);
        //   r = random.Random(2**40 + 5); [r.getrandbits(32) for _ in range(2)]  (two key words)
        PythonRandom big((quint64(1) << 40) + 5);
        QCOMPARE(big.nextUInt32(), 2166296868u);
        QCOMPARE(big.nextUInt32(), 2220160828u);
        //   r = random.Random(7); x = list(range(20)); r.shuffle(x)
        PythonRandom r7(7);
        std::vector<int> x(20);
        std::iota(x.begin(), x.end(), 0);
        r7.shuffle(x);
        QCOMPARE(x, std::vector<int>({17, 15, 11, 18, 7, 6, 19, 3, 14, 0, 9, 5, 16, 8, 13, 2, 1, 12, 4, 10}));
        //   r = random.Random(0); [r._randbelow(1000) for _ in range(5)]
        PythonRandom r0(0);
        for (quint32 expected : {864u, 394u, 776u, 911u, 430u})
            QCOMPARE(r0.randBelow(1000), expected);
    }

    void allCellsRoundTrip()
    {
        const Nb201Space &s = space();
        QCOMPARE(s.decisionCount(), 6);
        QSet<QString> strings;
        QSet<int> official;
        for (int i = 0; i < Nb201Space::kCells; ++i) {
            const Architecture arch = Nb201Space::fromEnumerationIndex(i);
            QCOMPARE(Nb201Space::enumerationIndex(arch), i);
            const QString text = s.toString(arch);
            QString error;
            const auto back = s.fromString(text, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(*back, arch);
            const auto viaJson = s.fromJson(s.toJson(arch), &error);
            QVERIFY2(viaJson && *viaJson == arch, qPrintable(error));
            strings.insert(text);
            const int o = Nb201Space::officialIndex(arch);
            QCOMPARE(Nb201Space::fromOfficialIndex(o), arch);
            official.insert(o);
        }
        QCOMPARE(strings.size(), Nb201Space::kCells);
        QCOMPARE(official.size(), Nb201Space::kCells);
    }

    void officialOrderMatchesNasBench201Asserts()
    {
        // The three architectures NAS-Bench-201's generate_meta_info asserts after shuffling.
        const Nb201Space &s = space();
        QCOMPARE(s.toString(Nb201Space::fromOfficialIndex(0)),
                 QStringLiteral("|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|"));
        QCOMPARE(s.toString(Nb201Space::fromOfficialIndex(9)),
                 QStringLiteral("|avg_pool_3x3~0|+|none~0|none~1|+|skip_connect~0|none~1|nor_conv_3x3~2|"));
        QCOMPARE(s.toString(Nb201Space::fromOfficialIndex(123)),
                 QStringLiteral("|avg_pool_3x3~0|+|avg_pool_3x3~0|nor_conv_1x1~1|+|none~0|avg_pool_3x3~1|nor_conv_3x3~2|"));
    }

    void officialOrderMatchesPublishedFile()
    {
        EDGEFRONT_REQUIRE_SHARED(path, "nb201/archs.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(QString::fromUtf8(file.readLine()).trimmed(), QStringLiteral("nb201_index,arch_str"));
        const Nb201Space &s = space();
        int rows = 0;
        while (!file.atEnd()) {
            const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (f.size() != 2)
                continue;
            const int index = f[0].toInt();
            QCOMPARE(s.toString(Nb201Space::fromOfficialIndex(index)), f[1]);
            ++rows;
        }
        QCOMPARE(rows, Nb201Space::kCells);
    }

    void onehot()
    {
        const Nb201Space &s = space();
        QCOMPARE(s.encodingSize(QStringLiteral("onehot")), 31);
        QString error;
        const auto arch = s.fromString(
            QStringLiteral("|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|nor_conv_3x3~2|"), &error);
        QVERIFY2(arch, qPrintable(error));
        std::vector<float> v(31, -1.0f);
        s.encode(*arch, QStringLiteral("onehot"), v.data());
        // Op order: none 0, skip 1, conv1x1 2, conv3x3 3, pool 4; edge e at e * 5.
        const std::vector<int> hot{0 * 5 + 3, 1 * 5 + 0, 2 * 5 + 1, 3 * 5 + 4, 4 * 5 + 2, 5 * 5 + 3, 30};
        for (int i = 0; i < 31; ++i)
            QCOMPARE(v[size_t(i)], std::find(hot.begin(), hot.end(), i) != hot.end() ? 1.0f : 0.0f);
    }

    void malformedStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("two groups") << QStringLiteral("|none~0|+|none~0|none~1|") << QStringLiteral("3 node groups");
        QTest::newRow("unknown op") << QStringLiteral("|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|") << QStringLiteral("\"conv\"");
        QTest::newRow("wrong source") << QStringLiteral("|none~1|+|none~0|none~1|+|none~0|none~1|none~2|") << QStringLiteral("node 1 edge 0");
        QTest::newRow("too few edges") << QStringLiteral("|none~0|+|none~0|+|none~0|none~1|none~2|") << QStringLiteral("node 2");
        QTest::newRow("no bars") << QStringLiteral("none~0+none~0|none~1+none~0|none~1|none~2") << QStringLiteral("node 1");
        QTest::newRow("empty") << QString() << QStringLiteral("3 node groups");
    }
    void malformedStrings()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!space().fromString(text, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        // Through JSON the message names the field.
        QVERIFY(!space().fromJson(QJsonObject{{QStringLiteral("arch"), text}}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("field \"arch\"")), qPrintable(error));
    }

    void samplingCoversOps()
    {
        const Nb201Space &s = space();
        QRandomGenerator rng(4);
        std::array<int, 5> counts{};
        for (int i = 0; i < 5000; ++i) {
            const Architecture a = s.sample(rng);
            QVERIFY(s.isValid(a));
            for (int e = 0; e < 6; ++e)
                ++counts[a[e]];
        }
        for (int c : counts) // 6000 expected, sigma 69
            QVERIFY2(std::abs(c - 6000) < 350, qPrintable(QString::number(c)));
    }
};

QTEST_GUILESS_MAIN(TestNb201Space)
#include "tst_nb201space.moc"
