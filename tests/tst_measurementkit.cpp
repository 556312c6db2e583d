// Measurement kits (core/measurementkit.h): a kit of the signature set plus a few designs is
// written whole (manifest, ONNX models, runners, README); a results CSV in the runners' format
// imports as a measured device whose signature features are complete; the Node runner
// (onnxruntime-node) and the Python runner (onnxruntime, or a stub of it when only numpy is
// there) produce such a CSV. Runs that need node/onnxruntime-node or python skip with the
// reason when those are absent.

#include "designspace.h"
#include "designspacecatalog.h"
#include "measurementkit.h"
#include "predictordata.h"
#include "projectstore.h"
#include "signatureset.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

QString nodeModulesDir()
{
    return QDir(QStringLiteral(EDGEFRONT_TEST_DATA_DIR "/../onnxruntime/node_modules")).absolutePath();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
}

// A results CSV as the runners write it, with latencies from MACs (1 ms per 100 M MACs + 0.5).
QByteArray syntheticResults(const QString &kitDir, const QString &device)
{
    const QJsonObject manifest = QJsonDocument::fromJson(readAll(QDir(kitDir).filePath(QStringLiteral("manifest.json")))).object();
    QStringList columns;
    for (const QJsonValue &c : manifest.value(QStringLiteral("arch_columns")).toArray())
        columns.append(c.toString());
    QByteArray csv = "id,device," + columns.join(u',').toUtf8() + ",latency_ms\n";
    for (const QJsonValue &v : manifest.value(QStringLiteral("models")).toArray()) {
        const QJsonObject m = v.toObject();
        QStringList cells{m.value(QStringLiteral("id")).toString(), device};
        for (const QString &c : columns)
            cells.append(m.value(QStringLiteral("columns")).toObject().value(c).toString());
        cells.append(QString::number(0.5 + m.value(QStringLiteral("macs")).toDouble() / 1e8, 'g', 6));
        csv += cells.join(u',').toUtf8() + '\n';
    }
    return csv;
}

// A python3 that can import `module`, or empty.
QString pythonWith(const QString &module)
{
    for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        const QString exe = candidate.startsWith(u'/') ? candidate : QStandardPaths::findExecutable(candidate);
        if (exe.isEmpty() || !QFileInfo::exists(exe))
            continue;
        QProcess p;
        p.start(exe, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return exe;
    }
    return QString();
}

void checkImported(ProjectStore &project, const DesignSpace &space, const QString &device, const KitImportResult &r, int models)
{
    QCOMPARE(r.device, device);
    QCOMPARE(r.space, space.name());
    QCOMPARE(r.summary.measurements, models);
    QCOMPARE(r.signatureSize, SignatureSet::kDefaultSize);
    QCOMPARE(r.signatureMeasured, SignatureSet::kDefaultSize);
    QVERIFY2(r.featuresComplete, qPrintable(r.featuresNote));
    const auto profile = project.device(device);
    QVERIFY(profile);
    QCOMPARE(profile->provenance, DeviceProvenance::Measured);
    QString error;
    auto evaluator = project.evaluator(device, &error);
    QVERIFY2(evaluator, qPrintable(error));
    const auto features = deviceFeatures(*evaluator, space, &error);
    QVERIFY2(features, qPrintable(error));
    QCOMPARE(int(features->logLatency.size()), SignatureSet::kDefaultSize);
    for (double v : features->logLatency)
        QVERIFY(std::isfinite(v));
}

} // namespace

class TestMeasurementKit : public QObject
{
    Q_OBJECT

private slots:
    void writesAWholeKit()
    {
        const DesignSpace &s = *findDesignSpace(QStringLiteral("ofa-mbv3-w10"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString kit = dir.filePath(QStringLiteral("kit"));
        MeasurementKitOptions options;
        options.designs = 4;
        options.seed = 5;
        QString error;
        const auto manifest = MeasurementKit::write(s, kit, options, &error);
        QVERIFY2(manifest, qPrintable(error));
        QCOMPARE(int(manifest->models.size()), SignatureSet::kDefaultSize + 4);

        const auto read = KitManifest::read(QDir(kit).filePath(QStringLiteral("manifest.json")), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->space, s.name());
        QCOMPARE(read->seed, quint64(5));
        const std::vector<Architecture> signature = SignatureSet::forSpace(s);
        QSet<QString> ids;
        for (size_t i = 0; i < read->models.size(); ++i) {
            const KitModel &m = read->models[i];
            QVERIFY(QFileInfo(QDir(kit).filePath(m.file)).size() > 10000);
            QCOMPARE(m.macs, s.costs(m.arch).macs);
            QCOMPARE(m.role, i < signature.size() ? QStringLiteral("signature") : QStringLiteral("design"));
            if (i < signature.size())
                QVERIFY(m.arch == signature[i]);
            ids.insert(m.id);
        }
        QCOMPARE(int(ids.size()), int(read->models.size()));
        const QJsonObject json = QJsonDocument::fromJson(readAll(QDir(kit).filePath(QStringLiteral("manifest.json")))).object();
        QCOMPARE(json.value(QStringLiteral("arch_columns")).toArray(),
                 (QJsonArray{QStringLiteral("ks"), QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("r")}));
        const QJsonObject first = json.value(QStringLiteral("models")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("output_shape")).toArray(), (QJsonArray{1, 1000}));
        QCOMPARE(first.value(QStringLiteral("input_shape")).toArray().size(), 4);
        for (const QString &name : MeasurementKit::runnerFiles()) {
            QVERIFY(!MeasurementKit::runnerFile(name).isEmpty());
            QCOMPARE(readAll(QDir(kit).filePath(name)), MeasurementKit::runnerFile(name));
        }
        // The embedded runners are the ones in the source tree.
        QCOMPARE(MeasurementKit::runnerFile(QStringLiteral("run_kit.mjs")),
                 readAll(QStringLiteral(EDGEFRONT_TEST_DATA_DIR "/../../resources/kit/run_kit.mjs")));
        QVERIFY(readAll(QDir(kit).filePath(QStringLiteral("README.md"))).contains("import kit-results"));

        // A non-empty folder is refused unless asked; chosen designs that repeat a signature one
        // are measured once.
        QVERIFY(!MeasurementKit::write(s, kit, options, &error));
        QVERIFY2(error.contains(kit) && error.contains(QStringLiteral("not empty")), qPrintable(error));
        options.overwrite = true;
        options.archs = {signature[2], read->models.back().arch};
        const auto again = MeasurementKit::write(s, kit, options, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(int(again->models.size()), SignatureSet::kDefaultSize + 1);
    }

    void importsResultsAsAMeasuredDevice()
    {
        const DesignSpace &s = *findDesignSpace(QStringLiteral("nb201"));
        QTemporaryDir dir;
        const QString kit = dir.filePath(QStringLiteral("kit"));
        MeasurementKitOptions options;
        options.designs = 5;
        QString error;
        const auto manifest = MeasurementKit::write(s, kit, options, &error);
        QVERIFY2(manifest, qPrintable(error));
        const QString csv = QDir(kit).filePath(QStringLiteral("results.csv"));
        writeText(csv, syntheticResults(kit, QStringLiteral("name-on-the-device")));
        auto project = ProjectStore::open(dir.filePath(QStringLiteral("p.edgefront")), &error, false);
        QVERIFY2(project, qPrintable(error));

        KitImportOptions io;
        io.deviceId = QStringLiteral("my-cpu");
        io.deviceClass = DeviceClass::DesktopCpu;
        const auto r = MeasurementKit::importResults(*project, csv, io, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->newDevice);
        checkImported(*project, s, QStringLiteral("my-cpu"), *r, int(manifest->models.size()));
        QCOMPARE(project->device(QStringLiteral("my-cpu"))->deviceClass, DeviceClass::DesktopCpu);
        QVERIFY(!project->hasDevice(QStringLiteral("name-on-the-device")));
        // Measured values are the CSV's.
        // find() points into the MeasuredValues: keep them alive while reading.
        const MeasuredValues measured = project->measuredValues(QStringLiteral("my-cpu"));
        const auto values = measured.find(s.name(), Metric::LatencyMs);
        QVERIFY(values);
        for (const KitModel &m : manifest->models)
            QVERIFY2(std::abs(values->value(m.key) - (0.5 + double(m.macs) / 1e8)) < 1e-4 * values->value(m.key),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(m.key).arg(values->value(m.key)).arg(0.5 + double(m.macs) / 1e8)));

        // The same results twice are refused, not doubled; a second run of the kit extends the
        // same measured device, whose values become the mean of both runs.
        QVERIFY(!MeasurementKit::importResults(*project, csv, io, &error));
        QVERIFY2(error.contains(QStringLiteral("already in the project")), qPrintable(error));
        const QString rerun = QDir(kit).filePath(QStringLiteral("results-2.csv"));
        QByteArray rerunCsv;
        for (const QByteArray &line : syntheticResults(kit, QStringLiteral("name-on-the-device")).trimmed().split('\n')) {
            if (rerunCsv.isEmpty()) {
                rerunCsv = line + '\n';
                continue;
            }
            const qsizetype comma = line.lastIndexOf(',');
            rerunCsv += line.left(comma + 1) + QByteArray::number(1.1 * line.mid(comma + 1).toDouble(), 'g', 8) + '\n';
        }
        writeText(rerun, rerunCsv);
        const auto second = MeasurementKit::importResults(*project, rerun, io, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(!second->newDevice);
        QCOMPARE(second->summary.measurements, int(manifest->models.size()));
        const MeasuredValues both = project->measuredValues(QStringLiteral("my-cpu"));
        const KitModel &last = manifest->models.back();
        const double mean = both.find(s.name(), Metric::LatencyMs)->value(last.key);
        QVERIFY2(std::abs(mean - 1.05 * values->value(last.key)) < 1e-4 * mean,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mean).arg(1.05 * values->value(last.key))));

        // Errors: a name taken by a virtual device, a space that contradicts the manifest, a CSV
        // without a manifest and no space. Nothing is imported.
        DeviceProfile virt;
        virt.id = QStringLiteral("virt");
        virt.name = QStringLiteral("A virtual device");
        QVERIFY2(project->addDevices({virt}, &error), qPrintable(error));
        io.deviceId = QStringLiteral("virt");
        QVERIFY(!MeasurementKit::importResults(*project, csv, io, &error));
        QVERIFY2(error.contains(QStringLiteral("virtual")), qPrintable(error));
        QCOMPARE(project->measurementCounts().value(QStringLiteral("virt")), 0);
        io.deviceId = QStringLiteral("other");
        io.space = QStringLiteral("ofa-mbv3-w10");
        QVERIFY(!MeasurementKit::importResults(*project, csv, io, &error));
        QVERIFY2(error.contains(QStringLiteral("nb201")), qPrintable(error));
        const QString lone = dir.filePath(QStringLiteral("lone.csv"));
        QVERIFY(QFile::copy(csv, lone));
        io.space.clear();
        QVERIFY(!MeasurementKit::importResults(*project, lone, io, &error));
        QVERIFY2(error.contains(QStringLiteral("manifest")), qPrintable(error));
        QVERIFY(!project->hasDevice(QStringLiteral("other")));
        io.deviceId = QStringLiteral("bad name!");
        QVERIFY(!MeasurementKit::importResults(*project, csv, io, &error));
    }

    void nodeRunnerResultsImport()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty() || !QFileInfo::exists(nodeModulesDir() + QStringLiteral("/onnxruntime-node")))
            QSKIP("onnxruntime-node is not installed (cd tests/onnxruntime && npm ci --ignore-scripts)");
        const DesignSpace &s = *findDesignSpace(QStringLiteral("ofa-mbv3-w10"));
        QTemporaryDir dir;
        const QString kit = dir.filePath(QStringLiteral("kit"));
        MeasurementKitOptions options;
        options.designs = 3;
        QString error;
        const auto manifest = MeasurementKit::write(s, kit, options, &error);
        QVERIFY2(manifest, qPrintable(error));
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), nodeModulesDir());
        run.setProcessEnvironment(env);
        run.setWorkingDirectory(kit);
        run.start(node, {QStringLiteral("run_kit.mjs"), QStringLiteral("--device"), QStringLiteral("test-cpu"), QStringLiteral("--threads"),
                         QStringLiteral("1"), QStringLiteral("--warmup"), QStringLiteral("1"), QStringLiteral("--repeats"),
                         QStringLiteral("3"), QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--clock"), QStringLiteral("cpu"),
                         QStringLiteral("--check"), QStringLiteral("--quiet")});
        QVERIFY(run.waitForFinished(300000));
        if (run.exitCode() == 2)
            QSKIP("ONNX Runtime cannot be loaded here");
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        const QString csv = QDir(kit).filePath(QStringLiteral("results.csv"));
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,device,ks,e,d,r,latency_ms"));
        QCOMPARE(int(lines.size()), int(manifest->models.size()) + 1);
        QVERIFY(lines[1].startsWith("sig-00,test-cpu,"));
        const QJsonObject details = QJsonDocument::fromJson(readAll(QDir(kit).filePath(QStringLiteral("results.json")))).object();
        QCOMPARE(details.value(QStringLiteral("threads")).toInt(), 1);
        QVERIFY(details.value(QStringLiteral("runtime")).toString().startsWith(QStringLiteral("onnxruntime-node")));
        QCOMPARE(details.value(QStringLiteral("models")).toArray().first()[QStringLiteral("samples")].toInt(), 6);
        // --clock cpu: the CSV takes the CPU-time median, results.json has the wall-clock one too.
        QCOMPARE(details.value(QStringLiteral("clock")).toString(), QStringLiteral("cpu"));
        for (const QJsonValue &m : details.value(QStringLiteral("models")).toArray()) {
            QVERIFY(m[QStringLiteral("median_ms")].toDouble() > 0);
            QVERIFY(m[QStringLiteral("wall_median_ms")].toDouble() > 0);
        }

        auto project = ProjectStore::open(dir.filePath(QStringLiteral("p.edgefront")), &error, false);
        QVERIFY2(project, qPrintable(error));
        KitImportOptions io;
        io.deviceId = QStringLiteral("this-cpu");
        const auto r = MeasurementKit::importResults(*project, csv, io, &error);
        QVERIFY2(r, qPrintable(error));
        checkImported(*project, s, QStringLiteral("this-cpu"), *r, int(manifest->models.size()));
        QVERIFY2(r->runtime.contains(QStringLiteral("1 thread")), qPrintable(r->runtime));
        QVERIFY(project->device(QStringLiteral("this-cpu"))->description.contains(QStringLiteral("onnxruntime-node")));
    }

    void pythonRunnerResultsImport()
    {
        // Real onnxruntime when this Python has it; otherwise a stub module (fixed outputs, no
        // inference) that exercises the runner's options, timing loop and files.
        QString python = pythonWith(QStringLiteral("onnxruntime, numpy"));
        const bool real = !python.isEmpty();
        if (!real)
            python = pythonWith(QStringLiteral("numpy"));
        if (python.isEmpty())
            QSKIP("no python3 with numpy (and onnxruntime) here");
        const DesignSpace &s = *findDesignSpace(QStringLiteral("nb201"));
        QTemporaryDir dir;
        const QString kit = dir.filePath(QStringLiteral("kit"));
        MeasurementKitOptions options;
        options.designs = 2;
        QString error;
        const auto manifest = MeasurementKit::write(s, kit, options, &error);
        QVERIFY2(manifest, qPrintable(error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!real) {
            const QString stub = dir.filePath(QStringLiteral("stub/onnxruntime"));
            QVERIFY(QDir().mkpath(stub));
            writeText(stub + QStringLiteral("/__init__.py"),
                      "import os\nimport time\nimport numpy as np\n__version__ = 'stub'\n"
                      "class SessionOptions: pass\n"
                      "class ExecutionMode: ORT_SEQUENTIAL = 0\n"
                      "class GraphOptimizationLevel: ORT_ENABLE_ALL = 99\n"
                      "class _Input:\n    name = 'input'\n"
                      "class InferenceSession:\n"
                      "    def __init__(self, path, options=None, providers=None):\n"
                      "        if not os.path.exists(path): raise RuntimeError('no model ' + path)\n"
                      "    def get_inputs(self): return [_Input()]\n"
                      "    def run(self, names, feeds):\n"
                      "        time.sleep(0.002)\n"
                      "        return [np.zeros((1, 10), dtype=np.float32)]\n");
            env.insert(QStringLiteral("PYTHONPATH"), dir.filePath(QStringLiteral("stub")));
        }
        const QString csv = dir.filePath(QStringLiteral("out/py-results.csv"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QProcess run;
        run.setProcessEnvironment(env);
        run.start(python, {QDir(kit).filePath(QStringLiteral("run_kit.py")), QStringLiteral("--device"), QStringLiteral("py-device"),
                           QStringLiteral("--warmup"), QStringLiteral("1"), QStringLiteral("--repeats"), QStringLiteral("2"),
                           QStringLiteral("--rounds"), QStringLiteral("2"), QStringLiteral("--out"), csv, QStringLiteral("--quiet")});
        QVERIFY(run.waitForFinished(300000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,device,arch,latency_ms"));
        QCOMPARE(int(lines.size()), int(manifest->models.size()) + 1);
        const QJsonObject details = QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("out/py-results.json")))).object();
        QCOMPARE(details.value(QStringLiteral("runner")).toString(), QStringLiteral("run_kit.py"));
        QCOMPARE(details.value(QStringLiteral("clock")).toString(), QStringLiteral("wall"));
        QVERIFY(details.value(QStringLiteral("models")).toArray().first().toObject().contains(QStringLiteral("cpu_median_ms")));
        QCOMPARE(details.value(QStringLiteral("models")).toArray().size(), qsizetype(manifest->models.size()));

        // Away from its kit the CSV needs the space.
        auto project = ProjectStore::open(dir.filePath(QStringLiteral("p.edgefront")), &error, false);
        QVERIFY2(project, qPrintable(error));
        KitImportOptions io;
        io.deviceId = QStringLiteral("py-device");
        io.space = s.name();
        const auto r = MeasurementKit::importResults(*project, csv, io, &error);
        QVERIFY2(r, qPrintable(error));
        checkImported(*project, s, QStringLiteral("py-device"), *r, int(manifest->models.size()));
        if (!real)
            qInfo("ran run_kit.py against a stub of onnxruntime (no python onnxruntime here)");
    }
};

QTEST_GUILESS_MAIN(TestMeasurementKit)
#include "tst_measurementkit.moc"
