#include "frontexplorer.h"

#include "charts/frontchart.h"
#include "commands/selectcandidatecommand.h"
#include "commands/setbudgetcommand.h"
#include "commands/setcurrentdevicecommand.h"
#include "designspacecatalog.h"
#include "preferences.h"
#include "projectstore.h"
#include "searchevaluator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QUndoCommand>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace edgefront {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The first clause of a provenance ("surrogate of Once-for-All's accuracy predictor") for the
// status line; the whole text goes to its tooltip.
QString shortProvenance(const QString &text)
{
    const qsizetype cut = text.indexOf(QStringLiteral(" ("));
    return cut > 0 ? text.left(cut) : text;
}

} // namespace

FrontExplorer::FrontExplorer(AnalysisState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("FrontExplorer"));
    buildUi();

    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &FrontExplorer::onComputed);
    connect(&m_watcher, &QFutureWatcher<Result>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, m_progress, &QProgressBar::setValue);

    connect(m_state, &AnalysisState::projectChanged, this, &FrontExplorer::refreshDevices);
    connect(m_state, &AnalysisState::deviceChanged, this, &FrontExplorer::onDeviceChanged);
    connect(m_state, &AnalysisState::spaceChanged, this, [this](const QString &space) {
        m_syncing = true;
        m_spaceBox->setCurrentIndex(m_spaceBox->findData(space));
        m_syncing = false;
        recompute();
    });
    connect(m_state, &AnalysisState::budgetsChanged, this, &FrontExplorer::onBudgetsChanged);
    connect(m_state, &AnalysisState::selectionChanged, this, &FrontExplorer::onSelectionChanged);
    connect(m_state, &AnalysisState::pinsChanged, this, &FrontExplorer::onPinsChanged);
    connect(m_state, &AnalysisState::unitsChanged, this, &FrontExplorer::onUnitsChanged);

    connect(m_chart, &FrontChart::candidateClicked, this, [this](int index) {
        if (m_set && index >= 0 && index < m_set->size())
            m_state->execute(new SelectCandidateCommand(m_state, m_set->key(index)));
    });
    connect(m_chart, &FrontChart::redrawn, this, [this] {
        updateStatus();
        if (m_set && m_chart->candidates() == m_set && !m_drawn) {
            m_drawn = true;
            Q_EMIT frontDrawn();
        }
    });
    connect(m_chart, &FrontChart::candidateHovered, this, [this](int index) {
        if (m_set && index >= 0)
            Q_EMIT statusMessage(m_set->key(index));
    });
    onUnitsChanged();
    if (m_state->spaceName().isEmpty())
        m_state->setSpaceName(defaultDesignSpaceName());
    m_spaceBox->setCurrentIndex(m_spaceBox->findData(m_state->spaceName()));
    refreshDevices();
}

FrontExplorer::~FrontExplorer()
{
    m_restart = false;
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FrontExplorer::buildUi()
{
    m_chart = new FrontChart(this);

    // Top row: what is shown.
    m_deviceBox = new QComboBox(this);
    m_deviceBox->setObjectName(QStringLiteral("explorerDevice"));
    m_deviceBox->setAccessibleName(tr("Device"));
    m_deviceBox->setToolTip(tr("The device whose front is shown"));
    m_deviceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_deviceBox->setMinimumContentsLength(14);
    auto *deviceLabel = new QLabel(tr("&Device:"), this);
    deviceLabel->setBuddy(m_deviceBox);

    m_spaceBox = new QComboBox(this);
    m_spaceBox->setObjectName(QStringLiteral("explorerSpace"));
    m_spaceBox->setAccessibleName(tr("Design space"));
    m_spaceBox->setToolTip(tr("The design space the candidates are drawn from"));
    for (const QString &name : designSpaceNames())
        m_spaceBox->addItem(name, name);
    auto *spaceLabel = new QLabel(tr("S&pace:"), this);
    spaceLabel->setBuddy(m_spaceBox);

    m_xBox = new QComboBox(this);
    m_xBox->setObjectName(QStringLiteral("explorerXAxis"));
    m_xBox->setAccessibleName(tr("Horizontal axis"));
    m_yBox = new QComboBox(this);
    m_yBox->setObjectName(QStringLiteral("explorerYAxis"));
    m_yBox->setAccessibleName(tr("Vertical axis"));
    const CandidateMetric x = candidateMetricFromString(prefs::explorerXAxis.value()).value_or(CandidateMetric::Latency);
    const CandidateMetric y = candidateMetricFromString(prefs::explorerYAxis.value()).value_or(CandidateMetric::Accuracy);
    fillAxisBox(m_xBox, x);
    fillAxisBox(m_yBox, y);
    auto *xLabel = new QLabel(tr("&X:"), this);
    xLabel->setBuddy(m_xBox);
    auto *yLabel = new QLabel(tr("&Y:"), this);
    yLabel->setBuddy(m_yBox);
    m_logXBox = new QCheckBox(tr("Log X"), this);
    m_logXBox->setToolTip(tr("Logarithmic horizontal axis"));
    m_logXBox->setChecked(prefs::explorerLogX.value());
    m_logYBox = new QCheckBox(tr("Log Y"), this);
    m_logYBox->setToolTip(tr("Logarithmic vertical axis"));
    m_logYBox->setChecked(prefs::explorerLogY.value());

    m_sizeBox = new QComboBox(this);
    m_sizeBox->setAccessibleName(tr("Marker size"));
    m_sizeBox->setToolTip(tr("What the size of a point shows"));
    m_sizeBox->addItem(tr("Uniform size"), QStringLiteral("uniform"));
    m_sizeBox->addItem(tr("Size: peak memory"), QStringLiteral("memory"));
    m_sizeBox->setCurrentIndex(std::max(0, m_sizeBox->findData(prefs::explorerSize.value())));

    m_countBox = new QSpinBox(this);
    m_countBox->setObjectName(QStringLiteral("explorerCount"));
    m_countBox->setAccessibleName(tr("Candidates per device"));
    m_countBox->setToolTip(tr("How many seeded candidate designs the front is drawn from"));
    m_countBox->setRange(100, 200000);
    m_countBox->setSingleStep(5000);
    m_countBox->setGroupSeparatorShown(true);
    m_countBox->setKeyboardTracking(false);
    m_countBox->setValue(std::clamp(prefs::candidateCount.value(), 100, 200000));
    auto *countLabel = new QLabel(tr("&Candidates:"), this);
    countLabel->setBuddy(m_countBox);

    // Actions (the main window puts them in its menus too).
    m_resetZoomAction = new QAction(tr("&Reset Zoom"), this);
    m_resetZoomAction->setObjectName(QStringLiteral("actionResetZoom"));
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetZoomAction->setStatusTip(tr("Show all candidates again"));
    connect(m_resetZoomAction, &QAction::triggered, m_chart, &FrontChart::resetZoom);
    m_exportAction = new QAction(tr("E&xport Chart…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportChart"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the chart as a PNG image or an SVG drawing"));
    connect(m_exportAction, &QAction::triggered, this, &FrontExplorer::exportChartDialog);
    m_recomputeAction = new QAction(tr("Recompute &Front"), this);
    m_recomputeAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_recomputeAction->setStatusTip(tr("Compute the candidates of the current device again"));
    connect(m_recomputeAction, &QAction::triggered, this, &FrontExplorer::recompute);
    m_selectBestAction = new QAction(tr("Select &Best Within Budgets"), this);
    m_selectBestAction->setObjectName(QStringLiteral("actionSelectBest"));
    m_selectBestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_selectBestAction->setStatusTip(tr("Select the most accurate candidate that meets every budget"));
    connect(m_selectBestAction, &QAction::triggered, this, &FrontExplorer::selectBestWithinBudgets);
    m_clearBudgetsAction = new QAction(tr("C&lear Budgets"), this);
    m_clearBudgetsAction->setStatusTip(tr("Remove the latency, energy and memory budgets"));
    connect(m_clearBudgetsAction, &QAction::triggered, this, &FrontExplorer::clearBudgets);

    m_resetButton = new QToolButton(this);
    m_resetButton->setDefaultAction(m_resetZoomAction);
    m_exportButton = new QToolButton(this);
    m_exportButton->setDefaultAction(m_exportAction);
    auto *bestButton = new QToolButton(this);
    bestButton->setDefaultAction(m_selectBestAction);

    // Two rows of controls, so the explorer fits beside the docks: what is shown on the
    // first, how (marker size, candidate count) and the chart's actions on the second.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(deviceLabel);
    top->addWidget(m_deviceBox, 2);
    top->addSpacing(8);
    top->addWidget(spaceLabel);
    top->addWidget(m_spaceBox, 1);
    top->addSpacing(12);
    top->addWidget(xLabel);
    top->addWidget(m_xBox, 1);
    top->addWidget(m_logXBox);
    top->addSpacing(8);
    top->addWidget(yLabel);
    top->addWidget(m_yBox, 1);
    top->addWidget(m_logYBox);
    auto *second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_sizeBox);
    second->addSpacing(12);
    second->addWidget(countLabel);
    second->addWidget(m_countBox);
    second->addStretch(1);
    second->addWidget(m_resetButton);
    second->addWidget(bestButton);
    second->addWidget(m_exportButton);

    // Budgets: one slider per budget, the rightmost position meaning no limit.
    // Each budget's name and value above its slider, three budgets side by side.
    auto *budgets = new QGridLayout;
    budgets->setContentsMargins(0, 0, 0, 0);
    budgets->setVerticalSpacing(0);
    budgets->setHorizontalSpacing(6);
    const QString names[3] = {tr("&Latency budget:"), tr("E&nergy budget:"), tr("&Memory budget:")};
    const QString accessible[3] = {tr("Latency budget"), tr("Energy budget"), tr("Memory budget")};
    for (int k = 0; k < 3; ++k) {
        auto *slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(QStringLiteral("budgetSlider%1").arg(k));
        slider->setRange(0, kSliderSteps);
        slider->setPageStep(kSliderSteps / 20);
        slider->setValue(kSliderSteps);
        slider->setMinimumWidth(70);
        slider->setAccessibleName(accessible[k]);
        slider->setToolTip(tr("Drag left to tighten the budget; far right means no limit"));
        auto *label = new QLabel(names[k], this);
        label->setBuddy(slider);
        auto *value = new QLabel(this);
        value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("≤ 00000.0 mJ")));
        value->setAccessibleName(tr("%1 value").arg(accessible[k]));
        m_sliders[k] = slider;
        m_budgetLabels[k] = value;
        const auto kind = BudgetKind(k);
        connect(slider, &QSlider::valueChanged, this, [this, kind](int position) { onSliderMoved(kind, position); });
        connect(slider, &QSlider::sliderReleased, this, [this, kind, slider] {
            if (m_syncing)
                return;
            // Closes the drag's undo step.
            m_state->execute(new SetBudgetCommand(m_state, kind, budgetForPosition(kind, slider->value()), false));
        });
        budgets->addWidget(label, 0, 3 * k);
        budgets->addWidget(value, 0, 3 * k + 1, Qt::AlignRight);
        budgets->addWidget(slider, 1, 3 * k, 1, 2);
        budgets->setColumnStretch(3 * k, 1);
        if (k < 2)
            budgets->setColumnMinimumWidth(3 * k + 2, 16);
    }

    // Status line with progress and cancel.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("explorerStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Front status"));
    // Wraps rather than widening the explorer to the length of its text.
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Computation progress"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop computing the candidates"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &FrontExplorer::cancel);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_chart, 1);
    layout->addLayout(budgets);
    layout->addLayout(bottom);

    m_chart->setAxes(x, y);
    m_chart->setLogX(m_logXBox->isChecked());
    m_chart->setLogY(m_logYBox->isChecked());
    m_chart->setSizeMode(m_sizeBox->currentData().toString() == QLatin1StringView("uniform") ? FrontChart::SizeMode::Uniform
                                                                                        : FrontChart::SizeMode::Memory);

    connect(m_deviceBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_deviceBox->currentData().toString();
        if (!m_syncing && !id.isEmpty() && id != m_state->deviceId())
            m_state->execute(new SetCurrentDeviceCommand(m_state, id));
    });
    connect(m_spaceBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            m_state->setSpaceName(m_spaceBox->currentData().toString());
    });
    auto axesChanged = [this] {
        const auto x = CandidateMetric(m_xBox->currentData().toInt());
        const auto y = CandidateMetric(m_yBox->currentData().toInt());
        prefs::explorerXAxis.setValue(candidateMetricToString(x));
        prefs::explorerYAxis.setValue(candidateMetricToString(y));
        m_chart->setAxes(x, y);
        updateTitle();
    };
    connect(m_xBox, &QComboBox::currentIndexChanged, this, axesChanged);
    connect(m_yBox, &QComboBox::currentIndexChanged, this, axesChanged);
    connect(m_logXBox, &QCheckBox::toggled, this, [this](bool on) {
        prefs::explorerLogX.setValue(on);
        m_chart->setLogX(on);
    });
    connect(m_logYBox, &QCheckBox::toggled, this, [this](bool on) {
        prefs::explorerLogY.setValue(on);
        m_chart->setLogY(on);
    });
    connect(m_sizeBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString mode = m_sizeBox->currentData().toString();
        prefs::explorerSize.setValue(mode);
        m_chart->setSizeMode(mode == QLatin1StringView("uniform") ? FrontChart::SizeMode::Uniform
                                                              : FrontChart::SizeMode::Memory);
    });
    connect(m_countBox, &QSpinBox::valueChanged, this, [this](int count) {
        prefs::candidateCount.setValue(count);
        recompute();
    });
}

void FrontExplorer::fillAxisBox(QComboBox *box, CandidateMetric current)
{
    for (int i = 0; i < kCandidateMetricCount; ++i)
        box->addItem(candidateMetricDisplayName(CandidateMetric(i)), i);
    box->setCurrentIndex(box->findData(int(current)));
}

bool FrontExplorer::isComputing() const
{
    return m_watcher.isRunning();
}

QString FrontExplorer::statusText() const
{
    return m_status->text();
}

void FrontExplorer::setCandidateCount(int count)
{
    m_countBox->setValue(count);
}

int FrontExplorer::candidateCount() const
{
    return m_countBox->value();
}

void FrontExplorer::refreshDevices()
{
    ProjectStore *project = m_state->project();
    m_syncing = true;
    m_deviceBox->clear();
    QStringList ids;
    if (project) {
        for (const DeviceProfile &d : project->devices()) {
            m_deviceBox->addItem(d.name.isEmpty() || d.name == d.id ? d.id : tr("%1 — %2").arg(d.id, d.name), d.id);
            m_deviceBox->setItemData(m_deviceBox->count() - 1, deviceClassDisplayName(d.deviceClass), Qt::ToolTipRole);
            ids.append(d.id);
        }
    }
    m_syncing = false;
    if (ids.isEmpty()) {
        m_set.reset();
        m_chart->setCandidates(nullptr);
        m_chart->setMessage(project ? tr("The project has no devices. Import one with File → Import Devices.")
                                    : tr("No project is open."));
        Q_EMIT candidatesChanged();
        return;
    }
    if (!ids.contains(m_state->deviceId())) {
        // Not an edit of the analysis: the window starts on the fleet's first device.
        m_state->setDeviceId(ids.first());
        return; // deviceChanged recomputes
    }
    m_syncing = true;
    m_deviceBox->setCurrentIndex(m_deviceBox->findData(m_state->deviceId()));
    m_syncing = false;
    if (!m_set || m_set->deviceId() != m_state->deviceId() || &m_set->space() != findDesignSpace(m_state->spaceName()))
        recompute();
}

void FrontExplorer::onDeviceChanged()
{
    m_syncing = true;
    m_deviceBox->setCurrentIndex(m_deviceBox->findData(m_state->deviceId()));
    m_syncing = false;
    recompute();
}

void FrontExplorer::recompute()
{
    if (isComputing()) {
        m_restart = true;
        m_watcher.cancel();
        return;
    }
    m_restart = false;
    m_drawn = false;
    m_error.clear();
    m_set.reset();
    m_chart->setCandidates(nullptr);
    Q_EMIT candidatesChanged();

    ProjectStore *project = m_state->project();
    const DesignSpace *space = findDesignSpace(m_state->spaceName());
    const QString id = m_state->deviceId();
    std::optional<DeviceProfile> device = project && !id.isEmpty() ? project->device(id) : std::nullopt;
    if (!project || !space || !device) {
        m_error = !project ? tr("No project is open.") : !space ? tr("Unknown design space %1.").arg(m_state->spaceName())
                                                                : tr("Choose a device.");
        m_chart->setMessage(m_error);
        updateStatus();
        return;
    }
    CandidateSetOptions options;
    options.space = space;
    options.count = m_countBox->value();
    options.seed = 1;
    options.device = *device;
    options.measured = project->measuredValues(id);
    QString why;
    options.accuracy = defaultAccuracySource(*project, *space, &why);
    options.noAccuracyReason = why;
    if (m_marks.space == space->name())
        options.extraDesigns = m_marks.designs;
    QString error;
    if (!options.isValid(&error)) {
        m_error = error;
        m_chart->setMessage(error);
        return;
    }

    m_chart->setMessage(tr("Computing %1 candidates of %2 on %3…")
                            .arg(QLocale().toString(options.count), space->name(), device->id));
    m_progress->setRange(0, options.count);
    m_progress->setValue(0);
    setComputing(true);
    m_watcher.setFuture(QtConcurrent::run([options](QPromise<Result> &promise) {
        QString error;
        auto set = CandidateSet::compute(options, &error, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        Result result;
        if (set)
            result.set = std::make_shared<const CandidateSet>(std::move(*set));
        else
            result.error = error;
        promise.addResult(std::move(result));
    }));
}

void FrontExplorer::cancel()
{
    m_restart = false;
    m_watcher.cancel();
}

void FrontExplorer::setComputing(bool on)
{
    m_progress->setVisible(on);
    m_cancelButton->setVisible(on);
    m_recomputeAction->setEnabled(!on);
    Q_EMIT computingChanged(on);
}

void FrontExplorer::onComputed()
{
    setComputing(false);
    const QFuture<Result> future = m_watcher.future();
    if (m_restart) {
        recompute();
        return;
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        m_error = tr("Cancelled. Press F5 (Run → Recompute Front) to compute the candidates again.");
        m_chart->setMessage(m_error);
        updateStatus();
        return;
    }
    const Result result = future.result();
    if (!result.set) {
        m_error = tr("Could not compute the candidates: %1").arg(result.error);
        m_chart->setMessage(m_error);
        updateStatus();
        return;
    }
    m_set = result.set;
    if (!m_set->hasAccuracy() && (m_chart->xMetric() == CandidateMetric::Accuracy || m_chart->yMetric() == CandidateMetric::Accuracy))
        Q_EMIT statusMessage(tr("No accuracy for %1: %2").arg(m_set->space().name(), m_set->accuracyProvenance()));
    m_chart->setCandidates(m_set);
    m_chart->setBudgets(m_state->budgets());
    onSelectionChanged();
    onPinsChanged();
    applyMarks();
    onBudgetsChanged();
    updateTitle();
    Q_EMIT candidatesChanged();
}

void FrontExplorer::setMarkedDesigns(const MarkedDesigns &marks)
{
    m_marks = marks;
    // Designs not among the candidates yet are added by computing them again.
    bool missing = false;
    if (m_set && m_marks.space == m_set->space().name()) {
        for (const Architecture &a : m_marks.designs)
            missing = missing || m_set->indexOfKey(m_set->space().key(a)) < 0;
    }
    if (missing || isComputing())
        recompute();
    else
        applyMarks();
}

void FrontExplorer::applyMarks()
{
    std::vector<int> indices;
    QStringList notes;
    if (m_set && m_marks.space == m_set->space().name()) {
        for (size_t k = 0; k < m_marks.designs.size(); ++k) {
            const int i = m_set->indexOfKey(m_set->space().key(m_marks.designs[k]));
            if (i < 0)
                continue;
            indices.push_back(i);
            notes << m_marks.notes.value(qsizetype(k));
        }
    }
    m_chart->setMarked(std::move(indices), m_marks.label, notes);
}

std::vector<int> FrontExplorer::markedIndices() const
{
    return m_chart->marked();
}

void FrontExplorer::updateTitle()
{
    if (!m_set) {
        m_chart->setTitle({});
        return;
    }
    m_chart->setTitle(tr("%1 vs %2 on %3 (%4, %5 candidates)")
                          .arg(candidateMetricDisplayName(m_chart->yMetric()), candidateMetricDisplayName(m_chart->xMetric()),
                               m_set->deviceName(), m_set->space().name(), QLocale().toString(m_set->size())));
}

CandidateMetric FrontExplorer::budgetMetric(BudgetKind kind) const
{
    return kind == BudgetKind::Latency ? CandidateMetric::Latency
         : kind == BudgetKind::Energy  ? CandidateMetric::Energy
                                       : CandidateMetric::Memory;
}

double FrontExplorer::budgetForPosition(BudgetKind kind, int position) const
{
    if (position >= kSliderSteps || !m_set)
        return kInf;
    const auto [lo, hi] = m_set->range(budgetMetric(kind));
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return kInf;
    const double t = std::clamp(position, 0, kSliderSteps - 1) / double(kSliderSteps - 1);
    if (lo > 0 && hi > lo)
        return lo * std::pow(hi / lo, t);
    return lo + (hi - lo) * t;
}

int FrontExplorer::positionForBudget(BudgetKind kind, double value) const
{
    if (!std::isfinite(value) || !m_set)
        return kSliderSteps;
    const auto [lo, hi] = m_set->range(budgetMetric(kind));
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo))
        return value >= hi ? kSliderSteps - 1 : 0;
    const double t = lo > 0 ? std::log(std::max(value, lo) / lo) / std::log(hi / lo) : (value - lo) / (hi - lo);
    return std::clamp(int(std::lround(t * (kSliderSteps - 1))), 0, kSliderSteps - 1);
}

void FrontExplorer::onSliderMoved(BudgetKind kind, int position)
{
    if (m_syncing)
        return;
    QSlider *slider = m_sliders[int(kind)];
    m_state->execute(new SetBudgetCommand(m_state, kind, budgetForPosition(kind, position), slider->isSliderDown()));
}

void FrontExplorer::onBudgetsChanged()
{
    m_syncing = true;
    for (int k = 0; k < 3; ++k) {
        const auto kind = BudgetKind(k);
        // Keep the slider where the user put it when it still maps to the same budget.
        if (budgetForPosition(kind, m_sliders[k]->value()) != m_state->budget(kind))
            m_sliders[k]->setValue(positionForBudget(kind, m_state->budget(kind)));
    }
    m_syncing = false;
    updateBudgetLabels();
    m_chart->setBudgets(m_state->budgets());
}

void FrontExplorer::updateBudgetLabels()
{
    const DisplayUnits units = m_state->units();
    for (int k = 0; k < 3; ++k) {
        const double v = m_state->budget(BudgetKind(k));
        m_budgetLabels[k]->setText(std::isfinite(v) ? tr("≤ %1").arg(units.format(budgetMetric(BudgetKind(k)), v))
                                                    : tr("no limit"));
    }
}

void FrontExplorer::onSelectionChanged()
{
    m_chart->setSelected(m_set ? m_set->indexOfKey(m_state->selectedKey()) : -1);
}

void FrontExplorer::onPinsChanged()
{
    std::vector<int> pinned;
    if (m_set) {
        for (const QString &key : m_state->pinnedKeys()) {
            const int i = m_set->indexOfKey(key);
            if (i >= 0)
                pinned.push_back(i);
        }
    }
    m_chart->setPinned(std::move(pinned));
}

void FrontExplorer::onUnitsChanged()
{
    m_chart->setUnits(m_state->units());
    updateBudgetLabels();
    updateStatus();
}

void FrontExplorer::updateStatus()
{
    if (!m_set) {
        m_status->setText(m_error.isEmpty() ? QString() : m_error);
        m_status->setToolTip({});
        return;
    }
    const QLocale locale;
    const bool limited = !m_state->budgets().isUnlimited();
    QString text = limited ? tr("%1 of %2 candidates within budgets").arg(locale.toString(m_chart->withinBudgetCount()),
                                                                           locale.toString(m_set->size()))
                           : tr("%1 candidates (no budgets)").arg(locale.toString(m_set->size()));
    text += tr("; front %n design(s)", nullptr, int(m_chart->frontIndices().size()));
    text += tr("; accuracy from %1; latency and energy: %2")
                .arg(shortProvenance(m_set->accuracyProvenance()), m_set->costProvenance());
    m_status->setText(text);
    m_status->setToolTip(tr("Accuracy: %1\nLatency and energy: %2\nMACs, parameters, peak memory: exact layer counts\n"
                            "Computed in %3 ms")
                             .arg(m_set->accuracyProvenance(), m_set->costProvenance())
                             .arg(qRound(m_set->elapsedMs())));
}

void FrontExplorer::selectBestWithinBudgets()
{
    if (!m_set)
        return;
    const int best = m_set->bestWithin(m_state->budgets());
    if (best < 0) {
        Q_EMIT statusMessage(tr("No candidate meets every budget."));
        return;
    }
    m_state->execute(new SelectCandidateCommand(m_state, m_set->key(best)));
}

void FrontExplorer::clearBudgets()
{
    if (m_state->budgets().isUnlimited())
        return;
    auto *macro = new QUndoCommand(tr("Clear Budgets"));
    for (BudgetKind kind : {BudgetKind::Latency, BudgetKind::Energy, BudgetKind::Memory})
        new SetBudgetCommand(m_state, kind, kInf, false, macro);
    m_state->execute(macro);
}

bool FrontExplorer::exportChart(const QString &path, QString *error)
{
    if (!m_set) {
        *error = tr("There is no front to export yet.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool ok = suffix == QLatin1StringView("svg") ? m_chart->saveSvg(path) : m_chart->savePng(path);
    if (!ok)
        *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return ok;
}

void FrontExplorer::exportChartDialog()
{
    if (!m_set)
        return;
    const QString png = tr("PNG image (*.png)"), svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .filePath(QStringLiteral("front-%1.png").arg(m_set->deviceId()));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested, png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportChart(path, &error)) {
        QMessageBox::warning(this, tr("Export Chart"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace edgefront
