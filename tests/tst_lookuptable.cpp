// Once-for-All per-operator latency lookup tables (Samsung Note10): YAML reading, the
// compact JSON form, and predictions against an independent Python reimplementation of
// Once-for-All's MBv3LatencyTable (tests/data/make_note10_reference.py).

#include "latencylookuptable.h"
#include "testdata.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

// Predictions must match the reference within this relative difference. Both sides sum
// the same doubles in the same order, so they normally agree to the last bit.
constexpr double kRelativeTolerance = 1e-3; // 0.1 %

QList<int> dashedInts(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u'-'))
        out.append(part.toInt());
    return out;
}

template<size_t N>
std::array<int, N> toArray(const QList<int> &values)
{
    std::array<int, N> out{};
    for (size_t i = 0; i < N && i < size_t(values.size()); ++i)
        out[i] = values[qsizetype(i)];
    return out;
}

struct ReferenceRow
{
    OfaMbv3Subnet net;
    double latencyMs = 0;
    int line = 0;
};

// tests/data/note10_lut_reference.csv: ks,e,d,r,latency_ms
QList<ReferenceRow> readReference()
{
    QFile file(testdata::ownFile(QStringLiteral("note10_lut_reference.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<ReferenceRow> rows;
    int line = 1;
    if (file.readLine().trimmed() != "ks,e,d,r,latency_ms")
        return {};
    while (!file.atEnd()) {
        ++line;
        const QStringList f = QString::fromLatin1(file.readLine().trimmed()).split(u',');
        if (f.size() != 5)
            return {};
        ReferenceRow row;
        row.net.ks = toArray<OfaMbv3Subnet::kBlocks>(dashedInts(f[0]));
        row.net.e = toArray<OfaMbv3Subnet::kBlocks>(dashedInts(f[1]));
        row.net.d = toArray<OfaMbv3Subnet::kStages>(dashedInts(f[2]));
        row.net.r = f[3].toInt();
        row.latencyMs = f[4].toDouble();
        row.line = line;
        rows.append(row);
    }
    return rows;
}

OfaMbv3Subnet smallestNet(int r)
{
    OfaMbv3Subnet net;
    net.ks.fill(3);
    net.e.fill(3);
    net.d.fill(2);
    net.r = r;
    return net;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A well-formed YAML table holding exactly the operators of `net` (each once), each with `mean`.
QByteArray yamlFor(const OfaMbv3Subnet &net, double mean)
{
    QString error;
    const QJsonObject empty{{QStringLiteral("format"), QStringLiteral("ofa-mbv3-lut")},
                            {QStringLiteral("width"), 1.2},
                            {QStringLiteral("tables"),
                             QJsonObject{{QString::number(net.r), QJsonObject{}}}}};
    const auto lut = LatencyLookupTable::fromJson(empty, &error);
    QStringList keys = lut->operatorKeys(net);
    keys.removeDuplicates(); // blocks with equal shapes and choices share an entry
    QByteArray yaml;
    for (const QString &key : std::as_const(keys))
        yaml += key.toLatin1() + ":\n  count: 5\n  mean: " + QByteArray::number(mean)
                + "\n  std: 0.01\n";
    return yaml;
}

} // namespace

class TestLookupTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void predictionsMatchReference()
    {
        EDGEFRONT_REQUIRE_SHARED(yaml224, "ofa/note10_lut/224_lookup_table.yaml");
        QString error;
        const auto lut = LatencyLookupTable::loadYamlDirectory(QFileInfo(yaml224).absolutePath(), &error);
        QVERIFY2(lut, qPrintable(error));
        QCOMPARE(lut->resolutions(), QList<int>({160, 176, 192, 208, 224}));
        QCOMPARE(lut->widthMultiplier(), 1.2);

        const QList<ReferenceRow> rows = readReference();
        QCOMPARE(rows.size(), 201); // 200 random subnets + Once-for-All's note10_lat-30ms net
        double maxRelative = 0;
        for (const ReferenceRow &row : rows) {
            const auto ms = lut->predictMs(row.net, &error);
            QVERIFY2(ms, qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(error)));
            const double relative = std::abs(*ms - row.latencyMs) / row.latencyMs;
            maxRelative = std::max(maxRelative, relative);
            QVERIFY2(relative <= kRelativeTolerance,
                     qPrintable(QStringLiteral("line %1: predicted %2 ms, reference %3 ms")
                                    .arg(row.line)
                                    .arg(*ms, 0, 'g', 17)
                                    .arg(row.latencyMs, 0, 'g', 17)));
        }
        qInfo("max relative difference to the reference over %d rows: %.3g", int(rows.size()),
              maxRelative);
        // 0.1 % would not notice a lost AvgPool2D term (~0.015 ms of >= 16 ms); both sides add
        // the same correctly parsed doubles in the same order, so require near bit equality.
        QVERIFY2(maxRelative < 1e-12, qPrintable(QString::number(maxRelative)));

        // The published note10_lat-30ms_top1-78.4 net (w1.2, r 224): the table sum is close
        // to the latency in its name.
        QVERIFY(std::abs(*lut->predictMs(rows.last().net, &error) - 30.0) < 0.5);
    }

    void operatorKeysFollowOnceForAll()
    {
        QString error;
        const auto lut = LatencyLookupTable::fromJson(
            QJsonObject{{QStringLiteral("format"), QStringLiteral("ofa-mbv3-lut")},
                        {QStringLiteral("width"), 1.2},
                        {QStringLiteral("tables"), QJsonObject{{QStringLiteral("224"), QJsonObject{}}}}},
            &error);
        QVERIFY2(lut, qPrintable(error));
        OfaMbv3Subnet net = smallestNet(224);
        net.d = {2, 3, 4, 2, 3};
        net.ks[0] = 5;
        net.e[0] = 6;
        net.ks[12] = 7; // stage 4, stride 1 but 96 -> 136 channels: no identity skip
        net.e[12] = 4;
        net.ks[3] = 7; // inactive (stage 1 has depth 2): must not appear
        const QStringList keys = lut->operatorKeys(net);
        QCOMPARE(keys.size(), 2 + 14 + 4);
        QCOMPARE(keys[0], QStringLiteral("Conv-input:224x224x3-output:112x112x24"));
        // The first block (expand ratio 1) is keyed with its middle width, 24.
        QCOMPARE(keys[1], QStringLiteral("expanded_conv-input:112x112x24-output:112x112x24-expand:24-kernel:3-stride:1-idskip:1-se:0-hs:0"));
        QCOMPARE(keys[2], QStringLiteral("expanded_conv-input:112x112x24-output:56x56x32-expand:144-kernel:5-stride:2-idskip:0-se:0-hs:0"));
        QCOMPARE(keys[3], QStringLiteral("expanded_conv-input:56x56x32-output:56x56x32-expand:96-kernel:3-stride:1-idskip:1-se:0-hs:0"));
        QCOMPARE(keys[4], QStringLiteral("expanded_conv-input:56x56x32-output:28x28x48-expand:96-kernel:3-stride:2-idskip:0-se:1-hs:0"));
        QCOMPARE(keys[11], QStringLiteral("expanded_conv-input:14x14x96-output:14x14x136-expand:384-kernel:7-stride:1-idskip:0-se:1-hs:1"));
        QCOMPARE(keys[16], QStringLiteral("Conv_1-input:7x7x192-output:7x7x1152"));
        QCOMPARE(keys[17], QStringLiteral("AvgPool2D-input:7x7x1152-output:1x1x1152"));
        QCOMPARE(keys[18], QStringLiteral("Conv_2-input:1x1x1152-output:1x1x1536"));
        QCOMPARE(keys[19], QStringLiteral("Logits-input:1x1x1536-output:1000"));
        // Odd feature sizes round up: 208 -> 104, 52, 26, 13, 13, 7.
        QCOMPARE(lut->operatorKeys(smallestNet(208)).last(2).first(),
                 QStringLiteral("Conv_2-input:1x1x1152-output:1x1x1536"));
        QVERIFY(lut->operatorKeys(smallestNet(208)).contains(
            QStringLiteral("Conv_1-input:7x7x192-output:7x7x1152")));
    }

    void synthesizedTableSumsItsOperators()
    {
        // Runs without the shared data: a table with every operator of one subnet at 0.5 ms.
        // Stage blocks 2..4 share one entry per stage, which is summed once per block.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        OfaMbv3Subnet net = smallestNet(192);
        net.d = {4, 4, 4, 4, 4};
        const QString path = dir.filePath(QStringLiteral("192_lookup_table.yaml"));
        QVERIFY(writeFile(path, yamlFor(net, 0.5)));
        QString error;
        const auto lut = LatencyLookupTable::loadYamlFiles({path}, &error);
        QVERIFY2(lut, qPrintable(error));
        QCOMPARE(lut->resolutions(), QList<int>({192}));
        const auto ms = lut->predictMs(net, &error);
        QVERIFY2(ms, qPrintable(error));
        QCOMPARE(*ms, 0.5 * (2 + 20 + 4)); // first conv and block, 20 blocks, 4 head operators
        QCOMPARE(*lut->meanMs(192, QStringLiteral("Logits-input:1x1x1536-output:1000")), 0.5);
        QVERIFY(!lut->meanMs(192, QStringLiteral("Logits")));
        QVERIFY(!lut->meanMs(224, QStringLiteral("Logits-input:1x1x1536-output:1000")));
    }

    void jsonRoundTripKeepsPredictions()
    {
        EDGEFRONT_REQUIRE_SHARED(yaml224, "ofa/note10_lut/224_lookup_table.yaml");
        QString error;
        const auto lut = LatencyLookupTable::loadYamlDirectory(QFileInfo(yaml224).absolutePath(), &error);
        QVERIFY2(lut, qPrintable(error));

        const QJsonObject json = lut->toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("ofa-mbv3-lut"));
        QCOMPARE(json.value(QStringLiteral("width")).toDouble(), 1.2);
        const QJsonObject t224 = json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("224")).toObject();
        QCOMPARE(t224.size(), 96);
        QCOMPARE(t224.value(QStringLiteral("Conv-input:224x224x3-output:112x112x24")).toDouble(), 0.994418);

        // Through text, as a device profile stores it.
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const auto back = LatencyLookupTable::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->resolutions(), lut->resolutions());
        QCOMPARE(back->widthMultiplier(), lut->widthMultiplier());
        QCOMPARE(back->toJson(), json);
        const QList<ReferenceRow> rows = readReference();
        QVERIFY(!rows.isEmpty());
        for (const ReferenceRow &row : rows) {
            QString e1, e2;
            const auto a = lut->predictMs(row.net, &e1);
            const auto b = back->predictMs(row.net, &e2);
            QVERIFY(a && b);
            QCOMPARE(*b, *a); // identical, not merely close
        }
    }

    void malformedYamlIsReported_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");   // part of the message
        QTest::addColumn<QString>("position");   // ":line:column" or empty
        const QByteArray conv = "Conv-input:224x224x3-output:112x112x24:\n  count: 5\n";
        QTest::newRow("broken syntax") << QStringLiteral("224_lookup_table.yaml")
                                       << QByteArray(conv + "  mean: [0.5, 1\n  std: 0.1\n")
                                       << QStringLiteral("malformed YAML") << QStringLiteral(":4:");
        QTest::newRow("negative mean") << QStringLiteral("224_lookup_table.yaml")
                                       << QByteArray(conv + "  mean: -0.25\n  std: 0.1\n")
                                       << QStringLiteral("mean -0.25 is negative") << QStringLiteral(":3:9");
        QTest::newRow("NaN mean") << QStringLiteral("224_lookup_table.yaml")
                                  << QByteArray(conv + "  mean: .nan\n  std: 0.1\n")
                                  << QStringLiteral("mean is not finite") << QStringLiteral(":3:9");
        QTest::newRow("infinite mean") << QStringLiteral("224_lookup_table.yaml")
                                       << QByteArray(conv + "  mean: .inf\n")
                                       << QStringLiteral("mean is not finite") << QStringLiteral(":3:9");
        QTest::newRow("text mean") << QStringLiteral("224_lookup_table.yaml")
                                   << QByteArray(conv + "  mean: fast\n")
                                   << QStringLiteral("mean is not a number") << QStringLiteral(":3:9");
        QTest::newRow("no mean") << QStringLiteral("224_lookup_table.yaml")
                                 << QByteArray(conv + "  std: 0.1\n")
                                 << QStringLiteral("no mean") << QStringLiteral(":2:3");
        QTest::newRow("list, not map") << QStringLiteral("224_lookup_table.yaml")
                                       << QByteArray("- 1\n- 2\n")
                                       << QStringLiteral("expected a map") << QString();
        QTest::newRow("empty") << QStringLiteral("224_lookup_table.yaml") << QByteArray()
                               << QStringLiteral("expected a map") << QString();
        QTest::newRow("duplicate key") << QStringLiteral("224_lookup_table.yaml")
                                       << QByteArray(conv + "  mean: 1\n" + conv + "  mean: 2\n")
                                       << QStringLiteral("appears twice") << QStringLiteral(":4:1");
        QTest::newRow("name disagrees") << QStringLiteral("160_lookup_table.yaml")
                                        << QByteArray(conv + "  mean: 1\n")
                                        << QStringLiteral("resolution 160 but its Conv entry has input 224x224x3")
                                        << QString();
        QTest::newRow("no resolution") << QStringLiteral("note10.yaml")
                                       << QByteArray("Logits-input:1x1x1536-output:1000:\n  mean: 1\n")
                                       << QStringLiteral("cannot tell the resolution") << QString();
        QTest::newRow("unknown width") << QStringLiteral("224_lookup_table.yaml")
                                       << QByteArray("Conv-input:224x224x3-output:112x112x20:\n  mean: 1\n")
                                       << QStringLiteral("first conv has 20 output channels") << QString();
    }
    void malformedYamlIsReported()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QFETCH(QString, position);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY(!LatencyLookupTable::loadYamlFiles({path}, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (!position.isEmpty())
            QVERIFY2(error.mid(path.size()).startsWith(position), qPrintable(error));
    }

    void missingOperatorNamesTheKey()
    {
        EDGEFRONT_REQUIRE_SHARED(yaml224, "ofa/note10_lut/224_lookup_table.yaml");
        // The real 224 table without one block entry (its key line and three value lines).
        const QString dropped = QStringLiteral(
            "expanded_conv-input:14x14x136-output:14x14x136-expand:816-kernel:7-stride:1-idskip:1-se:1-hs:1");
        QFile source(yaml224);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray trimmed;
        int skip = 0;
        bool found = false;
        while (!source.atEnd()) {
            const QByteArray line = source.readLine();
            if (line == dropped.toLatin1() + ":\n") {
                skip = 3;
                found = true;
            } else if (skip > 0) {
                --skip;
            } else {
                trimmed += line;
            }
        }
        QVERIFY(found);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("224_lookup_table.yaml"));
        QVERIFY(writeFile(path, trimmed));
        QString error;
        const auto lut = LatencyLookupTable::loadYamlFiles({path}, &error);
        QVERIFY2(lut, qPrintable(error));

        OfaMbv3Subnet net = smallestNet(224);
        QVERIFY2(lut->predictMs(net, &error), qPrintable(error));
        net.ks[13] = 7; // stage 4, second block
        net.e[13] = 6;
        QVERIFY(!lut->predictMs(net, &error));
        QVERIFY2(error.contains(u'"' + dropped + u'"'), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("resolution 224")), qPrintable(error));
    }

    void unsupportedSubnetsAreErrors_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<QList<int>>("d");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("expected");
        const QString noTable = QStringLiteral("(tables: 160, 176, 192, 208, 224)");
        QTest::newRow("r 200") << 200 << QList<int>{2, 2, 2, 2, 2} << 0
                               << QStringLiteral("no latency table for resolution 200 ") + noTable;
        QTest::newRow("r 236") << 236 << QList<int>{2, 2, 2, 2, 2} << 0
                               << QStringLiteral("no latency table for resolution 236 ") + noTable;
        QTest::newRow("r 128") << 128 << QList<int>{2, 2, 2, 2, 2} << 0
                               << QStringLiteral("no latency table for resolution 128 ") + noTable;
        QTest::newRow("depth 5") << 224 << QList<int>{2, 5, 2, 2, 2} << 0
                                 << QStringLiteral("stage 2 has depth 5");
        QTest::newRow("depth 0") << 224 << QList<int>{2, 2, 2, 2, 0} << 0
                                 << QStringLiteral("stage 5 has depth 0");
        QTest::newRow("int8") << 224 << QList<int>{2, 2, 2, 2, 2} << 8
                              << QStringLiteral("cannot predict a quantized subnet");
    }
    void unsupportedSubnetsAreErrors()
    {
        QFETCH(int, r);
        QFETCH(QList<int>, d);
        QFETCH(int, bits);
        QFETCH(QString, expected);
        // Tables for every search resolution, each holding the smallest net's operators.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int res : {160, 176, 192, 208, 224})
            QVERIFY(writeFile(dir.filePath(QStringLiteral("%1_lookup_table.yaml").arg(res)),
                              yamlFor(smallestNet(res), 1.0)));
        QString error;
        const auto lut = LatencyLookupTable::loadYamlDirectory(dir.path(), &error);
        QVERIFY2(lut, qPrintable(error));
        QVERIFY(lut->predictMs(smallestNet(176), &error));

        OfaMbv3Subnet net = smallestNet(r);
        net.d = toArray<OfaMbv3Subnet::kStages>(d);
        net.bits.fill(bits);
        QVERIFY(!lut->predictMs(net, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void loadingErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        QVERIFY(!LatencyLookupTable::loadYamlDirectory(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("no *_lookup_table.yaml files")), qPrintable(error));
        QVERIFY(!LatencyLookupTable::loadYamlDirectory(dir.filePath(QStringLiteral("nope")), &error));
        QVERIFY2(error.contains(QStringLiteral("no such folder")), qPrintable(error));
        QVERIFY(!LatencyLookupTable::loadYamlFiles({dir.filePath(QStringLiteral("224_lookup_table.yaml"))}, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot open")), qPrintable(error));

        // Two files for one resolution.
        const QString a = dir.filePath(QStringLiteral("a.yaml"));
        const QString b = dir.filePath(QStringLiteral("b.yaml"));
        QVERIFY(writeFile(a, yamlFor(smallestNet(224), 1.0)));
        QVERIFY(writeFile(b, yamlFor(smallestNet(224), 1.0)));
        QVERIFY(!LatencyLookupTable::loadYamlFiles({a, b}, &error));
        QVERIFY2(error.contains(QStringLiteral("resolution 224 already comes from ") + a), qPrintable(error));

        // Tables of different supernets (24 vs 16 first-conv channels).
        const QString c = dir.filePath(QStringLiteral("c.yaml"));
        QVERIFY(writeFile(c, "Conv-input:160x160x3-output:80x80x16:\n  mean: 1\n"));
        QVERIFY(!LatencyLookupTable::loadYamlFiles({a, c}, &error));
        QVERIFY2(error.contains(QStringLiteral("different supernets")), qPrintable(error));
        // ... while a w1.0 table alone is recognized.
        const auto w10 = LatencyLookupTable::loadYamlFiles({c}, &error);
        QVERIFY2(w10, qPrintable(error));
        QCOMPARE(w10->widthMultiplier(), 1.0);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << QByteArray(R"({"format": "x", "width": 1.2, "tables": {"224": {}}})")
                                << QStringLiteral("field \"format\"");
        QTest::newRow("width") << QByteArray(R"({"format": "ofa-mbv3-lut", "width": -1, "tables": {"224": {}}})")
                               << QStringLiteral("field \"width\"");
        QTest::newRow("no tables") << QByteArray(R"({"format": "ofa-mbv3-lut", "width": 1.2, "tables": {}})")
                                   << QStringLiteral("field \"tables\"");
        QTest::newRow("resolution") << QByteArray(R"({"format": "ofa-mbv3-lut", "width": 1.2, "tables": {"big": {}}})")
                                    << QStringLiteral("\"big\" is not a resolution");
        QTest::newRow("negative") << QByteArray(R"({"format": "ofa-mbv3-lut", "width": 1.2, "tables": {"224": {"Logits-input:1x1x1536-output:1000": -2}}})")
                                  << QStringLiteral("table 224, operator \"Logits-input:1x1x1536-output:1000\": mean -2 is negative");
        QTest::newRow("text") << QByteArray(R"({"format": "ofa-mbv3-lut", "width": 1.2, "tables": {"224": {"Conv_2": "1"}}})")
                              << QStringLiteral("operator \"Conv_2\": mean is not a number");
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QVERIFY(!object.isEmpty());
        QVERIFY(!LatencyLookupTable::fromJson(object, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLookupTable)
#include "tst_lookuptable.moc"
