#pragma once
// The candidate inspector: one design on one device.
//
//  - A block diagram of the architecture (BlockDiagram).
//  - Per-layer latency and energy bars for the device (LayerBarsChart), from the device's
//    analytic cost model, AnalyticCostModel::evaluate(graph, perLayer = true); a device with a
//    fixed per-network overhead gets one more bar for it, so the bars add up to the network.
//  - The layer table (LayerTableModel); clicking a bar selects its table row, selecting a row
//    highlights its bars, clicking a block selects the block's first layer.
//  - Predicted against measured: the device's own numbers for the design (DeviceEvaluator:
//    analytic model, lookup table or measurements), an optional predictor's numbers and the
//    project's measurements of this exact design on this device, with their errors.
//  - Where every number comes from (provenance lines).
//
// Contract: setDesign copies what it needs; nothing is borrowed. The inspector never emits for
// setDesign or selectLayer; layerSelected is emitted for the user's own picks.

#include "analyticcostmodel.h"
#include "architecture.h"
#include "deviceevaluator.h"

#include <QWidget>

#include <limits>
#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace edgefront {

class BlockDiagram;
class DesignSpace;
class LayerBarsChart;
class LayerTableModel;

// Accuracy of the inspected design and where it comes from.
struct DesignAccuracy
{
    double accuracy = std::numeric_limits<double>::quiet_NaN(); // percent
    QString provenance;            // e.g. AccuracySource::provenance()
    double measured = std::numeric_limits<double>::quiet_NaN(); // from an accuracy table, if any
    QString measuredSource;        // e.g. "NAS-Bench-201 cifar10"
};

// Numbers a predictor gave for the design on the device (optional).
struct DesignPrediction
{
    double latencyMs = std::numeric_limits<double>::quiet_NaN();
    double energyMj = std::numeric_limits<double>::quiet_NaN();
    QString predictor;             // e.g. PredictorInfo::summary()
};

class CandidateInspector : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateInspector(QWidget *parent = nullptr);
    ~CandidateInspector() override;

    // `measured`: the device's measurements (ProjectStore::measuredValues(device.id)).
    void setDesign(const DesignSpace &space, const Architecture &arch, const DeviceProfile &device,
                   const MeasuredValues &measured, const DesignAccuracy &accuracy,
                   const std::optional<DesignPrediction> &prediction = std::nullopt);
    void clear(const QString &message = {});
    bool hasDesign() const { return m_hasDesign; }

    QString designKey() const { return m_key; }
    QString deviceId() const { return m_device.id; }
    // What the bars show (expected costs of the analytic model, per layer).
    const NetworkCost &layerCosts() const { return m_cost; }
    // The device's own numbers for the design (NaN where it has none).
    double networkLatencyMs() const { return m_latencyMs; }
    double networkEnergyMj() const { return m_energyMj; }
    // The project's measurements of this design on this device (NaN where none).
    double measuredLatencyMs() const { return m_measuredLatencyMs; }
    double measuredEnergyMj() const { return m_measuredEnergyMj; }

    BlockDiagram *blockDiagram() const { return m_diagram; }
    LayerBarsChart *layerBars() const { return m_bars; }
    QTableView *layerTable() const { return m_table; }
    LayerTableModel *layerModel() const { return m_model; }
    QSortFilterProxyModel *layerProxy() const { return m_proxy; }

    // The selected layer (index into the layer graph), or -1.
    int selectedLayer() const { return m_selectedLayer; }
    QString summaryText() const;
    QString comparisonText() const;
    QString provenanceText() const;

public Q_SLOTS:
    void selectLayer(int layer);

Q_SIGNALS:
    void layerSelected(int layer);

private:
    void barsClicked(int bar);
    void tableCurrentChanged();
    void blockClicked(int stage, int block);
    void fillTexts(const DesignSpace &space, const DesignAccuracy &accuracy,
                   const std::optional<DesignPrediction> &prediction, const MeasuredValues &measured);

    bool m_hasDesign = false;
    bool m_syncing = false;
    QString m_key;
    DeviceProfile m_device;
    NetworkCost m_cost;
    double m_latencyMs = std::numeric_limits<double>::quiet_NaN();
    double m_energyMj = std::numeric_limits<double>::quiet_NaN();
    double m_measuredLatencyMs = std::numeric_limits<double>::quiet_NaN();
    double m_measuredEnergyMj = std::numeric_limits<double>::quiet_NaN();
    int m_selectedLayer = -1;

    QLabel *m_title = nullptr;
    BlockDiagram *m_diagram = nullptr;
    LayerBarsChart *m_bars = nullptr;
    LayerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_comparison = nullptr;
    QLabel *m_provenance = nullptr;
};

} // namespace edgefront
