#include "compareview.h"

#include "charts/minifrontchart.h"
#include "deviceevaluator.h"
#include "designspacecatalog.h"
#include "projectstore.h"
#include "searchevaluator.h"
#include "seededgenerator.h"
#include "srccheatmap.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace edgefront {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kIdRole = Qt::UserRole;

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

// Decimals that show about three significant digits of a latency or energy.
int decimalsFor(double v)
{
    if (!std::isfinite(v) || v == 0)
        return 2;
    return std::clamp(2 - int(std::floor(std::log10(std::abs(v)))), 0, 4);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CompareTableModel

CompareTableModel::CompareTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareTableModel::setRows(QList<Row> rows, bool hasSelection)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_hasSelection = hasSelection;
    endResetModel();
}

int CompareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool text = column == DeviceColumn || column == BestDesignColumn;
        return QVariant::fromValue(Qt::Alignment(text ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter));
    }
    const bool selected = m_hasSelection;
    if (role == SortRole) {
        switch (column) {
        case DeviceColumn: return r.name;
        case LatencyColumn: return r.latencyMs;
        case EnergyColumn: return r.energyMj;
        case MeetsBudgetColumn: return r.meetsBudget;
        case OnFrontColumn: return r.onFront;
        case BestAccuracyColumn: return r.bestAccuracy;
        case BestLatencyColumn: return r.bestLatencyMs;
        case BestEnergyColumn: return r.bestEnergyMj;
        case BestDesignColumn: return r.bestKey;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == DeviceColumn)
            return r.device;
        if (column == BestDesignColumn)
            return r.best >= 0 ? tr("%1\nPress Enter or double-click to select it on every chart.").arg(r.bestKey)
                               : tr("No candidate meets the latency budget on this device.");
        return {};
    }
    if (role == Qt::ForegroundRole && column == MeetsBudgetColumn && selected && std::isfinite(r.latencyMs))
        return QVariant::fromValue(r.meetsBudget ? QColor(30, 120, 50) : QColor(190, 30, 30));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case DeviceColumn: return r.name;
    case LatencyColumn: return selected ? number(r.latencyMs, decimalsFor(r.latencyMs)) : QString();
    case EnergyColumn: return selected ? number(r.energyMj, decimalsFor(r.energyMj)) : QString();
    case MeetsBudgetColumn:
        if (!selected)
            return QString();
        if (!std::isfinite(r.latencyMs))
            return tr("unknown");
        return r.meetsBudget ? tr("yes") : tr("no");
    case OnFrontColumn:
        if (!selected || !std::isfinite(r.latencyMs))
            return QString();
        return r.onFront ? tr("yes") : tr("no");
    case BestAccuracyColumn: return r.best >= 0 ? number(r.bestAccuracy, 2) : QString();
    case BestLatencyColumn: return r.best >= 0 ? number(r.bestLatencyMs, decimalsFor(r.bestLatencyMs)) : QString();
    case BestEnergyColumn: return r.best >= 0 ? number(r.bestEnergyMj, decimalsFor(r.bestEnergyMj)) : QString();
    case BestDesignColumn: return r.best >= 0 ? r.bestKey : tr("none within the budget");
    default: break;
    }
    return {};
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Device"), QT_TR_NOOP("Latency (ms)"), QT_TR_NOOP("Energy (mJ)"), QT_TR_NOOP("Meets budget"),
        QT_TR_NOOP("On front"), QT_TR_NOOP("Best accuracy (%)"), QT_TR_NOOP("Best latency (ms)"),
        QT_TR_NOOP("Best energy (mJ)"), QT_TR_NOOP("Best design within budget")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Compared device"), QT_TR_NOOP("Latency of the selected candidate on the device"),
        QT_TR_NOOP("Energy of the selected candidate on the device"),
        QT_TR_NOOP("Whether the selected candidate's latency is within the latency budget"),
        QT_TR_NOOP("Whether the selected candidate is Pareto-optimal (accuracy, latency) on the device"),
        QT_TR_NOOP("Accuracy of the device's most accurate candidate within the latency budget"),
        QT_TR_NOOP("Latency of that candidate on the device"), QT_TR_NOOP("Energy of that candidate on the device"),
        QT_TR_NOOP("That candidate's design")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

// ---------------------------------------------------------------------------------------------
// CompareView

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    m_spaceBox = new QComboBox(this);
    m_spaceBox->addItems(designSpaceNames());
    m_spaceBox->setCurrentText(defaultDesignSpaceName());
    m_spaceBox->setAccessibleName(tr("Design space of the candidates"));
    m_spaceBox->setToolTip(tr("The design space the compared candidates are drawn from"));

    m_countBox = new QSpinBox(this);
    m_countBox->setRange(10, 100'000);
    m_countBox->setSingleStep(500);
    m_countBox->setValue(kDefaultCandidates);
    m_countBox->setGroupSeparatorShown(true);
    m_countBox->setAccessibleName(tr("Number of candidates"));
    m_countBox->setToolTip(tr("Distinct random designs evaluated on every device (the same designs everywhere)"));

    m_seedBox = new QSpinBox(this);
    m_seedBox->setRange(0, std::numeric_limits<int>::max());
    m_seedBox->setValue(int(kDefaultSeed));
    m_seedBox->setAccessibleName(tr("Seed of the candidates"));
    m_seedBox->setToolTip(tr("The same seed draws the same candidates"));

    m_budgetBox = new QDoubleSpinBox(this);
    m_budgetBox->setRange(0.001, 1e6);
    m_budgetBox->setDecimals(3);
    m_budgetBox->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_budgetBox->setValue(kDefaultBudgetMs);
    m_budgetBox->setSuffix(tr(" ms"));
    m_budgetBox->setAccessibleName(tr("Latency budget"));
    m_budgetBox->setToolTip(tr("Latency budget on every compared device: the table shows whether the selected "
                               "candidate meets it and each device's most accurate candidate within it"));

    m_sharedAxes = new QCheckBox(tr("S&hared axes"), this);
    m_sharedAxes->setToolTip(tr("Draw every chart on the same latency and accuracy ranges"));
    m_logLatency = new QCheckBox(tr("&Log latency"), this);
    m_logLatency->setChecked(true);
    m_logLatency->setToolTip(tr("Logarithmic latency axes (fleets span orders of magnitude)"));

    m_recomputeButton = new QPushButton(tr("Re&compute"), this);
    m_recomputeButton->setToolTip(tr("Draw and evaluate the candidates again"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the computation; the view keeps the previous candidates"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Candidate computation progress"));
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancelButton)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Comparison status"));
    m_status->setWordWrap(true);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *controls = new QHBoxLayout;
    controls->addWidget(label(tr("S&pace:"), m_spaceBox));
    controls->addWidget(m_spaceBox);
    controls->addWidget(label(tr("Ca&ndidates:"), m_countBox));
    controls->addWidget(m_countBox);
    controls->addWidget(label(tr("S&eed:"), m_seedBox));
    controls->addWidget(m_seedBox);
    controls->addStretch(1);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_recomputeButton);
    // A second row, so the view fits beside the workbench's docks.
    auto *controls2 = new QHBoxLayout;
    controls2->addWidget(label(tr("Latency &budget:"), m_budgetBox));
    controls2->addWidget(m_budgetBox);
    controls2->addSpacing(12);
    controls2->addWidget(m_sharedAxes);
    controls2->addWidget(m_logLatency);
    controls2->addStretch(1);

    // Device picker.
    m_picker = new QListWidget(this);
    m_picker->setAccessibleName(tr("Devices to compare"));
    m_picker->setToolTip(tr("Check two to six devices; Space toggles the current one"));
    m_picker->setUniformItemSizes(true);
    m_pickerHint = new QLabel(tr("Check %1 to %2 devices.").arg(kMinDevices).arg(kMaxDevices), this);
    m_pickerHint->setWordWrap(true);
    auto *pickerLabel = new QLabel(tr("&Devices:"), this);
    pickerLabel->setBuddy(m_picker);
    auto *pickerBox = new QWidget(this);
    auto *pickerLayout = new QVBoxLayout(pickerBox);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    pickerLayout->addWidget(pickerLabel);
    pickerLayout->addWidget(m_picker, 1);
    pickerLayout->addWidget(m_pickerHint);

    // Chart grid.
    m_gridHost = new QWidget(this);
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    m_gridMessage = new QLabel(m_gridHost);
    m_gridMessage->setAlignment(Qt::AlignCenter);
    m_gridMessage->setWordWrap(true);
    m_grid->addWidget(m_gridMessage, 0, 0);

    // Heat map and proxies.
    m_heatMap = new SrccHeatMap(this);
    m_heatMap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_heatMap->setToolTip(tr("SRCC of every device pair's latencies on these candidates; click a cell to compare "
                             "its two devices"));
    m_proxyLabel = new QLabel(this);
    m_proxyLabel->setWordWrap(true);
    m_proxyLabel->setTextFormat(Qt::RichText);
    m_proxyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_proxyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxyLabel->setAccessibleName(tr("Best proxy of each compared device"));
    auto *heatBox = new QWidget(this);
    auto *heatLayout = new QVBoxLayout(heatBox);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    auto *heatTitle = new QLabel(tr("<b>Who can be whose proxy</b> (SRCC on these candidates)"), this);
    heatTitle->setWordWrap(true);
    heatLayout->addWidget(heatTitle);
    heatLayout->addWidget(m_heatMap, 1);
    heatLayout->addWidget(m_proxyLabel);

    // Table.
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setWordWrap(true);
    m_selectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectionLabel->setAccessibleName(tr("Selected candidate"));
    m_model = new CompareTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Selected candidate and best design per device"));
    m_table->setWordWrap(false);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_selectionLabel);
    tableLayout->addWidget(m_table, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(pickerBox);
    top->addWidget(m_gridHost);
    top->addWidget(heatBox);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 3);
    top->setStretchFactor(2, 1);
    top->setSizes({220, 900, 420});
    top->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(tableBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addLayout(controls2);
    layout->addWidget(m_status);
    layout->addWidget(vertical, 1);

    m_budgetTimer.setSingleShot(true);
    m_budgetTimer.setInterval(40);
    connect(&m_budgetTimer, &QTimer::timeout, this, [this] {
        for (MiniFrontChart *c : std::as_const(m_charts))
            c->setBudget(latencyBudget());
        updateTable();
    });
    connect(m_budgetBox, &QDoubleSpinBox::valueChanged, &m_budgetTimer, qOverload<>(&QTimer::start));
    connect(m_sharedAxes, &QCheckBox::toggled, this, &CompareView::updateAxes);
    connect(m_logLatency, &QCheckBox::toggled, this, [this](bool on) {
        for (MiniFrontChart *c : std::as_const(m_charts))
            c->setLogLatency(on);
        updateAxes();
    });
    connect(m_recomputeButton, &QPushButton::clicked, this, &CompareView::recompute);
    connect(m_cancelButton, &QPushButton::clicked, this, &CompareView::cancel);
    connect(m_spaceBox, &QComboBox::currentTextChanged, this, [this] {
        m_extras.clear();
        recompute();
    });
    connect(m_countBox, &QSpinBox::editingFinished, this, [this] {
        if (!m_data || int(m_data->archs.size()) != m_countBox->value())
            recompute();
    });
    connect(m_seedBox, &QSpinBox::editingFinished, this, &CompareView::recompute);
    connect(m_picker, &QListWidget::itemChanged, this, &CompareView::pickerItemChanged);
    connect(m_heatMap, &SrccHeatMap::pairClicked, this, &CompareView::heatMapPairClicked);
    connect(m_table, &QTableView::activated, this, &CompareView::activateTableRow);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CompareView::finished);

    setBusy(false);
    m_heatMap->clear(tr("Open a project to compare its devices."));
    m_gridMessage->setText(tr("Open a project to compare its devices."));
}

CompareView::~CompareView()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void CompareView::setProjectPath(const QString &path)
{
    m_projectPath = path;
    if (path.isEmpty()) {
        cancel();
        m_data.reset();
        m_indexByKey.clear();
        m_selected = -1;
        m_picker->clear();
        rebuildGrid();
        updateTable();
        m_heatMap->clear(tr("Open a project to compare its devices."));
        m_status->clear();
        return;
    }
    recompute();
}

QString CompareView::space() const
{
    return m_spaceBox->currentText();
}

void CompareView::setSpace(const QString &space)
{
    m_spaceBox->setCurrentText(space);
}

int CompareView::candidateCount() const
{
    return m_countBox->value();
}

void CompareView::setCandidateCount(int count)
{
    m_countBox->setValue(count);
}

quint64 CompareView::seed() const
{
    return quint64(m_seedBox->value());
}

void CompareView::setSeed(quint64 seed)
{
    m_seedBox->setValue(int(std::min<quint64>(seed, quint64(m_seedBox->maximum()))));
}

void CompareView::setExtraDesigns(std::vector<Architecture> designs)
{
    m_extras = std::move(designs);
    recompute();
}

QStringList CompareView::comparedDevices() const
{
    QStringList out;
    for (int i = 0; i < m_picker->count() && out.size() < kMaxDevices; ++i) {
        const QListWidgetItem *item = m_picker->item(i);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(kIdRole).toString());
    }
    return out;
}

void CompareView::setComparedDevices(const QStringList &ids)
{
    m_checkedOrder = ids.mid(0, kMaxDevices);
    m_fillingPicker = true;
    for (int i = 0; i < m_picker->count(); ++i) {
        QListWidgetItem *item = m_picker->item(i);
        item->setCheckState(m_checkedOrder.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_fillingPicker = false;
    rebuildGrid();
    updateTable();
    updateProxyText();
    Q_EMIT comparedDevicesChanged(comparedDevices());
}

double CompareView::latencyBudget() const
{
    return m_budgetBox->value();
}

void CompareView::setLatencyBudget(double ms)
{
    m_budgetBox->setValue(ms);
    m_budgetTimer.stop();
    for (MiniFrontChart *c : std::as_const(m_charts))
        c->setBudget(latencyBudget());
    updateTable();
}

bool CompareView::sharedAxes() const
{
    return m_sharedAxes->isChecked();
}

void CompareView::setSharedAxes(bool on)
{
    m_sharedAxes->setChecked(on);
}

bool CompareView::logLatency() const
{
    return m_logLatency->isChecked();
}

void CompareView::setLogLatency(bool on)
{
    m_logLatency->setChecked(on);
}

QString CompareView::selectedCandidate() const
{
    return m_data && m_selected >= 0 ? m_data->keys[m_selected] : QString();
}

MiniFrontChart *CompareView::chartFor(const QString &device) const
{
    const qsizetype i = m_chartDevices.indexOf(device);
    return i >= 0 ? m_charts[i] : nullptr;
}

bool CompareView::isComputing() const
{
    return m_watcher.isRunning() || m_restart;
}

QString CompareView::statusText() const
{
    return m_status->text();
}

QString CompareView::proxyText() const
{
    return m_proxyLabel->text();
}

bool CompareView::setSelectedCandidate(const QString &key)
{
    const int index = m_indexByKey.value(key, -1);
    if (index == m_selected)
        return index >= 0;
    m_selected = index;
    for (MiniFrontChart *c : std::as_const(m_charts))
        c->setHighlighted(index);
    updateTable();
    return index >= 0;
}

void CompareView::recompute()
{
    if (m_projectPath.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_restart = true;
        m_watcher.cancel();
        return;
    }
    start();
}

void CompareView::cancel()
{
    m_restart = false;
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void CompareView::start()
{
    m_restart = false;
    setBusy(true);
    m_progress->setValue(0);
    Request request{m_projectPath, space(), candidateCount(), seed(), m_extras};
    m_status->setText(tr("Evaluating %n candidate(s) of %1 on the fleet…", nullptr, request.count).arg(request.space));
    if (!m_data)
        m_gridMessage->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run(&CompareView::compute, request));
}

void CompareView::compute(QPromise<Computation> &promise, const Request &request)
{
    QElapsedTimer timer;
    timer.start();
    promise.setProgressRange(0, kProgressSteps);
    Computation c;
    auto store = ProjectStore::open(request.path, &c.error, false);
    const DesignSpace *space = findDesignSpace(request.space, &c.error);
    if (!store || !space) {
        promise.addResult(std::move(c));
        return;
    }
    auto accuracy = defaultAccuracySource(*store, *space, &c.error);
    if (!accuracy) {
        promise.addResult(std::move(c));
        return;
    }
    auto data = std::make_shared<CompareCandidates>();
    data->space = space->name();
    data->accuracyProvenance = accuracy->provenance();

    // Candidates: the extra designs, then distinct random ones.
    QSet<QString> seen;
    auto add = [&](const Architecture &a) {
        const QString key = space->key(a);
        if (seen.contains(key))
            return;
        seen.insert(key);
        data->archs.push_back(a);
        data->keys.append(key);
    };
    for (const Architecture &a : request.extras) {
        if (space->isValid(a))
            add(a);
    }
    // As CandidateSet draws them: the same seed and count give the explorer's candidates.
    QRandomGenerator rng = seededGenerator(request.seed);
    const int target = int(data->archs.size()) + request.count;
    for (int attempt = 0; int(data->archs.size()) < target && attempt < 20 * request.count; ++attempt)
        add(space->sample(rng));
    promise.setProgressValueAndText(kProgressSteps / 20, tr("Predicting the accuracy of %n candidate(s)…", nullptr,
                                                            int(data->archs.size())));
    if (promise.isCanceled())
        return;
    data->accuracy = accuracy->predict(ArchitectureBatch(*space, data->archs));

    // Every device's numbers on them.
    const QList<DeviceProfile> devices = store->devices();
    int done = 0;
    for (const DeviceProfile &d : devices) {
        if (promise.isCanceled())
            return;
        ++done;
        QString why;
        auto evaluator = store->evaluator(d.id, &why);
        if (!evaluator || !evaluator->canEvaluate(*space, Metric::LatencyMs, &why))
            continue;
        promise.setProgressValueAndText(kProgressSteps / 10 + (kProgressSteps * 85 / 100) * done / std::max<qsizetype>(1, devices.size()),
                                        tr("Evaluating the candidates on %1 (%2 of %3)…")
                                            .arg(d.name.isEmpty() ? d.id : d.name)
                                            .arg(done)
                                            .arg(devices.size()));
        const bool measured = d.provenance == DeviceProvenance::Measured;
        const auto cost = CostSource::fromDevice(std::move(*evaluator));
        std::vector<double> latency, energy;
        cost->evaluate(*space, data->archs, latency, energy);
        data->devices.append(d.id);
        data->names.insert(d.id, d.name.isEmpty() ? d.id : d.name);
        data->costProvenance.insert(d.id, measured ? tr("measured (%1)").arg(cost->provenance()) : cost->provenance());
        data->latency.push_back(std::move(latency));
        data->energy.push_back(std::move(energy));
    }
    if (promise.isCanceled())
        return;
    promise.setProgressValueAndText(kProgressSteps * 96 / 100, tr("Ranking the devices against each other…"));
    data->srcc = monotonicityMatrix(data->devices, data->latency);
    data->srcc.space = space->name();
    data->elapsedMs = timer.elapsed();
    c.data = std::move(data);
    promise.setProgressValue(kProgressSteps);
    promise.addResult(std::move(c));
}

void CompareView::finished()
{
    const QFuture<Computation> future = m_watcher.future();
    if (m_restart) {
        start();
        return;
    }
    setBusy(false);
    if (future.isCanceled() || future.resultCount() == 0) {
        m_status->setText(m_data ? tr("Cancelled; the view shows the previous candidates.")
                                 : tr("Cancelled. Press Recompute to evaluate the candidates."));
        if (!m_data)
            m_gridMessage->setText(tr("Cancelled."));
        Q_EMIT computationFinished(false);
        return;
    }
    const Computation c = future.result();
    if (!c.data) {
        m_status->setText(tr("Could not evaluate the candidates: %1").arg(c.error));
        m_gridMessage->setText(c.error);
        Q_EMIT computationFinished(false);
        return;
    }
    const QString previous = selectedCandidate();
    m_data = c.data;
    m_indexByKey.clear();
    for (int i = 0; i < m_data->keys.size(); ++i)
        m_indexByKey.insert(m_data->keys[i], i);
    m_selected = m_indexByKey.value(previous, -1);
    fillPicker();
    rebuildGrid();
    updateTable();
    m_heatMap->setResult(m_data->srcc, m_data->names);
    updateProxyText();
    const QLocale locale;
    m_status->setText(tr("%1 candidates of %2 on %3 devices in %4 s; accuracy: %5.")
                          .arg(locale.toString(qlonglong(m_data->archs.size())), m_data->space)
                          .arg(m_data->devices.size())
                          .arg(locale.toString(double(m_data->elapsedMs) / 1000.0, 'f', 1), m_data->accuracyProvenance));
    Q_EMIT computationFinished(true);
}

void CompareView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
}

void CompareView::fillPicker()
{
    const QStringList wanted = m_checkedOrder;
    m_fillingPicker = true;
    m_picker->clear();
    QStringList usable;
    for (int d = 0; d < m_data->devices.size(); ++d) {
        const QString &id = m_data->devices[d];
        const auto &lat = m_data->latency[size_t(d)];
        const bool any = std::any_of(lat.begin(), lat.end(), [](double v) { return std::isfinite(v); });
        auto *item = new QListWidgetItem(m_data->names.value(id, id), m_picker);
        item->setData(kIdRole, id);
        item->setFlags(any ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(any ? tr("%1 (%2)").arg(id, m_data->costProvenance.value(id))
                             : tr("%1: no latency for these candidates (a measured device knows only its measured "
                                  "designs)")
                                   .arg(id));
        if (any)
            usable.append(id);
    }
    // Keep the user's devices; start with the first two otherwise.
    QStringList checked;
    for (const QString &id : wanted) {
        if (usable.contains(id) && checked.size() < kMaxDevices)
            checked.append(id);
    }
    for (int i = 0; checked.size() < kMinDevices && i < usable.size(); ++i) {
        if (!checked.contains(usable[i]))
            checked.append(usable[i]);
    }
    for (int i = 0; i < m_picker->count(); ++i) {
        QListWidgetItem *item = m_picker->item(i);
        if (checked.contains(item->data(kIdRole).toString()))
            item->setCheckState(Qt::Checked);
    }
    m_checkedOrder = checked;
    m_fillingPicker = false;
}

void CompareView::pickerItemChanged(QListWidgetItem *item)
{
    if (m_fillingPicker)
        return;
    const QString id = item->data(kIdRole).toString();
    if (item->checkState() == Qt::Checked) {
        if (m_checkedOrder.size() >= kMaxDevices) {
            m_fillingPicker = true;
            item->setCheckState(Qt::Unchecked);
            m_fillingPicker = false;
            m_pickerHint->setText(tr("At most %1 devices; uncheck one first.").arg(kMaxDevices));
            return;
        }
        if (!m_checkedOrder.contains(id))
            m_checkedOrder.append(id);
    } else {
        m_checkedOrder.removeAll(id);
    }
    m_pickerHint->setText(m_checkedOrder.size() < kMinDevices
                              ? tr("Check at least %1 devices to compare them.").arg(kMinDevices)
                              : tr("Check %1 to %2 devices.").arg(kMinDevices).arg(kMaxDevices));
    rebuildGrid();
    updateTable();
    updateProxyText();
    Q_EMIT comparedDevicesChanged(comparedDevices());
}

void CompareView::rebuildGrid()
{
    const QStringList devices = m_data ? comparedDevices() : QStringList();
    if (devices == m_chartDevices && !m_charts.isEmpty()) {
        updateCharts();
        return;
    }
    qDeleteAll(m_charts);
    m_charts.clear();
    m_chartDevices = devices;
    m_gridMessage->setVisible(devices.isEmpty());
    if (devices.isEmpty()) {
        if (m_data)
            m_gridMessage->setText(tr("Check devices in the list to compare their fronts."));
        return;
    }
    const int n = int(devices.size());
    const int columns = n <= 2 ? n : n <= 4 ? 2 : 3;
    for (int i = 0; i < n; ++i) {
        auto *chart = new MiniFrontChart(m_gridHost);
        chart->setObjectName(QStringLiteral("compareChart_%1").arg(devices[i]));
        chart->setLogLatency(logLatency());
        const int device = m_data->deviceIndex(devices[i]);
        chart->setToolTipProvider([this, device](int index) { return candidateToolTip(device, index); });
        connect(chart, &MiniFrontChart::candidateClicked, this, &CompareView::userSelected);
        m_grid->addWidget(chart, i / columns, i % columns);
        m_charts.append(chart);
    }
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < 3; ++r)
        m_grid->setRowStretch(r, r < (n + columns - 1) / columns ? 1 : 0);
    // Tab order follows the grid.
    for (int i = 1; i < n; ++i)
        setTabOrder(m_charts[i - 1], m_charts[i]);
    updateCharts();
}

void CompareView::updateCharts()
{
    if (!m_data)
        return;
    for (int i = 0; i < m_charts.size(); ++i) {
        MiniFrontChart *chart = m_charts[i];
        const int d = m_data->deviceIndex(m_chartDevices[i]);
        if (d < 0) {
            chart->setMessage(tr("No numbers for %1").arg(m_chartDevices[i]));
            continue;
        }
        chart->setTitle(m_data->names.value(m_chartDevices[i], m_chartDevices[i]));
        chart->setCandidates(m_data->latency[size_t(d)], m_data->accuracy);
        chart->setBudget(latencyBudget());
        chart->setHighlighted(m_selected);
    }
    updateAxes();
}

void CompareView::updateAxes()
{
    if (!sharedAxes()) {
        for (MiniFrontChart *c : std::as_const(m_charts))
            c->clearAxisRanges();
        return;
    }
    std::optional<std::array<double, 4>> all;
    for (MiniFrontChart *c : std::as_const(m_charts)) {
        const auto e = c->dataExtremes();
        if (!e)
            continue;
        if (!all) {
            all = e;
            continue;
        }
        (*all)[0] = std::min((*all)[0], (*e)[0]);
        (*all)[1] = std::max((*all)[1], (*e)[1]);
        (*all)[2] = std::min((*all)[2], (*e)[2]);
        (*all)[3] = std::max((*all)[3], (*e)[3]);
    }
    if (!all)
        return;
    const auto ranges = MiniFrontChart::paddedRanges(*all, logLatency());
    for (MiniFrontChart *c : std::as_const(m_charts))
        c->setAxisRanges(ranges);
}

void CompareView::updateTable()
{
    QList<CompareTableModel::Row> rows;
    const double budget = latencyBudget();
    if (m_data) {
        for (const QString &id : comparedDevices()) {
            const int d = m_data->deviceIndex(id);
            if (d < 0)
                continue;
            const auto &lat = m_data->latency[size_t(d)];
            const auto &en = m_data->energy[size_t(d)];
            CompareTableModel::Row r;
            r.device = id;
            r.name = m_data->names.value(id, id);
            if (m_selected >= 0) {
                r.latencyMs = lat[size_t(m_selected)];
                r.energyMj = en[size_t(m_selected)];
                r.meetsBudget = r.latencyMs <= budget;
                if (const MiniFrontChart *chart = chartFor(id))
                    r.onFront = std::find(chart->front().begin(), chart->front().end(), m_selected) != chart->front().end();
            }
            for (size_t i = 0; i < lat.size(); ++i) {
                const double a = m_data->accuracy[i];
                if (!(lat[i] <= budget) || !std::isfinite(a))
                    continue;
                if (r.best < 0 || a > r.bestAccuracy || (a == r.bestAccuracy && lat[i] < r.bestLatencyMs)) {
                    r.best = int(i);
                    r.bestAccuracy = a;
                    r.bestLatencyMs = lat[i];
                    r.bestEnergyMj = en[i];
                }
            }
            if (r.best >= 0)
                r.bestKey = m_data->keys[r.best];
            rows.append(r);
        }
    }
    m_model->setRows(rows, m_selected >= 0);
    m_table->resizeColumnsToContents();
    if (!m_data) {
        m_selectionLabel->clear();
    } else if (m_selected < 0) {
        m_selectionLabel->setText(tr("Click a candidate on any chart to see it on every device."));
    } else {
        m_selectionLabel->setText(tr("Selected: %1 — accuracy %2 % (%3)")
                                      .arg(m_data->keys[m_selected], number(m_data->accuracy[size_t(m_selected)], 2),
                                           m_data->accuracyProvenance));
    }
}

void CompareView::updateProxyText()
{
    if (!m_data) {
        m_proxyLabel->clear();
        return;
    }
    const MatrixD &s = m_data->srcc.srcc;
    QStringList lines;
    const QLocale locale;
    for (const QString &id : comparedDevices()) {
        const int d = m_data->deviceIndex(id);
        if (d < 0 || d >= s.rows())
            continue;
        int best = -1;
        for (int o = 0; o < int(s.cols()); ++o) {
            if (o != d && std::isfinite(s(d, o)) && (best < 0 || s(d, o) > s(d, best)))
                best = o;
        }
        const QString name = m_data->names.value(id, id).toHtmlEscaped();
        if (best < 0) {
            lines.append(tr("%1: no other device to compare with").arg(name));
            continue;
        }
        const double v = s(d, best);
        const QString proxy = m_data->names.value(m_data->devices[best], m_data->devices[best]).toHtmlEscaped();
        lines.append(v >= SrccHeatMap::kProxyThreshold
                         ? tr("<b>%1</b>: best proxy %2 (SRCC %3, reuse its front)").arg(name, proxy, locale.toString(v, 'f', 2))
                         : tr("<b>%1</b>: best proxy %2 (SRCC %3, below 0.9: adapt the proxy)")
                               .arg(name, proxy, locale.toString(v, 'f', 2)));
    }
    m_proxyLabel->setText(lines.join(QStringLiteral("<br>")));
}

void CompareView::userSelected(int index)
{
    if (!m_data || index < 0 || index >= int(m_data->keys.size()))
        return;
    setSelectedCandidate(m_data->keys[index]);
    Q_EMIT candidateSelected(m_data->keys[index]);
}

void CompareView::heatMapPairClicked(const QString &a, const QString &b)
{
    QStringList ids = comparedDevices();
    for (const QString &id : {a, b}) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.size() > kMaxDevices) {
        m_pickerHint->setText(tr("At most %1 devices; uncheck some to add %2 and %3.")
                                  .arg(kMaxDevices)
                                  .arg(m_data->names.value(a, a), m_data->names.value(b, b)));
        return;
    }
    setComparedDevices(ids);
}

void CompareView::activateTableRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int best = m_model->row(index.row()).best;
    if (best >= 0)
        userSelected(best);
}

QString CompareView::candidateToolTip(int device, int index) const
{
    if (!m_data || device < 0 || index < 0 || index >= int(m_data->keys.size()))
        return {};
    const double lat = m_data->latency[size_t(device)][size_t(index)];
    const double en = m_data->energy[size_t(device)][size_t(index)];
    return tr("%1\naccuracy %2 % (%3)\nlatency %4 ms, energy %5 mJ (%6)\nClick to select it on every device.")
        .arg(m_data->keys[index], number(m_data->accuracy[size_t(index)], 2), m_data->accuracyProvenance,
             number(lat, decimalsFor(lat)), number(en, decimalsFor(en)),
             m_data->costProvenance.value(m_data->devices[device]));
}

} // namespace edgefront
