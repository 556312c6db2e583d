#include "kitcommands.h"

#include "architecturefile.h"
#include "designspace.h"
#include "designspacecatalog.h"
#include "measurementcsv.h"
#include "measurementkit.h"
#include "predictionquality.h"
#include "predictordata.h"
#include "projectstore.h"
#include "searchrun.h"
#include "signatureset.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace edgefront {

namespace {

constexpr int kMaxArchitectures = 100'000;

// --space, else the manifest next to `csvPath`; prints the error.
const DesignSpace *kitSpace(const QCommandLineParser &parser, const QString &csvPath, CliIo &io)
{
    if (parser.isSet(QStringLiteral("space")))
        return requireSpace(parser, io);
    const QString manifest = QFileInfo(csvPath).dir().filePath(QStringLiteral("manifest.json"));
    if (!QFileInfo::exists(manifest)) {
        io.fail(QStringLiteral("%1: no manifest.json next to it; give --space").arg(csvPath), ExitUsage);
        return nullptr;
    }
    QString error;
    const auto m = KitManifest::read(manifest, &error);
    if (!m) {
        io.fail(error);
        return nullptr;
    }
    return findDesignSpace(m->space);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace

int runExportKitCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a measurement kit: the space's signature set plus N designs (sampled, or --archs) as runnable ONNX "
        "models, manifest.json, and ONNX Runtime runners (run_kit.mjs for Node.js, run_kit.py for Python). Run it "
        "on a device, then `import kit-results results.csv --name NAME`."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("n"), QStringLiteral("Sampled designs besides the signature set (default 100)."),
                      QStringLiteral("count")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the sample and the weights (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("archs"), QStringLiteral("Chosen designs, one JSON config per line (instead of --n)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("no-signature"), QStringLiteral("Leave the signature set out (e.g. a held-out kit).")});
    parser.addOption({QStringLiteral("float"), QStringLiteral("Float32 models (no QDQ pairs or float16 casts).")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Write into a folder that is not empty.")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Kit folder (created)."), QStringLiteral("dir")});
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("out")))
        return io.fail(QStringLiteral("--out DIR is required"), ExitUsage);
    if (parser.isSet(QStringLiteral("archs")) && parser.isSet(QStringLiteral("n")))
        return io.fail(QStringLiteral("export kit: give --n or --archs, not both"), ExitUsage);
    const auto n = unsignedOption(parser, QStringLiteral("n"), 100, 0, kMaxArchitectures, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!n || !seed)
        return ExitUsage;
    MeasurementKitOptions options;
    options.designs = int(*n);
    options.seed = *seed;
    options.includeSignature = !parser.isSet(QStringLiteral("no-signature"));
    options.overwrite = parser.isSet(QStringLiteral("force"));
    options.quantize = !parser.isSet(QStringLiteral("float"));
    QString error;
    if (parser.isSet(QStringLiteral("archs"))) {
        auto archs = readArchitecturesJsonl(parser.value(QStringLiteral("archs")), *space, &error, kMaxArchitectures);
        if (!archs)
            return io.fail(error);
        if (archs->empty())
            return io.fail(QStringLiteral("%1: no designs").arg(parser.value(QStringLiteral("archs"))));
        options.archs = std::move(*archs);
    }
    if (!options.isValid(&error))
        return io.fail(error, ExitUsage);
    const QString dir = parser.value(QStringLiteral("out"));
    CancelOnSignal cancel;
    StderrProgress progress(io, QStringLiteral("writing kit models"));
    const auto manifest = MeasurementKit::write(*space, dir, options, &error, std::ref(progress));
    if (!manifest)
        return io.fail(error);
    int signature = 0;
    qint64 bytes = 0;
    for (const KitModel &m : manifest->models) {
        signature += m.role == QLatin1StringView("signature");
        bytes += QFileInfo(QDir(dir).filePath(m.file)).size();
    }
    io.err << "wrote kit " << dir << ": " << manifest->models.size() << " " << space->name() << " models (" << signature
           << " signature, " << manifest->models.size() - size_t(signature) << " designs), "
           << QString::number(double(bytes) / 1e6, 'f', 1) << " MB\n"
           << "run it:   cd " << dir << " && npm install --ignore-scripts && node run_kit.mjs --device NAME --threads 1\n"
           << "      or: python3 " << QDir(dir).filePath(QStringLiteral("run_kit.py")) << " --device NAME\n"
           << "import:   edgefront-cli import kit-results " << QDir(dir).filePath(QStringLiteral("results.csv"))
           << " --name NAME" << Qt::endl;
    return ExitOk;
}

int runImportKitResultsCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a measurement kit's results CSV as the measured device NAME (created, or extended when it is already "
        "a measured device). Its signature measurements become its features, so predictors, transfer and the "
        "optimizer use it at once. The space comes from the kit's manifest.json next to the CSV, or --space."));
    parser.addOption({QStringLiteral("name"), QStringLiteral("Device id in the project."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space (default: from the kit manifest)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("class"), QStringLiteral("Device class of a new device, e.g. desktop_cpu, phone_cpu_big "
                                                              "(default other)."),
                      QStringLiteral("class")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("FILE")}))
        return code;
    if (!parser.isSet(QStringLiteral("name")))
        return io.fail(QStringLiteral("--name NAME is required"), ExitUsage);
    KitImportOptions options;
    options.deviceId = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("space"))) {
        QString error;
        if (!findDesignSpace(parser.value(QStringLiteral("space")), &error))
            return io.fail(QStringLiteral("--space: ") + error, ExitUsage);
        options.space = parser.value(QStringLiteral("space"));
    }
    if (parser.isSet(QStringLiteral("class"))) {
        const auto c = deviceClassFromString(parser.value(QStringLiteral("class")));
        if (!c)
            return io.fail(QStringLiteral("--class: \"%1\" is not a device class").arg(parser.value(QStringLiteral("class"))),
                           ExitUsage);
        options.deviceClass = *c;
    }
    QString error;
    if (!options.isValid(&error))
        return io.fail(QStringLiteral("--name: ") + error, ExitUsage);
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QString path = parser.positionalArguments().first();
    const auto result = MeasurementKit::importResults(*project, path, options, &error);
    if (!result)
        return io.fail(error);
    io.err << "imported " << result->summary.measurements << " latency measurements of " << result->summary.architectures
           << ' ' << result->space << " architectures as " << (result->newDevice ? "the new" : "the existing")
           << " measured device " << result->device;
    if (!result->runtime.isEmpty())
        io.err << " (" << result->runtime << ')';
    io.err << "\nsignature set: " << result->signatureMeasured << " of " << result->signatureSize << " measured; ";
    if (result->featuresComplete)
        io.err << "features complete: predictors, transfer and the optimizer can use " << result->device << " now" << Qt::endl;
    else
        io.err << "features incomplete (" << result->featuresNote << ")" << Qt::endl;
    return ExitOk;
}

int runKitScoreCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Score predictions against a kit's measured latencies (a results CSV): a device's model (--device: virtual, "
        "calibrated, lookup-table or measured) or a latency predictor (--predictor; scalable ones take the features "
        "of --device). Reports Spearman, Kendall, mean and median absolute percentage error."));
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device whose model predicts (or whose features a scalable "
                                                               "predictor takes)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("predictor"), QStringLiteral("Latency predictor (ONNX)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space (default: from the kit manifest)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("designs-only"), QStringLiteral("Leave the signature architectures out.")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Per-design CSV: key, measured, predicted."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("FILE")}))
        return code;
    const QString path = parser.positionalArguments().first();
    const bool hasDevice = parser.isSet(QStringLiteral("device"));
    const bool hasPredictor = parser.isSet(QStringLiteral("predictor"));
    if (!hasDevice && !hasPredictor)
        return io.fail(QStringLiteral("kit score: give --device ID and/or --predictor FILE.onnx"), ExitUsage);
    const DesignSpace *space = kitSpace(parser, path, io);
    if (!space)
        return ExitUsage;

    QString error;
    MeasurementCsvOptions csvOptions;
    csvOptions.device = QStringLiteral("kit");
    csvOptions.metric = Metric::LatencyMs;
    const auto batch = readMeasurementCsv(path, *space, csvOptions, &error);
    if (!batch)
        return io.fail(error);
    QSet<QString> signature;
    if (parser.isSet(QStringLiteral("designs-only"))) {
        for (const Architecture &a : SignatureSet::forSpace(*space))
            signature.insert(space->key(a));
    }
    std::vector<double> sum(batch->archs.size(), 0.0);
    std::vector<int> count(batch->archs.size(), 0);
    for (const MeasurementBatch::Row &row : batch->rows) {
        sum[size_t(row.arch)] += row.value;
        ++count[size_t(row.arch)];
    }
    std::vector<Architecture> archs;
    std::vector<double> truth;
    QStringList keys;
    for (size_t i = 0; i < batch->archs.size(); ++i) {
        if (count[i] == 0 || signature.contains(batch->keys[qsizetype(i)]))
            continue;
        archs.push_back(batch->archs[i]);
        truth.push_back(sum[i] / count[i]);
        keys.append(batch->keys[qsizetype(i)]);
    }
    if (archs.empty())
        return io.fail(QStringLiteral("%1: no measurements to score").arg(path));

    std::unique_ptr<ProjectStore> project;
    if (hasDevice || !hasPredictor) {
        project = openProject(parser, io);
        if (!project)
            return ExitFailure;
    }
    std::vector<double> predicted;
    QString source;
    if (hasPredictor) {
        const QString file = parser.value(QStringLiteral("predictor"));
        const auto predictor = Predictor::fromOnnxFile(file, std::nullopt, &error);
        if (!predictor)
            return io.fail(error);
        if (predictor->info().space != space->name() || predictor->info().metric != Metric::LatencyMs)
            return io.fail(QStringLiteral("%1: predicts %2, not latency_ms on %3").arg(file, predictor->info().summary(), space->name()));
        std::optional<DeviceFeatures> features;
        if (predictor->needsDeviceFeatures()) {
            if (!hasDevice)
                return io.fail(QStringLiteral("%1 is device-conditioned: give --device for its signature features").arg(file), ExitUsage);
            auto evaluator = project->evaluator(parser.value(QStringLiteral("device")), &error);
            if (!evaluator)
                return io.fail(error);
            features = deviceFeatures(*evaluator, *space, &error);
            if (!features)
                return io.fail(error);
        }
        const ArchitectureBatch ab(*space, archs);
        const auto values = predictor->predict(ab, features ? &*features : nullptr, &error);
        if (!values)
            return io.fail(error);
        predicted = *values;
        source = predictor->info().summary();
    } else {
        auto evaluator = project->evaluator(parser.value(QStringLiteral("device")), &error);
        if (!evaluator)
            return io.fail(error);
        if (!evaluator->canEvaluate(*space, Metric::LatencyMs, &error))
            return io.fail(error);
        predicted = evaluator->evaluate(*space, archs, Metric::LatencyMs, false);
        source = QStringLiteral("%1 (%2)").arg(evaluator->device().id, provenanceToString(evaluator->device().provenance));
    }

    const PredictionQuality q = predictionQuality(predicted, truth);
    std::vector<double> ape;
    for (size_t i = 0; i < truth.size(); ++i) {
        if (std::isfinite(predicted[i]) && truth[i] > 0)
            ape.push_back(std::abs(predicted[i] - truth[i]) / truth[i]);
    }
    const double medianApe = median(ape);
    const double maxApe = ape.empty() ? std::numeric_limits<double>::quiet_NaN() : *std::max_element(ape.begin(), ape.end());
    if (parser.isSet(QStringLiteral("out"))) {
        QString csv = QStringLiteral("key,measured_latency_ms,predicted_latency_ms\n");
        for (size_t i = 0; i < truth.size(); ++i) {
            QString key = keys[qsizetype(i)];
            key.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            csv += QStringLiteral("\"%1\",%2,%3\n").arg(key).arg(truth[i], 0, 'g', 8).arg(predicted[i], 0, 'g', 8);
        }
        if (!writeFileAtomically(parser.value(QStringLiteral("out")), csv.toUtf8(), io))
            return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = q.toJson();
        o.insert(QStringLiteral("median_ape"), std::isfinite(medianApe) ? QJsonValue(medianApe) : QJsonValue());
        o.insert(QStringLiteral("max_ape"), std::isfinite(maxApe) ? QJsonValue(maxApe) : QJsonValue());
        o.insert(QStringLiteral("source"), source);
        o.insert(QStringLiteral("results"), path);
        o.insert(QStringLiteral("space"), space->name());
        o.insert(QStringLiteral("measured"), int(truth.size()));
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    io.out << "predictions of " << source << " against " << q.n << " measured designs of " << path << ":\n"
           << "  Spearman " << QString::number(q.spearman, 'f', 3) << ", Kendall " << QString::number(q.kendall, 'f', 3)
           << ", median APE " << QString::number(100 * medianApe, 'f', 1) << " %, MAPE " << QString::number(100 * q.mape, 'f', 1)
           << " %, max APE " << QString::number(100 * maxApe, 'f', 1) << " %, within 10 % "
           << QString::number(100 * q.within10, 'f', 1) << " %\n";
    return ExitOk;
}

} // namespace edgefront
