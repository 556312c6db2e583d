#include "devicetablemodel.h"

#include "projectstore.h"

#include <QLocale>

namespace edgefront {

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeviceTableModel::refresh(const ProjectStore *project)
{
    if (!project) {
        setDevices({}, {});
        return;
    }
    setDevices(project->devices(), project->measurementCounts());
}

void DeviceTableModel::setDevices(QList<DeviceProfile> devices, QHash<QString, int> measurementCounts)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_counts = std::move(measurementCounts);
    endResetModel();
}

int DeviceTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).id == id)
            return row;
    }
    return -1;
}

QString DeviceTableModel::provenanceDisplayName(DeviceProvenance provenance)
{
    switch (provenance) {
    case DeviceProvenance::Virtual: return tr("Virtual");
    case DeviceProvenance::Measured: return tr("Measured");
    case DeviceProvenance::LookupTable: return tr("Lookup table");
    case DeviceProvenance::Calibrated: return tr("Calibrated");
    }
    return {};
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceProfile &d = m_devices.at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case Qt::ToolTipRole:
        return d.description.isEmpty() ? tr("%1 (%2)").arg(d.name, d.id)
                                       : tr("%1 (%2)\n%3").arg(d.name, d.id, d.description);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(index.column() == MeasurementsColumn
                                                     ? Qt::AlignRight | Qt::AlignVCenter
                                                     : Qt::AlignLeft | Qt::AlignVCenter));
    case FilterRole:
        if (index.column() == NameColumn)
            return QStringLiteral("%1 %2").arg(d.name, d.id);
        break;
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn: return d.name;
    case ClassColumn: return deviceClassDisplayName(d.deviceClass);
    case ProvenanceColumn: return provenanceDisplayName(d.provenance);
    case PrecisionsColumn: return d.precisionNames().join(QStringLiteral(", "));
    case MeasurementsColumn:
        return sort ? QVariant(m_counts.value(d.id)) : QVariant(QLocale().toString(m_counts.value(d.id)));
    default: break;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Name"), QT_TR_NOOP("Class"),
                                                    QT_TR_NOOP("Provenance"), QT_TR_NOOP("Precisions"),
                                                    QT_TR_NOOP("Measurements")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Device name"), QT_TR_NOOP("Kind of device"),
        QT_TR_NOOP("Where the device's numbers come from: analytic model (virtual), measurements, "
                   "per-operator lookup tables, or a model calibrated to measurements"),
        QT_TR_NOOP("Precisions the device runs natively"),
        QT_TR_NOOP("Measurements stored in the project for this device")};
    return tr(role == Qt::ToolTipRole ? tips[section] : titles[section]);
}

} // namespace edgefront
