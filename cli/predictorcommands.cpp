#include "predictorcommands.h"

#include "architecturefile.h"
#include "crossvalidation.h"
#include "designspacecatalog.h"
#include "jsonfields.h"
#include "predictordata.h"
#include "projectstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace edgefront {

namespace {

std::optional<Predictor> loadPredictor(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.isSet(QStringLiteral("predictor"))) {
        io.fail(QStringLiteral("--predictor FILE is required"), ExitUsage);
        return std::nullopt;
    }
    QString error;
    auto p = Predictor::fromOnnxFile(parser.value(QStringLiteral("predictor")), std::nullopt, &error);
    if (!p)
        io.fail(error);
    return p;
}

void addMlpOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("hidden"), QStringLiteral("MLP hidden widths, comma-separated (default 128,128)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Training epochs (default 200)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 0)."), QStringLiteral("k")});
}

bool readMlpOptions(const QCommandLineParser &parser, MlpTrainingOptions &o, quint64 *seed, CliIo &io)
{
    if (parser.isSet(QStringLiteral("hidden"))) {
        o.hidden.clear();
        for (const QString &w : parser.value(QStringLiteral("hidden")).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int v = w.trimmed().toInt(&ok);
            if (!ok || v < 1 || v > 8192) {
                io.fail(QStringLiteral("--hidden: \"%1\" is not a width in 1..8192").arg(w), ExitUsage);
                return false;
            }
            o.hidden.push_back(v);
        }
    }
    const auto epochs = unsignedOption(parser, QStringLiteral("epochs"), quint64(o.epochs), 1, 100000, io);
    const auto s = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!epochs || !s)
        return false;
    o.epochs = int(*epochs);
    *seed = *s;
    return true;
}

QJsonObject qualityJson(const PredictionQuality &q)
{
    return q.toJson();
}

QString qualityText(const PredictionQuality &q)
{
    return QStringLiteral("n %1: Spearman %2, Kendall %3, MAPE %4 %, within 10 % %5 %, RMSE %6")
        .arg(q.n)
        .arg(q.spearman, 0, 'f', 3)
        .arg(q.kendall, 0, 'f', 3)
        .arg(100 * q.mape, 0, 'f', 1)
        .arg(100 * q.within10, 0, 'f', 1)
        .arg(q.rmse, 0, 'g', 4);
}

} // namespace

int runPredictorTrainCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train a predictor from the project's measurements (measured devices) or simulated measurements "
        "(virtual devices) and write it as ONNX. Kinds: latency, energy (MLP per device), linear "
        "(operator-level, latency), macs (MACs baseline, latency), accuracy (from accuracy tables), "
        "scalable (device-conditioned, over many devices)."));
    parser.addOption({QStringLiteral("kind"), QStringLiteral("accuracy|latency|energy|linear|macs|scalable"), QStringLiteral("kind")});
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device (per-device kinds)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Devices of a scalable predictor: all or ID,ID,..."), QStringLiteral("ids")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Accuracy table dataset (default: the first)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Rows per device (default 1000)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Predictor name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Input encoding of linear/MLP/accuracy kinds (default onehot; "
                                                                  "operators on ofa-mbv3 spaces)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output ONNX file."), QStringLiteral("file")});
    addMlpOptions(parser);
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    if (!parser.isSet(QStringLiteral("out")))
        return io.fail(QStringLiteral("--out FILE.onnx is required"), ExitUsage);
    const QString kind = parser.value(QStringLiteral("kind"));
    PredictorTrainingOptions options;
    if (kind == QLatin1StringView("latency")) {
        options.kind = PredictorKind::Mlp;
    } else if (kind == QLatin1StringView("energy")) {
        options.kind = PredictorKind::Mlp;
        options.metric = Metric::EnergyMj;
    } else if (kind == QLatin1StringView("linear")) {
        options.kind = PredictorKind::Linear;
    } else if (kind == QLatin1StringView("macs")) {
        options.kind = PredictorKind::Macs;
    } else if (kind == QLatin1StringView("accuracy")) {
        options.kind = PredictorKind::Accuracy;
        options.metric = Metric::Accuracy;
    } else if (kind == QLatin1StringView("scalable")) {
        options.kind = PredictorKind::Scalable;
        options.mlp.hidden = {256, 256};
        options.mlp.epochs = 40;
        options.mlp.validationShare = 0.05;
    } else {
        return io.fail(QStringLiteral("--kind: \"%1\" is not accuracy, latency, energy, linear, macs or scalable").arg(kind), ExitUsage);
    }
    quint64 seed = 0;
    if (!readMlpOptions(parser, options.mlp, &seed, io))
        return ExitUsage;
    options.seed = seed;
    options.name = parser.value(QStringLiteral("name"));
    options.dataset = parser.value(QStringLiteral("dataset"));
    if (parser.isSet(QStringLiteral("encoding")))
        options.encoding = parser.value(QStringLiteral("encoding"));
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), options.kind == PredictorKind::Accuracy ? 100000 : 1000,
                                        3, 10'000'000, io);
    if (!samples)
        return ExitUsage;
    QString error;
    if (!options.isValid(&error))
        return io.fail(error, ExitUsage);

    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    QStringList devices;
    if (options.kind == PredictorKind::Scalable) {
        const QString list = parser.value(QStringLiteral("devices"));
        if (list.isEmpty() || list == QLatin1StringView("all")) {
            for (const DeviceProfile &d : project->devices()) {
                auto e = project->evaluator(d.id, &error);
                QString why;
                if (e && e->canEvaluate(*space, Metric::LatencyMs, &why) && deviceFeatures(*e, *space, &why))
                    devices.append(d.id);
            }
        } else {
            devices = list.split(u',', Qt::SkipEmptyParts);
        }
        if (devices.size() < 2)
            return io.fail(QStringLiteral("a scalable predictor needs at least 2 devices with signature latencies on %1").arg(space->name()));
    } else if (options.kind != PredictorKind::Accuracy) {
        if (!parser.isSet(QStringLiteral("device")))
            return io.fail(QStringLiteral("--device is required for a %1 predictor").arg(kind), ExitUsage);
        devices = {parser.value(QStringLiteral("device"))};
    } else {
        devices = {QString()};
    }

    QElapsedTimer timer;
    timer.start();
    std::vector<DeviceData> data;
    for (int i = 0; i < devices.size(); ++i) {
        DeviceDataRequest request;
        request.deviceId = devices[i];
        request.metric = options.metric;
        request.dataset = options.dataset;
        request.samples = int(*samples);
        request.seed = seed + quint64(i);
        request.withFeatures = options.kind == PredictorKind::Scalable;
        auto d = deviceData(*project, *space, request, &error);
        if (!d)
            return io.fail(error);
        data.push_back(std::move(*d));
    }
    io.err << "training " << kind << " predictor on " << data.size() << " device(s)..." << Qt::endl;
    int lastPercent = -1;
    auto trained = trainPredictor(*space, data, options, &error, [&](double f) {
        const int percent = int(f * 100);
        if (percent / 10 != lastPercent / 10) {
            io.err << "  " << percent << " %" << Qt::endl;
            lastPercent = percent;
        }
        return true;
    });
    if (!trained)
        return io.fail(error);
    const QByteArray bytes = trained->toOnnx();
    if (bytes.isEmpty())
        return io.fail(QStringLiteral("cannot write the predictor as ONNX"));
    if (!writeFileAtomically(parser.value(QStringLiteral("out")), bytes, io))
        return ExitFailure;
    if (!project->addPredictor(*trained, &error))
        io.err << "note: not stored in the project: " << error << Qt::endl;
    io.err << "wrote " << trained->info().summary() << " to " << parser.value(QStringLiteral("out")) << " in "
           << timer.elapsed() << " ms" << Qt::endl;
    if (trained->info().quality)
        io.out << "held-out " << qualityText(*trained->info().quality) << '\n';
    return ExitOk;
}

int runPredictorEvalCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Quality of a predictor on a device: its measurements (measured devices) or simulated "
        "measurements of random architectures (others). Keys: rmse, mape, within_5, within_10, spearman, kendall, n."));
    parser.addOption({QStringLiteral("predictor"), QStringLiteral("Predictor ONNX file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("n"), QStringLiteral("Architectures at most (default 5000)."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Accuracy dataset (accuracy predictors)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    auto predictor = loadPredictor(parser, io);
    if (!predictor)
        return ExitFailure;
    const PredictorInfo &info = predictor->info();
    const DesignSpace *space = findDesignSpace(info.space);
    const auto n = unsignedOption(parser, QStringLiteral("n"), 5000, 3, 10'000'000, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 1, 0, ~quint64(0), io);
    if (!n || !seed)
        return ExitUsage;
    if (info.metric != Metric::Accuracy && !parser.isSet(QStringLiteral("device")))
        return io.fail(QStringLiteral("--device is required"), ExitUsage);
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    QString error;
    DeviceDataRequest request;
    request.deviceId = parser.value(QStringLiteral("device"));
    request.metric = info.metric;
    request.dataset = parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset")) : info.dataset;
    request.samples = int(*n);
    request.seed = *seed;
    request.withFeatures = predictor->needsDeviceFeatures();
    auto data = deviceData(*project, *space, request, &error);
    if (!data)
        return io.fail(error);
    const ArchitectureBatch batch(*space, data->archs);
    const auto predicted = predictor->predict(batch, data->features ? &*data->features : nullptr, &error);
    if (!predicted)
        return io.fail(error);
    const PredictionQuality q = predictionQuality(*predicted, data->values);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = qualityJson(q);
        o.insert(QStringLiteral("predictor"), info.summary());
        o.insert(QStringLiteral("device"), request.deviceId);
        o.insert(QStringLiteral("truth"), data->provenance);
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        io.out << info.summary() << " on " << (request.deviceId.isEmpty() ? QStringLiteral("the accuracy table") : request.deviceId)
               << " (" << data->provenance << "):\n  " << qualityText(q) << '\n';
    }
    return ExitOk;
}

int runPredictorImportCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import an ONNX predictor written by another tool (an MLP over the space's encoding) into the project."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("latency_ms, energy_mj or accuracy."), QStringLiteral("metric")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Input encoding (default onehot; ofa-acc for Once-for-All's predictor)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device it predicts (latency/energy)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Multiply outputs (e.g. 100: accuracy as a fraction -> %)."),
                      QStringLiteral("factor")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Predictor name."), QStringLiteral("name")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("FILE")}))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    const auto metric = metricFromString(parser.value(QStringLiteral("metric")));
    if (!metric)
        return io.fail(QStringLiteral("--metric: \"%1\" is not latency_ms, energy_mj or accuracy").arg(parser.value(QStringLiteral("metric"))), ExitUsage);
    PredictorInfo defaults;
    defaults.space = space->name();
    defaults.metric = *metric;
    defaults.encoding = parser.isSet(QStringLiteral("encoding")) ? parser.value(QStringLiteral("encoding")) : QStringLiteral("onehot");
    defaults.device = parser.value(QStringLiteral("device"));
    defaults.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        defaults.outputFactor = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !std::isfinite(defaults.outputFactor) || defaults.outputFactor == 0)
            return io.fail(QStringLiteral("--scale: \"%1\" is not a non-zero number").arg(parser.value(QStringLiteral("scale"))), ExitUsage);
    }
    const QString path = parser.positionalArguments().first();
    QString error;
    auto predictor = Predictor::fromOnnxFile(path, defaults, &error);
    if (!predictor)
        return io.fail(error);
    // Try it once, so a model that cannot run is refused now rather than later.
    QRandomGenerator rng = seededGenerator(1);
    std::vector<Architecture> probe{space->sample(rng), space->sample(rng)};
    if (!predictor->needsDeviceFeatures()) {
        const auto values = predictor->predict(ArchitectureBatch(*space, probe), nullptr, &error);
        if (!values)
            return io.fail(path + QStringLiteral(": ") + error);
        for (double v : *values) {
            if (!std::isfinite(v))
                return io.fail(QStringLiteral("%1: the model gives non-finite outputs").arg(path));
        }
    }
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    if (!project->addPredictor(*predictor, &error))
        return io.fail(error);
    io.err << "imported " << predictor->info().summary() << " into " << project->path() << Qt::endl;
    return ExitOk;
}

int runPredictorAdaptCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Adapt a scalable predictor to a device from its signature measurements and N extra samples "
        "(0 = signature only); writes a device-specific ONNX predictor."));
    parser.addOption({QStringLiteral("predictor"), QStringLiteral("Scalable predictor ONNX file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Extra measured samples (default 0)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the samples (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output ONNX file."), QStringLiteral("file")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    auto predictor = loadPredictor(parser, io);
    if (!predictor)
        return ExitFailure;
    if (!parser.isSet(QStringLiteral("device")) || !parser.isSet(QStringLiteral("out")))
        return io.fail(QStringLiteral("--device and --out are required"), ExitUsage);
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 0, 0, 1'000'000, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!samples || !seed)
        return ExitUsage;
    const DesignSpace *space = findDesignSpace(predictor->info().space);
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    QString error;
    DeviceDataRequest request;
    request.deviceId = parser.value(QStringLiteral("device"));
    request.samples = int(*samples);
    request.seed = *seed;
    request.withFeatures = true;
    auto data = deviceData(*project, *space, request, &error);
    if (!data)
        return io.fail(error);
    if (*samples == 0) {
        data->archs.clear();
        data->values.clear();
    }
    auto adapted = adaptScalablePredictor(*predictor, *space, request.deviceId, *data->features, data->archs, data->values, &error);
    if (!adapted)
        return io.fail(error);
    if (!writeFileAtomically(parser.value(QStringLiteral("out")), adapted->toOnnx(), io))
        return ExitFailure;
    project->addPredictor(*adapted, &error);
    io.err << "wrote " << adapted->info().summary() << " to " << parser.value(QStringLiteral("out")) << Qt::endl;
    return ExitOk;
}

int runPredictorCrossvalCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Leave-one-device-out evaluation of the scalable predictor: for each target device, train on the "
        "others, predict all its measured architectures from its 10 signature measurements, then adapted "
        "with N extra samples. Prints Spearman, MAPE and within +-10 % per device, and their means."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("devices"), QStringLiteral("Targets: ID,ID,... or measured (default)."), QStringLiteral("ids")});
    parser.addOption({QStringLiteral("with-fleet"), QStringLiteral("Also train on every virtual device of the project.")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Training rows per device (default 2000)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("adapt"), QStringLiteral("Extra samples to adapt with (default 0,20,50,100)."), QStringLiteral("list")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addMlpOptions(parser);
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    CrossValidationOptions options;
    options.space = space->name();
    options.training.mlp.hidden = {256, 256};
    options.training.mlp.epochs = 40;
    options.training.mlp.validationShare = 0.05;
    quint64 seed = 0;
    if (!readMlpOptions(parser, options.training.mlp, &seed, io))
        return ExitUsage;
    options.seed = seed;
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 2000, 10, 10'000'000, io);
    if (!samples)
        return ExitUsage;
    options.samplesPerDevice = int(*samples);
    if (parser.isSet(QStringLiteral("adapt"))) {
        options.adaptSamples.clear();
        for (const QString &n : parser.value(QStringLiteral("adapt")).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int v = n.trimmed().toInt(&ok);
            if (!ok || v < 0)
                return io.fail(QStringLiteral("--adapt: \"%1\" is not a sample count").arg(n), ExitUsage);
            options.adaptSamples.push_back(v);
        }
    }
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QString list = parser.value(QStringLiteral("devices"));
    for (const DeviceProfile &d : project->devices()) {
        const bool measured = d.provenance == DeviceProvenance::Measured
                              && project->measuredValues(d.id).count(space->name(), Metric::LatencyMs) > 0;
        if ((list.isEmpty() || list == QLatin1StringView("measured")) && measured)
            options.targets.append(d.id);
        if (parser.isSet(QStringLiteral("with-fleet")) && d.provenance == DeviceProvenance::Virtual)
            options.alsoTrainOn.append(d.id);
    }
    if (!list.isEmpty() && list != QLatin1StringView("measured"))
        options.targets = list.split(u',', Qt::SkipEmptyParts);
    QString error;
    QString lastStage;
    const auto rows = leaveOneDeviceOut(*project, options, &error, [&](const QString &stage, double) {
        if (stage != lastStage) {
            io.err << stage << "..." << Qt::endl;
            lastStage = stage;
        }
        return true;
    });
    if (!rows)
        return io.fail(error);
    // Means per setting.
    QMap<int, QList<PredictionQuality>> bySetting;
    for (const CrossValidationRow &r : *rows)
        bySetting[r.adaptSamples].append(r.quality);
    auto mean = [](const QList<PredictionQuality> &qs, double PredictionQuality::*field) {
        double s = 0;
        for (const PredictionQuality &q : qs)
            s += q.*field;
        return qs.isEmpty() ? 0.0 : s / qs.size();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CrossValidationRow &r : *rows) {
            QJsonObject o = r.quality.toJson();
            o.insert(QStringLiteral("device"), r.device);
            o.insert(QStringLiteral("setting"), r.adaptSamples < 0 ? QStringLiteral("macs") : QStringLiteral("signature+%1").arg(r.adaptSamples));
            out.append(o);
        }
        QJsonObject summary;
        for (auto it = bySetting.begin(); it != bySetting.end(); ++it) {
            summary.insert(it.key() < 0 ? QStringLiteral("macs") : QStringLiteral("signature+%1").arg(it.key()),
                           QJsonObject{{QStringLiteral("spearman"), mean(it.value(), &PredictionQuality::spearman)},
                                       {QStringLiteral("mape"), mean(it.value(), &PredictionQuality::mape)},
                                       {QStringLiteral("within_10"), mean(it.value(), &PredictionQuality::within10)}});
        }
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), out}, {QStringLiteral("mean"), summary}}).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    io.out << QStringLiteral("device").leftJustified(18) << QStringLiteral("setting").leftJustified(14)
           << "spearman  mape     within10\n";
    for (const CrossValidationRow &r : *rows) {
        const QString setting = r.adaptSamples < 0 ? QStringLiteral("MACs") : QStringLiteral("sig+%1").arg(r.adaptSamples);
        io.out << r.device.leftJustified(18) << setting.leftJustified(14) << QString::number(r.quality.spearman, 'f', 3).leftJustified(10)
               << (std::isfinite(r.quality.mape) ? QString::number(100 * r.quality.mape, 'f', 1) + QStringLiteral(" %") : QStringLiteral("-")).leftJustified(9)
               << (std::isfinite(r.quality.within10) ? QString::number(100 * r.quality.within10, 'f', 1) + QStringLiteral(" %") : QStringLiteral("-"))
               << '\n';
    }
    io.out << "\nmean over " << options.targets.size() << " devices:\n";
    for (auto it = bySetting.begin(); it != bySetting.end(); ++it) {
        io.out << "  " << (it.key() < 0 ? QStringLiteral("MACs") : QStringLiteral("signature + %1 samples").arg(it.key())).leftJustified(26)
               << " Spearman " << QString::number(mean(it.value(), &PredictionQuality::spearman), 'f', 3);
        if (it.key() >= 0)
            io.out << "  MAPE " << QString::number(100 * mean(it.value(), &PredictionQuality::mape), 'f', 1) << " %  within 10 % "
                   << QString::number(100 * mean(it.value(), &PredictionQuality::within10), 'f', 1) << " %";
        io.out << '\n';
    }
    return ExitOk;
}

int runPredictCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Predict architectures (one JSON config per line) with a predictor: one value per input line, or CSV."));
    parser.addOption({QStringLiteral("predictor"), QStringLiteral("Predictor ONNX file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("archs"), QStringLiteral("Architectures, one JSON config per line."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device (scalable predictors: its signature features)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Write CSV (line, key, value).")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    auto predictor = loadPredictor(parser, io);
    if (!predictor)
        return ExitFailure;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    if (space->name() != predictor->info().space)
        return io.fail(QStringLiteral("--space: the predictor is for %1, not %2").arg(predictor->info().space, space->name()));
    if (!parser.isSet(QStringLiteral("archs")))
        return io.fail(QStringLiteral("--archs FILE.jsonl is required"), ExitUsage);
    QString error;
    auto read = readArchitecturesJsonl(parser.value(QStringLiteral("archs")), *space, &error);
    if (!read)
        return io.fail(error);
    std::vector<Architecture> archs = std::move(*read);
    std::optional<DeviceFeatures> features;
    if (predictor->needsDeviceFeatures()) {
        if (!parser.isSet(QStringLiteral("device")))
            return io.fail(QStringLiteral("this scalable predictor needs --device (for its signature latencies)"), ExitUsage);
        auto project = openProject(parser, io);
        if (!project)
            return ExitFailure;
        auto evaluator = project->evaluator(parser.value(QStringLiteral("device")), &error);
        if (!evaluator)
            return io.fail(error);
        features = deviceFeatures(*evaluator, *space, &error);
        if (!features)
            return io.fail(error);
    }
    const ArchitectureBatch batch(*space, std::move(archs));
    const auto values = predictor->predict(batch, features ? &*features : nullptr, &error);
    if (!values)
        return io.fail(error);
    if (parser.isSet(QStringLiteral("csv")))
        io.out << "index,key," << metricToString(predictor->info().metric) << '\n';
    for (size_t i = 0; i < values->size(); ++i) {
        const QString v = QString::number((*values)[i], 'g', 9);
        if (parser.isSet(QStringLiteral("csv"))) {
            QString key = batch.keys()[qsizetype(i)];
            key.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            io.out << i << ",\"" << key << "\"," << v << '\n';
        } else {
            io.out << v << '\n';
        }
    }
    return ExitOk;
}

} // namespace edgefront
