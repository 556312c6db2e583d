#include "candidateinspector.h"

#include "blockdiagram.h"
#include "charts/layerbarschart.h"
#include "designspace.h"
#include "layertablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace edgefront {

namespace {

QString fmt(double v, int significant = 4)
{
    return std::isfinite(v) ? QLocale().toString(v, 'g', significant) : QStringLiteral("–");
}

QString provenanceDescription(const DeviceProfile &d)
{
    switch (d.provenance) {
    case DeviceProvenance::Virtual:
        return CandidateInspector::tr("virtual device: analytic layer-wise roofline model (expected values, no noise)");
    case DeviceProvenance::Calibrated:
        return CandidateInspector::tr("calibrated device: analytic model fitted to %1")
            .arg(d.calibration.value(QStringLiteral("source")).toString(CandidateInspector::tr("measurements")));
    case DeviceProvenance::LookupTable:
        return CandidateInspector::tr("lookup-table device: Once-for-All per-operator latency table (latency only)");
    case DeviceProvenance::Measured:
        return CandidateInspector::tr("measured device: imported measurements (mean of repeats), none for other designs");
    }
    return {};
}

// Relative error of `value` against `truth`, as text.
QString relativeError(double value, double truth)
{
    if (!std::isfinite(value) || !std::isfinite(truth) || truth == 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * (value - truth) / truth, 'f', 1) + QStringLiteral(" %");
}

} // namespace

CandidateInspector::CandidateInspector(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Inspected design"));

    m_diagram = new BlockDiagram(this);
    m_bars = new LayerBarsChart(this);

    m_model = new LayerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LayerTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LayerTableModel::IndexColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Layers of the design"));

    auto makeText = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAccessibleName(name);
        return l;
    };
    m_summary = makeText(tr("Design summary"));
    m_comparison = makeText(tr("Predicted against measured"));
    m_provenance = makeText(tr("Where the numbers come from"));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 6, 0);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_comparison);
    sideLayout->addWidget(m_provenance);
    sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setMinimumWidth(260);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_bars);
    bottom->addWidget(m_table);
    bottom->addWidget(sideScroll);
    bottom->setStretchFactor(0, 5);
    bottom->setStretchFactor(1, 4);
    bottom->setStretchFactor(2, 3);
    bottom->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_diagram);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(vertical, 1);

    connect(m_bars, &LayerBarsChart::layerClicked, this, &CandidateInspector::barsClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidateInspector::tableCurrentChanged);
    connect(m_diagram, &BlockDiagram::blockClicked, this, &CandidateInspector::blockClicked);
    setTabOrder(m_diagram, m_bars);
    setTabOrder(m_bars, m_table);

    clear();
}

CandidateInspector::~CandidateInspector() = default;

void CandidateInspector::setDesign(const DesignSpace &space, const Architecture &arch, const DeviceProfile &device,
                                   const MeasuredValues &measured, const DesignAccuracy &accuracy,
                                   const std::optional<DesignPrediction> &prediction)
{
    m_hasDesign = true;
    m_key = space.key(arch);
    m_device = device;
    LayerGraph graph = space.layerGraph(arch);
    m_cost = AnalyticCostModel(device).evaluate(graph, true);

    // The device's own numbers (analytic model, lookup table or measurements).
    const DeviceEvaluator evaluator(device, measured);
    const std::span<const Architecture> one(&arch, 1);
    m_latencyMs = evaluator.canEvaluate(space, Metric::LatencyMs) ? evaluator.evaluate(space, one, Metric::LatencyMs)[0]
                                                                  : std::numeric_limits<double>::quiet_NaN();
    m_energyMj = evaluator.canEvaluate(space, Metric::EnergyMj) ? evaluator.evaluate(space, one, Metric::EnergyMj)[0]
                                                                : std::numeric_limits<double>::quiet_NaN();
    auto measuredValue = [&](Metric metric) {
        const auto *values = measured.find(space.name(), metric);
        return values && values->contains(m_key) ? values->value(m_key) : std::numeric_limits<double>::quiet_NaN();
    };
    m_measuredLatencyMs = measuredValue(Metric::LatencyMs);
    m_measuredEnergyMj = measuredValue(Metric::EnergyMj);

    // Bars: one per layer (plus the device's fixed overhead, when it has one).
    std::vector<LayerBarsChart::Bar> bars;
    bars.reserve(size_t(graph.size()) + 1);
    for (int i = 0; i < graph.size(); ++i) {
        const Layer &l = graph.layer(i);
        const LayerCost &c = m_cost.layers[size_t(i)];
        bars.push_back({layerName(l), layerTypeToString(l.type), c.runnable ? c.latencyMs : qQNaN(), c.energyMj});
    }
    const double overhead = device.costModel.fixedOverheadMs;
    if (overhead > 0)
        bars.push_back({tr("fixed overhead"), tr("overhead"), overhead, device.specs.idlePowerW * overhead});
    m_bars->setLayers(bars);
    m_model->setGraph(std::move(graph));
    m_table->resizeColumnsToContents();
    m_diagram->setDesign(space, arch);
    m_selectedLayer = -1;

    m_title->setText(tr("<b>%1</b> on <b>%2</b> (%3)")
                         .arg(m_key.toHtmlEscaped(), (device.name.isEmpty() ? device.id : device.name).toHtmlEscaped(),
                              space.name()));
    fillTexts(space, accuracy, prediction, measured);
}

void CandidateInspector::clear(const QString &message)
{
    m_hasDesign = false;
    m_key.clear();
    m_device = {};
    m_cost = {};
    m_latencyMs = m_energyMj = m_measuredLatencyMs = m_measuredEnergyMj = std::numeric_limits<double>::quiet_NaN();
    m_selectedLayer = -1;
    const QString text = message.isEmpty() ? tr("Select a candidate to inspect it.") : message;
    m_title->setText(text.toHtmlEscaped());
    m_diagram->clear(text);
    m_bars->setMessage(text);
    m_model->setGraph(LayerGraph());
    m_summary->clear();
    m_comparison->clear();
    m_provenance->clear();
}

QString CandidateInspector::summaryText() const
{
    return m_summary->text();
}

QString CandidateInspector::comparisonText() const
{
    return m_comparison->text();
}

QString CandidateInspector::provenanceText() const
{
    return m_provenance->text();
}

void CandidateInspector::selectLayer(int layer)
{
    if (layer < -1 || layer >= m_model->rowCount())
        layer = -1;
    m_selectedLayer = layer;
    m_syncing = true;
    m_bars->setSelectedLayer(layer);
    if (layer < 0) {
        m_table->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(layer, 0));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_syncing = false;
}

void CandidateInspector::barsClicked(int bar)
{
    // The overhead bar (after the last layer) has no table row.
    const int layer = bar < m_model->rowCount() ? bar : -1;
    selectLayer(layer);
    if (layer >= 0)
        Q_EMIT layerSelected(layer);
}

void CandidateInspector::tableCurrentChanged()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int layer = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    m_selectedLayer = layer;
    m_bars->setSelectedLayer(layer);
    if (layer >= 0)
        Q_EMIT layerSelected(layer);
}

void CandidateInspector::blockClicked(int stage, int block)
{
    const LayerGraph &g = m_model->graph();
    for (int i = 0; i < g.size(); ++i) {
        const Layer &l = g.layer(i);
        // ofa blocks by (stage, block); nb201 edges by their edge number (first cell).
        const bool match = stage >= 0 ? (l.stage == stage && l.block == block)
                                      : (l.role == LayerRole::CellEdge && l.edge == block);
        if (match) {
            selectLayer(i);
            Q_EMIT layerSelected(i);
            return;
        }
    }
}

void CandidateInspector::fillTexts(const DesignSpace &space, const DesignAccuracy &accuracy,
                                   const std::optional<DesignPrediction> &prediction, const MeasuredValues &measured)
{
    const QLocale locale;
    const CostTotals totals = m_model->graph().totals();
    const QString deviceName = (m_device.name.isEmpty() ? m_device.id : m_device.name).toHtmlEscaped();
    QString summary = tr("<h4>%1</h4>").arg(deviceName);
    summary += tr("<table cellspacing=\"2\">"
                  "<tr><td>Accuracy</td><td align=\"right\"><b>%1 %</b></td></tr>"
                  "<tr><td>Latency</td><td align=\"right\"><b>%2 ms</b></td></tr>"
                  "<tr><td>Energy</td><td align=\"right\"><b>%3 mJ</b></td></tr>"
                  "<tr><td>Peak memory</td><td align=\"right\">%4 MB</td></tr>"
                  "<tr><td>MACs</td><td align=\"right\">%5 M</td></tr>"
                  "<tr><td>Parameters</td><td align=\"right\">%6 M</td></tr>"
                  "<tr><td>Layers</td><td align=\"right\">%7</td></tr></table>")
                   .arg(fmt(accuracy.accuracy), fmt(m_latencyMs), fmt(m_energyMj), fmt(m_cost.peakMemoryMB, 3),
                        locale.toString(double(totals.macs) / 1e6, 'f', 1),
                        locale.toString(double(totals.params) / 1e6, 'f', 2))
                   .arg(m_model->rowCount());
    if (!m_cost.runnable)
        summary += tr("<p style=\"color:#b00\">Not runnable on this device: %1</p>").arg(m_cost.notRunnableReason.toHtmlEscaped());
    m_summary->setText(summary);

    // Predicted against measured.
    const bool anyMeasured = std::isfinite(m_measuredLatencyMs) || std::isfinite(m_measuredEnergyMj)
                             || std::isfinite(accuracy.measured);
    QString cmp = tr("<h4>Predicted vs measured</h4>");
    if (!anyMeasured) {
        const int count = measured.count(space.name(), Metric::LatencyMs);
        cmp += count > 0 ? tr("<p>The device has %n latency measurement(s) on %1, none of this design.</p>", nullptr, count)
                               .arg(space.name())
                         : tr("<p>No measurements of this design on this device.</p>");
    } else {
        const bool measuredDevice = m_device.provenance == DeviceProvenance::Measured;
        const QString own = measuredDevice ? tr("Analytic model") : tr("Device model");
        const double ownLatency = measuredDevice ? m_cost.latencyMs : m_latencyMs;
        const double ownEnergy = measuredDevice ? m_cost.energyMj : m_energyMj;
        cmp += tr("<table cellspacing=\"4\"><tr><th></th><th>%1</th>%2<th>Measured</th><th>Error</th>%3</tr>")
                   .arg(own, prediction ? tr("<th>Predictor</th>") : QString(),
                        prediction ? tr("<th>Predictor error</th>") : QString());
        auto row = [&](const QString &name, double model, double predicted, double truth) {
            QString r = QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>").arg(name, fmt(model));
            if (prediction)
                r += QStringLiteral("<td align=\"right\">%1</td>").arg(fmt(predicted));
            r += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td>").arg(fmt(truth), relativeError(model, truth));
            if (prediction)
                r += QStringLiteral("<td align=\"right\">%1</td>").arg(relativeError(predicted, truth));
            return r + QStringLiteral("</tr>");
        };
        cmp += row(tr("Latency (ms)"), ownLatency, prediction ? prediction->latencyMs : qQNaN(), m_measuredLatencyMs);
        cmp += row(tr("Energy (mJ)"), ownEnergy, prediction ? prediction->energyMj : qQNaN(), m_measuredEnergyMj);
        if (std::isfinite(accuracy.measured))
            cmp += row(tr("Accuracy (%)"), accuracy.accuracy, qQNaN(), accuracy.measured);
        cmp += QStringLiteral("</table>");
    }
    m_comparison->setText(cmp);

    // Provenance.
    QStringList lines;
    lines.append(tr("<b>Accuracy:</b> %1").arg(accuracy.provenance.isEmpty() ? tr("unknown") : accuracy.provenance.toHtmlEscaped()));
    if (std::isfinite(accuracy.measured))
        lines.append(tr("<b>Measured accuracy:</b> %1").arg(accuracy.measuredSource.toHtmlEscaped()));
    lines.append(tr("<b>Latency and energy:</b> %1 — %2").arg(deviceName, provenanceDescription(m_device)));
    lines.append(tr("<b>Per-layer bars:</b> analytic cost model of %1 (compute vs memory time per layer, launch "
                    "overhead; energy from MACs, DRAM bytes and idle power)")
                     .arg(deviceName));
    if (m_device.provenance == DeviceProvenance::Measured || m_device.provenance == DeviceProvenance::LookupTable)
        lines.append(tr("The per-layer split is modelled from the device's specs; the device's own numbers are "
                        "network totals."));
    if (prediction)
        lines.append(tr("<b>Predictor:</b> %1").arg(prediction->predictor.toHtmlEscaped()));
    if (std::isfinite(m_measuredLatencyMs) || std::isfinite(m_measuredEnergyMj))
        lines.append(tr("<b>Measured:</b> the project's measurements of this design on %1 (mean of repeats)").arg(deviceName));
    lines.append(tr("<b>MACs and parameters:</b> exact counts of the layer graph (Once-for-All's profiler convention)"));
    m_provenance->setText(tr("<h4>Where the numbers come from</h4>") + lines.join(QStringLiteral("<br>")));
}

} // namespace edgefront
