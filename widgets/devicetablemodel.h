#pragma once
// Table model of a project's devices: one row per device (in the project's order), columns
// name, class, provenance, precisions and number of measurements.
//
// Contract: Qt::UserRole (IdRole) of every cell is the device id; SortRole gives raw values
// (counts as numbers) and FilterRole the text a filter matches (display text, plus the id in
// the name column); the tooltip of a row is the device's description. The model is a
// snapshot: refresh() re-reads the project (a reset).

#include "deviceprofile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace edgefront {

class ProjectStore;

class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ClassColumn, ProvenanceColumn, PrecisionsColumn, MeasurementsColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;
    // What the filter matches: the displayed text, plus the id in the name column.
    static constexpr int FilterRole = Qt::UserRole + 2;

    explicit DeviceTableModel(QObject *parent = nullptr);

    // Re-reads devices and measurement counts; a null project empties the model.
    void refresh(const ProjectStore *project);
    void setDevices(QList<DeviceProfile> devices, QHash<QString, int> measurementCounts);

    const DeviceProfile &device(int row) const { return m_devices.at(row); }
    int measurementCount(const QString &id) const { return m_counts.value(id); }
    // Row of the device with this id, or -1.
    int rowOfId(const QString &id) const;

    // Translated provenance label, e.g. "Lookup table".
    static QString provenanceDisplayName(DeviceProvenance provenance);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeviceProfile> m_devices;
    QHash<QString, int> m_counts;
};

} // namespace edgefront
