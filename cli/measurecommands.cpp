#include "measurecommands.h"

#include "architecturefile.h"
#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "devicecalibration.h"
#include "jsonfields.h"
#include "measurementcsv.h"
#include "monotonicity.h"
#include "projectstore.h"
#include "searchdomain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace edgefront {

namespace {

constexpr int kMaxArchitectures = 1'000'000;

QJsonArray matrixJson(const MatrixD &m)
{
    QJsonArray rows;
    for (int r = 0; r < m.rows(); ++r) {
        QJsonArray row;
        for (int c = 0; c < m.cols(); ++c)
            row.append(std::isfinite(m(r, c)) ? QJsonValue(std::round(m(r, c) * 1e6) / 1e6) : QJsonValue());
        rows.append(row);
    }
    return rows;
}

// Architecture columns of a measurement CSV, for `space` (as readMeasurementCsv reads them).
QStringList archHeader(const DesignSpace &space)
{
    if (space.name() == QLatin1StringView("nb201"))
        return {QStringLiteral("arch")};
    QStringList h{QStringLiteral("ks"), QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("r")};
    if (space.decisionIndex(QStringLiteral("bits"), 0) >= 0)
        h.append(QStringLiteral("bits"));
    return h;
}

QStringList archCells(const DesignSpace &space, const Architecture &arch)
{
    const QJsonObject config = space.toJson(arch);
    QStringList cells;
    for (const QString &column : archHeader(space)) {
        const QJsonValue v = config.value(column);
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &x : v.toArray())
                parts.append(QString::number(x.toInt()));
            cells.append(parts.join(u'-'));
        } else if (v.isString()) {
            cells.append(v.toString());
        } else {
            cells.append(QString::number(v.toInt()));
        }
    }
    return cells;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString quoted = s;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

int runImportMeasurementsCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a measurement table (CSV): a `device` column with latency_ms/energy_mj/accuracy columns, "
        "or one column per device. Devices not in the project become measured devices. "
        "The import is one transaction."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space of the architectures."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("Metric of one-column-per-device tables "
                                                               "(latency_ms, energy_mj, accuracy); default: from the file name."),
                      QStringLiteral("metric")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device of tables without a device column."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("provenance"), QStringLiteral("Provenance recorded with the values (default measured)."),
                      QStringLiteral("text")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("FILE")}))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    MeasurementCsvOptions options;
    if (parser.isSet(QStringLiteral("metric"))) {
        options.metric = metricFromString(parser.value(QStringLiteral("metric")));
        if (!options.metric)
            return io.fail(QStringLiteral("--metric: \"%1\" is not latency_ms, energy_mj or accuracy")
                               .arg(parser.value(QStringLiteral("metric"))), ExitUsage);
    }
    options.device = parser.value(QStringLiteral("device"));
    QString error;
    if (!options.isValid(&error))
        return io.fail(error, ExitUsage);
    const QString path = parser.positionalArguments().first();
    QElapsedTimer timer;
    timer.start();
    auto batch = readMeasurementCsv(path, *space, options, &error);
    if (!batch)
        return io.fail(error);
    if (parser.isSet(QStringLiteral("provenance")))
        batch->provenance = parser.value(QStringLiteral("provenance"));
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const auto summary = project->importMeasurements(*batch, &error);
    if (!summary)
        return io.fail(error);
    io.err << "imported " << summary->measurements << " measurements of " << summary->architectures << ' '
           << space->name() << " architectures on ";
    if (batch->datasets.isEmpty())
        io.err << summary->devices.size() << " device(s)";
    else
        io.err << batch->datasets.size() << " dataset(s) (" << batch->datasets.join(u", ") << ')';
    if (!summary->newDevices.isEmpty())
        io.err << " (new measured devices: " << summary->newDevices.join(u", ") << ')';
    io.err << " in " << timer.elapsed() << " ms" << Qt::endl;
    return ExitOk;
}

int runMeasureCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measure architectures on a device: simulated measurements (with the device's noise) for virtual "
        "and calibrated devices, table values for lookup-table devices, stored values for measured ones. "
        "Writes a CSV that `import measurements` reads."));
    parser.addOption({QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("archs"), QStringLiteral("Architectures, one JSON config per line."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("n"), QStringLiteral("Number of random architectures."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the random architectures (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("metrics"), QStringLiteral("Comma-separated: latency, energy (default latency)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Which noisy draw (default 0)."), QStringLiteral("r")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output CSV (default: stdout)."), QStringLiteral("file")});
    addDomainOptions(parser);
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    if (!parser.isSet(QStringLiteral("device")))
        return io.fail(QStringLiteral("--device is required"), ExitUsage);
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    QList<Metric> metrics;
    const QStringList names = parser.isSet(QStringLiteral("metrics"))
                                  ? parser.value(QStringLiteral("metrics")).split(u',', Qt::SkipEmptyParts)
                                  : QStringList{QStringLiteral("latency")};
    for (QString name : names) {
        name = name.trimmed();
        if (name == QLatin1StringView("latency") || name == QLatin1StringView("latency_ms"))
            metrics.append(Metric::LatencyMs);
        else if (name == QLatin1StringView("energy") || name == QLatin1StringView("energy_mj"))
            metrics.append(Metric::EnergyMj);
        else
            return io.fail(QStringLiteral("--metrics: \"%1\" is not latency or energy").arg(name), ExitUsage);
    }
    const bool fromFile = parser.isSet(QStringLiteral("archs"));
    if (fromFile == parser.isSet(QStringLiteral("n")))
        return io.fail(QStringLiteral("measure: give either --archs FILE or --n N"), ExitUsage);
    const auto repeat = unsignedOption(parser, QStringLiteral("repeat"), 0, 0, 1'000'000, io);
    if (!repeat)
        return ExitUsage;

    QString error;
    std::vector<Architecture> archs;
    if (fromFile) {
        auto read = readArchitecturesJsonl(parser.value(QStringLiteral("archs")), *space, &error, kMaxArchitectures);
        if (!read)
            return io.fail(error);
        archs = std::move(*read);
    } else {
        const auto n = unsignedOption(parser, QStringLiteral("n"), 0, 1, kMaxArchitectures, io);
        const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
        const auto domain = domainFromOptions(parser, *space, io);
        if (!n || !seed || !domain)
            return ExitUsage;
        // Distinct architectures: a measurement table holds each one once per device.
        QRandomGenerator rng = seededGenerator(*seed);
        archs = sampleDistinct(*space, int(*n), rng, &*domain);
        if (archs.size() < *n)
            return io.fail(QStringLiteral("--n: %1 has fewer than %2 distinct architectures in this domain")
                               .arg(space->name()).arg(*n), ExitUsage);
    }

    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    auto evaluator = project->evaluator(parser.value(QStringLiteral("device")), &error);
    if (!evaluator)
        return io.fail(error);
    for (Metric m : metrics) {
        if (!evaluator->canEvaluate(*space, m, &error))
            return io.fail(error);
    }
    std::vector<std::vector<double>> values;
    for (Metric m : metrics)
        values.push_back(evaluator->evaluate(*space, archs, m, true, int(*repeat)));

    QString csv;
    QStringList header{QStringLiteral("device")};
    header += archHeader(*space);
    for (Metric m : metrics)
        header.append(metricToString(m));
    csv += header.join(u',') + u'\n';
    int missing = 0;
    for (size_t i = 0; i < archs.size(); ++i) {
        QStringList row{evaluator->device().id};
        for (const QString &cell : archCells(*space, archs[i]))
            row.append(csvField(cell));
        bool any = false;
        for (size_t m = 0; m < values.size(); ++m) {
            const double v = values[m][i];
            any = any || std::isfinite(v);
            row.append(std::isfinite(v) ? QString::number(v, 'g', 10) : QString());
        }
        if (!any) {
            ++missing;
            continue;
        }
        csv += row.join(u',') + u'\n';
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || out == u'-')
        io.out << csv;
    else if (!writeFileAtomically(out, csv.toUtf8(), io))
        return ExitFailure;
    if (missing > 0)
        io.err << missing << " architecture(s) have no value on " << evaluator->device().id
               << " (not runnable there, or not measured) and were left out" << Qt::endl;
    return ExitOk;
}

int runMonotonicityCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rank correlation (Spearman, Kendall) of device latencies on common architectures: who can be whose proxy."));
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("devices"), QStringLiteral("all, or a comma-separated list of ids."), QStringLiteral("ids")});
    parser.addOption({QStringLiteral("n"), QStringLiteral("Architectures (default 2000)."), QStringLiteral("count")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("latency_ms (default) or energy_mj."), QStringLiteral("metric")});
    parser.addOption({QStringLiteral("noisy"), QStringLiteral("Use simulated measurements instead of expected values.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    MonotonicityOptions options;
    options.space = space->name();
    const QString devices = parser.value(QStringLiteral("devices"));
    if (!devices.isEmpty() && devices != QLatin1StringView("all"))
        options.devices = devices.split(u',', Qt::SkipEmptyParts);
    const auto n = unsignedOption(parser, QStringLiteral("n"), 2000, 3, kMaxArchitectures, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!n || !seed)
        return ExitUsage;
    options.architectures = int(*n);
    options.seed = *seed;
    options.noisy = parser.isSet(QStringLiteral("noisy"));
    if (parser.isSet(QStringLiteral("metric"))) {
        const auto m = metricFromString(parser.value(QStringLiteral("metric")));
        if (!m)
            return io.fail(QStringLiteral("--metric: \"%1\" is not latency_ms or energy_mj").arg(parser.value(QStringLiteral("metric"))), ExitUsage);
        options.metric = *m;
    }
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    QString error;
    const auto result = computeMonotonicity(*project, options, &error);
    if (!result)
        return io.fail(error);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("space"), result->space},
                            {QStringLiteral("metric"), metricToString(options.metric)},
                            {QStringLiteral("n"), result->architectures},
                            {QStringLiteral("devices"), QJsonArray::fromStringList(result->devices)},
                            {QStringLiteral("srcc"), matrixJson(result->srcc)},
                            {QStringLiteral("kendall"), matrixJson(result->kendall)}};
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    io.out << "Spearman rank correlation of " << metricToString(options.metric) << " on " << result->architectures
           << ' ' << result->space << " architectures\n";
    int width = 6;
    for (const QString &d : result->devices)
        width = std::max(width, int(d.size()));
    for (int r = 0; r < result->devices.size(); ++r) {
        io.out << QString::number(r).rightJustified(3) << ' ' << result->devices[r].leftJustified(width) << ' ';
        for (int c = 0; c < result->devices.size(); ++c)
            io.out << QString::number(result->srcc(r, c), 'f', 2).rightJustified(6);
        io.out << '\n';
    }
    return ExitOk;
}

int runCalibrateCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fit a virtual device's cost model to a measured device's latencies on a space; stores the "
        "calibrated device (<id>-calibrated) and reports held-out SRCC and MAPE."));
    parser.addOption({QStringLiteral("device"), QStringLiteral("Measured device id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("space"), QStringLiteral("Design space of its measurements."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Training measurements (default 50)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the training split (default 0)."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("Id of the calibrated device."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the report as JSON.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    if (!parser.isSet(QStringLiteral("device")))
        return io.fail(QStringLiteral("--device is required"), ExitUsage);
    const DesignSpace *space = requireSpace(parser, io);
    if (!space)
        return ExitUsage;
    CalibrationOptions options;
    const auto samples = unsignedOption(parser, QStringLiteral("samples"), 50, 10, 100000, io);
    const auto seed = unsignedOption(parser, QStringLiteral("seed"), 0, 0, ~quint64(0), io);
    if (!samples || !seed)
        return ExitUsage;
    options.samples = int(*samples);
    options.seed = *seed;
    options.newId = parser.value(QStringLiteral("id"));
    QString error;
    if (!options.isValid(&error))
        return io.fail(error, ExitUsage);
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QString id = parser.value(QStringLiteral("device"));
    const auto target = project->device(id);
    if (!target)
        return io.fail(QStringLiteral("no device \"%1\" in %2").arg(id, project->path()));
    const MeasuredValues measured = project->measuredValues(id);
    const auto *latencies = measured.find(space->name(), Metric::LatencyMs);
    if (!latencies || latencies->isEmpty())
        return io.fail(QStringLiteral("device %1 has no latency measurements on %2").arg(id, space->name()));
    const QHash<QString, QJsonObject> configs = project->measuredArchitectures(space->name());
    QStringList keys = latencies->keys();
    std::sort(keys.begin(), keys.end()); // a fixed order, so the seed alone decides the split
    std::vector<Architecture> archs;
    std::vector<double> values;
    for (const QString &key : keys) {
        if (auto arch = space->fromJson(configs.value(key), nullptr)) {
            archs.push_back(*arch);
            values.push_back(latencies->value(key));
        }
    }
    // Templates: one virtual device per class, from the project (else the built-in fleet).
    QList<DeviceProfile> templates;
    QSet<int> classes;
    QList<DeviceProfile> pool = project->devices();
    pool += builtinFleet();
    for (const DeviceProfile &d : pool) {
        if (d.provenance == DeviceProvenance::Virtual && !classes.contains(int(d.deviceClass))) {
            classes.insert(int(d.deviceClass));
            templates.append(d);
        }
    }
    const auto result = calibrateDevice(*space, archs, values, *target, templates, options, &error);
    if (!result)
        return io.fail(error);
    if (!project->addDevices({result->device}, &error, true))
        return io.fail(error);
    const QJsonObject report{{QStringLiteral("device"), result->device.id},
                             {QStringLiteral("source_device"), id},
                             {QStringLiteral("space"), space->name()},
                             {QStringLiteral("template"), result->templateId},
                             {QStringLiteral("samples"), result->trainSamples},
                             {QStringLiteral("held_out"), result->heldOutSamples},
                             {QStringLiteral("srcc"), result->heldOutSrcc},
                             {QStringLiteral("kendall"), result->heldOutKendall},
                             {QStringLiteral("mape"), result->heldOutMape},
                             {QStringLiteral("train_mape"), result->trainMape}};
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    } else {
        io.out << "calibrated " << result->device.id << " from " << result->trainSamples << " measurements of " << id
               << " on " << space->name() << " (template " << result->templateId << ")\n"
               << "held-out (" << result->heldOutSamples << "): SRCC " << QString::number(result->heldOutSrcc, 'f', 3)
               << ", Kendall " << QString::number(result->heldOutKendall, 'f', 3) << ", MAPE "
               << QString::number(100 * result->heldOutMape, 'f', 1) << " %\n";
    }
    return ExitOk;
}

} // namespace edgefront
