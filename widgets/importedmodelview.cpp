#include "importedmodelview.h"

#include "charts/layerbarschart.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace edgefront {

// The layers of an imported model with their costs on one device (the view's table model).
class ImportedLayerCostModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndexColumn, NameColumn, OpColumn, OutputColumn, MacsColumn, LatencyColumn, EnergyColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int LayerRole = Qt::UserRole + 1; // the layer index, whatever the sort

    using QAbstractTableModel::QAbstractTableModel;

    void set(const ImportedModel *model, const std::optional<NetworkCost> *cost)
    {
        beginResetModel();
        m_model = model;
        m_cost = cost;
        endResetModel();
    }
    // Costs changed (another device), layers did not.
    void costsChanged()
    {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, LatencyColumn), index(rowCount() - 1, EnergyColumn));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_model ? 0 : m_model->graph.size();
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const int row = index.row();
        const Layer &l = m_model->graph.layer(row);
        if (role == LayerRole)
            return row;
        if (role == Qt::TextAlignmentRole) {
            const bool text = index.column() == NameColumn || index.column() == OpColumn;
            return QVariant::fromValue(Qt::Alignment(text ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter));
        }
        if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
            return {};
        const bool sort = role == SortRole;
        const QLocale locale;
        const LayerCost *cost = m_cost && *m_cost && size_t(row) < (*m_cost)->layers.size() ? &(*m_cost)->layers[size_t(row)] : nullptr;
        switch (index.column()) {
        case IndexColumn: return row;
        case NameColumn: return m_model->layerNames.value(row);
        case OpColumn:
            if (role == Qt::ToolTipRole)
                return tr("ONNX %1, costed as %2").arg(m_model->layerOps.value(row), layerTypeToString(l.type));
            return m_model->layerOps.value(row);
        case OutputColumn:
            return sort ? QVariant(l.out.elements()) : QVariant(QStringLiteral("%1×%2×%3").arg(l.out.c).arg(l.out.h).arg(l.out.w));
        case MacsColumn: return sort ? QVariant(l.macs) : QVariant(locale.toString(l.macs));
        case LatencyColumn:
            if (!cost || !std::isfinite(cost->latencyMs))
                return sort ? QVariant(-1.0) : QVariant();
            return sort ? QVariant(cost->latencyMs) : QVariant(locale.toString(cost->latencyMs, 'f', 4));
        case EnergyColumn:
            if (!cost || !std::isfinite(cost->energyMj))
                return sort ? QVariant(-1.0) : QVariant();
            return sort ? QVariant(cost->energyMj) : QVariant(locale.toString(cost->energyMj, 'f', 4));
        default: break;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case IndexColumn: return tr("#");
        case NameColumn: return tr("Name");
        case OpColumn: return tr("Op");
        case OutputColumn: return tr("Output");
        case MacsColumn: return tr("MACs");
        case LatencyColumn: return tr("Latency (ms)");
        case EnergyColumn: return tr("Energy (mJ)");
        default: break;
        }
        return {};
    }

private:
    const ImportedModel *m_model = nullptr;
    const std::optional<NetworkCost> *m_cost = nullptr;
};

namespace {

// Bar colours group layers by what they are: the cost model's layer type.
QString groupOf(const Layer &l)
{
    if (l.type == LayerType::Conv && l.groups > 1 && l.groups == l.in.c)
        return QStringLiteral("depthwise");
    return layerTypeToString(l.type);
}

QString megaText(qint64 v)
{
    return QLocale().toString(double(v) / 1e6, 'f', 2) + QStringLiteral(" M");
}

} // namespace

ImportedModelView::ImportedModelView(QWidget *parent)
    : QWidget(parent)
    , m_layers(new ImportedLayerCostModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_deviceBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(new LayerBarsChart(this))
    , m_totals(new QLabel(this))
{
    m_layers->set(&m_model, &m_cost);
    m_proxy->setSourceModel(m_layers);
    m_proxy->setSortRole(ImportedLayerCostModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportedLayerCostModel::IndexColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportedLayerCostModel::NameColumn, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deviceBox->setMinimumContentsLength(32);
    m_chart->setMessage(tr("No model"));

    auto *deviceRow = new QHBoxLayout;
    auto *deviceLabel = new QLabel(tr("&Device:"), this);
    deviceLabel->setBuddy(m_deviceBox);
    deviceRow->addWidget(deviceLabel);
    deviceRow->addWidget(m_deviceBox);
    deviceRow->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(deviceRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_totals);

    connect(m_deviceBox, &QComboBox::currentIndexChanged, this, [this] {
        recompute();
        Q_EMIT deviceChanged(currentDeviceId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportedModelView::followTableSelection);
    connect(m_chart, &LayerBarsChart::layerClicked, this, &ImportedModelView::selectLayer);
    updateSummary();
    recompute();
}

ImportedModelView::~ImportedModelView()
{
    // The layer model points into m_model and m_cost, which go before the child widgets do:
    // detach it first, so the table never reads them while it is torn down.
    m_layers->set(nullptr, nullptr);
}

bool ImportedModelView::loadFile(const QString &path, QString *error)
{
    auto model = importOnnxModel(path, ImportOptions{}, error);
    if (!model)
        return false;
    model->source = QFileInfo(path).fileName();
    setImportedModel(std::move(*model));
    return true;
}

void ImportedModelView::setImportedModel(ImportedModel model)
{
    m_model = std::move(model);
    m_cost.reset();
    m_layers->set(&m_model, &m_cost);
    updateSummary();
    recompute();
}

void ImportedModelView::setDevices(const QList<DeviceProfile> &devices, const QString &current)
{
    QString keep = currentDeviceId();
    const auto offered = [&](const QString &id) {
        return std::any_of(devices.cbegin(), devices.cend(), [&](const DeviceProfile &d) { return d.id == id; });
    };
    if (keep.isEmpty() || !offered(keep))
        keep = offered(current) ? current : QString();
    m_devices = devices;
    {
        const QSignalBlocker block(m_deviceBox);
        m_deviceBox->clear();
        for (const DeviceProfile &d : devices)
            m_deviceBox->addItem(d.name == d.id || d.name.isEmpty() ? d.id : QStringLiteral("%1 (%2)").arg(d.name, d.id), d.id);
        const int index = keep.isEmpty() ? 0 : m_deviceBox->findData(keep);
        m_deviceBox->setCurrentIndex(devices.isEmpty() ? -1 : std::max(index, 0));
    }
    recompute();
    Q_EMIT deviceChanged(currentDeviceId());
}

QString ImportedModelView::currentDeviceId() const
{
    return m_deviceBox->currentData().toString();
}

QAbstractItemModel *ImportedModelView::layerModel() const
{
    return m_proxy;
}

QString ImportedModelView::summaryText() const
{
    return m_summary->text();
}

QString ImportedModelView::totalsText() const
{
    return m_totals->text();
}

void ImportedModelView::updateSummary()
{
    if (m_model.graph.size() == 0) {
        m_summary->setText(tr("No model imported. File ▸ Import ONNX Model… reads a CNN from an .onnx file."));
        return;
    }
    QStringList dims;
    for (qint64 d : m_model.inputShape)
        dims.append(QString::number(d));
    QString text = tr("<b>%1</b>%2: input %4 (%3), %5 layers from %6 ONNX nodes, %7 MACs, %8 parameters.")
                       .arg(m_model.source.toHtmlEscaped(),
                            m_model.producer.isEmpty() ? QString() : tr(" (%1, opset %2)").arg(m_model.producer.toHtmlEscaped()).arg(m_model.opsetVersion),
                            m_model.inputName.toHtmlEscaped(), dims.join(u'×'))
                       .arg(m_model.graph.size())
                       .arg(m_model.nodeCount)
                       .arg(megaText(m_model.macs), megaText(m_model.params));
    if (!m_model.unsupported.empty()) {
        QStringList nodes;
        for (const UnsupportedNode &u : m_model.unsupported)
            nodes.append(tr("node %1 (%2) %3").arg(u.index).arg(u.name.toHtmlEscaped(), u.op.toHtmlEscaped()));
        text += tr("<br>Unsupported, costed as zero: %1.").arg(nodes.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);
}

void ImportedModelView::recompute()
{
    m_cost.reset();
    QString why;
    const QString id = currentDeviceId();
    const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(), [&](const DeviceProfile &d) { return d.id == id; });
    if (m_model.graph.size() == 0) {
        why = tr("No model");
    } else if (it == m_devices.cend()) {
        why = tr("No device to predict on");
    } else {
        m_cost = predictImportedModel(m_model, *it, true, &why);
        if (m_cost && !m_cost->runnable) {
            why = tr("Not runnable on %1: %2").arg(it->id, m_cost->notRunnableReason);
            m_cost.reset();
        }
    }
    m_layers->costsChanged();

    if (!m_cost) {
        m_chart->clear();
        m_chart->setMessage(why);
        m_totals->setText(m_model.graph.size() == 0 ? QString() : tr("No per-layer costs: %1.").arg(why));
        return;
    }
    std::vector<LayerBarsChart::Bar> bars;
    bars.reserve(size_t(m_model.graph.size()));
    for (int i = 0; i < m_model.graph.size(); ++i) {
        const LayerCost &c = m_cost->layers[size_t(i)];
        bars.push_back({m_model.layerNames.value(i), groupOf(m_model.graph.layer(i)), c.latencyMs, c.energyMj});
    }
    m_chart->setLayers(bars);
    const QLocale locale;
    const double overheadMs = m_cost->latencyMs - m_chart->latencySum();
    QString text = tr("Total on %1: %2 layers, %3 MACs, latency %4 ms, energy %5 mJ, peak memory %6 MB.")
                       .arg(id)
                       .arg(m_model.graph.size())
                       .arg(locale.toString(m_model.macs))
                       .arg(locale.toString(m_cost->latencyMs, 'f', 3), locale.toString(m_cost->energyMj, 'f', 3),
                            locale.toString(m_cost->peakMemoryMB, 'f', 2));
    if (overheadMs > 5e-4)
        text += tr(" The latency includes the device's fixed %1 ms per inference.").arg(locale.toString(overheadMs, 'f', 3));
    m_totals->setText(text);
}

void ImportedModelView::selectLayer(int layer)
{
    if (m_syncing || layer < 0 || layer >= m_model.graph.size())
        return;
    const QModelIndex row = m_proxy->mapFromSource(m_layers->index(layer, 0));
    m_syncing = true;
    m_table->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(row);
    m_chart->setSelectedLayer(layer);
    m_syncing = false;
}

void ImportedModelView::followTableSelection()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int layer = rows.isEmpty() ? -1 : rows.first().data(ImportedLayerCostModel::LayerRole).toInt();
    m_syncing = true;
    m_chart->setSelectedLayer(layer);
    m_syncing = false;
}

} // namespace edgefront

#include "importedmodelview.moc"
