#include "measurementkit.h"

#include "architecturefile.h"
#include "designspace.h"
#include "designspacecatalog.h"
#include "jsonfields.h"
#include "measurementcsv.h"
#include "predictordata.h"
#include "seededgenerator.h"
#include "signatureset.h"

#include <edgefront/version.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace edgefront {

namespace {

constexpr int kMaxKitModels = 100'000;

bool saveAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The architecture columns of a measurement CSV for `space`, as readMeasurementCsv reads them.
QStringList archColumns(const DesignSpace &space)
{
    if (space.name() == QLatin1StringView("nb201"))
        return {QStringLiteral("arch")};
    QStringList columns{QStringLiteral("ks"), QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("r")};
    if (space.decisionIndex(QStringLiteral("bits"), 0) >= 0)
        columns.append(QStringLiteral("bits"));
    return columns;
}

QJsonObject archCells(const DesignSpace &space, const Architecture &arch)
{
    const QJsonObject config = space.toJson(arch);
    QJsonObject cells;
    for (const QString &column : archColumns(space)) {
        const QJsonValue v = config.value(column);
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &x : v.toArray())
                parts.append(QString::number(x.toInt()));
            cells.insert(column, parts.join(u'-'));
        } else if (v.isString()) {
            cells.insert(column, v.toString());
        } else {
            cells.insert(column, QString::number(v.toInt()));
        }
    }
    return cells;
}

QString kitReadme(const DesignSpace &space, const KitManifest &manifest)
{
    int signature = 0;
    for (const KitModel &m : manifest.models)
        signature += m.role == QLatin1StringView("signature");
    return QStringLiteral(
               "# EdgeFront measurement kit (%1)\n\n"
               "%2 ONNX models of the `%1` design space: the space's %3 signature architectures (`models/sig-*.onnx`) "
               "and %4 designs (`models/d-*.onnx`). `manifest.json` lists each model's id, config and MACs. The weights "
               "are random (seed %5): only the latency is meaningful.\n\n"
               "## Run it on the device\n\n"
               "Node.js (onnxruntime-node):\n\n"
               "```sh\nnpm install --ignore-scripts\nnode run_kit.mjs --device my-device --threads 1\n```\n\n"
               "Python (onnxruntime):\n\n"
               "```sh\npython3 -m pip install onnxruntime numpy\npython3 run_kit.py --device my-device --threads 1\n```\n\n"
               "Options: `--warmup 10` untimed runs and `--repeats 50` timed runs per model and round, `--rounds 3` "
               "(alternating model order), `--threads N` intra-op threads, `--clock wall|cpu`, `--out FILE.csv`, `--only ID,...`. "
               "Run it on a quiet machine: the reported latency is the median of all timed runs. On a machine shared with "
               "other work, `--threads 1 --clock cpu` times each run by the process's CPU time, which leaves out the time "
               "the OS gives other processes. The runner writes `results.csv` "
               "(`id,device,%6,latency_ms`) and `results.json` (runtime, threads, host, per-model statistics).\n\n"
               "## Bring the results back\n\n"
               "```sh\nedgefront-cli import kit-results results.csv --name my-device\n```\n\n"
               "creates the measured device `my-device`; its signature latencies are its features, so scalable "
               "predictors, proxy transfer and the neural optimizer use it at once, and `edgefront-cli calibrate "
               "--device my-device --space %1` fits the analytic model to it.\n")
        .arg(space.name())
        .arg(manifest.models.size())
        .arg(signature)
        .arg(int(manifest.models.size()) - signature)
        .arg(manifest.seed)
        .arg(archColumns(space).join(u','));
}

QString runtimeSummary(const QJsonObject &results)
{
    if (results.isEmpty())
        return QString();
    QStringList parts;
    const QString runtime = results.value(QStringLiteral("runtime")).toString();
    if (!runtime.isEmpty())
        parts.append(runtime);
    const int threads = results.value(QStringLiteral("threads")).toInt();
    if (threads > 0)
        parts.append(QStringLiteral("%1 thread%2").arg(threads).arg(threads == 1 ? QString() : QStringLiteral("s")));
    const int rounds = results.value(QStringLiteral("rounds")).toInt();
    const int repeats = results.value(QStringLiteral("repeats")).toInt();
    if (rounds > 0 && repeats > 0)
        parts.append(QStringLiteral("median of %1 x %2 runs").arg(rounds).arg(repeats));
    const QString cpu = results.value(QStringLiteral("host")).toObject().value(QStringLiteral("cpu")).toString();
    if (!cpu.isEmpty())
        parts.append(QStringLiteral("on %1").arg(cpu.simplified()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool MeasurementKitOptions::isValid(QString *error) const
{
    if (archs.empty() && (designs < 0 || designs > kMaxKitModels)) {
        *error = QStringLiteral("designs: %1 is not in 0..%2").arg(designs).arg(kMaxKitModels);
        return false;
    }
    if (int(archs.size()) > kMaxKitModels) {
        *error = QStringLiteral("a kit holds at most %1 designs").arg(kMaxKitModels);
        return false;
    }
    if (archs.empty() && designs == 0 && !includeSignature) {
        *error = QStringLiteral("the kit would be empty (no signature set, no designs)");
        return false;
    }
    return true;
}

QJsonObject KitManifest::toJson(const DesignSpace &s) const
{
    QJsonArray list;
    const bool nb201 = s.name() == QLatin1StringView("nb201");
    const int classes = nb201 ? 10 : 1000;
    for (const KitModel &m : models) {
        const LayerGraph graph = s.layerGraph(m.arch);
        const TensorShape in = graph.inputShape();
        list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("file"), m.file},
                                {QStringLiteral("role"), m.role},
                                {QStringLiteral("key"), m.key},
                                {QStringLiteral("config"), s.toJson(m.arch)},
                                {QStringLiteral("columns"), archCells(s, m.arch)},
                                {QStringLiteral("macs"), double(m.macs)},
                                {QStringLiteral("params"), double(m.params)},
                                {QStringLiteral("input_shape"), QJsonArray{1, in.c, in.h, in.w}},
                                {QStringLiteral("output_shape"), QJsonArray{1, graph.layers().back().out.c}}});
    }
    return {{QStringLiteral("format"), QStringLiteral("edgefront-kit")},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("space"), space},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("created"), created},
            {QStringLiteral("edgefront_version"), QStringLiteral(EDGEFRONT_VERSION)},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("arch_columns"), QJsonArray::fromStringList(archColumns(s))},
            {QStringLiteral("models"), list}};
}

std::optional<KitManifest> KitManifest::read(const QString &path, QString *error)
{
    const auto object = json::readObjectFile(path, error);
    if (!object)
        return std::nullopt;
    auto fail = [&](const QString &message) {
        *error = QStringLiteral("%1: %2").arg(path, message);
        return std::nullopt;
    };
    if (object->value(QStringLiteral("format")).toString() != QLatin1StringView("edgefront-kit"))
        return fail(QStringLiteral("not an EdgeFront kit manifest (field \"format\" is not \"edgefront-kit\")"));
    if (object->value(QStringLiteral("version")).toInt() != kVersion)
        return fail(QStringLiteral("field \"version\": %1 is not supported (this EdgeFront reads version %2)")
                        .arg(json::describe(object->value(QStringLiteral("version"))))
                        .arg(kVersion));
    KitManifest m;
    m.space = object->value(QStringLiteral("space")).toString();
    QString e;
    const DesignSpace *s = findDesignSpace(m.space, &e);
    if (!s)
        return fail(QStringLiteral("field \"space\": ") + e);
    m.seed = object->value(QStringLiteral("seed")).toString().toULongLong();
    m.created = object->value(QStringLiteral("created")).toString();
    const QJsonArray models = object->value(QStringLiteral("models")).toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QJsonObject o = models[i].toObject();
        KitModel km;
        km.id = o.value(QStringLiteral("id")).toString();
        km.file = o.value(QStringLiteral("file")).toString();
        km.role = o.value(QStringLiteral("role")).toString();
        if (km.id.isEmpty() || km.file.isEmpty())
            return fail(QStringLiteral("field \"models[%1]\": needs \"id\" and \"file\"").arg(i));
        auto arch = s->fromJson(o.value(QStringLiteral("config")).toObject(), &e);
        if (!arch)
            return fail(QStringLiteral("field \"models[%1].config\": %2").arg(i).arg(e));
        km.arch = *arch;
        km.key = s->key(*arch);
        const CostTotals t = s->costs(*arch);
        km.macs = t.macs;
        km.params = t.params;
        m.models.push_back(km);
    }
    return m;
}

bool KitImportOptions::isValid(QString *error) const
{
    if (!DeviceProfile::isValidId(deviceId)) {
        *error = QStringLiteral("device name \"%1\" is not valid: 1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit")
                     .arg(deviceId);
        return false;
    }
    return true;
}

QStringList MeasurementKit::runnerFiles()
{
    return {QStringLiteral("run_kit.mjs"), QStringLiteral("run_kit.py"), QStringLiteral("package.json")};
}

QByteArray MeasurementKit::runnerFile(const QString &name)
{
    QFile f(QStringLiteral(":/kit/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::optional<KitManifest> MeasurementKit::write(const DesignSpace &space, const QString &directory,
                                                 const MeasurementKitOptions &options, QString *error,
                                                 const std::function<bool(double)> &progress)
{
    if (!options.isValid(error))
        return std::nullopt;
    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty() && !options.overwrite) {
        *error = QStringLiteral("%1: the folder exists and is not empty; choose a new folder").arg(directory);
        return std::nullopt;
    }
    if (!dir.mkpath(QStringLiteral("models"))) {
        *error = QStringLiteral("%1: cannot create the folder").arg(directory);
        return std::nullopt;
    }
    for (const QString &name : runnerFiles()) {
        if (runnerFile(name).isEmpty()) {
            *error = QStringLiteral("the runner %1 is missing from this build (resource :/kit/%1)").arg(name);
            return std::nullopt;
        }
    }

    // The models: signature set first, then the designs (distinct, none repeating a signature one).
    KitManifest manifest;
    manifest.space = space.name();
    manifest.seed = options.seed;
    manifest.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSet<QString> keys;
    auto add = [&](const Architecture &arch, const QString &role, const QString &id) {
        KitModel m;
        m.arch = arch;
        m.key = space.key(arch);
        m.role = role;
        m.id = id;
        m.file = QStringLiteral("models/%1.onnx").arg(id);
        const CostTotals t = space.costs(arch);
        m.macs = t.macs;
        m.params = t.params;
        keys.insert(m.key);
        manifest.models.push_back(m);
    };
    if (options.includeSignature) {
        const std::vector<Architecture> signature = SignatureSet::forSpace(space);
        for (size_t i = 0; i < signature.size(); ++i)
            add(signature[i], QStringLiteral("signature"), QStringLiteral("sig-%1").arg(i, 2, 10, QLatin1Char('0')));
    }
    std::vector<Architecture> designs = options.archs;
    for (const Architecture &a : designs) {
        if (!space.isValid(a)) {
            *error = QStringLiteral("a chosen design is not a valid %1 architecture").arg(space.name());
            return std::nullopt;
        }
    }
    if (designs.empty() && options.designs > 0) {
        QRandomGenerator rng = seededGenerator(options.seed);
        designs = sampleDistinct(space, options.designs + int(keys.size()), rng);
    }
    const int wanted = options.archs.empty() ? options.designs : int(options.archs.size());
    const int width = std::max(3, int(QString::number(wanted).size()));
    int added = 0;
    for (const Architecture &a : designs) {
        if (added == wanted)
            break;
        if (keys.contains(space.key(a)))
            continue; // a signature architecture or a repeat: measured once
        add(a, QStringLiteral("design"), QStringLiteral("d-%1").arg(added, width, 10, QLatin1Char('0')));
        ++added;
    }

    ArchitectureExportOptions onnx;
    onnx.seed = options.seed;
    onnx.quantize = options.quantize;
    for (size_t i = 0; i < manifest.models.size(); ++i) {
        const KitModel &m = manifest.models[i];
        const auto bytes = exportArchitectureOnnx(space, m.arch, onnx, error);
        if (!bytes || !saveAtomically(dir.filePath(m.file), *bytes, error))
            return std::nullopt;
        if (progress && !progress(double(i + 1) / double(manifest.models.size()))) {
            *error = QStringLiteral("cancelled; %1 holds no manifest and is not a kit").arg(directory);
            return std::nullopt;
        }
    }
    for (const QString &name : runnerFiles()) {
        if (!saveAtomically(dir.filePath(name), runnerFile(name), error))
            return std::nullopt;
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("run_kit.py")),
                          QFile::permissions(dir.filePath(QStringLiteral("run_kit.py"))) | QFile::ExeOwner);
    if (!saveAtomically(dir.filePath(QStringLiteral("README.md")), kitReadme(space, manifest).toUtf8(), error))
        return std::nullopt;
    if (!saveAtomically(dir.filePath(QStringLiteral("manifest.json")),
                        QJsonDocument(manifest.toJson(space)).toJson(QJsonDocument::Indented), error))
        return std::nullopt;
    return manifest;
}

std::optional<KitImportResult> MeasurementKit::importResults(ProjectStore &project, const QString &csvPath,
                                                             const KitImportOptions &options, QString *error)
{
    if (!options.isValid(error))
        return std::nullopt;
    const QFileInfo csv(csvPath);
    if (!csv.exists()) {
        *error = QStringLiteral("%1: no such file").arg(csvPath);
        return std::nullopt;
    }
    KitImportResult result;
    result.device = options.deviceId;
    result.space = options.space;
    const QString manifestPath = csv.dir().filePath(QStringLiteral("manifest.json"));
    std::optional<KitManifest> manifest;
    if (QFileInfo::exists(manifestPath)) {
        manifest = KitManifest::read(manifestPath, error);
        if (!manifest)
            return std::nullopt;
        if (result.space.isEmpty()) {
            result.space = manifest->space;
        } else if (result.space != manifest->space) {
            *error = QStringLiteral("%1: the kit is for %2, not %3").arg(manifestPath, manifest->space, result.space);
            return std::nullopt;
        }
    }
    if (result.space.isEmpty()) {
        *error = QStringLiteral("%1: no manifest.json next to it; give the space (--space)").arg(csvPath);
        return std::nullopt;
    }
    QString e;
    const DesignSpace *space = findDesignSpace(result.space, &e);
    if (!space) {
        *error = e;
        return std::nullopt;
    }

    MeasurementCsvOptions csvOptions;
    csvOptions.device = options.deviceId;
    csvOptions.metric = Metric::LatencyMs;
    auto batch = readMeasurementCsv(csvPath, *space, csvOptions, error);
    if (!batch)
        return std::nullopt;
    if (batch->devices.size() > 1) {
        *error = QStringLiteral("%1: holds measurements of several devices (%2); import it with `import measurements`")
                     .arg(csvPath, batch->devices.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    // The CSV's device column names the device on the runner's side; NAME is its id here.
    batch->devices = {options.deviceId};
    for (MeasurementBatch::Row &row : batch->rows) {
        if (row.device >= 0)
            row.device = 0;
    }

    QJsonObject details;
    const QString detailsPath = csv.dir().filePath(csv.completeBaseName() + QStringLiteral(".json"));
    if (QFileInfo::exists(detailsPath)) {
        QString ignored;
        if (const auto o = json::readObjectFile(detailsPath, &ignored))
            details = *o;
    }
    result.runtime = runtimeSummary(details);

    const auto existing = project.device(options.deviceId);
    if (existing && existing->provenance != DeviceProvenance::Measured) {
        *error = QStringLiteral("device \"%1\" exists and is %2, not measured; choose another --name")
                     .arg(options.deviceId, provenanceToString(existing->provenance));
        return std::nullopt;
    }
    if (!existing) {
        DeviceProfile d;
        d.id = options.deviceId;
        d.name = options.deviceId;
        d.deviceClass = options.deviceClass;
        d.provenance = DeviceProvenance::Measured;
        d.description = QStringLiteral("Measured with an EdgeFront kit (%1)%2")
                            .arg(space->name(), result.runtime.isEmpty() ? QString() : QStringLiteral(": ") + result.runtime);
        if (!project.addDevices({d}, error))
            return std::nullopt;
        result.newDevice = true;
    }
    const auto summary = project.importMeasurements(*batch, error);
    if (!summary) {
        if (result.newDevice) {
            QString ignored;
            project.removeDevice(options.deviceId, &ignored);
        }
        return std::nullopt;
    }
    result.summary = *summary;
    if (result.newDevice)
        result.summary.newDevices = {options.deviceId};

    // Features: the device's latencies on the signature set.
    const std::vector<Architecture> signature = SignatureSet::forSpace(*space);
    result.signatureSize = int(signature.size());
    const MeasuredValues measured = project.measuredValues(options.deviceId);
    const QHash<QString, double> *latencies = measured.find(space->name(), Metric::LatencyMs);
    for (const Architecture &a : signature)
        result.signatureMeasured += latencies && latencies->contains(space->key(a));
    auto evaluator = project.evaluator(options.deviceId, &e);
    if (evaluator && deviceFeatures(*evaluator, *space, &e)) {
        result.featuresComplete = true;
    } else {
        result.featuresNote = e;
    }
    return result;
}

} // namespace edgefront
