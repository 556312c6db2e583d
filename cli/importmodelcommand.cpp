#include "importmodelcommand.h"

#include "onnxgraphimport.h"
#include "projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace edgefront {

namespace {

// One device's prediction, or why there is none.
struct DeviceRow
{
    DeviceProfile device;
    std::optional<NetworkCost> cost;
    QString why; // no prediction: the reason
};

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts.append(QString::number(d));
    return parts.join(u'x');
}

QString shapeText(const TensorShape &s)
{
    return QStringLiteral("%1x%2x%3").arg(s.c).arg(s.h).arg(s.w);
}

// "1,3,224,224" -> dimensions; nullopt on anything else.
std::optional<std::vector<qint64>> parseShape(const QString &text)
{
    std::vector<qint64> shape;
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const qint64 d = part.trimmed().toLongLong(&ok);
        if (!ok || d <= 0)
            return std::nullopt;
        shape.push_back(d);
    }
    return shape;
}

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

QString millions(qint64 v)
{
    return QStringLiteral("%1 (%2 M)").arg(v).arg(double(v) / 1e6, 0, 'f', 2);
}

void printColumns(QTextStream &out, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            line += rightAligned.contains(c) ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]);
            line += QStringLiteral("  ");
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    }
}

QJsonObject unsupportedToJson(const UnsupportedNode &u)
{
    return {{QStringLiteral("node"), u.index},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("op"), u.op},
            {QStringLiteral("reason"), u.reason}};
}

QJsonObject deviceToJson(const DeviceRow &row)
{
    QJsonObject o{{QStringLiteral("id"), row.device.id},
                  {QStringLiteral("name"), row.device.name},
                  {QStringLiteral("provenance"), provenanceToString(row.device.provenance)},
                  {QStringLiteral("predicted"), row.cost.has_value()}};
    if (!row.cost) {
        o.insert(QStringLiteral("reason"), row.why);
        return o;
    }
    o.insert(QStringLiteral("runnable"), row.cost->runnable);
    if (!row.cost->runnable) {
        o.insert(QStringLiteral("reason"), row.cost->notRunnableReason);
        return o;
    }
    o.insert(QStringLiteral("latency_ms"), finite(row.cost->latencyMs));
    o.insert(QStringLiteral("energy_mj"), finite(row.cost->energyMj));
    o.insert(QStringLiteral("peak_memory_mb"), finite(row.cost->peakMemoryMB));
    return o;
}

QJsonArray layersToJson(const ImportedModel &model, const NetworkCost &cost)
{
    QJsonArray layers;
    for (int i = 0; i < model.graph.size(); ++i) {
        const Layer &l = model.graph.layer(i);
        QJsonObject o{{QStringLiteral("index"), i},
                      {QStringLiteral("name"), model.layerNames.value(i)},
                      {QStringLiteral("op"), model.layerOps.value(i)},
                      {QStringLiteral("type"), layerTypeToString(l.type)},
                      {QStringLiteral("output"), QJsonArray{l.out.c, l.out.h, l.out.w}},
                      {QStringLiteral("macs"), l.macs},
                      {QStringLiteral("params"), l.params}};
        if (size_t(i) < cost.layers.size()) {
            o.insert(QStringLiteral("latency_ms"), finite(cost.layers[size_t(i)].latencyMs));
            o.insert(QStringLiteral("energy_mj"), finite(cost.layers[size_t(i)].energyMj));
        }
        layers.append(o);
    }
    return layers;
}

void printLayers(QTextStream &out, const ImportedModel &model, const NetworkCost &cost)
{
    QList<QStringList> rows{{QStringLiteral("#"), QStringLiteral("name"), QStringLiteral("op"), QStringLiteral("output"),
                             QStringLiteral("MACs"), QStringLiteral("latency_ms"), QStringLiteral("energy_mj")}};
    for (int i = 0; i < model.graph.size(); ++i) {
        const Layer &l = model.graph.layer(i);
        const LayerCost *c = size_t(i) < cost.layers.size() ? &cost.layers[size_t(i)] : nullptr;
        rows.append({QString::number(i), model.layerNames.value(i), model.layerOps.value(i), shapeText(l.out),
                     QString::number(l.macs), c ? number(c->latencyMs, 4) : QStringLiteral("-"),
                     c ? number(c->energyMj, 4) : QStringLiteral("-")});
    }
    printColumns(out, rows, {0, 4, 5, 6});
}

} // namespace

int runImportModelCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Read a CNN from an ONNX file, build its layer graph (shapes inferred) and predict its latency (ms), energy (mJ) "
        "and peak memory (MB) on the project's devices through their analytic or calibrated cost models. Operators "
        "EdgeFront cannot cost fail the import, each listed by node index, name and operator (--allow-unsupported "
        "imports them as zero-cost layers and lists them). Nothing is stored in the project."));
    parser.addOption({QStringLiteral("devices"), QStringLiteral("all (default), or a comma-separated list of ids."),
                      QStringLiteral("ids")});
    parser.addOption({QStringLiteral("input-shape"),
                      QStringLiteral("Input dimensions, batch first, e.g. 1,3,224,224 (for dynamic models)."),
                      QStringLiteral("dims")});
    parser.addOption({QStringLiteral("bits"), QStringLiteral("Bits of every layer: 32, 16, 8 or 4 (default: as stored)."),
                      QStringLiteral("bits")});
    parser.addOption({QStringLiteral("allow-unsupported"),
                      QStringLiteral("Import unsupported operators as zero-cost layers (listed) instead of failing.")});
    parser.addOption({QStringLiteral("layers"), QStringLiteral("Also print the per-layer costs on this device."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("FILE")}))
        return code;

    ImportOptions options;
    options.allowUnsupported = parser.isSet(QStringLiteral("allow-unsupported"));
    if (parser.isSet(QStringLiteral("input-shape"))) {
        const auto shape = parseShape(parser.value(QStringLiteral("input-shape")));
        if (!shape)
            return io.fail(QStringLiteral("--input-shape: \"%1\" is not a list of positive integers such as 1,3,224,224")
                               .arg(parser.value(QStringLiteral("input-shape"))),
                           ExitUsage);
        options.inputShape = *shape;
    }
    if (parser.isSet(QStringLiteral("bits"))) {
        bool ok = false;
        options.bits = parser.value(QStringLiteral("bits")).toInt(&ok);
        if (!ok)
            options.bits = -1;
    }
    QString error;
    if (!options.isValid(&error))
        return io.fail(error, ExitUsage);

    // The model first: a file that does not import never opens (or creates) a project.
    const QString path = parser.positionalArguments().first();
    const auto model = importOnnxModel(path, options, &error);
    if (!model)
        return io.fail(error);

    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    QList<DeviceProfile> devices = project->devices();
    const QString spec = parser.value(QStringLiteral("devices"));
    if (!spec.isEmpty() && spec != QLatin1StringView("all")) {
        QList<DeviceProfile> chosen;
        for (const QString &id : spec.split(u',', Qt::SkipEmptyParts)) {
            const auto it = std::find_if(devices.cbegin(), devices.cend(),
                                         [&](const DeviceProfile &d) { return d.id == id.trimmed(); });
            if (it == devices.cend())
                return io.fail(QStringLiteral("--devices: no device \"%1\" in %2").arg(id.trimmed(), project->path()),
                               ExitUsage);
            chosen.append(*it);
        }
        devices = chosen;
    }
    if (devices.isEmpty())
        return io.fail(QStringLiteral("%1 has no devices to predict on").arg(project->path()));
    const QString layersDevice = parser.value(QStringLiteral("layers"));
    const DeviceRow *layersRow = nullptr;

    std::vector<DeviceRow> rows;
    rows.reserve(size_t(devices.size()));
    for (const DeviceProfile &d : devices) {
        DeviceRow row{d, std::nullopt, QString()};
        row.cost = predictImportedModel(*model, d, d.id == layersDevice, &row.why);
        if (!row.cost && d.provenance == DeviceProvenance::Measured)
            row.why += QStringLiteral(" (calibrate it for an analytic model: edgefront-cli calibrate --device %1)").arg(d.id);
        rows.push_back(std::move(row));
    }
    if (!layersDevice.isEmpty()) {
        const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const DeviceRow &r) { return r.device.id == layersDevice; });
        if (it == rows.cend())
            return io.fail(QStringLiteral("--layers: device \"%1\" is not among the predicted devices").arg(layersDevice),
                           ExitUsage);
        if (!it->cost)
            return io.fail(QStringLiteral("--layers: %1").arg(it->why));
        layersRow = &*it;
    }

    for (const QString &w : model->warnings)
        io.err << "warning: " << w << '\n';
    io.err.flush();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray unsupported;
        for (const UnsupportedNode &u : model->unsupported)
            unsupported.append(unsupportedToJson(u));
        QJsonArray deviceList;
        for (const DeviceRow &row : rows)
            deviceList.append(deviceToJson(row));
        QJsonArray input;
        for (qint64 d : model->inputShape)
            input.append(d);
        QJsonObject o{{QStringLiteral("source"), path},
                      {QStringLiteral("producer"), model->producer},
                      {QStringLiteral("opset"), model->opsetVersion},
                      {QStringLiteral("input"), QJsonObject{{QStringLiteral("name"), model->inputName},
                                                            {QStringLiteral("shape"), input}}},
                      {QStringLiteral("nodes"), model->nodeCount},
                      {QStringLiteral("layers"), model->graph.size()},
                      {QStringLiteral("macs"), model->macs},
                      {QStringLiteral("params"), model->params},
                      {QStringLiteral("unsupported"), unsupported},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(model->warnings)},
                      {QStringLiteral("devices"), deviceList}};
        if (layersRow) {
            o.insert(QStringLiteral("layer_device"), layersRow->device.id);
            o.insert(QStringLiteral("layer_costs"), layersToJson(*model, *layersRow->cost));
        }
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }

    io.out << "model        " << path;
    if (!model->producer.isEmpty())
        io.out << " (" << model->producer << ", opset " << model->opsetVersion << ')';
    io.out << "\ninput        " << model->inputName << ' ' << shapeText(model->inputShape) << '\n'
           << "layers       " << model->graph.size() << " from " << model->nodeCount << " ONNX nodes\n"
           << "MACs         " << millions(model->macs) << '\n'
           << "params       " << millions(model->params) << '\n';
    if (model->unsupported.empty()) {
        io.out << "unsupported  none\n";
    } else {
        io.out << "unsupported  " << model->unsupported.size() << " node(s), imported at zero cost:\n";
        for (const UnsupportedNode &u : model->unsupported)
            io.out << "  node " << u.index << " (\"" << u.name << "\") " << u.op << ": " << u.reason << '\n';
    }
    io.out << '\n';
    QList<QStringList> table{{QStringLiteral("device"), QStringLiteral("provenance"), QStringLiteral("latency_ms"),
                              QStringLiteral("energy_mj"), QStringLiteral("peak_memory_mb")}};
    QStringList notes;
    for (const DeviceRow &row : rows) {
        const QString provenance = provenanceToString(row.device.provenance);
        if (!row.cost) {
            table.append({row.device.id, provenance, QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
            notes.append(QStringLiteral("%1: not predicted: %2").arg(row.device.id, row.why));
        } else if (!row.cost->runnable) {
            table.append({row.device.id, provenance, QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
            notes.append(QStringLiteral("%1: not runnable: %2").arg(row.device.id, row.cost->notRunnableReason));
        } else {
            table.append({row.device.id, provenance, number(row.cost->latencyMs, 3), number(row.cost->energyMj, 3),
                          number(row.cost->peakMemoryMB, 2)});
        }
    }
    printColumns(io.out, table, {2, 3, 4});
    for (const QString &n : notes)
        io.out << n << '\n';
    if (layersRow) {
        io.out << "\nper-layer costs on " << layersRow->device.id << ":\n";
        printLayers(io.out, *model, *layersRow->cost);
    }
    io.out.flush();
    return ExitOk;
}

} // namespace edgefront
