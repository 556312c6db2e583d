// `edgefront-cli import model` and `import kit-results`, driven in-process through runCli:
// a torchvision-style ResNet imports with torch's MAC count and is costed on every device of
// the project exactly as the device models cost it (JSON and text); --devices picks devices;
// a measured device is listed as not predicted, with why; unsupported operators fail the
// import naming node and operator (or, asked, are listed as zero-cost); bad and hostile files
// (truncated, garbage, cycles, missing initializers, huge dimensions, ...) exit non-zero with
// one line naming the file and the problem, print nothing on stdout and import nothing (the
// project is not even created). `import kit-results FILE.csv --name NAME` takes a kit's CSV.

#include "analyticcostmodel.h"
#include "builtinfleet.h"
#include "clirunner.h"
#include "onnxgraphimport.h"
#include "projectstore.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString fixture(const QString &name)
{
    return testdata::ownFile(QStringLiteral("onnx/") + name);
}

QJsonObject fixtureFacts(const QString &name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestImportModelCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("models.edgefront"));
    }

    void costsOnEveryDevice()
    {
        const QString path = fixture(QStringLiteral("cnn_resnet.onnx"));
        const Result r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--devices"),
                              QStringLiteral("all"), QStringLiteral("--json"), QStringLiteral("--project"), m_project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject facts = fixtureFacts(QStringLiteral("cnn_resnet.json"));
        // torch's count (make_cnn_fixtures.py); the importer's count is exact on this model.
        QCOMPARE(o.value(QStringLiteral("macs")).toInteger(), facts.value(QStringLiteral("macs")).toInteger());
        QCOMPARE(o.value(QStringLiteral("params")).toInteger(), facts.value(QStringLiteral("params")).toInteger());
        QCOMPARE(o.value(QStringLiteral("nodes")).toInt(), facts.value(QStringLiteral("onnx_nodes")).toInt());
        QCOMPARE(o.value(QStringLiteral("input")).toObject().value(QStringLiteral("shape")).toArray(),
                 facts.value(QStringLiteral("input")).toArray());
        QCOMPARE(o.value(QStringLiteral("unsupported")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), path);

        // Every device of the new project (the built-in fleet), costed as its model costs it.
        QString error;
        const auto model = importOnnxModel(path, {}, &error);
        QVERIFY2(model, qPrintable(error));
        const QList<DeviceProfile> fleet = builtinFleet();
        const QJsonArray devices = o.value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), fleet.size());
        for (qsizetype i = 0; i < devices.size(); ++i) {
            const QJsonObject d = devices[i].toObject();
            QCOMPARE(d.value(QStringLiteral("id")).toString(), fleet[i].id);
            QVERIFY(d.value(QStringLiteral("predicted")).toBool());
            const NetworkCost expected = AnalyticCostModel(fleet[i]).evaluate(model->graph);
            QVERIFY(expected.runnable);
            // Tolerance: JSON doubles round-trip exactly; allow 1e-12 relative.
            QVERIFY(std::abs(d.value(QStringLiteral("latency_ms")).toDouble() - expected.latencyMs) <= 1e-12 * expected.latencyMs);
            QVERIFY(std::abs(d.value(QStringLiteral("energy_mj")).toDouble() - expected.energyMj) <= 1e-12 * expected.energyMj);
            QVERIFY(std::abs(d.value(QStringLiteral("peak_memory_mb")).toDouble() - expected.peakMemoryMB)
                    <= 1e-12 * expected.peakMemoryMB);
            QVERIFY(expected.latencyMs > 0 && expected.energyMj > 0 && expected.peakMemoryMB > 0);
        }

        // Text: totals, then one row per chosen device, in the order given.
        const Result t = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--devices"),
                              QStringLiteral("phone-gpu-a,desktop-cpu-a"), QStringLiteral("--project"), m_project});
        QVERIFY2(t.code == 0, qPrintable(t.err));
        QVERIFY2(t.out.contains(QStringLiteral("MACs         2770240 (2.77 M)")), qPrintable(t.out));
        QVERIFY(t.out.contains(QStringLiteral("unsupported  none")));
        const QStringList lines = t.out.split(u'\n', Qt::SkipEmptyParts);
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^device\\s+provenance\\s+latency_ms\\s+energy_mj\\s+peak_memory_mb$")));
        QVERIFY2(header > 0, qPrintable(t.out));
        QCOMPARE(lines.size(), header + 3);
        QVERIFY(lines[header + 1].startsWith(QStringLiteral("phone-gpu-a ")));
        QVERIFY(lines[header + 2].startsWith(QStringLiteral("desktop-cpu-a ")));

        // Per-layer costs on one device.
        const Result l = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--devices"),
                              QStringLiteral("phone-gpu-a"), QStringLiteral("--layers"), QStringLiteral("phone-gpu-a"),
                              QStringLiteral("--json"), QStringLiteral("--project"), m_project});
        QVERIFY2(l.code == 0, qPrintable(l.err));
        const QJsonObject lo = QJsonDocument::fromJson(l.out.toUtf8()).object();
        const QJsonArray layers = lo.value(QStringLiteral("layer_costs")).toArray();
        QCOMPARE(layers.size(), model->graph.size());
        double latency = 0.0;
        qint64 macs = 0;
        for (const QJsonValue &v : layers) {
            latency += v[QStringLiteral("latency_ms")].toDouble();
            macs += v[QStringLiteral("macs")].toInteger();
        }
        QCOMPARE(macs, model->macs);
        const double total = lo.value(QStringLiteral("devices")).toArray().first()[QStringLiteral("latency_ms")].toDouble();
        QVERIFY(latency > 0.5 * total && latency <= total * (1 + 1e-12)); // the rest: fixed overhead
    }

    void choosesAndExplainsDevices()
    {
        const QString path = fixture(QStringLiteral("cnn_mobilenetv2.onnx"));
        Result r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--devices"),
                        QStringLiteral("phone-gpu-a,nope"), QStringLiteral("--project"), m_project});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no device \"nope\"")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        // A measured device: no analytic model, so no prediction, and the way to get one.
        {
            QString error;
            auto store = ProjectStore::open(m_project, &error);
            QVERIFY2(store, qPrintable(error));
            DeviceProfile measured;
            measured.id = QStringLiteral("my-board");
            measured.name = QStringLiteral("My board");
            measured.provenance = DeviceProvenance::Measured;
            QVERIFY2(store->addDevices({measured}, &error, true), qPrintable(error));
        }
        r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--devices"), QStringLiteral("my-board,mcu-a"),
                 QStringLiteral("--json"), QStringLiteral("--project"), m_project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray devices = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices[0][QStringLiteral("predicted")].toBool(), false);
        QVERIFY(devices[0][QStringLiteral("reason")].toString().contains(QStringLiteral("calibrate --device my-board")));
        QVERIFY(!devices[0].toObject().contains(QStringLiteral("latency_ms")));
        QCOMPARE(devices[1][QStringLiteral("predicted")].toBool(), true);
        r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--devices"), QStringLiteral("my-board"),
                 QStringLiteral("--project"), m_project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("my-board: not predicted: measured device my-board")), qPrintable(r.out));
        r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--layers"), QStringLiteral("my-board"),
                 QStringLiteral("--project"), m_project});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }

    void unsupportedOperatorsAreNamed()
    {
        const QString path = fixture(QStringLiteral("cnn_unsupported.onnx"));
        const QString project = m_dir.filePath(QStringLiteral("unsupported.edgefront"));
        Result r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--project"), project});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("edgefront-cli: error: %1: 2 unsupported operators").arg(path)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("node 1 (\"lrn\") LRN")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("node 5 (\"topk\") TopK")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(project));

        r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--allow-unsupported"),
                 QStringLiteral("--devices"), QStringLiteral("phone-cpu-big-a"), QStringLiteral("--json"),
                 QStringLiteral("--project"), project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray unsupported = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("unsupported")).toArray();
        QCOMPARE(unsupported.size(), 2);
        QCOMPARE(unsupported[0][QStringLiteral("node")].toInt(), 1);
        QCOMPARE(unsupported[0][QStringLiteral("op")].toString(), QStringLiteral("LRN"));
        QCOMPARE(unsupported[1][QStringLiteral("name")].toString(), QStringLiteral("topk"));
        QVERIFY2(r.err.contains(QStringLiteral("warning:")), qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--allow-unsupported"),
                 QStringLiteral("--devices"), QStringLiteral("phone-cpu-big-a"), QStringLiteral("--project"), project});
        QVERIFY2(r.out.contains(QStringLiteral("node 1 (\"lrn\") LRN")), qPrintable(r.out));
    }

    void badFilesImportNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("truncated") << QStringLiteral("bad_cnn_truncated.onnx") << QStringLiteral("not an ONNX model");
        QTest::newRow("garbage") << QStringLiteral("bad_cnn_garbage.onnx") << QStringLiteral("not an ONNX model");
        QTest::newRow("cycle") << QStringLiteral("bad_cnn_cycle.onnx") << QStringLiteral("cycle through node 0 (\"relu_a\")");
        QTest::newRow("missing initializer") << QStringLiteral("bad_cnn_missing_init.onnx")
                                             << QStringLiteral("'conv.weight' is defined by no node, initializer or graph input");
        QTest::newRow("huge dims") << QStringLiteral("bad_cnn_huge_dim.onnx") << QStringLiteral("more than 1000000000 elements");
        QTest::newRow("huge MACs") << QStringLiteral("bad_cnn_huge_macs.onnx") << QStringLiteral("MACs (limit)");
        QTest::newRow("zero dim") << QStringLiteral("bad_cnn_zero_dim.onnx") << QStringLiteral("dimension 2 is 0");
        QTest::newRow("dynamic") << QStringLiteral("bad_cnn_dynamic.onnx") << QStringLiteral("give the input shape");
        QTest::newRow("no such file") << QStringLiteral("no_such_model.onnx") << QStringLiteral("cannot open");
    }

    void badFilesImportNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const QString path = fixture(file);
        const QString project = m_dir.filePath(QStringLiteral("bad-%1.edgefront").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        const Result r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--json"),
                              QStringLiteral("--project"), project});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("edgefront-cli: error: %1: ").arg(path)), qPrintable(r.err));
        QVERIFY2(r.err.contains(problem), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(project));
    }

    void dynamicInputNeedsAShape()
    {
        const QString path = fixture(QStringLiteral("bad_cnn_dynamic.onnx"));
        Result r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--input-shape"),
                        QStringLiteral("1,3,x,8"), QStringLiteral("--project"), m_project});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--input-shape")), qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("model"), path, QStringLiteral("--bits"), QStringLiteral("7"),
                 QStringLiteral("--project"), m_project});
        QCOMPARE(r.code, 2);
        QString error;
        const auto model = importOnnxModel(path, {}, &error);
        QVERIFY(!model);
    }

    void kitResultsImportByName()
    {
        // The command exists with exactly this form; its behaviour is tst_measurementkit's.
        Result r = cli({QStringLiteral("import"), QStringLiteral("kit-results"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--name")));
        const QString kit = m_dir.filePath(QStringLiteral("kit"));
        r = cli({QStringLiteral("export"), QStringLiteral("kit"), QStringLiteral("--space"), QStringLiteral("nb201"),
                 QStringLiteral("--n"), QStringLiteral("1"), QStringLiteral("--out"), kit});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("kit-results"), QDir(kit).filePath(QStringLiteral("results.csv")),
                 QStringLiteral("--project"), m_project});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--name")), qPrintable(r.err));

        // A results CSV as the runners write it: every model 2 ms.
        QFile manifestFile(QDir(kit).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonArray models = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("models")).toArray();
        QByteArray csv = "id,device,arch,latency_ms\n";
        for (const QJsonValue &m : models)
            csv += m[QStringLiteral("id")].toString().toUtf8() + ",board," + m[QStringLiteral("columns")][QStringLiteral("arch")].toString().toUtf8()
                   + ",2\n";
        QFile results(QDir(kit).filePath(QStringLiteral("results.csv")));
        QVERIFY(results.open(QIODevice::WriteOnly));
        results.write(csv);
        results.close();
        r = cli({QStringLiteral("import"), QStringLiteral("kit-results"), results.fileName(), QStringLiteral("--name"),
                 QStringLiteral("kit-board"), QStringLiteral("--project"), m_project});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("measured device kit-board")), qPrintable(r.err));
        QString error;
        auto store = ProjectStore::open(m_project, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->device(QStringLiteral("kit-board"))->provenance, DeviceProvenance::Measured);
        QCOMPARE(store->measurementCounts().value(QStringLiteral("kit-board")), int(models.size()));
    }
};

QTEST_GUILESS_MAIN(TestImportModelCli)
#include "tst_importmodelcli.moc"
