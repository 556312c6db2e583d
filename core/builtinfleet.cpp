#include "builtinfleet.h"

#include "jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace edgefront {

std::optional<QList<DeviceProfile>> readDevicesJson(const QByteArray &bytes, const QString &source, QString *error)
{
    const auto object = json::parseObject(bytes, source, error);
    if (!object)
        return std::nullopt;
    QList<DeviceProfile> devices;
    if (!object->contains(QStringLiteral("devices"))) { // one device
        auto device = DeviceProfile::fromJson(*object, error);
        if (!device) {
            *error = source + QStringLiteral(": ") + *error;
            return std::nullopt;
        }
        devices.append(*device);
        return devices;
    }
    if (object->value(QStringLiteral("format")).toString() != QLatin1StringView("edgefront-fleet")) {
        *error = QStringLiteral("%1: field \"format\": expected \"edgefront-fleet\"").arg(source);
        return std::nullopt;
    }
    const QJsonArray array = object->value(QStringLiteral("devices")).toArray();
    QSet<QString> ids;
    for (int i = 0; i < array.size(); ++i) {
        auto device = DeviceProfile::fromJson(array[i].toObject(), error);
        if (!device) {
            *error = QStringLiteral("%1: devices[%2]: %3").arg(source).arg(i).arg(*error);
            return std::nullopt;
        }
        if (ids.contains(device->id)) {
            *error = QStringLiteral("%1: devices[%2]: field \"id\": \"%3\" appears twice").arg(source).arg(i).arg(device->id);
            return std::nullopt;
        }
        ids.insert(device->id);
        devices.append(*device);
    }
    return devices;
}

QList<DeviceProfile> builtinFleet()
{
    static const QList<DeviceProfile> fleet = [] {
        QFile file(QStringLiteral(":/fleet/builtin_fleet.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in fleet resource is missing");
        QString error;
        const auto devices = readDevicesJson(file.readAll(), file.fileName(), &error);
        if (!devices)
            qFatal("built-in fleet is invalid: %s", qPrintable(error));
        return *devices;
    }();
    return fleet;
}

} // namespace edgefront
