#include "predictorpanel.h"

#include "charts/scatterchart.h"
#include "designspacecatalog.h"
#include "onnxmodel.h"
#include "predictortablemodel.h"
#include "projectstore.h"
#include "traindialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace edgefront {

namespace {

// Metric names inside a sentence or an axis title, e.g. "latency (ms)".
QString metricPhrase(Metric metric)
{
    switch (metric) {
    case Metric::LatencyMs: return PredictorPanel::tr("latency (ms)");
    case Metric::EnergyMj: return PredictorPanel::tr("energy (mJ)");
    case Metric::Accuracy: return PredictorPanel::tr("accuracy (%)");
    }
    return {};
}

// The truth's provenance as deviceData() names it, for display.
QString truthPhrase(const QString &provenance)
{
    if (provenance == QLatin1StringView("measured"))
        return PredictorPanel::tr("measured");
    if (provenance == QLatin1StringView("measured accuracy"))
        return PredictorPanel::tr("measured accuracy");
    if (provenance == QLatin1StringView("lookup-table"))
        return PredictorPanel::tr("lookup table");
    if (provenance == QLatin1StringView("simulated"))
        return PredictorPanel::tr("simulated");
    return provenance;
}

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

PredictorPanel::PredictorPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new PredictorTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PredictorTableModel::SortRole);
    m_proxy->setFilterRole(PredictorTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter predictors"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only predictors whose name, kind, space, metric, device or provenance contain this text"));
    m_filter->setAccessibleName(tr("Predictor filter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCountLabel();
    });
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Number of predictors shown"));

    auto makeAction = [this](QStyle::StandardPixmap icon, const QString &text, const QString &tip, const char *name) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setStatusTip(tip);
        action->setToolTip(tip);
        return action;
    };
    m_trainAction = makeAction(QStyle::SP_MediaPlay, tr("&Train…"),
                               tr("Train a latency, energy, accuracy or scalable predictor from the project's data"),
                               "actionTrainPredictor");
    m_importAction = makeAction(QStyle::SP_DialogOpenButton, tr("&Import ONNX…"),
                                tr("Import a predictor saved as ONNX (EdgeFront's or another tool's MLP)"),
                                "actionImportPredictor");
    m_exportAction = makeAction(QStyle::SP_DialogSaveButton, tr("E&xport ONNX…"),
                                tr("Save the selected predictor as ONNX"), "actionExportPredictor");
    m_removeAction = makeAction(QStyle::SP_TrashIcon, tr("&Remove"),
                                tr("Remove the selected predictor from the project"), "actionRemovePredictor");
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_trainAction, &QAction::triggered, this, [this] { openTrainDialog(); });
    connect(m_importAction, &QAction::triggered, this, &PredictorPanel::importOnnx);
    connect(m_exportAction, &QAction::triggered, this, &PredictorPanel::exportOnnx);
    connect(m_removeAction, &QAction::triggered, this, &PredictorPanel::removeSelected);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_countLabel);
    auto *buttonRow = new QHBoxLayout;
    for (QAction *action : {m_trainAction, m_importAction, m_exportAction, m_removeAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        m_buttons.append(button);
        m_textButtonsWidth += button->sizeHint().width() + std::max(buttonRow->spacing(), 6);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly); // until resizeEvent sees the room
        buttonRow->addWidget(button);
    }
    buttonRow->addStretch(1);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Predictors"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // In a narrow dock the quality columns come right after the name (the model keeps its order).
    QHeaderView *header = m_table->horizontalHeader();
    const int visualOrder[] = {PredictorTableModel::NameColumn, PredictorTableModel::DeviceColumn,
                               PredictorTableModel::SpearmanColumn, PredictorTableModel::MapeColumn,
                               PredictorTableModel::Within10Column};
    for (int i = 0; i < int(std::size(visualOrder)); ++i)
        header->moveSection(header->visualIndex(visualOrder[i]), i);
    m_table->addAction(m_removeAction);
    m_table->addActions({m_trainAction, m_importAction, m_exportAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PredictorPanel::currentPredictorChanged);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addLayout(buttonRow);
    topLayout->addWidget(m_table, 1);

    // The quality view.
    m_deviceBox = new QComboBox(this);
    m_deviceBox->setAccessibleName(tr("Device to check the predictor on"));
    m_deviceBox->setToolTip(tr("Devices that can give the predictor's metric on its space: measured devices are "
                               "checked on their measurements, the others on simulated measurements"));
    m_deviceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deviceBox->setMinimumContentsLength(16);
    m_archBox = new QSpinBox(this);
    m_archBox->setRange(10, 100'000);
    m_archBox->setSingleStep(500);
    m_archBox->setGroupSeparatorShown(true);
    m_archBox->setValue(kDefaultQualityArchitectures);
    m_archBox->setAccessibleName(tr("Number of architectures"));
    m_archBox->setToolTip(tr("Random architectures to simulate (virtual devices), or at most this many measurements "
                             "(measured devices)"));
    auto *deviceLabel = new QLabel(tr("De&vice:"), this);
    deviceLabel->setBuddy(m_deviceBox);
    auto *archLabel = new QLabel(tr("&Architectures:"), this);
    archLabel->setBuddy(m_archBox);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Quality computation in progress"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop computing the predictor's quality"));
    m_saveChartButton = new QPushButton(tr("Save C&hart…"), this);
    m_saveChartButton->setToolTip(tr("Save the scatter plot as a PNG image"));
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancelButton)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }

    auto *controls = new QGridLayout;
    controls->addWidget(deviceLabel, 0, 0);
    controls->addWidget(m_deviceBox, 0, 1, 1, 3);
    controls->addWidget(archLabel, 1, 0);
    controls->addWidget(m_archBox, 1, 1);
    controls->addWidget(m_progress, 1, 2);
    controls->addWidget(m_cancelButton, 1, 3);
    controls->setColumnStretch(1, 1);
    controls->setColumnStretch(2, 1);

    m_spearman = valueLabel(QStringLiteral("spearmanValue"), tr("Spearman rank correlation"), this);
    m_mape = valueLabel(QStringLiteral("mapeValue"), tr("Mean absolute percentage error"), this);
    m_within10 = valueLabel(QStringLiteral("within10Value"), tr("Share of predictions within 10 percent"), this);
    m_spearman->setToolTip(tr("Spearman rank correlation of predicted and true values (1 = same ranking)"));
    m_mape->setToolTip(tr("Mean absolute percentage error of the predictions"));
    m_within10->setToolTip(tr("Share of predictions within ±10 % of the truth (nn-Meter's measure)"));
    auto *values = new QGridLayout;
    const QList<std::pair<QString, QLabel *>> cards{{tr("Spearman"), m_spearman},
                                                    {tr("MAPE"), m_mape},
                                                    {tr("Within ±10 %"), m_within10}};
    for (int i = 0; i < cards.size(); ++i) {
        auto *caption = new QLabel(cards[i].first, this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        values->addWidget(caption, 0, i);
        values->addWidget(cards[i].second, 1, i);
        values->setColumnStretch(i, 1);
    }
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("qualityDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Quality details"));
    m_details->setMinimumHeight(2 * m_details->fontMetrics().lineSpacing());
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_chart = new ScatterChart(this);
    m_chart->setAccessibleName(tr("Predicted against true values"));
    m_chart->setLogAxes(true);
    m_chart->setIdentityLine(true);
    m_chart->setToleranceBand(0.10);
    m_chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    auto *quality = new QGroupBox(tr("Quality on a device"), this);
    auto *qualityLayout = new QVBoxLayout(quality);
    qualityLayout->setContentsMargins(6, 6, 6, 6);
    qualityLayout->addLayout(controls);
    qualityLayout->addLayout(values);
    qualityLayout->addWidget(m_details);
    qualityLayout->addWidget(m_chart, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveChartButton);
    qualityLayout->addLayout(saveRow);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(quality);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    m_qualityTimer.setSingleShot(true);
    m_qualityTimer.setInterval(40);
    connect(&m_qualityTimer, &QTimer::timeout, this, &PredictorPanel::recomputeQuality);
    connect(m_deviceBox, &QComboBox::currentIndexChanged, this, &PredictorPanel::scheduleQuality);
    connect(m_archBox, &QSpinBox::editingFinished, this, [this] {
        if (m_archBox->value() != m_runningRequest.samples)
            scheduleQuality();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &PredictorPanel::cancelQuality);
    connect(m_saveChartButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                          QDir(m_lastDirectory).filePath(QStringLiteral("quality.png")),
                                                          tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        m_lastDirectory = QFileInfo(path).absolutePath();
        if (!m_chart->saveImage(path))
            showError(tr("Save Chart"), tr("Could not save the chart."), path);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PredictorPanel::qualityDone);

    setQualityBusy(false);
    updateActions();
    clearQuality(tr("Open a project to see its predictors."));
}

PredictorPanel::~PredictorPanel()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PredictorPanel::resizeEvent(QResizeEvent *event)
{
    // Icons only when the labelled buttons do not fit (their tooltips still say what they do),
    // so the row never forces the dock wider.
    const Qt::ToolButtonStyle style = width() >= m_textButtonsWidth + 16 ? Qt::ToolButtonTextBesideIcon
                                                                          : Qt::ToolButtonIconOnly;
    for (QToolButton *button : std::as_const(m_buttons))
        button->setToolButtonStyle(style);
    QWidget::resizeEvent(event);
}

void PredictorPanel::setProject(ProjectStore *project)
{
    m_project = project;
    refresh();
}

void PredictorPanel::refresh()
{
    const qint64 selected = currentPredictorId();
    // Re-read the selected predictor and its devices too (devices may have changed).
    m_currentId = -1;
    m_current.reset();
    m_model->refresh(m_project);
    // Column widths from the content, within reason.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < PredictorTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == PredictorTableModel::NameColumn ? 220 : 260));
    updateCountLabel();
    if (m_model->rowCount() == 0) {
        m_deviceBox->clear();
        clearQuality(m_project ? tr("No predictor yet. Train one (Run > Train Predictor…) or import an ONNX predictor.")
                               : tr("Open a project to see its predictors."));
    } else {
        selectPredictor(m_model->rowOfId(selected) >= 0 ? selected : m_model->predictor(0).id);
        if (currentPredictorId() < 0) { // filtered out
            m_deviceBox->clear();
            clearQuality(tr("Select a predictor to see how well it predicts."));
        }
    }
    updateActions();
}

qint64 PredictorPanel::currentPredictorId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PredictorTableModel::IdRole).toLongLong() : -1;
}

void PredictorPanel::selectPredictor(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, PredictorTableModel::NameColumn));
    if (!index.isValid())
        return; // filtered out
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (id != m_currentId)
        currentPredictorChanged();
}

void PredictorPanel::currentPredictorChanged()
{
    updateActions();
    const qint64 id = currentPredictorId();
    if (id == m_currentId && m_current)
        return;
    m_currentId = id;
    m_current.reset();
    if (id < 0 || !m_project) {
        m_deviceBox->clear();
        clearQuality(tr("Select a predictor to see how well it predicts."));
        return;
    }
    QString error;
    auto predictor = m_project->predictor(id, &error);
    if (!predictor) {
        m_deviceBox->clear();
        clearQuality(tr("Could not load the predictor: %1").arg(error));
        return;
    }
    m_current = std::move(*predictor);
    m_chart->setLogAxes(m_current->info().metric != Metric::Accuracy);
    fillDeviceBox();
    scheduleQuality();
}

void PredictorPanel::fillDeviceBox()
{
    const QSignalBlocker blocker(m_deviceBox);
    m_deviceBox->clear();
    if (!m_current || !m_project)
        return;
    const PredictorInfo &info = m_current->info();
    const DesignSpace *space = findDesignSpace(info.space);
    if (!space)
        return;
    if (info.metric == Metric::Accuracy) {
        // Accuracy: device-independent tables; the item data is the dataset.
        for (const QString &dataset : m_project->accuracyDatasets(space->name()))
            m_deviceBox->addItem(tr("Accuracy table: %1").arg(dataset), dataset);
        if (!info.dataset.isEmpty() && m_deviceBox->findData(info.dataset) >= 0)
            m_deviceBox->setCurrentIndex(m_deviceBox->findData(info.dataset));
        return;
    }
    for (const DeviceProfile &d : m_project->devices()) {
        QString why;
        auto evaluator = m_project->evaluator(d.id, &why);
        if (!evaluator || !evaluator->canEvaluate(*space, info.metric, &why))
            continue;
        if (m_current->needsDeviceFeatures() && !deviceFeatures(*evaluator, *space, &why))
            continue;
        m_deviceBox->addItem(tr("%1 (%2)").arg(d.name, d.id), d.id);
        m_deviceBox->setItemData(m_deviceBox->count() - 1, d.description, Qt::ToolTipRole);
    }
    // The predictor's own device first, then the one chosen in the Devices dock.
    for (const QString &id : {info.device, m_preferredDevice}) {
        const int i = id.isEmpty() ? -1 : m_deviceBox->findData(id);
        if (i >= 0) {
            m_deviceBox->setCurrentIndex(i);
            break;
        }
    }
}

QString PredictorPanel::qualityDevice() const
{
    return m_deviceBox->currentData().toString();
}

void PredictorPanel::setQualityDevice(const QString &id)
{
    const int i = m_deviceBox->findData(id);
    if (i >= 0)
        m_deviceBox->setCurrentIndex(i);
}

void PredictorPanel::preselectDevice(const QString &id)
{
    m_preferredDevice = id;
    setQualityDevice(id);
}

int PredictorPanel::qualityArchitectures() const
{
    return m_archBox->value();
}

void PredictorPanel::setQualityArchitectures(int count)
{
    m_archBox->setValue(count);
    scheduleQuality();
}

DeviceDataRequest PredictorPanel::qualityRequest() const
{
    DeviceDataRequest r;
    if (!m_current)
        return r;
    const PredictorInfo &info = m_current->info();
    r.metric = info.metric;
    if (info.metric == Metric::Accuracy)
        r.dataset = qualityDevice();
    else
        r.deviceId = qualityDevice();
    r.samples = qualityArchitectures();
    r.seed = kQualitySeed;
    r.withFeatures = m_current->needsDeviceFeatures();
    return r;
}

bool PredictorPanel::isComputingQuality() const
{
    return m_watcher.isRunning() || m_restart || m_qualityTimer.isActive();
}

QString PredictorPanel::spearmanText() const
{
    return m_spearman->text();
}

QString PredictorPanel::mapeText() const
{
    return m_mape->text();
}

QString PredictorPanel::within10Text() const
{
    return m_within10->text();
}

QString PredictorPanel::qualityDetailsText() const
{
    return m_details->text();
}

void PredictorPanel::scheduleQuality()
{
    m_qualityTimer.start();
}

void PredictorPanel::recomputeQuality()
{
    m_qualityTimer.stop();
    if (m_watcher.isRunning()) {
        // Start again once the running one has seen the cancel (qualityDone does).
        m_restart = true;
        m_watcher.cancel();
        return;
    }
    startQuality();
}

void PredictorPanel::cancelQuality()
{
    m_qualityTimer.stop();
    m_restart = false;
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void PredictorPanel::startQuality()
{
    m_restart = false;
    if (!m_current || !m_project)
        return;
    const PredictorInfo &info = m_current->info();
    if (m_deviceBox->count() == 0) {
        clearQuality(info.metric == Metric::Accuracy
                         ? tr("The project has no accuracy measurements on %1 to check this predictor against. "
                              "Import an accuracy table (File > Import Measurements).").arg(info.space)
                         : m_current->needsDeviceFeatures()
                         ? tr("No device of the project can give %1 on %2 with the latencies of its signature "
                              "architectures.").arg(metricPhrase(info.metric), info.space)
                         : tr("No device of the project can give %1 on %2.").arg(metricPhrase(info.metric), info.space));
        return;
    }
    m_runningRequest = qualityRequest();
    m_quality.reset();
    setQualityBusy(true);
    m_details->setText(tr("Computing predictions for %n architecture(s)…", nullptr, m_runningRequest.samples));
    m_watcher.setFuture(QtConcurrent::run(&PredictorPanel::computeQuality, m_project->path(), *m_current, m_runningRequest));
}

void PredictorPanel::computeQuality(QPromise<QualityRun> &promise, const QString &path, const Predictor &predictor,
                                    const DeviceDataRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    QualityRun run;
    const DesignSpace *space = findDesignSpace(predictor.info().space, &run.error);
    auto project = space ? ProjectStore::open(path, &run.error, false) : nullptr;
    if (!project) {
        promise.addResult(std::move(run));
        return;
    }
    auto data = deviceData(*project, *space, request, &run.error);
    if (!data || promise.isCanceled()) {
        promise.addResult(std::move(run));
        return;
    }
    const ArchitectureBatch batch(*space, data->archs);
    auto predicted = predictor.predict(batch, data->features ? &*data->features : nullptr, &run.error);
    if (!predicted) {
        promise.addResult(std::move(run));
        return;
    }
    run.quality = predictionQuality(*predicted, data->values);
    run.predicted = std::move(*predicted);
    run.truth = std::move(data->values);
    run.provenance = data->provenance;
    run.elapsedMs = timer.elapsed();
    promise.addResult(std::move(run));
}

void PredictorPanel::qualityDone()
{
    if (m_restart) {
        startQuality();
        return;
    }
    setQualityBusy(false);
    const QFuture<QualityRun> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_details->setText(tr("Cancelled."));
        Q_EMIT qualityFinished(false);
        return;
    }
    const QualityRun run = future.result();
    if (run.predicted.empty()) {
        clearQuality(tr("Could not check the predictor: %1").arg(run.error));
        Q_EMIT qualityFinished(false);
        return;
    }
    const PredictionQuality &q = run.quality;
    m_quality = q;
    const QLocale locale;
    m_spearman->setText(locale.toString(q.spearman, 'f', 3));
    m_mape->setText(tr("%1 %").arg(locale.toString(100 * q.mape, 'f', 1)));
    m_within10->setText(tr("%1 %").arg(locale.toString(100 * q.within10, 'f', 1)));

    const PredictorInfo &info = m_current ? m_current->info() : PredictorInfo();
    const QString target = m_deviceBox->currentText();
    QString truth;
    if (run.provenance == QLatin1StringView("measured") || run.provenance == QLatin1StringView("measured accuracy"))
        truth = tr("Measured %1").arg(metricPhrase(info.metric));
    else if (run.provenance == QLatin1StringView("lookup-table"))
        truth = tr("Lookup-table %1").arg(metricPhrase(info.metric));
    else
        truth = tr("Simulated %1").arg(metricPhrase(info.metric));
    m_chart->setAxisTitles(truth, tr("Predicted %1").arg(metricPhrase(info.metric)));
    QString deviceName = target;
    if (m_project && !m_runningRequest.deviceId.isEmpty()) {
        if (const auto d = m_project->device(m_runningRequest.deviceId))
            deviceName = d->name;
    }
    m_chart->setTitle(tr("%1 on %2").arg(info.name, deviceName));
    m_chart->setPoints(run.truth, run.predicted);
    const QString elapsed = run.elapsedMs < 1000 ? tr("%1 ms").arg(run.elapsedMs)
                                                 : tr("%1 s").arg(locale.toString(double(run.elapsedMs) / 1000.0, 'f', 1));
    m_details->setText(tr("%1 architectures (%2 truth, seed %3); Kendall τ %4, RMSE %5; computed in %6.")
                           .arg(locale.toString(q.n), truthPhrase(run.provenance))
                           .arg(m_runningRequest.seed)
                           .arg(locale.toString(q.kendall, 'f', 3), locale.toString(q.rmse, 'g', 3), elapsed));
    Q_EMIT qualityFinished(true);
}

void PredictorPanel::setQualityBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
}

void PredictorPanel::clearQuality(const QString &message)
{
    m_quality.reset();
    for (QLabel *label : {m_spearman, m_mape, m_within10})
        label->setText(QStringLiteral("—"));
    m_details->clear();
    m_chart->clear();
    m_chart->setMessage(message);
}

void PredictorPanel::updateCountLabel()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n predictor(s)", nullptr, total)
                                         : tr("%1 of %n predictor(s)", nullptr, total).arg(shown));
}

void PredictorPanel::updateActions()
{
    const bool project = m_project != nullptr;
    const bool selected = currentPredictorId() >= 0;
    m_trainAction->setEnabled(project);
    m_importAction->setEnabled(project);
    m_exportAction->setEnabled(project && selected);
    m_removeAction->setEnabled(project && selected);
    m_saveChartButton->setEnabled(selected);
}

TrainDialog *PredictorPanel::openTrainDialog()
{
    if (!m_project)
        return nullptr;
    auto *dialog = new TrainDialog(m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_defaultSpace.isEmpty())
        dialog->setSpace(m_defaultSpace);
    const QString device = !m_preferredDevice.isEmpty() ? m_preferredDevice : qualityDevice();
    if (!device.isEmpty())
        dialog->setDevice(device);
    connect(dialog, &TrainDialog::predictorStored, this, [this](qint64 id) {
        refresh();
        // Make it visible even when the filter hides it.
        if (!m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), 0)).isValid())
            m_filter->clear();
        selectPredictor(id);
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            Q_EMIT statusMessage(tr("Trained and stored %1.").arg(m_model->predictor(row).info.name));
        Q_EMIT predictorsChanged();
    });
    dialog->open();
    return dialog;
}

void PredictorPanel::importOnnx()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import ONNX Predictor"), m_lastDirectory,
                                                      tr("ONNX models (*.onnx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    importOnnxPath(path);
}

qint64 PredictorPanel::importOnnxPath(const QString &path)
{
    if (!m_project)
        return -1;
    QString error;
    const auto model = OnnxModel::fromFile(path, &error);
    if (!model) {
        showError(tr("Import ONNX"), tr("Could not import %1.").arg(QFileInfo(path).fileName()), error);
        return -1;
    }
    if (model->metadata().contains(QStringLiteral("edgefront")))
        return importOnnxFile(path, std::nullopt); // EdgeFront's own file says what it predicts
    PredictorInfo defaults;
    if (!askImportDefaults(path, model->inputWidth(), &defaults))
        return -1;
    return importOnnxFile(path, defaults);
}

bool PredictorPanel::askImportDefaults(const QString &path, int inputWidth, PredictorInfo *defaults)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("ImportOnnxDialog"));
    dialog.setWindowTitle(tr("Import ONNX Predictor"));
    auto *intro = new QLabel(tr("%1 takes %n input(s) per architecture. Say what it predicts and how its input "
                                "encodes an architecture.", nullptr, inputWidth)
                                 .arg(QFileInfo(path).fileName()),
                             &dialog);
    intro->setWordWrap(true);
    auto *spaceBox = new QComboBox(&dialog);
    spaceBox->addItems(designSpaceNames());
    spaceBox->setObjectName(QStringLiteral("importSpace"));
    spaceBox->setAccessibleName(tr("Design space"));
    auto *metricBox = new QComboBox(&dialog);
    for (Metric m : {Metric::Accuracy, Metric::LatencyMs, Metric::EnergyMj})
        metricBox->addItem(PredictorTableModel::metricDisplayName(m), int(m));
    metricBox->setObjectName(QStringLiteral("importMetric"));
    metricBox->setAccessibleName(tr("Metric"));
    auto *encodingBox = new QComboBox(&dialog);
    encodingBox->setObjectName(QStringLiteral("importEncoding"));
    encodingBox->setAccessibleName(tr("Input encoding"));
    encodingBox->setToolTip(tr("onehot: the space's one-hot encoding; ofa-acc: Once-for-All's accuracy-predictor "
                               "encoding (kernel, expand and resolution one-hots)"));
    auto *deviceBox = new QComboBox(&dialog);
    deviceBox->addItem(tr("(none)"), QString());
    if (m_project) {
        for (const DeviceProfile &d : m_project->devices())
            deviceBox->addItem(tr("%1 (%2)").arg(d.name, d.id), d.id);
    }
    deviceBox->setObjectName(QStringLiteral("importDevice"));
    deviceBox->setAccessibleName(tr("Device the predictor is for"));
    auto *scaleBox = new QDoubleSpinBox(&dialog);
    scaleBox->setDecimals(4);
    scaleBox->setRange(0.0001, 1e6);
    scaleBox->setValue(1.0);
    scaleBox->setObjectName(QStringLiteral("importScale"));
    scaleBox->setAccessibleName(tr("Output scale"));
    scaleBox->setToolTip(tr("Outputs are multiplied by this, e.g. 100 when the model gives accuracy as a fraction"));
    auto *nameEdit = new QLineEdit(QFileInfo(path).completeBaseName(), &dialog);
    nameEdit->setObjectName(QStringLiteral("importName"));
    nameEdit->setAccessibleName(tr("Predictor name"));
    auto *widthLabel = new QLabel(&dialog);
    widthLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto updateEncodings = [&] {
        const QString previous = encodingBox->currentText();
        encodingBox->clear();
        if (const DesignSpace *space = findDesignSpace(spaceBox->currentText()))
            encodingBox->addItems(space->encodings());
        // Default onehot; keep the previous choice when the new space has it.
        const int keep = encodingBox->findText(previous);
        encodingBox->setCurrentIndex(keep >= 0 ? keep : std::max(0, encodingBox->findText(QStringLiteral("onehot"))));
    };
    auto updateWidth = [&] {
        const DesignSpace *space = findDesignSpace(spaceBox->currentText());
        const int width = space ? Predictor::encodingWidth(*space, encodingBox->currentText(), 0) : -1;
        const bool ok = width == inputWidth;
        widthLabel->setText(ok ? tr("The %1 encoding of %2 has %3 inputs: it fits.")
                                     .arg(encodingBox->currentText(), spaceBox->currentText()).arg(width)
                               : tr("The %1 encoding of %2 has %3 inputs, the model takes %4.")
                                     .arg(encodingBox->currentText(), spaceBox->currentText()).arg(width).arg(inputWidth));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    auto updateDevice = [&] {
        deviceBox->setEnabled(Metric(metricBox->currentData().toInt()) != Metric::Accuracy);
    };
    // Preselect the first space and encoding whose width fits the model.
    const QStringList spaces = designSpaceNames();
    bool found = false;
    for (const QString &name : spaces) {
        const DesignSpace *space = findDesignSpace(name);
        for (const QString &encoding : space ? space->encodings() : QStringList()) {
            if (!found && Predictor::encodingWidth(*space, encoding, 0) == inputWidth) {
                spaceBox->setCurrentText(name);
                updateEncodings();
                encodingBox->setCurrentText(encoding);
                found = true;
            }
        }
    }
    if (!found) {
        if (findDesignSpace(m_defaultSpace))
            spaceBox->setCurrentText(m_defaultSpace);
        updateEncodings();
    }
    if (encodingBox->currentText() == QLatin1StringView("ofa-acc"))
        scaleBox->setValue(100.0); // Once-for-All's predictor gives accuracy as a fraction
    connect(spaceBox, &QComboBox::currentTextChanged, &dialog, [&] {
        updateEncodings();
        updateWidth();
    });
    connect(encodingBox, &QComboBox::currentTextChanged, &dialog, updateWidth);
    connect(metricBox, &QComboBox::currentIndexChanged, &dialog, updateDevice);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    updateWidth();
    updateDevice();

    auto *form = new QFormLayout;
    form->addRow(tr("&Space:"), spaceBox);
    form->addRow(tr("&Metric:"), metricBox);
    form->addRow(tr("&Encoding:"), encodingBox);
    form->addRow(QString(), widthLabel);
    form->addRow(tr("&Device:"), deviceBox);
    form->addRow(tr("Output s&cale:"), scaleBox);
    form->addRow(tr("&Name:"), nameEdit);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    defaults->space = spaceBox->currentText();
    defaults->metric = Metric(metricBox->currentData().toInt());
    defaults->encoding = encodingBox->currentText();
    defaults->device = defaults->metric == Metric::Accuracy ? QString() : deviceBox->currentData().toString();
    defaults->outputFactor = scaleBox->value();
    defaults->name = nameEdit->text().trimmed();
    return true;
}

qint64 PredictorPanel::importOnnxFile(const QString &path, const std::optional<PredictorInfo> &defaults)
{
    if (!m_project)
        return -1;
    const QString title = tr("Import ONNX");
    const QString what = tr("Could not import %1.").arg(QFileInfo(path).fileName());
    QString error;
    auto predictor = Predictor::fromOnnxFile(path, defaults, &error);
    if (!predictor) {
        showError(title, what, error);
        return -1;
    }
    // Run it once, so a model that cannot run is refused now rather than in every view.
    if (const DesignSpace *space = findDesignSpace(predictor->info().space); space && !predictor->needsDeviceFeatures()) {
        QRandomGenerator rng(1);
        std::vector<Architecture> probe{space->sample(rng), space->sample(rng)};
        const auto values = predictor->predict(ArchitectureBatch(*space, probe), nullptr, &error);
        if (!values) {
            showError(title, what, error);
            return -1;
        }
        for (double v : *values) {
            if (!std::isfinite(v)) {
                showError(title, what, tr("The model gives non-finite outputs."));
                return -1;
            }
        }
    }
    const qint64 id = m_project->addPredictor(*predictor, &error);
    if (id < 0) {
        showError(title, what, error);
        return -1;
    }
    m_filter->clear();
    refresh();
    selectPredictor(id);
    Q_EMIT statusMessage(tr("Imported %1.").arg(predictor->info().summary()));
    Q_EMIT predictorsChanged();
    return id;
}

void PredictorPanel::exportOnnx()
{
    const qint64 id = currentPredictorId();
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    QString base = m_model->predictor(row).info.name;
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ONNX Predictor"),
                                                      QDir(m_lastDirectory).filePath(base + QStringLiteral(".onnx")),
                                                      tr("ONNX models (*.onnx)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    exportPredictor(id, path);
}

bool PredictorPanel::exportPredictor(qint64 id, const QString &path)
{
    const QString title = tr("Export ONNX");
    const QString what = tr("Could not export to %1.").arg(QFileInfo(path).fileName());
    if (!m_project)
        return false;
    QString error;
    const auto predictor = m_project->predictor(id, &error);
    if (!predictor) {
        showError(title, what, error);
        return false;
    }
    const QByteArray bytes = predictor->toOnnx();
    if (bytes.isEmpty()) {
        showError(title, what, tr("The predictor cannot be written as ONNX."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(title, what, file.errorString());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %1 to %2.").arg(predictor->info().name, QDir::toNativeSeparators(path)));
    return true;
}

void PredictorPanel::removeSelected()
{
    const qint64 id = currentPredictorId();
    const int row = m_model->rowOfId(id);
    if (!m_project || row < 0)
        return;
    const QString name = m_model->predictor(row).info.name;
    const auto answer = QMessageBox::question(this, tr("Remove Predictor"),
                                              tr("Remove the predictor “%1” from the project? This cannot be undone.")
                                                  .arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    cancelQuality();
    QString error;
    if (!m_project->removePredictor(id, &error)) {
        showError(tr("Remove Predictor"), tr("Could not remove “%1”.").arg(name), error);
        return;
    }
    refresh();
    Q_EMIT statusMessage(tr("Removed %1.").arg(name));
    Q_EMIT predictorsChanged();
}

void PredictorPanel::showError(const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setInformativeText(details);
    box.exec();
}

} // namespace edgefront
