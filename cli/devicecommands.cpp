#include "devicecommands.h"

#include "builtinfleet.h"
#include "latencylookuptable.h"
#include "projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace edgefront {

namespace {

QJsonObject summaryJson(const DeviceProfile &d, int measurements)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("class"), deviceClassToString(d.deviceClass)},
            {QStringLiteral("provenance"), provenanceToString(d.provenance)},
            {QStringLiteral("precisions"), QJsonArray::fromStringList(d.precisionNames())},
            {QStringLiteral("measurements"), measurements}};
}

// A lookup-table device from a folder of <r>_lookup_table.yaml files or one such file.
std::optional<DeviceProfile> lookupTableDevice(const QString &path, const QCommandLineParser &parser, QString *error)
{
    const QFileInfo info(path);
    const auto table = info.isDir() ? LatencyLookupTable::loadYamlDirectory(path, error)
                                    : LatencyLookupTable::loadYamlFiles({path}, error);
    if (!table)
        return std::nullopt;
    DeviceProfile d;
    const QString base = info.isDir() ? info.fileName() : info.dir().dirName();
    d.id = parser.isSet(QStringLiteral("id")) ? parser.value(QStringLiteral("id"))
                                              : base.toLower().replace(u'_', u'-');
    if (!DeviceProfile::isValidId(d.id)) {
        *error = QStringLiteral("--id: \"%1\" is not a valid device id (1-64 of A-Z a-z 0-9 . _ -)").arg(d.id);
        return std::nullopt;
    }
    d.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : d.id;
    d.deviceClass = DeviceClass::PhoneCpuBig;
    if (parser.isSet(QStringLiteral("class"))) {
        const auto c = deviceClassFromString(parser.value(QStringLiteral("class")));
        if (!c) {
            *error = QStringLiteral("--class: unknown class \"%1\"").arg(parser.value(QStringLiteral("class")));
            return std::nullopt;
        }
        d.deviceClass = *c;
    }
    d.provenance = DeviceProvenance::LookupTable;
    d.description = QStringLiteral("Once-for-All per-operator latency tables from %1 (resolutions %2)")
                        .arg(info.fileName())
                        .arg([&] {
                            QStringList r;
                            for (int x : table->resolutions())
                                r.append(QString::number(x));
                            return r.join(u", ");
                        }());
    d.lookupTable = table->toJson();
    return d;
}

} // namespace

int runDevicesListCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the project's devices."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QHash<QString, int> counts = project->measurementCounts();
    const QList<DeviceProfile> devices = project->devices();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DeviceProfile &d : devices)
            array.append(summaryJson(d, counts.value(d.id)));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    int idWidth = 2, nameWidth = 4;
    for (const DeviceProfile &d : devices) {
        idWidth = std::max(idWidth, int(d.id.size()));
        nameWidth = std::max(nameWidth, int(d.name.size()));
    }
    io.out << QStringLiteral("id").leftJustified(idWidth + 2) << QStringLiteral("name").leftJustified(nameWidth + 2)
           << QStringLiteral("class").leftJustified(18) << QStringLiteral("provenance").leftJustified(14)
           << "measurements\n";
    for (const DeviceProfile &d : devices) {
        io.out << d.id.leftJustified(idWidth + 2) << d.name.leftJustified(nameWidth + 2)
               << deviceClassToString(d.deviceClass).leftJustified(18)
               << provenanceToString(d.provenance).leftJustified(14) << counts.value(d.id) << '\n';
    }
    return ExitOk;
}

int runDevicesShowCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show one device's profile."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the device file (JSON) to stdout.")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("ID")}))
        return code;
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QString id = parser.positionalArguments().first();
    const auto d = project->device(id);
    if (!d)
        return io.fail(QStringLiteral("no device \"%1\" in %2").arg(id, project->path()));
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(d->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const DeviceSpecs &s = d->specs;
    io.out << d->name << "  (" << d->id << ")\n"
           << "class        " << deviceClassDisplayName(d->deviceClass) << '\n'
           << "provenance   " << provenanceToString(d->provenance) << '\n'
           << "precisions   " << d->precisionNames().join(u", ") << '\n';
    if (d->provenance != DeviceProvenance::Measured && d->provenance != DeviceProvenance::LookupTable) {
        QStringList peaks;
        for (Precision p : kAllPrecisions) {
            if (s.peak(p) > 0)
                peaks.append(QStringLiteral("%1 %2").arg(precisionToString(p)).arg(s.peak(p)));
        }
        io.out << "peak GMAC/s  " << peaks.join(u", ") << '\n'
               << "bandwidth    " << s.memoryBandwidthGBs << " GB/s\n"
               << "on-chip      " << s.onChipMemoryKB << " KB\n"
               << "cores        " << s.cores << " @ " << s.clockMHz << " MHz\n"
               << "power        " << s.idlePowerW << " W idle, " << s.activePowerW << " W active\n";
    }
    if (!d->calibration.isEmpty())
        io.out << "calibration  " << QJsonDocument(d->calibration).toJson(QJsonDocument::Compact) << '\n';
    io.out << "measurements " << project->measurementCounts().value(d->id) << '\n';
    if (!d->description.isEmpty())
        io.out << '\n' << d->description << '\n';
    return ExitOk;
}

int runDevicesImportCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import devices: an edgefront-device or edgefront-fleet JSON file, or Once-for-All latency "
        "lookup tables (a folder of <r>_lookup_table.yaml files, or one file)."));
    parser.addOption({QStringLiteral("replace"), QStringLiteral("Replace devices with the same id.")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("Id of a lookup-table device."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Name of a lookup-table device."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("class"), QStringLiteral("Class of a lookup-table device (default phone_cpu_big)."),
                      QStringLiteral("class")});
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("FILE")}))
        return code;
    const QString path = parser.positionalArguments().first();
    const QFileInfo info(path);
    if (!info.exists())
        return io.fail(QStringLiteral("%1: no such file or folder").arg(path));
    QString error;
    QList<DeviceProfile> devices;
    if (info.isDir() || path.endsWith(QLatin1StringView(".yaml")) || path.endsWith(QLatin1StringView(".yml"))) {
        const auto d = lookupTableDevice(path, parser, &error);
        if (!d)
            return io.fail(error);
        devices.append(*d);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return io.fail(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
        if (file.size() > 256 * 1024 * 1024)
            return io.fail(QStringLiteral("%1: %2 bytes is too large for a device file").arg(path).arg(file.size()));
        const auto read = readDevicesJson(file.readAll(), path, &error);
        if (!read)
            return io.fail(error);
        devices = *read;
    }
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    if (!project->addDevices(devices, &error, parser.isSet(QStringLiteral("replace"))))
        return io.fail(QStringLiteral("%1: %2 (nothing imported)").arg(path, error));
    QStringList ids;
    for (const DeviceProfile &d : devices)
        ids.append(d.id);
    io.err << "imported " << devices.size() << " device(s) into " << project->path() << ": " << ids.join(u", ") << Qt::endl;
    return ExitOk;
}

int runDevicesExportCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write one device's profile to a JSON file."));
    addProjectOption(parser);
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code, {QStringLiteral("ID"), QStringLiteral("FILE")}))
        return code;
    auto project = openProject(parser, io);
    if (!project)
        return ExitFailure;
    const QString id = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    const auto d = project->device(id);
    if (!d)
        return io.fail(QStringLiteral("no device \"%1\" in %2").arg(id, project->path()));
    if (!writeFileAtomically(path, QJsonDocument(d->toJson()).toJson(QJsonDocument::Indented), io))
        return ExitFailure;
    io.err << "wrote " << id << " to " << path << Qt::endl;
    return ExitOk;
}

} // namespace edgefront
