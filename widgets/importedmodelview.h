#pragma once
// Per-layer costs of a CNN imported from ONNX (core/onnxgraphimport.h) on one device of the
// project: a summary (source, input, layers, MACs, parameters, unsupported operators), a device
// chooser, a sortable table with one row per layer (#, name, ONNX operators, output shape,
// MACs, latency, energy) and the per-layer bars (LayerBarsChart), with the totals underneath.
//
// Contract:
//  - setImportedModel() shows a model; setDevices() offers devices (the current one is kept
//    when it is still offered, else `current`, else the first). Costs come from
//    predictImportedModel(): the analytic model of virtual and calibrated devices. A device
//    without one (measured, lookup table) or on which the model cannot run leaves the cost
//    columns empty and says why in the totals line and the chart.
//  - Table and chart share the selection: a row selected in the table highlights its bars,
//    a bar clicked selects its row (in the table's current sort order).
//  - The totals line shows the device model's network totals (NetworkCost): latency and energy
//    are the sums over the layers plus the device's fixed per-inference overhead, which the
//    line names when there is one; peak memory is the network's.
//  - loadFile() imports a file with default ImportOptions (unsupported operators fail with
//    the importer's message naming each node); nothing changes on failure.

#include "deviceprofile.h"
#include "onnxgraphimport.h"

#include <QList>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace edgefront {

class ImportedLayerCostModel;
class LayerBarsChart;

class ImportedModelView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportedModelView(QWidget *parent = nullptr);
    ~ImportedModelView() override;

    bool loadFile(const QString &path, QString *error);
    void setImportedModel(ImportedModel model);
    const ImportedModel &importedModel() const { return m_model; }

    void setDevices(const QList<DeviceProfile> &devices, const QString &current = {});
    void setDevice(const DeviceProfile &device) { setDevices({device}); }
    QString currentDeviceId() const;
    // The current device's cost, when it has one.
    const std::optional<NetworkCost> &cost() const { return m_cost; }

    // For tests and the main window: the table's model (the sort proxy over the layer model),
    // the table, the chart, the summary and the totals line.
    QAbstractItemModel *layerModel() const;
    QTableView *table() const { return m_table; }
    LayerBarsChart *chart() const { return m_chart; }
    QComboBox *deviceBox() const { return m_deviceBox; }
    QString summaryText() const;
    QString totalsText() const;

Q_SIGNALS:
    void deviceChanged(const QString &deviceId);

private:
    void recompute();
    void updateSummary();
    void selectLayer(int layer);
    void followTableSelection();

    ImportedModel m_model;
    QList<DeviceProfile> m_devices;
    std::optional<NetworkCost> m_cost;
    ImportedLayerCostModel *m_layers = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_deviceBox = nullptr;
    QTableView *m_table = nullptr;
    LayerBarsChart *m_chart = nullptr;
    QLabel *m_totals = nullptr;
    bool m_syncing = false;
};

} // namespace edgefront
